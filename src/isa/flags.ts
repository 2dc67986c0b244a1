// EFLAGS bit positions and the condition-code table (which flags each cc reads, its AT&T spellings,
// and how it is evaluated). Shared by the instruction table, liveness and the emulator.

export const CF = 0x001;
export const PF = 0x004;
export const AF = 0x010;
export const ZF = 0x040;
export const SF = 0x080;
export const TF = 0x100;
export const IF = 0x200;
export const DF = 0x400;
export const OF = 0x800;

/** The six arithmetic status flags. */
export const STATUS = CF | PF | AF | ZF | SF | OF;
export const OSZAPC = STATUS;
export const SZAPC = CF | PF | AF | ZF | SF;
export const OSZAP = OF | SF | ZF | AF | PF;
/** Flags a user-mode `popf` can change (and pushf reports); IF/IOPL are privileged. */
export const USER_FLAGS = STATUS | DF | TF;

export const FLAG_NAMES: ReadonlyArray<[number, string]> = [
  [CF, 'CF'], [PF, 'PF'], [AF, 'AF'], [ZF, 'ZF'], [SF, 'SF'], [TF, 'TF'], [IF, 'IF'], [DF, 'DF'], [OF, 'OF'],
];

export function flagsToString(mask: number): string {
  const names = FLAG_NAMES.filter(([b]) => mask & b).map(([, n]) => n);
  return names.length ? names.join('|') : '-';
}

export interface CondCode {
  /** Encoding number 0..15 (low nibble of the jcc/setcc/cmovcc opcode). */
  readonly num: number;
  /** Canonical AT&T spelling (as objdump prints it) followed by the aliases GNU as accepts. */
  readonly names: readonly string[];
  /** Flags the condition reads. */
  readonly reads: number;
}

export const CONDITION_CODES: readonly CondCode[] = [
  { num: 0x0, names: ['o'], reads: OF },
  { num: 0x1, names: ['no'], reads: OF },
  { num: 0x2, names: ['b', 'c', 'nae'], reads: CF },
  { num: 0x3, names: ['ae', 'nb', 'nc'], reads: CF },
  { num: 0x4, names: ['e', 'z'], reads: ZF },
  { num: 0x5, names: ['ne', 'nz'], reads: ZF },
  { num: 0x6, names: ['be', 'na'], reads: CF | ZF },
  { num: 0x7, names: ['a', 'nbe'], reads: CF | ZF },
  { num: 0x8, names: ['s'], reads: SF },
  { num: 0x9, names: ['ns'], reads: SF },
  { num: 0xa, names: ['p', 'pe'], reads: PF },
  { num: 0xb, names: ['np', 'po'], reads: PF },
  { num: 0xc, names: ['l', 'nge'], reads: SF | OF },
  { num: 0xd, names: ['ge', 'nl'], reads: SF | OF },
  { num: 0xe, names: ['le', 'ng'], reads: ZF | SF | OF },
  { num: 0xf, names: ['g', 'nle'], reads: ZF | SF | OF },
];

/** Evaluates condition `cc` (0..15) on an EFLAGS value. */
export function evalCond(cc: number, f: number): boolean {
  let r: boolean;
  switch (cc >> 1) {
    case 0: r = (f & OF) !== 0; break;
    case 1: r = (f & CF) !== 0; break;
    case 2: r = (f & ZF) !== 0; break;
    case 3: r = (f & (CF | ZF)) !== 0; break;
    case 4: r = (f & SF) !== 0; break;
    case 5: r = (f & PF) !== 0; break;
    case 6: r = ((f & SF) !== 0) !== ((f & OF) !== 0); break;
    default: r = (f & ZF) !== 0 || ((f & SF) !== 0) !== ((f & OF) !== 0); break;
  }
  return (cc & 1) ? !r : r;
}
