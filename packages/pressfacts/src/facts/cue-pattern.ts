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
