// A guest domain as the network path sees it: its own address space (with the hypervisor region
// mapped, so the hypervisor runs in its context without a switch), a MAC address, a receive area in
// its memory the hypervisor copies packets into, and virtual interrupt counts. The guest's
// paravirtual frontend itself is not emulated: its per-packet work is a cost-model parameter.

import type { Machine } from '../../emulator/machine.js';
import { copyBytes } from '../../emulator/memory.js';
import type { AddressSpace } from '../../emulator/mmu.js';
import { PTE_U, PTE_W } from '../../emulator/mmu.js';

export const GUEST_RX_AREA = 0x40000000;
/** The guest's own kernel memory (not modeled beyond its contents): a fixed pattern nobody else may change. */
export const GUEST_KERNEL_AREA = 0xc0000000;
export const GUEST_KERNEL_PAGES = 16;
const SLOT = 2048;

export class Guest {
  readonly space: AddressSpace;
  /** Frames this guest owns (never dom0's). */
  readonly frames = new Set<number>();
  /** Frames of the guest kernel area (their contents never change legitimately). */
  readonly kernelFrames: number[] = [];
  /** Frames received, read back from guest memory (in order). */
  readonly received: Uint8Array[] = [];
  virqs = 0;
  txFrames = 0;
  rxBytes = 0;
  private next = 0;
  /** What the guest's memory must hold: its kernel area's pattern and what was delivered. */
  private readonly shadow = new Map<number, Uint8Array>();

  constructor(machine: Machine, readonly id: number, readonly mac: Uint8Array, readonly slots = 256) {
    this.space = machine.createAddressSpace(`guest${id}`);
    const pfn = this.space.mapNew(GUEST_RX_AREA, slots * SLOT, PTE_W | PTE_U);
    for (let k = 0; k < (slots * SLOT) / 4096; k++) this.frames.add(pfn + k);
    const kpfn = this.space.mapNew(GUEST_KERNEL_AREA, GUEST_KERNEL_PAGES * 4096, PTE_W);
    const pattern = new Uint8Array(GUEST_KERNEL_PAGES * 4096);
    for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 131 + id * 29 + (i >>> 12)) & 0xff;
    this.space.writeBytes(GUEST_KERNEL_AREA, pattern);
    for (let k = 0; k < GUEST_KERNEL_PAGES; k++) this.shadow.set(GUEST_KERNEL_AREA + k * 4096, pattern.slice(k * 4096, (k + 1) * 4096));
    for (let va = GUEST_RX_AREA; va < GUEST_RX_AREA + slots * SLOT; va += 4096) this.shadow.set(va, new Uint8Array(4096));
    for (let k = 0; k < GUEST_KERNEL_PAGES; k++) { this.frames.add(kpfn + k); this.kernelFrames.push(kpfn + k); }
  }

  /** The hypervisor copies a received frame into the guest's receive area and raises a virtual interrupt. */
  deliver(frame: Uint8Array): void {
    const va = GUEST_RX_AREA + (this.next % this.slots) * SLOT;
    this.next++;
    const n = Math.min(frame.length, SLOT);
    this.space.writeFrom(va, frame, 0, n);
    for (let off = 0; off < n;) {
      const a = va + off, k = Math.min(n - off, 4096 - (a & 0xfff));
      copyBytes(this.shadow.get(a & ~0xfff)!, a & 0xfff, frame, off, k);
      off += k;
    }
    // The guest's frontend consumes the slot: what it sees is what landed in its memory.
    this.received.push(this.space.readBytes(va, n));
    this.rxBytes += n;
    this.virqs++;
  }

  /** Pages of the guest's memory whose contents differ from what the guest and the hypervisor put there. */
  corruptedPages(): number[] {
    const out: number[] = [];
    for (const [va, want] of this.shadow) {
      const have = this.space.readBytes(va, 4096);
      for (let i = 0; i < 4096; i++) if (have[i] !== want[i]) { out.push(va); break; }
    }
    return out;
  }

  macString(): string {
    return [...this.mac].map((b) => b.toString(16).padStart(2, '0')).join(':');
  }
}

/** Locally administered unicast MAC for guest `id`. */
export function guestMac(id: number): Uint8Array {
  return Uint8Array.from([0x02, 0x16, 0x3e, 0x00, (id >> 8) & 0xff, id & 0xff]);
}
