import { createSummitPipeline } from '../../src/pipeline.js';
import { createFactsContext, type FactsContext } from '../../src/facts/context.js';

const pipeline = createSummitPipeline();

/** The facts context of a short release, for testing one assembler on its own (`null`: no reference date). */
export function contextOf(text: string, referenceDate: string | null = '2025-05-02'): FactsContext {
  return createFactsContext(pipeline.process(text, referenceDate === null ? {} : { referenceDate }));
}

/** A release body behind a dateline, so that relative dates resolve against 2025-05-02. */
export function release(body: string): string {
  return `GENEVA, May 2, 2025 (Reuters) - ${body}`;
}
