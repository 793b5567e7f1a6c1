/**
 * Currency words that several countries use. The number stage reads "Rs 2,154 billion" without
 * knowing which country the release is about; the figure assembler picks the code of the country
 * the document names most. `example` is a release sentence a test runs; `code` the expected unit.
 */
export interface SharedCurrencyRow {
  /** Matches the currency word inside a money quantity's text. */
  readonly pattern: RegExp;
  /** Country (English short name) → ISO 4217 code. */
  readonly codes: Readonly<Record<string, string>>;
  readonly example: string;
  readonly code: string;
}

export const SHARED_CURRENCIES: readonly SharedCurrencyRow[] = [
  {
    pattern: /\b(?:rs\.?|rupees?)(?:\s|\d|$)/i,
    codes: { India: 'INR', Pakistan: 'PKR', 'Sri Lanka': 'LKR', Nepal: 'NPR', Mauritius: 'MUR', Seychelles: 'SCR' },
    example: 'ISLAMABAD, Oct. 3, 2025 -- Pakistan said exports rose to Rs 2,154 billion.',
    code: 'PKR',
  },
];
