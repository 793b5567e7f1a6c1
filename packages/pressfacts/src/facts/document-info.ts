import type { DocumentInfo } from '@pressfacts/schema';
import { lookupWire } from '../data/wires.js';
import { evidenceOf, type FactsContext } from './context.js';
import { titleCasePlace } from './text.js';

// "CGTN published an article", "The Ministry of Foreign Affairs released a statement".
const PUBLISHED = /\b((?:[A-Z][\w&.'-]*\s+){0,6}?[A-Z][\w&.'-]*)\s+(?:has\s+)?(?:published|released|issued|posted|ran)\s+(?:an?|the|its)\s+(?:article|report|statement|commentary|op-ed|piece|release|readout|story|feature)\b/;

/** Publisher, wire, dateline and headline of the release. */
export function assembleDocumentInfo(ctx: FactsContext): DocumentInfo {
  const { header } = ctx;
  const dateline = header.dateline;
  const wireRow = dateline?.wire ? lookupWire(dateline.wire.text) : undefined;
  const wire = wireRow?.name ?? (dateline?.wire ? dateline.wire.text.replace(/^[/(\s]+|[/)\s]+$/g, '') : null);
  return {
    id: ctx.doc.id,
    publisher: wireRow?.agency ? wireRow.name : findPublisher(ctx),
    wire: wire === '' ? null : wire,
    dateline: dateline
      ? {
          place: dateline.place ? titleCasePlace(dateline.place.text.split(',')[0]!.trim()) : null,
          date: datelineDate(ctx),
          evidence: evidenceOf([dateline.segment]),
          provenance: dateline.provenance,
        }
      : null,
    headline: header.headline ? header.headline.text.trim() : null,
  };
}

function datelineDate(ctx: FactsContext): string | null {
  const dateText = ctx.header.dateline?.dateText;
  if (!dateText) return null;
  const mention = ctx.dates.find((d) => d.norm.start >= dateText.norm.start && d.norm.end <= dateText.norm.end + 1);
  if (mention?.value) return mention.value;
  const docDate = ctx.doc.layers.documentDate;
  return docDate?.source === 'dateline' ? docDate.date : null;
}

/** The outlet the text names as author, in the headline or the first body sentence. */
function findPublisher(ctx: FactsContext): string | null {
  const places = [ctx.header.headline, ctx.bodySentences[0]].filter((s) => s != null);
  for (const segment of places) {
    const text = ctx.text.slice(segment.norm.start, segment.norm.end);
    const m = PUBLISHED.exec(text);
    if (m?.[1]) return m[1].replace(/^(?:The|A|An)\s+/, '');
  }
  return null;
}

