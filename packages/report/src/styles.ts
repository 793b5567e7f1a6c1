import type { FactType } from '@pressfacts/scoring';

/** Highlight colour of each fact type (light backgrounds that keep black text readable). */
export const TYPE_COLORS: Readonly<Record<FactType, string>> = {
  document: '#d6d6d6',
  event: '#ffd54f',
  participants: '#90caf9',
  people: '#a5d6a7',
  organizations: '#ce93d8',
  places: '#80deea',
  agreements: '#ffab91',
  figures: '#fff176',
  quotes: '#f8bbd0',
  timeline: '#d7ccc8',
  commitments: '#c5e1a5',
  topics: '#b0bec5',
};

/** The page's stylesheet (inline; no external resource). */
export function stylesheet(): string {
  const types = Object.entries(TYPE_COLORS)
    .map(([type, color]) => `.t-${type}{background:${color}}.sw-${type}{background:${color}}tr.row-${type} td:first-child{border-left:4px solid ${color}}`)
    .join('\n');
  return `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d1d1f;background:#fafafa}
header{padding:12px 20px;border-bottom:1px solid #ddd;background:#fff}
h1{font-size:18px;margin:0 0 4px}
h2{font-size:15px;margin:16px 0 6px}
.meta{color:#555;font-size:13px}
.meta b{color:#1d1d1f;font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin-top:8px;font-size:13px}
.legend span.item{display:inline-flex;align-items:center;gap:5px}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid rgba(0,0,0,.2)}
.key-missing{border:2px dashed #c62828;background:transparent}
.key-spurious{background:#fff;border-bottom:3px solid #c62828}
.key-partial{background:#fff;outline:2px dotted #ef6c00}
main{display:grid;grid-template-columns:minmax(0,1.05fr) minmax(0,1fr);gap:0;height:calc(100vh - var(--header,140px))}
#text{margin:0;padding:16px 20px;white-space:pre-wrap;overflow-wrap:anywhere;overflow:auto;font:15px/1.75 Georgia,"Noto Serif",serif;background:#fff;border-right:1px solid #ddd}
.hl{border-radius:3px;cursor:pointer;padding:1px 0}
.hl:hover,.hl:focus{outline:2px solid #1565c0;outline-offset:0}
.hl.multi{box-shadow:inset 0 -2px 0 rgba(0,0,0,.45)}
.hl.st-spurious{text-decoration:underline wavy #c62828;text-decoration-skip-ink:none}
.hl.st-partial,.hl.st-incorrect{outline:2px dotted #ef6c00}
.hl.st-missing{background:transparent;border:2px dashed #c62828}
.hl.selected{outline:3px solid #0d47a1;outline-offset:1px}
aside{overflow:auto;padding:0 16px 24px}
#detail{position:sticky;top:0;background:#fafafa;padding:12px 0 8px;border-bottom:1px solid #ddd;z-index:1}
#detail .empty{color:#777}
#detail .card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 10px;margin-bottom:6px;max-height:40vh;overflow:auto}
#detail .card h3{font-size:14px;margin:0 0 4px;display:flex;gap:8px;align-items:center}
#detail .rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
#detail pre{margin:4px 0 0;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:13px;background:#fff;table-layout:fixed}
table.facts col.c-fact{width:27%}table.facts col.c-fields{width:37%}table.facts col.c-status{width:13%}table.facts col.c-rule{width:16%}table.facts col.c-conf{width:7%}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f0f0f0;font-weight:600}
tr.fact{cursor:pointer}
tr.fact:hover{background:#f5f9ff}
tr.fact.selected{background:#e3f2fd}
td.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:#444}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:9px;padding:0 7px;font-size:11px;font-weight:600;color:#fff;background:#777}
.badge.correct{background:#2e7d32}.badge.partial{background:#ef6c00}.badge.incorrect{background:#ad1457}
.badge.missing{background:#c62828}.badge.spurious{background:#6a1b9a}
.notes{color:#8a4b00;font-size:12px}
.scores td,.scores th{text-align:right}.scores td:first-child,.scores th:first-child{text-align:left}
${types}
@media (max-width:900px){main{grid-template-columns:1fr;height:auto}#text{border-right:0}}
`;
}
