import { describe, expect, it } from 'vitest';
import {
  createDoc,
  createPipeline,
  isHonestSpan,
  PipelineError,
  segmentFromView,
  type Doc,
  type Quantity,
} from '@pressfacts/document';
import { createDateExtractor, createNumberExtractor } from '@pressfacts/dates-numbers';
import { droppingView, GOLDEN, testDoc } from './helpers.js';

const run = (doc: Doc): Doc =>
  createPipeline([createDateExtractor(), createNumberExtractor()], { initial: ['view', 'header', 'sentences'] }).run(doc);

const GOLDEN_HEADER = {
  dateHeader: { line: 'date 2025-06-18', date: '2025-06-18' },
  dateline: { line: 'BEIJING, June 18, 2025 (GLOBE NEWSWIRE) --', dateText: 'June 18, 2025' },
};

describe('the golden article', () => {
  const doc = run(testDoc(GOLDEN, GOLDEN_HEADER));

  it('has the document date of its date header and no diagnostics', () => {
    expect(doc.layers.documentDate).toEqual({ date: '2025-06-18', source: 'header' });
    expect(doc.diagnostics).toEqual([]);
  });

  it('finds its dates: the header, the dateline, "on Tuesday" three times and the years', () => {
    const dates = doc.layers.dates ?? [];
    expect(dates.map((d) => [d.text, d.value, d.endValue, d.precision, d.relative])).toEqual([
      ['2025-06-18', '2025-06-18', null, 'day', false],
      ['June 18, 2025', '2025-06-18', null, 'day', false],
      ['Tuesday', '2025-06-17', null, 'day', true],
      ['Tuesday', '2025-06-17', null, 'day', true],
      ['2020', '2020', null, 'year', false],
      ['2022', '2022', null, 'year', false],
      ['2023', '2023', null, 'year', false],
      ['2013', '2013', null, 'year', false],
      ['2024', '2024', null, 'year', false],
      ['Tuesday', '2025-06-17', null, 'day', true],
    ]);
    const tuesdays = dates.filter((d) => d.text === 'Tuesday').map((d) => d.start);
    expect(tuesdays).toEqual([
      GOLDEN.indexOf('on Tuesday in Astana') + 3,
      GOLDEN.indexOf('Xi on Tuesday hailed') + 6,
      GOLDEN.indexOf('Xi on Tuesday urged') + 6,
    ]);
    expect(dates.find((d) => d.text === '2024')?.start).toBe(GOLDEN.indexOf('$94.8 billion in 2024') + 17);
    for (const d of dates) expect(isHonestSpan(GOLDEN, d)).toBe(true);
  });

  it('finds its quantities', () => {
    const q = doc.layers.quantities ?? [];
    const brief = (x: Quantity): unknown[] => [
      x.kind,
      x.text,
      x.kind === 'recurrence' ? x.everyYears : x.value,
      x.comparator,
      x.kind === 'money' ? x.currency : x.kind === 'cardinal' ? x.unit : null,
    ];
    expect(q.map(brief)).toEqual([
      ['ordinal', 'second', 2, 'eq', null],
      ['cardinal', 'five', 5, 'eq', 'nations'],
      ['ordinal', 'first', 1, 'eq', null],
      ['cardinal', 'five', 5, 'eq', 'nations'],
      ['ordinal', 'second', 2, 'eq', null],
      ['cardinal', 'six', 6, 'eq', 'countries'],
      ['ordinal', '30th', 30, 'eq', null],
      ['ordinal', 'inaugural', 1, 'eq', null],
      ['recurrence', 'every two years', 2, 'eq', null],
      ['cardinal', 'Two', 2, 'eq', 'years'],
      ['ordinal', 'first', 1, 'eq', null],
      ['percent', '90 percent', 90, 'eq', null],
      ['cardinal', 'five', 5, 'eq', 'countries'],
      ['ordinal', 'first', 1, 'eq', null],
      ['money', '$94.8 billion', 94.8e9, 'eq', 'USD'],
      ['money', '$30 billion', 30e9, 'gt', 'USD'],
      ['percent', '92.4 percent', 92.4, 'eq', null],
      ['cardinal', 'three', 3, 'eq', 'centers'],
    ]);
    const trade = q.find((x) => x.text === '$94.8 billion');
    expect(trade).toMatchObject({
      start: GOLDEN.indexOf('$94.8 billion'),
      end: GOLDEN.indexOf('$94.8 billion') + 13,
      upperValue: null,
      provenance: { rule: 'money/symbol-amount', confidence: 0.95 },
    });
    expect(q.find((x) => x.text === 'every two years')?.start).toBe(GOLDEN.indexOf('every two years'));
    expect(q.find((x) => x.text === 'six')?.start).toBe(GOLDEN.indexOf('six countries'));
    expect(q.find((x) => x.text === 'three')?.start).toBe(GOLDEN.indexOf('three cooperation centers'));
    expect(q.find((x) => x.text === '30th')?.start).toBe(GOLDEN.indexOf('30th anniversary'));
    for (const x of q) expect(isHonestSpan(GOLDEN, x)).toBe(true);
  });
});

describe('the dates stage: document date', () => {
  const body = 'Leaders met on Tuesday in Astana.';

  it('comes from the dateline when there is no date header', () => {
    const doc = run(testDoc(`ASTANA, June 18, 2025 (Xinhua) -- ${body}`, { dateline: { line: 'ASTANA, June 18, 2025 (Xinhua) --', dateText: 'June 18, 2025' } }));
    expect(doc.layers.documentDate).toEqual({ date: '2025-06-18', source: 'dateline' });
    expect(doc.layers.dates?.find((d) => d.text === 'Tuesday')?.value).toBe('2025-06-17');
  });

  it('a year-less dateline date takes the reference date\'s year', () => {
    const doc = run(
      testDoc(`ASTANA, July 4 (Xinhua) -- ${body}`, {
        dateline: { line: 'ASTANA, July 4 (Xinhua) --', dateText: 'July 4' },
        referenceDate: '2024-01-01',
      }),
    );
    expect(doc.layers.documentDate).toEqual({ date: '2024-07-04', source: 'dateline' });
    expect(doc.layers.dates?.map((d) => [d.text, d.value])).toEqual([
      ['July 4', '2024-07-04'],
      ['Tuesday', '2024-07-02'],
    ]);
  });

  it('a year-less dateline date without a reference date stays unresolved, and says so', () => {
    const text = `ASTANA, July 4 (Xinhua) -- ${body}`;
    const doc = run(testDoc(text, { dateline: { line: 'ASTANA, July 4 (Xinhua) --', dateText: 'July 4' } }));
    expect(doc.layers.documentDate).toBeNull();
    expect(doc.layers.dates?.map((d) => [d.text, d.value])).toEqual([
      ['July 4', null],
      ['Tuesday', null],
    ]);
    expect(doc.diagnostics.map((d) => [d.level, d.code, d.span?.text, d.source])).toEqual([
      ['info', 'unresolved-dateline-date', 'July 4', 'dates'],
      ['warning', 'unresolved-relative-date', 'July 4', 'dates'],
      ['warning', 'unresolved-relative-date', 'Tuesday', 'dates'],
    ]);
    const tuesday = doc.diagnostics[2]?.span;
    expect(tuesday).toEqual({ start: text.indexOf('Tuesday'), end: text.indexOf('Tuesday') + 7, text: 'Tuesday' });
  });

  it('falls back to the caller\'s reference date', () => {
    const doc = run(testDoc(body, { referenceDate: '2025-06-18' }));
    expect(doc.layers.documentDate).toEqual({ date: '2025-06-18', source: 'reference' });
    expect(doc.layers.dates?.map((d) => d.value)).toEqual(['2025-06-17']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('prefers the date header over the dateline and the reference date', () => {
    const doc = run(
      testDoc(`date 2025-06-20\nASTANA, June 18, 2025 -- ${body}`, {
        dateHeader: { line: 'date 2025-06-20', date: '2025-06-20' },
        dateline: { line: 'ASTANA, June 18, 2025 --', dateText: 'June 18, 2025' },
        referenceDate: '2020-01-01',
      }),
    );
    expect(doc.layers.documentDate).toEqual({ date: '2025-06-20', source: 'header' });
  });

  it('reports an invalid reference date and an unreadable dateline date', () => {
    const doc = run(testDoc(`ASTANA, Someday -- ${body}`, { dateline: { line: 'ASTANA, Someday --', dateText: 'Someday' }, referenceDate: '18/06/2025' }));
    expect(doc.layers.documentDate).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['invalid-reference-date', 'unparsed-dateline-date', 'unresolved-relative-date']);
  });

  it('without any date, relative mentions are null and each gets a warning with its span', () => {
    const doc = run(testDoc('Trade grew last year. Leaders met on Tuesday. In 2020, China proposed it.'));
    expect(doc.layers.documentDate).toBeNull();
    expect(doc.layers.dates?.map((d) => [d.text, d.value])).toEqual([
      ['last year', null],
      ['Tuesday', null],
      ['2020', '2020'],
    ]);
    expect(doc.diagnostics.map((d) => [d.level, d.code, d.span?.text])).toEqual([
      ['warning', 'unresolved-relative-date', 'last year'],
      ['warning', 'unresolved-relative-date', 'Tuesday'],
    ]);
  });
});

describe('the stages over a normalised view', () => {
  it('map normalised offsets back to the raw input', () => {
    const raw = 'On\u200b Tuesday\u200b, trade hit $94.8\u200b billion, up 12% in 2024.';
    const view = droppingView(raw);
    const base = createDoc(raw, { referenceDate: '2025-06-18' });
    const doc = run({
      ...base,
      layers: {
        view,
        header: { dateHeader: null, headline: null, dateline: null, bodyStart: 0 },
        sentences: [{ ...segmentFromView(view, 0, view.text.length), index: 0, paragraph: 0 }],
      },
    });
    expect(view.text).toBe('On Tuesday, trade hit $94.8 billion, up 12% in 2024.');
    expect(doc.layers.dates?.map((d) => [d.text, d.value, d.norm.start, d.start])).toEqual([
      ['Tuesday', '2025-06-17', 3, 4],
      ['2024', '2024', 47, 50],
    ]);
    expect(doc.layers.quantities?.map((q) => q.text)).toEqual(['$94.8\u200b billion', '12%']);
    for (const s of [...(doc.layers.dates ?? []), ...(doc.layers.quantities ?? [])]) expect(isHonestSpan(raw, s)).toBe(true);
  });

  it('declare what they need, checked when the pipeline is built', () => {
    expect(() => createPipeline([createDateExtractor()])).toThrowError(PipelineError);
    expect(() => createPipeline([createNumberExtractor()], { initial: ['view', 'sentences'] })).toThrowError(/requires layer "dates"/);
    expect(createDateExtractor()).toMatchObject({ name: 'dates', requires: ['view', 'header', 'sentences'], provides: ['documentDate', 'dates'] });
    expect(createNumberExtractor()).toMatchObject({ name: 'numbers', requires: ['view', 'sentences', 'dates'], provides: ['quantities'] });
  });

  it('the number stage skips numbers inside dates', () => {
    const doc = run(testDoc('On June 18, 2025, 40 leaders met; in 2024 trade grew 5%.'));
    expect(doc.layers.quantities?.map((q) => q.text)).toEqual(['40', '5%']);
  });

  it('options narrow the year range and the quantity kinds', () => {
    const doc = createPipeline([createDateExtractor({ minYear: 2000, maxYear: 2030 }), createNumberExtractor({ kinds: ['percent'] })], {
      initial: ['view', 'header', 'sentences'],
    }).run(testDoc('in 1995 and in 2020, 5 leaders, 12% growth'));
    expect(doc.layers.dates?.map((d) => d.text)).toEqual(['2020']);
    expect(doc.layers.quantities?.map((q) => q.text)).toEqual(['12%']);
  });
});
