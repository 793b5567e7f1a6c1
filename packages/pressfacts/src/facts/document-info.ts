import type { DocumentInfo } from '@pressfacts/schema';
import { isIssuerLine } from '@pressfacts/tokenizer';
import { lookupWire } from '../data/wires.js';
import { evidenceOf, type FactsContext } from './context.js';
import { matchesOf, titleCasePlace } from './text.js';

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
  // (Each line pattern needs its literal word: a text without it need not be scanned line by line.)
  const named = (body.includes('SOURCE') ? SOURCE_LINE.exec(body)?.[1] : undefined) ?? (body.includes('About') ? ABOUT_HEADING.exec(body)?.[1] : undefined);
  if (named) return withLegalSuffix(ctx, expandAcronym(ctx, named.replace(/^(?:The)\s+/, '')));
  const masthead = mastheadOf(ctx);
  if (masthead) return masthead;
  const lead = ctx.bodySentences[0];
  if (ctx.header.dateline?.wire && lead) {
    const m = LEAD_SUBJECT.exec(ctx.text.slice(Math.max(lead.norm.start, ctx.header.bodyStart), lead.norm.end).trimStart());
    if (m?.[1] && !isPlaceOrPerson(ctx, m[1])) return expandAcronym(ctx, m[1]);
  }
  return ctx.header.dateline?.wire ? contactOutlet(ctx) : null;
}

// "Media contact\nPan-African Development Monitor\npress@padm.example": the outlet in the contact block.
const CONTACT_HEADING = /^[ \t]*(?:(?:media|press|investor)[ \t]+)?contacts?:?[ \t]*$/gim;
const CONTACT_ROLE = /^(?:media|press|investor|public)?\s*(?:relations|office|desk|team|communications|enquiries|inquiries)$/i;
const CONTACT_LINES = 6;
const CAPITALISED = /^\p{Lu}/u;

/** The organisation line of a wire release's contact block, skipping roles, people, e-mails and phone numbers. */
function contactOutlet(ctx: FactsContext): string | null {
  const tail = ctx.text.slice(ctx.header.bodyStart);
  let heading: RegExpExecArray | null = null;
  for (const m of matchesOf(CONTACT_HEADING, tail)) heading = m;
  if (heading === null) return null;
  const from = ctx.header.bodyStart + heading.index + heading[0].length;
  const lines = ctx.text.slice(from, from + 600).split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, CONTACT_LINES);
  for (const line of lines) {
    if (/@|\d{3}|https?:|www\./i.test(line) || CONTACT_ROLE.test(line) || !CAPITALISED.test(line) || line.split(/\s+/).length > 8) continue;
    if (ctx.entities.some((e) => e.kind === 'person' && line.startsWith(e.name))) continue;
    const org = ctx.entities.find((e) => e.kind === 'organization' && line === e.name);
    return org ? org.name : line.replace(/^The\s+/, '');
  }
  return null;
}

// Company forms written after a name: "Halden Audio ASA", "Northwind Analytics, Inc.".
const LEGAL_SUFFIX = /^,?\s(ASA|AS|AB|AG|SA|S\.A\.|SE|NV|N\.V\.|plc|PLC|Inc\.?|Ltd\.?|Limited|LLC|GmbH|Corp\.?|Corporation|Co\.,? Ltd\.?|Oyj|S\.p\.A\.|K\.K\.)(?![\w.])/;

/** "About Halden Audio" → "Halden Audio ASA" when the text writes the company's form after its name. */
function withLegalSuffix(ctx: FactsContext, name: string): string {
  let at = ctx.text.indexOf(name, ctx.header.bodyStart);
  for (let tries = 0; at >= 0 && tries < 5; tries++) {
    const m = LEGAL_SUFFIX.exec(ctx.text.slice(at + name.length, at + name.length + 12));
    if (m) return `${name}${m[0].startsWith(',') ? ',' : ''} ${m[1]}`;
    at = ctx.text.indexOf(name, at + name.length);
  }
  return name;
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
// "The Southern Times | World | Latin America": a breadcrumb that opens with the outlet.
const BREADCRUMB_OUTLET = /^((?:(?:[A-Z][\w&'.-]*|of|the|for|and)\s){0,5}[A-Z][\w&'.-]*)\s+[|>»]\s/;
const SECTION_WORDS: ReadonlySet<string> = new Set(['Home', 'News', 'World', 'Menu', 'Search', 'Briefing Room', 'Newsroom', 'Press Room', 'Media Centre', 'Media Center']);
// "Pakistan Bureau of Statistics (PBS)", "Press Information Bureau, Government of India".
const ACRONYM_TAIL = /\s*\([A-Z&\d-]{2,12}\)$/;

/**
 * The outlet a page's header lines name before its headline: the last masthead or organisation
 * line ("Government of Pakistan / Pakistan Bureau of Statistics (PBS)" → the bureau, which is
 * more specific), else an outlet that opens the first line's breadcrumb.
 */
function mastheadOf(ctx: FactsContext): string | null {
  const end = Math.min(ctx.header.bodyStart, ctx.header.headline?.norm.start ?? ctx.header.bodyStart);
  let found: string | null = null;
  let crumb: string | null = null;
  let first = true;
  for (const p of ctx.doc.layers.paragraphs ?? []) {
    if (p.norm.start >= end) break;
    for (const raw of ctx.text.slice(p.norm.start, Math.min(p.norm.end, end)).split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const name = line.replace(ACRONYM_TAIL, '').split(', ')[0]!.replace(/^The\s+/i, '');
      if (MASTHEAD.test(line) && line.split(' ').length <= 6) found = titleCasePlace(line).replace(/^The\s+/, '');
      else if (isIssuerLine(line) || ctx.entities.some((e) => e.kind === 'organization' && e.name === name)) found = name;
      else if (first) {
        const m = BREADCRUMB_OUTLET.exec(line);
        const outlet = m?.[1] ? titleCasePlace(m[1]).replace(/^The\s+/, '') : undefined;
        if (outlet && !SECTION_WORDS.has(outlet)) crumb = outlet;
      }
      first = false;
    }
  }
  return found ?? crumb;
}
