import { MONTHS, WEEKDAYS } from './pools/calendar.js';
import { NAME_PARTICLES, ROLES_AFTER_NAMES, TITLES_BEFORE_NAMES } from './pools/titles.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A name token: an initial ("J."), or a capital and letters ("MacGregor", "Ó", "O'Brien"),
// hyphen-joined parts allowed ("Kassym-Jomart", "Al-Farsi"). Each part starts at a literal
// hyphen, so the repetition cannot backtrack over itself.
const TOKEN = String.raw`\p{Lu}\.(?=\s)|\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`;
// A name: 1-4 capitalised tokens, particles allowed between them. Bounded repetition over
// tokens separated by required whitespace: linear, no backtracking blow-up.
const NAME = String.raw`(?:${TOKEN})(?:\s(?:${PARTICLE}\s){0,2}(?:${TOKEN})){0,3}`;
const TITLES = TITLES_BEFORE_NAMES.map(([t]) => esc(t)).sort((a, b) => b.length - a.length).join('|');
const ROLES = ROLES_AFTER_NAMES.map(esc).join('|');

const AFTER_TITLE = new RegExp(String.raw`(?<![\p{L}-])(?:${TITLES})\s(${NAME})`, 'gu');
const AFTER_SAID = new RegExp(String.raw`\b(?:said|told|according to|added|noted)\s(${NAME})`, 'gu');
const BEFORE_ROLE = new RegExp(String.raw`(${NAME}),\s(?:the\s)?(?:${ROLES})\b`, 'gu');

const NOT_NAME_TOKENS = new Set([
  ...MONTHS.flatMap(([full, abbreviation]) => [full, abbreviation]),
  ...WEEKDAYS,
  'The', 'On', 'In', 'At', 'And', 'Of', 'His', 'Her', 'Their', 'This', 'That', 'It', 'He', 'She',
]);

/**
 * Finds the people a release names, as whole names ("Kassym-Jomart Tokayev"), in order of
 * first appearance: after a title, after "said", or before a role. `isPlace` cuts a name
 * before a known place word ("President Tokayev Kazakhstan" is not a name).
 */
export function findPersonNames(text: string, isPlace: (word: string) => boolean): string[] {
  const found: { name: string; at: number }[] = [];
  for (const re of [AFTER_TITLE, AFTER_SAID, BEFORE_ROLE]) {
    for (const m of text.matchAll(re)) {
      const name = trimName(m[1] ?? '', isPlace, re !== AFTER_TITLE);
      if (name !== null) found.push({ name, at: m.index ?? 0 });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.name))];
}

function trimName(raw: string, isPlace: (word: string) => boolean, needsTwoTokens: boolean): string | null {
  const kept: string[] = [];
  for (const token of raw.split(/\s/)) {
    if (NOT_NAME_TOKENS.has(token) || isPlace(token)) break;
    const possessive = /['’]s$/.exec(token);
    if (possessive !== null) {
      // "Modi's visit": the name ends here, without the possessive.
      kept.push(token.slice(0, possessive.index));
      break;
    }
    kept.push(token);
  }
  while (kept.length > 0 && NAME_PARTICLES.includes(kept.at(-1) ?? '')) kept.pop();
  const capitalised = kept.filter((t) => !NAME_PARTICLES.includes(t)).length;
  if (capitalised === 0 || (needsTwoTokens && capitalised < 2)) return null;
  return kept.join(' ');
}
