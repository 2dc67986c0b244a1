// Owns CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320): the Ethernet FCS the NIC appends on
// receive, and the payload checksum of the wire's test frames.

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of bytes[from, to) (unsigned). */
export function crc32(bytes: Uint8Array, from = 0, to = bytes.length, seed = 0): number {
  let c = ~seed >>> 0;
  for (let i = from; i < to; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The 4 FCS bytes as they follow the frame on the wire (least significant byte first). */
export function ethernetFcs(frame: Uint8Array): Uint8Array {
  const c = crc32(frame);
  return Uint8Array.of(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff);
}
