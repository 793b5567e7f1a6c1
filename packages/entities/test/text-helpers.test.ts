import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitMap } from '../src/text/bit-map.js';
import { detach, memoize } from '../src/text/memo.js';
import { createCountryIndex } from '../src/countries.js';
import { keyOfName, phraseKey } from '../src/text/phrase-index.js';
import { slugify } from '../src/text/slug.js';
import { endsPossessive, foldWord, scanWords } from '../src/text/words.js';

describe('memoize', () => {
  it('computes once per string, including null results', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => {
      calls.push(s);
      return s === 'none' ? null : s.toUpperCase();
    });
    expect([f('astana'), f('astana'), f('none'), f('none'), f('baku')]).toEqual(['ASTANA', 'ASTANA', null, null, 'BAKU']);
    expect(calls).toEqual(['astana', 'none', 'baku']);
  });

  it('empties the cache at its limit, so memory stays bounded', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => {
      calls.push(s);
      return s.length;
    }, 2);
    for (const s of ['a', 'bb', 'ccc', 'a']) f(s);
    // 'ccc' met a full cache (a, bb) and cleared it, so 'a' is computed again.
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
    expect(f('ccc')).toBe(3);
    expect(calls).toHaveLength(4);
  });
});

describe('endsPossessive', () => {
  const POSSESSIVE = /['\u2019]s?$/;
  it.each(["China's", 'China\u2019s', "Leaders'", 'Leaders\u2019', "NATO'S", 'Xi', "Xi'an", 'class', 's', "'", "a's", ''])('agrees with the regex on %j', (text) => {
    expect(endsPossessive(text)).toBe(POSSESSIVE.test(text));
  });
  it('reads the apostrophe forms', () => {
    expect([endsPossessive("China's"), endsPossessive("Leaders'"), endsPossessive("NATO'S"), endsPossessive('class')]).toEqual([true, true, false, false]);
  });
});

describe('detach', () => {
  it('returns an equal string, short or long', () => {
    const doc = `${'x'.repeat(100)}Kassym-Jomart Tokayev, President of Kazakhstan${'y'.repeat(100)}`;
    const long = doc.slice(100, 146);
    expect(detach(long)).toBe('Kassym-Jomart Tokayev, President of Kazakhstan');
    expect(detach('Astana')).toBe('Astana');
    expect(detach('')).toBe('');
  });

  it('memoize hands back results equal to the function\'s, for slices of a document too', () => {
    const doc = 'Leaders of the Shanghai Cooperation Organisation met in Astana.';
    const lower = memoize((s: string) => s.toLowerCase());
    const slice = doc.slice(15, 48);
    expect(lower(slice)).toBe('shanghai cooperation organisation');
    expect(lower(doc.slice(15, 48))).toBe('shanghai cooperation organisation');
    expect(lower(doc.slice(doc.indexOf('Astana'), doc.indexOf('Astana') + 6))).toBe('astana');
  });
});

describe('scanWords', () => {
  it('folds capitalised words to lower case, with offsets into the text', () => {
    const text = "Leaders met in ASTANA and Xi'an; Nausėda spoke.";
    expect(scanWords(text).map((w) => [w.text, w.fold, text.slice(w.start, w.end)])).toEqual([
      ['Leaders', 'leaders', 'Leaders'],
      ['met', 'met', 'met'],
      ['in', 'in', 'in'],
      ['ASTANA', 'astana', 'ASTANA'],
      ['and', 'and', 'and'],
      ["Xi'an", "xi'an", "Xi'an"],
      ['Nausėda', 'nauseda', 'Nausėda'],
      ['spoke', 'spoke', 'spoke'],
    ]);
  });

  it('folds words right after a letter whose lower case is longer ("İ" becomes two code units)', () => {
    const words = scanWords('İzmir hosted the Turkic Summit in ANKARA');
    expect(words.map((w) => w.fold)).toEqual(['izmir', 'hosted', 'the', 'turkic', 'summit', 'in', 'ankara']);
    expect(words.map((w) => w.bareFold)).toEqual(['izmir', 'hosted', 'the', 'turkic', 'summit', 'in', 'ankara']);
  });
});

describe('scanWords: fields read from the possessive suffix and the flags', () => {
  it('gives bare, bareFold and end of possessives, plain words and non-ASCII words', () => {
    const words = scanWords("China's Leaders' talks. Nausėda's AU’s");
    expect(words.map((w) => [w.text, w.bare, w.bareFold, w.end - w.start, w.initial])).toEqual([
      ["China's", 'China', 'china', 7, true],
      ["Leaders'", 'Leaders', 'leaders', 8, false],
      ['talks', 'talks', 'talks', 5, false],
      ["Nausėda's", 'Nausėda', 'nauseda', 9, true],
      ['AU’s', 'AU', 'au', 4, false],
    ]);
    // A word without a possessive hands back its own strings, not copies.
    const talks = words[2]!;
    expect(talks.bare).toBe(talks.text);
    expect(talks.bareFold).toBe(talks.fold);
  });
});

describe('scanWords: the ASCII fast path', () => {
  // Reference: a word's capitalisation as the Word docs define it, by regex on its text.
  const reference = (t: string): [boolean, boolean] => {
    const letters = [...t].filter((ch) => /\p{L}/u.test(ch));
    const cap = /^[\p{Lu}\p{N}]/u.test(t) || /^.['\u2019]\p{Lu}/u.test(t);
    return [cap, letters.length >= 2 && !letters.some((ch) => /\p{Ll}/u.test(ch))];
  };

  it('gives every word the bits and fold its text has, whatever follows it', () => {
    const text = fc.stringMatching(/^[aZz09 .'\u2019\-é,S\n]{0,24}$/);
    fc.assert(
      fc.property(text, (t) => {
        for (const w of scanWords(t)) {
          expect([w.cap, w.upper], w.text).toEqual(reference(w.text));
          expect(w.asciiCase, w.text).toBe(/[^\x00-\x7f]/.test(w.text) ? -1 : (/[a-z]/.test(w.text) ? 1 : 0) | (/[A-Z]/.test(w.text) ? 2 : 0));
          expect(w.fold, w.text).toBe(foldWord(w.text));
          expect(w.lineBreak, w.text).toBe(w.gap.includes('\n'));
          expect(t.slice(w.start, w.end)).toBe(w.text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves abbreviations, apostrophes and non-ASCII letters to the general path', () => {
    const words = scanWords("U.S. and St. Petersburg, Xi'an's AU Nausėda G20 2025 d'Ivoire");
    expect(words.map((w) => [w.text, w.cap, w.upper])).toEqual([
      ['U.S.', true, true],
      ['and', false, false],
      ['St.', true, false],
      ['Petersburg', true, false],
      ["Xi'an's", true, false],
      ['AU', true, true],
      ['Nausėda', true, false],
      ['G20', true, false],
      ['2025', true, false],
      ["d'Ivoire", true, false],
    ]);
  });
});

describe('plain names skip the caches', () => {
  const names = [...createCountryIndex().forms.keys(), 'Belt and Road Initiative', 'G20', "Xi'an", 'Guinea-Bissau', 'South  Africa', ' China', 'OPEC+', 'Nausėda', 'U.S.', ''];

  it('keyOfName gives the phrase key of every name', () => {
    for (const name of names) expect(keyOfName(name), name).toBe(phraseKey(name)?.key);
  });

  it('slugify gives the folded, hyphenated form of every name', () => {
    for (const name of names) expect(slugify(name), name).toBe(foldWord(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));
    expect(slugify('Belt and Road Initiative')).toBe('belt-and-road-initiative');
  });
});

describe('bitMap', () => {
  it('gives each word the OR of the bits of the rows that hold it', () => {
    const bits = bitMap([
      [['forum'], 4],
      [['summit', 'forum'], 1],
      [new Set(['summit']), 2],
    ]);
    expect([...bits].sort()).toEqual([
      ['forum', 5],
      ['summit', 3],
    ]);
  });
});
