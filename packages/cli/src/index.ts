export { main, commands } from './main.js';
export type { Command, CommandIO } from './command.js';
export { CliError, ExitCode } from './errors.js';
export { readInput, decodeBytes } from './io.js';
export type { DecodedInput } from './io.js';
