import type { AgreementKind } from '@pressfacts/document';
import { WordCue } from '../data/word-cues.js';
import type { Word } from '../text/words.js';
import type { HeadedName } from './headed-names.js';
import { headEndingAt } from './headed-names.js';
import type { Mention } from './mention.js';
import { isYearWord } from './ordinals.js';
import type { Scan } from './scan.js';
import { titleTailEnd } from './title-tail.js';

type AgreementMention = Extract<Mention, { kind: 'agreement' }>;

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this']);

/**
 * Titled documents: headed names with an agreement head ("Treaty of X", "Astana Declaration",
 * "2030 Agenda for Sustainable Development"), titled as written without a leading "the";
 * and back-references ("the treaty") marked `generic`, kept only when exactly one titled
 * document of that kind exists (the entity builder decides).
 */
export function findAgreements(scan: Scan, headed: readonly HeadedName[]): AgreementMention[] {
  const out: AgreementMention[] = [];
  const { words } = scan;
  for (const n of headed) {
    if (n.head.kind !== 'agreement') continue;
    if (isUnitOfBody(scan, n)) continue;
    let start = n.start;
    const before = words[n.from - 1];
    if (before !== undefined && isYearWord(before) && (words[n.from] as Word).gap === ' ') start = before.start;
    const end = titleTailEnd(scan, n);
    out.push({
      kind: 'agreement',
      start,
      end,
      name: scan.text.slice(start, end),
      agreementKind: n.head.agreementKind,
      generic: false,
      rule: n.bare ? 'agreements/bare-head' : 'agreements/titled',
      confidence: n.bare ? 0.6 : 0.85,
    });
  }
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    // A head that may be referred back to (data/word-cues.ts BACK_REFERENCE_HEADS), flagged by the scan.
    if (((scan.cues[i] as number) & WordCue.BACK_REFERENCE) === 0 || w.gap !== ' ' || !DETERMINERS.has((words[i - 1] as Word).fold)) continue;
    const kind = agreementKindOf(scan, i);
    if (kind === null) continue;
    out.push({ kind: 'agreement', start: w.start, end: w.end, name: w.text, agreementKind: kind, generic: true, rule: 'agreements/back-reference', confidence: 0.6 });
  }
  return out;
}

// Heads that also name a body's department: "director of the Forum's Transatlantic Programme".
const UNIT_HEADS: ReadonlySet<string> = new Set(['programme', 'program']);
const UNIT_LEADERS: ReadonlySet<string> = new Set(['director', 'head', 'manager', 'chief', 'coordinator', 'chair', 'chairman', 'chairwoman']);

/** A programme run by a body ("the Forum's X Programme", "director of the X Programme") is no document. */
function isUnitOfBody(scan: Scan, n: HeadedName): boolean {
  const { words } = scan;
  if (!UNIT_HEADS.has((words[n.headTo - 1] as Word).bareFold)) return false;
  let k = n.from - 1;
  const prev = words[k];
  if (prev !== undefined && prev.cap && prev.bare !== prev.text) return true;
  if (prev?.fold === 'the') k--;
  return words[k]?.fold === 'of' && UNIT_LEADERS.has(words[k - 1]?.fold ?? '');
}

function agreementKindOf(scan: Scan, i: number): AgreementKind | null {
  const w = scan.words[i] as Word;
  if (w.cap) {
    const head = headEndingAt(scan, i);
    return head?.value.kind === 'agreement' ? head.value.agreementKind : null;
  }
  for (const rows of [scan.vocab.heads.get(w.fold)]) {
    const row = rows?.find((r) => r.words.length === 1 && r.value.kind === 'agreement');
    if (row !== undefined && row.value.kind === 'agreement') return row.value.agreementKind;
  }
  return null;
}
