import type { PersonEntity, Segment, Sentence, TextView, Token } from '@pressfacts/document';
import { segmentFromView } from '@pressfacts/document';
import type { Anchor } from './anchor.js';
import { createContext, type PeopleContext } from './context.js';
import { groupAnchors, type PersonDraft } from './group.js';
import type { PeopleLexicon } from './lexicon.js';
import { scanMentions } from './mentions.js';
import { PERSON_RULES } from './rules/index.js';
import { slugify } from './text-key.js';
import { buildWords, type SharedWord } from './words.js';

export interface FindPeopleInput {
  readonly view: TextView;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** The country a name or demonym stands for ("Chinese" → China), or null. */
  readonly resolveCountry: (text: string) => { name: string; code: string } | null;
  /** True for a known place or organisation name, which is then never read as a person. */
  readonly isKnownPlaceOrOrg?: (text: string) => boolean;
  /** The country whose body an affiliation names ("Kremlin" → "Russia"), or null. */
  readonly countryOfBody?: (affiliation: string) => string | null;
  /** The title and name tables, compiled once (`compilePeopleLexicon`); default: the built-in ones. */
  readonly lexicon?: PeopleLexicon;
  /** The words the entity recognisers read from the same view, if at hand (their strings are reused). */
  readonly textWords?: readonly SharedWord[];
}

/**
 * Finds the people a document names: with titles before or after the name, after honorifics,
 * or next to speech cues, then merges every later or earlier short form into its person.
 * Mentions are raw-text segments of the name only (no title, no possessive "'s").
 *
 * @example
 * const { view, sentences, tokens } = tokenizerLayers; // from the tokenizer stage
 * findPeople({ view, sentences, tokens, resolveCountry });
 * // 'South African President Cyril Ramaphosa … Ramaphosa said' →
 * // [{ kind: 'person', id: 'person:cyril-ramaphosa', name: 'Cyril Ramaphosa', titles: ['President'],
 * //    affiliation: null, country: 'South Africa', mentions: [<Cyril Ramaphosa>, <Ramaphosa>],
 * //    provenance: { rule: 'people/title-before-name', confidence: 0.9 } }]
 */
export function findPeople(input: FindPeopleInput): PersonEntity[] {
  const words = buildWords(input.view, input.tokens, input.textWords);
  if (words.length === 0) return [];
  const ctx = createContext(input.view, words, input);
  const anchors: Anchor[] = [];
  for (const rule of PERSON_RULES) anchors.push(...rule.find(ctx));
  if (anchors.length === 0) return [];
  const { people, index } = groupAnchors(ctx, anchors);

  const spans = new Map<PersonDraft, Map<number, { start: number; end: number }>>();
  const addSpan = (person: PersonDraft, start: number, end: number): void => {
    let map = spans.get(person);
    if (map === undefined) spans.set(person, (map = new Map()));
    if (!map.has(start)) map.set(start, { start, end });
  };
  for (const person of people) for (const a of person.anchors) addSpan(person, a.start, a.end);
  for (const m of scanMentions(ctx, index)) addSpan(m.person, m.start, m.end);

  const entities = people.map((person) => {
    const entity = toEntity(ctx, person, [...(spans.get(person)?.values() ?? [])]);
    // "Kremlin aide X": an aide of the Kremlin serves Russia.
    const bodyCountry = entity.country === null && entity.affiliation !== null ? input.countryOfBody?.(entity.affiliation) ?? null : null;
    return bodyCountry === null ? entity : { ...entity, country: bodyCountry };
  });
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return uniqueIds(entities);
}

function toEntity(ctx: PeopleContext, person: PersonDraft, wordSpans: { start: number; end: number }[]): PersonEntity {
  const inOrder = [...person.anchors].sort((a, b) => a.start - b.start);
  const titles: string[] = [];
  const seen = new Set<string>();
  for (const a of inOrder) {
    for (const t of a.titles) {
      const key = t.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        titles.push(t);
      }
    }
  }
  const best = inOrder.reduce((x, y) => (y.confidence > x.confidence ? y : x));
  wordSpans.sort((a, b) => a.start - b.start);
  const mentions: Segment[] = wordSpans.map((s) =>
    segmentFromView(ctx.view, ctx.words[s.start]!.start, ctx.words[s.end - 1]!.end),
  );
  const name = ctx.textOf(person.head.start, person.head.end);
  return {
    kind: 'person',
    id: `person:${slugify(name)}`,
    name,
    titles,
    affiliation: inOrder.find((a) => a.affiliation !== null)?.affiliation ?? null,
    country: inOrder.find((a) => a.country !== null)?.country ?? null,
    mentions,
    provenance: { rule: best.rule, confidence: best.confidence },
  };
}

/** Ids stay unique even when two names fold to one slug (or to none, as CJK names do). */
function uniqueIds(entities: PersonEntity[]): PersonEntity[] {
  const used = new Set<string>();
  return entities.map((e, n) => {
    let id = e.id === 'person:' ? `person:${n + 1}` : e.id;
    for (let k = 2; used.has(id); k++) id = `${e.id}-${k}`;
    used.add(id);
    return id === e.id ? e : { ...e, id };
  });
}
