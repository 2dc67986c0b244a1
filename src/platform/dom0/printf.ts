// Owns the kernel printf of the dom0 model (printk, sprintf): the C conversions drivers use —
// %d %i %u %x %X %o %c %s %p %% with flags (- 0 + space #), width and precision (digits or *), and
// length modifiers hh h l ll z — over 32-bit stack arguments (ll takes two, low word first).
//
// Invariants: arguments are consumed exactly as the i386 varargs ABI lays them out (one 32-bit slot
// each, two for long long); a %s argument of NULL prints "(null)"; an unknown conversion is copied
// through literally and consumes nothing.

export interface PrintfArgs {
  /** The next 32-bit stack slot (unsigned). */
  next(): number;
}

function pad(body: string, width: number, left: boolean, zero: boolean, signLen: number): string {
  if (body.length >= width) return body;
  if (left) return body + ' '.repeat(width - body.length);
  if (zero) return body.slice(0, signLen) + '0'.repeat(width - body.length) + body.slice(signLen);
  return ' '.repeat(width - body.length) + body;
}

/**
 * A kernel's %p extensions (Linux: %pM, %pS, %pV ...): the alphanumeric suffix after %p, the
 * pointer, the width and precision; the text to print, or null for a plain pointer. The suffix is
 * consumed whatever the answer (vsprintf's pointer() skips it).
 */
export type PointerExtension = (ext: string, va: number, width: number, prec: number, args: PrintfArgs) => string | null;

/** Formats `fmt`; `str(va)` reads a C string (at most `max` bytes). */
export function formatPrintf(fmt: string, args: PrintfArgs, str: (va: number, max: number) => string, pointerExt?: PointerExtension): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch !== '%') { out += ch; continue; }
    const start = i;
    i++;
    let left = false, zero = false, plus = false, space = false, alt = false;
    for (;; i++) {
      const f = fmt[i];
      if (f === '-') left = true;
      else if (f === '0') zero = true;
      else if (f === '+') plus = true;
      else if (f === ' ') space = true;
      else if (f === '#') alt = true;
      else break;
    }
    let width = 0;
    if (fmt[i] === '*') { width = args.next() | 0; if (width < 0) { left = true; width = -width; } i++; }
    else while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') width = width * 10 + (fmt.charCodeAt(i++) - 48);
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      prec = 0;
      if (fmt[i] === '*') { prec = args.next() | 0; i++; }
      else while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') prec = prec * 10 + (fmt.charCodeAt(i++) - 48);
    }
    let len = '';
    while (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'z' || fmt[i] === 'L' || fmt[i] === 'j' || fmt[i] === 't') len += fmt[i++];
    const conv = fmt[i];
    const wide = len === 'll' || len === 'L' || len === 'j';
    const readInt = (signed: boolean): bigint => {
      if (wide) {
        const lo = BigInt(args.next() >>> 0), hi = BigInt(args.next() >>> 0);
        const v = (hi << 32n) | lo;
        return signed ? BigInt.asIntN(64, v) : v;
      }
      let v = args.next() >>> 0;
      if (len === 'hh') v &= 0xff;
      else if (len === 'h') v &= 0xffff;
      if (!signed) return BigInt(v);
      const bits = len === 'hh' ? 8 : len === 'h' ? 16 : 32;
      return BigInt.asIntN(bits, BigInt(v));
    };
    const num = (v: bigint, base: number, upper: boolean, signed: boolean, prefix: string): string => {
      const neg = signed && v < 0n;
      let digits = (neg ? -v : v).toString(base);
      if (upper) digits = digits.toUpperCase();
      if (prec >= 0) { if (prec === 0 && v === 0n) digits = ''; digits = digits.padStart(prec, '0'); }
      const sign = neg ? '-' : signed && plus ? '+' : signed && space ? ' ' : '';
      const pre = alt && v !== 0n ? prefix : '';
      return pad(sign + pre + digits, width, left, zero && prec < 0, sign.length + pre.length);
    };
    switch (conv) {
      case 'd': case 'i': out += num(readInt(true), 10, false, true, ''); break;
      case 'u': out += num(readInt(false), 10, false, false, ''); break;
      case 'x': out += num(readInt(false), 16, false, false, '0x'); break;
      case 'X': out += num(readInt(false), 16, true, false, '0X'); break;
      case 'o': out += num(readInt(false), 8, false, false, '0'); break;
      case 'c': out += pad(String.fromCharCode(args.next() & 0xff), width, left, false, 0); break;
      case 's': {
        const va = args.next() >>> 0;
        let s = va === 0 ? '(null)' : str(va, prec >= 0 ? prec : 4096);
        if (prec >= 0) s = s.slice(0, prec);
        out += pad(s, width, left, false, 0);
        break;
      }
      case 'p': {
        const v = args.next() >>> 0;
        let ext = '';
        if (pointerExt) while (i + 1 < fmt.length && /[A-Za-z0-9]/.test(fmt[i + 1]!)) ext += fmt[++i];
        const text = pointerExt && ext ? pointerExt(ext, v, width, prec, args) : null;
        out += text !== null ? pad(text, width, left, false, 0) : pad(v.toString(16).padStart(8, '0'), width, left, false, 0);
        break;
      }
      case '%': out += '%'; break;
      default:
        out += fmt.slice(start, i + 1);
        if (conv === undefined) return out;
    }
  }
  return out;
}
