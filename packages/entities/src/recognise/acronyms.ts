import { endsPossessive, type Word } from '../text/words.js';
import { inOneShape, type Mention } from './mention.js';
import { wordIndexAt, type Scan } from './scan.js';

const DEFINITION = /^ \(([A-Z][A-Za-z0-9&.-]{1,11})\)/;
const POSSESSIVE = /['\u2019]s?$/;

/**
 * "Belt and Road Initiative (BRI)": gives the organisation (or event) its acronym, and makes
 * the parenthesised acronym and every later bare "BRI" mentions of it. Acronyms of the
 * organisation table are left to the table.
 */
export function linkAcronyms(scan: Scan, kept: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const defined = new Map<string, Mention>();
  const covered = overlapLookup(kept);
  for (const m of kept) {
    if ((m.kind !== 'organization' || m.source !== 'head') && m.kind !== 'event') {
      out.push(m);
      continue;
    }
    const d = DEFINITION.exec(scan.text.slice(m.end, m.end + 16));
    const acronym = d?.[1];
    if (acronym === undefined || !plausibleAcronym(acronym, m.name) || scan.vocab.organizations.exact.has(acronym) || defined.has(acronym)) {
      out.push(m);
      continue;
    }
    const withAcronym = inOneShape({ ...m, acronym } as Mention);
    defined.set(acronym, withAcronym);
    out.push(withAcronym);
  }
  if (defined.size === 0) return out;
  const { words } = scan;
  const first = new Map<string, number>();
  // The lengths of the acronyms defined (at most 12 characters: DEFINITION), as bits.
  let lengths = 0;
  for (const [acr, m] of defined) {
    first.set(acr, wordIndexAt(words, m.end));
    lengths |= 1 << acr.length;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // Every acronym defined starts with a capital A-Z (DEFINITION) and has one of `lengths`:
    // other words need no lookup.
    const c0 = w.text.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    const bare = endsPossessive(w.text) ? w.text.replace(POSSESSIVE, '') : w.text;
    if ((lengths & (1 << Math.min(bare.length, 31))) === 0) continue;
    const target = defined.get(bare);
    if (target === undefined || i < (first.get(bare) ?? 0)) continue;
    const end = w.start + bare.length;
    if (covered(w.start, end)) continue;
    const rule = target.kind === 'event' ? 'events/acronym' : 'orgs/acronym';
    out.push(inOneShape({ ...target, start: w.start, end, rule, confidence: 0.85 } as Mention));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * `(start, end) => kept.some((m) => m.start < end && start < m.end)` for mentions in order of start:
 * among those starting before `end`, does any end after `start` (a running maximum of ends)?
 */
function overlapLookup(kept: readonly Mention[]): (start: number, end: number) => boolean {
  const starts: number[] = [];
  const maxEnds: number[] = [];
  let ordered = true;
  for (const m of kept) {
    if (starts.length > 0 && !(m.start >= starts[starts.length - 1]!)) ordered = false;
    starts.push(m.start);
    maxEnds.push(Math.max(maxEnds[maxEnds.length - 1] ?? -Infinity, m.end));
  }
  if (!ordered || maxEnds.some(Number.isNaN)) return (start, end) => kept.some((m) => m.start < end && start < m.end);
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnds[lo - 1]! > start;
  };
}

/** "BRI" for "Belt and Road Initiative": two capitals or more, first letter from the name. */
function plausibleAcronym(acronym: string, name: string): boolean {
  if ((acronym.match(/[A-Z]/g) ?? []).length < 2) return false;
  const initials = new Set(name.split(/[\s-]+/).filter((p) => /^[A-Z0-9]/.test(p)).map((p) => p[0]));
  return initials.has(acronym[0]);
}
