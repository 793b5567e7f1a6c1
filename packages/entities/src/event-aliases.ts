import type { Mention } from './recognise/mention.js';

type EventMention = Extract<Mention, { kind: 'event' }>;

/**
 * Names of one event written two ways: "the 24th Meeting of the SCO Council of Heads of State"
 * and "the 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organization
 * (SCO)"; "the IX CELAC Summit" and "the IX Summit of … of the Community of Latin American and
 * Caribbean States". Event mentions of the same kind and edition that hold the same known
 * organisation are one event, named by its longest form. Returns the canonical name of every
 * event mention that has another form.
 */
export function eventAliases(mentions: readonly Mention[]): Map<EventMention, string> {
  const orgs = mentions.filter((m): m is Extract<Mention, { kind: 'organization' }> => m.kind === 'organization' && m.source === 'table');
  const byKey = new Map<string, EventMention[]>();
  for (const m of mentions) {
    if (m.kind !== 'event' || m.edition === null) continue;
    for (const o of orgs) {
      if (o.start < m.start || o.end > m.end) continue;
      const key = `${m.eventType}#${m.edition}|${o.name}`;
      byKey.set(key, [...(byKey.get(key) ?? []), m]);
    }
  }
  const out = new Map<EventMention, string>();
  for (const group of byKey.values()) {
    const names = new Set(group.map((m) => m.name));
    if (names.size < 2) continue;
    const longest = [...names].reduce((a, b) => (b.length > a.length ? b : a));
    for (const m of group) out.set(m, longest);
  }
  return out;
}
