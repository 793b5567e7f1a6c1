import { describe, expect, it } from 'vitest';
import { NAME_PARTICLES } from '../src/people/data/name-particles.js';
import { TITLE_MODIFIERS } from '../src/people/data/title-modifiers.js';
import { compilePeopleLexicon, peopleLexicon, WordClass, type PeopleLexicon } from '../src/people/lexicon.js';
import { classifyNameWords } from '../src/people/name-words.js';
import { foldKey } from '../src/people/text-key.js';
import { buildWords } from '../src/people/words.js';
import { scanWords } from '../src/text/words.js';
import { tokenize } from './people-support.js';

/** The tables a bit of `wordClass` stands for, read the slow way. */
function tablesOf(lex: PeopleLexicon): Record<keyof typeof WordClass, (key: string) => boolean> {
  const particles = new Set(NAME_PARTICLES.map((row) => foldKey(row.particle)));
  const modifiers = new Set(TITLE_MODIFIERS.map((row) => foldKey(row.word)));
  return {
    NON_NAME: (k) => lex.nonName.has(k),
    PARTICLE: (k) => particles.has(k),
    TITLE_OR_MODIFIER: (k) => lex.titles.has(k) || modifiers.has(k),
    HONORIFIC: (k) => lex.honorifics.has(k),
    CUE: (k) => lex.cues.has(k),
    OF: (k) => k === 'of',
    AND: (k) => k === 'and',
    // Punctuation and possessives are classified without the map.
    COMMA: () => false,
    CAPITALISED_POSSESSIVE: () => false,
  };
}

function expectSameAsTables(lex: PeopleLexicon): void {
  const tables = tablesOf(lex);
  const keys = new Set([...lex.wordClass.keys(), ...lex.nonName, ...lex.titles.keys(), ...lex.honorifics.keys(), ...lex.cues.keys()]);
  for (const key of keys) {
    for (const [name, bit] of Object.entries(WordClass)) {
      expect({ key, name, set: ((lex.wordClass.get(key) ?? 0) & bit) !== 0 }).toEqual({ key, name, set: tables[name as keyof typeof WordClass](key) });
    }
  }
}

describe('people lexicon: word classes', () => {
  it('sets each bit exactly for the keys of its table', () => {
    expectSameAsTables(peopleLexicon());
  });

  it('holds a caller\'s title rows too', () => {
    const lex = compilePeopleLexicon([{ title: 'Grand Vizier', beforeName: true, example: 'Grand Vizier Ali Pasha spoke.', person: 'Ali Pasha' }]);
    expect((lex.wordClass.get('grand') ?? 0) & WordClass.TITLE_OR_MODIFIER).toBe(WordClass.TITLE_OR_MODIFIER);
    expectSameAsTables(lex);
  });

  it('classifies the words of a sentence by key and by abbreviation key', () => {
    const { view, tokens } = tokenize("Mr. Modi met von der Leyen's aide, said President Ramaphosa of Kenya and others.");
    const words = buildWords(view, tokens);
    const { wordClass, nameWord } = classifyNameWords(peopleLexicon(), words);
    const byText = Object.fromEntries(words.map((w, i) => [w.text, { cls: wordClass[i], name: nameWord[i] }]));
    // "Mr." is looked up as "mr": an honorific, never a name word.
    expect(byText['Mr.']).toEqual({ cls: WordClass.NON_NAME | WordClass.HONORIFIC, name: 0 });
    expect(byText.Modi).toEqual({ cls: 0, name: 1 });
    expect(byText.of).toEqual({ cls: WordClass.NON_NAME | WordClass.OF, name: 0 });
    expect(byText.and).toEqual({ cls: WordClass.NON_NAME | WordClass.AND, name: 0 });
    expect(byText.von).toEqual({ cls: WordClass.PARTICLE, name: 0 });
    // A possessive word is no particle: "Leyen's" is the name's last word.
    expect(byText.Leyen).toEqual({ cls: WordClass.CAPITALISED_POSSESSIVE, name: 1 });
    const { view: v2, tokens: t2 } = tokenize("The officials' aide met Kenya's minister and the ministers’ envoy.");
    const w2 = buildWords(v2, t2);
    const c2 = classifyNameWords(peopleLexicon(), w2).wordClass;
    expect(w2.filter((_, i) => ((c2[i] ?? 0) & WordClass.CAPITALISED_POSSESSIVE) !== 0).map((w) => w.text)).toEqual(['Kenya']);
    expect((byText.said?.cls ?? 0) & WordClass.CUE).toBe(WordClass.CUE);
    expect((byText.President?.cls ?? 0) & (WordClass.TITLE_OR_MODIFIER | WordClass.NON_NAME)).toBe(WordClass.TITLE_OR_MODIFIER | WordClass.NON_NAME);
    expect(byText[',']).toEqual({ cls: WordClass.COMMA, name: 0 });
    expect(byText['.']).toEqual({ cls: 0, name: 0 });
  });

  it('gives each word its end, abbreviation key and flags', () => {
    const { view, tokens } = tokenize("Mr. Modi's aide met him.\nTalks ended.");
    const words = buildWords(view, tokens);
    expect(words.map((w) => [w.text, w.end - w.start, w.akey, w.punct, w.cap, w.lower, w.possessive, w.sentenceStart, w.breakBefore])).toEqual([
      ['Mr.', 3, 'mr', false, true, true, false, true, true],
      ['Modi', 4, 'modi', false, true, true, true, false, false],
      ['aide', 4, 'aide', false, false, true, false, false, false],
      ['met', 3, 'met', false, false, true, false, false, false],
      ['him', 3, 'him', false, false, true, false, false, false],
      ['.', 1, '.', true, false, false, false, false, false],
      ['Talks', 5, 'talks', false, true, true, false, true, true],
      ['ended', 5, 'ended', false, false, true, false, false, false],
      ['.', 1, '.', true, false, false, false, false, false],
    ]);
    expect(words.filter((w) => w.verb).map((w) => w.text)).toEqual(['met', 'ended']);
  });

  it('keeps the keys of sentence openers that the text also writes in lower case', () => {
    const { view, tokens } = tokenize('Leaders met. The talks ended. Officials said the leaders agreed. Talks go on.');
    const { lowerSeen } = classifyNameWords(peopleLexicon(), buildWords(view, tokens));
    expect([...lowerSeen].sort()).toEqual(['leaders', 'talks', 'the']);
  });

  it('keeps the same opener keys as a look at every lower-case word (the shape filter skips none)', () => {
    const texts = [
      'Leaders met. The talks ended. Officials said the leaders agreed. Talks go on.',
      'Über alles. Él dijo que él vendría. Éclat and éclat. Año nuevo, año viejo. Internationalisation and internationalisation. Pneumonoultramicroscopicsilicovolcanoconiosis is pneumonoultramicroscopicsilicovolcanoconiosis.',
      'Co-operation grew. The co-operation held. 2024 was long. In 2024 they met. Kassym-Jomart Tokayev spoke. Modi\'s aides left; modi\'s fans stayed.',
    ];
    for (const text of texts) {
      const { view, tokens } = tokenize(text);
      const words = buildWords(view, tokens);
      const openers = new Set(words.filter((w) => w.sentenceStart).map((w) => w.key));
      const slow = new Set(words.filter((w) => !w.punct && !w.cap && w.lower && openers.has(w.key)).map((w) => w.key));
      expect([...classifyNameWords(peopleLexicon(), words).lowerSeen].sort()).toEqual([...slow].sort());
    }
    const { view, tokens } = tokenize(texts[1]!);
    expect([...classifyNameWords(peopleLexicon(), buildWords(view, tokens)).lowerSeen].sort()).toEqual(['ano', 'eclat', 'el', 'internationalisation', 'pneumonoultramicroscopicsilicovolcanoconiosis']);
  });

  it('gives the same words with the recognisers\' words shared as without', () => {
    const texts = [
      "Mr. Modi met von der Leyen's aide, said President Ramaphosa of Kenya and others.",
      "The UN's envoy, U.S. Secretary Blinken and Kassym-Jomart Tokayev met in Xi'an; NATO’s chief, Nausėda and al-Sisi said.",
      'BEIJING, June 18, 2025 -- G20 leaders and 2024 delegates met. St. Petersburg hosted the SCO. d\'Ivoire LEADERS\' talks.',
    ];
    const shape = (w: ReturnType<typeof buildWords>[number]) => [w.start, w.end, w.text, w.key, w.akey, w.punct, w.cap, w.lower, w.possessive, w.sentenceStart, w.breakBefore, w.verb, w.hyphen];
    for (const text of texts) {
      const { view, tokens } = tokenize(text);
      expect(buildWords(view, tokens, scanWords(view.text)).map(shape)).toEqual(buildWords(view, tokens).map(shape));
    }
    const { view, tokens } = tokenize(texts[1]!);
    const words = buildWords(view, tokens, scanWords(view.text));
    expect(words.filter((w) => w.hyphen).map((w) => w.text)).toEqual(words.filter((w) => w.text.includes('-')).map((w) => w.text));
    expect(words.filter((w) => w.hyphen).map((w) => w.text)).toEqual(['Kassym-Jomart', 'al-Sisi']);
  });
});
