import { Buffer } from 'node:buffer';

/*
 * A text's UTF-16 code units in a typed list, for a scan of every character of a document (the
 * word index): `codes[i]` is a plain load, where `text.charCodeAt(i)` also dispatches on how the
 * string is stored, about half of such a scan's instructions. One native copy per text into a
 * list reused from one text to the next.
 */

/** Is this machine little-endian (how `utf16le` bytes read back as 16-bit units)? */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let bytes = Buffer.alloc(1 << 14);
let units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 1);

/**
 * The code units of `text` (`codes[i] === text.charCodeAt(i)` for every `i < text.length`), then
 * a 0 at `text.length`; the list is overwritten by the next call.
 *
 * @example codeUnitsOf('Hi')[1] // 105
 */
export function codeUnitsOf(text: string): Uint16Array {
  const n = text.length;
  if (n + 1 > units.length) {
    bytes = Buffer.alloc(2 * (n + 1) + 1024);
    units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 1);
  }
  if (LITTLE_ENDIAN) bytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  units[n] = 0;
  return units;
}
