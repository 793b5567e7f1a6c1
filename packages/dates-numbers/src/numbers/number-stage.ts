import { requireLayer, type Quantity, type Stage } from '@pressfacts/document';
import { toViewSpan } from '../text/to-view-span.js';
import type { QuantityKind } from '../types.js';
import { extractQuantities, recognizersFor } from './extract-quantities.js';
import type { QuantityVocabularies } from './vocabularies.js';

/**
 * Options of {@link createNumberExtractor}.
 *
 * @example
 * createNumberExtractor({ kinds: ['money', 'percent'] });
 * createNumberExtractor({ vocabularies: { currencies: [{ code: 'XCG', before: [], after: ['Caribbean guilders'], example: ['2 billion Caribbean guilders', 2e9] }] } });
 */
export interface NumberExtractorOptions {
  /** Only these kinds of quantity (default: all). */
  readonly kinds?: readonly QuantityKind[];
  /** Rows added to the built-in tables (currencies); validated and compiled when the stage is created. */
  readonly vocabularies?: QuantityVocabularies;
}

/**
 * The `numbers` stage: money, percentages, cardinals, ordinals and recurrences in the normalised
 * view, skipping the numbers inside date mentions ("June 18, 2025", "in 2024").
 *
 * @example
 * const pipeline = createPipeline([createTokenizer(), createDateExtractor(), createNumberExtractor()]);
 * pipeline.process(text).layers.quantities; // [{ kind: 'money', text: '$48.5 billion', currency: 'USD', … }, …]
 */
export function createNumberExtractor(
  options: NumberExtractorOptions = {},
): Stage<'quantities', 'view' | 'sentences' | 'dates'> {
  const kinds = options.kinds === undefined ? {} : { kinds: [...options.kinds] };
  // Compiled (and checked) here, once; every document then finds it cached for this object.
  const vocabularies = options.vocabularies === undefined ? {} : { vocabularies: options.vocabularies };
  recognizersFor(options.vocabularies);
  return {
    name: 'numbers',
    requires: ['view', 'sentences', 'dates'],
    provides: ['quantities'],
    run(doc) {
      const view = requireLayer(doc, 'view');
      const dates = requireLayer(doc, 'dates');
      const found = extractQuantities(view.text, { skip: dates.map((d) => d.norm), ...kinds, ...vocabularies });
      const quantities: Quantity[] = found.map((q) => toViewSpan(view, q));
      return { quantities };
    },
  };
}
