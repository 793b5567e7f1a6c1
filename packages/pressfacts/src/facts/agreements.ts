import type { AgreementEntity, Sentence } from '@pressfacts/document';
import type { Agreement, AgreementAction, Participant } from '@pressfacts/schema';
import { AGREEMENT_ACTIONS } from '../data/agreement-actions.js';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf, type FactsContext } from './context.js';
import { alternation } from './text.js';

const ACTION_OF = new Map(AGREEMENT_ACTIONS.flatMap((r) => r.forms.map((f) => [f, r.action] as const)));
const ACTION_WORD = new RegExp(`\\b(${alternation(ACTION_OF.keys())})\\b`, 'gi');
// "the six countries signed", "the leaders adopted", "all members endorsed": every participant.
const ALL_PARTIES = /\b(?:the|all|all the)\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|leaders|sides|parties|members|member states|heads of state|states)\b/i;
const AT_EVENT = /\b(?:at|during|on the sidelines of)\s+the\s+(?:\w+\s+){0,4}?(?:summit|meeting|talks|conference|forum)\b/i;

/** Titled agreements with what was done with them, by whom and when. */
export function assembleAgreements(
  ctx: FactsContext,
  participants: readonly Participant[],
  eventDate: string | null,
): Agreement[] {
  const agreements = ctx.entities.filter((e): e is AgreementEntity => e.kind === 'agreement');
  return agreements
    .filter((a) => a.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((a) => {
      const sentence = actionSentence(ctx, a);
      const text = sentence ? ctx.text.slice(sentence.norm.start, sentence.norm.end) : '';
      const action = sentence ? actionIn(ctx, sentence, a) : 'other';
      const dated = sentence ? ctx.datesIn(sentence.norm.start, sentence.norm.end).find((d) => d.value && d.precision === 'day') : undefined;
      return {
        title: a.name,
        kind: a.agreementKind,
        action,
        parties: sentence ? partiesIn(ctx, sentence, text, participants) : [],
        date: dated?.value ?? (AT_EVENT.test(text) || (action !== 'other' && action !== 'proposed') ? eventDate : null),
        evidence: evidenceOf(a.mentions),
        provenance: provenance('agreements/titled'),
      };
    });
}

/** The first sentence mentioning the agreement that also says what was done with it. */
function actionSentence(ctx: FactsContext, a: AgreementEntity): Sentence | undefined {
  const inBody = a.mentions.filter((m) => m.norm.start >= ctx.header.bodyStart);
  const sentences = (inBody.length > 0 ? inBody : a.mentions)
    .map((m) => ctx.sentenceAt(m.norm.start))
    .filter((s): s is Sentence => s !== undefined);
  return sentences.find((s) => new RegExp(ACTION_WORD.source, 'i').test(ctx.text.slice(s.norm.start, s.norm.end))) ?? sentences[0];
}

/** The action verb nearest before the agreement's mention in the sentence (or after it). */
function actionIn(ctx: FactsContext, sentence: Sentence, a: AgreementEntity): AgreementAction {
  const mention = a.mentions.find((m) => m.norm.start >= sentence.norm.start && m.norm.end <= sentence.norm.end);
  const text = ctx.text.slice(sentence.norm.start, sentence.norm.end);
  const at = mention ? mention.norm.start - sentence.norm.start : 0;
  let best: { action: AgreementAction; distance: number } | undefined;
  for (const m of text.matchAll(ACTION_WORD)) {
    const distance = m.index < at ? at - m.index : (m.index - at) * 2;
    const action = ACTION_OF.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
    if (action && (!best || distance < best.distance)) best = { action, distance };
  }
  return best?.action ?? 'other';
}

function partiesIn(ctx: FactsContext, sentence: Sentence, text: string, participants: readonly Participant[]): string[] {
  if (ALL_PARTIES.test(text) && participants.length > 0) return participants.map((p) => p.country);
  const names: string[] = [];
  for (const m of ctx.mentionsIn(sentence.norm.start, sentence.norm.end)) {
    const country = m.entity.kind === 'country' ? m.entity.name : m.entity.kind === 'person' ? m.entity.country : null;
    if (country && !names.includes(country)) names.push(country);
  }
  return names;
}
