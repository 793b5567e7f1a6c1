import { describe, expect, it } from 'vitest';
import { extractQuantities, type FoundQuantity } from '@pressfacts/dates-numbers';

function only(text: string): FoundQuantity {
  const found = extractQuantities(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const q = found[0] as FoundQuantity;
  expect(text.slice(q.start, q.end)).toBe(q.text);
  return q;
}

const money = (text: string) => {
  const q = only(text);
  if (q.kind !== 'money') throw new Error(`not money: ${q.kind}`);
  return [q.text, q.value, q.currency, q.upperValue, q.comparator];
};

describe('money', () => {
  it.each([
    ['trade reached $94.8 billion in', '$94.8 billion', 94.8e9, 'USD'],
    ['a US$1.2 trillion economy', 'US$1.2 trillion', 1.2e12, 'USD'],
    ['USD 500 million in loans', 'USD 500 million', 500e6, 'USD'],
    ['a 5 bn euros fund', '5 bn euros', 5e9, 'EUR'],
    ['a €3bn fund', '€3bn', 3e9, 'EUR'],
    ['EUR 2.5 billion', 'EUR 2.5 billion', 2.5e9, 'EUR'],
    ['100 billion yuan of trade', '100 billion yuan', 100e9, 'CNY'],
    ['RMB 20 billion', 'RMB 20 billion', 20e9, 'CNY'],
    ['1.5 trillion yuan', '1.5 trillion yuan', 1.5e12, 'CNY'],
    ['CNY 3 billion', 'CNY 3 billion', 3e9, 'CNY'],
    ['£2.5 billion', '£2.5 billion', 2.5e9, 'GBP'],
    ['a ¥500 million grant', '¥500 million', 500e6, 'JPY'],
    ['a ¥500 million grant, paid in RMB', '¥500 million', 500e6, 'CNY'],
    ['50 million U.S. dollars', '50 million U.S. dollars', 50e6, 'USD'],
    ['50 million US Dollars', '50 million US Dollars', 50e6, 'USD'],
    ['Rs 1,000 crore', 'Rs 1,000 crore', 1e10, 'INR'],
    ['Rs 2 lakh', 'Rs 2 lakh', 2e5, 'INR'],
    ['2 billion rubles', '2 billion rubles', 2e9, 'RUB'],
    ['R5 billion', 'R5 billion', 5e9, 'ZAR'],
    ['five billion dollars', 'five billion dollars', 5e9, 'USD'],
    ['$500k', '$500k', 500e3, 'USD'],
    ['a 3.5 billion-dollar credit line', '3.5 billion-dollar', 3.5e9, 'USD'],
    ['a 40 million-euro grant', '40 million-euro', 40e6, 'EUR'],
  ])('%s', (text, span, value, currency) => {
    expect(money(text)).toEqual([span, value, currency, null, 'eq']);
  });

  it('keeps the exact value (no float drift)', () => {
    expect(money('$94.8 billion')[1]).toBe(94800000000);
    expect(money('$0.067 billion')[1]).toBe(67000000); // 0.067 * 1e9 would be 67000000.00000001
    expect(money('Rs 0.28 crore')[1]).toBe(2800000); // 0.28 * 1e7 would be 2800000.0000000005
  });

  it.each([
    ['$2 billion to $3 billion', '$2 billion to $3 billion', 'money/range'],
    ['$2-3 billion', '$2-3 billion', 'money/symbol-amount'],
    ['$2 to $3 billion', '$2 to $3 billion', 'money/range'],
    ['between $2 billion and $3 billion', '$2 billion and $3 billion', 'money/range'],
    ['2-3 billion yuan', '2-3 billion yuan', 'money/amount-currency-word'],
  ])('range %s', (text, span, rule) => {
    const q = only(text);
    expect(q).toMatchObject({ kind: 'money', text: span, value: 2e9, upperValue: 3e9, provenance: { rule } });
  });

  it('does not join amounts in two currencies or joined by "and" without "between"', () => {
    expect(extractQuantities('$2 billion and $3 billion').map((q) => q.text)).toEqual(['$2 billion', '$3 billion']);
    expect(extractQuantities('$2 billion to €3 billion').map((q) => q.text)).toEqual(['$2 billion', '€3 billion']);
  });

  it('reads a bare ZAR "R" only with a scale, and codes only in capitals', () => {
    expect(extractQuantities('R5 for the road')).toEqual([]);
    expect(extractQuantities('500 million usd').map((q) => q.kind)).toEqual(['cardinal']);
    expect(extractQuantities('they won 3 games').map((q) => q.kind)).toEqual(['cardinal']);
  });
});

describe('percent', () => {
  it.each([
    ['90 percent of respondents', '90 percent', 90, 'percent/number-percent'],
    ['92.4 per cent', '92.4 per cent', 92.4, 'percent/number-percent'],
    ['grew 12%', '12%', 12, 'percent/number-percent'],
    ['five percent', 'five percent', 5, 'percent/number-percent'],
    ['rose 3.5 percentage points', '3.5 percentage points', 3.5, 'percent/percentage-points'],
    ['10-15 percent', '10-15 percent', 10, 'percent/range-lower'],
  ])('%s', (text, span, value, rule) => {
    expect(only(text)).toMatchObject({ kind: 'percent', text: span, value, comparator: 'eq', provenance: { rule } });
  });
});

describe('cardinal', () => {
  it.each([
    ['five Central Asian nations gathered', 'five', 5, 'nations'],
    ['the six countries signed', 'six', 6, 'countries'],
    ['three cooperation centers focusing on', 'three', 3, 'centers'],
    ['twenty-one guns', 'twenty-one', 21, 'guns'],
    ['two dozen ministers', 'two dozen', 24, 'ministers'],
    ['1.2 million people', '1.2 million', 1.2e6, 'people'],
    ['2,000 delegates from', '2,000', 2000, 'delegates'],
    ['2024 participants registered', '2024', 2024, 'participants'],
    ['one country', 'one', 1, 'country'],
    ['a 10-year plan', '10', 10, 'year'],
    ['the top 10, he said', '10', 10, null],
    ['Two years on, the consensus', 'Two', 2, 'years'],
  ])('%s', (text, span, value, unit) => {
    expect(only(text)).toMatchObject({ kind: 'cardinal', text: span, value, unit, comparator: 'eq' });
  });

  it('gives exact spans', () => {
    expect(only('leaders of five Central Asian nations')).toMatchObject({ start: 11, end: 15, text: 'five' });
  });
});

describe('ordinal', () => {
  it.each([
    ['the second edition', 'second', 2, 'ordinal/word'],
    ['the 24th meeting', '24th', 24, 'ordinal/digits-suffix'],
    ['the 18th summit', '18th', 18, 'ordinal/digits-suffix'],
    ['the 1st forum', '1st', 1, 'ordinal/digits-suffix'],
    ['the 22nd forum', '22nd', 22, 'ordinal/digits-suffix'],
    ['the inaugural summit', 'inaugural', 1, 'ordinal/inaugural'],
    ['the first summit', 'first', 1, 'ordinal/word'],
    ['the tenth session', 'tenth', 10, 'ordinal/word'],
    ['the twenty-fifth anniversary', 'twenty-fifth', 25, 'ordinal/word'],
    ['the 30th anniversary', '30th', 30, 'ordinal/digits-suffix'],
  ])('%s', (text, span, value, rule) => {
    expect(only(text)).toMatchObject({ kind: 'ordinal', text: span, value, comparator: 'eq', provenance: { rule } });
  });

  it('does not read a wrong suffix or a fraction', () => {
    expect(extractQuantities('the 2th summit')).toEqual([]);
    expect(extractQuantities('one-third of trade')).toEqual([]);
  });
});

describe('recurrence', () => {
  it.each([
    ['held every two years', 'every two years', 2],
    ['held every 5 years', 'every 5 years', 5],
    ['held every year', 'every year', 1],
    ['the annual meeting', 'annual', 1],
    ['meets annually', 'annually', 1],
    ['a yearly forum', 'yearly', 1],
    ['a biennial forum', 'biennial', 2],
    ['every other year', 'every other year', 2],
    ['every three years', 'every three years', 3],
    ['every six months', 'every six months', 0.5],
  ])('%s', (text, span, everyYears) => {
    expect(only(text)).toMatchObject({ kind: 'recurrence', text: span, everyYears, comparator: 'eq' });
  });
});

describe('comparators', () => {
  it.each([
    ['investment exceeding $30 billion', '$30 billion', 'gt'],
    ['nearly 40 percent', '40 percent', 'approx'],
    ['more than 100 countries', '100', 'gt'],
    ['over 2,000 delegates', '2,000', 'gt'],
    ['at least 20 countries', '20', 'gte'],
    ['100 countries or more', '100', 'gte'],
    ['100+ countries', '100', 'gte'],
    ['less than 5 percent', '5 percent', 'lt'],
    ['up to $3 billion', '$3 billion', 'lte'],
    ['5 percent or less', '5 percent', 'lte'],
    ['About 500 people', '500', 'approx'],
    ['some 300 delegates', '300', 'approx'],
    ['an estimated $2 billion', '$2 billion', 'approx'],
    ['a record $94.8 billion', '$94.8 billion', 'eq'],
    ['moreover 5 people', '5', 'eq'],
  ])('%s', (text, span, comparator) => {
    expect(only(text)).toMatchObject({ text: span, comparator });
  });
});

describe('things that are not quantities', () => {
  it.each([
    'the G20 leaders',
    'BRICS+ members',
    'the COVID-19 pandemic',
    'UN Security Council Resolution 2231',
    'under Article 5 of the treaty',
    'the 2+2 dialogue',
    'ranked No. 1 in',
    'call +1 (212) 555-0100 today',
    'tel. +86 10 6512 3456',
    'at 10:30 the talks began',
    'at 10 a.m. sharp',
    '5G networks',
    'the C919 jet',
    'one of the most',
    'one that respects independence',
    'SDG 4 on education',
    '1. Trade\n2. Energy',
    '',
    ' \t\n',
  ])('%j', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it('skips given ranges (date spans)', () => {
    expect(extractQuantities('on June 18, 2025 about 5 people', { skip: [{ start: 3, end: 16 }] }).map((q) => q.text)).toEqual(['5']);
  });

  it('filters by kind', () => {
    expect(extractQuantities('the second of five $3 billion deals', { kinds: ['money'] }).map((q) => q.text)).toEqual(['$3 billion']);
  });
});
