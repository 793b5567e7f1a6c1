import type { TokenKind } from '@pressfacts/document';

const LETTER = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const PUNCTUATION = /\p{P}/u;
const SYMBOL = /[\p{S}\p{Extended_Pictographic}]/u;
/** For each ASCII code unit, whether {@link PUNCTUATION} matches it (a table instead of a regex call per token). */
const ASCII_PUNCTUATION = Uint8Array.from({ length: 0x80 }, (_, c) => (PUNCTUATION.test(String.fromCharCode(c)) ? 1 : 0));
/** URLs, e-mail addresses, handles and hashtags. */
const OTHER = /^(?:[#@]\p{L}|(?:https?|ftp):\/\/|www\.)|\p{L}@\p{L}/u;

/** A `@`, a `:` or a leading `w` (one loop; most words have none, so the checks below are skipped). */
function mayBeAddress(value: string): boolean {
  if (value.charCodeAt(0) === 0x77) return true;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x40 || c === 0x3a) return true;
  }
  return false;
}

/**
 * The kind of a token from its text: a word starts with a letter (`Xi'an`, `Nausėda`, `5G` is a
 * number), a number with a digit (`2025`, `5.2`, `24th`), punctuation and symbols are single
 * marks (`,` `--` `$` `%` `😀`), and URLs, e-mails, handles and hashtags are `other`.
 * Reading the text is cheaper than asking wink for its token type.
 */
export function tokenKind(value: string): TokenKind {
  const c = value.charCodeAt(0);
  if (c < 0x80) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      return value.length > 3 && mayBeAddress(value) && (value.includes('@') || value.includes('://') || value.startsWith('www.')) ? 'other' : 'word';
    }
    if (c >= 0x30 && c <= 0x39) return 'number';
    if ((c === 0x23 || c === 0x40) && value.length > 1) return OTHER.test(value) ? 'other' : 'symbol';
    return ASCII_PUNCTUATION[c] === 1 ? 'punctuation' : 'symbol';
  }
  const first = String.fromCodePoint(value.codePointAt(0) ?? 0);
  if (LETTER.test(first)) return 'word';
  if (NUMBER.test(first)) return 'number';
  if (PUNCTUATION.test(first)) return 'punctuation';
  if (SYMBOL.test(first)) return 'symbol';
  return 'other';
}
