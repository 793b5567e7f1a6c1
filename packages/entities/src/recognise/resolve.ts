import type { Mention } from './mention.js';

/** Higher wins when two mentions cover exactly the same text. Exported for the equivalence test. */
export function priority(m: Mention): number {
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
export function canNest(outer: Mention, inner: Mention): boolean {
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
  const sorted = longestFirst(mentions);
  const kept = onIntegerOffsets(sorted) ? keepNested(sorted) : keepByScan(sorted);
  return inTextOrder(kept);
}

/**
 * `kept.sort((a, b) => a.start - b.start || b.end - a.end)`, reading each mention's offsets once
 * rather than at every comparison (mentions come in many shapes, so each read is a slow lookup;
 * the sort is stable: ties keep the input order either way).
 */
function inTextOrder(kept: readonly Mention[]): Mention[] {
  const n = kept.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    const m = kept[k] as Mention;
    start[k] = m.start;
    end[k] = m.end;
    order.push(k);
  }
  order.sort((a, b) => (start[a] as number) - (start[b] as number) || (end[b] as number) - (end[a] as number));
  return order.map((k) => kept[k] as Mention);
}

/**
 * `[...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(b) - priority(a) || a.start - b.start)`,
 * with each mention's length and priority computed once rather than at every comparison (the
 * sort is stable: ties keep the input order either way).
 */
function longestFirst(mentions: readonly Mention[]): Mention[] {
  const n = mentions.length;
  const length = new Float64Array(n);
  const rank = new Float64Array(n);
  const start = new Float64Array(n);
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    const m = mentions[k] as Mention;
    length[k] = m.end - m.start;
    rank[k] = priority(m);
    start[k] = m.start;
    order.push(k);
  }
  order.sort((a, b) => (length[b] as number) - (length[a] as number) || (rank[b] as number) - (rank[a] as number) || (start[a] as number) - (start[b] as number));
  return order.map((k) => mentions[k] as Mention);
}

/** May `m` stand beside kept mention `a`: apart from it, or inside it (not the same span) where it may nest. */
function fitsBeside(a: Mention, m: Mention): boolean {
  if (a.end <= m.start || m.end <= a.start) return true;
  const inside = a.start <= m.start && m.end <= a.end;
  const same = a.start === m.start && a.end === m.end;
  return !same && inside && canNest(a, m);
}

/** The plain way: each mention against every kept one (quadratic; for odd offsets only). */
function keepByScan(sorted: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of sorted) if (m.end > m.start && kept.every((a) => fitsBeside(a, m))) kept.push(m);
  return kept;
}

function onIntegerOffsets(mentions: readonly Mention[]): boolean {
  for (const m of mentions) {
    if (!Number.isSafeInteger(m.start) || !Number.isSafeInteger(m.end) || m.start < 0 || m.end < 0) return false;
  }
  return true;
}

/**
 * The same decisions in time linear in the text covered. Mentions come longest first, so a kept
 * mention never holds a later one's span crossing it: kept mentions are disjoint or nested, and a
 * new one that overlaps any of them must lie inside all of them. `innermost[p]` is the innermost
 * kept mention covering offset `p`; when it is not the same over a candidate's whole span, some kept
 * mention crosses the candidate's edge and the candidate goes; otherwise the kept mentions it
 * overlaps are exactly that innermost one and the ones holding it (its `outer` chain).
 */
function keepNested(sorted: readonly Mention[]): Mention[] {
  let size = 0;
  for (const m of sorted) size = Math.max(size, m.end);
  // The kept mention's index plus one; 0 for none (a new array holds zeros: no fill).
  const innermost = new Int32Array(size);
  const kept: Mention[] = [];
  const outer: number[] = [];
  for (const m of sorted) {
    if (m.end <= m.start) continue;
    const k1 = innermost[m.start]!;
    let uniform = true;
    for (let p = m.start + 1; p < m.end && uniform; p++) uniform = innermost[p] === k1;
    if (!uniform) continue;
    let ok = true;
    for (let a = k1 - 1; a >= 0 && ok; a = outer[a]!) ok = fitsBeside(kept[a]!, m);
    if (!ok) continue;
    outer.push(k1 - 1);
    innermost.fill(kept.length + 1, m.start, m.end);
    kept.push(m);
  }
  return kept;
}
