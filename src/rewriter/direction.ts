// The direction flag (DF) before each code node: clear, set, or unknown (paths disagree). Forward
// may-analysis over the file CFG. The kernel ABI has DF clear at every function entry and after
// every call (a callee returns with DF clear); `cld` clears it, `std` sets it; the hypervisor
// instance's popf keeps DF as it is (sites/intflag.ts: popf loads the status flags only). Nodes any transfer may enter
// (function entries, global or address-taken labels, nodes without predecessors: return sites and
// dead code) start with DF clear, as the verifier assumes there (its `ret` requires DF clear).
//
// Used for string instructions (forward or backward chunking: sites/string.ts).

import type { Program } from '../asm/ir.js';
import { decodeAt, isDecodeFailure } from '../isa/decoder.js';
import { DF } from '../isa/flags.js';
import type { Form } from '../isa/types.js';
import { rawBytes, type Cfg } from './cfg.js';

export const DF_CLEAR = 1;
export const DF_SET = 2;
export const DF_UNKNOWN = DF_CLEAR | DF_SET;

export interface DirectionFacts {
  /** DF before each node: DF_CLEAR, DF_SET or DF_UNKNOWN (0: no path reaches it: clear by the ABI). */
  readonly before: Uint8Array;
}

export function directionFacts(cfg: Cfg, program: Program): DirectionFacts {
  const n = cfg.nodes.length;
  const before = new Uint8Array(n);
  const entered = new Uint8Array(n);
  for (let i = 0; i < n; i++) for (const s of cfg.nodes[i]!.succ) entered[s] = 1;
  const work: number[] = [];
  const seed = (i: number): void => {
    if (i < 0 || i >= n || before[i]! & DF_CLEAR) return;
    before[i]! |= DF_CLEAR;
    work.push(i);
  };
  for (let i = 0; i < n; i++) if (!entered[i]) seed(i);
  // Labels a transfer from elsewhere may name: functions, globals, address-taken ones.
  const items = program.items;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== 'label' || (it.name.startsWith('.L') && !cfg.addressTaken.has(it.name)) || /^\d+$/.test(it.name)) continue;
    for (let j = k + 1; j < items.length; j++) {
      const x = items[j]!;
      if (x.section !== it.section) continue;
      if (cfg.nodeOfItem[j]! >= 0) { seed(cfg.nodeOfItem[j]!); break; }
      if (x.kind === 'insn' || (x.kind === 'directive' && !/^\.(p2align|balign|align|loc|cfi_.*|type|size|globl|global|local|weak|hidden)$/.test(x.name))) break;
    }
  }
  while (work.length) {
    const i = work.pop()!;
    const node = cfg.nodes[i]!;
    let out = before[i]!;
    const f = formOf(node.insn?.form ?? null, items[node.item]!);
    if (!f) out = DF_UNKNOWN;
    else if (f.op === 'cld') out = DF_CLEAR;
    else if (f.op === 'std') out = DF_SET;
    else if (f.flow === 'call' || f.flow === 'icall') out = DF_CLEAR;
    else if (f.op === 'popf') { /* the masked popf keeps DF */ }
    else if (f.flags.write & DF) out = DF_UNKNOWN;
    for (const s of node.succ) {
      if ((before[s]! | out) === before[s]) continue;
      before[s]! |= out;
      work.push(s);
    }
  }
  return { before };
}

/** The form of an instruction, or of raw code bytes as the CPU decodes them (null: undecodable). */
function formOf(form: Form | null, item: Program['items'][number]): Form | null {
  if (form) return form;
  if (item.kind !== 'directive') return null;
  const d = decodeAt(rawBytes(item), 0, 0);
  return isDecodeFailure(d) ? null : d.form;
}
