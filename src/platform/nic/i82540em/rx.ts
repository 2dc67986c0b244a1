// Owns the 82540EM receive path: the address filter (RCTL UPE/MPE/BAM, the 16 receive address
// registers with AV, the 4096-bit multicast table hashed by RCTL.MO, the VLAN filter table when
// RCTL.VFE), VLAN tag stripping (CTRL.VME), receive checksum offload (RXCSUM IPOFL/TUOFL), and
// DMA of the frame (+ FCS unless RCTL.SECRC) into legacy descriptors from RDH, spanning several
// buffers when it does not fit one (RCTL.BSIZE/BSEX), with DD (and EOP on the last) written back.
// Interrupts: RXT0 per frame, RXDMT0 when the free descriptors fall to RCTL.RDMTS of the ring,
// RXO when no descriptor is free (the frame is dropped; MPC and RNBC count it).
// Invariant: a frame is either written whole (all its descriptors retired) or not at all (an
// overrun or a DMA error leaves RDH where it was).

import { E1000_HW as H } from '../../linux/e1000-hw.generated.js';
import { e1000_rx_desc as RXD } from '../../linux/layout.generated.js';
import { crc32 } from '../crc32.js';
import { DmaWhat, type DeviceHost } from './host.js';
import { checkReceived, RX_IP_BAD, RX_IP_CHECKED, RX_L4_BAD, RX_L4_CHECKED } from './offload.js';

export type RxOutcome = 'accepted' | 'disabled' | 'no-link' | 'filtered' | 'too-long' | 'runt' | 'no-bus-master' | 'overrun' | 'ring-error' | 'dma-error';

const DESC = 16;
const FCS = 4;
/** Longest frame (with FCS) without RCTL.LPE: 1518 + an 802.1Q tag. */
export const MAX_FRAME_WITH_FCS = 1522;
const MAX_LONG_FRAME = 16384;

/** Buffer size RCTL selects (BSIZE, scaled by 16 with BSEX). */
export function rxBufferSize(rctl: number): number {
  const bsize = (rctl >>> 16) & 3;
  const base = [2048, 1024, 512, 256][bsize]!;
  return rctl & H.E1000_RCTL_BSEX && bsize !== 0 ? base * 16 : base;
}

/** Multicast table bit of a destination address for RCTL.MO (the manual's 12-bit hash). */
export function multicastHash(dst: Uint8Array, mo: number): number {
  const shift = [4, 3, 2, 0][mo & 3]!;
  return ((dst[4]! >>> shift) | (dst[5]! << (8 - shift))) & 0xfff;
}

export class RxEngine {
  private buf = new Uint8Array(MAX_FRAME_WITH_FCS);
  private readonly desc = new Uint8Array(DESC);
  private readonly dv = new DataView(this.desc.buffer);

  constructor(private readonly host: DeviceHost) {}

  accepts(f: Uint8Array, rctl: number): boolean {
    const h = this.host;
    if (rctl & H.E1000_RCTL_VFE && f.length >= 18 && ((f[12]! << 8) | f[13]!) === (h.reg(H.E1000_VET) & 0xffff)) {
      const vid = ((f[14]! << 8) | f[15]!) & 0xfff;
      if (!(h.reg(H.E1000_VFTA + ((vid >>> 5) << 2)) & (1 << (vid & 31)))) return false;
    }
    const multicast = (f[0]! & 1) !== 0;
    if (multicast) {
      const broadcast = f[0] === 0xff && f[1] === 0xff && f[2] === 0xff && f[3] === 0xff && f[4] === 0xff && f[5] === 0xff;
      if (broadcast && rctl & H.E1000_RCTL_BAM) return true;
      if (rctl & H.E1000_RCTL_MPE) return true;
    } else if (rctl & H.E1000_RCTL_UPE) return true;
    for (let i = 0; i < 16; i++) {
      const rah = h.reg(H.E1000_RA + 8 * i + 4);
      if (!(rah & H.E1000_RAH_AV)) continue;
      const ral = h.reg(H.E1000_RA + 8 * i);
      if (f[0] === (ral & 0xff) && f[1] === ((ral >>> 8) & 0xff) && f[2] === ((ral >>> 16) & 0xff) && f[3] === ral >>> 24 &&
        f[4] === (rah & 0xff) && f[5] === ((rah >>> 8) & 0xff)) return true;
    }
    if (!multicast) return false;
    const bit = multicastHash(f, (rctl >>> H.E1000_RCTL_MO_SHIFT) & 3);
    return (h.reg(H.E1000_MTA + ((bit >>> 5) << 2)) & (1 << (bit & 31))) !== 0;
  }

  /** A frame (without FCS) that passed link/enable/filter checks; DMA it into the ring. */
  receive(frame: Uint8Array, rctl: number): RxOutcome {
    const h = this.host, c = h.counters;
    let f = frame, vlanStatus = 0, special = 0;
    if (h.reg(H.E1000_CTRL) & H.E1000_CTRL_VME && f.length >= 18 && ((f[12]! << 8) | f[13]!) === (h.reg(H.E1000_VET) & 0xffff)) {
      special = (f[14]! << 8) | f[15]!;
      vlanStatus = H.E1000_RXD_STAT_VP;
      const stripped = new Uint8Array(f.length - 4);
      stripped.set(f.subarray(0, 12), 0);
      stripped.set(f.subarray(16), 12);
      f = stripped;
    }
    const withFcs = f.length + FCS;
    const storeFcs = (rctl & H.E1000_RCTL_SECRC) === 0;
    const len = storeFcs ? withFcs : f.length;
    const n = h.reg(H.E1000_RDLEN) / DESC;
    const head = h.reg(H.E1000_RDH), tail = h.reg(H.E1000_RDT);
    const bufSize = rxBufferSize(rctl);
    const needed = Math.max(1, Math.ceil(len / bufSize));
    const free = n === 0 ? 0 : (tail - head + n) % n;
    if (head >= n && n !== 0 || tail >= n && n !== 0) {
      c.ringErrors++;
      h.error(`RX ring: RDH ${head} / RDT ${tail} outside a ring of ${n} descriptors`);
      return 'ring-error';
    }
    if (free < needed) {
      c.rxMissed++;
      h.stat(H.E1000_MPC, 1);
      h.stat(H.E1000_RNBC, 1);
      h.cause(H.E1000_ICR_RXO);
      return 'overrun';
    }
    if (this.buf.length < len) this.buf = new Uint8Array(Math.max(len, 2 * this.buf.length));
    const bytes = this.buf;
    bytes.set(f, 0);
    if (storeFcs) {
      const fcs = crc32(f);
      bytes[f.length] = fcs & 0xff; bytes[f.length + 1] = (fcs >>> 8) & 0xff; bytes[f.length + 2] = (fcs >>> 16) & 0xff; bytes[f.length + 3] = fcs >>> 24;
    }
    const sums = checkReceived(f, f.length, (h.reg(H.E1000_RXCSUM) & H.E1000_RXCSUM_IPOFL) !== 0, (h.reg(H.E1000_RXCSUM) & H.E1000_RXCSUM_TUOFL) !== 0);
    let status = vlanStatus, errors = 0;
    if (sums & RX_IP_CHECKED) { status |= H.E1000_RXD_STAT_IPCS; if (sums & RX_IP_BAD) errors |= H.E1000_RXD_ERR_IPE; }
    if (sums & RX_L4_CHECKED) { status |= H.E1000_RXD_STAT_TCPCS; if (sums & RX_L4_BAD) errors |= H.E1000_RXD_ERR_TCPE; }
    if (!(sums & (RX_IP_CHECKED | RX_L4_CHECKED))) status |= H.E1000_RXD_STAT_IXSM;
    const base = h.reg(H.E1000_RDBAL), baseHi = h.reg(H.E1000_RDBAH);
    const dv = this.dv;
    let at = head;
    try {
      for (let done = 0, i = 0; i < needed; i++) {
        const addr = base + at * DESC;
        h.dmaRead(addr, baseHi, this.desc, 0, DESC, DmaWhat.RxDescriptor, at);
        const lo = dv.getUint32(RXD.buffer_addr, true), hi = dv.getUint32(RXD.buffer_addr + 4, true);
        const chunk = Math.min(bufSize, len - done);
        h.dmaWrite(lo, hi, bytes, done, chunk, DmaWhat.RxBuffer, at);
        done += chunk;
        const last = i === needed - 1;
        // Write-back covers length..special; status (with DD) lands in the same DMA write.
        dv.setUint16(RXD.length, chunk, true);
        dv.setUint16(RXD.csum, 0, true);
        dv.setUint8(RXD.status, H.E1000_RXD_STAT_DD | (last ? H.E1000_RXD_STAT_EOP | status : 0));
        dv.setUint8(RXD.errors, last ? errors : 0);
        dv.setUint16(RXD.special, last ? special : 0, true);
        h.dmaWrite(addr + RXD.length, baseHi, this.desc, RXD.length, DESC - RXD.length, DmaWhat.RxWriteBack, at);
        at = (at + 1) % n;
      }
    } catch (e) {
      c.rxDmaErrors++;
      h.error((e as Error).message);
      return 'dma-error';
    }
    h.setReg(H.E1000_RDH, at);
    c.rxFrames++;
    c.rxBytes += frame.length;
    countReceived(h, frame, withFcs);
    let causes = H.E1000_ICR_RXT0;
    const left = (tail - at + n) % n;
    const rdmts = (rctl >>> 8) & 3; // free descriptors at or below 1/2, 1/4, 1/8 of the ring
    if (rdmts < 3 && left === n >>> (rdmts + 1)) causes |= H.E1000_ICR_RXDMT0;
    h.cause(causes);
    return 'accepted';
  }

  /** Longest acceptable frame with FCS under RCTL.LPE. */
  static maxFrame(rctl: number): number { return rctl & H.E1000_RCTL_LPE ? MAX_LONG_FRAME : MAX_FRAME_WITH_FCS; }
}

/** Receive statistics of one good frame (sizes include the FCS, as the manual counts them). */
function countReceived(h: DeviceHost, f: Uint8Array, bytes: number): void {
  h.stat(H.E1000_GPRC, 1);
  h.stat(H.E1000_TPR, 1);
  h.stat(H.E1000_GORCL, bytes);
  h.stat(H.E1000_TORL, bytes);
  if (f[0]! & 1) h.stat(f[0] === 0xff && f[1] === 0xff && f[2] === 0xff && f[3] === 0xff && f[4] === 0xff && f[5] === 0xff ? H.E1000_BPRC : H.E1000_MPRC, 1);
  h.stat(bytes <= 64 ? H.E1000_PRC64 : bytes <= 127 ? H.E1000_PRC127 : bytes <= 255 ? H.E1000_PRC255 : bytes <= 511 ? H.E1000_PRC511 : bytes <= 1023 ? H.E1000_PRC1023 : H.E1000_PRC1522, 1);
}
