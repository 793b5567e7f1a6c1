import './facts/layer.js';

export { extract, factsOf } from './extract.js';
export { extractAll } from './extract-all.js';
export type { ExtractAllOptions, ExtractInput, ExtractResult } from './extract-all.js';
export type { ExtractOptions } from './options.js';
export { DEFAULT_MAX_INPUT_LENGTH } from './options.js';
export { PressfactsError } from './errors.js';
export type { PressfactsErrorCode } from './errors.js';
export { createSummitPipeline } from './pipeline.js';
export type { SummitPipelineOptions, SummitVocabularies } from './pipeline.js';
export { createFactsAssembler } from './facts/stage.js';
export { emptyFacts } from './facts/empty.js';
export type { SummitFacts } from '@pressfacts/schema';
// Subpaths, not the package root: the root also builds the schema objects with TypeBox (~200 modules at start).
export { validateSummitFacts } from '@pressfacts/schema/validate';
export { findDishonestSpans } from '@pressfacts/schema/spans';
