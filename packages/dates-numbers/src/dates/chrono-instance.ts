// The English locale only: chrono-node's main entry also loads every other locale (~150 ms at start).
import { casual, type Chrono, type Parser } from 'chrono-node/en';
import { DROPPED_CHRONO_PARSERS } from './chrono-dropped-parsers.js';
import { filterRefiner } from './chrono-filters.js';
import { CHRONO_GATES } from './chrono-gates.js';
import { CHRONO_REFINER_GATES, gatedRefiner } from './chrono-refiner-gates.js';

let instance: Chrono | undefined;

/** A sticky pattern that fails at once: what a gated parser runs on a text its gate rules out. */
const NEVER = /(?!)/y;

/** `parser`, run only on texts where `gate` matches (see chrono-gates.ts). */
function gated(parser: Parser, gate: RegExp): Parser {
  return {
    pattern: (context) => (gate.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * Builds a fresh instance; `filters: false` leaves out the filter refiner (for tests of the rows),
 * `gates: false` runs every parser on every text and every refiner on every result (for tests of
 * the gates, chrono-gates.ts and chrono-refiner-gates.ts).
 */
export function createDateParser(options: { readonly filters?: boolean; readonly gates?: boolean } = {}): Chrono {
  const dropped = new Set(DROPPED_CHRONO_PARSERS.map((row) => row.name));
  const gates = new Map(options.gates === false ? [] : CHRONO_GATES.map((row) => [row.name, row.gate]));
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers
    .filter((p) => !dropped.has(p.constructor.name))
    .map((p) => {
      const gate = gates.get(p.constructor.name);
      return gate === undefined ? p : gated(p, gate);
    });
  if (options.gates !== false) {
    const refinerGates = new Map(CHRONO_REFINER_GATES.map((row) => [row.name, row]));
    chrono.refiners = chrono.refiners.map((r) => {
      const row = refinerGates.get(r.constructor.name);
      return row === undefined ? r : gatedRefiner(r, row);
    });
  }
  if (options.filters !== false) chrono.refiners = [...chrono.refiners, filterRefiner];
  return chrono;
}

/**
 * The package's own chrono instance, built once on first use: chrono's casual English
 * configuration without the parsers in {@link DROPPED_CHRONO_PARSERS}, plus the filter refiner.
 * A private clone, so chrono's shared `casual` instance is never changed.
 */
export function dateParser(): Chrono {
  instance ??= createDateParser();
  return instance;
}
