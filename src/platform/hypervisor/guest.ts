// A guest domain as the network path sees it: its own address space (with the hypervisor region
// mapped, so the hypervisor runs in its context without a switch), a MAC address, a receive area in
// its memory the hypervisor copies packets into, and virtual interrupt counts. The guest's
// paravirtual frontend itself is not emulated: its per-packet work is a cost-model parameter.

import type { Machine } from '../../emulator/machine.js';
import type { AddressSpace } from '../../emulator/mmu.js';
import { PTE_U, PTE_W } from '../../emulator/mmu.js';

export const GUEST_RX_AREA = 0x40000000;
const SLOT = 2048;

export class Guest {
  readonly space: AddressSpace;
  /** Frames this guest owns (never dom0's). */
  readonly frames = new Set<number>();
  /** Frames received, read back from guest memory (in order). */
  readonly received: Uint8Array[] = [];
  virqs = 0;
  txFrames = 0;
  rxBytes = 0;
  private next = 0;

  constructor(machine: Machine, readonly id: number, readonly mac: Uint8Array, readonly slots = 256) {
    this.space = machine.createAddressSpace(`guest${id}`);
    const pfn = this.space.mapNew(GUEST_RX_AREA, slots * SLOT, PTE_W | PTE_U);
    for (let k = 0; k < (slots * SLOT) / 4096; k++) this.frames.add(pfn + k);
  }

  /** The hypervisor copies a received frame into the guest's receive area and raises a virtual interrupt. */
  deliver(frame: Uint8Array): void {
    const va = GUEST_RX_AREA + (this.next % this.slots) * SLOT;
    this.next++;
    const n = Math.min(frame.length, SLOT);
    this.space.writeBytes(va, frame.subarray(0, n));
    // The guest's frontend consumes the slot: what it sees is what landed in its memory.
    this.received.push(this.space.readBytes(va, n));
    this.rxBytes += n;
    this.virqs++;
  }

  macString(): string {
    return [...this.mac].map((b) => b.toString(16).padStart(2, '0')).join(':');
  }
}

/** Locally administered unicast MAC for guest `id`. */
export function guestMac(id: number): Uint8Array {
  return Uint8Array.from([0x02, 0x16, 0x3e, 0x00, (id >> 8) & 0xff, id & 0xff]);
}
