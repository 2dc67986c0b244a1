// Owns the interface between the 82540EM device (../e1000.ts) and its DMA engines (tx.ts, rx.ts):
// register access without side effects, DMA by bus address, interrupt causes, statistics, errors.
// DMA transfers are named by a code and a descriptor number; the text is built only when an error
// is reported (never on the per-packet path).

export const enum DmaWhat { TxDescriptor, TxBuffer, TxStatus, TxStatusWriteBack, RxDescriptor, RxBuffer, RxWriteBack }

export function dmaWhat(w: DmaWhat, n: number): string {
  switch (w) {
    case DmaWhat.TxDescriptor: return `TX descriptor ${n}`;
    case DmaWhat.TxBuffer: return `TX buffer of descriptor ${n}`;
    case DmaWhat.TxStatus: return `TX status at 0x${n.toString(16)}`;
    case DmaWhat.TxStatusWriteBack: return `TX status write-back at 0x${n.toString(16)}`;
    case DmaWhat.RxDescriptor: return `RX descriptor ${n}`;
    case DmaWhat.RxBuffer: return `RX buffer of descriptor ${n}`;
    case DmaWhat.RxWriteBack: return `RX descriptor ${n} write-back`;
  }
}

export interface DeviceHost {
  /** The stored register value at a BAR offset (no read side effects). */
  reg(offset: number): number;
  setReg(offset: number, value: number): void;
  /** DMA of len bytes at bus address hi:lo; throws an Error naming `what`/`n` when it cannot. */
  dmaRead(lo: number, hi: number, dst: Uint8Array, off: number, len: number, what: DmaWhat, n: number): void;
  dmaWrite(lo: number, hi: number, src: Uint8Array, off: number, len: number, what: DmaWhat, n: number): void;
  /** ORs interrupt causes into ICR (the line follows). */
  cause(bits: number): void;
  error(msg: string): void;
  /** Adds to a statistics register. */
  stat(offset: number, add: number): void;
  /** Hands a finished transmit frame (len bytes of buf, without FCS) to the wire. */
  emit(buf: Uint8Array, len: number): void;
  readonly counters: {
    txDescriptors: number; txDmaErrors: number; txContexts: number; txTsoFrames: number; ringErrors: number;
    rxFrames: number; rxBytes: number; rxMissed: number; rxDmaErrors: number;
  };
}
