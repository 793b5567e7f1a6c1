import type { FieldKind } from './comparators.js';
import type { FactType } from './types.js';

/**
 * What a field is for in alignment and classification:
 * `key` identifies the fact (items are aligned on it; it must match at least partially);
 * `type` is a discriminator whose mismatch makes the fact `incorrect` (as a wrong entity type
 * does in SemEval); `attr` is any other field, whose mismatch makes the fact `partial`.
 */
export type FieldRole = 'key' | 'type' | 'attr';

export interface FieldSpec {
  /** Dotted path in the item (`recurrence.everyYears`). */
  readonly path: string;
  readonly kind: FieldKind;
  readonly role: FieldRole;
}

export type ArrayFactType = Exclude<FactType, 'document' | 'event'>;
export type SingletonFactType = Extract<FactType, 'document' | 'event'>;

export interface ArrayFactSpec {
  readonly type: ArrayFactType;
  readonly fields: readonly FieldSpec[];
  /** A short readable key for diffs. */
  readonly label: (item: Readonly<Record<string, unknown>>) => string;
}

const key = (path: string, kind: FieldKind): FieldSpec => ({ path, kind, role: 'key' });
const type = (path: string, kind: FieldKind): FieldSpec => ({ path, kind, role: 'type' });
const attr = (path: string, kind: FieldKind): FieldSpec => ({ path, kind, role: 'attr' });

const str = (value: unknown): string => (value === null || value === undefined ? '?' : String(value));
const short = (value: unknown, max: number): string => {
  const text = str(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};
const amount = (value: unknown): string => (typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : str(value));

/**
 * The ten array fact types: how items are keyed and compared. Quotes align on their text and
 * treat the speaker as the discriminator (a misattributed quote is `incorrect`, not missing +
 * spurious); places align on the name and treat the kind as the discriminator.
 */
export const ARRAY_FACTS: readonly ArrayFactSpec[] = [
  {
    type: 'participants',
    fields: [key('country', 'name'), attr('representative', 'person'), attr('role', 'name')],
    label: (p) => str(p.country),
  },
  {
    type: 'people',
    fields: [key('name', 'person'), attr('titles', 'names'), attr('affiliation', 'name'), attr('country', 'name')],
    label: (p) => str(p.name),
  },
  {
    type: 'organizations',
    fields: [key('name', 'name'), attr('acronym', 'name')],
    label: (o) => str(o.name),
  },
  {
    type: 'places',
    fields: [key('name', 'name'), type('kind', 'exact'), attr('country', 'name')],
    label: (p) => `${str(p.name)} (${str(p.kind)})`,
  },
  {
    type: 'agreements',
    fields: [key('title', 'name'), type('kind', 'exact'), attr('action', 'exact'), attr('parties', 'names'), attr('date', 'date')],
    label: (a) => str(a.title),
  },
  {
    type: 'figures',
    fields: [
      key('value', 'number'),
      key('unit', 'unit'),
      attr('comparator', 'exact'),
      attr('subject', 'text'),
      attr('period', 'date'),
    ],
    label: (f) => `${amount(f.value)} ${str(f.unit)}`,
  },
  {
    type: 'quotes',
    fields: [key('text', 'text'), type('speaker', 'person'), attr('direct', 'exact')],
    label: (q) => `${str(q.speaker)}: "${short(q.text, 48)}"`,
  },
  {
    type: 'timeline',
    fields: [key('date', 'date'), attr('description', 'text'), attr('place', 'name')],
    label: (t) => str(t.date),
  },
  {
    type: 'commitments',
    fields: [key('description', 'text'), attr('actor', 'name'), attr('count', 'number')],
    label: (c) => short(c.description, 60),
  },
  {
    type: 'topics',
    fields: [key('topic', 'text')],
    label: (t) => str(t.topic),
  },
];

/** The singleton fact types, scored field by field (each field one fact). */
export const SINGLETON_FIELDS: Readonly<Record<SingletonFactType, readonly FieldSpec[]>> = {
  document: [
    attr('publisher', 'name'),
    attr('wire', 'name'),
    attr('dateline.place', 'name'),
    attr('dateline.date', 'date'),
    attr('headline', 'text'),
  ],
  event: [
    attr('name', 'name'),
    attr('edition', 'number'),
    attr('startDate', 'date'),
    attr('endDate', 'date'),
    attr('city', 'name'),
    attr('country', 'name'),
    attr('host', 'name'),
    attr('recurrence.everyYears', 'number'),
    attr('recurrence.note', 'text'),
  ],
};

/**
 * Reads a dotted path: `undefined` when a key on the way is absent (not annotated), `null` when a
 * value on the way is `null` (annotated as nothing).
 */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  let parts = PATH_PARTS.get(path);
  if (parts === undefined) PATH_PARTS.set(path, (parts = path.split('.')));
  for (const part of parts) {
    if (current === null) return null;
    if (current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const PATH_PARTS = new Map<string, readonly string[]>();
