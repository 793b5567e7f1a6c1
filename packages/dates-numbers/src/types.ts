import type { DateMention, Quantity } from '@pressfacts/document';

/** A date found in a plain string: a {@link DateMention} whose span is relative to that string. */
export type FoundDate = Omit<DateMention, 'norm'>;

type WithoutNorm<T> = T extends unknown ? Omit<T, 'norm'> : never;

/** A quantity found in a plain string: a {@link Quantity} whose span is relative to that string. */
export type FoundQuantity = WithoutNorm<Quantity>;

/**
 * The kinds of quantity: `money`, `percent`, `cardinal`, `ordinal`, `recurrence`.
 *
 * @example
 * extractQuantities(text, { kinds: ['money', 'percent'] satisfies QuantityKind[] });
 */
export type QuantityKind = Quantity['kind'];
