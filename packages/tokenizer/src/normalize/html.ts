import { createRequire } from 'node:module';
import type { Parser as HtmlParser } from 'htmlparser2';

// htmlparser2 (and the ~30 modules it pulls in) costs 30-110 ms to load, and only HTML input
// needs it, so it is loaded on the first HTML document instead of with the package. `require`
// of an ES module is what Node >= 20.19 does without a flag (hence `engines`); it keeps
// stripHtml synchronous, as extract() is.
let parserClass: typeof HtmlParser | undefined;
function loadParser(): typeof HtmlParser {
  parserClass ??= (createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2')).Parser;
  return parserClass;
}

/** Text of an HTML page with a map from each of its code units back to the raw HTML. */
export interface StrippedHtml {
  readonly text: string;
  /** Raw offset of each text code unit. */
  readonly rawAt: Int32Array;
}

// Tags whose content is never prose.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
// Tags that end a paragraph: their start and end become a blank line.
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th',
  'section', 'article', 'header', 'footer', 'nav', 'aside', 'blockquote', 'figure', 'figcaption', 'main', 'title', 'pre',
]);
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const TAG = /<\/?(?:p|div|br|span|a|h[1-6]|li|td|section|article|strong|em|b|i)\b[^>]*>/gi;
/** A text with at least this many common tags is treated as HTML. */
const MIN_TAGS = 3;

/**
 * True when the raw input is an HTML page or fragment rather than plain text.
 *
 * @example
 * looksLikeHtml('<!DOCTYPE html><html><body><p>Leaders met.</p></body></html>'); // true
 * looksLikeHtml('Trade rose 5% <in 2024>.'); // false
 */
export function looksLikeHtml(raw: string): boolean {
  // Both patterns need a `<`; most plain texts have none, and one search for it is cheaper than either pattern.
  if (!raw.includes('<')) return false;
  if (HTML_START.test(raw.slice(0, 512))) return true;
  TAG.lastIndex = 0;
  let count = 0;
  while (TAG.exec(raw) !== null) if (++count >= MIN_TAGS) return true;
  return false;
}

/**
 * Strips tags with htmlparser2 (entities are left for the normaliser, which maps them back), drops
 * script/style content and turns block elements into blank lines, keeping for every code unit of
 * the text the raw offset it came from, so spans stay honest against the HTML the caller passed.
 *
 * @example stripHtml('<p>Leaders met.</p>').text // '\n\nLeaders met.\n\n'
 */
export function stripHtml(raw: string): StrippedHtml {
  const parts: string[] = [];
  const at: number[] = [];
  let skipping = 0;
  const Parser = loadParser();
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCK.has(name)) push('\n\n', parser.startIndex);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) push('\n\n', parser.startIndex);
      },
      ontext(data) {
        if (skipping > 0) return;
        parts.push(data);
        for (let k = 0; k < data.length; k++) at.push(parser.startIndex + k);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  function push(text: string, rawOffset: number) {
    parts.push(text);
    for (let k = 0; k < text.length; k++) at.push(rawOffset);
  }
  parser.write(raw);
  parser.end();
  return { text: parts.join(''), rawAt: Int32Array.from(at) };
}
