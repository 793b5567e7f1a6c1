/** Small text helpers shared by the fact assemblers (pure, on normalised text). */

/** Words that stay lower-case inside title-cased place names. */
const LOWER_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'of', 'the', 'and', 'al', 'el', 'es', 'sur', 'upon', 'on']);

/**
 * Title-cases an all-caps dateline place ("RIO DE JANEIRO" → "Rio de Janeiro"); leaves mixed-case
 * text as written.
 */
export function titleCasePlace(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part, i) => (i > 0 && LOWER_PARTICLES.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/** Range of a list item within a string. */
export interface ItemRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits "A, B, and C" / "A, B and C" / "A and B" into item ranges (offsets relative to `text`),
 * keeping "and" inside the last item when the list has an Oxford comma ("prevention and control").
 */
export function splitList(text: string): ItemRange[] {
  const parts: ItemRange[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === ',' || text[i] === ';') {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  const trimmed = parts.map((p) => trimRange(text, p)).filter((p) => p.end > p.start);
  if (trimmed.length === 0) return [];
  const last = trimmed[trimmed.length - 1]!;
  const lastText = text.slice(last.start, last.end);
  const lead = /^(?:and|or|as well as)\s+/i.exec(lastText);
  if (lead) {
    trimmed[trimmed.length - 1] = { start: last.start + lead[0].length, end: last.end };
  } else {
    const m = /\s(?:and|or)\s(?!.*\s(?:and|or)\s)/i.exec(lastText);
    if (m) {
      trimmed[trimmed.length - 1] = trimRange(text, { start: last.start, end: last.start + m.index });
      trimmed.push(trimRange(text, { start: last.start + m.index + m[0].length, end: last.end }));
    }
  }
  return trimmed.filter((p) => p.end > p.start);
}

/** Drops surrounding spaces and closing punctuation from a range. */
export function trimRange(text: string, range: ItemRange): ItemRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Drops a leading article ("the Treaty" → "Treaty"). */
export function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * Count of words (runs of non-white space) in a string, up to `atMost`: a caller that compares the
 * count with a small number need not read a long text to its end. No array of the words is made.
 *
 * @example wordCount(' a  b c ') // 3; wordCount('a b c d', 2) // 2
 */
export function wordCount(text: string, atMost = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < atMost; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A UTF-16 code unit that `\s` matches (white space and line terminators, as in a RegExp). */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.toLowerCase() === lower`, without lower-casing a text whose first character, an ASCII one,
 * already differs (toLowerCase reads a character's neighbours only for a final sigma).
 *
 * @example isLowerCased('Lima', 'lima') // true; isLowerCased('Quito', 'lima') // false
 */
export function isLowerCased(text: string, lower: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128 && (c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(0)) return false;
  return text.toLowerCase() === lower;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds one alternation regex source from phrases, longest first (so "has decided to" wins over "decided to"). */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * `[...text.matchAll(re)]` for a global pattern compiled once at module level, without the copy of
 * the pattern that `matchAll` makes on every call. Reads from the start of `text` whatever the
 * pattern's `lastIndex`, and leaves it at 0.
 *
 * @example matchesOf(/\band\b/g, 'A and B and C').map((m) => m.index) // [2, 8]
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a code point for a unicode pattern), as matchAll does.
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes("v"));
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
