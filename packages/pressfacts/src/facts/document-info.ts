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
  if (!dateText) return undatedDatelineDate(ctx);
  const mention = ctx.dates.find((d) => d.norm.start >= dateText.norm.start && d.norm.end <= dateText.norm.end + 1);
  if (mention?.value) return mention.value;
  const docDate = ctx.doc.layers.documentDate;
  return docDate?.source === 'dateline' ? docDate.date : null;
}

/** A wire dateline without a date ("BISHKEK, Kyrgyzstan--(BUSINESS WIRE)--") is dated by the release's timestamp line. */
function undatedDatelineDate(ctx: FactsContext): string | null {
  const docDate = ctx.doc.layers.documentDate;
  return docDate?.source === 'header' ? docDate.date : null;
}

// Wire boilerplate that names the issuer: "SOURCE The Silk Road Observer", "About Halden Audio".
const SOURCE_LINE = /^[ \t]*SOURCE[ \t]+([^\n]{2,80}?)[ \t]*$/m;
const ABOUT_HEADING = /^[ \t]*About[ \t]+(?:the[ \t]+)?([A-Z][^\n.]{1,80}?)[ \t]*$/m;
// "-- The Northbridge Security Forum, a research institute, has released …": the lead's subject.
const LEAD_SUBJECT = /^(?:The\s+)?((?:[A-Z][\w&.'-]*|of|for|and|de|the)(?:\s+(?:[A-Z][\w&.'-]*|of|for|and|de|the)){0,7}?)(?:\s+\([^)]{1,40}\))?(?:,\s+[^,]{3,120},)?\s+(?:today\s+|has\s+|have\s+)?(?:announced|released|published|launched|welcomed|issued|unveiled)\b/;

/**
 * The outlet that wrote the release: named as author in the headline or lead ("CGTN published an
 * article"), or for a distribution-wire release, the issuer its boilerplate names (SOURCE line,
 * "About X" section) or the lead's subject.
 */
function findPublisher(ctx: FactsContext): string | null {
  const places = [ctx.header.headline, ctx.bodySentences[0]].filter((s) => s != null);
  for (const segment of places) {
    const text = ctx.text.slice(segment.norm.start, segment.norm.end);
    const m = PUBLISHED.exec(text);
    if (m?.[1]) return expandAcronym(ctx, m[1].replace(/^(?:The|A|An)\s+/, ''));
  }
  const body = ctx.text.slice(ctx.header.bodyStart);
  const named = SOURCE_LINE.exec(body)?.[1] ?? ABOUT_HEADING.exec(body)?.[1];
  if (named) return expandAcronym(ctx, named.replace(/^(?:The)\s+/, ''));
  const masthead = mastheadOf(ctx);
  if (masthead) return masthead;
  const lead = ctx.bodySentences[0];
  if (ctx.header.dateline?.wire && lead) {
    const m = LEAD_SUBJECT.exec(ctx.text.slice(Math.max(lead.norm.start, ctx.header.bodyStart), lead.norm.end).trimStart());
    if (m?.[1] && !isPlaceOrPerson(ctx, m[1])) return expandAcronym(ctx, m[1]);
  }
  return null;
}

/** "LACBC" → the organisation whose acronym it is, when the text spells it out. */
function expandAcronym(ctx: FactsContext, name: string): string {
  const org = ctx.entities.find((e) => e.kind === 'organization' && e.acronym === name);
  return org ? org.name : name.trim();
}

function isPlaceOrPerson(ctx: FactsContext, text: string): boolean {
  return ctx.entities.some((e) => e.kind !== 'organization' && e.mentions.some((m) => m.text === text));
}


// A page's first line naming the outlet: "THE EVENING HERALD", or an organisation's name alone.
const MASTHEAD = /^[A-Z][A-Z&'. -]{2,60}$/;

function mastheadOf(ctx: FactsContext): string | null {
  const first = ctx.doc.layers.paragraphs?.[0];
  if (!first || first.norm.start >= ctx.header.bodyStart) return null;
  const line = ctx.text.slice(first.norm.start, first.norm.end).trim();
  if (line.includes('\n')) return null;
  if (MASTHEAD.test(line) && line.split(' ').length <= 6) return titleCasePlace(line);
  const org = ctx.entities.find((e) => e.kind === 'organization' && e.name === line.replace(/^The\s+/, ''));
  return org ? org.name : null;
}
