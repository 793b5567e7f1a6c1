import { FACT_TYPES, type DocumentScore, type FactType, type Metrics } from '@pressfacts/scoring';

// Output helpers shared by `pressfacts test` and `pressfacts compare`: the F1 table and JUnit XML.

const SHORT: Record<FactType, string> = {
  document: 'doc',
  event: 'event',
  participants: 'part',
  people: 'people',
  organizations: 'org',
  places: 'place',
  agreements: 'agr',
  figures: 'fig',
  quotes: 'quote',
  timeline: 'time',
  commitments: 'commit',
  topics: 'topic',
};

/** `0.83`, or `–` when there was nothing to score. */
export function formatF1(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(2);
}

/** One row of the F1 table: a label, a status and F1 per fact type. */
export interface TableRow {
  readonly label: string;
  readonly status: string;
  readonly types: Partial<Record<FactType, number | null>>;
  readonly overall: number | null | undefined;
}

/** The rows of a score as a table row. */
export function rowOf(label: string, status: string, score: DocumentScore | undefined): TableRow {
  const types: Partial<Record<FactType, number | null>> = {};
  for (const type of FACT_TYPES) if (score?.types[type]) types[type] = score.types[type].f1;
  return { label, status, types, overall: score?.overall.f1 };
}

/** A row from corpus metrics. */
export function rowOfMetrics(label: string, types: Partial<Record<FactType, Metrics | number | null>>, overall: Metrics | number | null): TableRow {
  const f1 = (m: Metrics | number | null | undefined) => (m === undefined ? undefined : m === null || typeof m === 'number' ? m : m.f1);
  const out: Partial<Record<FactType, number | null>> = {};
  for (const type of FACT_TYPES) {
    const value = f1(types[type]);
    if (value !== undefined) out[type] = value;
  }
  return { label, status: '', types: out, overall: f1(overall) ?? null };
}

/** A compact fixed-width table: fixture, status, F1 per fact type, F1 overall. Blank = not scored. */
export function formatTable(rows: readonly TableRow[]): string {
  const labelWidth = Math.min(48, Math.max(7, ...rows.map((r) => r.label.length)));
  const statusWidth = Math.max(6, ...rows.map((r) => r.status.length));
  const cols = FACT_TYPES.map((t) => SHORT[t]);
  const cell = (text: string, width: number) => text.padStart(width);
  const header = ['fixture'.padEnd(labelWidth), 'status'.padEnd(statusWidth), ...cols.map((c) => cell(c, Math.max(4, c.length))), cell('all', 4)].join(' ');
  const lines = rows.map((r) => {
    const label = r.label.length > labelWidth ? `…${r.label.slice(r.label.length - labelWidth + 1)}` : r.label.padEnd(labelWidth);
    const values = FACT_TYPES.map((t, i) => cell(t in r.types ? formatF1(r.types[t]) : '', Math.max(4, cols[i]!.length)));
    return [label, r.status.padEnd(statusWidth), ...values, cell(r.overall === undefined ? '' : formatF1(r.overall), 4)].join(' ').trimEnd();
  });
  return [header, ...lines].join('\n');
}

/** One JUnit test case. */
export interface JUnitCase {
  readonly name: string;
  readonly seconds: number;
  readonly outcome: 'pass' | 'fail' | 'error' | 'skip';
  readonly message?: string;
  readonly details?: string;
}

/** JUnit XML (the dialect CI systems read) for one suite of cases. */
export function formatJUnit(suite: string, cases: readonly JUnitCase[]): string {
  const count = (o: JUnitCase['outcome']) => cases.filter((c) => c.outcome === o).length;
  const time = cases.reduce((s, c) => s + c.seconds, 0).toFixed(3);
  const body = cases.map((c) => {
    const open = `    <testcase classname="${xml(suite)}" name="${xml(c.name)}" time="${c.seconds.toFixed(3)}"`;
    const message = xml(c.message ?? '');
    if (c.outcome === 'pass') return `${open}/>`;
    if (c.outcome === 'skip') return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
    const tag = c.outcome === 'fail' ? 'failure' : 'error';
    return `${open}>\n      <${tag} message="${message}">${xml(c.details ?? c.message ?? '')}</${tag}>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pressfacts" tests="${cases.length}" failures="${count('fail')}" errors="${count('error')}" skipped="${count('skip')}" time="${time}">`,
    `  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${count('fail')}" errors="${count('error')}" skipped="${count('skip')}" time="${time}">`,
    ...body,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

// XML 1.0 forbids most control characters even escaped; drop them, escape the rest.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
