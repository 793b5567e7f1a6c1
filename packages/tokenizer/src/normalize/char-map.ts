/**
 * What the normaliser does with each special code unit, as data. Every row names the characters
 * it covers, what they become, and an example that a test runs. `''` means the character is
 * dropped; anything else is the replacement text.
 */
export interface CharRule {
  readonly id: string;
  readonly chars: readonly number[];
  readonly to: string;
  /** A raw string and the normalised text it must give. */
  readonly example: readonly [raw: string, normalised: string];
}

const range = (from: number, to: number): number[] => {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
};

export const CHAR_RULES: readonly CharRule[] = [
  {
    id: 'space/horizontal',
    // tab, NBSP, Ogham space, en quad .. hair space (incl. figure and thin), narrow NBSP,
    // medium mathematical space, ideographic space
    chars: [0x09, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000],
    to: ' ',
    example: ['a\u00a0b\u2009c\u202fd\u2007e\tf', 'a b c d e f'],
  },
  {
    id: 'space/control',
    // C0 controls other than \t \n \r, DEL, C1 controls other than NEL: shown as a space so that
    // they still separate words but never reach the tokenizer.
    chars: [...range(0x00, 0x08), 0x0b, 0x0c, ...range(0x0e, 0x1f), 0x7f, ...range(0x80, 0x84), ...range(0x86, 0x9f)],
    to: ' ',
    example: ['a\u0001b\u000bc', 'a b c'],
  },
  {
    id: 'newline/separator',
    chars: [0x85, 0x2028],
    to: '\n',
    example: ['a\u2028b', 'a\nb'],
  },
  {
    id: 'newline/paragraph-separator',
    chars: [0x2029],
    to: '\n\n',
    example: ['a\u2029b', 'a\n\nb'],
  },
  {
    id: 'invisible/zero-width',
    // ZWSP, ZWNJ, ZWJ, word joiner, BOM / ZWNBSP, soft hyphen, bidi marks and isolates
    chars: [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad, 0x200e, 0x200f, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)],
    to: '',
    example: ['\ufeffco\u200boper\u00adation\u2060', 'cooperation'],
  },
  {
    id: 'quote/single',
    // ‘ ’ ‚ ‛ ′ ‹ › and the modifier-letter apostrophe
    chars: [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a, 0x02bc],
    to: "'",
    example: ['Xi\u2019an \u2018new\u2019 5\u2032', "Xi'an 'new' 5'"],
  },
  {
    id: 'quote/double',
    // “ ” „ ‟ ″ « »
    chars: [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb],
    to: '"',
    example: ['\u201cYes,\u201d \u00abnon\u00bb', '"Yes," "non"'],
  },
  {
    id: 'dash/any',
    // hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign,
    // small and full-width hyphen-minus
    chars: [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d],
    to: '-',
    example: ['2023\u20132024 \u2014 \u22125 non\u2011stop -- ok', '2023-2024 - -5 non-stop -- ok'],
  },
];

/**
 * The replacement for each special code unit below 0x10000: `undefined` for "keep as is".
 * Built once, when the module loads.
 */
export const CHAR_REPLACEMENT: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (const rule of CHAR_RULES) for (const c of rule.chars) map.set(c, rule.to);
  return map;
})();
