import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OF_BODY_EVENT_HEADS, PLACE_OR_GROUP_EVENT_HEADS } from '../src/data/event-kinds.js';
import { LOWER_CASE_VENUE_HEADS } from '../src/data/venues.js';
import { BACK_REFERENCE_HEADS, CITY_OF_WORDS, LOCATIVE_CUES, WordCue, wordCues } from '../src/data/word-cues.js';
import { startFlags } from '../src/text/phrase-index.js';
import { endsPossessive, scanWords, type Word } from '../src/text/words.js';
import { compileVocabularies, type CompiledVocabularies } from '../src/vocabularies.js';

const VENUE_HEAD_ENDS = new Set(LOWER_CASE_VENUE_HEADS.map((r) => r.head.split(' ').at(-1)));

/** A word's cue bits the slow way: each recogniser's own table, as it asked before the scan flagged them. */
function reference(vocab: CompiledVocabularies, w: Word): number {
  const stripped = endsPossessive(w.fold) ? w.fold.replace(/['\u2019]s?$/, '') : w.fold;
  const head = w.cap && (vocab.heads.has(stripped) || vocab.heads.has(w.fold));
  return (
    (head ? WordCue.HEAD : 0) |
    (LOCATIVE_CUES.has(w.fold) ? WordCue.LOCATIVE : 0) |
    (BACK_REFERENCE_HEADS.has(w.fold) ? WordCue.BACK_REFERENCE : 0) |
    (OF_BODY_EVENT_HEADS.has(w.fold) || PLACE_OR_GROUP_EVENT_HEADS.has(w.fold) ? WordCue.EVENT_HEAD : 0) |
    (CITY_OF_WORDS.has(w.fold) ? WordCue.CITY_OF : 0) |
    (VENUE_HEAD_ENDS.has(w.fold) ? WordCue.VENUE_HEAD_END : 0)
  );
}

function expectSameCues(vocab: CompiledVocabularies, text: string): number {
  const words = scanWords(text);
  const { cues } = startFlags(words, vocab.firstWords, 2);
  let set = 0;
  words.forEach((w, i) => {
    expect({ word: w.text, cues: cues[i] }).toEqual({ word: w.text, cues: reference(vocab, w) });
    if (cues[i] !== 0) set++;
  });
  return set;
}

describe('word cues: the bits the scan gives each word', () => {
  const vocab = compileVocabularies();

  it('marks the words of each table', () => {
    const cues = wordCues(['summit', 'initiative']);
    expect(cues.get('summit')).toBe(WordCue.HEAD | WordCue.EVENT_HEAD);
    expect(cues.get('initiative')).toBe(WordCue.HEAD);
    expect(cues.get('treaty')).toBe(WordCue.BACK_REFERENCE);
    expect(cues.get('in')).toBe(WordCue.LOCATIVE);
    expect(cues.get('capital')).toBe(WordCue.CITY_OF);
    expect(cues.get('centre')).toBe(WordCue.VENUE_HEAD_END);
    expect(cues.has('president')).toBe(false);
  });

  it('flags words as their tables would, heads on capitalised words only and through a possessive', () => {
    const words = scanWords("The Summit's host, in the capital, signed the treaty at the summit near Astana");
    const { cues } = startFlags(words, vocab.firstWords, 2);
    const byText = words.map((w, i) => [w.text, cues[i]]);
    expect(byText).toEqual([
      ['The', 0],
      ["Summit's", WordCue.HEAD],
      ['host', 0],
      ['in', WordCue.LOCATIVE],
      ['the', 0],
      ['capital', WordCue.CITY_OF],
      ['signed', 0],
      ['the', 0],
      ['treaty', WordCue.BACK_REFERENCE],
      ['at', 0],
      ['the', 0],
      ['summit', WordCue.EVENT_HEAD],
      ['near', WordCue.LOCATIVE],
      ['Astana', 0],
    ]);
  });

  it('gives every word of every fixture, as written, in upper and in lower case, the bits its tables give', () => {
    const root = join(import.meta.dirname, '../../../fixtures');
    const inputs = [root, join(root, 'tune')].flatMap((dir) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'input.txt')))
        .map((d) => readFileSync(join(dir, d.name, 'input.txt'), 'utf8')),
    );
    expect(inputs.length).toBeGreaterThan(10);
    let set = 0;
    for (const text of inputs) for (const t of [text, text.toUpperCase(), text.toLowerCase()]) set += expectSameCues(vocab, t);
    expect(set).toBeGreaterThan(1000);
  });

  it('agrees with the tables on any mix of cue words, possessives and case', () => {
    const word = fc.constantFrom('Summit', 'summit', "Summit's", "summit's", 'SUMMIT’S', 'in', 'In', 'near', 'treaty', 'Treaty', "treaty's", 'Communiqué', 'city', 'capital', 'Capital', 'of', 'Initiative', "Initiative'", 'Forum’s', 'center', 'Centre', 'exhibition', 'talks', 'Talks', 'meeting', 'Astana', 'the');
    const sep = fc.constantFrom(' ', ', ', '. ', '-', '\n');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expectSameCues(vocab, t);
      }),
      { numRuns: 500 },
    );
  });
});
