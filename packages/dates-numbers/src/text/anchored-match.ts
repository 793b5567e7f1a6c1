/**
 * Match loops without `text.matchAll`, which copies the pattern and makes an iterator on every call:
 * a scan of all the text, or tries only where every match must begin (anchors).
 */

/**
 * What `text.matchAll(pattern)` visits (`pattern` is global), without the copy of the pattern and
 * the iterator that matchAll makes on every call. `pattern` is used from its start and left there.
 */
export function forEachMatch(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    visit(m);
  }
  pattern.lastIndex = 0;
}

/** Sticky twins of global patterns, made once per pattern. */
const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * What `text.matchAll(pattern)` visits (`pattern` global), when every match of `pattern` begins at
 * one of `anchors`: the pattern is tried at each anchor after the last match (sticky, on the whole
 * text, so its boundaries and lookarounds read what they read in a scan), instead of scanning.
 */
export function forEachAnchoredMatch(
  pattern: RegExp,
  text: string,
  anchors: readonly number[],
  visit: (m: RegExpExecArray) => void,
): void {
  let sticky = STICKY.get(pattern);
  if (sticky === undefined) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    STICKY.set(pattern, sticky);
  }
  let next = 0;
  for (const at of anchors) {
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    next = at + Math.max(m[0].length, 1);
    visit(m);
  }
}

/**
 * {@link forEachAnchoredMatch} over `starts` when given, else {@link forEachMatch}: for rules whose
 * every match begins at one of `starts`, which keep the scan for callers that have none.
 */
export function forEachMatchFrom(
  pattern: RegExp,
  text: string,
  starts: readonly number[] | undefined,
  visit: (m: RegExpExecArray) => void,
): void {
  if (starts === undefined) forEachMatch(pattern, text, visit);
  else forEachAnchoredMatch(pattern, text, starts, visit);
}
