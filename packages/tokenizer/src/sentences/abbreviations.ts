/**
 * Abbreviations that end in a period, and what a period after them means for a sentence
 * boundary. wink-nlp knows many of them; this table fixes the rest. Each row has an example that
 * a test runs: `example` must come out as `sentences` exactly.
 *
 * - `title`: comes before a name, never ends a sentence (`Mr.`, `Amb.`, `Gen.`).
 * - `before-number`: never ends a sentence when a number follows (`No. 5`, `Sept. 5`, `Art. 3`).
 * - `inline`: Latin and similar, never ends a sentence (`e.g.`, `i.e.`, `vs.`).
 * - `ambiguous`: may end a sentence (`U.S.`, `Inc.`, `p.m.`); it continues only before a lower-case
 *   word or a number, which holds for every row anyway.
 */
export type AbbreviationKind = 'title' | 'before-number' | 'inline' | 'ambiguous';

export interface AbbreviationRow {
  readonly kind: AbbreviationKind;
  readonly forms: readonly string[];
  readonly example: string;
  readonly sentences: readonly string[];
}

export const ABBREVIATIONS: readonly AbbreviationRow[] = [
  {
    kind: 'title',
    forms: ['Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'Messrs.', 'Mme.', 'Mlle.', 'Hon.', 'Rev.', 'Fr.'],
    example: 'Dr. Wang met Mr. Ali. Later Prof. Kim spoke.',
    sentences: ['Dr. Wang met Mr. Ali.', 'Later Prof. Kim spoke.'],
  },
  {
    kind: 'title',
    forms: ['Amb.', 'Pres.', 'Gov.', 'Sen.', 'Rep.', 'Atty.', 'Supt.'],
    example: 'Talks with Amb. Li and Pres. Ruto ended. Sen. Jones left.',
    sentences: ['Talks with Amb. Li and Pres. Ruto ended.', 'Sen. Jones left.'],
  },
  {
    kind: 'title',
    forms: ['Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Cmdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Brig.'],
    example: 'Maj. Gen. Ortiz and Adm. Reyes spoke. Lt. Col. Haddad agreed.',
    sentences: ['Maj. Gen. Ortiz and Adm. Reyes spoke.', 'Lt. Col. Haddad agreed.'],
  },
  {
    kind: 'title',
    forms: ['H.E.', 'H.M.', 'H.R.H.', 'St.', 'Mt.', 'Ft.'],
    example: 'H.E. Mr. Wang visited St. Petersburg. Talks followed.',
    sentences: ['H.E. Mr. Wang visited St. Petersburg.', 'Talks followed.'],
  },
  {
    kind: 'before-number',
    forms: ['No.', 'Nos.', 'Art.', 'Arts.', 'Fig.', 'Figs.', 'p.', 'pp.', 'Vol.', 'Sec.', 'Ch.', 'Para.', 'Nr.', 'est.', 'Ref.', 'Tel.'],
    example: 'See Art. 3 and Fig. 2 of Resolution No. 2231. It passed.',
    sentences: ['See Art. 3 and Fig. 2 of Resolution No. 2231.', 'It passed.'],
  },
  {
    kind: 'before-number',
    forms: ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
    example: 'It opens Sept. 5 and ends Dec. 12, 2024. Leaders met in Jan. The rest followed.',
    sentences: ['It opens Sept. 5 and ends Dec. 12, 2024.', 'Leaders met in Jan.', 'The rest followed.'],
  },
  {
    kind: 'inline',
    forms: ['e.g.', 'i.e.', 'vs.', 'cf.', 'viz.', 'incl.', 'approx.', 'ca.', 'resp.'],
    example: 'Partners, e.g. Kazakhstan and Uzbekistan, agreed. Talks ended.',
    sentences: ['Partners, e.g. Kazakhstan and Uzbekistan, agreed.', 'Talks ended.'],
  },
  {
    kind: 'ambiguous',
    forms: ['U.S.', 'U.K.', 'U.N.', 'E.U.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Jr.', 'Sr.', 'a.m.', 'p.m.', 'etc.'],
    example: 'The U.S. and China met in the U.S. The talks ended at 5 p.m. on Friday.',
    sentences: ['The U.S. and China met in the U.S.', 'The talks ended at 5 p.m. on Friday.'],
  },
];

/** Each abbreviation form (with its period) → its kind. */
export const ABBREVIATION_KIND: ReadonlyMap<string, AbbreviationKind> = (() => {
  const map = new Map<string, AbbreviationKind>();
  for (const row of ABBREVIATIONS) for (const form of row.forms) map.set(form, row.kind);
  return map;
})();
