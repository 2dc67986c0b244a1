// Owns the 82540EM's internal copper PHY (Marvell 88E1011 core, MDIO address 1) as software sees
// it through MDIC: the IEEE 802.3 clause 22 registers and the Marvell specific ones, with power-on
// values built from their bit definitions (e1000_hw.h), and the link as the PHY reports it.
//
// Facts modelled:
// - PHY_ID1/PHY_ID2 = M88E1011_I_PHY_ID (revision 0); read-only.
// - PHY_CTRL: RESET (self-clearing) returns the control register to its default and restarts
//   auto-negotiation, keeping the other registers; the MAC's CTRL.PHY_RST returns every register
//   to its power-on value; RESTART_AUTO_NEG self-clears; POWER_DOWN takes the link down.
// - Auto-negotiation completes at once (no timer): the link partner advertises up to `partner`
//   speed/duplex and symmetric + asymmetric PAUSE; the result is the best common mode of
//   PHY_AUTONEG_ADV / PHY_1000T_CTRL and the partner. With AUTO_NEG_EN clear the mode is the one
//   PHY_CTRL forces.
// - PHY_STATUS.LINK_STATUS latches low (802.3 22.2.4.2.13): after the link went down it reads 0
//   once even if the link is back; AUTONEG_COMPLETE follows the negotiation.
// - M88E1000_PHY_SPEC_STATUS reports the resolved speed, duplex, link and "resolved".
// - The other registers of the 32 store what software writes (the driver programs the Marvell
//   control registers; their analogue effects are not modelled).

import { E1000_HW as H } from '../../linux/e1000-hw.generated.js';

export const PHY_ADDRESS = 1;
export const PHY_REGISTERS = 32;

export type Speed = 10 | 100 | 1000;

export interface LinkMode { readonly speed: Speed; readonly fullDuplex: boolean }

/** Read-only registers (writes are dropped); every other register stores all 16 bits. */
const READ_ONLY = new Set<number>([H.PHY_STATUS, H.PHY_ID1, H.PHY_ID2, H.PHY_LP_ABILITY, H.PHY_AUTONEG_EXP,
  H.PHY_1000T_STATUS, H.PHY_EXT_STATUS, H.M88E1000_PHY_SPEC_STATUS, H.M88E1000_INT_STATUS, H.M88E1000_RX_ERR_CNTR]);

const STATUS_CAPS = H.MII_SR_EXTENDED_CAPS | H.MII_SR_AUTONEG_CAPS | H.MII_SR_PREAMBLE_SUPPRESS | H.MII_SR_EXTENDED_STATUS |
  H.MII_SR_10T_HD_CAPS | H.MII_SR_10T_FD_CAPS | H.MII_SR_100X_HD_CAPS | H.MII_SR_100X_FD_CAPS;

/** Power-on values: auto-negotiation on, advertising every 10/100/1000 mode and PAUSE. */
function powerOn(): Uint16Array {
  const r = new Uint16Array(PHY_REGISTERS);
  r[H.PHY_CTRL] = H.MII_CR_AUTO_NEG_EN | H.MII_CR_FULL_DUPLEX | H.MII_CR_SPEED_1000;
  r[H.PHY_ID1] = H.M88E1011_I_PHY_ID >>> 16;
  r[H.PHY_ID2] = H.M88E1011_I_PHY_ID & 0xffff;
  r[H.PHY_AUTONEG_ADV] = H.NWAY_AR_SELECTOR_FIELD | H.NWAY_AR_10T_HD_CAPS | H.NWAY_AR_10T_FD_CAPS | H.NWAY_AR_100TX_HD_CAPS |
    H.NWAY_AR_100TX_FD_CAPS | H.NWAY_AR_PAUSE | H.NWAY_AR_ASM_DIR;
  r[H.PHY_1000T_CTRL] = H.CR_1000T_HD_CAPS | H.CR_1000T_FD_CAPS;
  r[H.PHY_EXT_STATUS] = H.IEEE_ESR_1000T_HD_CAPS | H.IEEE_ESR_1000T_FD_CAPS;
  return r;
}

export interface PhyState {
  regs: number[];
  /** The cable is plugged in (the platform's switch). */
  cable: boolean;
  /** PHY_STATUS.LINK_STATUS latched low since the last read. */
  latchedLow: boolean;
}

export class Phy {
  regs = powerOn();
  cable: boolean;
  private latchedLow = false;

  constructor(cable: boolean, private readonly partner: LinkMode) {
    this.cable = cable;
  }

  /** The link as the PHY has it: cable in, not powered down, not isolated or in reset. */
  get linkUp(): boolean {
    return this.cable && (this.regs[H.PHY_CTRL]! & (H.MII_CR_POWER_DOWN | H.MII_CR_ISOLATE)) === 0;
  }

  /** Negotiated (or forced) speed and duplex; meaningful while linkUp. */
  get mode(): LinkMode {
    const ctrl = this.regs[H.PHY_CTRL]!;
    if (!(ctrl & H.MII_CR_AUTO_NEG_EN)) {
      const speed: Speed = ctrl & H.MII_CR_SPEED_SELECT_MSB ? 1000 : ctrl & H.MII_CR_SPEED_SELECT_LSB ? 100 : 10;
      return { speed, fullDuplex: (ctrl & H.MII_CR_FULL_DUPLEX) !== 0 };
    }
    const adv = this.regs[H.PHY_AUTONEG_ADV]!, gig = this.regs[H.PHY_1000T_CTRL]!;
    const p = this.partner;
    const can = (speed: Speed, fd: boolean): boolean => p.speed >= speed && (fd ? p.fullDuplex : true);
    if (gig & H.CR_1000T_FD_CAPS && can(1000, true)) return { speed: 1000, fullDuplex: true };
    if (gig & H.CR_1000T_HD_CAPS && can(1000, false)) return { speed: 1000, fullDuplex: false };
    if (adv & H.NWAY_AR_100TX_FD_CAPS && can(100, true)) return { speed: 100, fullDuplex: true };
    if (adv & H.NWAY_AR_100TX_HD_CAPS && can(100, false)) return { speed: 100, fullDuplex: false };
    if (adv & H.NWAY_AR_10T_FD_CAPS && can(10, true)) return { speed: 10, fullDuplex: true };
    return { speed: 10, fullDuplex: false };
  }

  /** Called by the device when the link goes down (cable or power-down). */
  noteLinkDown(): void { this.latchedLow = true; }

  read(reg: number): number {
    const up = this.linkUp;
    const an = up && (this.regs[H.PHY_CTRL]! & H.MII_CR_AUTO_NEG_EN) !== 0;
    switch (reg) {
      case H.PHY_STATUS: {
        const link = up && !this.latchedLow;
        this.latchedLow = false;
        return STATUS_CAPS | (link ? H.MII_SR_LINK_STATUS : 0) | (an ? H.MII_SR_AUTONEG_COMPLETE : 0);
      }
      case H.PHY_LP_ABILITY:
        if (!an) return 0;
        return this.partnerAbility();
      case H.PHY_AUTONEG_EXP: return an ? H.NWAY_ER_LP_NWAY_CAPS : 0;
      case H.PHY_1000T_STATUS: {
        if (!up || this.partner.speed < 1000) return 0;
        return (this.partner.fullDuplex ? H.SR_1000T_LP_FD_CAPS : 0) | H.SR_1000T_LP_HD_CAPS | H.SR_1000T_LOCAL_RX_STATUS | H.SR_1000T_REMOTE_RX_STATUS;
      }
      case H.M88E1000_PHY_SPEC_STATUS: {
        if (!up) return 0;
        const m = this.mode;
        const speed = m.speed === 1000 ? H.M88E1000_PSSR_1000MBS : m.speed === 100 ? H.M88E1000_PSSR_100MBS : H.M88E1000_PSSR_10MBS;
        return speed | (m.fullDuplex ? H.M88E1000_PSSR_DPLX : 0) | H.M88E1000_PSSR_LINK | H.M88E1000_PSSR_SPD_DPLX_RESOLVED;
      }
      default: return this.regs[reg & 31]!;
    }
  }

  private partnerAbility(): number {
    const p = this.partner;
    let v = H.NWAY_LPAR_PAUSE | H.NWAY_LPAR_ASM_DIR | H.NWAY_LPAR_ACKNOWLEDGE | H.NWAY_LPAR_10T_HD_CAPS | (p.fullDuplex ? H.NWAY_LPAR_10T_FD_CAPS : 0);
    if (p.speed >= 100) v |= H.NWAY_LPAR_100TX_HD_CAPS | (p.fullDuplex ? H.NWAY_LPAR_100TX_FD_CAPS : 0);
    return v | H.NWAY_AR_SELECTOR_FIELD; // selector: IEEE 802.3
  }

  /** A write; returns true when it changed whether the link is up. */
  write(reg: number, value: number): boolean {
    reg &= 31;
    if (READ_ONLY.has(reg)) return false;
    const before = this.linkUp;
    if (reg === H.PHY_CTRL) {
      if (value & H.MII_CR_RESET) {
        // Software reset: control and status return to their defaults (802.3 22.2.4.1.1) and
        // auto-negotiation restarts; the Marvell registers keep what was written (the driver
        // writes them, then resets the PHY to apply them). RESET self-clears.
        this.regs[H.PHY_CTRL] = powerOn()[H.PHY_CTRL]!;
      } else {
        this.regs[H.PHY_CTRL] = value & ~H.MII_CR_RESTART_AUTO_NEG;
      }
    } else {
      this.regs[reg] = value & 0xffff;
    }
    const after = this.linkUp;
    if (before && !after) this.noteLinkDown();
    return before !== after;
  }

  /** Power-on reset of the PHY (CTRL.PHY_RST); returns true when the link changed. */
  reset(): boolean {
    const before = this.linkUp;
    this.regs = powerOn();
    return before !== this.linkUp;
  }

  getState(): PhyState { return { regs: [...this.regs], cable: this.cable, latchedLow: this.latchedLow }; }
  setState(s: PhyState): void {
    if (s.regs.length !== PHY_REGISTERS) throw new Error(`PHY state needs ${PHY_REGISTERS} registers, got ${s.regs.length}`);
    this.regs = Uint16Array.from(s.regs);
    this.cable = s.cable;
    this.latchedLow = s.latchedLow;
  }
}
