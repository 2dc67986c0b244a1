// The hypervisor instance's SVM runtime when the hypervisor is the platform's C (platform-c/hv/
// svm.c): the stlb, the slow path, stlb_call and the checked return out of the instance are the
// C image's (executed, counted as the hypervisor's instructions); this class only binds the
// rewritten code's runtime symbols to them and gives the host views of the C state (the stlb
// audit of fault-injection campaigns, translations for the port-I/O helpers). The rest of the
// runtime (variables, target and return-site bitmaps, the abort paths) is HvSvmRuntime's.

import type { Machine } from '../../emulator/machine.js';
import type { InstanceBinding } from '../../svm-runtime/runtime.js';
import type { LinkedInstance } from '../../loader/link.js';
import type { ModuleSets } from '../../svm-runtime/sets.js';
import { HvSvmRuntime, type HvRuntimeOptions } from '../../svm-runtime/runtime.js';
import { STLB_ENTRIES, STLB_ENTRY_BYTES, SYM } from '../../svm-runtime/abi.js';
import type { PlacedImage } from '../pv/images.js';
import { SEG_NEG } from '../../svm-runtime/segment.js';

/** What the C runtime needs from the hypervisor: calls into its image. */
export interface CRuntimeHost {
  readonly image: PlacedImage;
  /** --svm segment: -R, what __svm_seg_neg binds to (segment.ts). */
  readonly segment: { readonly neg: number };
  /** Runs a C function of the hypervisor image from the host; its %eax. */
  callHv(fn: string, args: readonly number[]): number;
}

export class CSvmRuntime extends HvSvmRuntime {
  constructor(machine: Machine, opts: HvRuntimeOptions, private readonly c: CRuntimeHost) {
    super(machine, opts);
  }

  override resolve(name: string, b: InstanceBinding): number | undefined {
    switch (name) {
      case SYM.stlb: return this.c.image.sym('__svm_stlb');
      case SYM.slow: return this.c.image.sym('__svm_slow');
      case SYM.callXlate: return this.c.image.sym('__svm_call_xlate');
      case SYM.retOut: return this.c.image.sym('__svm_ret_out');
      case SYM.vif: return this.c.image.sym('svm_vif');
      case SEG_NEG: return this.c.segment.neg;
    }
    return super.resolve(name, b);
  }

  override vifAddress(): number {
    return this.c.image.sym('svm_vif');
  }

  /** The tables, then the driver stack for the C slow path's stack window (twin/svm-stack.h). */
  override bind(b: InstanceBinding, vm: LinkedInstance, sets: ModuleSets, stack: { lo: number; hi: number }): void {
    super.bind(b, vm, sets, stack);
    if (this.c.callHv('svm_set_stack', [stack.lo, stack.hi]) !== 0) {
      throw new RangeError(`the driver stack [0x${stack.lo.toString(16)}, 0x${stack.hi.toString(16)}) is not page aligned or larger than the slow path's record`);
    }
  }

  /**
   * stlb windows are reclaimed by the C gate (platform-c/hv/driver.c), not here; the tag-free
   * table (host side, table.ts) reclaims its own and knows the running invocation's stack.
   */
  override beginInvocation(): void { this.tableEnter(); }
  override endInvocation(): void { this.tableLeave(); }

  override flush(): void {
    this.c.callHv('svm_flush', []);
  }

  override translate(va: number): number | { event: string } {
    const t = this.c.callHv('svm_translate_host', [va]) >>> 0;
    return t ? t : { event: `0x${(va >>> 0).toString(16)}: refused by the slow path` };
  }

  /**
   * The stlb against the C slow path's own record: every live entry (its tag selects its own
   * index) must map that dom0 page to the window the slow path gave it. Returns offenders.
   */
  override auditStlb(): string[] {
    const v = this.opts.region.view;
    const stlb = this.c.image.sym('__svm_stlb'), pages = this.c.image.sym('svm_chain_page'), wins = this.c.image.sym('svm_chain_win');
    const chain = new Map<number, number>();
    const slots = v.read32(this.c.image.sym('svm_chain_slots'));
    for (let i = 0; i < slots; i++) {
      const p = v.read32(pages + 4 * i) >>> 0;
      if (p !== 1) chain.set(p, v.read32(wins + 4 * i) >>> 0);
    }
    const bad: string[] = [];
    for (let i = 0; i < STLB_ENTRIES; i++) {
      const tag = v.read32(stlb + i * STLB_ENTRY_BYTES) >>> 0;
      if (((tag >>> 12) & (STLB_ENTRIES - 1)) !== i) continue;
      const mapped = v.read32(stlb + i * STLB_ENTRY_BYTES + 4) >>> 0;
      if ((tag & 0xfff) !== 0 || chain.get(tag) !== mapped) bad.push(`entry ${i}: 0x${tag.toString(16)} -> 0x${mapped.toString(16)}`);
    }
    return bad;
  }
}
