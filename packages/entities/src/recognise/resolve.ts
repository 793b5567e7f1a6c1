import type { Mention } from './mention.js';

/** Higher wins when two mentions cover exactly the same text. */
function priority(m: Mention): number {
  switch (m.kind) {
    case 'event':
      return m.edition !== null || m.year !== null ? 90 : 70;
    case 'organization':
      return m.source === 'head' ? 50 : 80;
    case 'agreement':
      return m.generic ? 10 : 60;
    case 'venue':
      return 45;
    case 'region':
      return 30;
    case 'country':
      return 25;
    case 'city':
      return 20;
  }
}

const isPlace = (m: Mention): boolean => m.kind === 'country' || m.kind === 'region' || m.kind === 'city';

/**
 * May `inner` stay inside `outer`? Places nest in events, agreements and venues ("China" in
 * "China-Africa Summit", "Kazan" in "Kazan Expo Center") and countries in descriptions of a
 * city ("capital of Kazakhstan"), but not in organisation names ("Shanghai" in "Shanghai
 * Cooperation Organization" says nothing about where anything happens), except a country at
 * either end of the name ("Chinese Academy of Sciences"); table organisations nest
 * in events and agreements ("SCO" in "Meeting of the Council of ... of the SCO") and in other
 * organisations; head-built organisations nest in events and agreements but not in other
 * organisations (the longest sensible name wins).
 */
function canNest(outer: Mention, inner: Mention): boolean {
  if (isPlace(inner)) {
    // A country that opens or closes an organisation's name marks a national body ("Kazakh
    // Foreign Ministry", "Bank of China"); elsewhere in the name it is part of a title.
    if (outer.kind === 'organization') return inner.kind === 'country' && (inner.start === outer.start || inner.end === outer.end);
    if (!isPlace(outer)) return true;
    return outer.kind === 'city' && inner.kind !== 'city';
  }
  if (inner.kind === 'organization') {
    if (inner.source !== 'head') return !isPlace(outer);
    return outer.kind === 'event' || outer.kind === 'agreement';
  }
  return false;
}

/**
 * Keeps the longest mentions; a shorter one survives inside a longer one only when it may
 * nest, never across its boundary.
 */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(b) - priority(a) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (m.end <= m.start) continue;
    let ok = true;
    for (const a of kept) {
      if (a.end <= m.start || m.end <= a.start) continue;
      const inside = a.start <= m.start && m.end <= a.end;
      const same = a.start === m.start && a.end === m.end;
      if (same || !inside || !canNest(a, m)) {
        ok = false;
        break;
      }
    }
    if (ok) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
