import { describe, expect, it } from 'vitest';
import { compareDates, compareField, compareNames, compareNameSets, compareNumbers, comparePersons, compareSpans, compareTexts } from '../src/comparators.js';
import { initials, normalizeName, tokenJaccard } from '../src/normalize.js';

const settings = { numberTolerance: 0.005 };

describe('normalizeName', () => {
  it('folds case, diacritics, punctuation and a leading "the"', () => {
    expect(normalizeName('The Treaty of Good-Neighborliness')).toBe('treaty of good neighborliness');
    expect(normalizeName('Gitanas Nausėda')).toBe('gitanas nauseda');
    expect(normalizeName('  São Paulo!! ')).toBe('sao paulo');
    expect(normalizeName("Xi'an")).toBe('xi an');
  });
  it('keeps "the" inside a name', () => {
    expect(normalizeName('Council of the European Union')).toBe('council of the european union');
    expect(normalizeName('Theodore Roosevelt')).toBe('theodore roosevelt');
  });
  it('computes initials without function words', () => {
    expect(initials('Shanghai Cooperation Organization')).toBe('sco');
    expect(initials('Forum on China-Africa Cooperation')).toBe('fcac');
  });
  it('token Jaccard', () => {
    expect(tokenJaccard('record trade in 2024', 'trade in 2024')).toBe(0.75);
    expect(tokenJaccard('', '')).toBe(1);
    expect(tokenJaccard('a b', 'c d')).toBe(0);
  });
});

describe('compareNames', () => {
  it('is correct for the same name written differently', () => {
    expect(compareNames('the Élysée Palace', 'ELYSEE PALACE')).toBe('correct');
    expect(compareNames('Treaty of Permanent Good-Neighborliness', 'treaty of permanent good neighborliness')).toBe('correct');
  });
  it('is partial for a shorter form or an acronym', () => {
    expect(compareNames('Treaty of Permanent Good-Neighborliness and Friendly Cooperation', 'Treaty of Permanent Good-Neighborliness')).toBe('partial');
    expect(compareNames('Shanghai Cooperation Organization', 'SCO')).toBe('partial');
    expect(compareNames('SCO', 'Shanghai Cooperation Organization')).toBe('partial');
  });
  it('is incorrect for different names that share words', () => {
    expect(compareNames('South Korea', 'North Korea')).toBe('incorrect');
    expect(compareNames('United States', 'United Kingdom')).toBe('incorrect');
    expect(compareNames('Republic of Korea', 'Republic of China')).toBe('incorrect');
    expect(compareNames('X', 'Xavier')).toBe('incorrect');
  });
});

describe('comparePersons', () => {
  it('same person with a shorter name is partial', () => {
    expect(comparePersons('Xi Jinping', 'Xi')).toBe('partial');
    expect(comparePersons('Luiz Inácio Lula da Silva', 'Lula da Silva')).toBe('partial');
    expect(comparePersons('Ursula von der Leyen', 'von der Leyen')).toBe('partial');
  });
  it('ignores case and diacritics', () => {
    expect(comparePersons('Gitanas Nausėda', 'gitanas nauseda')).toBe('correct');
  });
  it('different people are incorrect', () => {
    expect(comparePersons('Xi Jinping', 'Li Qiang')).toBe('incorrect');
    expect(comparePersons('Narendra Modi', 'Narendra')).toBe('partial');
    expect(comparePersons('Mohammed bin Salman', 'Mohammed bin Zayed')).toBe('incorrect');
  });
});

describe('compareNumbers', () => {
  it('a number off by rounding is correct', () => {
    expect(compareNumbers(94.8e9, 94.75e9, 0.005)).toBe('correct');
    expect(compareNumbers(92.4, 92.4, 0.005)).toBe('correct');
    expect(compareNumbers(0, 0, 0.005)).toBe('correct');
  });
  it('a different number is incorrect', () => {
    expect(compareNumbers(94.8e9, 94e9, 0.005)).toBe('incorrect');
    expect(compareNumbers(90, 92.4, 0.005)).toBe('incorrect');
    expect(compareNumbers(30e9, 30e6, 0.005)).toBe('incorrect');
  });
});

describe('compareDates', () => {
  it('a date at a coarser precision is partial', () => {
    expect(compareDates('2025-06-17', '2025-06')).toBe('partial');
    expect(compareDates('2025', '2025-06-17')).toBe('partial');
  });
  it('equal is correct, different incorrect', () => {
    expect(compareDates('2025-06-17', '2025-06-17')).toBe('correct');
    expect(compareDates('2025-06-17', '2025-06-18')).toBe('incorrect');
    expect(compareDates('2025-06', '2025-07-01')).toBe('incorrect');
    expect(compareDates('2025-1', '2025-10')).toBe('incorrect');
  });
});

describe('compareTexts', () => {
  it('uses Jaccard thresholds 0.8 and 0.4', () => {
    expect(compareTexts('It is a milestone for today', 'it is a milestone for today,')).toBe('correct');
    // 4 shared of 5 = 0.8
    expect(compareTexts('a b c d e', 'a b c d')).toBe('correct');
    // 3 shared of 5 = 0.6
    expect(compareTexts('a b c d e', 'a b c')).toBe('partial');
    // 2 shared of 5 = 0.4
    expect(compareTexts('a b c d e', 'a b')).toBe('partial');
    // 1 shared of 5 = 0.2
    expect(compareTexts('a b c d e', 'a')).toBe('incorrect');
  });
});

describe('compareNameSets and compareSpans', () => {
  it('sets of names', () => {
    expect(compareNameSets(['China', 'Kazakhstan'], ['kazakhstan', 'China'])).toBe('correct');
    expect(compareNameSets(['China', 'Kazakhstan'], ['China'])).toBe('partial');
    expect(compareNameSets(['China'], ['Russia'])).toBe('incorrect');
  });
  it('spans by overlap', () => {
    expect(compareSpans([{ start: 0, end: 5 }], [{ start: 0, end: 5 }])).toBe('correct');
    expect(compareSpans([{ start: 0, end: 5 }], [{ start: 3, end: 9 }])).toBe('partial');
    expect(compareSpans([{ start: 0, end: 5 }, { start: 10, end: 12 }], [{ start: 0, end: 5 }])).toBe('partial');
    expect(compareSpans([{ start: 0, end: 5 }], [{ start: 5, end: 9 }])).toBe('incorrect');
  });
});

describe('compareField', () => {
  it('missing, spurious, not annotated', () => {
    expect(compareField('name', 'Astana', null, settings)).toBe('missing');
    expect(compareField('name', null, 'Astana', settings)).toBe('spurious');
    expect(compareField('names', ['China'], [], settings)).toBe('missing');
    expect(compareField('name', null, null, settings)).toBe('correct');
    expect(compareField('name', undefined, 'Astana', settings)).toBeNull();
  });
});
