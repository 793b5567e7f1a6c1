// Text normalisation for matching: case, diacritics, punctuation and a leading "the" do not
// distinguish two names ("the Élysée-Palace" = "Elysee Palace").

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const LEADING_THE = /^the /;

/**
 * Lower case, diacritics stripped, punctuation and symbols as single spaces, leading "the" dropped.
 *
 * @example normalizeName('The Treaty of Lasting Friendship') // 'treaty of lasting friendship'
 */
export function normalizeName(value: string): string {
  let normal = NORMAL_CACHE.get(value);
  if (normal === undefined) {
    if (NORMAL_CACHE.size >= CACHE_LIMIT) NORMAL_CACHE.clear();
    normal = normalizeUncached(value);
    NORMAL_CACHE.set(value, normal);
  }
  return normal;
}

// Alignment compares every expected item with every actual one: the same strings are normalised
// many times over. A bounded memo (cleared when full) keeps that linear in distinct strings.
const CACHE_LIMIT = 20_000;
const NORMAL_CACHE = new Map<string, string>();
const TOKEN_CACHE = new Map<string, ReadonlySet<string>>();
const TOKENS_CACHE = new Map<string, readonly string[]>();

function normalizeUncached(value: string): string {
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim()
    .replace(LEADING_THE, '');
}

/** The words of a normalised name. */
export function nameTokens(value: string): readonly string[] {
  let tokens = TOKENS_CACHE.get(value);
  if (tokens === undefined) {
    if (TOKENS_CACHE.size >= CACHE_LIMIT) TOKENS_CACHE.clear();
    const normal = normalizeName(value);
    tokens = normal === '' ? [] : normal.split(' ');
    TOKENS_CACHE.set(value, tokens);
  }
  return tokens;
}

/**
 * Jaccard similarity of the two texts' word sets (normalised); 1 for two empty texts.
 *
 * @example tokenJaccard('record trade in 2024', 'trade in 2024') // 0.75
 */
export function tokenJaccard(a: string, b: string): number {
  const left = tokenSet(a);
  const right = tokenSet(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return shared / (left.size + right.size - shared);
}

const ACRONYM_SKIP = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'et', 'to']);

/** The initials of a name's significant words: "Shanghai Cooperation Organization" → "sco". */
export function initials(value: string): string {
  return nameTokens(value)
    .filter((t) => !ACRONYM_SKIP.has(t))
    .map((t) => t[0] ?? '')
    .join('');
}

function tokenSet(value: string): ReadonlySet<string> {
  let set = TOKEN_CACHE.get(value);
  if (set === undefined) {
    if (TOKEN_CACHE.size >= CACHE_LIMIT) TOKEN_CACHE.clear();
    set = new Set(nameTokens(value));
    TOKEN_CACHE.set(value, set);
  }
  return set;
}
