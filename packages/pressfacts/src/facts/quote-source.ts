import { SPEAKER_NOUNS } from '../data/speaker-nouns.js';
import { SOURCE_DATA_NOUNS, SOURCE_NOT_SPEECH } from '../data/source-nouns.js';
import type { FactsContext } from './context.js';
import type { Speaker } from './quote-speaker.js';
import { findTokenIn, mentionsWithin } from './lookups.js';

const TITLE_BEFORE_NAME =
  /^(?:[A-Z][\w&.'-]*\s+){0,4}?(?:Officer|Director|Minister|President|Secretary|Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|Chairperson|Chair|Governor|Ambassador|Adviser|Advisor|Commissioner|Manager|Economist|Analyst|Envoy|Aide|CEO|CFO|COO)\s+(?=\p{Lu}[\p{L}'-]+\s+\p{Lu})/u;
const OFFICE_AFTER = /^\s+(secretariat|office|press office|ministry|delegation|mission|bureau)\s*$/i;
const DATA_NOUNS = new Set(SOURCE_DATA_NOUNS.flatMap((r) => r.nouns));
const UNNAMED = new Set(SPEAKER_NOUNS.filter((r) => r.speaksFor === 'nobody').flatMap((r) => r.nouns));

/**
 * The speaker named by "according to <source>" in `[from, to)`: a person ("Kremlin aide Yuri
 * Ushakov"), an organisation ("the Korea International Trade Association"), the body behind a
 * data source ("Eurostat figures cited by the Commission" → Eurostat), nobody for an unnamed
 * source ("Chinese customs data"), or the source as written ("the Peruvian trade ministry").
 * Undefined for a poll or survey: its findings are nobody's words.
 */
export function sourceSpeaker(ctx: FactsContext, from: number, to: number): Speaker | undefined {
  // The source ends before a participle about it ("figures cited by the Commission").
  const verb = findTokenIn(ctx, from, to, (t) => t.pos === 'VERB');
  const end = trimEnd(ctx, from, verb ? verb.norm.start : to);
  const at = { start: from, end };
  const mentions = mentionsWithin(ctx, from, end);
  const person = mentions.filter((m) => m.entity.kind === 'person').pop();
  if (person) return { name: person.entity.name, at };
  const org = mentions.find((m) => m.entity.kind === 'organization');
  const words = ctx.text.slice(from, end).trim().replace(/^the\s+/i, '').split(/\s+/);
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  if (SOURCE_NOT_SPEECH.has(head)) return undefined;
  if (DATA_NOUNS.has(head)) {
    if (org) return { name: org.entity.name, at };
    // "Eurostat figures": a name before the data noun that is not a country's adjective.
    const name = words.slice(0, -1).filter((w) => /^[A-Z]/.test(w));
    const country = mentions.some((m) => m.entity.kind === 'country');
    return { name: name.length > 0 && name.length === words.length - 1 && !country ? name.join(' ') : null, at };
  }
  if (org) {
    // "the Nordic Council secretariat": the body's own office speaks.
    const office = OFFICE_AFTER.exec(ctx.text.slice(org.segment.norm.end, end));
    return { name: office ? `${org.entity.name} ${office[1]}` : org.entity.name, at };
  }
  if (UNNAMED.has(head)) return { name: null, at }; // "a senior Brazilian official"
  // "Kremlin aide Yuri Ushakov": the name after the title; "the Peruvian trade ministry" as written.
  const lastLower = words.map((w) => /^[a-z]/.test(w)).lastIndexOf(true);
  const tail = words.slice(lastLower + 1);
  if (lastLower !== -1 && tail.length >= 2) return { name: tail.join(' '), at };
  // A body the text names without an entity has a capitalised word ("Peruvian trade ministry");
  // "its latest guidance" names nobody.
  // "Chief Financial Officer Sofia Mendes Raposo": the person after a title the text writes before the name.
  const written = words.join(' ').replace(/[.,;:]+$/, '').replace(TITLE_BEFORE_NAME, '');
  // "the Commission" after "the ECOWAS Commission": the one organisation the text named with that head.
  const headed = /^\p{Lu}\p{L}+$/u.test(written) ? ctx.entities.filter((e) => e.kind === 'organization' && e.name.endsWith(` ${written}`)) : [];
  if (headed.length === 1) return { name: headed[0]!.name, at };
  return { name: /\b[A-Z]/.test(written) && !/^(?:its|their|his|her|our)\b/i.test(written) ? written : null, at };
}

function trimEnd(ctx: FactsContext, from: number, to: number): number {
  let end = to;
  while (end > from && /[\s.,;:]/.test(ctx.text[end - 1]!)) end--;
  return end;
}
