import type { Paragraph } from '@pressfacts/document';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeView } from '../src/normalize/normalize.js';
import { buildSentences } from '../src/sentences/build-sentences.js';
import { readWithoutWink } from '../src/sentences/fallback-tokens.js';
import { ABBREVIATIONS } from '../src/sentences/abbreviations.js';
import { placeTokens, posAt, type PlacedTokens } from '../src/sentences/locate-tokens.js';
import { sentenceStarts } from '../src/sentences/sentence-boundaries.js';
import { expectHonest, texts, tokenize } from './helpers.js';

const sentencesOf = (text: string): string[] => texts(tokenize(text).layers.sentences);
/** The text of each placed token. */
const textsOf = (text: string, tokens: PlacedTokens): string[] =>
  Array.from(tokens.start.subarray(0, tokens.count), (start, i) => text.slice(start, tokens.end[i]));

describe('abbreviations table (every example row)', () => {
  for (const row of ABBREVIATIONS) {
    it(`${row.kind}: ${row.example}`, () => {
      const doc = tokenize(row.example);
      expect(texts(doc.layers.sentences)).toEqual(row.sentences);
      expectHonest(doc);
    });
  }
});

describe('sentences', () => {
  it.each([
    ['The U.S. and China agreed. Talks ended.', ['The U.S. and China agreed.', 'Talks ended.']],
    ['It opens on Dec. 5 and Sept. 9. Mr. Li said so.', ['It opens on Dec. 5 and Sept. 9.', 'Mr. Li said so.']],
    ['Dr. Aliyev met Mr. Ali at No. 10 Downing St. in London.', ['Dr. Aliyev met Mr. Ali at No. 10 Downing St. in London.']],
    ['The talks began Jan. 12, 2024 in Astana.', ['The talks began Jan. 12, 2024 in Astana.']],
    ['J. Smith met John F. Kennedy Jr. and Kassym-Jomart K. Tokayev.', ['J. Smith met John F. Kennedy Jr. and Kassym-Jomart K. Tokayev.']],
    ['Amb. Li and Pres. Ruto met Maj. Gen. Ortiz.', ['Amb. Li and Pres. Ruto met Maj. Gen. Ortiz.']],
    ['See Art. 5 of the Treaty. It binds all.', ['See Art. 5 of the Treaty.', 'It binds all.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('a list item on its own line and the line after a bare clock time start sentences', () => {
    expect(sentencesOf('- Ministers agree on a fund\n- Vote due on Friday\n• Talks resume')).toEqual([
      '- Ministers agree on a fund',
      '- Vote due on Friday',
      '• Talks resume',
    ]);
    expect(sentencesOf('09:45\nLeaders arrived in Apia')).toEqual(['09:45', 'Leaders arrived in Apia']);
    // A hyphen inside a line and a clock time inside a sentence are no boundary.
    expect(sentencesOf('Leaders met in Apia - and agreed on a fund.')).toEqual(['Leaders met in Apia - and agreed on a fund.']);
    expect(sentencesOf('Talks began at 09:45 and ended at noon.')).toEqual(['Talks began at 09:45 and ended at noon.']);
  });

  it('keeps a quote followed by its attribution in one sentence', () => {
    const text = '"It is a milestone for today," Xi said while addressing the summit.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('keeps a quotation of two sentences as two sentences', () => {
    expect(sentencesOf('"We agree on trade. We will act together," Lula said. Others left.')).toEqual([
      '"We agree on trade.',
      'We will act together," Lula said.',
      'Others left.',
    ]);
  });

  it('puts a closing quote with its sentence', () => {
    expect(sentencesOf('He said "yes." She said "no."')).toEqual(['He said "yes."', 'She said "no."']);
  });

  it('joins a question in quotes with a lower-case attribution', () => {
    expect(sentencesOf('"Why not?" he asked. Then he left.')).toEqual(['"Why not?" he asked.', 'Then he left.']);
  });

  it('never crosses a paragraph, even without final punctuation', () => {
    const doc = tokenize('Upholding the Shared Spirit\n\nXi hailed the spirit. It grew.');
    expect(texts(doc.layers.sentences)).toEqual(['Upholding the Shared Spirit', 'Xi hailed the spirit.', 'It grew.']);
    expect(doc.layers.sentences!.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    expect(doc.layers.sentences!.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('joins a hard-wrapped sentence inside a paragraph', () => {
    const doc = tokenize('Leaders of the five countries met in\nAstana on Tuesday. They signed.\n\nNext.');
    expect(texts(doc.layers.sentences)).toEqual(['Leaders of the five countries met in\nAstana on Tuesday.', 'They signed.', 'Next.']);
  });
});

describe('tokens', () => {
  it('have exact offsets, values, kinds, pos and sentence', () => {
    const raw = 'Xi\u2019an hosted 5\u00a0leaders\u2014and $2.5 bn.\r\nThey met.';
    const doc = tokenize(raw);
    const tokens = doc.layers.tokens!;
    expect(tokens.map((t) => [t.text, t.value, t.kind, t.sentence])).toEqual([
      ['Xi\u2019an', "Xi'an", 'word', 0],
      ['hosted', 'hosted', 'word', 0],
      ['5', '5', 'number', 0],
      ['leaders', 'leaders', 'word', 0],
      ['\u2014', '-', 'punctuation', 0],
      ['and', 'and', 'word', 0],
      ['$', '$', 'symbol', 0],
      ['2.5', '2.5', 'number', 0],
      ['bn', 'bn', 'word', 0],
      ['.', '.', 'punctuation', 0],
      ['They', 'They', 'word', 1],
      ['met', 'met', 'word', 1],
      ['.', '.', 'punctuation', 1],
    ]);
    expect(tokens[0]).toMatchObject({ start: 0, end: 5, norm: { start: 0, end: 5 }, pos: 'PROPN' });
    expect(tokens[10]).toMatchObject({ start: raw.indexOf('They'), pos: 'PRON' });
    expect(tokens[11]!.pos).toBe('VERB');
    expectHonest(doc);
  });

  it('mends words wink splits at non-ASCII letters, and keeps abbreviations whole', () => {
    const doc = tokenize('Nausėda met Amb. Ørsted and Pres. Ruto in Zürich.');
    expect(doc.layers.tokens!.map((t) => t.value)).toEqual(['Nausėda', 'met', 'Amb.', 'Ørsted', 'and', 'Pres.', 'Ruto', 'in', 'Zürich', '.']);
    expect(doc.layers.tokens![0]!.kind).toBe('word');
  });

  it('keeps contractions as wink splits them', () => {
    expect(tokenize("They can't stop.").layers.tokens!.map((t) => t.value)).toEqual(['They', 'ca', "n't", 'stop', '.']);
  });

  it('classifies URLs, e-mails, hashtags, emoji and CJK', () => {
    const doc = tokenize('Visit https://example.org or mail info@example.org #SCO2025 \u{1F600} 上海合作组织 峰会.');
    const kinds = Object.fromEntries(doc.layers.tokens!.map((t) => [t.value, t.kind]));
    expect(kinds['https://example.org']).toBe('other');
    expect(kinds['info@example.org']).toBe('other');
    expect(kinds['#SCO2025'] ?? kinds['#']).toBeDefined();
    expect(kinds['\u{1F600}']).toBe('symbol');
    expect(kinds['上海合作组织']).toBe('word');
    expectHonest(doc);
  });
});

describe('sentenceStarts (the repair pass, on tokens as wink might place them)', () => {
  /** Words and single marks as wink's tokens, token `i` in wink sentence `winkSentences[i]`, placed and mended. */
  const place = (text: string, winkSentences: number[]): PlacedTokens => {
    const values = [...text.matchAll(/\p{L}+|\S/gu)].map((m) => m[0]);
    const sentences: [number, number][] = [];
    values.forEach((_, i) => {
      const s = winkSentences[i] ?? 0;
      if (sentences[s] === undefined) sentences[s] = [i, i];
      else sentences[s][1] = i;
    });
    return placeTokens(text, text, { values, pos: values.map(() => 'X'), sentences }).tokens;
  };
  it('moves a closing quote that wink put in the next sentence back to its own', () => {
    const text = '"We agree." He left.';
    expect(sentenceStarts(text, place(text, [0, 0, 0, 0, 1, 1, 1, 1]))).toEqual([0, 5]);
  });

  it('joins when the word after the moved quote is lower case', () => {
    const text = '"We agree." he said.';
    expect(sentenceStarts(text, place(text, [0, 0, 0, 0, 1, 1, 1, 1]))).toEqual([0]);
  });

  it('drops a boundary before glued closing punctuation and after a title', () => {
    const text = 'See Fig. 2). Mr. Li came.';
    // wink: [See Fig.] [2).] [Mr.] [Li came.]
    const tokens = place(text, [0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3]);
    expect(textsOf(text, tokens)).toEqual(['See', 'Fig.', '2', ')', '.', 'Mr.', 'Li', 'came', '.']);
    expect(sentenceStarts(text, tokens)).toEqual([0, 5]);
  });
});

describe('placeTokens (wink tokens placed, mended, and long runs put among them)', () => {
  it('puts each hidden run where it stands, in the wink sentence of the token before it', () => {
    const text = 'AAAA Leaders met. BBBB Then CCCC';
    const runs: [number, number][] = [
      [0, 4],
      [18, 22],
      [28, 32],
    ];
    const winkText = `    ${text.slice(4, 18)}    ${text.slice(22, 28)}    `;
    const wink = { values: ['Leaders', 'met', '.', 'Then'], pos: ['NOUN', 'VERB', 'PUNCT', 'ADV'], sentences: [[0, 2] as const, [3, 3] as const] };
    const { tokens, mismatches } = placeTokens(text, winkText, wink, runs);
    expect(mismatches).toBe(0);
    expect(textsOf(text, tokens)).toEqual(['AAAA', 'Leaders', 'met', '.', 'BBBB', 'Then', 'CCCC']);
    expect(Array.from({ length: tokens.count }, (_, i) => posAt(tokens, i))).toEqual(['X', 'NOUN', 'VERB', 'PUNCT', 'X', 'ADV', 'X']);
    expect(Array.from(tokens.winkSentence.subarray(0, tokens.count))).toEqual([0, 0, 0, 0, 0, 1, 1]);
    // The text wink read is not the text: no token keeps wink's string.
    expect(Array.from(tokens.valueOf.subarray(0, tokens.count))).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  it('joins letters wink cut apart, taking the part of speech of the piece after an X', () => {
    const text = 'Gitanas Nausėda spoke.';
    const wink = { values: ['Gitanas', 'Naus', 'ė', 'da', 'spoke', '.'], pos: ['PROPN', 'X', 'PROPN', 'X', 'VERB', 'PUNCT'], sentences: [[0, 5] as const] };
    const { tokens } = placeTokens(text, text, wink);
    expect(textsOf(text, tokens)).toEqual(['Gitanas', 'Nausėda', 'spoke', '.']);
    expect(Array.from({ length: tokens.count }, (_, i) => posAt(tokens, i))).toEqual(['PROPN', 'PROPN', 'VERB', 'PUNCT']);
    // A joined token no longer reads as one wink string; the others keep theirs.
    expect(Array.from(tokens.valueOf.subarray(0, tokens.count))).toEqual([0, -1, 4, 5]);
  });

  it('counts a token not where wink put it, and drops one not found', () => {
    const text = 'Leaders met.';
    const wink = { values: ['Leaders', 'gone', 'met', '.'], pos: ['NOUN', 'X', 'VERB', 'PUNCT'], sentences: [[0, 3] as const] };
    const { tokens, mismatches } = placeTokens(text, text, wink);
    expect(mismatches).toBe(1);
    expect(textsOf(text, tokens)).toEqual(['Leaders', 'met', '.']);
  });

  it('writes over the arrays of an earlier call it is given, with the same result as new ones', () => {
    const read = (text: string) => placeTokens(text, text, readWithoutWink(text)).tokens;
    const earlier = read('Leaders met in Astana on Friday. They signed ten agreements and a treaty. Talks ended.');
    const later = 'Talks ended. Leaders left.';
    const fresh = read(later);
    const reused = placeTokens(later, later, readWithoutWink(later), [], earlier).tokens;
    expect(reused.start).toBe(earlier.start);
    const used = (t: PlacedTokens) => [
      t.count,
      textsOf(later, t),
      Array.from(t.winkSentence.subarray(0, t.count)),
      Array.from(t.valueOf.subarray(0, t.count)),
      t.kind.slice(0, t.count),
      Array.from({ length: t.count }, (_, i) => posAt(t, i)),
    ];
    expect(used(reused)).toEqual(used(fresh));
    expect(textsOf(later, reused)).toEqual(['Talks', 'ended', '.', 'Leaders', 'left', '.']);
    expect(Array.from(reused.winkSentence.subarray(0, reused.count))).toEqual([0, 0, 0, 1, 1, 1]);
  });
});

describe('buildSentences (tokens cut at the edges of the prose)', () => {
  const paragraph = (index: number) => ({ index }) as Paragraph;

  it('cuts a token that straddles either edge for that paragraph only', () => {
    const view = normalize('Alpha Beta Gamma');
    const { tokens } = buildSentences(view, [], [
      { paragraph: paragraph(0), start: 2, end: 13 },
      { paragraph: paragraph(1), start: 13, end: 16 },
    ]);
    expect(tokens.map((t) => [t.value, t.norm.start, t.norm.end, t.sentence])).toEqual([
      ['pha', 2, 5, 0],
      ['Beta', 6, 10, 0],
      ['Ga', 11, 13, 0],
      ['mma', 13, 16, 1],
    ]);
  });

  it('gives a token the raw text when the normaliser wrote or dropped any of its units', () => {
    const { view, written } = normalizeView('Xi\u2019an met co\u00adop and Astana\u00a0leaders', false);
    const { tokens } = buildSentences(view, written, [{ paragraph: paragraph(0), start: 0, end: view.text.length }]);
    expect(tokens.map((t) => [t.value, t.text])).toEqual([
      ["Xi'an", 'Xi\u2019an'],
      ['met', 'met'],
      ['coop', 'co\u00adop'],
      ['and', 'and'],
      ['Astana', 'Astana'],
      ['leaders', 'leaders'],
    ]);
  });
});

describe('readWithoutWink (the fallback when wink fails)', () => {
  it('gives each sentence its first and last token', () => {
    expect(readWithoutWink('Leaders met. They agreed')).toEqual({
      values: ['Leaders', 'met', '.', 'They', 'agreed'],
      pos: ['X', 'X', 'X', 'X', 'X'],
      sentences: [
        [0, 2],
        [3, 4],
      ],
    });
  });
});
