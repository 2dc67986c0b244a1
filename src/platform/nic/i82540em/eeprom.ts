// Owns the 82540EM's serial EEPROM: the 64-word image (the manual's word map: MAC address,
// compatibility, LED settings, image version, PBA number, init control words, PCI ids, and the
// checksum word that makes the 64-word sum EEPROM_SUM = 0xBABA), and the Microwire interface
// software bit-bangs through EECD (SK clock, CS chip select, DI data in, DO data out).
//
// Microwire read, as the Linux e1000 clocks it (e1000_shift_out_ee_bits / _shift_in_ee_bits):
//   CS rises                      → interface idle, DO high
//   9 rising SK edges, DI sampled → start bit + opcode (READ = 110b) + 6 address bits, MSB first
//   the 9th edge of a READ        → DO drives the dummy 0 bit
//   each further rising edge      → DO presents the next data bit, D15 first; after D0 of word n
//                                   comes D15 of word n+1 (sequential read)
//   CS falls                      → transaction ends
// Writes (opcodes 01b/11b/00b) are accepted on the wire but change nothing: the model's EEPROM is
// read-only, and counts them.

import { E1000_HW as H } from '../../linux/e1000-hw.generated.js';

export const EEPROM_WORDS = 64;
const ADDRESS_BITS = 6;
const OPCODE_BITS = 3;
/** Init Control 1 (word 0Ah) signature bits 15:14 = 01b: the image is valid. */
const INIT_CONTROL1_SIGNATURE = 0x4000;

export interface EepromImageOptions {
  readonly mac: Uint8Array;
  /** Word 5, the image version (major << 12 | minor << 4 | build). */
  readonly version: number;
  readonly vendorId: number;
  readonly deviceId: number;
  readonly subsystemVendorId: number;
  readonly subsystemId: number;
  /** Word 8-9, the printed-board assembly number. */
  readonly pba: number;
}

/** A valid 82540EM image; the checksum word makes the sum of all 64 words 0xBABA. */
export function buildEepromImage(o: EepromImageOptions): Uint16Array {
  const w = new Uint16Array(EEPROM_WORDS).fill(0xffff);
  const m = o.mac;
  for (let i = 0; i < 3; i++) w[H.EEPROM_NODE_ADDRESS_BYTE_0 + i] = m[2 * i]! | (m[2 * i + 1]! << 8);
  w[H.EEPROM_COMPAT] = 0;
  w[H.EEPROM_ID_LED_SETTINGS] = H.ID_LED_DEFAULT;
  w[5] = o.version & 0xffff;
  w[H.EEPROM_PBA_BYTE_1] = (o.pba >>> 16) & 0xffff;
  w[H.EEPROM_PBA_BYTE_1 + 1] = o.pba & 0xffff;
  w[H.EEPROM_INIT_CONTROL1_REG] = INIT_CONTROL1_SIGNATURE;
  w[0x0b] = o.subsystemId;
  w[0x0c] = o.subsystemVendorId;
  w[0x0d] = o.deviceId;
  w[0x0e] = o.vendorId;
  // Init Control 2: symmetric and asymmetric PAUSE advertised (full flow control), no APM wake.
  w[H.EEPROM_INIT_CONTROL2_REG] = H.EEPROM_WORD0F_PAUSE | H.EEPROM_WORD0F_ASM_DIR;
  w[H.EEPROM_CHECKSUM_REG] = 0;
  let sum = 0;
  for (let i = 0; i < EEPROM_WORDS; i++) if (i !== H.EEPROM_CHECKSUM_REG) sum = (sum + w[i]!) & 0xffff;
  w[H.EEPROM_CHECKSUM_REG] = (H.EEPROM_SUM - sum) & 0xffff;
  return w;
}

/** Serialisable state of the Microwire interface. */
export interface MicrowireState {
  cs: boolean;
  sk: boolean;
  bitsIn: number;
  shift: number;
  reading: boolean;
  word: number;
  /** -1: the dummy bit; 0..15: D15..D0 of `word`. */
  outBit: number;
  writesIgnored: number;
}

export const newMicrowireState = (): MicrowireState => ({ cs: false, sk: false, bitsIn: 0, shift: 0, reading: false, word: 0, outBit: -1, writesIgnored: 0 });

/** Applies an EECD write (its SK/CS/DI bits) to the interface. */
export function microwireWrite(s: MicrowireState, eecd: number): void {
  const cs = (eecd & H.E1000_EECD_CS) !== 0, sk = (eecd & H.E1000_EECD_SK) !== 0, di = (eecd & H.E1000_EECD_DI) !== 0;
  const rising = sk && !s.sk;
  if (cs && !s.cs) Object.assign(s, { bitsIn: 0, shift: 0, reading: false, outBit: -1 });
  s.cs = cs;
  s.sk = sk;
  if (!cs || !rising) return;
  if (s.reading) {
    if (++s.outBit === 16) { s.outBit = 0; s.word = (s.word + 1) % EEPROM_WORDS; }
    return;
  }
  s.shift = ((s.shift << 1) | (di ? 1 : 0)) & 0xffff;
  if (++s.bitsIn !== OPCODE_BITS + ADDRESS_BITS) return;
  const opcode = s.shift >>> ADDRESS_BITS;
  if (opcode === H.EEPROM_READ_OPCODE_MICROWIRE) {
    s.reading = true;
    s.word = s.shift & (EEPROM_WORDS - 1);
    s.outBit = -1;
  } else {
    s.writesIgnored++;
  }
}

/** The DO bit software reads from EECD now. */
export function microwireDataOut(s: MicrowireState, image: Uint16Array): boolean {
  if (!s.cs || !s.reading) return true;
  if (s.outBit < 0) return false;
  return ((image[s.word]! >>> (15 - s.outBit)) & 1) === 1;
}
