import { findPersonNames } from './people.js';
import { MONTHS, monthIndex } from './pools/calendar.js';
import { CURRENCY_STYLES } from './pools/currencies.js';
import { LEADER_NAMES } from './pools/leaders.js';
import { cityPool, countryPool, type CountryStyle } from './pools/places.js';
import type { Random } from './random.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(esc).join('|');
const MONTH_WORD = `(?:${alternation(MONTHS.flatMap(([full, abbreviation]) => [full, abbreviation, abbreviation === 'Sept.' ? 'Sep.' : full]))})`;

/** The vocabularies of the static part of the rewriting regex (built once, lazily). */
interface PlaceIndex {
  readonly source: string;
  readonly countryByName: ReadonlyMap<string, CountryStyle>;
  readonly countryByDemonym: ReadonlyMap<string, CountryStyle>;
  readonly countryByCapital: ReadonlyMap<string, CountryStyle>;
  readonly cities: ReadonlySet<string>;
}

let places: PlaceIndex | undefined;
function placeIndex(): PlaceIndex {
  if (places !== undefined) return places;
  const countries = countryPool();
  const countryByName = new Map(countries.map((c) => [c.name, c]));
  const countryByDemonym = new Map(countries.flatMap((c) => (c.demonym === null ? [] : [[c.demonym, c] as const])));
  const countryByCapital = new Map(countries.flatMap((c) => (c.capital === null ? [] : [[c.capital, c] as const])));
  const cities = new Set(cityPool().map((c) => c.name).filter((n) => !countryByCapital.has(n)));
  const cityWords = [...countryByCapital.keys(), ...cities];
  // Datelines write the city in capitals ("NAIROBI, May 3 --").
  const words = [...countryByName.keys(), ...countryByDemonym.keys(), ...cityWords, ...cityWords.map((w) => w.toUpperCase())];
  places = { source: alternation(words), countryByName, countryByDemonym, countryByCapital, cities };
  return places;
}

const L = String.raw`(?<![\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}\p{N}])`;
const R_NAME = String.raw`(?![\p{L}\p{N}'’])`;
// Named groups: each alternative of the one-pass rewriting regex says what it matched.
const DATE_SOURCE = [
  String.raw`(?<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)`,
  String.raw`(?<md>${MONTH_WORD})\s(?<mdDay>[0-3]?\d)(?:(?<mdSep>,?\s)(?<mdYear>(?:19|20)\d\d))?${R}`,
  String.raw`(?<dm>[0-3]?\d)\s(?<dmMonth>${MONTH_WORD})(?:\s(?<dmYear>(?:19|20)\d\d))?${R}`,
  String.raw`(?<month>${MONTH_WORD})${R}`,
  String.raw`(?<![\p{N}:.,-])(?<year>(?:1[89]|20)\d\d)(?![\p{L}\p{N}:-])`,
].join('|');
const MONEY_SOURCE = [
  String.raw`(?<symbol>US\$|CN¥|R\$|\$|€|£|¥|₹|₩)`,
  String.raw`(?<word>(?:U\.S\.\s|US\s)?dollars|euros|yuan|rupees|pounds sterling|yen)${R}`,
].join('|');
// Amounts only: not part of a time ("20:15"), a range or compound ("10-year"), a code ("G20").
const NUMBER_SOURCE = String.raw`(?<![\p{L}\p{N}.,:-])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{L}\p{N}:-]|[.,]\d)`;

let staticSource: string | undefined;

/** The plan of one rewritten document: every choice drawn once, so mentions stay consistent. */
interface Plan {
  readonly random: Random;
  readonly yearShift: number;
  readonly monthShift: number;
  readonly currency: (typeof CURRENCY_STYLES)[number];
  readonly countries: Map<string, CountryStyle>;
  readonly cities: Map<string, string>;
  readonly people: Map<string, string>;
}

/**
 * Rewrites one release into a new, plausible one: people, countries (with their demonyms and
 * capitals), large cities, dates (years shifted, months rotated), amounts (scaled, same format)
 * and the currency are replaced consistently within the document; paragraphs may be dropped or
 * swapped. Deterministic for a given `random` state.
 *
 * @example
 * rewriteRelease('President Amara Okonkwo of Kenya arrived in Nairobi on June 3, 2024.', createRandom(7));
 */
export function rewriteRelease(text: string, random: Random): string {
  const index = placeIndex();
  staticSource ??= `${DATE_SOURCE}|${MONEY_SOURCE}|${L}(?<place>${index.source})${R}|${NUMBER_SOURCE}`;
  const isPlace = (w: string) => index.countryByName.has(w) || index.countryByDemonym.has(w) || index.countryByCapital.has(w) || index.cities.has(w);
  const plan: Plan = {
    random,
    yearShift: random.int(-8, 2),
    monthShift: random.int(0, 11),
    currency: random.pick(CURRENCY_STYLES),
    countries: new Map(),
    cities: new Map(),
    people: new Map(),
  };
  const peopleSource = planPeople(findPersonNames(text, isPlace), plan);
  const re = new RegExp(peopleSource === '' ? staticSource : `${L}(?<person>${peopleSource})${R_NAME}|${staticSource}`, 'gu');
  const rewritten = text.replace(re, (...args: unknown[]) => {
    const match = args[0] as string;
    const groups = args.at(-1) as Record<string, string | undefined>;
    const offset = args.at(-3) as number;
    const out = replacement(match, groups, plan, index, text.slice(offset + match.length, offset + match.length + 9));
    // A name starting with a particle ("van der Berg") is capitalised at a sentence start.
    return groups.person !== undefined && /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, offset - 3), offset))
      ? out.charAt(0).toUpperCase() + out.slice(1)
      : out;
  });
  return shuffleParagraphs(rewritten, random);
}

function planPeople(names: readonly string[], plan: Plan): string {
  const unused = [...LEADER_NAMES];
  for (const name of names) {
    if (plan.people.has(name) || unused.length === 0) continue;
    const leader = unused.splice(plan.random.int(0, unused.length - 1), 1)[0]!;
    plan.people.set(name, leader.name);
    const tokens = name.split(' ');
    // Later short mentions use the family name: the last token, or the first in family-first names.
    for (const short of new Set([tokens.at(-1), tokens.length === 2 ? tokens[0] : undefined])) {
      if (short !== undefined && !plan.people.has(short)) plan.people.set(short, leader.surname);
    }
  }
  return alternation(plan.people.keys());
}

function replacement(match: string, g: Record<string, string | undefined>, plan: Plan, index: PlaceIndex, after: string): string {
  if (g.person !== undefined) return plan.people.get(match) ?? match;
  if (g.iso !== undefined) {
    const [y, m, d] = match.split('-').map(Number) as [number, number, number];
    const month = shiftMonth(m - 1, plan);
    return `${y + plan.yearShift}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
  }
  if (g.md !== undefined) {
    const day = Math.min(Number(g.mdDay), 28);
    const year = g.mdYear === undefined ? '' : `${g.mdSep}${Number(g.mdYear) + plan.yearShift}`;
    return `${monthWord(g.md, plan)} ${day}${year}`;
  }
  if (g.dm !== undefined && g.dmMonth !== undefined) {
    const year = g.dmYear === undefined ? '' : ` ${Number(g.dmYear) + plan.yearShift}`;
    return `${Math.min(Number(g.dm), 28)} ${monthWord(g.dmMonth, plan)}${year}`;
  }
  if (g.month !== undefined) return monthWord(match, plan);
  if (g.year !== undefined) return String(Number(match) + plan.yearShift);
  if (g.symbol !== undefined) return plan.currency.symbol;
  if (g.word !== undefined) return plan.currency.word;
  if (g.place !== undefined) return replacePlace(match, plan, index);
  if (g.number !== undefined) return /^\s?(?:%|percent|per cent)/.test(after) ? scalePercent(match, plan.random) : scaleNumber(match, plan.random);
  return match;
}

function shiftMonth(month: number, plan: Plan): number {
  return (month + plan.monthShift) % 12;
}

function monthWord(word: string, plan: Plan): string {
  const i = monthIndex(word);
  if (i < 0) return word;
  const [full, abbreviation] = MONTHS[shiftMonth(i, plan)]!;
  return word.endsWith('.') ? abbreviation : full;
}

function mappedCountry(country: CountryStyle, plan: Plan): CountryStyle {
  let to = plan.countries.get(country.name);
  if (to === undefined) {
    const taken = new Set([...plan.countries.values()].map((c) => c.name));
    const pool = countryPool().filter((c) => !taken.has(c.name) && c.demonym !== null && c.capital !== null);
    to = pool.length > 0 ? plan.random.pick(pool) : country;
    plan.countries.set(country.name, to);
  }
  return to;
}

function replacePlace(found: string, plan: Plan, index: PlaceIndex): string {
  const upper = found.length > 1 && found === found.toUpperCase();
  const word = upper ? [...index.countryByCapital.keys(), ...index.cities].find((w) => w.toUpperCase() === found) ?? found : found;
  const out = replaceProperPlace(word, plan, index);
  return upper ? out.toUpperCase() : out;
}

function replaceProperPlace(word: string, plan: Plan, index: PlaceIndex): string {
  const byName = index.countryByName.get(word);
  if (byName !== undefined) return mappedCountry(byName, plan).name;
  const byDemonym = index.countryByDemonym.get(word);
  if (byDemonym !== undefined) return mappedCountry(byDemonym, plan).demonym ?? word;
  const byCapital = index.countryByCapital.get(word);
  if (byCapital !== undefined) return mappedCountry(byCapital, plan).capital ?? word;
  let city = plan.cities.get(word);
  if (city === undefined) {
    city = plan.random.pick(cityPool()).name;
    plan.cities.set(word, city);
  }
  return city;
}

/** Scales an amount by 0.5-1.9, keeping its format (decimals, thousands separators); small counts stay. */
function scaleNumber(text: string, random: Random): string {
  const value = Number(text.replaceAll(',', ''));
  const decimals = text.split('.')[1]?.length ?? 0;
  if (!Number.isFinite(value) || (value < 10 && decimals === 0)) return text;
  const scaled = value * (0.5 + random.next() * 1.4);
  const fixed = decimals === 0 ? String(Math.max(10, Math.round(scaled))) : scaled.toFixed(decimals);
  if (!text.includes(',')) return fixed;
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A new share in [half, 99] with the same number of decimals. */
function scalePercent(text: string, random: Random): string {
  const value = Number(text);
  const decimals = text.split('.')[1]?.length ?? 0;
  if (!Number.isFinite(value) || value > 100) return text;
  const low = Math.max(1, value * 0.5);
  const high = Math.max(low, Math.min(99, value * 1.1));
  return (low + random.next() * (high - low)).toFixed(decimals);
}

/** Keeps the first two paragraphs (headline, dateline) and sometimes drops or swaps a later one. */
function shuffleParagraphs(text: string, random: Random): string {
  const parts = text.split(/(\n[ \t]*\n)/);
  const paragraphs = parts.filter((_, i) => i % 2 === 0);
  if (paragraphs.length < 5) return text;
  const separator = parts[1] ?? '\n\n';
  if (random.chance(0.3)) paragraphs.splice(random.int(2, paragraphs.length - 2), 1);
  if (random.chance(0.3)) {
    const i = random.int(2, paragraphs.length - 3);
    [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1]!, paragraphs[i]!];
  }
  return paragraphs.join(separator);
}
