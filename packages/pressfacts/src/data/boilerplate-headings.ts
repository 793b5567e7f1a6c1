/**
 * Headings that open the boilerplate after a release's story: the "About <company>" blurb, the
 * media contact, notes to editors. What follows them describes the issuer, not the summit, so the
 * topic, commitment and quote rules stop there. Matched at the start of a heading paragraph,
 * case-insensitively.
 */
export interface BoilerplateHeadingRow {
  readonly heading: string;
  readonly example: string;
}

export const BOILERPLATE_HEADINGS: readonly BoilerplateHeadingRow[] = [
  { heading: 'about', example: 'About Northwind Analytics' },
  { heading: 'media contact', example: 'Media contact' },
  { heading: 'media contacts', example: 'Media Contacts' },
  { heading: 'contact', example: 'Contact' },
  { heading: 'contacts', example: 'Contacts' },
  { heading: 'notes to editors', example: 'Notes to editors' },
  { heading: 'note to editors', example: 'Note to Editors' },
  { heading: 'forward-looking statements', example: 'Forward-Looking Statements' },
];
