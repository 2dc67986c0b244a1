// Linux 6.1 PCI core of the dom0 model (reference: REFERENCE.md "PCI"): the NIC's struct pci_dev
// as pci_setup_device, pci_read_bases and pci_pm_init leave it (ids, class, BARs as resources with
// the NIC's memory and I/O ranges, the PM capability found by walking the capability list, DMA
// masks, wakeup capability), driver registration with id-table matching and probe, enable /
// disable with the enable count, bus mastering, regions per BAR, config space, ioremap of a BAR,
// Memory-Write-Invalidate, PCI-X MMRBC, power states and wakeup.
//
// Modeled costs: register 500, unregister 500, enable/disable 120, set_master 40, save_state 200,
// select_bars 10, request/release regions 150, ioremap_bar 400 +40/page, config read 60, MWI 60,
// PCI-X 60, set_power_state 100, enable_wake / wake_from_d3 80, device_set_wakeup_enable 60,
// dev_driver_string 8.

import {
  LINUX as K, SIZEOF, dev_pm_info, dev_pm_info_bits, device, device_driver, kobject, pci_bus, pci_dev, pci_dev_bits, pci_device_id, pci_driver, resource,
} from '../../linux/layout.generated.js';
import { hex8 } from '../../mem.js';
import { E1000_BAR_SIZE, E1000_IO_BAR_SIZE } from '../../nic/e1000.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineArgs, type RoutineSpec } from '../routine.js';
import { at, cstr, getBits, initList, latin1, LD, setBits, write64 } from './kdata.js';
import { ioremap } from './mem.js';
import { lx } from './state.js';

const BARS = K.PCI_STD_NUM_BARS;
const PCI_NUM_RESOURCES = 17; // standard BARs, ROM, bridge windows (include/linux/pci.h)

/** The NIC's struct pci_dev, as the PCI core leaves it after enumeration (pci_setup_device, pci_pm_init). */
export function bootPciDevice(k: Dom0Kernel): number {
  const m = k.mem, p = at(LD.pci_dev), bus = at(LD.pci_bus), nic = k.nic;
  m.write8(bus + pci_bus.number, 0);
  initList(m, bus + pci_bus.devices);
  initList(m, p + pci_dev.bus_list);
  m.write32(p + pci_dev.bus, bus);
  m.write32(p + pci_dev.devfn, k.devfn);
  const cfg = (off: number, size: 1 | 2 | 4): number => nic.configRead(off, size);
  m.write16(p + pci_dev.vendor, cfg(K.PCI_VENDOR_ID, 2));
  m.write16(p + pci_dev.device, cfg(K.PCI_DEVICE_ID, 2));
  m.write16(p + pci_dev.subsystem_vendor, cfg(K.PCI_SUBSYSTEM_VENDOR_ID, 2));
  m.write16(p + pci_dev.subsystem_device, cfg(K.PCI_SUBSYSTEM_ID, 2));
  const classRev = cfg(K.PCI_REVISION_ID, 4);
  m.write32(p + pci_dev.class, classRev >>> 8);
  m.write8(p + pci_dev.revision, classRev & 0xff);
  m.write8(p + pci_dev.hdr_type, cfg(K.PCI_HEADER_TYPE, 1) & 0x7f);
  m.write32(p + pci_dev.cfg_size, 256);
  m.write32(p + pci_dev.irq, k.irqNumber);
  m.write8(p + pci_dev.pin, cfg(K.PCI_INTERRUPT_PIN, 1));
  m.write32(p + pci_dev.current_state, K.PCI_D0);
  // pci_name(): dev_name(&pdev->dev), the kobject's name.
  const name = at(LD.strings);
  m.writeBytes(name, latin1(`${k.pciName}\0`));
  m.write32(p + pci_dev.dev + device.kobj + kobject.name, name);
  // DMA masks: 32 bits until the driver sets its own.
  write64(m, p + pci_dev.dma_mask, 0xffffffffn);
  m.write32(p + pci_dev.dev + device.dma_mask, p + pci_dev.dma_mask);
  write64(m, p + pci_dev.dev + device.coherent_dma_mask, 0xffffffffn);
  // BARs as pci_read_bases decodes them (memory BAR0, I/O BAR1), sizes from the device.
  const bars: [number, number, number][] = [
    [0, k.mmioBase, E1000_BAR_SIZE], [1, nic.ioBase, E1000_IO_BAR_SIZE],
  ];
  for (const [i, start, size] of bars) {
    const raw = cfg(K.PCI_BASE_ADDRESS_0 + 4 * i, 4);
    const io = (raw & K.PCI_BASE_ADDRESS_SPACE_IO) !== 0;
    const r = res(p, i);
    m.write32(r + resource.start, start);
    m.write32(r + resource.end, start + size - 1);
    m.write32(r + resource.name, name);
    m.write32(r + resource.flags, (io ? K.IORESOURCE_IO | (raw & ~K.PCI_BASE_ADDRESS_IO_MASK) : K.IORESOURCE_MEM | (raw & ~K.PCI_BASE_ADDRESS_MEM_MASK)) | K.IORESOURCE_SIZEALIGN);
  }
  // pci_pm_init: the PM capability, PME support, wakeup capability; PME# disabled.
  const pm = findCapability(k, K.PCI_CAP_ID_PM);
  m.write8(p + pci_dev.pm_cap, pm);
  m.write32(p + pci_dev.d3hot_delay, 10);
  m.write32(p + pci_dev.d3cold_delay, 100);
  if (pm) {
    const pmc = cfg(pm + K.PCI_PM_PMC, 2);
    setBits(m, p, pci_dev_bits.d1_support, (pmc >> 9) & 1);
    setBits(m, p, pci_dev_bits.d2_support, (pmc >> 10) & 1);
    if (pmc & K.PCI_PM_CAP_PME_MASK) {
      setBits(m, p, pci_dev_bits.pme_support, (pmc & K.PCI_PM_CAP_PME_MASK) >>> K.PCI_PM_CAP_PME_SHIFT);
      setBits(m, p, pci_dev_bits.pme_poll, 1);
      setBits(m, p + pci_dev.dev + device.power, dev_pm_info_bits.can_wakeup, 1);
      pmeActive(k, false);
    }
  }
  m.write8(p + pci_dev.match_driver, 1);
  return p;
}

/** pci_find_capability: the offset of capability `id` in the list, or 0. */
export function findCapability(k: Dom0Kernel, id: number): number {
  if (!(k.nic.configRead(K.PCI_STATUS, 2) & K.PCI_STATUS_CAP_LIST)) return 0;
  let pos = k.nic.configRead(K.PCI_CAPABILITY_LIST, 1) & ~3;
  for (let ttl = 48; pos >= 0x40 && ttl > 0; ttl--) {
    if (k.nic.configRead(pos + K.PCI_CAP_LIST_ID, 1) === id) return pos;
    pos = k.nic.configRead(pos + K.PCI_CAP_LIST_NEXT, 1) & ~3;
  }
  return 0;
}

function requirePdev(k: Dom0Kernel, a: RoutineArgs, p: number): void {
  if (p !== k.pdev) throw new KernelOops(`BUG: ${a.name}: 0x${hex8(p)} is not a PCI device`);
}

const res = (p: number, bar: number): number => p + pci_dev.resource + bar * SIZEOF.resource;
function resourceLen(k: Dom0Kernel, p: number, bar: number): number {
  const r = res(p, bar), s = k.mem.read32(r + resource.start), e = k.mem.read32(r + resource.end);
  return s === 0 && e === 0 ? 0 : (e - s + 1) >>> 0;
}

function command(k: Dom0Kernel): number { return k.nic.configRead(K.PCI_COMMAND, 2); }
function setCommand(k: Dom0Kernel, set: number, clear: number): void {
  const old = command(k), v = (old | set) & ~clear;
  if (v !== old) k.nic.configWrite(K.PCI_COMMAND, 2, v);
}

/** pci_pme_active: PME_Status cleared (write 1), PME# enabled or disabled. */
function pmeActive(k: Dom0Kernel, enable: boolean): void {
  const p = k.pdev;
  if (!getBits(k.mem, p, pci_dev_bits.pme_support)) return;
  const pm = k.mem.read8(p + pci_dev.pm_cap);
  let pmcsr = k.nic.configRead(pm + K.PCI_PM_CTRL, 2) | K.PCI_PM_CTRL_PME_STATUS | K.PCI_PM_CTRL_PME_ENABLE;
  if (!enable) pmcsr &= ~K.PCI_PM_CTRL_PME_ENABLE;
  k.nic.configWrite(pm + K.PCI_PM_CTRL, 2, pmcsr);
}

/** pci_pme_capable: PME# can be signalled from `state`. */
function pmeCapable(k: Dom0Kernel, state: number): boolean {
  return (getBits(k.mem, k.pdev, pci_dev_bits.pme_support) & (1 << state)) !== 0;
}

/** pci_enable_device_flags: the enable count; the first enable sets the command bits of the BAR kinds asked for. */
function enableDevice(k: Dom0Kernel, a: RoutineArgs, flags: number): number {
  const p = a.arg(0), m = k.mem;
  requirePdev(k, a, p);
  const n = m.read32(p + pci_dev.enable_cnt) + 1;
  m.write32(p + pci_dev.enable_cnt, n);
  if (n > 1) return 0;
  setPowerState(k, K.PCI_D0);
  let cmd = 0;
  for (let i = 0; i < BARS; i++) {
    const f = m.read32(res(p, i) + resource.flags);
    if (!(f & flags)) continue;
    if (f & K.IORESOURCE_IO) cmd |= K.PCI_COMMAND_IO;
    if (f & K.IORESOURCE_MEM) cmd |= K.PCI_COMMAND_MEMORY;
  }
  setCommand(k, cmd, 0);
  return 0;
}

/** __pci_set_power_state for D0 and D3hot (the states the 82540EM supports besides D3cold). */
function setPowerState(k: Dom0Kernel, state: number): number {
  const p = k.pdev, m = k.mem;
  if (state > K.PCI_D3cold) state = K.PCI_D3cold;
  else if (state < K.PCI_D0) state = K.PCI_D0;
  const cur = m.read32(p + pci_dev.current_state) | 0;
  if (cur === state) return 0;
  const pm = m.read8(p + pci_dev.pm_cap);
  if (state !== K.PCI_D0) {
    if (!pm) return -K.EIO;
    if (cur <= K.PCI_D3cold && cur > state) return -K.EINVAL;
    if ((state === K.PCI_D1 && !getBits(m, p, pci_dev_bits.d1_support)) || (state === K.PCI_D2 && !getBits(m, p, pci_dev_bits.d2_support))) return -K.EIO;
  }
  if (!pm) return 0;
  const target = state === K.PCI_D3cold ? K.PCI_D3hot : state;
  const pmcsr = (k.nic.configRead(pm + K.PCI_PM_CTRL, 2) & ~K.PCI_PM_CTRL_STATE_MASK) | target;
  k.nic.configWrite(pm + K.PCI_PM_CTRL, 2, pmcsr);
  if (target === K.PCI_D3hot || cur === K.PCI_D3hot) k.sleepMs(m.read32(p + pci_dev.d3hot_delay));
  m.write32(p + pci_dev.current_state, k.nic.configRead(pm + K.PCI_PM_CTRL, 2) & K.PCI_PM_CTRL_STATE_MASK);
  return 0;
}

/** device_may_wakeup: can_wakeup and a wakeup source attached. */
function mayWakeup(k: Dom0Kernel, dev: number): boolean {
  const pw = dev + device.power;
  return getBits(k.mem, pw, dev_pm_info_bits.can_wakeup) !== 0 && k.mem.read32(pw + dev_pm_info.wakeup) !== 0;
}

/** __pci_enable_wake (no ACPI wakeup platform in dom0: platform_pci_set_wakeup returns 0). */
function enableWake(k: Dom0Kernel, state: number, enable: boolean): number {
  const p = k.pdev, m = k.mem;
  if (enable && !mayWakeup(k, p + pci_dev.dev)) return -K.EINVAL;
  if (enable === (getBits(m, p, pci_dev_bits.wakeup_prepared) !== 0)) return 0;
  if (enable) {
    if (!pmeCapable(k, state) && !pmeCapable(k, K.PCI_D3cold)) return 1;
    pmeActive(k, true);
    setBits(m, p, pci_dev_bits.wakeup_prepared, 1);
  } else {
    pmeActive(k, false);
    setBits(m, p, pci_dev_bits.wakeup_prepared, 0);
  }
  return 0;
}

/** pci_match_one_device over an id table (terminated by an entry with vendor, subvendor and class_mask 0). */
export function matchId(k: Dom0Kernel, ids: number, p: number): number {
  const m = k.mem, ANY = K.PCI_ANY_ID >>> 0;
  const vendor = m.read16(p + pci_dev.vendor), dev = m.read16(p + pci_dev.device);
  const subv = m.read16(p + pci_dev.subsystem_vendor), subd = m.read16(p + pci_dev.subsystem_device), cls = m.read32(p + pci_dev.class);
  for (let i = 0; i < 4096; i++) {
    const id = ids + i * SIZEOF.pci_device_id;
    const iv = m.read32(id + pci_device_id.vendor), idv = m.read32(id + pci_device_id.device);
    const isv = m.read32(id + pci_device_id.subvendor), isd = m.read32(id + pci_device_id.subdevice);
    const icls = m.read32(id + pci_device_id.class), imask = m.read32(id + pci_device_id.class_mask);
    if (!iv && !isv && !imask) return 0;
    if ((iv === ANY || iv === vendor) && (idv === ANY || idv === dev) && (isv === ANY || isv === subv) &&
      (isd === ANY || isd === subd) && ((icls ^ cls) & imask) === 0) return id;
  }
  return 0;
}

export const PCI_ROUTINES: readonly RoutineSpec[] = [
  // int __pci_register_driver(struct pci_driver *drv, struct module *owner, const char *mod_name)
  R('__pci_register_driver', 500, (k, a) => {
    const drv = a.arg(0), m = k.mem;
    const name = m.read32(drv + pci_driver.name);
    m.write32(drv + pci_driver.driver + device_driver.name, name); // drv->driver.name = drv->name
    initList(m, drv + pci_driver.dynids);
    k.pciDrivers.add(drv);
    const p = k.pdev;
    if (m.read32(p + pci_dev.driver) !== 0 || !m.read8(p + pci_dev.match_driver)) return 0;
    const ids = m.read32(drv + pci_driver.id_table), probe = m.read32(drv + pci_driver.probe);
    const id = ids ? matchId(k, ids, p) : 0;
    if (!id || !probe) return 0;
    // really_probe -> pci_device_probe -> local_pci_probe
    m.write32(p + pci_dev.dev + device.driver, drv + pci_driver.driver);
    m.write32(p + pci_dev.driver, drv);
    const ret = k.callback(probe, [p, id], 'process', `${cstr(m, name)} probe`) | 0;
    if (ret < 0) {
      m.write32(p + pci_dev.driver, 0);
      m.write32(p + pci_dev.dev + device.driver, 0);
      m.write32(p + pci_dev.dev + device.driver_data, 0);
      if (ret !== -K.ENODEV && ret !== -K.ENXIO) k.logLine(4, 'kernel', `${cstr(m, name)}: probe of ${k.pciName} failed with error ${ret}`);
    } else if (ret > 0) {
      k.logLine(4, 'kernel', `${cstr(m, name)} ${k.pciName}: Driver probe function unexpectedly returned ${ret}`);
    }
    return 0;
  }, true, 3),
  R('pci_unregister_driver', 500, (k, a) => {
    const drv = a.arg(0), p = k.pdev, m = k.mem;
    if (!k.pciDrivers.has(drv)) k.warn(`BUG: ${a.name}: driver 0x${hex8(drv)} was not registered`);
    if (m.read32(p + pci_dev.driver) === drv) {
      const remove = m.read32(drv + pci_driver.remove);
      if (remove) k.callback(remove, [p], 'process', 'pci_driver->remove');
      m.write32(p + pci_dev.driver, 0);
      m.write32(p + pci_dev.dev + device.driver, 0);
      m.write32(p + pci_dev.dev + device.driver_data, 0);
    }
    k.pciDrivers.delete(drv);
  }, true, 1),
  R('pci_enable_device', 120, (k, a) => enableDevice(k, a, K.IORESOURCE_MEM | K.IORESOURCE_IO), true, 1),
  R('pci_enable_device_mem', 120, (k, a) => enableDevice(k, a, K.IORESOURCE_MEM), true, 1),
  R('pci_disable_device', 120, (k, a) => {
    const p = a.arg(0), m = k.mem;
    requirePdev(k, a, p);
    const n = m.read32(p + pci_dev.enable_cnt) | 0;
    if (n <= 0) k.warnOnce('pci-disable', `WARNING: ${k.pciName}: disabling already-disabled device`);
    m.write32(p + pci_dev.enable_cnt, n - 1);
    if (n - 1 !== 0) return;
    setCommand(k, 0, K.PCI_COMMAND_MASTER);
    setBits(m, p, pci_dev_bits.is_busmaster, 0);
  }, false, 1),
  R('pci_set_master', 40, (k, a) => {
    const p = a.arg(0);
    requirePdev(k, a, p);
    setCommand(k, K.PCI_COMMAND_MASTER, 0);
    setBits(k.mem, p, pci_dev_bits.is_busmaster, 1);
  }, false, 1),
  R('pci_save_state', 200, (k, a) => {
    const p = a.arg(0);
    requirePdev(k, a, p);
    for (let i = 0; i < 16; i++) k.mem.write32(p + pci_dev.saved_config_space + 4 * i, k.nic.configRead(4 * i, 4));
    setBits(k.mem, p, pci_dev_bits.state_saved, 1);
    return 0;
  }, false, 1),
  R('pci_select_bars', 10, (k, a) => {
    const p = a.arg(0), flags = a.arg(1);
    let bars = 0;
    for (let i = 0; i < Math.min(PCI_NUM_RESOURCES, BARS + 1); i++) if (k.mem.read32(res(p, i) + resource.flags) & flags) bars |= 1 << i;
    return bars;
  }, false, 2),
  // int pci_request_selected_regions(struct pci_dev *pdev, int bars, const char *res_name)
  R('pci_request_selected_regions', 150, (k, a) => {
    const p = a.arg(0), bars = a.arg(1), name = a.arg(2);
    requirePdev(k, a, p);
    const taken: number[] = [];
    for (let i = 0; i < BARS; i++) {
      if (!(bars & (1 << i)) || resourceLen(k, p, i) === 0) continue;
      if (lx(k).regions.has(i)) {
        for (const t of taken) lx(k).regions.delete(t);
        k.logLine(4, 'kernel', `${k.pciName}: BAR ${i}: can't reserve (busy: ${lx(k).regions.get(i)})`);
        return -K.EBUSY;
      }
      lx(k).regions.set(i, cstr(k.mem, name));
      taken.push(i);
    }
    return 0;
  }, true, 3),
  R('pci_release_selected_regions', 150, (k, a) => {
    const p = a.arg(0), bars = a.arg(1);
    requirePdev(k, a, p);
    for (let i = 0; i < BARS; i++) {
      if (!(bars & (1 << i)) || resourceLen(k, p, i) === 0) continue;
      if (!lx(k).regions.delete(i)) k.warn(`Trying to free nonexistent resource <BAR ${i} of ${k.pciName}>`);
    }
  }, false, 2),
  // void __iomem *pci_ioremap_bar(struct pci_dev *pdev, int bar): memory BARs only
  R('pci_ioremap_bar', 400, (k, a) => {
    const p = a.arg(0), bar = a.sarg(1);
    requirePdev(k, a, p);
    const r = res(p, bar);
    if (bar < 0 || bar >= BARS || !(k.mem.read32(r + resource.flags) & K.IORESOURCE_MEM)) {
      k.logLine(3, 'kernel', `${k.pciName}: can't ioremap BAR ${bar}`);
      return 0;
    }
    return ioremap(k, a, k.mem.read32(r + resource.start), resourceLen(k, p, bar));
  }, true, 2),
  // int pci_read_config_word(const struct pci_dev *dev, int where, u16 *val)
  R('pci_read_config_word', 60, (k, a) => {
    const p = a.arg(0), where = a.sarg(1), val = a.arg(2);
    requirePdev(k, a, p);
    if (where & 1 || where < 0 || where > 254) return K.PCIBIOS_BAD_REGISTER_NUMBER;
    k.mem.write16(val, k.nic.configRead(where, 2));
    return K.PCIBIOS_SUCCESSFUL;
  }, false, 3),
  // int pci_set_mwi(struct pci_dev *dev): a valid cache line size, then PCI_COMMAND_INVALIDATE
  R('pci_set_mwi', 60, (k, a) => {
    requirePdev(k, a, a.arg(0));
    const want = K.L1_CACHE_BYTES >> 2;
    let cls = k.nic.configRead(K.PCI_CACHE_LINE_SIZE, 1);
    if (!(cls >= want && cls % want === 0)) {
      k.nic.configWrite(K.PCI_CACHE_LINE_SIZE, 1, want);
      cls = k.nic.configRead(K.PCI_CACHE_LINE_SIZE, 1);
      if (cls !== want) return -K.EINVAL;
    }
    setCommand(k, K.PCI_COMMAND_INVALIDATE, 0);
    return 0;
  }, false, 1),
  R('pci_clear_mwi', 60, (k, a) => { requirePdev(k, a, a.arg(0)); setCommand(k, 0, K.PCI_COMMAND_INVALIDATE); }, false, 1),
  // PCI-X maximum memory read byte count: -EINVAL without a PCI-X capability (the 82540EM is PCI)
  R('pcix_get_mmrbc', 60, (k, a) => {
    requirePdev(k, a, a.arg(0));
    const cap = findCapability(k, K.PCI_CAP_ID_PCIX);
    if (!cap) return -K.EINVAL;
    return 512 << ((k.nic.configRead(cap + K.PCI_X_STATUS, 4) >>> 21) & 3);
  }, false, 1),
  R('pcix_set_mmrbc', 60, (k, a) => {
    requirePdev(k, a, a.arg(0));
    const mmrbc = a.sarg(1);
    if (mmrbc < 512 || mmrbc > 4096 || (mmrbc & (mmrbc - 1)) !== 0) return -K.EINVAL;
    const cap = findCapability(k, K.PCI_CAP_ID_PCIX);
    if (!cap) return -K.EINVAL;
    const v = Math.log2(mmrbc / 512);
    const cmd = k.nic.configRead(cap + K.PCI_X_CMD, 2);
    k.nic.configWrite(cap + K.PCI_X_CMD, 2, (cmd & ~K.PCI_X_CMD_MAX_READ) | (v << 2));
    return 0;
  }, false, 2),
  R('pci_set_power_state', 100, (k, a) => { requirePdev(k, a, a.arg(0)); return setPowerState(k, a.sarg(1)); }, true, 2),
  // int pci_enable_wake(struct pci_dev *dev, pci_power_t state, bool enable)
  R('pci_enable_wake', 80, (k, a) => { requirePdev(k, a, a.arg(0)); return enableWake(k, a.sarg(1), (a.arg(2) & 0xff) !== 0); }, false, 3),
  R('pci_wake_from_d3', 80, (k, a) => {
    requirePdev(k, a, a.arg(0));
    return enableWake(k, pmeCapable(k, K.PCI_D3cold) ? K.PCI_D3cold : K.PCI_D3hot, (a.arg(1) & 0xff) !== 0);
  }, false, 2),
  // int device_set_wakeup_enable(struct device *dev, bool enable): attach or detach a wakeup source
  R('device_set_wakeup_enable', 60, (k, a) => {
    const dev = a.arg(0), enable = (a.arg(1) & 0xff) !== 0, m = k.mem;
    const pw = dev + device.power;
    if (!dev || !getBits(m, pw, dev_pm_info_bits.can_wakeup)) return -K.EINVAL;
    const ws = m.read32(pw + dev_pm_info.wakeup);
    if (enable) {
      if (ws) return -K.EEXIST;
      m.write32(pw + dev_pm_info.wakeup, at(LD.wakeup)); // the wakeup source (wakeup_source_register)
    } else {
      m.write32(pw + dev_pm_info.wakeup, 0);
    }
    return 0;
  }, true, 2),
  // const char *dev_driver_string(const struct device *dev): the bound driver's name, else the bus's ("")
  R('dev_driver_string', 8, (k, a) => {
    const d = k.mem.read32(a.arg(0) + device.driver);
    return d ? k.mem.read32(d + device_driver.name) : lx(k).emptyString;
  }, false, 1),
];
