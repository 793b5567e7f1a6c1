import type { Doc, Stage, StageContext } from '@pressfacts/document';
import type { SummitFacts } from '@pressfacts/schema';
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
    run: (doc, report) => assembleFacts([doc], [report])[0]!,
    runMany: assembleFacts,
  };
}

/**
 * The facts of each document, one assembler at a time across all of them (for one document, the
 * same calls in the same order as across many): over a group, each assembler's code stays in the
 * CPU cache from one document to the next.
 */
function assembleFacts(docs: readonly Doc[], reports: readonly StageContext[]): { facts: SummitFacts }[] {
  const ctxs = docs.map((doc) => createFactsContext(doc));
  const events = ctxs.map((ctx) => assembleEvent(ctx));
  const participants = ctxs.map((ctx, i) => assembleParticipants(ctx, events[i]!));
  const entityFacts = ctxs.map((ctx, i) => assembleEntityFacts(ctx.entities, participants[i]!, ctx.header.dateline?.segment ?? null));
  ctxs.forEach((ctx, i) => {
    if (ctx.bodySentences.length > 0 && events[i] === null) {
      reports[i]!.report({ level: 'info', code: 'no-event', message: 'no summit or meeting found in the text', span: null });
    }
  });
  const documents = ctxs.map((ctx) => assembleDocumentInfo(ctx));
  const agreements = ctxs.map((ctx, i) => assembleAgreements(ctx, participants[i]!, events[i]!));
  const figures = ctxs.map((ctx) => assembleFigures(ctx));
  const quotes = ctxs.map((ctx) => assembleQuotes(ctx));
  const timeline = ctxs.map((ctx) => assembleTimeline(ctx));
  const commitments = ctxs.map((ctx) => assembleCommitments(ctx));
  const topics = ctxs.map((ctx) => assembleTopics(ctx));
  return ctxs.map((_, i) => {
    const { people, organizations, places } = entityFacts[i]!;
    return {
      facts: {
        schemaVersion: '1',
        document: documents[i]!,
        event: events[i]!,
        participants: participants[i]!,
        people,
        organizations,
        places,
        agreements: agreements[i]!,
        figures: figures[i]!,
        quotes: quotes[i]!,
        timeline: timeline[i]!,
        commitments: commitments[i]!,
        topics: topics[i]!,
        diagnostics: [],
      },
    };
  });
}
