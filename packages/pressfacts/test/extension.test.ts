import { PipelineError, type Stage } from '@pressfacts/document';
import { QuantityVocabularyError } from '@pressfacts/dates-numbers';
import { EntityVocabularyError, type EntityVocabularies } from '@pressfacts/entities';
import { createSummitPipeline, extract, factsOf, PressfactsError, type SummitVocabularies } from 'pressfacts';
import { describe, expect, it } from 'vitest';

// Extension points of createSummitPipeline: vocabularies added to the built-in tables, and
// stages of one's own between the entity tagger and the facts assembler.

const RETREAT_RELEASE = `LANGKAWI, Malaysia, May 27, 2025 /PRNewswire/ -- The 2025 ASEAN Leaders' Retreat opened in Langkawi on Tuesday, hosted by Prime Minister Anwar Ibrahim of Malaysia.

Leaders of the ten member states attended the Retreat, which focused on regional trade.`;

const RETREAT: EntityVocabularies = {
  eventKinds: [
    {
      head: 'Retreat',
      eventType: 'retreat',
      example: "The ASEAN Leaders' Retreat opened.",
      expected: { name: "ASEAN Leaders' Retreat", edition: null },
    },
  ],
};

describe('createSummitPipeline({ vocabularies })', () => {
  it('a new event kind is found end to end, with an honest evidence span', () => {
    const facts = factsOf(createSummitPipeline({ vocabularies: RETREAT }).process(RETREAT_RELEASE));
    expect(facts.event?.name).toBe("ASEAN Leaders' Retreat");
    expect(facts.event?.startDate).toBe('2025-05-27');
    const span = facts.event?.evidence[0];
    expect(span).toEqual({ start: 58, end: 80, text: "ASEAN Leaders' Retreat" });
    expect(RETREAT_RELEASE.slice(58, 80)).toBe("ASEAN Leaders' Retreat");
  });

  it('without the vocabulary the same release names no event (the built-in tables lack "Retreat")', () => {
    expect(extract(RETREAT_RELEASE).event).toBeNull();
    expect(factsOf(createSummitPipeline().process(RETREAT_RELEASE)).event).toBeNull();
  });

  it('country aliases and organisations reach the entities layer', () => {
    const pipeline = createSummitPipeline({
      vocabularies: {
        countryAliases: [{ alias: 'Hellas', code: 'GR', kind: 'alias', example: 'Hellas joined the talks.' }],
        organizations: [
          {
            name: 'Caspian Economic Council',
            acronym: 'CEC',
            example: 'The CEC met in Baku.',
          },
        ],
      },
    });
    const text = 'BAKU, March 3, 2025 -- Hellas and Azerbaijan joined the Caspian Economic Council. The CEC met in Baku.';
    const entities = pipeline.process(text).layers.entities ?? [];
    const country = entities.find((e) => e.kind === 'country' && e.id === 'country:GR');
    expect(country?.mentions.map((m) => m.text)).toEqual(['Hellas']);
    const org = entities.find((e) => e.kind === 'organization' && e.name === 'Caspian Economic Council');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Caspian Economic Council', 'CEC']);
    // Not found without the rows.
    const plain = createSummitPipeline().process(text).layers.entities ?? [];
    expect(plain.some((e) => e.id === 'country:GR')).toBe(false);
    // The head word "Council" still makes the name an organisation, but the acronym is not linked.
    const plainOrg = plain.find((e) => e.kind === 'organization' && e.name === 'Caspian Economic Council');
    expect(plainOrg?.mentions.map((m) => m.text)).toEqual(['Caspian Economic Council']);
  });

  it('an invalid vocabulary row is refused when the pipeline is built, naming the row', () => {
    const bad = { eventKinds: [{ head: '', eventType: 'retreat', example: 'x', expected: { name: 'x', edition: null } }] };
    expect(() => createSummitPipeline({ vocabularies: bad })).toThrowError(EntityVocabularyError);
    expect(() => createSummitPipeline({ vocabularies: bad })).toThrowError('vocabularies.eventKinds[0]: `head` must be a non-empty string');
  });
});

// A title and a currency the built-in tables lack: "Grand Duke" and the Caribbean guilder (XCG).
const CURACAO_RELEASE = `WILLEMSTAD, Curacao, May 12, 2025 /PRNewswire/ -- Grand Duke Henri of Luxembourg opened the Caribbean-Benelux Summit in Willemstad on Monday.

Trade between the partners reached 2.4 billion Caribbean guilders in 2024, Henri said, and the summit pledged XCG 300 million for ports.`;

const CURACAO: SummitVocabularies = {
  titles: [{ title: 'Grand Duke', beforeName: true, example: 'Grand Duke Henri opened the session.', person: 'Henri' }],
  currencies: [{ code: 'XCG', before: ['XCG'], after: ['Caribbean guilders', 'XCG'], example: ['2 billion Caribbean guilders', 2e9] }],
};

describe('createSummitPipeline({ vocabularies: { titles, currencies } })', () => {
  const facts = factsOf(createSummitPipeline({ vocabularies: CURACAO }).process(CURACAO_RELEASE));
  const plain = extract(CURACAO_RELEASE);

  it('a title of one\'s own: the person is named without it, and carries it', () => {
    expect(facts.people.map((p) => [p.name, p.titles, p.country])).toEqual([['Henri', ['Grand Duke'], 'Luxembourg']]);
    expect(facts.people[0]?.evidence.map((e) => [e.start, e.end, e.text])).toEqual([
      [61, 66, 'Henri'],
      [218, 223, 'Henri'],
    ]);
    expect([CURACAO_RELEASE.slice(61, 66), CURACAO_RELEASE.slice(218, 223)]).toEqual(['Henri', 'Henri']);
    // Without the row the person has no title (found only as the speaker of "Henri said").
    expect(plain.people.map((p) => [p.name, p.titles])).toEqual([['Henri', []]]);
  });

  it('a currency of one\'s own: figures in XCG, with honest evidence', () => {
    expect(facts.figures.map((f) => [f.value, f.unit, f.evidence[0]?.text])).toEqual([
      [2.4e9, 'XCG', '2.4 billion Caribbean guilders'],
      [3e8, 'XCG', 'XCG 300 million'],
    ]);
    for (const f of facts.figures) for (const e of f.evidence) expect(CURACAO_RELEASE.slice(e.start, e.end)).toBe(e.text);
    // Without the row neither amount is money.
    expect(plain.figures.filter((f) => f.unit === 'XCG' || /guilder/.test(f.evidence[0]?.text ?? ''))).toEqual([]);
  });

  it('an invalid title or currency row is refused when the pipeline is built, naming the field', () => {
    const badTitle = { titles: [{ title: 'Grand Duke', beforeName: 'yes', example: 'x', person: 'x' }] } as never;
    expect(() => createSummitPipeline({ vocabularies: badTitle })).toThrowError(EntityVocabularyError);
    expect(() => createSummitPipeline({ vocabularies: badTitle })).toThrowError('vocabularies.titles[0]: `beforeName` must be true (written before a name) or false');
    const badCurrency: SummitVocabularies = { currencies: [{ code: 'XCG', before: [], after: ['guilders'], example: ['2 million florins', 2e6] }] };
    expect(() => createSummitPipeline({ vocabularies: badCurrency })).toThrowError(QuantityVocabularyError);
    expect(() => createSummitPipeline({ vocabularies: badCurrency })).toThrowError(
      'vocabularies.currencies[0]: the example "2 million florins" must yield 2000000 XCG, found cardinal',
    );
  });
});

describe('createSummitPipeline({ stages })', () => {
  // A stage of one's own: counts the entities the tagger found and reports it as a diagnostic.
  const counter: Stage<never, 'entities'> = {
    name: 'entity-counter',
    requires: ['entities'],
    provides: [],
    run(doc, ctx) {
      const n = doc.layers.entities?.length ?? 0;
      ctx.report({ level: 'info', code: 'entity-count', message: `${n} entities`, span: null });
      return {};
    },
  };

  it('runs after the entity tagger and before the facts; its diagnostics reach the facts', () => {
    const pipeline = createSummitPipeline({ vocabularies: RETREAT, stages: [counter] });
    expect(pipeline.stages.map((s) => s.name)).toEqual([
      'tokenizer',
      'dates',
      'numbers',
      'entities',
      'entity-counter',
      'facts',
    ]);
    const facts = factsOf(pipeline.process(RETREAT_RELEASE));
    const d = facts.diagnostics.find((x) => x.code === 'entity-count');
    expect(d?.level).toBe('info');
    expect(d?.message).toMatch(/^\d+ entities$/);
    expect(facts.event?.name).toBe("ASEAN Leaders' Retreat");
  });

  it('checks requires/provides when it is built', () => {
    const needsFacts = { name: 'late', requires: ['facts'], provides: [], run: () => ({}) } as unknown as Stage;
    expect(() => createSummitPipeline({ stages: [needsFacts] })).toThrowError(PipelineError);
    expect(() => createSummitPipeline({ stages: [needsFacts] })).toThrowError(
      'stage "late" requires layer "facts", which no earlier stage provides',
    );
    const second: Stage<'entities', never> = {
      name: 'my-entities',
      requires: [],
      provides: ['entities'],
      run: () => ({ entities: [] }),
    };
    expect(() => createSummitPipeline({ stages: [second] })).toThrowError(
      'stage "my-entities" provides layer "entities", which an earlier stage already provides',
    );
    const sameName = { ...counter, name: 'dates' };
    expect(() => createSummitPipeline({ stages: [sameName] })).toThrowError('two stages are named "dates"');
  });

  it('a stage that throws becomes a diagnostic; the facts are still assembled', () => {
    const broken: Stage<never, never> = {
      name: 'broken',
      requires: [],
      provides: [],
      run() {
        throw new Error('boom');
      },
    };
    const facts = factsOf(createSummitPipeline({ vocabularies: RETREAT, stages: [broken] }).process(RETREAT_RELEASE));
    expect(facts.diagnostics).toContainEqual({
      level: 'error',
      code: 'stage-failed',
      message: 'stage "broken" failed: boom',
      span: null,
    });
    expect(facts.event?.name).toBe("ASEAN Leaders' Retreat");
  });
});

describe('createSummitPipeline: options are checked with clear errors', () => {
  it.each([
    [null, 'createSummitPipeline options must be an object, got null'],
    [{ vocabulary: {} }, 'unknown pipeline option "vocabulary" (known: stages, vocabularies)'],
    [{ stages: 'tokenizer' }, 'option "stages" must be an array of stages, got "tokenizer"'],
    [{ stages: [{ name: 'x' }] }, 'option "stages[0]" must be a stage { name, requires, provides, run }, got object'],
    [{ stages: [null] }, 'option "stages[0]" must be a stage { name, requires, provides, run }, got null'],
    [{ vocabularies: [] }, 'option "vocabularies" must be an object of tables, got an array'],
    [
      { vocabularies: { organisations: [] } },
      'unknown vocabulary table "vocabularies.organisations" (known: countryAliases, organizations, eventKinds, agreementKinds, regions, titles, currencies)',
    ],
    [{ vocabularies: { currencies: { code: 'XCG' } } }, 'option "vocabularies.currencies" must be an array of rows, got object'],
  ])('%j', (options, message) => {
    let caught: unknown;
    try {
      createSummitPipeline(options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PressfactsError);
    expect((caught as PressfactsError).code).toBe('invalid-option');
    expect((caught as PressfactsError).message).toBe(message);
  });
});
