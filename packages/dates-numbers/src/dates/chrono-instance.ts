// The English locale only: chrono-node's main entry also loads every other locale (~150 ms at start).
import { casual, type Chrono } from 'chrono-node/en';
import { DROPPED_CHRONO_PARSERS } from './chrono-dropped-parsers.js';
import { filterRefiner } from './chrono-filters.js';

let instance: Chrono | undefined;

/** Builds a fresh instance; `filters: false` leaves out the filter refiner (for tests of the rows). */
export function createDateParser(options: { readonly filters?: boolean } = {}): Chrono {
  const dropped = new Set(DROPPED_CHRONO_PARSERS.map((row) => row.name));
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers.filter((p) => !dropped.has(p.constructor.name));
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
