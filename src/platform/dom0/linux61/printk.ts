// Linux 6.1 printing, string and bitmap routines of the dom0 model (reference: REFERENCE.md
// "Printing", "Strings"): printk's KERN_SOH level prefix, the device and net device prefixes of
// dev_printk and netdev_printk ("e1000 0000:00:03.0 eth0: ..."), __warn_printk's cut-here line
// (the WARN that follows is the bug table's: abi.ts), print_hex_dump's rows, vsprintf's pointer
// extensions the driver uses (%pM MAC, %pS/%pB symbol, %pV nested format, %pNF features, %pR
// resource, %*ph hex bytes), and lib/string.c's strchr, strcpy, strncpy, strscpy, find_next_bit.
//
// Modeled costs: _printk / __warn_printk 250 +5/B, _dev_* and netdev_* 300 +5/B, print_hex_dump
// 200 +10/B, strchr / strcpy / strncpy / strscpy 15 +1/4B, _find_next_bit 10 +1/word.

import { LINUX as K, device, device_driver, kobject, net_device, resource } from '../../linux/layout.generated.js';
import { readCString, type MemAccess } from '../../mem.js';
import { formatPrintf, type PrintfArgs } from '../printf.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineArgs, type RoutineSpec } from '../routine.js';
import { latin1, read64 } from './kdata.js';

const SOH = '\u0001';

function stackArgs(a: RoutineArgs, first: number): PrintfArgs {
  let i = first;
  return { next: () => a.stack(i++) };
}

function memArgs(m: MemAccess, va: number): PrintfArgs {
  let p = va;
  return { next: () => { const v = m.read32(p); p += 4; return v; } };
}

const hex2 = (b: number): string => b.toString(16).padStart(2, '0');

/** vsprintf with the kernel's pointer extensions. */
export function kformat(k: Dom0Kernel, fmtVa: number, args: PrintfArgs, routine: string): string {
  if (fmtVa === 0) throw new KernelOops(`BUG: ${routine}: NULL format`);
  const m = k.mem;
  const str = (va: number, max: number): string => readCString(m, va, max);
  const ext = (e: string, v: number, width: number, _prec: number): string | null => {
    if (v === 0 && e[0] !== 'V') return '(null)';
    switch (e[0]) {
      case 'M': case 'm': return [...m.readBytes(v, 6)].map(hex2).join(e[0] === 'M' ? ':' : '');
      case 'S': case 's': case 'B': return k.describeAddress(v);
      case 'V': { const f = m.read32(v), va = m.read32(m.read32(v + 4)); return kformat(k, f, memArgs(m, va), routine); }
      case 'N': return e[1] === 'F' ? `0x${read64(m, v).toString(16).padStart(16, '0')}` : null;
      case 'R': case 'r': return `[mem 0x${m.read32(v + resource.start).toString(16)}-0x${m.read32(v + resource.end).toString(16)}]`;
      case 'h': return [...m.readBytes(v, Math.max(0, Math.min(width || 1, 64)))].map(hex2).join(e[1] === 'C' ? ':' : e[1] === 'D' ? '-' : e[1] === 'N' ? '' : ' ');
      default: return null;
    }
  };
  return formatPrintf(readCString(m, fmtVa, 4096), args, str, ext);
}

/** printk_get_level: a KERN_SOH level prefix ("\001" + '0'..'7'), else the default (KERN_WARNING). */
function split(text: string): { level: number; text: string } {
  let level = K.LOGLEVEL_WARNING;
  while (text[0] === SOH && text.length > 1) {
    const c = text[1]!;
    if (c >= '0' && c <= '7') level = c.charCodeAt(0) - 48;
    text = text.slice(2);
  }
  return { level, text };
}

/** dev_name: init_name, else the kobject's name. */
export function devName(m: MemAccess, dev: number): string {
  const init = m.read32(dev + device.init_name);
  return readCString(m, init || m.read32(dev + device.kobj + kobject.name), 64);
}

/** dev_driver_string: the bound driver's name, else "" (the bus has no name record in the model). */
export function driverString(m: MemAccess, dev: number): string {
  const drv = m.read32(dev + device.driver);
  return drv ? readCString(m, m.read32(drv + device_driver.name), 64) : '';
}

/** netdev_name + netdev_reg_state of __netdev_printk. */
function netdevLabel(m: MemAccess, dev: number): string {
  const name = readCString(m, dev + net_device.name, 16);
  const shown = !name || name.includes('%') ? '(unnamed net_device)' : name;
  const st = m.read8(dev + net_device.reg_state);
  const state = st === K.NETREG_REGISTERED ? '' : st === K.NETREG_UNINITIALIZED ? ' (uninitialized)' : st === K.NETREG_UNREGISTERING ? ' (unregistering)'
    : st === K.NETREG_UNREGISTERED ? ' (unregistered)' : st === K.NETREG_RELEASED ? ' (released)' : st === K.NETREG_DUMMY ? ' (dummy)' : ' (unknown)';
  return shown + state;
}

function emit(k: Dom0Kernel, a: RoutineArgs, level: number, text: string): number {
  a.charge(5 * text.length);
  k.logLine(level, 'printk', text);
  return text.length;
}

function devPrintk(level: number): RoutineSpec['impl'] {
  return (k, a) => {
    const dev = a.stack(0), m = k.mem;
    const body = kformat(k, a.stack(1), stackArgs(a, 2), a.name);
    return emit(k, a, level, dev ? `${driverString(m, dev)} ${devName(m, dev)}: ${body}` : `(NULL device *): ${body}`);
  };
}

function netdevPrintk(level: number): RoutineSpec['impl'] {
  return (k, a) => {
    const dev = a.stack(0), m = k.mem;
    const body = kformat(k, a.stack(1), stackArgs(a, 2), a.name);
    if (!dev) return emit(k, a, level, `(NULL net_device): ${body}`);
    const parent = m.read32(dev + net_device.dev + device.parent);
    const prefix = parent ? `${driverString(m, parent)} ${devName(m, parent)} ${netdevLabel(m, dev)}` : netdevLabel(m, dev);
    return emit(k, a, level, `${prefix}: ${body}`);
  };
}

function strlen(m: MemAccess, va: number): number {
  let n = 0;
  while (m.read8(va + n) !== 0) n++;
  return n;
}

export const PRINTK_ROUTINES: readonly RoutineSpec[] = [
  R('_printk', 250, (k, a) => { const t = split(kformat(k, a.stack(0), stackArgs(a, 1), a.name)); return emit(k, a, t.level, t.text); }, false, 'variadic'),
  R('__warn_printk', 250, (k, a) => {
    k.logLine(K.LOGLEVEL_WARNING, 'kernel', '------------[ cut here ]------------');
    const t = split(kformat(k, a.stack(0), stackArgs(a, 1), a.name));
    emit(k, a, t.level, t.text);
  }, false, 'variadic'),
  R('_dev_err', 300, devPrintk(K.LOGLEVEL_ERR), false, 'variadic'),
  R('_dev_warn', 300, devPrintk(K.LOGLEVEL_WARNING), false, 'variadic'),
  R('_dev_info', 300, devPrintk(K.LOGLEVEL_INFO), false, 'variadic'),
  R('netdev_err', 300, netdevPrintk(K.LOGLEVEL_ERR), false, 'variadic'),
  R('netdev_warn', 300, netdevPrintk(K.LOGLEVEL_WARNING), false, 'variadic'),
  R('netdev_info', 300, netdevPrintk(K.LOGLEVEL_INFO), false, 'variadic'),
  // void print_hex_dump(const char *level, const char *prefix_str, int prefix_type, int rowsize,
  //                     int groupsize, const void *buf, size_t len, bool ascii)
  R('print_hex_dump', 200, (k, a) => {
    const m = k.mem;
    const level = split(readCString(m, a.arg(0), 8)).level;
    const prefix = readCString(m, a.arg(1), 64), ptype = a.sarg(2);
    let rowsize = a.sarg(3), group = a.sarg(4);
    const buf = a.arg(5), len = a.arg(6), ascii = (a.arg(7) & 0xff) !== 0;
    if (rowsize !== 16 && rowsize !== 32) rowsize = 16;
    if (group !== 1 && group !== 2 && group !== 4 && group !== 8) group = 1;
    a.charge(10 * len);
    for (let i = 0; i < len; i += rowsize) {
      const n = Math.min(rowsize, len - i);
      const row = m.readBytes(buf + i, n);
      const g = n % group ? 1 : group;
      const words: string[] = [];
      for (let j = 0; j < n; j += g) {
        let w = '';
        for (let b = g - 1; b >= 0; b--) w += hex2(row[j + b]!);
        words.push(w);
      }
      let line = words.join(' ');
      if (ascii) line = line.padEnd((rowsize / g) * (2 * g + 1) - 1, ' ') + '  ' + [...row].map((c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.')).join('');
      const pre = ptype === K.DUMP_PREFIX_ADDRESS ? `${prefix}${(buf + i).toString(16).padStart(8, '0')}: ` : ptype === K.DUMP_PREFIX_OFFSET ? `${prefix}${i.toString(16).padStart(8, '0')}: ` : prefix;
      k.logLine(level, 'printk', pre + line);
    }
  }, false, 8),
  // char *strchr(const char *s, int c): the first c (the terminator counts), or NULL
  R('strchr', 15, (k, a) => {
    const s = a.arg(0), c = a.arg(1) & 0xff, m = k.mem;
    for (let p = s; ; p++) {
      const b = m.read8(p);
      if (b === c) return p;
      if (b === 0) return 0;
    }
  }, false, 2),
  R('strcpy', 15, (k, a) => {
    const d = a.arg(0), s = a.arg(1), n = strlen(k.mem, s);
    a.charge(n / 4);
    k.mem.writeBytes(d, k.mem.readBytes(s, n + 1));
    return d;
  }, false, 2),
  // char *strncpy(char *dest, const char *src, size_t count): copies at most count bytes, NUL-padding the rest
  R('strncpy', 15, (k, a) => {
    const d = a.arg(0), s = a.arg(1), count = a.arg(2), m = k.mem;
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) { const b = m.read8(s + i); if (b === 0) break; out[i] = b; }
    a.charge(count / 4);
    m.writeBytes(d, out);
    return d;
  }, false, 3),
  // ssize_t strscpy(char *dest, const char *src, size_t count): the length copied, or -E2BIG when truncated
  R('strscpy', 15, (k, a) => {
    const d = a.arg(0), s = a.arg(1), count = a.arg(2), m = k.mem;
    if (count === 0 || count > 0x7fffffff) { if (count) k.warnOnce('strscpy', 'WARNING: strscpy: count > INT_MAX'); return -K.E2BIG; }
    let n = 0;
    while (n < count && m.read8(s + n) !== 0) n++;
    a.charge(n / 4);
    if (n === count) {
      m.writeBytes(d, m.readBytes(s, count - 1));
      m.write8(d + count - 1, 0);
      return -K.E2BIG;
    }
    m.writeBytes(d, latin1(readCString(m, s, n + 1) + '\0'));
    return n;
  }, false, 3),
  // unsigned long _find_next_bit(const unsigned long *addr, unsigned long nbits, unsigned long start)
  R('_find_next_bit', 10, (k, a) => {
    const addr = a.arg(0), nbits = a.arg(1), start = a.arg(2);
    for (let b = start; b < nbits; ) {
      const w = k.mem.read32(addr + 4 * (b >>> 5)) >>> (b & 31);
      a.charge(1);
      if (w) { const r = b + (31 - Math.clz32(w & -w)); return Math.min(r, nbits); }
      b = ((b >>> 5) + 1) << 5;
    }
    return nbits;
  }, false, 3),
];
