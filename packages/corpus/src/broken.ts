import type { Random } from './random.js';

/** Ways a generated input is broken on purpose, to test that a batch accounts for each. */
export type BrokenKind = 'empty' | 'binary' | 'invalid-utf8' | 'huge';

/**
 * Every {@link BrokenKind}, in a fixed order.
 *
 * @example
 * for (const kind of BROKEN_KINDS) breakRelease(release, kind, createRandom(1), DEFAULT_HUGE_LENGTH);
 */
export const BROKEN_KINDS: readonly BrokenKind[] = ['empty', 'binary', 'invalid-utf8', 'huge'];

/** A broken input: its bytes as a file would hold them, and the text a lenient reader sees. */
export interface BrokenInput {
  readonly text: string;
  readonly bytes: Uint8Array;
}

const utf8 = new TextEncoder();

/**
 * Breaks `release` the `kind` way. `hugeLength` is the length of a huge input in UTF-16 code
 * units (one more than the extractor's limit).
 *
 * @example
 * const broken = breakRelease('Leaders met.', 'invalid-utf8', createRandom(1), DEFAULT_HUGE_LENGTH);
 * broken.bytes; // UTF-8 with invalid sequences spliced in
 * broken.text; // what a lenient UTF-8 reader sees (U+FFFD for each bad byte)
 * breakRelease('Leaders met.', 'empty', createRandom(1), DEFAULT_HUGE_LENGTH).text; // ''
 */
export function breakRelease(release: string, kind: BrokenKind, random: Random, hugeLength: number): BrokenInput {
  switch (kind) {
    case 'empty':
      return { text: '', bytes: new Uint8Array(0) };
    case 'huge': {
      const text = release.length === 0 ? 'x'.repeat(hugeLength) : release.repeat(Math.ceil(hugeLength / release.length)).slice(0, hugeLength);
      return { text, bytes: utf8.encode(text) };
    }
    case 'binary': {
      // A zip-like header and random bytes, NULs included.
      const bytes = new Uint8Array(random.int(512, 4096));
      for (let i = 0; i < bytes.length; i++) bytes[i] = random.chance(0.2) ? 0 : random.int(0, 255);
      bytes.set([0x50, 0x4b, 0x03, 0x04, 0x00]);
      return { text: String.fromCharCode(...bytes), bytes };
    }
    case 'invalid-utf8': {
      // The release with a few bytes that no UTF-8 decoder accepts, put between words.
      const good = utf8.encode(release);
      const bad = [0xff, 0xc3, 0x28, 0xe2, 0x82];
      const cuts = new Set<number>();
      for (let k = 0; k < 3 && good.length > 0; k++) {
        const at = good.indexOf(0x20, random.int(0, good.length - 1));
        cuts.add(at < 0 ? good.length : at);
      }
      const parts: number[] = [];
      good.forEach((byte, i) => {
        if (cuts.has(i)) parts.push(...bad);
        parts.push(byte);
      });
      if (cuts.has(good.length) || cuts.size === 0) parts.push(...bad);
      const bytes = Uint8Array.from(parts);
      return { text: new TextDecoder('utf-8').decode(bytes), bytes };
    }
  }
}
