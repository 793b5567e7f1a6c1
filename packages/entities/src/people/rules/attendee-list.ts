import type { Anchor, PersonRule } from '../anchor.js';
import { WordClass } from '../lexicon.js';
import { countNameWords, isPlausibleName, readNameBackward } from '../name-words.js';

// "… and others attended": the words after "and" that close a list of attendees.
const OTHERS = new Set(['others', 'other']);
const VERBS = new Set(['attended', 'accompanied', 'joined', 'were']);
const MAX_NAMES = 8;

/**
 * A sentence that opens with a list of names closed by "and others" and a verb of attendance:
 * "Li Wei, Zhao Min and others attended the talks." (readouts list officials this way). Every
 * item must be a name of two name words or more, from the start of the sentence.
 */
export const attendeeList: PersonRule = {
  id: 'people/attendee-list',
  find(ctx) {
    const words = ctx.words;
    const out: Anchor[] = [];
    for (let a = 2; a < words.length - 2; a++) {
      if (((ctx.wordClass[a] as number) & WordClass.AND) === 0) continue;
      const and = words[a]!;
      if (and.cap || !OTHERS.has(words[a + 1]!.key)) continue;
      const verb = words[a + 1]!.key === 'other' ? words[a + 3] : words[a + 2];
      if (verb === undefined || !VERBS.has(verb.key)) continue;
      const names: Anchor[] = [];
      let end = a;
      for (let n = 0; n < MAX_NAMES; n++) {
        const start = readNameBackward(ctx, end);
        if (countNameWords(ctx, start, end) < 2 || !isPlausibleName(ctx, start, end, { strictWords: true })) break;
        names.push({ start, end, titles: [], affiliation: null, country: null, rule: this.id, confidence: 0.7, weak: false });
        const before = words[start - 1];
        if (words[start]!.sentenceStart || before === undefined) {
          out.push(...names.reverse());
          break;
        }
        if (before.text !== ',') break;
        end = start - 1;
      }
    }
    return out;
  },
};
