import { Type, type Static, type TLiteral } from '@sinclair/typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
export { Nullable };

/** A union of string literals: `Literals('a', 'b')` is `'a' | 'b'` in TypeScript and `enum`-like in JSON Schema. */
export const Literals = <const T extends readonly string[]>(...values: T) =>
  Type.Union(values.map((value) => Type.Literal(value)) as TLiteral<T[number]>[]);

/** `[start, end)` in UTF-16 code units into the raw input, with the text it covers. */
export const SpanSchema = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String(),
  },
  { additionalProperties: false },
);
/**
 * Evidence: a range of the input with the text it covers; `input.slice(start, end) === text`.
 *
 * @example
 * const span: Span = { start: 0, end: 7, text: 'BEIJING' };
 */
export type Span = Static<typeof SpanSchema>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the text allows. */
export const IsoDateSchema = Type.String({
  pattern: '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD',
});
/**
 * A date as precise as the text allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * const dates: IsoDate[] = ['2025', '2025-06', '2025-06-18'];
 */
export type IsoDate = Static<typeof IsoDateSchema>;

/** Which rule produced an item, and how far to trust it. */
export const ProvenanceSchema = Type.Object(
  {
    rule: Type.String({ minLength: 1 }),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);
/**
 * Which rule produced a fact, and how confident it is (0 to 1).
 *
 * @example
 * const provenance: Provenance = { rule: 'money/symbol-scale', confidence: 0.9 };
 */
export type Provenance = Static<typeof ProvenanceSchema>;

export const EvidenceSchema = Type.Array(SpanSchema, { minItems: 1 });
