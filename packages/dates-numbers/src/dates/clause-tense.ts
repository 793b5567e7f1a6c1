import { afterLastComma, sentenceEnd, sentenceStart } from './sentence-window.js';
import { TENSE_CUES } from './tense-cues.js';

const CUES: ReadonlyMap<string, 'future' | 'past'> = new Map(TENSE_CUES.map((r) => [r.phrase, r.tense]));
// A weekday's clause reaches back this far at most (and never past a sentence boundary).
const WINDOW = 200;
const WORD = /[A-Za-z'\u2019]+/g;
/** Participles that read as plans after "is/are" (see TENSE_CUES) and so are no past on their own. */
const PLAN_WORDS: ReadonlySet<string> = new Set(['planned', 'scheduled', 'expected', 'due', 'set']);

interface W {
  readonly text: string;
  readonly lower: string;
  /** Where the word begins in the text it was read from. */
  readonly start: number;
}

/**
 * The tense of the clause a bare weekday at `[start, end)` sits in: the nearest cue before it
 * in its sentence ("will gather on Wednesday" → future; "met on Tuesday" → past), else, for a
 * weekday that opens its sentence, the first cue after it ("On Thursday, leaders will sign").
 * Null when nothing says.
 *
 * @example clauseTense('Leaders will gather on Wednesday.', 23, 32) // 'future'
 */
export function clauseTense(text: string, start: number, end: number, options: { commaBound?: boolean } = {}): 'future' | 'past' | null {
  let from = sentenceStart(text, start, WINDOW);
  // A year-less month reads only its own comma-free stretch ("…, held in January,").
  if (options.commaBound === true) from = afterLastComma(text, from, start);
  // The words before, nearest first, read only as far as the nearest cue.
  let cursor = start;
  const previousWord = (): W | undefined => {
    const word = wordBefore(text, from, cursor);
    if (word !== undefined) cursor = word.start;
    return word;
  };
  let openersOnly = true;
  let word = previousWord();
  while (word !== undefined) {
    const previous = previousWord();
    const tense = phraseTense(previous, word) ?? passiveInfinitive(previous, word) ?? wordTense(word);
    if (tense !== null) return tense;
    openersOnly &&= OPENERS.has(word.lower);
    word = previous;
  }
  if (options.commaBound === true || !openersOnly) return null;
  const after = wordsOf(text.slice(end, sentenceEnd(text, end, WINDOW)));
  for (let k = 0; k < after.length; k++) {
    const tense = phraseTense(after[k], after[k + 1]) ?? wordTense(after[k] as W);
    if (tense !== null) return tense;
  }
  return null;
}

// What may stand before a weekday that opens its sentence ("On Thursday, …").
const OPENERS: ReadonlySet<string> = new Set(['on', 'by', 'from', 'until', 'and', 'or']);

function phraseTense(first: W | undefined, second: W | undefined): 'future' | 'past' | null {
  return first === undefined || second === undefined ? null : CUES.get(`${first.lower} ${second.lower}`) ?? null;
}

/** "is expected to be issued on Friday", "will be held in December": "be" + participle is no past. */
function passiveInfinitive(first: W | undefined, second: W): 'future' | null {
  return first?.lower === 'be' && (second.lower.endsWith('ed') || CUES.get(second.lower) === 'past') ? 'future' : null;
}

function wordTense(w: W): 'future' | 'past' | null {
  // "they'll": the contraction is a cue of its own.
  const tense = CUES.get(w.lower) ?? (w.lower.endsWith("'ll") ? CUES.get("'ll") : undefined);
  if (tense !== undefined) return tense;
  // "signed", "opened": a lower-case -ed word, unless it names a plan ("the scheduled talks").
  // "succeed", "proceed", "need" end in "-ed" but are no past.
  return w.text === w.lower && w.lower.length > 4 && w.lower.endsWith('ed') && !w.lower.endsWith('eed') && !PLAN_WORDS.has(w.lower) ? 'past' : null;
}

function word(text: string, start: number): W {
  return { text, lower: text.toLowerCase().replace(/\u2019/g, "'"), start };
}

function wordsOf(s: string): W[] {
  const out: W[] = [];
  for (const m of s.matchAll(WORD)) out.push(word(m[0], m.index));
  return out;
}

const isWordUnit = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x27 || c === 0x2019;

/**
 * The last word (a maximal run of WORD's class) of text[from, end), or undefined: what
 * `wordsOf(text.slice(from, end)).at(-1)` gives, with `start` an offset into `text`, without
 * reading the words before it.
 */
export function wordBefore(text: string, from: number, end: number): W | undefined {
  let e = end;
  while (e > from && !isWordUnit(text.charCodeAt(e - 1))) e--;
  if (e === from) return undefined;
  let s = e - 1;
  while (s > from && isWordUnit(text.charCodeAt(s - 1))) s--;
  return word(text.slice(s, e), s);
}
