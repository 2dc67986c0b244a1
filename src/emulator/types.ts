// Values the emulator hands back: faults (never thrown out of a run), run results, and the error
// thrown by host-side memory helpers.

export type Access = 'r' | 'w' | 'x';

/** An architectural exception, as a value. `eip` is the address of the faulting instruction. */
export type Fault =
  | { readonly fault: 'PF'; readonly addr: number; readonly access: Access; readonly user: boolean; readonly present: boolean; eip: number }
  | { readonly fault: 'GP'; readonly reason: string; readonly code: number; eip: number }
  | { readonly fault: 'UD'; readonly reason: string; eip: number }
  | { readonly fault: 'DE'; eip: number }
  | { readonly fault: 'BP'; eip: number }
  /** #OF (into with OF set), #BR (bound), #DB (int1, single step with TF): traps and faults without an error code. */
  | { readonly fault: 'OF' | 'BR' | 'DB'; eip: number }
  /** #SS (stack segment), #NP (segment not present), #TS, #AC (alignment check): with an error code. */
  | { readonly fault: 'SS' | 'NP' | 'TS' | 'AC'; readonly reason: string; readonly code: number; eip: number }
  /** A safety event reported by a host hook (e.g. the SVM slow path refusing an address). */
  | { readonly fault: 'HOOK'; readonly reason: string; readonly data?: unknown; eip: number };

/** Exception vector of each fault kind (SDM vol. 3, table 6-1); HOOK is none (-1). */
export const FAULT_VECTOR: Readonly<Record<Fault['fault'], number>> = {
  DE: 0, DB: 1, BP: 3, OF: 4, BR: 5, UD: 6, TS: 10, NP: 11, SS: 12, GP: 13, PF: 14, AC: 17, HOOK: -1,
};
/** Traps: the CPU raises them with the instruction complete (#BP, #OF, #DB); others leave it undone. */
export function isTrap(f: Fault): boolean { return f.fault === 'BP' || f.fault === 'OF' || f.fault === 'DB'; }

export type StopReason = 'halt' | 'budget' | 'fault' | 'stop' | 'return';

export interface RunResult {
  readonly reason: StopReason;
  /** Instructions executed by this run (rep string instructions count once). */
  readonly executed: number;
  readonly fault?: Fault;
  /** For 'stop': what the hook or syscall handler said. */
  readonly detail?: string;
}

/** Thrown by host-side helpers (AddressSpace.read32 ...) when an address is not mapped. */
export class GuestMemoryError extends Error {
  constructor(readonly addr: number, readonly access: Access, readonly space: string) {
    super(`guest address 0x${(addr >>> 0).toString(16).padStart(8, '0')} is not mapped in address space '${space}' (${access === 'w' ? 'write' : access === 'x' ? 'execute' : 'read'})`);
    this.name = 'GuestMemoryError';
  }
}

export function formatFault(f: Fault): string {
  const at = `at eip 0x${(f.eip >>> 0).toString(16)}`;
  switch (f.fault) {
    case 'PF': return `#PF ${at}: ${f.access === 'w' ? 'write to' : f.access === 'x' ? 'execute at' : 'read of'} 0x${(f.addr >>> 0).toString(16)} (${f.present ? 'protection' : 'not present'}${f.user ? ', user' : ''})`;
    case 'GP': return `#GP ${at}: ${f.reason}`;
    case 'UD': return `#UD ${at}: ${f.reason}`;
    case 'DE': return `#DE ${at}: divide error`;
    case 'BP': return `#BP ${at}: breakpoint`;
    case 'OF': return `#OF ${at}: overflow (into)`;
    case 'BR': return `#BR ${at}: bound range exceeded`;
    case 'DB': return `#DB ${at}: debug trap`;
    case 'SS': case 'NP': case 'TS': case 'AC': return `#${f.fault} ${at}: ${f.reason}`;
    case 'HOOK': return `hook event ${at}: ${f.reason}`;
  }
}
