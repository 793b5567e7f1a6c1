#!/usr/bin/env node
import { main } from './main.js';

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pressfacts: internal error: ${String(error)}\n`);
    process.exitCode = 4;
  },
);
