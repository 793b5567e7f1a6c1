import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../src/index.js';

describe('decodeBytes / looksBinary', () => {
  it('decodes UTF-8, replaces invalid bytes and says so, and follows a UTF-16 byte order mark', () => {
    expect(decodeBytes(new TextEncoder().encode('Nausėda'))).toEqual({ text: 'Nausėda', replaced: false });
    expect(decodeBytes(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: 'Caf\uFFFD', replaced: true });
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toEqual({ text: 'AB', replaced: false });
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', replaced: false });
  });

  it('calls NUL bytes binary, except in UTF-16 with a byte order mark', () => {
    expect(looksBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(looksBinary(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe(false);
    expect(looksBinary(new TextEncoder().encode('plain text'))).toBe(false);
    const lateNul = new Uint8Array(9000).fill(0x41);
    lateNul[8500] = 0;
    expect(looksBinary(lateNul)).toBe(false);
  });
});
