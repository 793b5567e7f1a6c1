import type { Parser, ParsingOption } from 'chrono-node/en';
import type { ChronoWindows } from './chrono-windows.js';

/** chrono's parse options with the windows of the text (chronoWindows) its parsers may read. */
export interface WindowedParsingOption extends ParsingOption {
  readonly windows?: ChronoWindows;
}

/** A pattern that matches nowhere, for a parser with no window to read. */
const NEVER = { exec: (): null => null } as unknown as RegExp;

/**
 * `parser`, reading only the windows of cue row `row` when the parse options carry windows (see
 * chrono-windows.ts), else the whole text. chrono calls `pattern(context).exec(rest)` on what is left
 * of the text after each match and reads the match's index as an offset into `rest`; the pattern
 * returned here runs the parser's own regex on each window from there on and answers in the same
 * terms, so chrono's parse loop, its refiners and the parser's `extract` (which reads the whole
 * text) are left as they are.
 */
export function windowed(parser: Parser, row: number): Parser {
  return {
    pattern(context) {
      const windows = (context.option as WindowedParsingOption).windows?.[row];
      // No window: the parser's pattern (which some parsers build anew on every call) is not needed.
      if (windows?.length === 0) return NEVER;
      const pattern = parser.pattern(context);
      if (windows === undefined) return pattern;
      const text = context.text;
      let w = 0;
      // chrono only ever calls exec on the pattern a parser returns.
      return {
        exec(rest: string): RegExpExecArray | null {
          const base = text.length - rest.length;
          while (w < windows.length && (windows[w + 1] ?? 0) <= base) w += 2;
          for (let i = w; i < windows.length; i += 2) {
            const from = Math.max(windows[i] ?? 0, base);
            const m = pattern.exec(text.slice(from, windows[i + 1]));
            if (m !== null) {
              m.index += from - base;
              return m;
            }
          }
          return null;
        },
      } as RegExp;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
