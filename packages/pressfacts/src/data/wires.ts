/**
 * Distribution wires and news agencies as they appear in datelines. `agency` rows write their own
 * copy (the agency is also the publisher); wire rows only distribute a release someone else wrote.
 * `forms` are lower-case, with spaces, dots and dashes removed.
 */
export interface WireRow {
  readonly name: string;
  readonly forms: readonly string[];
  readonly agency: boolean;
  /** A national agency's country: its own leaders go unnamed by country ("President Yoon Suk Yeol"). */
  readonly country?: string;
  readonly example: string;
}

export const WIRES: readonly WireRow[] = [
  { name: 'GLOBE NEWSWIRE', forms: ['globenewswire'], agency: false, example: 'OSLO, May 2, 2024 (GLOBE NEWSWIRE) --' },
  { name: 'PR Newswire', forms: ['prnewswire', 'prnewswireprn'], agency: false, example: 'WASHINGTON, Sept. 5, 2024 /PRNewswire/ --' },
  { name: 'Business Wire', forms: ['businesswire'], agency: false, example: 'NEW YORK, Jan. 12, 2024 (BUSINESS WIRE) --' },
  { name: 'EIN Presswire', forms: ['einpresswire', 'einpresswirecom'], agency: false, example: 'RIO DE JANEIRO, Nov 18, 2024 /EINPresswire.com/ --' },
  { name: 'Accesswire', forms: ['accesswire'], agency: false, example: 'DALLAS, March 3, 2024 (ACCESSWIRE) --' },
  { name: 'Xinhua', forms: ['xinhua'], agency: true, country: 'China', example: 'ASTANA, July 4 (Xinhua) --' },
  { name: 'Reuters', forms: ['reuters'], agency: true, example: 'JOHANNESBURG, Aug 23 (Reuters) -' },
  { name: 'AP', forms: ['ap', 'associatedpress'], agency: true, example: 'NEW DELHI (AP) --' },
  { name: 'AFP', forms: ['afp', 'agencefrancepresse'], agency: true, example: 'PARIS (AFP) --' },
  { name: 'CGTN', forms: ['cgtn'], agency: true, country: 'China', example: 'Beijing, June 5 (CGTN) --' },
  { name: 'TASS', forms: ['tass'], agency: true, country: 'Russia', example: 'MOSCOW, October 22 (TASS) --' },
  { name: 'Kyodo', forms: ['kyodo'], agency: true, country: 'Japan', example: 'TOKYO, May 19 (Kyodo) --' },
  { name: 'Yonhap', forms: ['yonhap'], agency: true, country: 'South Korea', example: 'SEOUL, Nov. 2 (Yonhap) --' },
  { name: 'Bernama', forms: ['bernama'], agency: true, country: 'Malaysia', example: 'KUALA LUMPUR, Oct 26 (Bernama) --' },
  { name: 'ANI', forms: ['ani'], agency: true, country: 'India', example: 'NEW DELHI, Sept 9 (ANI) --' },
  { name: 'PTI', forms: ['pti'], agency: true, country: 'India', example: 'NEW DELHI, Sept 9 (PTI) --' },
  { name: 'Anadolu', forms: ['anadolu', 'aa'], agency: true, country: 'Türkiye', example: 'ANKARA (AA) --' },
  { name: 'WAM', forms: ['wam'], agency: true, country: 'United Arab Emirates', example: 'ABU DHABI, Dec 1 (WAM) --' },
  { name: 'SPA', forms: ['spa'], agency: true, country: 'Saudi Arabia', example: 'RIYADH, May 19 (SPA) --' },
  { name: 'APS', forms: ['aps'], agency: true, country: 'Algeria', example: 'ALGIERS, Nov 1 (APS) --' },
];

const byForm = new Map(WIRES.flatMap((row) => row.forms.map((f) => [f, row] as const)));

/** The wire row for a dateline's wire text, e.g. "/PRNewswire/" → PR Newswire. */
export function lookupWire(written: string): WireRow | undefined {
  return byForm.get(written.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
