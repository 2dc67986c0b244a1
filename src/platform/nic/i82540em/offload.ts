// Owns the 8254x's packet offloads as pure functions over frame bytes: the Internet checksum
// (RFC 1071) the transmit path inserts and the receive path verifies, TCP segmentation (TSE), and
// 802.1Q tag insertion/stripping. The transmit and receive engines call these; no device state.
//
// Transmit checksum semantics (the manual's, and what the Linux driver relies on): the device sums
// bytes [start, end] (end inclusive; 0 = to the end of the frame) as 16-bit big-endian words and
// stores the complement at `offset`. It does NOT add a pseudo-header: software primes the checksum
// field with it (CHECKSUM_PARTIAL), so summing over the field includes it. For TSO software primes
// the pseudo-header WITHOUT the length; the device adds each segment's L4 length.

/** One's-complement sum of bytes [from, to) as big-endian 16-bit words, folded to 16 bits. */
export function onesSum(b: Uint8Array, from: number, to: number, seed = 0): number {
  let sum = seed;
  let i = from;
  for (; i + 1 < to; i += 2) sum += (b[i]! << 8) | b[i + 1]!;
  if (i < to) sum += b[i]! << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return sum;
}

/** Inserts ~sum(bytes[start..end]) at `offset` (end inclusive, 0 = frame end); false if out of range. */
export function insertChecksum(frame: Uint8Array, len: number, start: number, offset: number, end: number, seed = 0): boolean {
  const stop = end === 0 ? len : Math.min(end + 1, len);
  if (start >= stop || offset + 2 > len) return false;
  const c = ~onesSum(frame, start, stop, seed) & 0xffff;
  frame[offset] = c >>> 8;
  frame[offset + 1] = c & 0xff;
  return true;
}

const ETH_HLEN = 14;
export const ETH_P_IP = 0x0800;
const IPPROTO_TCP = 6, IPPROTO_UDP = 17;
const TCP_FIN = 0x01, TCP_PSH = 0x08;

const be16 = (b: Uint8Array, o: number): number => (b[o]! << 8) | b[o + 1]!;
const put16 = (b: Uint8Array, o: number, v: number): void => { b[o] = (v >>> 8) & 0xff; b[o + 1] = v & 0xff; };

/** The context a TSE (segmentation) context descriptor set up. */
export interface TsoContext {
  readonly hdrLen: number;
  readonly mss: number;
  readonly ipv4: boolean;
  readonly tcp: boolean;
  readonly ipcss: number; readonly ipcso: number; readonly ipcse: number;
  readonly tucss: number; readonly tucso: number; readonly tucse: number;
  readonly ipChecksum: boolean;
  readonly l4Checksum: boolean;
}

/**
 * Cuts a TSO payload (headers then payload, `len` bytes) into frames of at most hdrLen + mss:
 * each gets the headers with the IPv4 total length / IPv6 payload length, the IPv4 id + i, the TCP
 * sequence number advanced, FIN/PSH only on the last, and the checksums the context asked for.
 */
export function segment(data: Uint8Array, len: number, t: TsoContext): Uint8Array[] {
  const out: Uint8Array[] = [];
  const payload = len - t.hdrLen;
  if (t.mss === 0 || payload <= 0 || t.hdrLen > len) return out;
  const seq0 = t.tcp ? ((data[t.tucss + 4]! << 24) | (data[t.tucss + 5]! << 16) | (data[t.tucss + 6]! << 8) | data[t.tucss + 7]!) >>> 0 : 0;
  const id0 = t.ipv4 ? be16(data, t.ipcss + 4) : 0;
  const flags0 = t.tcp ? data[t.tucss + 13]! : 0;
  for (let off = 0, i = 0; off < payload; off += t.mss, i++) {
    const n = Math.min(t.mss, payload - off);
    const last = off + n >= payload;
    const f = new Uint8Array(t.hdrLen + n);
    f.set(data.subarray(0, t.hdrLen), 0);
    f.set(data.subarray(t.hdrLen + off, t.hdrLen + off + n), t.hdrLen);
    if (t.ipv4) {
      put16(f, t.ipcss + 2, f.length - t.ipcss);
      put16(f, t.ipcss + 4, (id0 + i) & 0xffff);
    } else {
      put16(f, t.ipcss + 4, f.length - t.ipcss - 40); // IPv6 payload length
    }
    const l4len = f.length - t.tucss;
    if (t.tcp) {
      const seq = (seq0 + off) >>> 0;
      f[t.tucss + 4] = seq >>> 24; f[t.tucss + 5] = (seq >>> 16) & 0xff; f[t.tucss + 6] = (seq >>> 8) & 0xff; f[t.tucss + 7] = seq & 0xff;
      f[t.tucss + 13] = last ? flags0 : flags0 & ~(TCP_FIN | TCP_PSH);
    } else {
      put16(f, t.tucss + 4, l4len); // UDP length
    }
    if (t.ipChecksum && t.ipv4) {
      put16(f, t.ipcso, 0);
      insertChecksum(f, f.length, t.ipcss, t.ipcso, t.ipcse || t.ipcss + (f[t.ipcss]! & 0xf) * 4 - 1);
    }
    if (t.l4Checksum) {
      // The primed pseudo-header sum lacks the length: add this segment's L4 length.
      const primed = be16(f, t.tucso);
      put16(f, t.tucso, 0);
      insertChecksum(f, f.length, t.tucss, t.tucso, t.tucse, onesSum(new Uint8Array([primed >>> 8, primed & 0xff, l4len >>> 8, l4len & 0xff]), 0, 4));
    }
    out.push(f);
  }
  return out;
}

/** Receive checksum verdict bits (checkReceived): checked = IPCS/TCPCS, bad = IPE/TCPE. */
export const RX_IP_CHECKED = 1, RX_IP_BAD = 2, RX_L4_CHECKED = 4, RX_L4_BAD = 8;

/** Checks an untagged IPv4 frame's header and TCP/UDP checksums (unfragmented datagrams only). */
export function checkReceived(f: Uint8Array, len: number, ipofl: boolean, tuofl: boolean): number {
  if (len < ETH_HLEN + 20 || be16(f, 12) !== ETH_P_IP || f[ETH_HLEN]! >>> 4 !== 4) return 0;
  const ihl = (f[ETH_HLEN]! & 0xf) * 4;
  const total = be16(f, ETH_HLEN + 2);
  if (ihl < 20 || ETH_HLEN + total > len || total < ihl) return 0;
  let r = 0;
  if (ipofl) r |= RX_IP_CHECKED | (onesSum(f, ETH_HLEN, ETH_HLEN + ihl) !== 0xffff ? RX_IP_BAD : 0);
  const proto = f[ETH_HLEN + 9]!;
  const fragmented = (be16(f, ETH_HLEN + 6) & 0x3fff) !== 0;
  if (!tuofl || fragmented || (proto !== IPPROTO_TCP && proto !== IPPROTO_UDP)) return r;
  const l4 = ETH_HLEN + ihl, l4len = total - ihl;
  if (proto === IPPROTO_UDP && be16(f, l4 + 6) === 0) return r; // UDP without checksum
  const pseudo = onesSum(f, ETH_HLEN + 12, ETH_HLEN + 20, proto + l4len);
  return r | RX_L4_CHECKED | (onesSum(f, l4, l4 + l4len, pseudo) !== 0xffff ? RX_L4_BAD : 0);
}

/** Inserts an 802.1Q tag (TPID `vet`, TCI `tci`) after the MAC addresses; returns the new frame. */
export function insertVlanTag(f: Uint8Array, len: number, vet: number, tci: number): Uint8Array {
  const out = new Uint8Array(len + 4);
  out.set(f.subarray(0, 12), 0);
  put16(out, 12, vet);
  put16(out, 14, tci);
  out.set(f.subarray(12, len), 16);
  return out;
}
