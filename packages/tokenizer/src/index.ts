export { createTokenizer } from './stage.js';
export type { TokenizerOptions, TokenizerStage } from './stage.js';
export { normalize } from './normalize/normalize.js';
export { splitParagraphs } from './paragraphs/split-paragraphs.js';
export { findHeader } from './header/find-header.js';
export type { HeaderOptions, HeaderResult } from './header/find-header.js';
