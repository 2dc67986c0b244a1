// Owns the wire: a deterministic traffic generator (streams of verifiable test frames at given rates
// in emulated time, for several destination MACs) and a sink that verifies every frame it is given
// (ok / corrupt / duplicate / foreign, and lost by sequence number).
//
// Test frame (sizes exclude the FCS; 60..1514 bytes):
//   0  dst MAC (6)   6  src MAC (6)   12  ethertype 0x88B5 (IEEE local experimental, big-endian)
//   14 'TWDR'        18 stream u16    20  frame length u16   22 sequence u32   26 checksum u32
//   30.. pattern bytes: xorshift32 stream seeded from (stream, sequence), four bytes per step
//        (least significant first)
// checksum = CRC-32 of the whole frame with the checksum field zeroed. Bytes past `frame length`
// (padding added on the way) must be zero.
//
// Invariants: a frame is a pure function of (stream spec, sequence); the generator emits each
// sequence number exactly once, in time order across streams (ties by stream order); the sink
// classifies every frame exactly once.

import { crc32 } from './crc32.js';

export const TEST_ETHERTYPE = 0x88b5;
export const TEST_HEADER_BYTES = 30;
export const MIN_FRAME = 60;
export const MAX_FRAME = 1514;
const MAGIC = [0x54, 0x57, 0x44, 0x52]; // 'TWDR'
const ZERO4 = new Uint8Array(4);

export type Mac = ArrayLike<number>;

export function macString(m: Mac): string {
  return Array.from({ length: 6 }, (_, i) => (m[i]! & 0xff).toString(16).padStart(2, '0')).join(':');
}

export interface TestFrameSpec {
  readonly dst: Mac;
  readonly src: Mac;
  readonly stream: number;
  readonly seq: number;
  readonly size: number;
}

function patternSeed(stream: number, seq: number): number {
  const x = (Math.imul(stream + 1, 0x9e3779b1) ^ Math.imul(seq + 1, 0x85ebca6b) ^ 0x2545f491) >>> 0;
  return x === 0 ? 1 : x;
}

/** The DataView of the last buffer writeTestFrame filled (callers reuse one buffer per frame size). */
let lastFrame: Uint8Array | null = null;
let lastView: DataView | null = null;
function viewOf(f: Uint8Array): DataView {
  if (f !== lastFrame || lastView === null) { lastFrame = f; lastView = new DataView(f.buffer, f.byteOffset, f.byteLength); }
  return lastView;
}

/** Builds one test frame. */
export function buildTestFrame(spec: TestFrameSpec): Uint8Array {
  const f = new Uint8Array(spec.size);
  writeTestFrame(spec, f);
  return f;
}

/**
 * Writes the test frame of `spec` over every byte of `f` (f.length must be spec.size): the same
 * bytes as buildTestFrame, into a buffer the caller reuses.
 */
export function writeTestFrame(spec: TestFrameSpec, f: Uint8Array): void {
  const { size } = spec;
  if (!Number.isInteger(size) || size < TEST_HEADER_BYTES || size > 0xffff) throw new Error(`test frame size ${size} out of range`);
  if (f.length !== size) throw new Error(`writeTestFrame: buffer of ${f.length} bytes for a ${size}-byte frame`);
  for (let i = 0; i < 6; i++) { f[i] = spec.dst[i]! & 0xff; f[6 + i] = spec.src[i]! & 0xff; }
  f[12] = TEST_ETHERTYPE >> 8; f[13] = TEST_ETHERTYPE & 0xff;
  f[14] = MAGIC[0]!; f[15] = MAGIC[1]!; f[16] = MAGIC[2]!; f[17] = MAGIC[3]!;
  const dv = viewOf(f);
  dv.setUint16(18, spec.stream & 0xffff, true);
  dv.setUint16(20, size, true);
  dv.setUint32(22, spec.seq >>> 0, true);
  dv.setUint32(26, 0, true);
  // xorshift32 over int32 (the same bits as over uint32), one little-endian word per step.
  let x = patternSeed(spec.stream, spec.seq) | 0;
  let i = TEST_HEADER_BYTES;
  for (; i + 4 <= size; i += 4) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    dv.setInt32(i, x, true);
  }
  if (i < size) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    for (let k = 0; i + k < size; k++) f[i + k] = (x >>> (8 * k)) & 0xff;
  }
  dv.setUint32(26, crc32(f), true);
}

export type ParsedFrame =
  | { readonly ok: true; readonly stream: number; readonly seq: number; readonly size: number }
  | { readonly ok: false; readonly foreign: boolean; readonly reason: string };

/** Verifies a test frame (possibly padded with zeros past its declared length). */
export function parseTestFrame(bytes: Uint8Array): ParsedFrame {
  if (bytes.length < 14 || bytes[12] !== TEST_ETHERTYPE >> 8 || bytes[13] !== (TEST_ETHERTYPE & 0xff)) {
    return { ok: false, foreign: true, reason: 'not a test frame (ethertype)' };
  }
  if (bytes.length < TEST_HEADER_BYTES) return { ok: false, foreign: false, reason: `truncated to ${bytes.length} bytes` };
  for (let i = 0; i < 4; i++) if (bytes[14 + i] !== MAGIC[i]) return { ok: false, foreign: false, reason: 'bad magic' };
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stream = dv.getUint16(18, true), size = dv.getUint16(20, true), seq = dv.getUint32(22, true), sum = dv.getUint32(26, true);
  if (size < TEST_HEADER_BYTES || size > bytes.length) return { ok: false, foreign: false, reason: `declared length ${size}, got ${bytes.length} bytes` };
  for (let i = size; i < bytes.length; i++) if (bytes[i] !== 0) return { ok: false, foreign: false, reason: `non-zero padding at byte ${i}` };
  // CRC of the frame with the checksum field read as zeros, without copying it.
  const crc = crc32(bytes, TEST_HEADER_BYTES, size, crc32(ZERO4, 0, 4, crc32(bytes, 0, 26)));
  if (crc !== sum) return { ok: false, foreign: false, reason: `checksum mismatch (stream ${stream} seq ${seq})` };
  return { ok: true, stream, seq, size };
}

/** A deterministic mix of frame sizes in [min, max]: both extremes, common sizes, and pseudo-random ones. */
export function mixedSizes(n: number, seed = 1, min = MIN_FRAME, max = MAX_FRAME): number[] {
  const fixed = [min, max, 64, 128, 256, 255, 257, 512, 1024, 1500, 97, 1000].filter((s) => s >= min && s <= max);
  let x = (seed * 2654435761) >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i < fixed.length) { out.push(fixed[i]!); continue; }
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out.push(min + (x % (max - min + 1)));
  }
  return out;
}

export interface StreamSpec {
  /** Stream id (0..65535), carried in every frame. */
  readonly id: number;
  readonly dst: Mac;
  /** Default 02:00:00:00:<id hi>:<id lo> (locally administered). */
  readonly src?: Mac;
  /** Frame sizes, used in order and cycled. */
  readonly sizes: readonly number[];
  /** Frames per emulated second (> 0). */
  readonly rate: number;
  readonly count: number;
  /** Emulated time of the first frame (µs). Default 0. */
  readonly startUs?: number;
}

export interface WireFrame {
  readonly stream: number;
  readonly seq: number;
  readonly timeUs: number;
  readonly bytes: Uint8Array;
}

export class TrafficGenerator {
  private readonly streams: readonly StreamSpec[];
  private readonly next: number[];
  private nEmitted = 0;

  constructor(streams: readonly StreamSpec[]) {
    const ids = new Set<number>();
    for (const s of streams) {
      if (!(s.rate > 0)) throw new Error(`stream ${s.id}: rate must be > 0`);
      if (s.sizes.length === 0) throw new Error(`stream ${s.id}: no frame sizes`);
      if (ids.has(s.id)) throw new Error(`stream id ${s.id} used twice`);
      ids.add(s.id);
    }
    this.streams = streams;
    this.next = streams.map(() => 0);
  }

  get total(): number { return this.streams.reduce((a, s) => a + s.count, 0); }
  get emitted(): number { return this.nEmitted; }
  get done(): boolean { return this.nEmitted === this.total; }

  private timeOf(i: number, seq: number): number {
    const s = this.streams[i]!;
    return (s.startUs ?? 0) + Math.floor((seq * 1e6) / s.rate);
  }

  /** Builds frame `seq` of stream `id` (independent of emission state). */
  frame(id: number, seq: number): Uint8Array {
    const s = this.streams.find((x) => x.id === id);
    if (!s) throw new Error(`no stream ${id}`);
    return buildTestFrame({ dst: s.dst, src: s.src ?? [0x02, 0, 0, 0, (s.id >> 8) & 0xff, s.id & 0xff], stream: s.id, seq, size: s.sizes[seq % s.sizes.length]! });
  }

  /** Emulated time of the next frame, or null when every stream is done. */
  nextTimeUs(): number | null {
    let best: number | null = null;
    this.streams.forEach((s, i) => {
      if (this.next[i]! < s.count) { const t = this.timeOf(i, this.next[i]!); if (best === null || t < best) best = t; }
    });
    return best;
  }

  /** Every not yet emitted frame scheduled at or before nowUs, in time order. */
  due(nowUs: number, max = Infinity): WireFrame[] {
    const out: WireFrame[] = [];
    while (out.length < max) {
      let bi = -1, bt = Infinity;
      this.streams.forEach((s, i) => {
        if (this.next[i]! < s.count) { const t = this.timeOf(i, this.next[i]!); if (t <= nowUs && t < bt) { bt = t; bi = i; } }
      });
      if (bi < 0) break;
      const s = this.streams[bi]!;
      const seq = this.next[bi]!++;
      this.nEmitted++;
      out.push({ stream: s.id, seq, timeUs: bt, bytes: this.frame(s.id, seq) });
    }
    return out;
  }
}

export type SinkVerdict = 'ok' | 'corrupt' | 'duplicate' | 'foreign';

export interface StreamReport {
  readonly stream: number;
  readonly expected: number | null;
  readonly received: number;
  readonly lost: number;
  readonly duplicates: number;
  readonly outOfOrder: number;
  readonly bytes: number;
}

export interface SinkReport {
  readonly ok: number;
  readonly corrupt: number;
  readonly duplicate: number;
  readonly foreign: number;
  readonly lost: number;
  readonly outOfOrder: number;
  readonly bytes: number;
  readonly streams: readonly StreamReport[];
  /** The first problems seen (at most 20). */
  readonly problems: readonly string[];
}

/**
 * A set of sequence numbers (u32): a bitmap for those below DENSE_LIMIT (grown on demand: a
 * stream's numbers are dense from 0), a Set for any larger one (a corrupt-but-valid frame's).
 */
class SeqSet {
  private static readonly DENSE_LIMIT = 1 << 26;
  private bits = new Uint32Array(64);
  private readonly sparse = new Set<number>();
  size = 0;

  has(q: number): boolean {
    if (q < SeqSet.DENSE_LIMIT) { const w = q >>> 5; return w < this.bits.length && (this.bits[w]! & (1 << (q & 31))) !== 0; }
    return this.sparse.has(q);
  }

  add(q: number): void {
    if (this.has(q)) return;
    this.size++;
    if (q >= SeqSet.DENSE_LIMIT) { this.sparse.add(q); return; }
    const w = q >>> 5;
    if (w >= this.bits.length) {
      const grown = new Uint32Array(Math.max(w + 1, 2 * this.bits.length));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[w]! |= 1 << (q & 31);
  }
}

interface StreamState { seen: SeqSet; maxSeq: number; last: number; dup: number; ooo: number; bytes: number; expected: number | null }

export class WireSink {
  private readonly streams = new Map<number, StreamState>();
  private nCorrupt = 0;
  private nForeign = 0;
  private readonly problemList: string[] = [];

  private state(stream: number): StreamState {
    let s = this.streams.get(stream);
    if (!s) this.streams.set(stream, (s = { seen: new SeqSet(), maxSeq: -1, last: -1, dup: 0, ooo: 0, bytes: 0, expected: null }));
    return s;
  }

  /** Declares how many frames (sequence numbers 0..count-1) stream `stream` must deliver. */
  expect(stream: number, count: number): void { this.state(stream).expected = count; }

  private problem(p: string): void { if (this.problemList.length < 20) this.problemList.push(p); }

  receive(frame: Uint8Array): SinkVerdict {
    const p = parseTestFrame(frame);
    if (!p.ok) {
      if (p.foreign) { this.nForeign++; this.problem(`foreign frame of ${frame.length} bytes`); return 'foreign'; }
      this.nCorrupt++;
      this.problem(`corrupt frame of ${frame.length} bytes: ${p.reason}`);
      return 'corrupt';
    }
    const s = this.state(p.stream);
    if (s.seen.has(p.seq)) { s.dup++; this.problem(`duplicate: stream ${p.stream} seq ${p.seq}`); return 'duplicate'; }
    s.seen.add(p.seq);
    if (p.seq < s.last) s.ooo++;
    s.last = p.seq;
    s.maxSeq = Math.max(s.maxSeq, p.seq);
    s.bytes += p.size;
    return 'ok';
  }

  report(): SinkReport {
    const streams: StreamReport[] = [];
    let ok = 0, dup = 0, lost = 0, ooo = 0, bytes = 0;
    for (const [id, s] of [...this.streams].sort((a, b) => a[0] - b[0])) {
      const expected = s.expected ?? s.maxSeq + 1;
      let missing = 0;
      for (let q = 0; q < expected; q++) if (!s.seen.has(q)) missing++;
      streams.push({ stream: id, expected: s.expected, received: s.seen.size, lost: missing, duplicates: s.dup, outOfOrder: s.ooo, bytes: s.bytes });
      ok += s.seen.size; dup += s.dup; lost += missing; ooo += s.ooo; bytes += s.bytes;
    }
    return { ok, corrupt: this.nCorrupt, duplicate: dup, foreign: this.nForeign, lost, outOfOrder: ooo, bytes, streams, problems: [...this.problemList] };
  }
}
