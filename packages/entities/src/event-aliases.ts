import type { Mention } from './recognise/mention.js';

type EventMention = Extract<Mention, { kind: 'event' }>;

/**
 * Names of one event written two ways: "the 24th Meeting of the SCO Council of Heads of State"
 * and "the 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organization
 * (SCO)"; "the IX CELAC Summit" and "the IX Summit of … of the Community of Latin American and
 * Caribbean States"; "the 45th GCC summit" and "the 45th session of the Supreme Council of the
 * GCC". Event mentions of the same edition that hold the same known organisation are one event,
 * named by its longest form (an acronym ending it spelled out). Returns the canonical name of every
 * event mention that has another form.
 */
export function eventAliases(mentions: readonly Mention[]): Map<EventMention, string> {
  const orgs = mentions.filter((m): m is Extract<Mention, { kind: 'organization' }> => m.kind === 'organization' && m.source === 'table');
  const byKey = new Map<string, EventMention[]>();
  for (const m of mentions) {
    if (m.kind !== 'event' || m.edition === null) continue;
    for (const o of orgs) {
      if (o.start < m.start || o.end > m.end) continue;
      // "the 45th GCC summit" and "the 45th session of the Supreme Council of the GCC" are one
      // event although their heads differ: the edition and the organisation say so.
      const key = `${m.edition}|${o.name}`;
      byKey.set(key, [...(byKey.get(key) ?? []), m]);
    }
  }
  const out = new Map<EventMention, string>();
  for (const [key, group] of byKey) {
    const names = new Set(group.map((m) => m.name));
    if (names.size < 2) continue;
    const longest = spelledOut([...names].reduce((a, b) => (b.length > a.length ? b : a)), key.slice(key.indexOf('|') + 1), orgs);
    for (const m of group) out.set(m, longest);
  }
  return out;
}

/** "… of the GCC" → "… of the Gulf Cooperation Council": a canonical name spells out its body. */
function spelledOut(name: string, orgName: string, orgs: readonly Extract<Mention, { kind: 'organization' }>[]): string {
  const acronym = orgs.find((o) => o.name === orgName)?.acronym;
  if (acronym === null || acronym === undefined || !name.endsWith(` of the ${acronym}`)) return name;
  return `${name.slice(0, name.length - acronym.length)}${orgName}`;
}
