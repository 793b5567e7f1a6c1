/**
 * Currencies a generated release may be written in: ISO 4217 code (checked against
 * `currency-codes` by a test), the symbol used before amounts, and the plural word after them.
 * Symbols and press wording are not in `currency-codes`, so they are data here.
 */
export interface CurrencyStyle {
  readonly code: string;
  readonly symbol: string;
  readonly word: string;
  /** Example amount as a release writes it, run by a test. */
  readonly example: string;
}

export const CURRENCY_STYLES: readonly CurrencyStyle[] = [
  { code: 'USD', symbol: '$', word: 'U.S. dollars', example: '$4.5 billion' },
  { code: 'EUR', symbol: '€', word: 'euros', example: '€2.1 billion' },
  { code: 'GBP', symbol: '£', word: 'pounds', example: '£300 million' },
  { code: 'JPY', symbol: '¥', word: 'yen', example: '¥1.2 trillion' },
  { code: 'INR', symbol: '₹', word: 'rupees', example: '₹45,000 crore' },
  { code: 'CNY', symbol: 'CN¥', word: 'yuan', example: '120 billion yuan' },
  { code: 'BRL', symbol: 'R$', word: 'reais', example: 'R$8 billion' },
  { code: 'KRW', symbol: '₩', word: 'won', example: '₩3 trillion' },
];
