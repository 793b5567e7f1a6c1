import './facts/layer.js';

export { extract, factsOf } from './extract.js';
export type { ExtractOptions } from './options.js';
export { DEFAULT_MAX_INPUT_LENGTH } from './options.js';
export { PressfactsError } from './errors.js';
export type { PressfactsErrorCode } from './errors.js';
export { createSummitPipeline } from './pipeline.js';
export type { SummitPipelineOptions } from './pipeline.js';
export { createFactsAssembler } from './facts/stage.js';
export type { SummitFacts } from '@pressfacts/schema';
export { validateSummitFacts, findDishonestSpans } from '@pressfacts/schema';
