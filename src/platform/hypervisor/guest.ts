// A guest domain as the network path sees it: its own address space (the hypervisor region is
// mapped in it, so the hypervisor runs in its context without a switch), a MAC address, and its
// paravirtual frontend, netfront (platform-c/guest), loaded into its kernel space and executed
// there: the guest's instructions are counted as the guest's (CTX.guest).
//
// The guest's network stack above netfront is not modeled. Its transmit side hands netfront one
// of 256 TX buffers in guest memory holding a frame (transmit); its receive side is the service
// netfront calls for each received frame (__svc_guest_rx), which reads the frame back from guest
// memory. The buffers a frame sits in stay the guest's until netfront reports them done.
//
// Guest memory the checks of fault-injection campaigns cover: the kernel area (a fixed pattern
// nobody may change) and the receive buffers as netfront handed them to the stack (shadowed when
// received: a later change is corruption).

import type { Machine } from '../../emulator/machine.js';
import { copyBytes } from '../../emulator/memory.js';
import type { AddressSpace } from '../../emulator/mmu.js';
import { PTE_U, PTE_W } from '../../emulator/mmu.js';
import type { HookContext, HookResult } from '../../emulator/hooks.js';
import { callC, callFailure } from '../pv/ccall.js';
import { placeImage, type PlacedImage } from '../pv/images.js';
import { CTX, GUEST_MAP } from './layout.js';

export const GUEST_RX_AREA = GUEST_MAP.rxArea;
export const GUEST_KERNEL_AREA = GUEST_MAP.kernelArea;
export const GUEST_KERNEL_PAGES = GUEST_MAP.kernelPages;

/** netfront's two ways to the NIC (platform-c/guest/netfront.c MODE_*). */
export type NetfrontMode = 'twin' | 'split';

/** Hypercall results netfront passes on (platform-c/include/twin/abi.h HC_*). */
const HC = { OK: 0, EBUSY: -16, EAGAIN: -11, ENODEV: -19, EINVAL: -22, EFAULT: -14 } as const;

export type GuestTxStatus = 'ok' | 'busy' | 'no-skb' | 'no-buffer' | 'down' | 'refused';

/** Offload flags of a transmit request and a receive response (Xen's io/netif.h; platform-c abi.h). */
export const NETTXF = { csumBlank: 1, dataValidated: 2 } as const;
export const NETRXF = { dataValidated: 1, csumBlank: 2 } as const;

const SERVICES = ['__svc_guest_rx', '__svc_guest_tx_done'] as const;

export class Guest {
  readonly space: AddressSpace;
  /** Frames this guest owns (never dom0's). */
  readonly frames = new Set<number>();
  /** Frames of the guest kernel area (their contents never change legitimately). */
  readonly kernelFrames: number[] = [];
  /** Frames received, read back from guest memory (in order). */
  readonly received: Uint8Array[] = [];
  /** The NETRXF_* flags of each received frame's response (same order as `received`). */
  readonly receivedFlags: number[] = [];
  /** Virtual interrupts delivered to netfront. */
  virqs = 0;
  txFrames = 0;
  rxBytes = 0;
  /** netfront, loaded at GUEST_MAP.netfront. */
  readonly image: PlacedImage;
  /** TX buffers the stack may fill (netfront reported them done). */
  private readonly txFree: number[] = [];
  /** What the guest's memory must hold: its kernel area's pattern and what netfront handed up. */
  private readonly shadow = new Map<number, Uint8Array>();
  private mode: NetfrontMode | null = null;
  /** Why netfront's code failed, if it did (a fault in the guest kernel). */
  failed: string | null = null;

  constructor(readonly machine: Machine, readonly id: number, readonly mac: Uint8Array) {
    this.space = machine.createAddressSpace(`guest${id}`);
    const g = GUEST_MAP;
    const area = g.buffers * g.bufferBytes;
    const rx = this.space.mapNew(g.rxArea, area, PTE_W | PTE_U);
    const tx = this.space.mapNew(g.txArea, area, PTE_W | PTE_U);
    for (let k = 0; k < area / 4096; k++) { this.frames.add(rx + k); this.frames.add(tx + k); }
    const kpfn = this.space.mapNew(g.kernelArea, g.kernelPages * 4096, PTE_W);
    const pattern = new Uint8Array(g.kernelPages * 4096);
    for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 131 + id * 29 + (i >>> 12)) & 0xff;
    this.space.writeBytes(g.kernelArea, pattern);
    for (let k = 0; k < g.kernelPages; k++) {
      this.shadow.set(g.kernelArea + k * 4096, pattern.slice(k * 4096, (k + 1) * 4096));
      this.frames.add(kpfn + k);
      this.kernelFrames.push(kpfn + k);
    }
    const spfn = this.space.mapNew(g.stackLo, g.stackHi - g.stackLo, PTE_W);
    for (let k = 0; k < (g.stackHi - g.stackLo) / 4096; k++) this.frames.add(spfn + k);
    SERVICES.forEach((name, k) => machine.hook(this.space, g.svcHooks + 16 * k, this.service.bind(this, name), { name: `guest${id}:${name}` }));
    this.image = placeImage('guest', g.netfront, (s) => {
      const k = (SERVICES as readonly string[]).indexOf(s);
      return k >= 0 ? g.svcHooks + 16 * k : undefined;
    });
    for (const im of this.image.inst.images) {
      if (!im.bytes.length) continue;
      for (let p = (im.address & ~0xfff) >>> 0; p < im.address + im.bytes.length; p += 4096) {
        if (this.space.pte(p) & 1) continue;
        this.frames.add(this.space.mapNew(p, 4096, PTE_W));
      }
    }
    for (const im of this.image.inst.images) if (im.bytes.length) this.space.writeBytes(im.address, im.bytes);
    this.space.setCounterRange(this.image.start, this.image.end, CTX.guest);
    for (let i = g.buffers - 1; i >= 0; i--) this.txFree.push(i);
  }

  /** Runs netfront's init in `mode` (needs the hypervisor's hypercall page in this space). */
  start(mode: NetfrontMode): void {
    this.mode = mode;
    const r = this.call('netfront_init', [mode === 'twin' ? 1 : 2, GUEST_MAP.txArea, GUEST_MAP.rxArea]);
    if (r !== HC.OK) throw new Error(`guest${this.id}: netfront_init failed (${r})`);
  }

  private call(fn: string, args: readonly number[]): number {
    const r = callC(this.machine, this.image.sym(fn), args, { space: this.space, esp: GUEST_MAP.stackHi - 16, context: CTX.guest, maxInsns: 50_000_000 });
    if (r.run.reason !== 'return') {
      this.failed ??= `netfront ${fn}: ${callFailure(r)}`;
      return HC.ENODEV;
    }
    return r.eax | 0;
  }

  /**
   * The guest's stack sends `frame` through netfront, with NETTXF_* `flags` (NETTXF.csumBlank: its
   * TCP/UDP checksum field holds the pseudo-header sum; 'refused' when the backend cannot fill it).
   */
  transmit(frame: Uint8Array, flags = 0): GuestTxStatus {
    if (!this.mode || this.failed) return 'down';
    const id = this.txFree.pop();
    if (id === undefined) return 'no-buffer';
    const va = GUEST_MAP.txArea + id * GUEST_MAP.bufferBytes;
    this.space.writeFrom(va, frame, 0, frame.length);
    const r = this.call('netfront_xmit', [id, frame.length, flags]);
    if (r === HC.OK) { this.txFrames++; return 'ok'; }
    this.txFree.push(id);
    if (r === HC.EBUSY) return 'busy';
    if (r === HC.EAGAIN) return 'no-skb';
    if (r === HC.EINVAL) return 'refused';
    return 'down';
  }

  /** Forgets the frames received so far (and their flags). */
  clearReceived(): void { this.received.length = 0; this.receivedFlags.length = 0; }

  /** A virtual interrupt: netfront takes its completions and received frames. */
  interrupt(): void {
    if (!this.mode || this.failed) return;
    this.virqs++;
    this.call('netfront_irq', []);
  }

  /** Bytes netfront moved with string copies (place_stats.copy_bytes). */
  get copyBytes(): number { return this.space.read32(this.image.sym('place_stats')) >>> 0; }

  /** Symbol address of netfront (its rings, grant table, counters). */
  sym(name: string): number { return this.image.sym(name); }

  private service(name: (typeof SERVICES)[number], ctx: HookContext): HookResult {
    const a0 = ctx.arg(0) >>> 0, a1 = ctx.arg(1) >>> 0, a2 = ctx.arg(2) >>> 0;
    if (name === '__svc_guest_tx_done') {
      if (a0 < GUEST_MAP.buffers) this.txFree.push(a0);
      return;
    }
    // A received frame, as the stack finds it in guest memory.
    const n = Math.min(a1, GUEST_MAP.bufferBytes);
    const bytes = this.space.readBytes(a0, n);
    this.received.push(bytes);
    this.receivedFlags.push(a2 & 0xffff);
    this.rxBytes += n;
    for (let off = 0; off < n;) {
      const a = a0 + off, k = Math.min(n - off, 4096 - (a & 0xfff));
      let page = this.shadow.get((a & ~0xfff) >>> 0);
      if (!page) this.shadow.set((a & ~0xfff) >>> 0, (page = this.space.readBytes((a & ~0xfff) >>> 0, 4096)));
      copyBytes(page, a & 0xfff, bytes, off, k);
      off += k;
    }
  }

  /** Pages of the guest's memory whose contents differ from what the guest put or received there. */
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
