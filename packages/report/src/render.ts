import { createHash } from 'node:crypto';
import type { SummitFacts } from '@pressfacts/schema';
import { FACT_TYPES, renderValue, scoreFacts, type DocumentScore, type FactsLike, type FactType } from '@pressfacts/scoring';
import { collectFacts, honestSpans, statusesOf, type Annotation, type ReportFact } from './annotations.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { escapeHtml as esc, jsonForScript } from './escape.js';
import { segment } from './segments.js';
import { stylesheet } from './styles.js';

/** What {@link renderReport} draws. */
export interface ReportInput {
  /** The raw release text the facts' spans point into. */
  readonly text: string;
  readonly facts: SummitFacts;
  /** An expectation (expected.json or facts.json): missing and spurious facts are then marked. */
  readonly expected?: FactsLike;
  /** Page title (default: the document id). */
  readonly title?: string;
}

const ARRAY_LABEL: Partial<Record<FactType, (item: Record<string, unknown>) => string>> = {
  participants: (p) => String(p.country),
  people: (p) => String(p.name),
  organizations: (o) => String(o.name) + (o.acronym ? ` (${String(o.acronym)})` : ''),
  places: (p) => `${String(p.name)} (${String(p.kind)})`,
  agreements: (a) => String(a.title),
  figures: (f) => `${typeof f.value === 'number' ? f.value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(f.value)} ${String(f.unit)}`,
  quotes: (q) => `${q.speaker === null ? '?' : String(q.speaker)}: ${String(q.text)}`,
  timeline: (t) => `${String(t.date)} ${String(t.description)}`,
  commitments: (c) => String(c.description),
  topics: (t) => String(t.topic),
};

/**
 * A self-contained HTML page (inline CSS and JS, no network: a Content-Security-Policy allows
 * nothing else) showing the release with every fact's evidence highlighted by fact type, the
 * facts table beside it, and, on click or hover, the fact's JSON and the rule that produced it.
 * With `expected`, spurious, partial and missing facts are marked. All text is escaped.
 *
 * @example
 * writeFileSync('report.html', renderReport({ text, facts: extract(text), expected }));
 */
export function renderReport(input: ReportInput): string {
  const { text, facts } = input;
  const score = input.expected ? scoreFacts(facts, input.expected) : undefined;
  const statuses = score ? statusesOf(score.facts) : undefined;

  const reportFacts: ReportFact[] = [];
  const annotations: Annotation[] = [];
  for (const entry of collectFacts(facts)) {
    const status = statuses?.byRef.get(entry.ref);
    const provenance = (entry.type === 'document' ? facts.document.dateline?.provenance : entry.item.provenance) as { rule: string; confidence: number } | undefined;
    reportFacts.push({
      ref: entry.ref,
      type: entry.type,
      label: labelOf(entry.type, entry.item),
      value: stripSpans(entry.item),
      rule: provenance?.rule ?? null,
      confidence: provenance?.confidence ?? null,
      status: status?.status ?? (statuses ? 'spurious' : null),
      notes: status?.notes ?? [],
    });
    for (const s of honestSpans(text, entry.evidence)) {
      annotations.push({ id: annotations.length, type: entry.type, fact: entry.ref, start: s.start, end: s.end, status: status?.status ?? (statuses ? 'spurious' : null) });
    }
  }
  for (const [i, missing] of (statuses?.missing ?? []).entries()) {
    const ref = `${missing.factType}:expected:${missing.expectedIndex ?? i}`;
    const item = (typeof missing.expected === 'string' ? { topic: missing.expected } : (missing.expected ?? {})) as Record<string, unknown>;
    reportFacts.push({ ref, type: missing.factType, label: labelOf(missing.factType, item), value: stripSpans(item), rule: null, confidence: null, status: 'missing', notes: [] });
    const evidence = Array.isArray(item.evidence) ? (item.evidence as SummitFacts['people'][number]['evidence']) : [];
    for (const s of honestSpans(text, evidence)) annotations.push({ id: annotations.length, type: missing.factType, fact: ref, start: s.start, end: s.end, status: 'missing' });
  }

  const title = input.title ?? `pressfacts report: ${facts.document.id}`;
  const css = stylesheet();
  const csp = `default-src 'none'; style-src '${sha256(css)}'; script-src '${sha256(CLIENT_SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
${summaryHtml(facts)}
${legendHtml(annotations, reportFacts, Boolean(statuses))}
</header>
<main>
<div id="text" tabindex="-1" aria-label="release text">${textHtml(text, annotations, reportFacts)}</div>
<aside>
<div id="detail" aria-live="polite"><div class="empty">Click a highlight or a row to see the fact, its JSON and the rule that produced it.</div></div>
${score ? scoresHtml(score) : ''}
<div id="facts">${factsTableHtml(reportFacts)}</div>
</aside>
</main>
<script type="application/json" id="pf-data">${jsonForScript({ facts: reportFacts, annotations })}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function labelOf(type: FactType, item: Record<string, unknown>): string {
  if (type === 'document') return item.dateline ? `${String((item.dateline as { place: unknown }).place ?? '?')}, ${String((item.dateline as { date: unknown }).date ?? '?')}` : String(item.id ?? 'document');
  if (type === 'event') return String(item.name ?? 'event');
  return ARRAY_LABEL[type]?.(item) ?? type;
}

function stripSpans(item: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(item, (key, value: unknown) => (key === 'evidence' ? undefined : value))) as unknown;
}

function summaryHtml(facts: SummitFacts): string {
  const d = facts.document;
  const e = facts.event;
  const parts = [
    ['id', d.id],
    ['publisher', d.publisher],
    ['wire', d.wire],
    ['dateline', d.dateline ? `${d.dateline.place ?? '?'}, ${d.dateline.date ?? '?'}` : null],
    ['event', e ? [e.name, e.edition ? `#${e.edition}` : null, e.startDate, e.city, e.country].filter(Boolean).join(' · ') : null],
    ['diagnostics', String(facts.diagnostics.length)],
  ] as const;
  const meta = parts.map(([k, v]) => `${esc(k)} <b>${esc(v ?? '–')}</b>`).join(' &nbsp; ');
  const headline = d.headline ? `<div class="meta">headline <b>${esc(d.headline)}</b></div>` : '';
  return `<div class="meta">${meta}</div>${headline}`;
}

function legendHtml(annotations: readonly Annotation[], facts: readonly ReportFact[], withStatus: boolean): string {
  const items = FACT_TYPES.map((type) => {
    const spans = annotations.filter((a) => a.type === type && a.status !== 'missing').length;
    const count = facts.filter((f) => f.type === type && f.status !== 'missing').length;
    return `<span class="item" data-type="${type}" data-spans="${spans}" data-facts="${count}"><span class="swatch sw-${type}"></span>${esc(type)} <b>${count}</b></span>`;
  });
  if (withStatus) {
    items.push(
      '<span class="item"><span class="swatch key-missing"></span>missing (expected, not found)</span>',
      '<span class="item"><span class="swatch key-spurious"></span>spurious (found, not expected)</span>',
      '<span class="item"><span class="swatch key-partial"></span>partial / incorrect</span>',
    );
  }
  return `<div class="legend" id="legend">${items.join('')}</div>`;
}

function textHtml(text: string, annotations: readonly Annotation[], facts: readonly ReportFact[]): string {
  const byRef = new Map(facts.map((f) => [f.ref, f]));
  return segment(text.length, annotations)
    .map((seg) => {
      const piece = esc(text.slice(seg.start, seg.end));
      const inner = seg.annotations[0];
      if (!inner) return piece;
      const classes = ['hl', `t-${inner.type}`];
      if (seg.annotations.length > 1) classes.push('multi');
      if (inner.status && inner.status !== 'correct') classes.push(`st-${inner.status}`);
      const tip = seg.annotations
        .map((a) => {
          const f = byRef.get(a.fact);
          return `${a.type}: ${f?.label ?? ''}${f?.rule ? ` · ${f.rule} (${f.confidence ?? '?'})` : ''}${a.status && a.status !== 'correct' ? ` · ${a.status}` : ''}`;
        })
        .join('\n');
      return `<span class="${classes.join(' ')}" data-type="${inner.type}" data-ann="${seg.annotations.map((a) => a.id).join(' ')}" title="${esc(tip)}" tabindex="0">${piece}</span>`;
    })
    .join('');
}

function scoresHtml(score: DocumentScore): string {
  const pct = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const rows = FACT_TYPES.flatMap((t) => {
    const m = score.types[t];
    if (!m) return [];
    return [`<tr><td>${t}</td><td>${m.correct}</td><td>${m.partial}</td><td>${m.incorrect}</td><td>${m.missing}</td><td>${m.spurious}</td><td>${pct(m.precision)}</td><td>${pct(m.recall)}</td><td>${pct(m.f1)}</td></tr>`];
  });
  const o = score.overall;
  rows.push(`<tr><th>all</th><th>${o.correct}</th><th>${o.partial}</th><th>${o.incorrect}</th><th>${o.missing}</th><th>${o.spurious}</th><th>${pct(o.precision)}</th><th>${pct(o.recall)}</th><th>${pct(o.f1)}</th></tr>`);
  return `<h2>Against the expectation</h2><table class="scores" id="scores"><thead><tr><th>type</th><th>cor</th><th>par</th><th>inc</th><th>mis</th><th>spu</th><th>P</th><th>R</th><th>F1</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function factsTableHtml(facts: readonly ReportFact[]): string {
  const sections = FACT_TYPES.flatMap((type) => {
    const rows = facts.filter((f) => f.type === type);
    if (rows.length === 0) return [];
    const body = rows
      .map((f) => {
        const status = f.status ? `<span class="badge ${f.status}">${f.status}</span>` : '';
        const notes = f.notes.length > 0 ? `<div class="notes">${f.notes.map(esc).join('<br>')}</div>` : '';
        return `<tr class="fact row-${type}" data-fact="${esc(f.ref)}" data-status="${f.status ?? ''}"><td>${esc(f.label)}${notes}</td><td>${esc(summarise(f.value))}</td><td>${status}</td><td class="rule">${esc(f.rule ?? '–')}</td><td class="num">${f.confidence ?? '–'}</td></tr>`;
      })
      .join('');
    return [`<h2><span class="swatch sw-${type}"></span> ${type} (${rows.length})</h2><table class="facts"><colgroup><col class="c-fact"><col class="c-fields"><col class="c-status"><col class="c-rule"><col class="c-conf"></colgroup><thead><tr><th>fact</th><th>fields</th><th>status</th><th>rule</th><th>conf</th></tr></thead><tbody>${body}</tbody></table>`];
  });
  return sections.join('\n');
}

/** The fields of a fact as `key: value` pairs, skipping empty ones and provenance. */
function summarise(value: unknown): string {
  if (value === null || typeof value !== 'object') return renderValue(value);
  return Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => k !== 'provenance' && v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : renderValue(v)}`)
    .join('; ');
}
