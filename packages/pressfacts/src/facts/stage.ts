import type { Stage } from '@pressfacts/document';
import { assembleAgreements } from './agreements.js';
import { assembleCommitments } from './commitments.js';
import { createFactsContext } from './context.js';
import { assembleDocumentInfo } from './document-info.js';
import { assembleEntityFacts } from './entity-facts.js';
import { assembleEvent } from './event.js';
import { assembleFigures } from './figures.js';
import './layer.js';
import { assembleParticipants } from './participants.js';
import { assembleQuotes } from './quotes.js';
import { assembleTimeline } from './timeline.js';
import { assembleTopics } from './topics.js';

type FactsRequires = 'view' | 'header' | 'paragraphs' | 'sentences' | 'tokens' | 'documentDate' | 'dates' | 'quantities' | 'entities';

/**
 * The stage that assembles the SummitFacts from the annotation layers. Each fact type is a small
 * assembler over a shared, read-only {@link FactsContext}.
 *
 * @example createPipeline([createTokenizer(), createDateExtractor(), createNumberExtractor(), createEntityTagger(), createFactsAssembler()])
 */
export function createFactsAssembler(): Stage<'facts', FactsRequires> {
  return {
    name: 'facts',
    requires: ['view', 'header', 'paragraphs', 'sentences', 'tokens', 'documentDate', 'dates', 'quantities', 'entities'],
    provides: ['facts'],
    run(doc, report) {
      const ctx = createFactsContext(doc);
      const event = assembleEvent(ctx);
      const participants = assembleParticipants(ctx, event);
      const { people, organizations, places } = assembleEntityFacts(ctx.entities, participants, ctx.header.dateline?.segment ?? null);
      if (ctx.bodySentences.length > 0 && event === null) {
        report.report({ level: 'info', code: 'no-event', message: 'no summit or meeting found in the text', span: null });
      }
      return {
        facts: {
          schemaVersion: '1',
          document: assembleDocumentInfo(ctx),
          event,
          participants,
          people,
          organizations,
          places,
          agreements: assembleAgreements(ctx, participants, event),
          figures: assembleFigures(ctx),
          quotes: assembleQuotes(ctx),
          timeline: assembleTimeline(ctx),
          commitments: assembleCommitments(ctx),
          topics: assembleTopics(ctx),
          diagnostics: [],
        },
      };
    },
  };
}
