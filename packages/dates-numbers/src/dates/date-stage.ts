import { requireLayer, toSpan, type DateMention, type Stage } from '@pressfacts/document';
import { parseIsoDay } from '../iso-date.js';
import { toViewSpan } from '../text/to-view-span.js';
import { resolveDocumentDate } from './document-date.js';
import { extractDates } from './extract-dates.js';

/**
 * Options of {@link createDateExtractor}.
 *
 * @example
 * createDateExtractor({ minYear: 1945, maxYear: 2100 });
 */
export interface DateExtractorOptions {
  /** Bare years ("in 2020") outside [minYear, maxYear] are not dates. Default 1900. */
  readonly minYear?: number;
  /** Default 2100. */
  readonly maxYear?: number;
}

/**
 * The `dates` stage: resolves the document date (date header, else dateline, else the caller's
 * `referenceDate`) and finds every date mention in the normalised view, resolving relative ones
 * against the document date. Relative mentions it cannot resolve keep `value: null` and get an
 * `unresolved-relative-date` warning.
 *
 * @example
 * const pipeline = createPipeline([createTokenizer(), createDateExtractor()]);
 * pipeline.process(text).layers.dates; // [{ text: 'June 18, 2025', value: '2025-06-18', … }, …]
 */
export function createDateExtractor(
  options: DateExtractorOptions = {},
): Stage<'documentDate' | 'dates', 'view' | 'header' | 'sentences'> {
  const yearRange = {
    ...(options.minYear === undefined ? {} : { minYear: options.minYear }),
    ...(options.maxYear === undefined ? {} : { maxYear: options.maxYear }),
  };
  return {
    name: 'dates',
    requires: ['view', 'header', 'sentences'],
    provides: ['documentDate', 'dates'],
    run(doc, ctx) {
      const view = requireLayer(doc, 'view');
      const header = requireLayer(doc, 'header');
      let referenceDate: string | null = null;
      if (doc.referenceDate !== null) {
        if (parseIsoDay(doc.referenceDate) !== null) referenceDate = doc.referenceDate;
        else {
          ctx.report({
            level: 'warning',
            code: 'invalid-reference-date',
            message: `the reference date "${doc.referenceDate}" is not YYYY-MM-DD; it is ignored`,
            span: null,
          });
        }
      }
      const documentDate = resolveDocumentDate(view, header, referenceDate, ctx);
      // Relative mentions need a day to count from; a month- or year-only document date gives none.
      const resolveAgainst = documentDate !== null && parseIsoDay(documentDate.date) !== null ? documentDate.date : null;
      const dates: DateMention[] = extractDates(view.text, { referenceDate: resolveAgainst, ...yearRange }).map((d) => toViewSpan(view, d));
      for (const d of dates) {
        if (d.relative && d.value === null) {
          ctx.report({
            level: 'warning',
            code: 'unresolved-relative-date',
            message: `"${d.text}" is relative to a document date, and the document has none`,
            span: toSpan(d),
          });
        }
      }
      return { documentDate, dates };
    },
  };
}
