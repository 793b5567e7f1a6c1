import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATELINE_FORMS } from '../src/header/dateline-forms.js';
import { datelineMark } from '../src/header/match-dateline.js';
import { normalize } from '../src/normalize/normalize.js';

// The precheck lets matchDateline skip its patterns: it must never rule out a form that matches.
const matchingForms = (text: string) =>
  DATELINE_FORMS.filter((form) => [true, false].some((ascii) => form.pattern.matchAt(text, 0, ascii) !== null));

const pieces = [
  'ASTANA', 'Rio', ' de ', ' ', ', ', ',', '.', "'", 'Janeiro', 'July', 'JUNE', 'Tuesday', ' 4', '2025', ' (Xinhua)', ' --', '-', '/PRNewswire/',
  ' / ', 'leaders', ' met', 'Posted On: ', '04 MAR 2025 7:40PM by PIB Delhi', '\n', '"', ':', 'São', 'Nur-Sultan', 'D.C.', ' des ', 'y', 'É',
];

const openings = ['ASTANA', 'Rio de Janeiro', 'KAZAN, Russia', 'São Paulo', 'Posted On: ', 'Leaders', 'The', ''];

describe('datelineMark', () => {
  it('never rules out a form that matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...openings), fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (opening, parts) => {
        const text = opening + parts.join('');
        const forms = matchingForms(text);
        if (forms.length === 0) return;
        matched++;
        const mark = datelineMark(text, 0);
        for (const form of forms) expect([form.rule, mark === '-' ? form.mark : mark]).toEqual([form.rule, form.mark]);
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('never rules out a form by a character it needs: every match holds them all', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...openings), fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (opening, parts) => {
        const text = opening + parts.join('');
        for (const form of DATELINE_FORMS) {
          for (const ascii of [true, false]) {
            const m = form.pattern.matchAt(text, 0, ascii);
            if (m === null) continue;
            matched++;
            const line = text.slice(0, m.end);
            for (const c of form.needs) expect([form.rule, c, line.includes(c)]).toEqual([form.rule, c, true]);
          }
        }
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('reads an ASCII line with the ASCII twin as the Unicode twin reads it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...openings), fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (opening, parts) => {
        const text = opening + parts.join('');
        if (!/^[\x00-\x7f]*$/.test(text)) return;
        for (const form of DATELINE_FORMS) {
          expect([form.rule, form.pattern.matchAt(text, 0, true)]).toEqual([form.rule, form.pattern.matchAt(text, 0, false)]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives every (normalised) example its form\'s mark, and rules out prose and headlines', () => {
    for (const form of DATELINE_FORMS) {
      for (const example of form.examples) {
        const text = normalize(example.text).text;
        expect(datelineMark(text, 0)).toBe(form.mark);
        for (const c of form.needs) expect([form.rule, c, text.includes(c)]).toEqual([form.rule, c, true]);
      }
    }
    expect(datelineMark('Leaders met in Lima on 21 May.', 0)).toBeNull();
    expect(datelineMark('APEC Leaders Adopt Machu Picchu Declaration', 0)).toBeNull();
    expect(datelineMark('Home | World | Asia-Pacific', 0)).toBeNull();
    expect(datelineMark('the summit, June 4 (Xinhua) --', 0)).toBeNull();
  });
});
