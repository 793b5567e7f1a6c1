#!/usr/bin/env node
// Derives src/data/countries.generated.ts from the `world-countries` package (ODbL): the few
// fields of its 1.4 MB countries.json that the country index reads, so that the runtime does not
// read and parse the whole file (see country-rows.mjs).
//
// Run: node packages/entities/scripts/generate-countries.mjs  (from the repo root or anywhere)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCountryRows, countryTableModule } from './country-rows.mjs';

const require = createRequire(import.meta.url);
const rows = buildCountryRows(require('world-countries/countries.json'));
const version = require('world-countries/package.json').version;
const target = fileURLToPath(new URL('../src/data/countries.generated.ts', import.meta.url));
writeFileSync(target, countryTableModule(rows, version));
console.log(`wrote ${rows.length} countries to ${target}`);
