import { escapeRegExp } from './text.js';

/**
 * Compiles the small cue syntax the topic and commitment tables use into a RegExp source:
 * words separated by spaces match across any white space; `{a|b c}` is a choice (an empty
 * choice, `{,|}`, makes a part optional); `*` stands for up to four words. Cues are matched
 * case-insensitively by the caller.
 *
 * @example cueSource('{deepen|expand} cooperation {in|on}') // matches "expand cooperation in"
 */
export function cueSource(cue: string): string {
  const parts = splitOutsideBraces(cue.trim());
  const body = parts
    .map((part) => (part === '*' ? GAP : part.replace(/\{([^}]*)\}|([^{]+)/g, (_, choice: string | undefined, plain: string | undefined) => (choice !== undefined ? choiceSource(choice) : escapeRegExp(plain!)))))
    .join('\\s+')
    // A gap already ends in white space: "a * b" must not ask for two runs of it.
    .replaceAll(`${GAP}\\s+`, GAP);
  const first = cue.trim()[0] ?? '';
  const last = cue.trim().slice(-1);
  return `${/\w/.test(first) || first === '{' ? '\\b' : ''}(?:${body})${/\w/.test(last) || last === '}' ? '\\b' : ''}`;
}

/** Up to four words (each word and its white space are disjoint classes: no backtracking blow-up). */
const GAP = '(?:[^\\s.;:!?]+\\s+){0,4}';

function choiceSource(choice: string): string {
  return `(?:${choice
    .split('|')
    .map((alt) => alt.trim().split(/\s+/).filter(Boolean).map(escapeRegExp).join('\\s+'))
    .join('|')})`;
}

function splitOutsideBraces(cue: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cue) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current !== '') parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** One case-insensitive, global RegExp matching any of the cues, longest alternatives first. */
export function compileCues(cues: readonly string[]): RegExp {
  const sources = [...new Set(cues)].sort((a, b) => b.length - a.length).map(cueSource);
  return new RegExp(sources.join('|'), 'gi');
}

/**
 * Words any match of the cue holds as whole words, one list per part of the cue that opens with
 * plain words: a match holds at least one word of every list. A sentence that lacks every word of
 * some list cannot match the cue, so its pattern need not run there. Read from the cue itself, so
 * the test cannot drift from the pattern; parts it cannot read (`*`, punctuation, a word glued to
 * a choice) ask for nothing.
 *
 * @example cueTriggers('{is|are} ready to') // [['is', 'are'], ['ready'], ['to']]
 */
export function cueTriggers(cue: string): string[][] {
  const out: string[][] = [];
  for (const part of splitOutsideBraces(cue.trim())) {
    const words = partTriggers(part);
    if (words !== null) out.push(words);
  }
  return out;
}

/**
 * The words one of which opens every match of the cue (as a whole word, at the match's start):
 * the triggers of its first part, or null when that part asks for none (punctuation, a gap).
 *
 * @example openingWords('{is|are} ready to') // ['is', 'are']; openingWords(', in') // null
 */
export function openingWords(cue: string): string[] | null {
  const first = splitOutsideBraces(cue.trim())[0];
  return first === undefined ? null : partTriggers(first);
}

const PLAIN_WORD = /^[a-z]+$/i;

/** The words that open a part, when each is a whole word in any match of it; else null. */
function partTriggers(part: string): string[] | null {
  if (PLAIN_WORD.test(part)) return [part.toLowerCase()];
  const choice = /^\{([^{}]*)\}(.*)$/.exec(part);
  if (choice === null) return null;
  const firsts = choice[1]!.split('|').map((alt) => alt.trim().split(/\s+/)[0] ?? '');
  if (!firsts.every((w) => PLAIN_WORD.test(w))) return null;
  // A one-word choice ends its word only where what follows in the part cannot go on with a letter.
  return endsWord(choice[2]!) ? [...new Set(firsts.map((w) => w.toLowerCase()))] : null;
}

/** True when the rest of a part after a choice starts with no word character, whichever way it matches. */
function endsWord(rest: string): boolean {
  if (rest === '') return true;
  const next = /^\{([^{}]*)\}/.exec(rest);
  if (next === null) return !/^[\w{]/.test(rest);
  return next[1]!.split('|').every((alt) => alt.trim() === '' || !/^\w/.test(alt.trim())) && endsWord(rest.slice(next[0].length));
}
