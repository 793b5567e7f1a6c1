import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWordHash, buildFirstWords, buildPhraseIndex, computePhraseKey, hasWordHash, MAY_BE_EXACT, matchPhrases, plainFirstWordHash, phraseKey, startFlags, type PhraseIndex } from '../src/text/phrase-index.js';
import { addKey, type PhraseTrie, type TrieNode } from '../src/text/phrase-trie.js';
import { joinsName, NAME_CONNECTORS, scanWords, type Word } from '../src/text/words.js';
import { compileVocabularies } from '../src/vocabularies.js';

const texts = (text: string, index: PhraseIndex<string>): string[] => matchPhrases(scanWords(text), index).map((m) => `${text.slice(m.start, m.end)}=${m.value}`);

/** The reference the key tree is checked against: every key prefix that ends at a word boundary (before " " or "-", not after a comma), with its entry or null. */
function keyPrefixes<T>(entries: ReadonlyMap<string, T>): Map<string, T | null> {
  const prefixKeys = new Set<string>();
  for (const key of entries.keys()) {
    for (let k = 1; k < key.length; k++) {
      const c = key.charCodeAt(k);
      if ((c === 32 || c === 45) && key.charCodeAt(k - 1) !== 44) prefixKeys.add(key.slice(0, k));
    }
    prefixKeys.add(key);
  }
  const prefixes = new Map<string, T | null>();
  for (const key of prefixKeys) prefixes.set(key, entries.get(key) ?? null);
  return prefixes;
}

/**
 * The string-key scan the key tree replaced: build "south africa" word by word and look each
 * prefix up in the key prefixes (bare forms in `entries`). Every match must be the same.
 */
function referenceMatches<T>(words: readonly Word[], index: PhraseIndex<T>, prefixes: ReadonlyMap<string, T | null>): { from: number; to: number; start: number; end: number; value: T }[] {
  const out: { from: number; to: number; start: number; end: number; value: T }[] = [];
  for (let i = 0; i < words.length; ) {
    const first = words[i]!;
    let best: { from: number; to: number; start: number; end: number; value: T } | null = null;
    const exact = /^[a-z]/.test(first.bare) || /^.[a-z]/.test(first.bare) ? undefined : index.exact.get(first.bare);
    if (exact !== undefined) best = { from: i, to: i + 1, start: first.start, end: first.start + first.bare.length, value: exact };
    let key = '';
    for (let j = i; j < Math.min(words.length, i + index.maxWords); j++) {
      const w = words[j]!;
      if (j > i) {
        const sep = joinsName(w.gap) ?? (w.gap === ', ' ? ', ' : null);
        if (sep === null) break;
        key += sep;
      }
      const lowerInData = !w.cap && j > i && index.lowerWords.has(w.fold);
      if (!w.cap && !NAME_CONNECTORS.has(w.fold) && !lowerInData && !(j === i && index.lowerFirstWords.has(w.fold))) break;
      if (w.bare !== w.text && w.cap) {
        const hit = index.entries.get(key + w.bareFold);
        if (hit !== undefined) best = { from: i, to: j + 1, start: first.start, end: w.start + w.bare.length, value: hit };
      }
      key += w.fold;
      const step = prefixes.get(key);
      if (step === undefined) break;
      if (step !== null && (w.cap || lowerInData)) best = { from: i, to: j + 1, start: first.start, end: w.end, value: step };
    }
    if (best === null) i++;
    else {
      out.push(best);
      i = best.to;
    }
  }
  return out;
}

/** The keys of the present nodes of a key tree, with their values. */
function treeKeys<T>(trie: PhraseTrie<T>): Map<string, T | null> {
  const out = new Map<string, T | null>();
  const visit = (children: ReadonlyMap<string, TrieNode<T>> | null, prefix: string): void => {
    for (const [word, node] of children ?? []) {
      const key = prefix + word;
      if (node.present) out.set(key, node.value);
      visit(node.space, `${key} `);
      visit(node.hyphen, `${key}-`);
      visit(node.comma, `${key}, `);
    }
  };
  visit(trie, '');
  return out;
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
    expect([...startFlags(words, first, 1).starts]).toEqual([1, 0, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('flags the words that may be an exact form, whatever the index', () => {
    const first = buildFirstWords([index]);
    const words = scanWords('SADC and the US met in Sadc, G20 and 2024');
    expect([...startFlags(words, first, 1).starts]).toEqual([MAY_BE_EXACT, 0, 0, MAY_BE_EXACT, 0, 0, 0, MAY_BE_EXACT, 0, MAY_BE_EXACT]);
    expect(texts('SADC and the US met in Sadc, G20 and 2024', index)).toEqual(['SADC=sadc']);
  });

  it('reads the exact-form flag of a possessive as of the word without it', () => {
    const first = buildFirstWords([index]);
    const words = scanWords("A's a's US's Us's G20's AU' Ab's aB's X’s x’s");
    const byBare = words.map((w) => (/^[a-z]|^.[a-z]/.test(w.bare) ? 0 : MAY_BE_EXACT));
    expect(byBare).toEqual([MAY_BE_EXACT, 0, MAY_BE_EXACT, 0, MAY_BE_EXACT, MAY_BE_EXACT, 0, 0, MAY_BE_EXACT, 0]);
    expect([...startFlags(words, first, 1).starts].map((f) => f & MAY_BE_EXACT)).toEqual(byBare);
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

  it('walks the key tree: a key that is no prefix stops the scan ("Alpha Beta" before "Alpha Beta, Gamma")', () => {
    expect(index.trie.get('south')?.space?.get('africa')?.value).toBe('ZA');
    expect(index.trie.get('guinea')?.hyphen?.get('bissau')?.value).toBe('GW');
    expect(index.trie.get('korea')?.comma?.get('south')?.value).toBe('KR');
    expect(index.trie.get('rio')?.space?.get('de')).toMatchObject({ present: true, value: null });
    const alone = buildPhraseIndex<string>([['Alpha Beta, Gamma', 'ABG']]);
    expect(alone.trie.get('alpha')?.space?.get('beta')).toMatchObject({ present: false, value: null });
    expect(texts('Alpha Beta, Gamma met', alone)).toEqual([]);
    const withPrefix = buildPhraseIndex<string>([['Alpha Beta, Gamma', 'ABG'], ['Alpha Beta', 'AB']]);
    expect(texts('Alpha Beta, Gamma met', withPrefix)).toEqual(['Alpha Beta, Gamma=ABG']);
  });

  it('splits keys at ", ", " " and "-" only (a comma before no space stays in its word)', () => {
    const trie = new Map<string, TrieNode<number>>();
    addKey(trie, 'a, b').value = 1;
    addKey(trie, 'a,b c').value = 2;
    addKey(trie, 'x-y z').value = 3;
    expect(trie.get('a')?.comma?.get('b')?.value).toBe(1);
    expect(trie.get('a')?.present).toBe(false);
    expect(trie.get('a,b')?.space?.get('c')?.value).toBe(2);
    expect(trie.get('a,b')).toMatchObject({ present: true, value: null });
    expect(trie.get('x')?.hyphen?.get('y')?.space?.get('z')?.value).toBe(3);
    expect(trie.get('x')?.hyphen?.get('y')).toMatchObject({ present: true, value: null });
    expect([...trie.keys()]).toEqual(['a', 'a,b', 'x']);
  });

  it('keeps the merged value of a key in the key tree', () => {
    const merged = buildPhraseIndex<string>([['Georgia Tech', 'uni'], ['Georgia', 'country'], ['Georgia', 'state']], (a, b) => `${a}+${b}`);
    expect(merged.entries.get('georgia')).toBe('country+state');
    expect(merged.trie.get('georgia')).toMatchObject({ present: true, value: 'country+state' });
    expect(merged.trie.get('georgia')?.space?.get('tech')?.value).toBe('uni');
  });

  it('builds the key tree that holds exactly the key prefixes (derived from the keys as strings), for the built-in tables', () => {
    const vocab = compileVocabularies();
    for (const index of [vocab.places, vocab.organizations] as PhraseIndex<unknown>[]) {
      const present = treeKeys(index.trie);
      const prefixes = keyPrefixes(index.entries);
      expect(present.size).toBe(prefixes.size);
      expect(present.size).toBeGreaterThan(80);
      for (const [key, value] of prefixes) expect(present.get(key), key).toBe(value);
    }
    const places = treeKeys(vocab.places.trie);
    expect(places.get('rio de')).toBeNull();
    expect(places.get('rio de janeiro')).toMatchObject({ cities: [{ name: 'Rio de Janeiro', country: 'BR' }] });
  });

  it('finds the same matches as the string-key scan, over every fixture and in upper case', () => {
    const vocab = compileVocabularies();
    const root = join(import.meta.dirname, '../../../fixtures');
    const dirs = [root, join(root, 'tune')];
    const inputs = dirs.flatMap((dir) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'input.txt')))
        .map((d) => readFileSync(join(dir, d.name, 'input.txt'), 'utf8')),
    );
    expect(inputs.length).toBeGreaterThan(10);
    let matches = 0;
    for (const [k, index] of ([vocab.places, vocab.organizations] as PhraseIndex<unknown>[]).entries()) {
      const prefixes = keyPrefixes(index.entries);
      for (const text of [...inputs, ...inputs.map((t) => t.toUpperCase())]) {
        const words = scanWords(text);
        const found = matchPhrases(words, index);
        expect(found).toEqual(referenceMatches(words, index, prefixes));
        // The scan's way: start flags of both indexes let it skip the words no match starts at.
        expect(matchPhrases(words, index, { flags: startFlags(words, vocab.firstWords, 2).starts, bit: 1 << k })).toEqual(found);
        matches += found.length;
      }
    }
    expect(matches).toBeGreaterThan(500);
  });
});

describe('computePhraseKey', () => {
  it('keys a name as the index reads it: folded words, how many, whether the first is in lower case', () => {
    expect(computePhraseKey('Astana')).toEqual({ key: 'astana', words: 1, lowerFirst: false });
    expect(computePhraseKey('Rio de Janeiro')).toEqual({ key: 'rio de janeiro', words: 3, lowerFirst: false });
    expect(computePhraseKey('Guinea-Bissau')).toEqual({ key: 'guinea-bissau', words: 2, lowerFirst: false });
    expect(computePhraseKey('Sharm el-Sheikh')).toEqual({ key: 'sharm el-sheikh', words: 3, lowerFirst: false });
    expect(computePhraseKey('the Gambia')).toEqual({ key: 'the gambia', words: 2, lowerFirst: true });
    expect(computePhraseKey("Côte d'Ivoire")).toEqual({ key: "cote d'ivoire", words: 2, lowerFirst: false });
    expect(computePhraseKey('Washington, D.C.')).toEqual({ key: 'washington, d.c.', words: 2, lowerFirst: false });
    expect(computePhraseKey('OPEC+')).toBeNull();
  });

  it('is phraseKey without the cache', () => {
    for (const name of ['Rio de Janeiro', "Xi'an", 'South  Africa', 'U.S.', 'OPEC+']) expect(computePhraseKey(name), name).toEqual(phraseKey(name));
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
