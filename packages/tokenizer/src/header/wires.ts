/**
 * Distribution wires and news agencies as they are written in datelines. A dateline whose wire
 * part is not listed is still read, with a lower confidence. Each row has a dateline example that
 * a test runs; `names` are the spellings seen in the wild (matched ignoring case, spaces, dots).
 */
export interface WireRow {
  readonly names: readonly string[];
  readonly example: string;
}

export const WIRES: readonly WireRow[] = [
  { names: ['GLOBE NEWSWIRE', 'GlobeNewswire'], example: 'BEIJING, June 18, 2025 (GLOBE NEWSWIRE) -- ' },
  { names: ['PRNewswire', 'PR Newswire', 'PRNewswire-Asia', 'PRNewswire-FirstCall'], example: 'WASHINGTON, Sept. 5, 2024 /PRNewswire/ -- ' },
  { names: ['BUSINESS WIRE', 'BusinessWire'], example: 'NEW YORK, Jan. 12, 2024 (BUSINESS WIRE) -- ' },
  { names: ['EINPresswire.com', 'EIN Presswire', 'EINPresswire'], example: 'RIO DE JANEIRO, Nov 18, 2024 /EINPresswire.com/ -- ' },
  { names: ['ACCESSWIRE', 'ACCESS Newswire'], example: 'NEW YORK, NY / ACCESSWIRE / January 12, 2024 / ' },
  { names: ['Newsfile Corp.', 'Newsfile'], example: 'TORONTO, Ontario--(Newsfile Corp. - March 3, 2024) - ' },
  { names: ['PRWeb'], example: 'AUSTIN, Texas, May 2, 2024 /PRWeb/ -- ' },
  { names: ['Marketwired', 'CNW', 'Canada NewsWire'], example: 'OTTAWA, ON, Feb. 1, 2024 /CNW/ - ' },
  { names: ['Xinhua'], example: 'ASTANA, July 4 (Xinhua) -- ' },
  { names: ['Reuters'], example: 'JOHANNESBURG, 23 August 2023 (Reuters) - ' },
  { names: ['AP', 'Associated Press'], example: 'NEW DELHI (AP) - ' },
  { names: ['AFP'], example: 'PARIS, March 4 (AFP) - ' },
  { names: ['CGTN'], example: 'Beijing, June 5 (CGTN) -- ' },
  { names: ['TASS'], example: 'KAZAN, October 22. /TASS/. ' },
  { names: ['RIA Novosti', 'Sputnik', 'Interfax'], example: 'MOSCOW, Oct. 22 (Interfax) - ' },
  { names: ['Kyodo', 'Kyodo News'], example: 'TOKYO, May 19 (Kyodo) -- ' },
  { names: ['Yonhap'], example: 'SEOUL, Nov. 15 (Yonhap) -- ' },
  { names: ['Bernama'], example: 'KUALA LUMPUR, Oct 26 (Bernama) -- ' },
  { names: ['ANTARA', 'Antara'], example: 'JAKARTA, Sept 5 (ANTARA) - ' },
  { names: ['PTI', 'ANI', 'IANS'], example: 'NEW DELHI, Sept 9 (PTI) - ' },
  { names: ['VNA', 'Vietnam News Agency'], example: 'HANOI, Oct. 10 (VNA) - ' },
  { names: ['KPL'], example: 'VIENTIANE, Oct. 10 (KPL) -- ' },
  { names: ['Kazinform'], example: 'ASTANA, July 3 (Kazinform) - ' },
  { names: ['WAM', 'SPA', 'QNA', 'KUNA'], example: 'RIYADH, Dec. 10 (SPA) -- ' },
  { names: ['Anadolu', 'Anadolu Agency', 'AA'], example: 'ANKARA, June 1 (AA) - ' },
  { names: ['dpa', 'EFE', 'ANSA', 'Lusa', 'APA'], example: 'MADRID, June 24 (EFE) - ' },
  { names: ['SABC', 'SAnews', 'NAN', 'APS', 'MAP'], example: 'PRETORIA, Aug. 22 (SAnews) - ' },
  { names: ['Prensa Latina', 'Agencia Brasil', 'Telam'], example: 'HAVANA, Sept 15 (Prensa Latina) -- ' },
  { names: ['IRNA', 'MENA', 'WAFA', 'Petra'], example: 'CAIRO, Oct. 21 (MENA) - ' },
  { names: ['UPI', 'Bloomberg', 'CNN', 'BBC'], example: 'WASHINGTON, Feb. 2 (UPI) -- ' },
  { names: ['China Daily', 'CCTV', 'Global Times', 'People\'s Daily'], example: 'BEIJING, March 5 (China Daily) -- ' },
];

const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').replace(/com$/u, '');

const KNOWN: ReadonlySet<string> = new Set(WIRES.flatMap((row) => row.names.map(key)));

/** True when `name` (as written in a dateline) is a known wire or agency. */
export function isKnownWire(name: string): boolean {
  return KNOWN.has(key(name));
}
