import type { TextView } from '@pressfacts/document';
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import { CHAR_REPLACEMENT } from './char-map.js';
import { looksLikeHtml, stripHtml } from './html.js';

const CR = 0x0d;
const LF = 0x0a;
const AMP = 0x26;
const REPLACEMENT_CHAR = '\ufffd';

/**
 * 1 for every code unit the fast path must not copy as is: the rows of the char map, CR, `&`
 * and surrogates. One lookup per character keeps the loop branch-light.
 */
const SPECIAL = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of CHAR_REPLACEMENT.keys()) table[c] = 1;
  table[CR] = 1;
  table[AMP] = 1;
  table.fill(1, 0xd800, 0xe000);
  return table;
})();

// One decoder for the process: entities are rare, and `write` is synchronous.
const decodedUnits: number[] = [];
const entityDecoder = new HtmlEntityDecoder((codePoint) => {
  if (codePoint > 0xffff) {
    const v = codePoint - 0x10000;
    decodedUnits.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
  } else {
    decodedUnits.push(codePoint);
  }
});

/**
 * Makes the normalised view of a raw text, in one pass: CRLF and lone CR become `\n`; NBSP,
 * thin, narrow and figure spaces and tabs become a space; BOM, zero-width characters and soft
 * hyphens are dropped; curly quotes and primes become `'` and `"`; en/em dashes, the horizontal
 * bar, the minus sign and the non-breaking hyphen become `-` (`--` stays `--`); HTML entities are
 * decoded (`&amp;` `&nbsp;` `&#8217;` …) and every character they decode to maps back to the
 * whole entity. Lone surrogates become U+FFFD. The ellipsis `…` is kept.
 *
 * `rawStart`/`rawEnd` give, for each normalised code unit, the raw range it came from, so
 * `segmentFromView(view, s, e)` always yields an honest raw span. `isHtml`: what
 * {@link looksLikeHtml} says of `raw`, for a caller that has asked it already.
 *
 * @example
 * const view = normalize('Xi\u2019an &amp; Astana\r\n');
 * view.text // "Xi'an & Astana\n"
 * segmentFromView(view, 6, 7).text // "&amp;"
 */
export function normalize(raw: string, isHtml: boolean = looksLikeHtml(raw)): TextView {
  return normalizeView(raw, isHtml).view;
}

/** A normalised view, and where the normaliser wrote a unit rather than copied one. */
export interface NormalizedText {
  readonly view: TextView;
  /**
   * Normalised offsets, ascending, of the units written rather than copied (a replacement, a
   * decoded entity, `\n` for a CR, the blank line of an HTML block tag). Every other unit is a
   * copy of the raw unit it maps to, so a range that holds
   * none of them and whose raw span is as long as itself reads the same in both texts (no slice
   * and no comparison needed to know it).
   */
  readonly written: readonly number[];
}

/** {@link normalize}, also telling which units were written (see {@link NormalizedText}). */
export function normalizeView(raw: string, isHtml: boolean): NormalizedText {
  if (!isHtml) return normalizeText(raw);
  // An HTML page: normalise its text, then map every offset through the tag-stripping map.
  const html = stripHtml(raw);
  const { view: inner, written: innerWritten } = normalizeText(html.text);
  const text = inner.text;
  const n = text.length;
  const rawStart = new Int32Array(n + 1);
  const rawEnd = new Int32Array(n);
  // The blank lines that stand for block tags are written too: only a unit whose raw span is
  // itself is a copy.
  const written: number[] = [];
  let next = 0; // next unit the normaliser wrote
  for (let k = 0; k < n; k++) {
    const start = html.rawAt[inner.rawStart[k]!]!;
    const end = html.rawAt[inner.rawEnd[k]! - 1]! + 1;
    rawStart[k] = start;
    rawEnd[k] = end;
    if (innerWritten[next] === k) {
      next++;
      written.push(k);
    } else if (end !== start + 1 || raw.charCodeAt(start) !== text.charCodeAt(k)) {
      written.push(k);
    }
  }
  rawStart[n] = raw.length;
  return { view: { text, raw, rawStart, rawEnd }, written };
}

/**
 * The offset maps of the units before `upTo`, which are copied as is: unit `k` comes from raw
 * unit `k`. `rawStart[upTo]` is set to `upTo` too (the next unit, if any, writes over it).
 */
function fillIdentity(rawStart: Int32Array, rawEnd: Int32Array, upTo: number): void {
  for (let k = 0; k <= upTo; k++) rawStart[k] = k;
  // Unit `k` ends where unit `k + 1` starts: one block copy instead of a second loop.
  rawEnd.set(rawStart.subarray(1, upTo + 1));
}

function normalizeText(raw: string): NormalizedText {
  const n = raw.length;
  // Most texts hold nothing to normalise, and most others only late: find the first unit that
  // is not copied as is before writing any offset.
  let first = 0;
  while (first < n && SPECIAL[raw.charCodeAt(first)] === 0) first++;
  // A paragraph separator expands to two units, so the view is at most twice as long.
  let capacity = n + 1;
  let rawStart = new Int32Array(capacity);
  let rawEnd = new Int32Array(capacity);
  fillIdentity(rawStart, rawEnd, first);
  if (first === n) {
    return { view: { text: raw, raw, rawStart, rawEnd: rawEnd.subarray(0, n) }, written: [] };
  }
  const parts: string[] = [];
  const written: number[] = [];
  let runFrom = 0; // raw start of the current run of characters copied as is
  let o = first; // normalised length so far
  let i = first; // raw position

  const flush = (to: number): void => {
    if (to > runFrom) parts.push(raw.slice(runFrom, to));
  };
  // Makes room for `need` more units for the raw unit at `i`, one per raw unit after it, and
  // the end slot of `rawStart` (a one-for-one replacement then never grows the maps).
  const grow = (need: number): void => {
    const wanted = o + need + (n - i - 1) + 1;
    if (wanted <= capacity) return;
    capacity = Math.max(capacity * 2, wanted);
    const s = new Int32Array(capacity);
    s.set(rawStart);
    rawStart = s;
    const e = new Int32Array(capacity);
    e.set(rawEnd);
    rawEnd = e;
  };
  const emit = (text: string, from: number, to: number): void => {
    grow(text.length);
    parts.push(text);
    for (let k = 0; k < text.length; k++) {
      written.push(o);
      rawStart[o] = from;
      rawEnd[o] = to;
      o++;
    }
  };

  while (i < n) {
    const c = raw.charCodeAt(i);
    if (SPECIAL[c] === 0) {
      // A run of units copied as is, on locals: `o`, `i` and the arrays live in the closures'
      // context, which would cost a memory load and store per unit.
      let at = i;
      let out = o;
      const starts = rawStart;
      const ends = rawEnd;
      do {
        starts[out] = at;
        ends[out] = at + 1;
        out++;
        at++;
      } while (at < n && SPECIAL[raw.charCodeAt(at)] === 0);
      i = at;
      o = out;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = raw.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A well-formed surrogate pair is copied as is.
        rawStart[o] = i;
        rawEnd[o] = i + 1;
        rawStart[o + 1] = i + 1;
        rawEnd[o + 1] = i + 2;
        o += 2;
        i += 2;
        continue;
      }
    }
    flush(i);
    if (c === CR) {
      const to = i + 1 < n && raw.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      emit('\n', i, to);
      i = to;
    } else if (c === AMP) {
      const consumed = decodeEntityAt(raw, i);
      if (consumed === 0) {
        emit('&', i, i + 1);
        i++;
      } else {
        const to = i + consumed;
        for (const unit of decodedUnits) emitUnit(unit, i, to, emit);
        i = to;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      emit(REPLACEMENT_CHAR, i, i + 1);
      i++;
    } else {
      const to = CHAR_REPLACEMENT.get(c) ?? raw[i] ?? '';
      if (to !== '') emit(to, i, i + 1);
      i++;
    }
    runFrom = i;
  }

  let text = raw; // when every unit was copied as is
  if (runFrom > 0) {
    flush(n);
    text = parts.join('');
  }
  rawStart[o] = n;
  return { view: { text, raw, rawStart: rawStart.subarray(0, o + 1), rawEnd: rawEnd.subarray(0, o) }, written };
}

/** Decodes the entity that starts with the `&` at `at`; returns the raw length it covers (0: none). */
function decodeEntityAt(raw: string, at: number): number {
  decodedUnits.length = 0;
  entityDecoder.startEntity(DecodingMode.Legacy);
  let consumed = entityDecoder.write(raw, at + 1);
  if (consumed < 0) consumed = entityDecoder.end();
  return consumed > 0 && decodedUnits.length > 0 ? consumed : 0;
}

/** Normalises one code unit an entity decoded to (so `&nbsp;` is a space, `&#8203;` nothing). */
function emitUnit(unit: number, from: number, to: number, emit: (t: string, f: number, e: number) => void): void {
  if (unit === CR) {
    emit('\n', from, to);
    return;
  }
  const replaced = CHAR_REPLACEMENT.get(unit);
  if (replaced === undefined) emit(String.fromCharCode(unit), from, to);
  else if (replaced !== '') emit(replaced, from, to);
}
