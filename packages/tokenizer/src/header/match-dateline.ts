import { segmentFromView, type Dateline, type Segment, type TextView } from '@pressfacts/document';
import { DATELINE_FORMS, UNKNOWN_WIRE_PENALTY, type DatelineMark } from './dateline-forms.js';
import { PARTICLES } from './fragments.js';
import { isKnownWire } from './wires.js';

export interface DatelineMatch {
  readonly dateline: Dateline;
  /** Normalised offset where the body starts, after the dateline and the spaces that follow. */
  readonly bodyStart: number;
}

/** A wire part must look like a name: it starts with a capital or a digit. */
const WIRE_NAME = /^[\p{Lu}\p{N}][^\n]*$/u;
const LOWER = /\p{Ll}/u;

/**
 * Reads a dateline at normalised offset `at` (the start of a paragraph), trying each form of
 * {@link DATELINE_FORMS} in order.
 *
 * @example matchDateline(normalize('ASTANA, July 4 (Xinhua) -- Leaders met.'), 0)?.dateline.wire?.text // 'Xinhua'
 */
export function matchDateline(view: TextView, at: number): DatelineMatch | null {
  const text = view.text;
  const mark = datelineMark(text, at);
  if (mark === null) return null;
  const holds = lineChars(text, at);
  const asciiLine = (holds & NON_ASCII) === 0;
  for (let f = 0; f < DATELINE_FORMS.length; f++) {
    const form = DATELINE_FORMS[f]!;
    // A dash may belong to the place ("Nur-Sultan"): after one, every form is tried.
    if (mark !== '-' && mark !== form.mark) continue;
    if ((FORM_NEEDS[f]! & ~holds) !== 0) continue;
    const m = form.pattern.matchAt(text, at, asciiLine);
    if (m === null) continue;
    const place = m.place;
    if (place === undefined) continue;
    if (form.upperCasePlace && LOWER.test(cityPart(text, place))) continue;
    const wireRange = m.wire;
    let confidence = form.confidence;
    let wire: Segment | null = null;
    if (wireRange !== undefined) {
      const [ws, we] = trimRange(text, wireRange[0], wireRange[1]);
      const wireText = text.slice(ws, we);
      if (!WIRE_NAME.test(wireText)) continue;
      if (!isKnownWire(wireText)) confidence -= UNKNOWN_WIRE_PENALTY;
      wire = segmentFromView(view, ws, we);
    }
    const dateRange = m.date;
    const end = m.end;
    let bodyStart = end;
    while (bodyStart < text.length && text.charCodeAt(bodyStart) === 0x20) bodyStart++;
    return {
      dateline: {
        segment: segmentFromView(view, at, end),
        place: segmentFromView(view, place[0], place[1]),
        dateText: dateRange === undefined ? null : segmentFromView(view, dateRange[0], dateRange[1]),
        wire,
        provenance: { rule: form.rule, confidence: Math.round(confidence * 100) / 100 },
      },
      bodyStart,
    };
  }
  return null;
}

const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES);
const POSTED = 'Posted On: ';

/**
 * A cheap necessary condition of every form, so that most paragraphs (a headline, body text)
 * skip the patterns: the first digit, dash, `(` or `/` on the line at `at` (see
 * {@link DatelineForm.mark}), or null when no form can match there. Every form but `Posted On:`
 * starts with the place, and before its first such character holds only the place and the
 * weekday or month of the date: words that start with a capital (or are a place's particle, "Rio
 * de Janeiro"), joined by spaces, commas, periods and apostrophes.
 */
export function datelineMark(text: string, at: number): DatelineMark | null {
  if (text.startsWith(POSTED, at)) return 'digit';
  const first = text.charCodeAt(at);
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return null;
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return 'digit';
    if (c === 0x2d) return '-';
    if (c === 0x28) return '(';
    if (c === 0x2f) return '/';
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2c || c === 0x2e || c === 0x27) continue;
    if (c !== 0x20) return null; // a line break, a quote, a colon, a bar …
    const next = text.charCodeAt(i + 1);
    if (next >= 0x61 && next <= 0x7a) {
      // A word in lower case: only a particle followed by a space may stand there.
      let e = i + 1;
      while (e < text.length && text.charCodeAt(e) >= 0x61 && text.charCodeAt(e) <= 0x7a) e++;
      if (text.charCodeAt(e) !== 0x20 || !PARTICLE_SET.has(text.slice(i + 1, e))) return null;
      i = e - 1;
    }
  }
  return null;
}

/** A bit for each character some form {@link DatelineForm.needs}, by code unit (0: none). */
const NEED_BIT = (() => {
  const bits = new Uint8Array(0x80);
  let next = 1;
  for (const form of DATELINE_FORMS) {
    for (const c of form.needs) {
      const code = c.charCodeAt(0);
      if (bits[code] === 0) {
        bits[code] = next;
        next <<= 1;
      }
    }
  }
  return bits;
})();
const maskOf = (chars: string): number => [...chars].reduce((mask, c) => mask | NEED_BIT[c.charCodeAt(0)]!, 0);
const FORM_NEEDS: readonly number[] = DATELINE_FORMS.map((form) => maskOf(form.needs));

/** Set in {@link lineChars} when the line holds a character beyond ASCII. */
const NON_ASCII = 0x100;

/** The needed characters (as {@link NEED_BIT} bits) the line that starts at `at` holds, and {@link NON_ASCII}. */
function lineChars(text: string, at: number): number {
  let mask = 0;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) break;
    mask |= code < 0x80 ? NEED_BIT[code]! : NON_ASCII;
  }
  return mask;
}

/** The city of `KAZAN, Russia`: the place up to its first comma. */
function cityPart(text: string, [start, end]: readonly [number, number]): string {
  const comma = text.indexOf(',', start);
  return text.slice(start, comma >= 0 && comma < end ? comma : end);
}

function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && text.charCodeAt(s) === 0x20) s++;
  while (e > s && text.charCodeAt(e - 1) === 0x20) e--;
  return [s, e];
}
