import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATELINE_FORMS } from '../src/header/dateline-forms.js';
import { mayHoldDateline } from '../src/header/match-dateline.js';
import { normalize } from '../src/normalize/normalize.js';

// The precheck lets matchDateline skip its patterns; it must never say no where one matches.
const anyFormMatches = (text: string): boolean =>
  DATELINE_FORMS.some((form) => [true, false].some((ascii) => {
    const pattern = form.pattern.forLine(ascii);
    pattern.lastIndex = 0;
    return pattern.test(text);
  }));

const pieces = [
  'ASTANA', 'Rio', ' de ', ' ', ', ', ',', '.', "'", 'Janeiro', 'July', 'JUNE', 'Tuesday', ' 4', '2025', ' (Xinhua)', ' --', '-', '/PRNewswire/',
  ' / ', 'leaders', ' met', 'Posted On: ', '04 MAR 2025 7:40PM by PIB Delhi', '\n', '"', ':', 'São', 'Nur-Sultan', 'D.C.', ' des ', 'y', 'É',
];

const openings = ['ASTANA', 'Rio de Janeiro', 'KAZAN, Russia', 'São Paulo', 'Posted On: ', 'Leaders', 'The', ''];

describe('mayHoldDateline', () => {
  it('is true wherever a dateline form matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...openings), fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (opening, parts) => {
        const text = opening + parts.join('');
        if (!anyFormMatches(text)) return;
        matched++;
        expect(mayHoldDateline(text, 0)).toBe(true);
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('is true on every (normalised) example and false on prose and headlines', () => {
    for (const form of DATELINE_FORMS) for (const example of form.examples) expect(mayHoldDateline(normalize(example.text).text, 0)).toBe(true);
    expect(mayHoldDateline('Leaders met in Lima on 21 May.', 0)).toBe(false);
    expect(mayHoldDateline('APEC Leaders Adopt Machu Picchu Declaration', 0)).toBe(false);
    expect(mayHoldDateline('Home | World | Asia-Pacific', 0)).toBe(false);
    expect(mayHoldDateline('the summit, June 4 (Xinhua) --', 0)).toBe(false);
  });
});
