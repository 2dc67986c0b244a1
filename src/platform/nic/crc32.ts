// Owns CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320): the Ethernet FCS the NIC appends on
// receive, and the payload checksum of the wire's test frames. Slicing-by-8 (eight derived
// tables, eight bytes per step): every frame is checksummed two or three times on its way.

const TABLES = (() => {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) t[k * 256 + n] = t[(k - 1) * 256 + n]! >>> 8 ^ t[t[(k - 1) * 256 + n]! & 0xff]!;
  }
  return t;
})();

/** CRC-32 of bytes[from, to) (unsigned); `seed` continues an earlier CRC (of the bytes before). */
export function crc32(bytes: Uint8Array, from = 0, to = bytes.length, seed = 0): number {
  const T = TABLES;
  let c = ~seed;
  let i = from;
  for (; i + 8 <= to; i += 8) {
    const a = c ^ (bytes[i]! | bytes[i + 1]! << 8 | bytes[i + 2]! << 16 | bytes[i + 3]! << 24);
    c = T[1792 + (a & 0xff)]! ^ T[1536 + ((a >>> 8) & 0xff)]! ^ T[1280 + ((a >>> 16) & 0xff)]! ^ T[1024 + (a >>> 24)]! ^
      T[768 + bytes[i + 4]!]! ^ T[512 + bytes[i + 5]!]! ^ T[256 + bytes[i + 6]!]! ^ T[bytes[i + 7]!]!;
  }
  for (; i < to; i++) c = T[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The 4 FCS bytes as they follow the frame on the wire (least significant byte first). */
export function ethernetFcs(frame: Uint8Array): Uint8Array {
  const c = crc32(frame);
  return Uint8Array.of(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff);
}
