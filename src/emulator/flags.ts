// Lazy EFLAGS and the arithmetic helpers generated code calls.
//
// The six status flags are kept as (lop, la, lb, lr) describing the last flag-setting operation,
// over a base word `fb` that holds every other EFLAGS bit (DF, IF, ...) and — when lop is
// LAZY_NONE — the status flags themselves. Values are "size-normalised": 8/16-bit values are
// unsigned and masked, 32-bit values are int32. ADC/SBB take their carry-in from fb's CF, and
// INC/DEC keep fb's CF: code that creates those states materialises the previous flags into fb
// first. Status flags follow the Intel SDM; flags it leaves undefined are set as Intel processors
// set them (measured on this project's machine, printed by test/emulator/truth/truth.c) and are
// masked by the differential test (undefinedFlags of src/isa):
//   shifts, rotates, shld/shrd by a count > 1: OF as the first one-bit step sets it
//     (shl/rol/rcl/shld: bit n-1 ^ bit n-2 of the operand; shr: its bit n-1; sar: 0;
//      ror: bit 0 ^ bit n-1; rcr: bit n-1 ^ CF in; shrd: bit 0 of the source ^ bit n-1),
//     except rol/ror of a register by an immediate count > 1, which keep OF
//     (`rol $2, %eax` keeps it; `rol %cl, %eax` with %cl = 2 and `rol $2, (%ebx)` compute it)
//   rcl/rcr whose count is a multiple of n+1 (8, 16 bits): no flag changes
//   mul/imul: SF and PF of the low result, ZF = AF = 0
//   bsf/bsr: zero source ZF = PF = 1; otherwise PF of the index; the other flags 0

import { AF, CF, evalCond, OF, PF, SF, ZF } from '../isa/flags.js';

export const LAZY_NONE = 0;
export const K_ADD = 1, K_SUB = 2, K_LOGIC = 3, K_INC = 4, K_DEC = 5, K_ADC = 6, K_SBB = 7;
/** Shifts by a non-zero masked count: la = value shifted, lb = count, lr = result. */
export const K_SHL = 8, K_SHR = 9, K_SAR = 10;
export const STATUS_MASK = CF | PF | AF | ZF | SF | OF;

/** lop value for a kind and operand size in bits. */
export function lazyOp(kind: number, size: number): number {
  return kind | ((size === 8 ? 0 : size === 16 ? 1 : 2) << 4);
}

export const PARITY: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    let b = i, p = 0;
    while (b) { p ^= b & 1; b >>= 1; }
    t[i] = p ? 0 : PF;
  }
  return t;
})();

/** Full EFLAGS from the lazy state. */
export function materialize(lop: number, a: number, b: number, r: number, fb: number): number {
  if (lop === LAZY_NONE) return fb;
  const kind = lop & 15;
  if (kind >= K_SHL) {
    const bits = 8 << (lop >> 4);
    return kind === K_SHL ? shlFlags(bits, a, b, r, fb) : kind === K_SHR ? shrFlags(bits, a, b, r, fb) : sarFlags(bits, a, b, r, fb);
  }
  const sh = 32 - (8 << (lop >> 4)); // 24, 16, 0
  const rs = r << sh;
  let f = (fb & ~STATUS_MASK) | PARITY[r & 255]!;
  if (rs === 0) f |= ZF;
  if (rs < 0) f |= SF;
  switch (kind) {
    case K_ADD:
      if ((rs >>> 0) < ((a << sh) >>> 0)) f |= CF;
      if ((((a ^ r) & (b ^ r)) << sh) < 0) f |= OF;
      f |= (a ^ b ^ r) & AF;
      break;
    case K_ADC:
      if ((fb & CF) ? (rs >>> 0) <= ((a << sh) >>> 0) : (rs >>> 0) < ((a << sh) >>> 0)) f |= CF;
      if ((((a ^ r) & (b ^ r)) << sh) < 0) f |= OF;
      f |= (a ^ b ^ r) & AF;
      break;
    case K_SUB:
      if (((a << sh) >>> 0) < ((b << sh) >>> 0)) f |= CF;
      if ((((a ^ b) & (a ^ r)) << sh) < 0) f |= OF;
      f |= (a ^ b ^ r) & AF;
      break;
    case K_SBB:
      if ((fb & CF) ? ((a << sh) >>> 0) <= ((b << sh) >>> 0) : ((a << sh) >>> 0) < ((b << sh) >>> 0)) f |= CF;
      if ((((a ^ b) & (a ^ r)) << sh) < 0) f |= OF;
      f |= (a ^ b ^ r) & AF;
      break;
    case K_LOGIC:
      break;
    case K_INC:
      f |= fb & CF;
      if (rs === -0x80000000) f |= OF;
      f |= (a ^ r) & AF;
      break;
    case K_DEC:
      f |= fb & CF;
      if ((a << sh) === -0x80000000) f |= OF;
      f |= (a ^ r) & AF;
      break;
    default:
      throw new Error(`internal: bad lazy flag op ${lop}`);
  }
  return f;
}

/** Condition `cc` (0..15) on the lazy state; common cases without materialising. */
export function cond(cc: number, lop: number, a: number, b: number, r: number, fb: number): boolean {
  if (lop === 0x22) { // SUB, 32-bit: the cmp/jcc pair
    switch (cc) {
      case 2: return (a >>> 0) < (b >>> 0);
      case 3: return (a >>> 0) >= (b >>> 0);
      case 4: return r === 0;
      case 5: return r !== 0;
      case 6: return (a >>> 0) <= (b >>> 0);
      case 7: return (a >>> 0) > (b >>> 0);
      case 12: return a < b;
      case 13: return a >= b;
      case 14: return a <= b;
      case 15: return a > b;
    }
  } else if (lop === 0x23) { // LOGIC, 32-bit
    switch (cc) {
      case 4: return r === 0;
      case 5: return r !== 0;
      case 8: return r < 0;
      case 9: return r >= 0;
    }
  }
  return evalCond(cc, materialize(lop, a, b, r, fb));
}

// ---- eager flag helpers (called only when the flags are live) ----------------------------------

function szp(bits: number, r: number): number {
  const rs = r << (32 - bits);
  return PARITY[r & 255]! | (rs === 0 ? ZF : 0) | (rs < 0 ? SF : 0);
}

/** OF of a one-bit left shift or rotate of `a`: its two top bits differ. */
function leftOf(bits: number, a: number): number {
  return (((a >>> (bits - 1)) ^ (a >>> (bits - 2))) & 1) !== 0 ? OF : 0;
}

/** SHL by masked count c (1..31) of `a` giving `r` (both normalised). */
export function shlFlags(bits: number, a: number, c: number, r: number, f: number): number {
  const cf = c <= bits ? (a >>> (bits - c)) & 1 : 0;
  return (f & ~STATUS_MASK) | szp(bits, r) | cf | leftOf(bits, a);
}

export function shrFlags(bits: number, a: number, c: number, r: number, f: number): number {
  const ua = bits === 32 ? a >>> 0 : a;
  const cf = c <= bits ? (ua / 2 ** (c - 1)) & 1 : 0;
  let o = (f & ~STATUS_MASK) | szp(bits, r) | cf;
  if (((ua >>> (bits - 1)) & 1) !== 0) o |= OF;
  return o;
}

export function sarFlags(bits: number, a: number, c: number, r: number, f: number): number {
  const sa = (a << (32 - bits)) >> (32 - bits);
  const cf = (sa >> Math.min(c - 1, 31)) & 1;
  return (f & ~STATUS_MASK) | szp(bits, r) | cf;
}

/** ROL/ROR of `a` giving `r` change only CF and OF (c = count & 31, non-zero); keepOf: a register by an immediate count above 1. */
export function rolFlags(bits: number, a: number, r: number, f: number, keepOf: boolean): number {
  return (f & ~(CF | OF)) | (r & 1) | (keepOf ? f & OF : leftOf(bits, a));
}

export function rorFlags(bits: number, a: number, r: number, f: number, keepOf: boolean): number {
  return (f & ~(CF | OF)) | ((r >>> (bits - 1)) & 1) | (keepOf ? f & OF : ((a ^ (a >>> (bits - 1))) & 1) !== 0 ? OF : 0);
}

/** Scratch outputs of multi-result helpers (one machine: no reentrancy). */
export const OUT = { r: 0, f: 0, hi: 0 };

/** RCL by masked count (1..31): result in OUT.r, flags in OUT.f. */
export function rcl(bits: number, a: number, count: number, f: number): void {
  const n = bits === 32 ? count : count % (bits + 1);
  let v = bits === 32 ? a >>> 0 : a;
  let cf = f & CF;
  const top = 2 ** (bits - 1);
  for (let k = 0; k < n; k++) {
    const t = v >= top ? 1 : 0;
    v = (v - (t ? top : 0)) * 2 + cf;
    cf = t;
  }
  OUT.r = bits === 32 ? v | 0 : v;
  OUT.f = n === 0 ? f : (f & ~(CF | OF)) | cf | leftOf(bits, a);
}

export function rcr(bits: number, a: number, count: number, f: number): void {
  const n = bits === 32 ? count : count % (bits + 1);
  let v = bits === 32 ? a >>> 0 : a;
  let cf = f & CF;
  // OF (defined for count 1) is MSB(DEST) XOR CF before the rotation (SDM "RCR").
  const of = ((v >>> (bits - 1)) & 1) ^ cf;
  const top = 2 ** (bits - 1);
  for (let k = 0; k < n; k++) {
    const t = v & 1;
    v = Math.floor(v / 2) + (cf ? top : 0);
    cf = t;
  }
  OUT.r = bits === 32 ? v | 0 : v;
  OUT.f = n === 0 ? f : (f & ~(CF | OF)) | cf | (of ? OF : 0);
}

/** SHLD/SHRD by masked count c (1..31): result in OUT.r, flags in OUT.f (materialised base f). */
export function shiftDouble(left: boolean, bits: number, dst: number, src: number, c: number, f: number): void {
  const mask = bits === 32 ? 0xffffffff : 0xffff;
  const d = dst >>> 0, s = src >>> 0;
  let r: number, cf: number;
  if (bits === 16 && c > 16) {
    // Undefined result (SDM); this mirrors a 32-bit funnel over src:dst:src.
    const wide = BigInt(d) | (BigInt(s) << 16n) | (BigInt(d) << 32n);
    if (left) { r = Number((wide << BigInt(c) >> 32n) & 0xffffn); cf = Number((wide << BigInt(c - 1) >> 47n) & 1n); }
    else { r = Number((wide >> BigInt(c)) & 0xffffn); cf = Number((wide >> BigInt(c - 1)) & 1n); }
  } else if (left) {
    r = bits === 32 ? ((d << c) | (s >>> (32 - c))) : (((d << c) | (s >>> (16 - c))) & 0xffff);
    cf = (d >>> (bits - c)) & 1;
  } else {
    r = bits === 32 ? ((d >>> c) | (s << (32 - c))) : (((d >>> c) | (s << (16 - c))) & 0xffff);
    cf = (d >>> (c - 1)) & 1;
  }
  r = bits === 32 ? r | 0 : r & mask;
  // OF of the first one-bit step: the sign bit it shifts in differs from the old one.
  const first = left ? d << 1 : s << (bits - 1);
  OUT.r = r; OUT.f = (f & ~STATUS_MASK) | szp(bits, r) | cf | ((((first ^ d) >>> (bits - 1)) & 1) !== 0 ? OF : 0);
}

/** Flags of a multiply: CF = OF = overflow; SF and PF of the low result, ZF = AF = 0 (undefined by the SDM). */
export function mulFlags(bits: number, lo: number, overflow: boolean, f: number): number {
  return (f & ~STATUS_MASK) | (szp(bits, lo) & ~ZF) | (overflow ? CF | OF : 0);
}

/** Flags of bsf/bsr of source `v` giving index `idx` (undefined by the SDM but ZF). */
export function bitScanFlags(v: number, idx: number, f: number): number {
  return (f & ~STATUS_MASK) | (v === 0 ? ZF | PF : PARITY[idx]!);
}

/** High 32 bits of the unsigned 64-bit product of two 32-bit values. */
export function mulHiU32(a: number, b: number): number {
  const al = a & 0xffff, ah = a >>> 16, bl = b & 0xffff, bh = b >>> 16;
  const ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  return (hh + (lh >>> 16) + (hl >>> 16) + Math.floor(mid / 65536)) | 0;
}

export function mulHiS32(a: number, b: number): number {
  let h = mulHiU32(a, b);
  if (a < 0) h = (h - b) | 0;
  if (b < 0) h = (h - a) | 0;
  return h;
}

/** Unsigned divide of hi:lo by d (sizes 8/16/32 given as normalised parts); OUT.r quotient, OUT.hi remainder. false: #DE. */
export function divU(bits: number, hi: number, lo: number, d: number): boolean {
  if (d === 0) return false;
  if (bits === 32) {
    const uh = hi >>> 0, ul = lo >>> 0, ud = d >>> 0;
    if (uh >= ud) return false;
    if (uh === 0) { OUT.r = Math.floor(ul / ud) | 0; OUT.hi = (ul % ud) | 0; return true; }
    const n = (BigInt(uh) << 32n) | BigInt(ul);
    const bd = BigInt(ud);
    OUT.r = Number(n / bd) | 0; OUT.hi = Number(n % bd) | 0;
    return true;
  }
  const n = hi * 2 ** bits + lo;
  const q = Math.floor(n / d);
  if (q >= 2 ** bits) return false;
  OUT.r = q; OUT.hi = n % d;
  return true;
}

/** Signed divide; parts normalised (8/16 unsigned, 32 int32). */
export function divS(bits: number, hi: number, lo: number, d: number): boolean {
  const sd = (d << (32 - bits)) >> (32 - bits);
  if (sd === 0) return false;
  let q: number, rem: number;
  if (bits === 32) {
    if (hi === (lo >> 31)) { // dividend fits in int32 (the cdq; idiv idiom)
      if (lo === -0x80000000 && sd === -1) return false;
      OUT.r = (lo / sd) | 0; OUT.hi = (lo % sd) | 0;
      return true;
    }
    const n = (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
    const bq = n / BigInt(sd);
    if (bq > 0x7fffffffn || bq < -0x80000000n) return false;
    q = Number(bq); rem = Number(n % BigInt(sd));
    OUT.r = q | 0; OUT.hi = rem | 0;
    return true;
  }
  const n = ((hi << (32 - bits)) >> (32 - bits)) * 2 ** bits + lo;
  q = Math.trunc(n / sd);
  rem = n - q * sd;
  const lim = 2 ** (bits - 1);
  if (q >= lim || q < -lim) return false;
  const m = 2 ** bits - 1;
  OUT.r = q & m; OUT.hi = rem & m;
  return true;
}
