export { extractNaive } from './extract-naive.js';
export type { NaiveOptions } from './extract-naive.js';
