import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/index.js';
import { DATELINE_FORMS } from '../src/header/dateline-forms.js';
import { matchDateline } from '../src/header/match-dateline.js';
import { PAGE_CHROME, isPageChrome } from '../src/header/page-chrome.js';
import { WIRES, isKnownWire } from '../src/header/wires.js';
import { expectHonest, tokenize } from './helpers.js';

const BODY = 'Leaders met on Tuesday.';

describe('dateline forms (every example row)', () => {
  for (const form of DATELINE_FORMS) {
    for (const example of form.examples) {
      it(`${form.rule}: ${example.text}`, () => {
        const raw = example.ownLine ? `${example.text}\n\n${BODY}` : `${example.text} ${BODY}`;
        const doc = tokenize(raw);
        const header = doc.layers.header!;
        const d = header.dateline!;
        expect(d).not.toBeNull();
        expect(d.provenance.rule).toBe(form.rule);
        expect(d.segment.text).toBe(example.text);
        expect(d.segment.start).toBe(0);
        expect(d.place?.text).toBe(example.place);
        expect(d.dateText?.text ?? null).toBe(example.dateText);
        expect(d.wire?.text ?? null).toBe(example.wire);
        expect(header.headline).toBeNull();
        expect(doc.layers.view!.text.slice(header.bodyStart).trimStart()).toBe(BODY);
        expect(doc.layers.sentences!.map((s) => s.text)).toEqual([BODY]);
        expectHonest(doc);
      });
    }
  }

  it('gives a known wire a higher confidence than an unknown one', () => {
    const known = matchDateline(normalize('ASTANA, July 4 (Xinhua) -- x'), 0)!;
    const unknown = matchDateline(normalize('ASTANA, July 4 (Astana Herald) -- x'), 0)!;
    expect(known.dateline.provenance).toEqual({ rule: 'dateline/wire-parenthesised', confidence: 0.95 });
    expect(unknown.dateline.provenance).toEqual({ rule: 'dateline/wire-parenthesised', confidence: 0.75 });
    expect(unknown.dateline.wire?.text).toBe('Astana Herald');
  });
});

describe('wires table (every example row)', () => {
  for (const row of WIRES) {
    it(`${row.names[0]}: ${row.example}`, () => {
      const found = matchDateline(normalize(`${row.example}${BODY}`), 0);
      expect(found, row.example).not.toBeNull();
      expect(row.names.map((n) => n.toLowerCase().replace(/[^a-z]/g, ''))).toContain(
        found!.dateline.wire!.text.toLowerCase().replace(/[^a-z]/g, '').replace(/com$/, ''),
      );
      expect(isKnownWire(found!.dateline.wire!.text)).toBe(true);
      expect(found!.dateline.provenance.confidence).toBeGreaterThanOrEqual(0.9);
    });
  }
  it('does not know made-up wires', () => {
    expect(isKnownWire('Daily Planet')).toBe(false);
    expect(isKnownWire('globe newswire')).toBe(true);
    expect(isKnownWire('PR Newswire')).toBe(true);
  });
});

describe('dateline: negative cases', () => {
  const none = [
    'On the morning of July 4, 2024 local time, President Tokayev attended the summit in Astana.',
    'Monday, June 3 - the day the summit opened - was sunny.',
    'Xi Jinping said the treaty is a milestone.',
    'KAZAN-based companies signed deals.',
    'Leaders (from left) - posed for a photo.',
    'Brussels is the host - of the summit.',
    'In 2020, China proposed the mechanism.',
    'President Xi: "We agree."',
  ];
  for (const text of none) {
    it(`no dateline in ${JSON.stringify(text)}`, () => {
      expect(tokenize(text).layers.header!.dateline).toBeNull();
    });
  }
});

describe('date header', () => {
  it('reads a leading date header followed on the same line by the summary', () => {
    const raw = ' date 2025-06-18 A summary of the summit.\n\nASTANA, June 18 (Xinhua) -- Leaders met.';
    const doc = tokenize(raw);
    const h = doc.layers.header!;
    expect(h.dateHeader).toEqual({ date: '2025-06-18', segment: { start: 1, end: 16, text: 'date 2025-06-18', norm: { start: 1, end: 16 } } });
    expect(h.headline?.text).toBe('A summary of the summit.');
    expect(h.headline?.start).toBe(17);
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual(['A summary of the summit.', 'Leaders met.']);
    expectHonest(doc);
  });

  it('accepts "Date:" and a header alone on its line', () => {
    const doc = tokenize('Date: 2024-02-29\nLeaders met in Astana.');
    expect(doc.layers.header!.dateHeader?.date).toBe('2024-02-29');
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual(['Leaders met in Astana.']);
  });

  it('rejects impossible dates and text that is not a header', () => {
    expect(tokenize('date 2023-02-29 text').layers.header!.dateHeader).toBeNull();
    expect(tokenize('date 2025-13-01 text').layers.header!.dateHeader).toBeNull();
    expect(tokenize('The date 2025-06-18 was set.').layers.header!.dateHeader).toBeNull();
    expect(tokenize('date 2025-06-181').layers.header!.dateHeader).toBeNull();
  });
});

describe('headline and body start', () => {
  it('takes a title line before the dateline', () => {
    const raw = 'Leaders Sign Treaty in Astana\n\nASTANA, July 4 (Xinhua) -- Leaders met.\n\nMore text.';
    const h = tokenize(raw).layers.header!;
    expect(h.headline?.text).toBe('Leaders Sign Treaty in Astana');
    expect(h.dateline?.place?.text).toBe('ASTANA');
    expect(h.bodyStart).toBe(raw.indexOf('Leaders met.'));
  });

  it('skips site header and photo caption lines, finding the dateline in the 4th paragraph', () => {
    const raw = [
      'Home | World | Asia',
      'SCO Summit Opens in Tianjin with Calls for Unity',
      'Leaders pose for a group photo in Tianjin. (Xinhua/Li Xueren)',
      'TIANJIN, Sept. 1 (Xinhua) -- The summit opened on Monday.',
      'Second paragraph here.',
    ].join('\n\n');
    const doc = tokenize(raw);
    const h = doc.layers.header!;
    expect(h.headline?.text).toBe('SCO Summit Opens in Tianjin with Calls for Unity');
    expect(h.dateline?.segment.text).toBe('TIANJIN, Sept. 1 (Xinhua) --');
    expect(h.dateline?.dateText?.text).toBe('Sept. 1');
    expect(doc.layers.view!.text.slice(h.bodyStart, h.bodyStart + 10)).toBe('The summit');
    expectHonest(doc);
  });

  it('does not look for a dateline past the first paragraphs', () => {
    const raw = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'ASTANA, July 4 (Xinhua) -- Six.'].join('\n\n');
    expect(tokenize(raw).layers.header!.dateline).toBeNull();
  });

  it('has no headline when the text starts with the dateline', () => {
    const h = tokenize('BEIJING, June 18, 2025 (GLOBE NEWSWIRE) -- Leaders met.\n\nMore.').layers.header!;
    expect(h.headline).toBeNull();
    expect(h.bodyStart).toBe(43);
  });

  it('reads a government readout: title, no dateline', () => {
    const raw =
      'President Attends the 24th SCO Summit\n\nOn the morning of July 4, 2024 local time, President Tokayev attended the summit.\n\nHe spoke.';
    const h = tokenize(raw).layers.header!;
    expect(h.dateline).toBeNull();
    expect(h.headline?.text).toBe('President Attends the 24th SCO Summit');
    expect(h.bodyStart).toBe(raw.indexOf('On the morning'));
  });

  it('reads the headline after a masthead or the issuing body of a page without a dateline', () => {
    const cases: [string, string][] = [
      ['THE WHITE HOUSE\nBriefing Room | Statements and Releases\n\nReadout of the Quad Leaders\' Summit\n\nOn May 4, leaders met.', "Readout of the Quad Leaders' Summit"],
      ['Ministry of External Affairs\nOutcome of the Sixth Summit\n\nOn April 4, 2025, leaders met.', 'Outcome of the Sixth Summit'],
      ["Ministry of Foreign Affairs of the People's Republic of China\n\nPremier Attends the East Asia Summit\n\nOn Oct. 10, the premier spoke.", 'Premier Attends the East Asia Summit'],
    ];
    for (const [raw, headline] of cases) expect(tokenize(raw).layers.header!.headline?.text).toBe(headline);
  });

  it('skips a breadcrumb and a weekday date line before the headline', () => {
    const raw = 'THE CARIBBEAN LEDGER | Home | Region\nSaturday, December 6, 2025\n\nAmericas summit ends with water pact\n\nBy Staff Reporter\n\nPUNTA CANA, Dominican Republic — The summit closed.';
    expect(tokenize(raw).layers.header!.headline?.text).toBe('Americas summit ends with water pact');
  });

  it('skips a regional body and a bracketed photo caption before the headline', () => {
    const sadc = 'Southern African Development Community (SADC)\n\nCOMMUNIQUE OF THE EXTRAORDINARY SUMMIT OF HEADS OF STATE\n\nThe Summit was held in Harare.';
    expect(tokenize(sadc).layers.header!.headline?.text).toBe('COMMUNIQUE OF THE EXTRAORDINARY SUMMIT OF HEADS OF STATE');
    const asem = 'Council of the European Union | Home > Meetings\n\n[Photo caption: Leaders gather for the family photo. (c) European Union]\n\nASEM summit ends with call for rules-based trade\n\nThe summit closed this afternoon.';
    expect(tokenize(asem).layers.header!.headline?.text).toBe('ASEM summit ends with call for rules-based trade');
  });

  it('starts the body after the furniture under a headline', () => {
    const raw = 'G20 summit live: declaration adopted\n\nIndus Ledger live desk | Saturday 9 Sep 2023 | Last updated 21:40 IST\n\nBy Staff Reporter\n\nLeaders adopted a declaration today.';
    const h = tokenize(raw).layers.header!;
    expect(h.headline?.text).toBe('G20 summit live: declaration adopted');
    expect(h.bodyStart).toBe(raw.indexOf('Leaders adopted'));
  });

  it('skips issuer lines before the headline above a dateline', () => {
    const raw = 'Government of Pakistan\nPakistan Bureau of Statistics (PBS)\nPress Release\n\nExternal Trade in the First Quarter\n\nIslamabad, 3 October 2025\n\nExports rose.';
    expect(tokenize(raw).layers.header!.headline?.text).toBe('External Trade in the First Quarter');
  });

  it('keeps a headline that starts with a body but says more than its name', () => {
    for (const h of ["Ministry of Foreign Affairs Spokesperson's Remarks on the Summit", 'Foreign Ministry Spokesperson Holds Briefing', 'Office of the President Announces Cabinet in Lima']) {
      expect(isPageChrome(h, 0, h.length)).toBe(false);
    }
  });

  it('has no headline when the first paragraph is prose', () => {
    const raw = 'On the morning of July 4, 2024 local time, leaders met.\n\nThey spoke.';
    const h = tokenize(raw).layers.header!;
    expect(h.headline).toBeNull();
    expect(h.bodyStart).toBe(0);
  });
});

describe('page chrome rows', () => {
  for (const row of PAGE_CHROME) {
    it(`${row.id}: ${row.example}`, () => {
      expect(row.pattern.test(row.example)).toBe(true);
      expect(isPageChrome(row.example, 0, row.example.length)).toBe(true);
    });
  }
  it('keeps real headlines', () => {
    for (const h of ['Leaders Sign Treaty in Astana', 'G20 leaders agree on debt relief framework', 'BRICS expands to 11 members']) {
      expect(isPageChrome(h, 0, h.length)).toBe(false);
    }
  });

  it('gates never skip a row whose pattern matches (any line of three words or more)', () => {
    const words = [
      ...PAGE_CHROME.flatMap((row) => row.example.split(' ')),
      'leaders', 'MEET', 'the', 'ſource:', 'İmage', 'éditor:', '»', '|', '/', '(', ')', ').', '[', ']', ':', '09.30', 'read', 'min', '5', 'Ministry', 'of', 'Photo', 'photo',
    ];
    let chrome = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 9 }), (parts) => {
        const line = parts.join(' ');
        const expected = PAGE_CHROME.some((row) => row.pattern.test(line));
        if (expected) chrome++;
        expect([line, isPageChrome(line, 0, line.length)]).toEqual([line, expected]);
      }),
      { numRuns: 4000 },
    );
    expect(chrome).toBeGreaterThan(200);
  });
});

describe('dateline: separators', () => {
  it('accepts a dash glued to the body after a wire', () => {
    const doc = tokenize('NEW DELHI (AP) \u2014The summit opened.');
    expect(doc.layers.header!.dateline?.segment.text).toBe('NEW DELHI (AP) \u2014');
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual(['The summit opened.']);
  });
  it('accepts upper-case months', () => {
    const d = tokenize('BEIJING, JUNE 18, 2025 -- Text.').layers.header!.dateline!;
    expect([d.place?.text, d.dateText?.text, d.provenance.rule]).toEqual(['BEIJING', 'JUNE 18, 2025', 'dateline/place-date']);
  });
});

describe('date header and dateline on one line', () => {
  it('reads both, has no headline, and leaves both out of the sentences', () => {
    const raw = 'date 2024-10-23 KAZAN, Russia, October 23, 2024 -- The summit opened. Leaders met.';
    const doc = tokenize(raw);
    const h = doc.layers.header!;
    expect(h.dateHeader?.date).toBe('2024-10-23');
    expect(h.dateline?.segment).toMatchObject({ start: 16, end: 50, text: 'KAZAN, Russia, October 23, 2024 --' });
    expect(h.headline).toBeNull();
    expect(h.bodyStart).toBe(51);
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual(['The summit opened.', 'Leaders met.']);
    expect(doc.layers.tokens![0]!.text).toBe('The');
    expectHonest(doc);
  });
});

describe('dateline pattern twins (ASCII lines use cheaper letter classes)', () => {
  const lines = [
    ...DATELINE_FORMS.flatMap((form) => form.examples.map((example) => (example.ownLine ? `${example.text}\n${BODY}` : `${example.text} ${BODY}`))),
    'WASHINGTON Sept. 5, 2024 /PRNewswire/ -- Leaders met.',
    'Leaders of five countries met in June.',
    'GENEVA, not a dateline at all',
  ];
  for (const form of DATELINE_FORMS) {
    it(`${form.rule}: both twins match the same text on ASCII lines`, () => {
      for (const line of lines) expect(form.pattern.matchAt(line, 0, true), line).toEqual(form.pattern.matchAt(line, 0, false));
    });
  }

  it('numbers the groups of every form right (every capturing group is named)', () => {
    for (const form of DATELINE_FORMS) {
      const named = new RegExp(`${form.pattern.source}|`, 'u').exec('')!;
      expect(named.length - 1, form.rule).toBe(Object.keys(named.groups ?? {}).length);
      for (const example of form.examples) {
        const line = normalize(example.text).text;
        const groups = new RegExp(form.pattern.source, 'duy').exec(line)!.indices!.groups!;
        const m = form.pattern.matchAt(line, 0, /^[\x00-\x7f]*$/.test(line));
        expect([form.rule, m?.place, m?.date, m?.wire]).toEqual([form.rule, groups['place'], groups['date'], groups['wire']]);
      }
    }
  });

  it('a line with non-ASCII letters still reads its dateline', () => {
    const view = normalize('SÃO PAULO, May 2 (Reuters) -- Leaders met.\nNext line with é.');
    const match = matchDateline(view, 0);
    expect(match?.dateline.place?.text).toBe('SÃO PAULO');
    expect(match?.dateline.wire?.text).toBe('Reuters');
  });

  it('an ASCII dateline line is read even when later lines are not ASCII', () => {
    const view = normalize('ASTANA, July 4 (Xinhua) -- Leaders met.\nNursultan Äbishuly Nazarbayev spoke.');
    expect(matchDateline(view, 0)?.dateline.place?.text).toBe('ASTANA');
  });
});

describe('dateline/place-date-line only takes a line of its own', () => {
  it('a place and date followed by more text on the line is no dateline of this form', () => {
    expect(matchDateline(normalize('Geneva, 4 April 2025 was a Friday.\n\nMore.'), 0)).toBeNull();
  });
  it('a sentence that ends in a place and a date is no dateline', () => {
    expect(matchDateline(normalize('ministers met in Geneva, 4 April 2025\n\nMore.'), 0)).toBeNull();
  });
  it('the line under a title is the dateline, the title the headline', () => {
    const doc = tokenize('Joint Statement of the Leaders\n\nGeneva, 4 April 2025\n\nThe leaders met today.');
    expect(doc.layers.header?.dateline?.place?.text).toBe('Geneva');
    expect(doc.layers.header?.dateline?.dateText?.text).toBe('4 April 2025');
    expect(doc.layers.header?.headline?.text).toBe('Joint Statement of the Leaders');
    expectHonest(doc);
  });
});
