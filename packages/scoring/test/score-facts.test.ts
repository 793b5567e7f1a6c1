import { validateSummitFacts } from '@pressfacts/schema';
import { describe, expect, it } from 'vitest';
import { scoreFacts } from '../src/index.js';
import { makeFacts, makeHandFacts, span } from './make-facts.js';

const classes = (score: ReturnType<typeof scoreFacts>, type: string) =>
  score.facts.filter((f) => f.factType === type).map((f) => [f.key, f.classification]);

describe('scoreFacts', () => {
  it('the hand-made facts are schema-valid', () => {
    expect(validateSummitFacts(makeFacts()).valid).toBe(true);
  });

  it('identical facts: everything correct, F1 1', () => {
    const score = scoreFacts(makeFacts(), makeFacts());
    expect(score.id).toBe('forum-2025');
    expect(score.facts.every((f) => f.classification === 'correct')).toBe(true);
    expect(score.overall.f1).toBe(1);
    expect(score.types.participants).toMatchObject({ correct: 2, possible: 2, actual: 2, precision: 1, recall: 1, f1: 1 });
    // organizations annotated as none and none found: no facts, F1 undefined
    expect(score.types.organizations).toMatchObject({ possible: 0, actual: 0, f1: null });
    // event: 6 non-null fields; endDate and recurrence are null on both sides; evidence is
    // compared but not counted
    expect(score.types.event?.correct).toBe(6);
    expect(score.facts.filter((f) => f.factType === 'event' && !f.counted).map((f) => f.fields[0]!.field)).toEqual(['evidence']);
  });

  it('same person with a shorter name is partial, and so is the participant naming them', () => {
    const actual = makeFacts();
    actual.people[0]!.name = 'Xi';
    actual.participants[0]!.representative = 'Xi';
    const score = scoreFacts(actual, makeFacts());
    expect(classes(score, 'people')).toEqual([
      ['Xi Jinping', 'partial'],
      ['Kassym-Jomart Tokayev', 'correct'],
    ]);
    expect(classes(score, 'participants')).toEqual([
      ['China', 'partial'],
      ['Kazakhstan', 'correct'],
    ]);
    // SemEval partial scoring: (1 + 0.5) / 2
    expect(score.types.people).toMatchObject({ correct: 1, partial: 1, precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(score.types.people?.fields.name).toMatchObject({ correct: 1, partial: 1 });
  });

  it('a date at a coarser precision is partial', () => {
    const actual = makeFacts();
    actual.event!.startDate = '2025-06';
    const score = scoreFacts(actual, makeFacts());
    const startDate = score.facts.find((f) => f.factType === 'event' && f.fields[0]?.field === 'startDate');
    expect(startDate).toMatchObject({ classification: 'partial', expected: '2025-06-17', actual: '2025-06' });
    expect(score.types.event).toMatchObject({ correct: 5, partial: 1, possible: 6, actual: 6 });
  });

  it('a number off by rounding is correct (tolerant) but a change in strict mode', () => {
    const actual = makeFacts();
    actual.figures[0]!.value = 94.75e9;
    expect(classes(scoreFacts(actual, makeFacts()), 'figures')).toEqual([['94,800,000,000 USD', 'correct']]);
    expect(classes(scoreFacts(actual, makeFacts(), { mode: 'strict' }), 'figures')).toEqual([['94,800,000,000 USD', 'partial']]);
  });

  it('a figure off by more than the tolerance is missing + spurious (value is its key)', () => {
    const actual = makeFacts();
    actual.figures[0]!.value = 94e9;
    const score = scoreFacts(actual, makeFacts());
    expect(classes(score, 'figures')).toEqual([
      ['94,800,000,000 USD', 'missing'],
      ['94,000,000,000 USD', 'spurious'],
    ]);
    expect(score.types.figures).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('a misattributed quote and a wrongly typed place are incorrect', () => {
    const actual = makeFacts();
    actual.quotes[0]!.speaker = 'Kassym-Jomart Tokayev';
    actual.places[1]!.kind = 'region';
    const score = scoreFacts(actual, makeFacts());
    expect(classes(score, 'quotes')).toEqual([['Xi Jinping: "We will open a new chapter"', 'incorrect']]);
    expect(classes(score, 'places')).toEqual([
      ['Beijing (city)', 'correct'],
      ['Astana (city)', 'incorrect'],
      ['Kazakhstan (country)', 'correct'],
    ]);
    expect(score.types.places).toMatchObject({ correct: 2, incorrect: 1, precision: 2 / 3, recall: 2 / 3 });
  });

  it('missing and spurious items, whatever the order', () => {
    const actual = makeFacts();
    actual.participants.reverse();
    actual.participants.pop(); // drops China (now last)
    actual.organizations.push({ name: 'United Nations', acronym: 'UN', evidence: [span('Astana')], provenance: { rule: 'x', confidence: 0.5 } });
    const score = scoreFacts(actual, makeFacts());
    expect(classes(score, 'participants')).toEqual([
      ['China', 'missing'],
      ['Kazakhstan', 'correct'],
    ]);
    expect(classes(score, 'organizations')).toEqual([['United Nations', 'spurious']]);
    expect(score.types.participants).toMatchObject({ precision: 1, recall: 0.5 });
    expect(score.types.organizations).toMatchObject({ spurious: 1, precision: 0, recall: null, f1: 0 });
  });

  it('event fields: missing, spurious, incorrect; a null event makes every field spurious', () => {
    const actual = makeFacts();
    actual.event!.city = null;
    actual.event!.endDate = '2025-06-18';
    actual.event!.host = 'China';
    const score = scoreFacts(actual, makeFacts());
    const byField = Object.fromEntries(score.facts.filter((f) => f.factType === 'event').map((f) => [f.fields[0]!.field, f.classification]));
    expect(byField).toMatchObject({ city: 'missing', endDate: 'spurious', host: 'incorrect', name: 'correct' });

    const noEvent = { ...makeFacts(), event: null };
    const spurious = scoreFacts(makeFacts(), noEvent);
    expect(spurious.types.event).toMatchObject({ spurious: 6, possible: 0 });
  });

  it('a partial evidence span makes a fact partial; span-free expectations ignore spans', () => {
    const actual = makeFacts();
    actual.participants[0]!.evidence = [span('Xi Jinping')];
    expect(classes(scoreFacts(actual, makeFacts()), 'participants')[0]).toEqual(['China', 'partial']);
    expect(scoreFacts(actual, makeFacts(), { compareSpans: false }).types.participants?.f1).toBe(1);
    expect(scoreFacts(actual, makeHandFacts()).types.participants?.f1).toBe(1);
  });

  it('a hand-written subset scores only what it annotates', () => {
    const score = scoreFacts(makeFacts(), makeHandFacts());
    expect(Object.keys(score.types).sort()).toEqual(['document', 'event', 'figures', 'participants']);
    expect(score.overall.f1).toBe(1);
    // document: publisher, wire, dateline place and date (headline null on both sides)
    expect(score.types.document?.correct).toBe(4);
  });

  it('the best alignment, not the first match, pairs items', () => {
    const expected = makeFacts();
    expected.timeline = [
      { date: '2025', description: 'leaders met in Astana', place: 'Astana', evidence: [span('Astana', 1)], provenance: { rule: 't', confidence: 1 } },
      { date: '2025', description: 'signed the Astana Declaration', place: null, evidence: [span('signed the Astana Declaration')], provenance: { rule: 't', confidence: 1 } },
    ];
    const actual = makeFacts();
    actual.timeline = [...expected.timeline].reverse();
    const score = scoreFacts(actual, expected);
    expect(score.facts.filter((f) => f.factType === 'timeline').map((f) => [f.expectedIndex, f.actualIndex, f.classification])).toEqual([
      [0, 1, 'correct'],
      [1, 0, 'correct'],
    ]);
  });

  it('strict mode compares provenance with a confidence tolerance', () => {
    const actual = makeFacts();
    actual.people[0]!.provenance = { rule: 'people/title-name', confidence: 0.86 };
    actual.people[1]!.provenance = { rule: 'people/other', confidence: 0.9 };
    actual.places[0]!.provenance = { rule: 'places/gazetteer', confidence: 0.8 };
    const score = scoreFacts(actual, makeFacts(), { mode: 'strict' });
    expect(classes(score, 'people')).toEqual([
      ['Xi Jinping', 'correct'],
      ['Kassym-Jomart Tokayev', 'partial'],
    ]);
    expect(classes(score, 'places')[0]).toEqual(['Beijing (city)', 'partial']);
    // tolerant mode ignores provenance
    expect(scoreFacts(actual, makeFacts()).overall.f1).toBe(1);
  });

  it('strict mode: a change of case or punctuation in a description is a change', () => {
    const actual = makeFacts();
    actual.commitments[0]!.description = 'Establish three centers for education exchange.';
    expect(classes(scoreFacts(actual, makeFacts()), 'commitments')[0]![1]).toBe('correct');
    expect(classes(scoreFacts(actual, makeFacts(), { mode: 'strict' }), 'commitments')[0]![1]).toBe('partial');
  });

  it('topics align by token overlap', () => {
    const actual = makeFacts();
    actual.topics = ['exchange of education', 'green mining'];
    const score = scoreFacts(actual, makeFacts());
    expect(classes(score, 'topics')).toEqual([
      ['education exchange', 'partial'],
      ['green mining', 'spurious'],
    ]);
  });
});
