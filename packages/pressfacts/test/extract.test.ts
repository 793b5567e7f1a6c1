import { describe, expect, it } from 'vitest';
import { emptyFacts, extract, findDishonestSpans, PressfactsError, validateSummitFacts } from 'pressfacts';

describe('emptyFacts', () => {
  it('is valid SummitFacts with every key present and nothing found', () => {
    const facts = emptyFacts('doc-1');
    expect(validateSummitFacts(facts).valid).toBe(true);
    expect(facts.document).toEqual({ id: 'doc-1', publisher: null, wire: null, dateline: null, headline: null });
    expect(facts.event).toBeNull();
    expect([facts.participants, facts.figures, facts.topics, facts.diagnostics]).toEqual([[], [], [], []]);
    // a fresh object each time: callers may fill it in
    expect(emptyFacts('doc-1')).not.toBe(facts);
  });

  it('is what extract gives for a document with nothing in it, diagnostics aside', () => {
    const { diagnostics, ...found } = extract('', { id: 'doc-2' });
    const { diagnostics: none, ...empty } = emptyFacts('doc-2');
    expect(found).toEqual(empty);
    expect(none).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('empty-input');
  });
});

describe('extract: misuse gets a typed error naming the problem', () => {
  it.each([
    [42, /needs a string, got number/],
    [null, /needs a string, got null/],
    [undefined, /needs a string, got undefined/],
  ])('rejects %s as input', (input, message) => {
    expect(() => extract(input as unknown as string)).toThrowError(message);
    try {
      extract(input as unknown as string);
    } catch (error) {
      expect(error).toBeInstanceOf(PressfactsError);
      expect((error as PressfactsError).code).toBe('invalid-input');
    }
  });

  it('rejects bad options', () => {
    expect(() => extract('x', { referenceDate: '18/06/2025' })).toThrowError(/referenceDate/);
    expect(() => extract('x', { colour: 'red' } as never)).toThrowError(/unknown option "colour"/);
    expect(() => extract('x', { maxInputLength: -1 })).toThrowError(/maxInputLength/);
  });

  it('refuses input past maxInputLength with a clear error', () => {
    expect(() => extract('a'.repeat(101), { maxInputLength: 100 })).toThrowError(
      expect.objectContaining({ code: 'input-too-large' }),
    );
  });
});

describe('extract: bad documents give valid empty facts, never a crash', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '  \n\t \n'],
    ['one character', 'x'],
    ['emoji', '🎉🎉 summit 🎉'],
    ['lone surrogates', 'a\uD800b\uDC00c'],
    ['control characters', '\u0000\u0001\u0002 text \u0007'],
    ['CJK', '中国—中亚峰会在阿斯塔纳举行。'],
  ])('%s', (_name, input) => {
    const facts = extract(input);
    expect(validateSummitFacts(facts).valid).toBe(true);
    expect(findDishonestSpans(facts, input)).toEqual([]);
    expect(facts.event).toBeNull();
  });

  it('uses the caller id and reports a release about no summit', () => {
    const facts = extract('LONDON, May 2, 2024 (Reuters) - Shares rose 2 percent on Thursday after the results.', { id: 'r-1' });
    expect(facts.document.id).toBe('r-1');
    expect(facts.event).toBeNull();
    expect(facts.diagnostics.map((d) => d.code)).toContain('no-event');
  });
});

describe('extract: the publisher a page header names', () => {
  const publisher = (text: string) => extract(text).document.publisher;
  it('is the last masthead or body line before the headline, without "The" or an acronym', () => {
    expect(publisher('THE WHITE HOUSE\nBriefing Room | Statements and Releases\n\nReadout of the Leaders\' Summit\n\nOn May 4, 2025, leaders met in Lima.')).toBe('White House');
    expect(
      publisher('Government of Pakistan\nPakistan Bureau of Statistics (PBS)\nPress Release\n\nExternal Trade in the First Quarter\n\nIslamabad, 3 October 2025\n\nThe Pakistan Bureau of Statistics (PBS) said exports rose.'),
    ).toBe('Pakistan Bureau of Statistics');
  });
  it('is the outlet that opens a breadcrumb, not a section', () => {
    expect(publisher('The Southern Times | World | Latin America\n\nMercosur leaders close trade pact\n\nMONTEVIDEO, 7 December 2024 — Leaders met.')).toBe('Southern Times');
    expect(publisher("Prime Minister's Office\n\nPrime Minister holds talks with the President of Portugal\n\nPrime Minister Narendra Modi held talks today.")).toBe("Prime Minister's Office");
    expect(publisher('THE CARIBBEAN LEDGER | Home | Region\n\nAmericas summit ends\n\nPUNTA CANA, Dominican Republic — The summit closed.')).toBe('Caribbean Ledger');
    expect(publisher('Council of the European Union | Home > Meetings\n\nASEM summit ends\n\nThe summit closed in Brussels on 19 October 2018.')).toBe('Council of the European Union');
    expect(publisher('Home | World | Latin America\n\nMercosur leaders close trade pact\n\nMONTEVIDEO, 7 December 2024 — Leaders met.')).toBeNull();
  });
  it('is the organisation of a wire release\'s contact block when nothing else names one', () => {
    const text =
      'Leaders close summit in Accra\n\nACCRA, Ghana, Dec. 16, 2024 /EINPresswire.com/ -- West African leaders closed their summit on Sunday. They agreed on a plan for the region and said that the next meeting would be held in Abuja in the spring of the coming year.\n\nThe ministers of trade will meet in March to prepare the ground for the new customs rules.\n\nMedia contact\nMedia Relations\nWest Africa Trade Observer\ndesk@wato.example\n+233 555 0100';
    expect(publisher(text)).toBe('West Africa Trade Observer');
  });

  it('keeps the company form written after the name', () => {
    const text = 'Halden Launches a Receiver\n\nOSLO, Sept. 30, 2025 (GLOBE NEWSWIRE) -- Halden Audio ASA, a maker of audio gear, today announced a receiver.\n\nAbout Halden Audio\nHalden Audio makes conference audio.';
    expect(publisher(text)).toBe('Halden Audio ASA');
  });
});
