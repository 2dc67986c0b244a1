// Owns the 82540EM register map as data: one row per register (or register array) of the
// 8254x developer's manual that the model implements, with its BAR offset (from the Linux
// driver's e1000_hw.h, generated), power-on value, writable bits and behaviour. The device
// (../e1000.ts) compiles the table into per-dword lookups once; nothing else lists registers.
//
// Behaviours (what a read or write does beyond storing the writable bits):
//   plain   read returns the stored value; write stores (old & ~writable) | (value & writable)
//   ro      writes are ignored (and counted as illegal)
//   wo      reads return 0 (the manual's write-only registers)
//   rc      statistics: read returns and clears; writes ignored
//   rc64lo  low half of a 64-bit statistic: plain read (the high half's read clears both)
//   rc64hi  high half: read returns it and clears both halves
//   the rest name the device's side effect (handled by a switch in the device).
// Invariant: offsets are dword aligned and rows do not overlap (checked at compile time of the
// table, see compileRegisters).

import { E1000_HW as H } from '../../linux/e1000-hw.generated.js';

/** Behaviours in the order of their codes (B below: code = index + 1; 0 = no register). */
export const BEHAVIOURS = [
  'plain', 'ro', 'wo', 'rc', 'rc64lo', 'rc64hi', 'ctrl', 'status', 'eecd', 'eerd', 'ctrlExt', 'mdic',
  'icr', 'ics', 'ims', 'imc', 'rctl', 'tctl', 'ringBase', 'ringLen', 'ringPtr', 'rdt', 'tdt',
] as const;
export type RegBehaviour = (typeof BEHAVIOURS)[number];
/** The codes the device switches on (a test checks them against BEHAVIOURS). */
export const enum B {
  None = 0, Plain, Ro, Wo, Rc, Rc64Lo, Rc64Hi, Ctrl, Status, Eecd, Eerd, CtrlExt, Mdic,
  Icr, Ics, Ims, Imc, Rctl, Tctl, RingBase, RingLen, RingPtr, Rdt, Tdt,
}

export interface RegSpec {
  readonly name: string;
  readonly offset: number;
  /** Registers in the array (RA: 32 dwords = 16 RAL/RAH pairs, MTA: 128, VFTA: 128). */
  readonly count?: number;
  readonly reset: number;
  /** Bits software can change (the rest keep their value). */
  readonly writable: number;
  readonly behaviour: RegBehaviour;
}

const ALL = 0xffffffff;
const reg = (name: string, offset: number, reset: number, writable: number, behaviour: RegBehaviour = 'plain', count?: number): RegSpec =>
  Object.freeze({ name, offset, reset: reset >>> 0, writable: writable >>> 0, behaviour, ...(count ? { count } : {}) });

/** LEDCTL power-on value: LED0 link up, LED1 activity (blinking), LED2 link 100, LED3 link 1000. */
const LEDCTL_RESET =
  H.E1000_LEDCTL_MODE_LINK_UP |
  ((H.E1000_LEDCTL_MODE_ACTIVITY | H.E1000_LEDCTL_LED0_BLINK) << 8) |
  (H.E1000_LEDCTL_MODE_LINK_100 << 16) |
  (H.E1000_LEDCTL_MODE_LINK_1000 << 24);

/** PBA: 48 KB receive packet buffer (writable), 16 KB transmit (bits 31:16, read-only). */
const PBA_RESET = (H.E1000_PBA_16K << 16) | H.E1000_PBA_48K;
/** VET power-on value: the 802.1Q tag protocol identifier. */
export const VLAN_ETHERTYPE = H.ETHERNET_IEEE_VLAN_TYPE;

/** 82540EM statistics registers, 0x4000-0x40FC: every one clears on read. */
const STATS_BASE = H.E1000_CRCERRS;
const STATS_END = H.E1000_TSCTFC + 4;
const STAT64_LO: readonly number[] = [H.E1000_GORCL, H.E1000_GOTCL, H.E1000_TORL, H.E1000_TOTL];

function statistics(): RegSpec[] {
  const rows: RegSpec[] = [];
  const lo = new Set(STAT64_LO), hi = new Set(STAT64_LO.map((o) => o + 4));
  for (let off = STATS_BASE; off < STATS_END; off += 4) {
    const name = STAT_NAMES.get(off) ?? `STAT_${off.toString(16).toUpperCase()}`;
    rows.push(reg(name, off, 0, 0, lo.has(off) ? 'rc64lo' : hi.has(off) ? 'rc64hi' : 'rc'));
  }
  return rows;
}

/** Mnemonics of the statistics the model counts (others keep their hex name and read 0). */
export const STAT_NAMES: ReadonlyMap<number, string> = new Map<number, string>([
  [H.E1000_CRCERRS, 'CRCERRS'], [H.E1000_MPC, 'MPC'], [H.E1000_GPRC, 'GPRC'], [H.E1000_BPRC, 'BPRC'], [H.E1000_MPRC, 'MPRC'],
  [H.E1000_GPTC, 'GPTC'], [H.E1000_GORCL, 'GORCL'], [H.E1000_GORCH, 'GORCH'], [H.E1000_GOTCL, 'GOTCL'], [H.E1000_GOTCH, 'GOTCH'],
  [H.E1000_RNBC, 'RNBC'], [H.E1000_RUC, 'RUC'], [H.E1000_ROC, 'ROC'], [H.E1000_TORL, 'TORL'], [H.E1000_TORH, 'TORH'],
  [H.E1000_TOTL, 'TOTL'], [H.E1000_TOTH, 'TOTH'], [H.E1000_TPR, 'TPR'], [H.E1000_TPT, 'TPT'], [H.E1000_PRC64, 'PRC64'],
  [H.E1000_PRC127, 'PRC127'], [H.E1000_PRC255, 'PRC255'], [H.E1000_PRC511, 'PRC511'], [H.E1000_PRC1023, 'PRC1023'],
  [H.E1000_PRC1522, 'PRC1522'], [H.E1000_PTC64, 'PTC64'], [H.E1000_PTC127, 'PTC127'], [H.E1000_PTC255, 'PTC255'],
  [H.E1000_PTC511, 'PTC511'], [H.E1000_PTC1023, 'PTC1023'], [H.E1000_PTC1522, 'PTC1522'], [H.E1000_MPTC, 'MPTC'],
  [H.E1000_BPTC, 'BPTC'], [H.E1000_TSCTC, 'TSCTC'], [H.E1000_TSCTFC, 'TSCTFC'],
]);

/** The register map. Ring lengths keep bits 19:7 (multiples of 128 bytes), heads/tails bits 15:0. */
export const REGISTERS: readonly RegSpec[] = Object.freeze([
  reg('CTRL', H.E1000_CTRL, H.E1000_CTRL_FD | H.E1000_CTRL_SLU | H.E1000_CTRL_SPD_1000, ALL, 'ctrl'),
  reg('STATUS', H.E1000_STATUS, 0, 0, 'status'),
  reg('EECD', H.E1000_EECD, H.E1000_EECD_PRES | H.E1000_EECD_FWE_DIS,
    H.E1000_EECD_SK | H.E1000_EECD_CS | H.E1000_EECD_DI | H.E1000_EECD_FWE_MASK | H.E1000_EECD_REQ, 'eecd'),
  reg('EERD', H.E1000_EERD, 0, H.E1000_EERD_START | H.E1000_EERD_ADDR_MASK, 'eerd'),
  reg('CTRL_EXT', H.E1000_CTRL_EXT, 0, ALL, 'ctrlExt'),
  reg('FLA', H.E1000_FLA, 0, ALL),
  reg('MDIC', H.E1000_MDIC, H.E1000_MDIC_READY, ALL, 'mdic'),
  reg('FCAL', H.E1000_FCAL, 0, ALL), reg('FCAH', H.E1000_FCAH, 0, 0xffff), reg('FCT', H.E1000_FCT, 0, 0xffff),
  reg('VET', H.E1000_VET, VLAN_ETHERTYPE, 0xffff),
  reg('ICR', H.E1000_ICR, 0, 0, 'icr'),
  reg('ITR', H.E1000_ITR, 0, 0xffff),
  reg('ICS', H.E1000_ICS, 0, 0, 'ics'),
  reg('IMS', H.E1000_IMS, 0, 0, 'ims'),
  reg('IMC', H.E1000_IMC, 0, 0, 'imc'),
  reg('RCTL', H.E1000_RCTL, 0, ALL, 'rctl'),
  reg('FCTTV', H.E1000_FCTTV, 0, 0xffff),
  reg('TXCW', H.E1000_TXCW, 0, ALL), reg('RXCW', H.E1000_RXCW, 0, 0, 'ro'),
  reg('TCTL', H.E1000_TCTL, 0, ALL, 'tctl'),
  reg('TIPG', H.E1000_TIPG, 0, ALL),
  reg('AIT', H.E1000_AIT, 0, 0xffff),
  reg('LEDCTL', H.E1000_LEDCTL, LEDCTL_RESET, ALL),
  reg('PBA', H.E1000_PBA, PBA_RESET, 0xffff),
  reg('FCRTL', H.E1000_FCRTL, 0, ALL), reg('FCRTH', H.E1000_FCRTH, 0, ALL),
  reg('RDFH', H.E1000_RDFH, 0, 0x1fff), reg('RDFT', H.E1000_RDFT, 0, 0x1fff), reg('RDFHS', H.E1000_RDFHS, 0, 0x1fff),
  reg('RDFTS', H.E1000_RDFTS, 0, 0x1fff), reg('RDFPC', H.E1000_RDFPC, 0, 0x1fff),
  reg('RDBAL', H.E1000_RDBAL, 0, ~0xf, 'ringBase'), reg('RDBAH', H.E1000_RDBAH, 0, ALL, 'ringBase'),
  reg('RDLEN', H.E1000_RDLEN, 0, 0xfff80, 'ringLen'),
  reg('RDH', H.E1000_RDH, 0, 0xffff, 'ringPtr'), reg('RDT', H.E1000_RDT, 0, 0xffff, 'rdt'),
  reg('RDTR', H.E1000_RDTR, 0, 0x8000ffff), reg('RXDCTL', H.E1000_RXDCTL, 0, ALL), reg('RADV', H.E1000_RADV, 0, 0xffff),
  reg('RSRPD', H.E1000_RSRPD, 0, 0xfff),
  reg('TXDMAC', H.E1000_TXDMAC, 0, 1),
  reg('TDFH', H.E1000_TDFH, 0, 0x1fff), reg('TDFT', H.E1000_TDFT, 0, 0x1fff), reg('TDFHS', H.E1000_TDFHS, 0, 0x1fff),
  reg('TDFTS', H.E1000_TDFTS, 0, 0x1fff), reg('TDFPC', H.E1000_TDFPC, 0, 0x1fff),
  reg('TDBAL', H.E1000_TDBAL, 0, ~0xf, 'ringBase'), reg('TDBAH', H.E1000_TDBAH, 0, ALL, 'ringBase'),
  reg('TDLEN', H.E1000_TDLEN, 0, 0xfff80, 'ringLen'),
  reg('TDH', H.E1000_TDH, 0, 0xffff, 'ringPtr'), reg('TDT', H.E1000_TDT, 0, 0xffff, 'tdt'),
  reg('TIDV', H.E1000_TIDV, 0, 0xffff), reg('TXDCTL', H.E1000_TXDCTL, 0, ALL), reg('TADV', H.E1000_TADV, 0, 0xffff),
  reg('TSPMT', H.E1000_TSPMT, 0x01000400, ALL),
  ...statistics(),
  reg('RXCSUM', H.E1000_RXCSUM, H.E1000_RXCSUM_IPOFL, H.E1000_RXCSUM_PCSS_MASK | H.E1000_RXCSUM_IPOFL | H.E1000_RXCSUM_TUOFL),
  reg('MTA', H.E1000_MTA, 0, ALL, 'plain', 128),
  reg('RA', H.E1000_RA, 0, ALL, 'plain', 32),
  reg('VFTA', H.E1000_VFTA, 0, ALL, 'plain', 128),
  reg('WUC', H.E1000_WUC, 0, ALL), reg('WUFC', H.E1000_WUFC, 0, ALL), reg('WUS', H.E1000_WUS, 0, ALL),
  reg('MANC', H.E1000_MANC, 0, ALL),
  reg('IPAV', H.E1000_IPAV, 0, ALL), reg('IP4AT', H.E1000_IP4AT, 0, ALL, 'plain', 8), reg('IP6AT', H.E1000_IP6AT, 0, ALL, 'plain', 4),
  reg('WUPL', H.E1000_WUPL, 0, 0, 'ro'), reg('WUPM', H.E1000_WUPM, 0, 0, 'ro', 32),
  reg('FFLT', H.E1000_FFLT, 0, 0x7ff, 'plain', 8), reg('FFMT', H.E1000_FFMT, 0, 0xf, 'plain', 128), reg('FFVT', H.E1000_FFVT, 0, 0xff, 'plain', 128),
]);

export interface CompiledRegisters {
  /** Behaviour code + 1 by dword index (B.None where no register is). */
  readonly behaviour: Uint8Array;
  readonly writable: Uint32Array;
  readonly reset: Uint32Array;
  /** Dword index → 'NAME' or 'NAME[i]'. */
  readonly names: ReadonlyMap<number, string>;
}

/** Lookups over `bytes` of register space; throws on overlapping or misaligned rows. */
export function compileRegisters(table: readonly RegSpec[], bytes: number): CompiledRegisters {
  const n = bytes >>> 2;
  const behaviour = new Uint8Array(n), writable = new Uint32Array(n), reset = new Uint32Array(n);
  const names = new Map<number, string>();
  for (const r of table) {
    if (r.offset & 3) throw new Error(`register ${r.name} at 0x${r.offset.toString(16)} is not dword aligned`);
    const code = BEHAVIOURS.indexOf(r.behaviour) + 1;
    for (let i = 0; i < (r.count ?? 1); i++) {
      const idx = (r.offset >>> 2) + i;
      if (idx >= n) throw new Error(`register ${r.name} lies outside the ${bytes}-byte BAR`);
      if (behaviour[idx]) throw new Error(`register ${r.name} overlaps ${names.get(idx)}`);
      behaviour[idx] = code;
      writable[idx] = r.writable;
      reset[idx] = r.reset;
      names.set(idx, r.count ? `${r.name}[${i}]` : r.name);
    }
  }
  return { behaviour, writable, reset, names };
}
