// The per-event hardware costs the cost model counts (cost.ts): every place that causes one of
// these events counts it here, where it happens (a trap taken, an address space switched, an
// event delivered into a domain's kernel, a physical interrupt entered, a TLB flushed, an upcall
// made). One object per platform run, shared by the hypervisor, dom0 and the guests.

export interface PvEvents {
  /** Traps into the hypervisor and back (hypercalls through the hypercall page). */
  hypercallTraps: number;
  /** Address-space switches between dom0 and a guest (the scheduler's, and upcalls from a guest's context). */
  domainSwitches: number;
  /** Events (virtual interrupts) delivered into a domain's kernel: the upcall entry and its return. */
  eventUpcalls: number;
  /** Physical interrupts the NIC raised that a handler chain ran for (into Linux, or into the hypervisor). */
  physIrqs: number;
  /** TLB flushes after unmapping a page another domain used (grant unmaps). */
  tlbFlushes: number;
  /** Synchronous upcalls from the hypervisor instance into dom0 (thesis §4.2.2). */
  upcalls: number;
}

export function emptyEvents(): PvEvents {
  return { hypercallTraps: 0, domainSwitches: 0, eventUpcalls: 0, physIrqs: 0, tlbFlushes: 0, upcalls: 0 };
}
