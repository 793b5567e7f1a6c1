import type { SummitFacts } from '@pressfacts/schema';

declare module '@pressfacts/document' {
  interface Layers {
    /** The assembled facts (diagnostics are filled in from the document by `factsOf`). */
    facts: SummitFacts;
  }
}
