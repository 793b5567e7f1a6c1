export { renderReport } from './render.js';
export type { ReportInput } from './render.js';
export { escapeHtml, jsonForScript } from './escape.js';
export { TYPE_COLORS } from './styles.js';
