import type { Anchor } from './anchor.js';
import type { PeopleContext } from './context.js';
import { countNameWords, isKeyWord, isParticle } from './name-words.js';

// Particles that say "son/daughter of": what follows them names another person.
const PATRONYMIC: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn', 'ben', 'binti']);

/** A person being assembled from anchors. */
export interface PersonDraft {
  /** The anchor that gave the fullest name. */
  readonly head: Anchor;
  readonly anchors: Anchor[];
  /** Folded key of the full name ("xi jinping"). */
  readonly fullKey: string;
}

/** Short forms of names mapped to the one person they stand for; null when two people share one. */
export type ShortFormIndex = Map<string, PersonDraft | null>;

/**
 * Groups anchors into people. Longer names come first, so that a short form ("Modi", "Tokayev",
 * "von der Leyen", "Lula") joins the one person whose name holds it, wherever it appears.
 * A short form that two people share joins neither, and a weak anchor never makes a person;
 * nor does an anchor in a Title Case headline, which only joins a person found elsewhere.
 */
export function groupAnchors(ctx: PeopleContext, anchors: readonly Anchor[]): { people: PersonDraft[]; index: ShortFormIndex } {
  // Headline anchors last: they only join people the body names, whatever their length.
  const sorted = [...merged(anchors)].sort(
    (a, b) => (ctx.titleCase[a.start] ?? 0) - (ctx.titleCase[b.start] ?? 0) || nameLength(ctx, b) - nameLength(ctx, a) || a.start - b.start,
  );
  const people: PersonDraft[] = [];
  const index: ShortFormIndex = new Map();
  for (const anchor of sorted) {
    const key = keyOf(ctx, anchor.start, anchor.end);
    const known = index.get(key);
    if (known === null) continue;
    if (known !== undefined) {
      known.anchors.push(anchor);
      continue;
    }
    if (ctx.titleCase[anchor.start] === 1) {
      // A headline's capitals run past the name: keep the longest start that names a known person.
      const trimmed = trimToKnown(ctx, anchor, index);
      if (trimmed !== null) trimmed.person.anchors.push(trimmed.anchor);
      continue;
    }
    if (anchor.weak) continue;
    const person: PersonDraft = { head: anchor, anchors: [anchor], fullKey: key };
    people.push(person);
    for (const short of shortForms(ctx, anchor.start, anchor.end)) {
      const owner = index.get(short);
      index.set(short, owner === undefined || owner === person ? person : null);
    }
  }
  return { people, index };
}

function trimToKnown(
  ctx: PeopleContext,
  anchor: Anchor,
  index: ShortFormIndex,
): { person: PersonDraft; anchor: Anchor } | null {
  for (let end = anchor.end - 1; end > anchor.start; end--) {
    const person = index.get(keyOf(ctx, anchor.start, end));
    if (person === null) return null;
    if (person !== undefined) return { person, anchor: { ...anchor, end } };
  }
  return null;
}

/** The folded key of words `[from, to)`: "lula da silva". */
export function keyOf(ctx: PeopleContext, from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += (k > from ? ' ' : '') + ctx.words[k]!.key;
  return key;
}

/**
 * Every contiguous part of a name that can stand for it: single name words ("xi", "tokayev")
 * and runs ("da silva", "von der leyen", "al thani"), but no lone particle, initial or
 * regnal number, no single word that names a country or known place, and nothing that starts
 * after a patronymic particle ("Salman bin Abdulaziz" in "Mohammed bin Salman bin Abdulaziz"
 * is the father). A name of three words or more also stands as its first and last words
 * ("Shirley Botchwey" for "Shirley Ayorkor Botchwey").
 */
function shortForms(ctx: PeopleContext, from: number, to: number): string[] {
  const out: string[] = [];
  const last = to - 1;
  if (to - from >= 3 && isKeyWord(ctx, from) && isKeyWord(ctx, last) && countNameWords(ctx, from, to) === to - from) {
    out.push(`${ctx.words[from]!.key} ${ctx.words[last]!.key}`);
  }
  for (let s = from; s < to; s++) {
    if (s > from && PATRONYMIC.has(ctx.words[s - 1]!.key)) continue;
    for (let e = s + 1; e <= to; e++) {
      if (isParticle(ctx, e - 1)) continue;
      if (e - s === 1) {
        if (!isKeyWord(ctx, s)) continue;
        const text = ctx.words[s]!.text;
        if (ctx.country(text) !== null || ctx.knownPlaceOrOrg(text)) continue;
      }
      out.push(keyOf(ctx, s, e));
    }
  }
  return out;
}

function nameLength(ctx: PeopleContext, anchor: Anchor): number {
  let n = 0;
  for (let k = anchor.start; k < anchor.end; k++) if (!isParticle(ctx, k)) n++;
  return n * 100 + (anchor.end - anchor.start);
}

/**
 * Anchors on the same words from several rules become one, with every title; where two anchors
 * overlap, the more confident one keeps its span.
 */
function merged(anchors: readonly Anchor[]): Anchor[] {
  const byStart = [...anchors].sort((a, b) => a.start - b.start || b.confidence - a.confidence);
  const out: Anchor[] = [];
  for (const a of byStart) {
    const prev = out[out.length - 1];
    if (prev === undefined || a.start >= prev.end) {
      out.push(a);
      continue;
    }
    const keep = a.confidence > prev.confidence ? a : prev;
    out[out.length - 1] = {
      ...keep,
      titles: keep === prev ? [...prev.titles, ...a.titles] : [...a.titles, ...prev.titles],
      affiliation: keep.affiliation ?? (keep === prev ? a : prev).affiliation,
      country: keep.country ?? (keep === prev ? a : prev).country,
      weak: prev.weak && a.weak,
    };
  }
  return out;
}
