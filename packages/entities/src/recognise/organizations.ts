import type { Word } from '../text/words.js';
import type { HeadedName } from './headed-names.js';
import type { Mention } from './mention.js';
import { editionBefore } from './ordinals.js';
import type { Scan } from './scan.js';

type OrgMention = Extract<Mention, { kind: 'organization' }>;

/**
 * Organisations: the table of well-known ones (names, aliases, acronyms matched exactly) and
 * capitalised names built on an organisation head ("General Administration of Customs"), plus
 * dual heads (Forum, Congress, Assembly) that carry no edition.
 */
export function findOrganizations(scan: Scan, headed: readonly HeadedName[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (const hit of scan.orgHits) {
    if (hit.value.viaAcronym && inCapitalsLine(scan, hit.from)) continue;
    const row = hit.value.row;
    out.push({
      kind: 'organization',
      start: hit.start,
      end: hit.end,
      name: row.name,
      acronym: row.acronym,
      source: 'table',
      rule: hit.value.viaAcronym ? 'orgs/table-acronym' : 'orgs/table',
      confidence: 0.95,
    });
  }
  for (const n of headed) {
    const isOrg = n.head.kind === 'organization';
    const isDualWithoutEdition = n.head.kind === 'event' && n.head.dual && !hasEdition(scan, n.from);
    if (!isOrg && !isDualWithoutEdition) continue;
    if (isPlaceName(scan, n)) continue;
    out.push({
      kind: 'organization',
      start: n.start,
      end: n.end,
      name: scan.text.slice(n.start, n.end),
      acronym: null,
      source: 'head',
      rule: 'orgs/head-word',
      confidence: 0.75,
    });
  }
  return out;
}

function hasEdition(scan: Scan, from: number): boolean {
  const ed = editionBefore(scan.words, from);
  return ed.edition !== null || ed.year !== null || ed.annual;
}

/** "Union of the Comoros" is a country, "Commonwealth of the Bahamas" too. */
function isPlaceName(scan: Scan, n: HeadedName): boolean {
  const hit = scan.placeHits[scan.placeAt[n.from] ?? -1];
  return hit !== undefined && hit.from === n.from && hit.to === n.to;
}

/** An acronym like "WHO" or "UN" inside an all-capital line is a word, not a name. */
function inCapitalsLine(scan: Scan, i: number): boolean {
  const next = scan.words[i + 1];
  return isCapsWord(scan.words[i - 1]) && (isCapsWord(next) && !(next?.lineBreak ?? true));
}

/** An all-capital word of two letters or more on the same line as the word before it. */
function isCapsWord(x: Word | undefined): boolean {
  return x !== undefined && x.upper && x.text.length > 1 && !x.lineBreak;
}
