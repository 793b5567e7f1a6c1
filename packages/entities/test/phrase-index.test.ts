import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWordHash, buildFirstWords, buildPhraseIndex, hasWordHash, matchPhrases, plainFirstWordHash, startFlags, type PhraseIndex } from '../src/text/phrase-index.js';
import { scanWords } from '../src/text/words.js';
import { compileVocabularies } from '../src/vocabularies.js';

const texts = (text: string, index: PhraseIndex<string>): string[] => matchPhrases(scanWords(text), index).map((m) => `${text.slice(m.start, m.end)}=${m.value}`);

/** The same index without the later-word shortcut: every word may continue a key. */
function withoutShortcut<T>(index: PhraseIndex<T>): PhraseIndex<T> {
  return { ...index, laterWords: { has: () => true } as unknown as ReadonlySet<string> };
}

describe('matchPhrases', () => {
  const index = buildPhraseIndex<string>([
    ['South Africa', 'ZA'],
    ['Korea, South', 'KR'],
    ['Guinea-Bissau', 'GW'],
    ['Rio de Janeiro', 'rio'],
    ['Arab world', 'arab'],
    ['Africa', 'africa'],
    ['SADC', 'sadc'],
  ]);

  it('flags the words where a name of the index may start', () => {
    const first = buildFirstWords([index]);
    const words = scanWords('South Korea, Guinea, Rio, Arab, Africa and the Summit');
    expect([...startFlags(words, first, 1)]).toEqual([1, 0, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('knows the words that follow another in a key', () => {
    expect([...index.laterWords].sort()).toEqual(['africa', 'bissau', 'de', 'janeiro', 'south', 'world']);
  });

  it('reads names across spaces and hyphens, with a possessive left out', () => {
    expect(texts("South Africa's envoy met them in Rio de Janeiro and Guinea-Bissau.", index)).toEqual([
      'South Africa=ZA', 'Rio de Janeiro=rio', 'Guinea-Bissau=GW',
    ]);
    expect(texts('across the Arab world and South Sudan', index)).toEqual(['Arab world=arab']);
    expect(texts("SADC's summit, not Sadc or SADCC", index)).toEqual(['SADC=sadc']);
  });

  it('stops at a word that follows no key word, as the full lookup does', () => {
    expect(texts('South Korea and Rio Grande met Africa Day', index)).toEqual(['Africa=africa']);
  });

  it('finds the same matches as without the shortcut, over every fixture', () => {
    const vocab = compileVocabularies();
    const root = join(import.meta.dirname, '../../../fixtures');
    const dirs = [root, join(root, 'tune')];
    const inputs = dirs.flatMap((dir) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'input.txt')))
        .map((d) => readFileSync(join(dir, d.name, 'input.txt'), 'utf8')),
    );
    expect(inputs.length).toBeGreaterThan(10);
    for (const index of [vocab.places, vocab.organizations] as PhraseIndex<unknown>[]) {
      const plain = withoutShortcut(index);
      for (const text of inputs) {
        const words = scanWords(text);
        expect(matchPhrases(words, index)).toEqual(matchPhrases(words, plain));
      }
    }
  });
});

describe('plainFirstWordHash', () => {
  it('hashes the lower-case first word of a plain name, in place', () => {
    const table = new Uint32Array(2048);
    addWordHash(table, 'south');
    for (const text of ['South Africa', 'SOUTH', 'south-west Asia', 'South Sudan 2']) expect(hasWordHash(table, plainFirstWordHash(text)), text).toBe(true);
    expect(plainFirstWordHash('South Africa')).toBe(plainFirstWordHash('south'));
    expect(plainFirstWordHash('Southern Africa')).not.toBe(plainFirstWordHash('south'));
  });

  it('gives -1 for a text whose key is not its lower case', () => {
    for (const text of ["Cote d'Ivoire", 'Nausėda', 'South  Africa', '-South', 'South-', ' South', 'U.S.', '']) expect(plainFirstWordHash(text), text).toBe(-1);
  });
});
