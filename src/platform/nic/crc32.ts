// Owns CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320): the Ethernet FCS the NIC appends on
// receive, and the payload checksum of the wire's test frames. Every frame is checksummed two or
// three times on its way: Node's zlib.crc32 where it exists, else slicing-by-16 (sixteen derived
// tables, sixteen bytes per step, read as four little-endian words).

import zlib from 'node:zlib';

const TABLES = (() => {
  const t = new Int32Array(16 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  // t[k*256 + n]: the CRC register contribution of byte n followed by k zero bytes.
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 16; k++) t[k * 256 + n] = t[(k - 1) * 256 + n]! >>> 8 ^ t[t[(k - 1) * 256 + n]! & 0xff]!;
  }
  return t;
})();

/**
 * Node's zlib.crc32 (Node >= 20.15: zlib's own CRC-32, the same function, vectorised) when present.
 * Its call costs about as much as 64 bytes of the table-driven loop, so shorter ranges stay here.
 */
const NATIVE: ((data: Uint8Array, value?: number) => number) | null = typeof zlib.crc32 === 'function' ? zlib.crc32 : null;
const NATIVE_MIN = 64;

/** CRC-32 of bytes[from, to) (unsigned); `seed` continues an earlier CRC (of the bytes before). */
export function crc32(bytes: Uint8Array, from = 0, to = bytes.length, seed = 0): number {
  if (NATIVE !== null && to - from >= NATIVE_MIN) return NATIVE(from === 0 && to === bytes.length ? bytes : bytes.subarray(from, to), seed >>> 0);
  return crc32Tables(bytes, from, to, seed);
}

/** The table-driven CRC-32 (the reference the native one is tested against). */
export function crc32Tables(bytes: Uint8Array, from = 0, to = bytes.length, seed = 0): number {
  const T = TABLES;
  let c = ~seed;
  let i = from;
  if (to - i >= 16) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (; i + 16 <= to; i += 16) {
      const a = c ^ dv.getInt32(i, true), b = dv.getInt32(i + 4, true), d = dv.getInt32(i + 8, true), e = dv.getInt32(i + 12, true);
      c = T[3840 + (a & 0xff)]! ^ T[3584 + ((a >>> 8) & 0xff)]! ^ T[3328 + ((a >>> 16) & 0xff)]! ^ T[3072 + (a >>> 24)]! ^
        T[2816 + (b & 0xff)]! ^ T[2560 + ((b >>> 8) & 0xff)]! ^ T[2304 + ((b >>> 16) & 0xff)]! ^ T[2048 + (b >>> 24)]! ^
        T[1792 + (d & 0xff)]! ^ T[1536 + ((d >>> 8) & 0xff)]! ^ T[1280 + ((d >>> 16) & 0xff)]! ^ T[1024 + (d >>> 24)]! ^
        T[768 + (e & 0xff)]! ^ T[512 + ((e >>> 8) & 0xff)]! ^ T[256 + ((e >>> 16) & 0xff)]! ^ T[e >>> 24]!;
    }
  }
  for (; i < to; i++) c = T[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The 4 FCS bytes as they follow the frame on the wire (least significant byte first). */
export function ethernetFcs(frame: Uint8Array): Uint8Array {
  const c = crc32(frame);
  return Uint8Array.of(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff);
}
