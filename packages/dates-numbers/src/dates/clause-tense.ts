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
  const before = wordsOf(text.slice(from, start));
  for (let k = before.length - 1; k >= 0; k--) {
    const tense = phraseTense(before[k - 1], before[k]) ?? passiveInfinitive(before[k - 1], before[k] as W) ?? wordTense(before[k] as W);
    if (tense !== null) return tense;
  }
  if (options.commaBound === true || !before.every((w) => OPENERS.has(w.lower))) return null;
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

function wordsOf(s: string): W[] {
  const out: W[] = [];
  for (const m of s.matchAll(WORD)) out.push({ text: m[0], lower: m[0].toLowerCase().replace(/\u2019/g, "'") });
  return out;
}
