import type { DateMention, Quantity } from '@pressfacts/document';

/** A date found in a plain string: a {@link DateMention} whose span is relative to that string. */
export type FoundDate = Omit<DateMention, 'norm'>;

type WithoutNorm<T> = T extends unknown ? Omit<T, 'norm'> : never;

/** A quantity found in a plain string: a {@link Quantity} whose span is relative to that string. */
export type FoundQuantity = WithoutNorm<Quantity>;

export type QuantityKind = Quantity['kind'];
