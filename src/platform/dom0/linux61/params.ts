// Linux 6.1 module parameters of the dom0 model (reference: REFERENCE.md "Module parameters"):
// the kernel_param_ops objects param_ops_int, param_ops_uint and param_array_ops (kernel data
// whose set/get pointers name the routines below), kernel/params.c's parsing (kstrtoint /
// kstrtouint with base 0, arrays split at commas into at most `max` elements, the count stored
// in *num), and applying "module.name=value" settings to a loaded module's __param section as
// parse_args does at boot for a built-in driver.
//
// Modeled costs: param_set_int / param_set_uint 40, param_get_* 60, param_array_set 60 + its
// elements, param_array_get 80.

import { LINUX as K, SIZEOF, kernel_param, kernel_param_ops, kparam_array } from '../../linux/layout.generated.js';
import { readCString } from '../../mem.js';
import type { LinkedInstance } from '../../../loader/link.js';
import type { Dom0Kernel } from '../kernel.js';
import { R, type RoutineSpec } from '../routine.js';
import { at, latin1, LD } from './kdata.js';

/** kstrtoll-style parsing with base 0 (0x hex, leading 0 octal), one trailing newline allowed. */
export function kstrto(text: string, signed: boolean): { ok: true; v: number } | { ok: false; err: number } {
  let s = text.endsWith('\n') ? text.slice(0, -1) : text;
  let neg = false;
  if (s.startsWith('+')) s = s.slice(1);
  else if (signed && s.startsWith('-')) { neg = true; s = s.slice(1); }
  let base = 10;
  if (/^0[xX]/.test(s)) { base = 16; s = s.slice(2); } else if (s.length > 1 && s[0] === '0') base = 8;
  if (!s || !(base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(s)) return { ok: false, err: -K.EINVAL };
  const v = BigInt(base === 16 ? `0x${s}` : base === 8 ? `0o${s}` : s) * (neg ? -1n : 1n);
  const [lo, hi] = signed ? [-(2n ** 31n), 2n ** 31n - 1n] : [0n, 2n ** 32n - 1n];
  if (v < lo || v > hi) return { ok: false, err: -K.ERANGE };
  return { ok: true, v: Number(v) };
}

function setScalar(k: Dom0Kernel, val: number, kp: number, signed: boolean): number {
  const r = kstrto(readCString(k.mem, val, 1024), signed);
  if (!r.ok) return r.err;
  k.mem.write32(k.mem.read32(kp + kernel_param.arg), r.v);
  return 0;
}

function getScalar(k: Dom0Kernel, buf: number, kp: number, signed: boolean): number {
  const v = k.mem.read32(k.mem.read32(kp + kernel_param.arg));
  const text = `${signed ? v | 0 : v >>> 0}\n`;
  k.mem.writeBytes(buf, latin1(text + '\0'));
  return text.length;
}

export const PARAM_ROUTINES: readonly RoutineSpec[] = [
  // int param_set_int(const char *val, const struct kernel_param *kp)
  R('param_set_int', 40, (k, a) => setScalar(k, a.arg(0), a.arg(1), true), false, 2),
  R('param_get_int', 60, (k, a) => getScalar(k, a.arg(0), a.arg(1), true), false, 2),
  R('param_set_uint', 40, (k, a) => setScalar(k, a.arg(0), a.arg(1), false), false, 2),
  R('param_get_uint', 60, (k, a) => getScalar(k, a.arg(0), a.arg(1), false), false, 2),
  // param_array_set (kernel/params.c param_array): *num counts the elements set so far; each element
  // through the element ops with a temporary kernel_param; the (max + 1)th is refused after the
  // first max are set; fewer than one (an empty value still parses one) cannot happen.
  R('param_array_set', 60, (k, a) => {
    const val = readCString(k.mem, a.arg(0), 1024), kp = a.arg(1), m = k.mem;
    const arr = m.read32(kp + kernel_param.arr);
    const max = m.read32(arr + kparam_array.max), elemsize = m.read32(arr + kparam_array.elemsize), ops = m.read32(arr + kparam_array.ops);
    const elem = m.read32(arr + kparam_array.elem), numVa = m.read32(arr + kparam_array.num);
    const name = readCString(m, m.read32(kp + kernel_param.name), 64);
    const parts = val.split(',');
    // param_array_set passes arr->num, or a local when the array has no count.
    const setNum = (n: number): void => { if (numVa) m.write32(numVa, n); };
    setNum(0);
    const tmpVal = k.kmallocHost(1024, 'kmalloc', 'param_array'), tmpKp = k.kmallocHost(SIZEOF.kernel_param, 'kmalloc', 'param_array', { zero: true });
    try {
      for (let i = 0; i < parts.length; i++) {
        if (i === max) { k.logLine(3, 'kernel', `${name}: can only take ${max} arguments`); return -K.EINVAL; }
        m.writeBytes(tmpVal, latin1(`${parts[i]}\0`));
        m.writeBytes(tmpKp, m.readBytes(kp, SIZEOF.kernel_param));
        m.write32(tmpKp + kernel_param.arg, elem + elemsize * i);
        const r = k.callback(m.read32(ops + kernel_param_ops.set), [tmpVal, tmpKp], 'process', `${name}[${i}] set`) | 0;
        if (r) return r;
        setNum(i + 1);
      }
    } finally {
      k.kfreeHost(tmpVal, ['kmalloc'], 'param_array');
      k.kfreeHost(tmpKp, ['kmalloc'], 'param_array');
    }
    return 0;
  }, false, 2),
  // param_array_get: each element's get, the newlines between them turned into commas
  R('param_array_get', 80, (k, a) => {
    const buf = a.arg(0), kp = a.arg(1), m = k.mem;
    const arr = m.read32(kp + kernel_param.arr);
    const numVa = m.read32(arr + kparam_array.num), n = numVa ? m.read32(numVa) : m.read32(arr + kparam_array.max);
    const elemsize = m.read32(arr + kparam_array.elemsize), elem = m.read32(arr + kparam_array.elem);
    const ops = m.read32(arr + kparam_array.ops), signed = ops === at(LD.param_ops_int);
    const text = n === 0 ? '' : Array.from({ length: n }, (_, i) => { const v = m.read32(elem + elemsize * i); return String(signed ? v | 0 : v >>> 0); }).join(',') + '\n';
    m.writeBytes(buf, latin1(text + '\0'));
    return text.length;
  }, false, 2),
];

/** The kernel_param_ops objects (kernel data) the module's __param entries point at. */
export function bootParamOps(k: Dom0Kernel): void {
  const m = k.mem;
  const ops = (va: number, set: string, get: string): void => {
    m.write32(va + kernel_param_ops.flags, 0);
    m.write32(va + kernel_param_ops.set, k.routineAddress(set));
    m.write32(va + kernel_param_ops.get, k.routineAddress(get));
    m.write32(va + kernel_param_ops.free, 0);
  };
  ops(at(LD.param_ops_int), 'param_set_int', 'param_get_int');
  ops(at(LD.param_ops_uint), 'param_set_uint', 'param_get_uint');
  ops(at(LD.param_array_ops), 'param_array_set', 'param_array_get');
}

/** parse_args over a module's __param section: each "name=value" to the parameter of that name (an unknown one is reported). */
export function applyParams(k: Dom0Kernel, inst: LinkedInstance, params: Readonly<Record<string, string>>): void {
  const sec = inst.images.find((im) => im.name === '__param');
  const m = k.mem;
  const byName = new Map<string, number>();
  if (sec) for (let o = 0; o + SIZEOF.kernel_param <= sec.bytes.length; o += SIZEOF.kernel_param) {
    const kp = sec.address + o;
    byName.set(readCString(m, m.read32(kp + kernel_param.name), 128), kp);
  }
  for (const [name, value] of Object.entries(params)) {
    const kp = byName.get(name);
    if (kp === undefined) { k.logLine(4, 'kernel', `Unknown parameter \`${name}'`); continue; }
    const buf = k.kmallocHost(value.length + 1, 'kmalloc', 'parse_args');
    m.writeBytes(buf, latin1(`${value}\0`));
    const r = k.callback(m.read32(m.read32(kp + kernel_param.ops) + kernel_param_ops.set), [buf, kp], 'process', `${name} set`) | 0;
    k.kfreeHost(buf, ['kmalloc'], 'parse_args');
    if (r) k.logLine(3, 'kernel', `${name}: \`${value}' invalid for parameter \`${name}' (${r})`);
  }
}
