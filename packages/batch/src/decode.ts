/** Text decoded from bytes, with what the decoder had to say about it. */
export interface DecodedText {
  readonly text: string;
  /** Set when invalid UTF-8 bytes were replaced with U+FFFD. */
  readonly replaced: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { ignoreBOM: false });

/**
 * Decodes bytes: a UTF-16 BOM selects UTF-16; otherwise UTF-8, invalid bytes replaced.
 *
 * @example
 * decodeBytes(Uint8Array.from([0x43, 0x61, 0x66, 0xe9])); // { text: 'Caf\uFFFD', replaced: true }
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), replaced: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), replaced: false };
  try {
    return { text: strict.decode(bytes), replaced: false };
  } catch {
    return { text: lenient.decode(bytes), replaced: true };
  }
}

/**
 * True for a binary file rather than text: NUL bytes in the first 8 KB (not UTF-16 with a BOM).
 *
 * @example
 * looksBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00])); // true
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * The same test for a string (a JSONL `text` with NUL characters).
 *
 * @example
 * textLooksBinary('PK\u0003\u0004\u0000\u0000'); // true
 * textLooksBinary('Leaders met in Astana.'); // false
 */
export function textLooksBinary(text: string): boolean {
  const i = text.indexOf('\0');
  return i >= 0 && i < 8192;
}
