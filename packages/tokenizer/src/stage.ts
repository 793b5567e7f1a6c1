import type { Header, Stage } from '@pressfacts/document';
import { findHeader } from './header/find-header.js';
import { detectLanguage } from './language/detect-language.js';
import { looksLikeHtml } from './normalize/html.js';
import { normalizeView } from './normalize/normalize.js';
import { splitParagraphs } from './paragraphs/split-paragraphs.js';
import { buildSentences, type ParagraphContent } from './sentences/build-sentences.js';

/**
 * Options of {@link createTokenizer}.
 *
 * @example
 * createTokenizer({ datelineParagraphs: 10 }); // web pages put mastheads and captions before the dateline
 */
export interface TokenizerOptions {
  /** How many leading paragraphs may hold the dateline (default 5). */
  readonly datelineParagraphs?: number;
}

/**
 * The tokenizer stage: it requires nothing and provides `view`, `header`, `paragraphs`, `sentences` and `tokens`.
 *
 * @example
 * const tokenizer: TokenizerStage = createTokenizer();
 * createPipeline([tokenizer]).process(text).layers.sentences;
 */
export type TokenizerStage = Stage<'view' | 'header' | 'paragraphs' | 'sentences' | 'tokens', never>;

const EMPTY_HEADER: Header = { dateHeader: null, headline: null, dateline: null, bodyStart: 0 };

/**
 * The first stage of every pipeline: normalises the raw text (with a map back to it), splits
 * paragraphs, reads the header (date header, headline, dateline), and splits sentences and tokens
 * with wink-nlp. Sentences and tokens cover the prose: the date header and the dateline are in
 * `header`, not in any sentence. Never throws for a bad document.
 *
 * @example
 * const doc = createPipeline([createTokenizer()]).process('ASTANA, July 4 (Xinhua) -- Leaders met.');
 * doc.layers.header?.dateline?.place?.text // 'ASTANA'
 * doc.layers.sentences?.[0]?.text // 'Leaders met.'
 */
export function createTokenizer(options: TokenizerOptions = {}): TokenizerStage {
  const headerOptions = options.datelineParagraphs === undefined ? {} : { datelineParagraphs: options.datelineParagraphs };
  return {
    name: 'tokenizer',
    requires: [],
    provides: ['view', 'header', 'paragraphs', 'sentences', 'tokens'],
    run(doc, ctx) {
      const html = looksLikeHtml(doc.text);
      const { view, written } = normalizeView(doc.text, html);
      if (view.text.trim() === '') {
        ctx.report({ level: 'info', code: 'empty-input', message: 'the document has no text', span: null });
        return { view, header: { ...EMPTY_HEADER, bodyStart: view.text.length }, paragraphs: [], sentences: [], tokens: [] };
      }
      if (html) {
        ctx.report({ level: 'info', code: 'html-input', message: 'the input is HTML: tags were stripped; spans point into the HTML as given', span: null });
      }
      const language = detectLanguage(view.text);
      if (!language.english) {
        ctx.report({
          level: 'warning',
          code: 'unsupported-language',
          message: `the text looks like ${language.language} (ISO 639-3), not English: no facts are extracted`,
          span: null,
        });
        return { view, header: { ...EMPTY_HEADER, bodyStart: view.text.length }, paragraphs: [], sentences: [], tokens: [] };
      }
      const paragraphs = splitParagraphs(view);
      const { header, excluded } = findHeader(view, paragraphs, headerOptions);
      const contents: ParagraphContent[] = paragraphs.map((paragraph) => {
        let start = paragraph.norm.start;
        for (const range of excluded) {
          if (range.start <= start && range.end > start) start = Math.min(range.end, paragraph.norm.end);
        }
        return { paragraph, start, end: paragraph.norm.end };
      });
      const { sentences, tokens, mismatches, winkError } = buildSentences(view, written, contents);
      if (winkError !== null) {
        ctx.report({ level: 'warning', code: 'tokenizer-fallback', message: `wink-nlp failed (${winkError}); a plain tokenizer was used`, span: null });
      }
      if (mismatches > 0) {
        ctx.report({ level: 'warning', code: 'token-offset-mismatch', message: `${mismatches} token(s) were not found where wink-nlp placed them`, span: null });
      }
      return { view, header, paragraphs, sentences, tokens };
    },
  };
}

