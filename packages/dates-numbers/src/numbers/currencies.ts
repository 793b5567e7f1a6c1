/**
 * How press copy writes currencies, as data: what stands before an amount (signs, ISO codes,
 * "Rs") and what follows it ("yuan", "U.S. dollars"), mapped to ISO 4217 codes. Every code is
 * checked against the `currency-codes` package and every example is run by a test.
 */
export interface CurrencyRow {
  readonly code: string;
  /** Written before the amount: "$", "US$", "USD", "Rs". Matched case-sensitively. */
  readonly before: readonly string[];
  /** Written after the amount: "yuan", "U.S. dollars", "USD". Words match in any case; codes as written. */
  readonly after: readonly string[];
  /** Notations that also mean something else ("R", "won"): they count only with a scale word. */
  readonly needsScale?: readonly string[];
  /** Another code for one notation when one of these words is near the amount ("¥" is yuan next to "RMB"). */
  readonly nearby?: { readonly notation: string; readonly code: string; readonly words: readonly string[] };
  readonly example: readonly [text: string, value: number];
}

/**
 * The currencies money is recognised in: ISO 4217 code, symbols and words written before or after the amount. Each row's `example` is run by a test.
 *
 * @example
 * CURRENCIES.find((c) => c.code === 'EUR')?.example; // ['€3bn', 3000000000]
 */
export const CURRENCIES: readonly CurrencyRow[] = [
  {
    code: 'USD',
    before: ['US$', 'U.S.$', 'USD', '$'],
    after: ['USD', 'U.S. dollars', 'US dollars', 'American dollars', 'dollars', 'dollar'],
    example: ['$48.5 billion', 48.5e9],
  },
  { code: 'EUR', before: ['€', 'EUR'], after: ['EUR', 'euros', 'euro'], example: ['€3bn', 3e9] },
  { code: 'GBP', before: ['£', 'GBP'], after: ['GBP', 'pounds sterling', 'British pounds', 'sterling'], example: ['£2.5 billion', 2.5e9] },
  {
    code: 'CNY',
    before: ['RMB', 'CNY', 'CN¥'],
    after: ['CNY', 'RMB', 'yuan', 'renminbi', 'Chinese yuan'],
    example: ['1.5 trillion yuan', 1.5e12],
  },
  {
    code: 'JPY',
    before: ['¥', 'JPY', 'JP¥'],
    after: ['JPY', 'yen', 'Japanese yen'],
    nearby: { notation: '¥', code: 'CNY', words: ['yuan', 'RMB', 'renminbi', 'CNY'] },
    example: ['¥500 million', 500e6],
  },
  {
    code: 'INR',
    before: ['₹', 'Rs.', 'Rs', 'INR'],
    after: ['INR', 'Indian rupees', 'rupees'],
    example: ['Rs 1,000 crore', 1e10],
  },
  { code: 'PKR', before: ['PKR'], after: ['PKR', 'Pakistani rupees'], example: ['PKR 50 billion', 50e9] },
  { code: 'RUB', before: ['₽', 'RUB'], after: ['RUB', 'Russian rubles', 'rubles', 'roubles'], example: ['2 billion rubles', 2e9] },
  { code: 'KRW', before: ['₩', 'KRW'], after: ['KRW', 'South Korean won', 'won'], needsScale: ['won'], example: ['3 trillion won', 3e12] },
  { code: 'BRL', before: ['R$', 'BRL'], after: ['BRL', 'Brazilian reais', 'reais'], example: ['R$10 billion', 10e9] },
  { code: 'ZAR', before: ['ZAR', 'R'], after: ['ZAR', 'South African rand', 'rand'], needsScale: ['R'], example: ['R5 billion', 5e9] },
  { code: 'CAD', before: ['C$', 'CA$', 'CAD'], after: ['CAD', 'Canadian dollars'], example: ['C$2 billion', 2e9] },
  { code: 'AUD', before: ['A$', 'AU$', 'AUD'], after: ['AUD', 'Australian dollars'], example: ['A$1.5 billion', 1.5e9] },
  { code: 'HKD', before: ['HK$', 'HKD'], after: ['HKD', 'Hong Kong dollars'], example: ['HK$30 billion', 30e9] },
  { code: 'SGD', before: ['S$', 'SGD'], after: ['SGD', 'Singapore dollars'], example: ['S$4 billion', 4e9] },
  { code: 'NZD', before: ['NZ$', 'NZD'], after: ['NZD', 'New Zealand dollars'], example: ['NZ$1 billion', 1e9] },
  { code: 'CHF', before: ['CHF'], after: ['CHF', 'Swiss francs'], example: ['CHF 2 billion', 2e9] },
  { code: 'TRY', before: ['₺', 'TRY'], after: ['TRY', 'Turkish lira'], example: ['10 billion Turkish lira', 10e9] },
  { code: 'SAR', before: ['SAR'], after: ['SAR', 'Saudi riyals', 'riyals'], example: ['SAR 5 billion', 5e9] },
  { code: 'AED', before: ['AED'], after: ['AED', 'UAE dirhams', 'dirhams'], example: ['AED 3 billion', 3e9] },
  { code: 'KZT', before: ['₸', 'KZT'], after: ['KZT', 'tenge'], example: ['500 billion tenge', 500e9] },
  { code: 'UZS', before: ['UZS'], after: ['UZS', 'Uzbek soums', 'soums'], example: ['1 trillion soums', 1e12] },
  { code: 'KGS', before: ['KGS'], after: ['KGS', 'Kyrgyz soms'], example: ['2 billion Kyrgyz soms', 2e9] },
  { code: 'TJS', before: ['TJS'], after: ['TJS', 'somoni'], example: ['100 million somoni', 100e6] },
  { code: 'TMT', before: ['TMT'], after: ['TMT', 'Turkmen manat'], example: ['TMT 1 billion', 1e9] },
  { code: 'AZN', before: ['₼', 'AZN'], after: ['AZN', 'Azerbaijani manat'], example: ['AZN 2 billion', 2e9] },
  { code: 'NGN', before: ['₦', 'NGN'], after: ['NGN', 'naira'], example: ['₦500 billion', 500e9] },
  { code: 'IDR', before: ['Rp', 'IDR'], after: ['IDR', 'rupiah'], example: ['Rp 5 trillion', 5e12] },
  { code: 'MYR', before: ['RM', 'MYR'], after: ['MYR', 'ringgit'], example: ['RM2 billion', 2e9] },
  { code: 'THB', before: ['฿', 'THB'], after: ['THB', 'baht'], example: ['10 billion baht', 10e9] },
  { code: 'VND', before: ['₫', 'VND'], after: ['VND', 'Vietnamese dong'], example: ['VND 20 trillion', 20e12] },
  { code: 'PHP', before: ['₱'], after: ['Philippine pesos'], example: ['₱5 billion', 5e9] },
  { code: 'MXN', before: ['MXN', 'Mex$'], after: ['MXN', 'Mexican pesos'], example: ['MXN 40 billion', 40e9] },
  { code: 'EGP', before: ['EGP'], after: ['EGP', 'Egyptian pounds'], example: ['EGP 8 billion', 8e9] },
  { code: 'ETB', before: ['ETB'], after: ['ETB', 'birr'], example: ['3 billion birr', 3e9] },
  { code: 'KES', before: ['KES', 'KSh'], after: ['KES', 'Kenyan shillings'], example: ['KSh 2 billion', 2e9] },
  { code: 'BDT', before: ['BDT', 'Tk'], after: ['BDT', 'taka'], example: ['Tk 500 crore', 5e9] },
  { code: 'ILS', before: ['₪', 'ILS'], after: ['ILS', 'shekels'], example: ['₪2 billion', 2e9] },
  { code: 'PLN', before: ['PLN'], after: ['PLN', 'zlotys'], example: ['PLN 5 billion', 5e9] },
  { code: 'UAH', before: ['₴', 'UAH'], after: ['UAH', 'hryvnias'], example: ['UAH 10 billion', 10e9] },
  { code: 'SEK', before: ['SEK'], after: ['SEK', 'Swedish kronor'], example: ['SEK 3 billion', 3e9] },
  { code: 'NOK', before: ['NOK'], after: ['NOK', 'Norwegian kroner'], example: ['NOK 3 billion', 3e9] },
  { code: 'DKK', before: ['DKK'], after: ['DKK', 'Danish kroner'], example: ['DKK 3 billion', 3e9] },
  { code: 'LKR', before: ['LKR'], after: ['LKR', 'Sri Lankan rupees'], example: ['LKR 20 billion', 20e9] },
  { code: 'NPR', before: ['NPR'], after: ['NPR', 'Nepalese rupees', 'Nepali rupees'], example: ['5 billion Nepalese rupees', 5e9] },
  // "CFA francs" alone are the West African franc, the one most summit copy means (UEMOA members).
  { code: 'XOF', before: ['XOF'], after: ['XOF', 'CFA francs', 'West African CFA francs'], example: ['50 billion CFA francs', 50e9] },
  { code: 'XAF', before: ['XAF'], after: ['XAF', 'Central African CFA francs'], example: ['XAF 10 billion', 10e9] },
  { code: 'XCD', before: ['EC$', 'XCD'], after: ['XCD', 'Eastern Caribbean dollars', 'EC dollars'], example: ['EC$20 million', 20e6] },
  { code: 'JMD', before: ['J$', 'JMD'], after: ['JMD', 'Jamaican dollars'], example: ['J$2 billion', 2e9] },
  { code: 'TTD', before: ['TT$', 'TTD'], after: ['TTD', 'Trinidad and Tobago dollars'], example: ['TT$100 million', 100e6] },
  { code: 'BBD', before: ['Bds$', 'BBD'], after: ['BBD', 'Barbados dollars'], example: ['Bds$50 million', 50e6] },
  { code: 'GYD', before: ['G$', 'GYD'], after: ['GYD', 'Guyana dollars', 'Guyanese dollars'], example: ['G$1 billion', 1e9] },
  { code: 'MAD', before: ['MAD'], after: ['MAD', 'Moroccan dirhams'], example: ['MAD 4 billion', 4e9] },
  { code: 'TND', before: ['TND'], after: ['TND', 'Tunisian dinars'], example: ['TND 300 million', 300e6] },
  { code: 'GHS', before: ['GH₵', 'GHS'], after: ['GHS', 'cedis'], example: ['GH₵2 billion', 2e9] },
  { code: 'RWF', before: ['RWF', 'Rwf'], after: ['RWF', 'Rwandan francs'], example: ['RWF 5 billion', 5e9] },
  { code: 'CLP', before: ['CLP'], after: ['CLP', 'Chilean pesos'], example: ['CLP 900 billion', 900e9] },
  // Not "COP": it names the climate conferences ("COP30").
  { code: 'COP', before: [], after: ['Colombian pesos'], example: ['2 trillion Colombian pesos', 2e12] },
  { code: 'ARS', before: ['ARS'], after: ['ARS', 'Argentine pesos'], example: ['ARS 500 billion', 500e9] },
  { code: 'PEN', before: ['PEN'], after: ['PEN', 'soles'], example: ['PEN 3 billion', 3e9] },
  { code: 'CZK', before: ['CZK'], after: ['CZK', 'Czech koruna', 'korunas'], example: ['CZK 10 billion', 10e9] },
  { code: 'HUF', before: ['HUF'], after: ['HUF', 'forints'], example: ['HUF 100 billion', 100e9] },
  { code: 'RON', before: ['RON'], after: ['RON', 'Romanian lei'], example: ['RON 2 billion', 2e9] },
];

export interface CurrencyNotation {
  readonly code: string;
  readonly needsScale: boolean;
  /** Another code when one of these words is near the amount. */
  readonly nearby: { readonly code: string; readonly pattern: RegExp } | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words ("yuan", "U.S. dollars") match in any case; codes and signs ("USD", "R") only as written. */
const isWord = (s: string): boolean => /[a-z]/.test(s);

/** The notations of a currency table, compiled: regex sources and look-ups (see {@link compileCurrencies}). */
export interface CurrencyTable {
  /** Regex source of every notation written before an amount (use without the `i` flag). */
  readonly beforeSource: string;
  /**
   * How far before its amount's first digit a notation written before it may begin (its length and
   * a space), or null when a notation holds a digit (then the amount may begin inside a digit run).
   */
  readonly beforeLead: number | null;
  /** Regex source of every notation written after an amount (use with the `i` flag; see `after`). */
  readonly afterSource: string;
  before(notation: string): CurrencyNotation | null;
  /** Words match in any case ("Yuan"); codes only as written ("USD", not "usd"). */
  after(notation: string): CurrencyNotation | null;
}

const longestFirst = (list: Iterable<string>): string =>
  [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * Compiles currency rows into look-ups; a notation of a later row replaces the same notation of
 * an earlier one (callers put their rows last, so theirs win).
 */
export function compileCurrencies(rows: readonly CurrencyRow[]): CurrencyTable {
  const before = new Map<string, CurrencyNotation>();
  const after = new Map<string, CurrencyNotation>();
  for (const row of rows) {
    const scaled = new Set(row.needsScale ?? []);
    const notation = (n: string): CurrencyNotation => ({
      code: row.code,
      needsScale: scaled.has(n),
      nearby:
        row.nearby?.notation === n
          ? {
              code: row.nearby.code,
              pattern: new RegExp(`(?<![\\p{L}])(?:${row.nearby.words.map(escape).join('|')})(?![\\p{L}])`, 'iu'),
            }
          : null,
    });
    for (const n of row.before) before.set(n, notation(n));
    for (const n of row.after) after.set(isWord(n) ? n.toLowerCase() : n, notation(n));
  }
  return {
    beforeSource: longestFirst(before.keys()),
    beforeLead: [...before.keys()].some((n) => /[0-9]/.test(n)) ? null : Math.max(0, ...[...before.keys()].map((n) => n.length)) + 1,
    afterSource: longestFirst(rows.flatMap((r) => r.after)),
    before: (n) => before.get(n) ?? null,
    after: (n) => after.get(n) ?? after.get(n.toLowerCase()) ?? null,
  };
}

/** The built-in table, compiled once. */
export const DEFAULT_CURRENCIES: CurrencyTable = compileCurrencies(CURRENCIES);

const NEARBY_WINDOW = 80;

/** The ISO code for a notation at [start, end) of `text`, looking around it for a `nearby` override. */
export function currencyCode(notation: CurrencyNotation, text: string, start: number, end: number): string {
  const nearby = notation.nearby;
  if (nearby === null) return notation.code;
  const around = text.slice(Math.max(0, start - NEARBY_WINDOW), end + NEARBY_WINDOW);
  return nearby.pattern.test(around) ? nearby.code : notation.code;
}
