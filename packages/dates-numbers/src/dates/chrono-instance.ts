// The English locale only: chrono-node's main entry also loads every other locale (~150 ms at start).
import { casual, type Chrono } from 'chrono-node/en';
import { DROPPED_CHRONO_PARSERS } from './chrono-dropped-parsers.js';
import { filterRefiner } from './chrono-filters.js';
import { CHRONO_CUES } from './chrono-cues.js';
import { CHRONO_REFINER_GATES, gatedRefiner } from './chrono-refiner-gates.js';
import { windowed } from './chrono-windowed-parser.js';

let instance: Chrono | undefined;

/**
 * Builds a fresh instance; `filters: false` leaves out the filter refiner (for tests of the rows),
 * `gates: false` runs every refiner on every result (for tests of chrono-refiner-gates.ts). Its
 * parsers read only the windows given in the parse options (chrono-windows.ts), else all the text.
 */
export function createDateParser(options: { readonly filters?: boolean; readonly gates?: boolean } = {}): Chrono {
  const dropped = new Set(DROPPED_CHRONO_PARSERS.map((row) => row.name));
  const cueRows = new Map(CHRONO_CUES.flatMap((row, i) => row.parsers.map((name) => [name, i] as const)));
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers
    .filter((p) => !dropped.has(p.constructor.name))
    .map((p) => {
      const row = cueRows.get(p.constructor.name);
      return row === undefined ? p : windowed(p, row);
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
 * configuration without the parsers in {@link DROPPED_CHRONO_PARSERS}, each reading only the
 * windows it is given, plus the filter refiner. A private clone, so chrono's shared `casual` instance is never changed.
 */
export function dateParser(): Chrono {
  instance ??= createDateParser();
  return instance;
}
