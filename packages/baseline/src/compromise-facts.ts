import nlp from 'compromise';
import type { Figure, Organization, Person, Place, Provenance, Quote, Span, SummitEvent } from '@pressfacts/schema';
import { collect } from './collect.js';
import { hasTag, spanOfMatch, type CompromiseMatch } from './compromise-spans.js';

/** What compromise's own matchers give for a text, plus its sentences for the timeline. */
export interface CompromiseFacts {
  readonly event: SummitEvent | null;
  readonly people: Person[];
  readonly places: Place[];
  readonly organizations: Organization[];
  readonly figures: Figure[];
  readonly quotes: Quote[];
  readonly sentences: Span[];
}

/** `baseline/<rule>` at the one confidence the baseline claims for everything. */
export const naiveProvenance = (rule: string): Provenance => ({ rule: `baseline/${rule}`, confidence: 0.5 });
const by = naiveProvenance;
const key = (s: string) => s.toLowerCase();
type NumberMatch = CompromiseMatch & { number?: { num?: unknown } };
type MoneyMatch = { money?: { currency?: unknown } };

/**
 * Runs compromise once over the whole text and reads its people(), places(), organizations(),
 * numbers tagged #Money / #Percent, quotations() and the first noun phrase holding "Summit";
 * repeats of one name collapse into one item.
 *
 * @example compromiseFacts('Officials met in Geneva.').places[0] // { name: 'Geneva', kind: 'city', … }
 */
export function compromiseFacts(text: string): CompromiseFacts {
  const doc = nlp(text);
  // Offsets once for the whole document: asking json() for them per view re-walks the document
  // each time, which is quadratic on long texts.
  doc.compute('offset');
  const each = (matches: unknown, fn: (m: CompromiseMatch, span: Span) => void) => {
    for (const m of matches as CompromiseMatch[]) {
      const span = spanOfMatch(text, m);
      if (span) fn(m, span);
    }
  };
  const people = collect<Person>();
  each(doc.people().json(), (_, s) => people.add(key(s.text), { name: s.text, titles: [], affiliation: null, country: null, evidence: [s], provenance: by('compromise-people') }));
  const places = collect<Place>();
  each(doc.places().json(), (m, s) => {
    const kind = hasTag(m, 'Country') ? 'country' : hasTag(m, 'City') ? 'city' : 'other';
    places.add(key(s.text), { name: s.text, kind, country: null, evidence: [s], provenance: by('compromise-places') });
  });
  const organizations = collect<Organization>();
  each(doc.organizations().json(), (_, s) => organizations.add(key(s.text), { name: s.text, acronym: null, evidence: [s], provenance: by('compromise-organizations') }));
  // money() and percentages() cut the scale word off ("$71.2" of "$71.2 billion"), so the value is
  // compromise's own parse of the number it tagged #Money or #Percent (what percentages() filters).
  const figures = collect<Figure>();
  each(doc.numbers().json(), (m, s) => {
    const value = (m as NumberMatch).number?.num;
    const isMoney = hasTag(m, 'Money');
    if ((!isMoney && !hasTag(m, 'Percent')) || typeof value !== 'number' || !Number.isFinite(value)) return;
    const unit = !isMoney ? 'percent' : s.text.includes('$') ? 'USD' : currencyOf(s.text);
    figures.add(`${value} ${unit}`, { value, unit, comparator: 'eq', subject: null, period: null, evidence: [s], provenance: by(isMoney ? 'compromise-money' : 'compromise-percentages') });
  });
  const quotes = collect<Quote>();
  each(doc.quotations().json(), (_, s) => quotes.add(s.text, { speaker: null, text: s.text, direct: true, evidence: [s], provenance: by('compromise-quotations') }));
  const sentenceMatches = doc.json() as CompromiseMatch[];
  const sentences = sentenceMatches.flatMap((m) => spanOfMatch(text, m) ?? []);
  return { event: summitEvent(text, doc, sentenceMatches), people: people.items(), places: places.items(), organizations: organizations.items(), figures: figures.items(), quotes: quotes.items(), sentences };
}

/** compromise's money parse of the figure's own few words ("€3 million" → "EUR"). */
function currencyOf(figureText: string): string {
  const currency = (nlp(figureText).money().json()[0] as MoneyMatch | undefined)?.money?.currency;
  return typeof currency === 'string' && currency !== '' ? currency.toUpperCase() : 'MONEY';
}

// nouns() over a whole document is quadratic, so it runs only on the sentences that say "Summit".
function summitEvent(text: string, doc: ReturnType<typeof nlp>, sentences: readonly CompromiseMatch[]): SummitEvent | null {
  for (let i = 0; i < sentences.length; i++) {
    if (!spanOfMatch(text, sentences[i]!)?.text.includes('Summit')) continue;
    for (const m of (doc.eq(i) as typeof doc).nouns().json() as CompromiseMatch[]) {
      const s = spanOfMatch(text, m);
      if (s?.text.includes('Summit')) {
        return { name: s.text, edition: null, startDate: null, endDate: null, city: null, country: null, host: null, recurrence: null, evidence: [s], provenance: by('compromise-summit-noun') };
      }
    }
  }
  return null;
}
