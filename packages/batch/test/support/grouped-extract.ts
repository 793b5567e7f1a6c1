// The batch tests' stand-in module with an `extractAll`, like pressfacts: it runs the group in
// one call (misbehaving on a marked document in the middle hangs, crashes or exhausts the whole
// group, as a stage running across the group would) and tags every record it makes with the
// size of its group, so a test can tell which documents ran grouped and which alone.
import type { SummitFacts } from '@pressfacts/schema';
import { extract } from './fake-extract.js';

export { extract };

type Input = { text: string; id?: string; referenceDate?: string; maxInputLength?: number };

export function* extractAll(inputs: Iterable<Input>): Generator<{ ok: true; facts: SummitFacts } | { ok: false; error: unknown }> {
  const group = [...inputs];
  const outcomes = group.map(({ text, ...options }) => {
    try {
      return { ok: true as const, facts: extract(text, options) };
    } catch (error) {
      // Like pressfacts: a refused input is a result; anything else thrown escapes.
      if ((error as Error).name === 'PressfactsError') return { ok: false as const, error };
      throw error;
    }
  });
  for (const outcome of outcomes) {
    if (!outcome.ok) yield outcome;
    else yield { ok: true, facts: { ...outcome.facts, topics: [...outcome.facts.topics, `group of ${group.length}`] } };
  }
}
