import { requireLayer, segmentFromView, type Quantity, type Stage } from '@pressfacts/document';
import type { QuantityKind } from '../types.js';
import { extractQuantities } from './extract-quantities.js';

/**
 * Options of {@link createNumberExtractor}.
 *
 * @example
 * createNumberExtractor({ kinds: ['money', 'percent'] });
 */
export interface NumberExtractorOptions {
  /** Only these kinds of quantity (default: all). */
  readonly kinds?: readonly QuantityKind[];
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
  return {
    name: 'numbers',
    requires: ['view', 'sentences', 'dates'],
    provides: ['quantities'],
    run(doc) {
      const view = requireLayer(doc, 'view');
      const dates = requireLayer(doc, 'dates');
      const found = extractQuantities(view.text, { skip: dates.map((d) => d.norm), ...kinds });
      const quantities: Quantity[] = found.map((q) => ({ ...q, ...segmentFromView(view, q.start, q.end) }));
      return { quantities };
    },
  };
}
