// Owns the 82540EM transmit engine: it walks the ring from TDH to TDT, reading legacy data
// descriptors (DEXT = 0), context descriptors (DEXT = 1, DTYP = 0) and TCP/IP data descriptors
// (DEXT = 1, DTYP = 1) by DMA, gathers a frame's buffers up to EOP, applies the offloads the
// descriptors request (legacy IC with CSO/CSS; TXSM/IXSM with the context's TUCSS/TUCSO/TUCSE and
// IPCSS/IPCSO/IPCSE; TSE segmentation; VLE tag insertion; PSP padding), hands the frame(s) to the
// wire, writes DD back into descriptors with RS, advances TDH, counts statistics and raises TXDW
// (and TXQE when the ring drains).
// Invariants: a frame whose EOP descriptor is not yet below TDT waits untouched; a DMA error on a
// descriptor stops the ring where it is; one on a buffer drops that frame but retires it.
// Before/after of a checksum-offloaded TCP frame (Linux e1000_tx_csum + e1000_tx_queue):
//   ring: [context: TUCSS=34 TUCSO=50 TUCSE=0 TUCMD=TCP|IP|DEXT] [data: DEXT|DTYP_D|EOP|IFCS|RS, POPTS=TXSM]
//   wire: the frame with bytes 50..51 = ~onesSum(frame[34..end]) (the pseudo-header was primed there)

import { E1000_HW as H } from '../../linux/e1000-hw.generated.js';
import { e1000_context_desc as CTX, e1000_tx_desc as TXD } from '../../linux/layout.generated.js';
import { DmaWhat, type DeviceHost } from './host.js';
import { insertChecksum, insertVlanTag, segment, type TsoContext } from './offload.js';

const DESC = 16;
const CMD_LOWER = TXD['lower.data'];
const UPPER = TXD['upper.data'];

/** The offload context (last context descriptor), kept across frames as on the device. */
export interface TxContextState {
  ipcss: number; ipcso: number; ipcse: number;
  tucss: number; tucso: number; tucse: number;
  tucmd: number; paylen: number; hdrLen: number; mss: number;
}

export const newTxContext = (): TxContextState => ({ ipcss: 0, ipcso: 0, ipcse: 0, tucss: 0, tucso: 0, tucse: 0, tucmd: 0, paylen: 0, hdrLen: 0, mss: 0 });

export class TxEngine {
  ctx: TxContextState = newTxContext();
  private buf = new Uint8Array(2048);
  private readonly desc = new Uint8Array(DESC);
  private readonly dv = new DataView(this.desc.buffer);
  private readonly rs: number[] = [];
  private busy = false;

  constructor(private readonly host: DeviceHost) {}

  /** Processes the ring now (the caller checked TCTL.EN, link and bus mastering). */
  run(): void {
    if (this.busy) return; // emit() may not re-enter the gather loop
    const h = this.host;
    const n = h.reg(H.E1000_TDLEN) / DESC;
    if (n === 0) return;
    const base = h.reg(H.E1000_TDBAL), baseHi = h.reg(H.E1000_TDBAH);
    let head = h.reg(H.E1000_TDH);
    const tail = h.reg(H.E1000_TDT);
    if (head >= n || tail >= n) {
      h.counters.ringErrors++;
      h.error(`TX ring: TDH ${head} / TDT ${tail} outside a ring of ${n} descriptors`);
      return;
    }
    this.busy = true;
    let progressed = false;
    try {
      while (head !== tail) {
        const next = this.frame(base, baseHi, head, tail, n);
        if (next < 0) break;
        head = next;
        h.setReg(H.E1000_TDH, head);
        progressed = true;
      }
    } finally {
      this.busy = false;
    }
    if (progressed) h.cause(H.E1000_ICR_TXDW | (head === tail ? H.E1000_ICR_TXQE : 0));
  }

  /** One frame (or one context descriptor) from `head`; returns the new head, or -1 to wait/stop. */
  private frame(base: number, baseHi: number, head: number, tail: number, n: number): number {
    const h = this.host, d = this.desc, dv = this.dv;
    let at = head, len = 0, bad: string | null = null;
    let legacyCso = -1, legacyCss = 0, popts = 0, tse = false, vle = false, vlanTag = 0, ifcs = true;
    this.rs.length = 0;
    let descs = 0;
    for (;;) {
      if (at === tail) return -1; // EOP not queued yet: wait
      const addr = base + at * DESC;
      try { h.dmaRead(addr, baseHi, d, 0, DESC, DmaWhat.TxDescriptor, at); } catch (e) {
        h.counters.txDmaErrors++;
        h.error((e as Error).message);
        return -1;
      }
      descs++;
      const lower = dv.getUint32(CMD_LOWER, true), upper = dv.getUint32(UPPER, true);
      at = (at + 1) % n;
      if (lower & H.E1000_TXD_CMD_RS) this.rs.push(addr);
      const dext = (lower & H.E1000_TXD_CMD_DEXT) !== 0;
      if (dext && (lower & H.E1000_TXD_DTYP_D) === 0) { // context descriptor: no data, no EOP
        this.loadContext(d, lower);
        h.counters.txContexts++;
        if (descs === 1) { this.retire(baseHi); h.counters.txDescriptors += descs; return at; }
        continue;
      }
      const length = dext ? lower & 0xfffff : lower & 0xffff;
      if (dext) { popts = (upper >>> 8) & 0xff; tse = (lower & H.E1000_TXD_CMD_TSE) !== 0; }
      else if (lower & H.E1000_TXD_CMD_IC) { legacyCso = (lower >>> 16) & 0xff; legacyCss = (upper >>> 8) & 0xff; }
      if (lower & H.E1000_TXD_CMD_VLE) { vle = true; vlanTag = upper >>> 16; }
      ifcs = (lower & H.E1000_TXD_CMD_IFCS) !== 0;
      if (length > 0 && bad === null) {
        const lo = dv.getUint32(TXD.buffer_addr, true), hi = dv.getUint32(TXD.buffer_addr + 4, true);
        try { h.dmaRead(lo, hi, this.staging(len + length), len, length, DmaWhat.TxBuffer, (at + n - 1) % n); len += length; } catch (e) { bad = (e as Error).message; }
      }
      if (lower & H.E1000_TXD_CMD_EOP) break;
    }
    void ifcs; // the FCS is the wire's business: frames are handed over without it either way
    this.retire(baseHi);
    h.counters.txDescriptors += descs;
    if (bad !== null) { h.counters.txDmaErrors++; h.error(bad); return at; }
    this.offload(len, popts, tse, legacyCso, legacyCss, vle, vlanTag);
    return at;
  }

  private loadContext(d: Uint8Array, lower: number): void {
    const c = this.ctx, dv = this.dv;
    c.ipcss = d[CTX['lower_setup.ip_fields.ipcss']]!;
    c.ipcso = d[CTX['lower_setup.ip_fields.ipcso']]!;
    c.ipcse = dv.getUint16(CTX['lower_setup.ip_fields.ipcse'], true);
    c.tucss = d[CTX['upper_setup.tcp_fields.tucss']]!;
    c.tucso = d[CTX['upper_setup.tcp_fields.tucso']]!;
    c.tucse = dv.getUint16(CTX['upper_setup.tcp_fields.tucse'], true);
    c.tucmd = lower >>> 24;
    c.paylen = lower & 0xfffff;
    c.hdrLen = d[CTX['tcp_seg_setup.fields.hdr_len']]!;
    c.mss = dv.getUint16(CTX['tcp_seg_setup.fields.mss'], true);
  }

  /** DD into every descriptor of the frame that asked for a report (RS). */
  private retire(baseHi: number): void {
    const h = this.host, d = this.desc;
    for (const addr of this.rs) {
      h.dmaRead(addr + TXD['upper.fields.status'], baseHi, d, 0, 1, DmaWhat.TxStatus, addr);
      d[0]! |= H.E1000_TXD_STAT_DD;
      h.dmaWrite(addr + TXD['upper.fields.status'], baseHi, d, 0, 1, DmaWhat.TxStatusWriteBack, addr);
    }
  }

  private offload(len: number, popts: number, tse: boolean, legacyCso: number, legacyCss: number, vle: boolean, tag: number): void {
    const h = this.host, c = this.ctx, f = this.buf;
    const cmd = c.tucmd << 24;
    const insertTag = vle && (h.reg(H.E1000_CTRL) & H.E1000_CTRL_VME) !== 0;
    if (tse) {
      const t: TsoContext = {
        hdrLen: c.hdrLen, mss: c.mss, ipv4: (cmd & H.E1000_TXD_CMD_IP) !== 0, tcp: (cmd & H.E1000_TXD_CMD_TCP) !== 0,
        ipcss: c.ipcss, ipcso: c.ipcso, ipcse: c.ipcse, tucss: c.tucss, tucso: c.tucso, tucse: c.tucse,
        ipChecksum: (popts & H.E1000_TXD_POPTS_IXSM) !== 0, l4Checksum: (popts & H.E1000_TXD_POPTS_TXSM) !== 0,
      };
      h.counters.txTsoFrames++;
      for (const seg of segment(f, len, t)) this.send(seg, seg.length, insertTag, tag);
      return;
    }
    if (popts & H.E1000_TXD_POPTS_IXSM) insertChecksum(f, len, c.ipcss, c.ipcso, c.ipcse);
    if (popts & H.E1000_TXD_POPTS_TXSM) insertChecksum(f, len, c.tucss, c.tucso, c.tucse);
    if (legacyCso >= 0) insertChecksum(f, len, legacyCss, legacyCso, 0);
    this.send(f, len, insertTag, tag);
  }

  private send(frame: Uint8Array, len: number, insertTag: boolean, tag: number): void {
    if (!insertTag) { this.host.emit(frame, len); return; }
    const t = insertVlanTag(frame, len, this.host.reg(H.E1000_VET) & 0xffff, tag);
    this.host.emit(t, t.length);
  }

  /** The staging buffer, grown (contents kept) to hold at least `bytes`. */
  private staging(bytes: number): Uint8Array {
    if (bytes > this.buf.length) {
      const grown = new Uint8Array(Math.max(bytes, 2 * this.buf.length));
      grown.set(this.buf, 0);
      this.buf = grown;
    }
    return this.buf;
  }
}
