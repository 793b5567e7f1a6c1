/**
 * Government publishers whose name alone tells the country a release speaks for: a readout from
 * them names its own leader by title only ("Prime Minister Modi welcomed …" from India's Ministry
 * of External Affairs, "President Biden hosted …" from the White House). A row matches a header
 * line that is the form, or starts with it followed by "," "|" "-" or "–" (case ignored, a leading
 * "The" optional). Names that several governments use ("Prime Minister's Office", "Ministry of
 * Foreign Affairs") are no rows: they tell the country only with its name beside them (see
 * `participants.ts`). `example` is such a masthead line.
 */
export interface HomePublisherRow {
  readonly form: string;
  /** The country as pressfacts names it (world-countries common name). */
  readonly country: string;
  readonly example: string;
}

export const HOME_PUBLISHERS: readonly HomePublisherRow[] = [
  { form: 'Ministry of External Affairs', country: 'India', example: 'Ministry of External Affairs' },
  { form: 'Press Information Bureau', country: 'India', example: 'Press Information Bureau, Government of India' },
  { form: 'White House', country: 'United States', example: 'THE WHITE HOUSE' },
  { form: 'U.S. Department of State', country: 'United States', example: 'U.S. Department of State' },
  { form: 'Kremlin', country: 'Russia', example: 'Kremlin | Events' },
  { form: 'President of Russia', country: 'Russia', example: 'President of Russia' },
  { form: 'Élysée', country: 'France', example: 'Élysée' },
  { form: 'Elysee', country: 'France', example: 'ELYSEE - Présidence de la République' },
  { form: 'Élysée Palace', country: 'France', example: 'Élysée Palace' },
  { form: '10 Downing Street', country: 'United Kingdom', example: "Prime Minister's Office, 10 Downing Street" },
  { form: "Prime Minister's Office, 10 Downing Street", country: 'United Kingdom', example: "Prime Minister's Office, 10 Downing Street" },
  { form: 'Foreign, Commonwealth & Development Office', country: 'United Kingdom', example: 'Foreign, Commonwealth & Development Office' },
  { form: 'Federal Foreign Office', country: 'Germany', example: 'Federal Foreign Office' },
  { form: 'Global Affairs Canada', country: 'Canada', example: 'Global Affairs Canada' },
  { form: 'Casa Rosada', country: 'Argentina', example: 'Casa Rosada - Presidencia' },
  { form: 'Palácio do Planalto', country: 'Brazil', example: 'Palácio do Planalto' },
  { form: 'Cheong Wa Dae', country: 'South Korea', example: 'Cheong Wa Dae' },
];

const PUBLISHER_LINE = new RegExp(
  `^(?:the\\s+)?(${HOME_PUBLISHERS.map((r) => r.form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*(?:$|[,|–-])`,
  'iu',
);
const byForm = new Map(HOME_PUBLISHERS.map((r) => [fold(r.form), r.country]));

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The country a masthead line names by its government publisher ("THE WHITE HOUSE" → "United States"), or null. */
export function homeOfPublisherLine(line: string): string | null {
  const m = PUBLISHER_LINE.exec(line.trim());
  return m?.[1] === undefined ? null : (byForm.get(fold(m[1])) ?? null);
}
