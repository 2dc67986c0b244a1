// bench/packets: every configuration over the same packets in one run — emulated packets per host
// second, instructions per packet per domain, modeled cycles per packet — and the dynamic expansion
// of the driver's own instructions (twin and dom0 vs native). Goals (issue 7): >= 50k emulated
// packets/s for 1500-byte packets in twin; dynamic expansion printed (thesis: ~2.3x cycles; the
// project's goal: <= 1.5x). Run: npm run bench:packets   (PACKETS=N SIZE=B to change the load)

import { driverObjects } from '../src/platform/driver-objects.js';
import { CONFIGS, runConfig, type RunReport } from '../src/platform/run.js';
import { fmt, table } from './util.js';

const packets = Number(process.env.PACKETS ?? 5000);
const size = Number(process.env.SIZE ?? 1514);
const objects = driverObjects(undefined, { portIo: 'helpers' });
// Warm the JIT and the emulator's block cache paths once per configuration.
for (const config of CONFIGS) runConfig({ config, packets: 300, size, objects });

const reports = new Map<string, RunReport>();
for (const config of CONFIGS) reports.set(config, runConfig({ config, packets, size, objects, guests: 1 }));

const rows: (string | number)[][] = [];
for (const [config, r] of reports) {
  for (const [dir, d] of [['TX', r.tx], ['RX', r.rx]] as const) {
    if (!d) continue;
    rows.push([config, dir, `${d.sink.ok}/${d.packets}`, fmt(d.hostPps, 0), fmt(d.insnsPerPacket.driver, 0), fmt(d.insnsPerPacket.dom0, 0),
      fmt(d.insnsPerPacket.hypervisor, 0), fmt(d.upcallsPerPacket, 3), fmt(d.cycles.total, 0), fmt(d.modeledPps, 0)]);
  }
}
console.log(`${packets} packets per direction, ${size}-byte frames; emulated packets per host second measured in this run`);
console.log(table(['config', 'dir', 'verified', 'host pps', 'drv insn', 'dom0 insn', 'hv insn', 'upcalls', 'cycles', 'model pps'], rows));
const native = reports.get('native')!, twin = reports.get('twin')!, dom0 = reports.get('dom0')!;
for (const dir of ['tx', 'rx'] as const) {
  const n = native[dir]!, t = twin[dir]!, d = dom0[dir]!;
  console.log(`${dir.toUpperCase()}: dynamic expansion of the driver's instructions: twin/native ${fmt(t.insnsPerPacket.driver / n.insnsPerPacket.driver, 2)}x, dom0/native ${fmt(d.insnsPerPacket.driver / n.insnsPerPacket.driver, 2)}x; ` +
    `driver cycles twin/native ${fmt(t.cycles.driver / n.cycles.driver, 2)}x (thesis ~2.3x; goal <= 1.5x)`);
}
console.log(`twin host throughput: TX ${fmt(twin.tx!.hostPps, 0)} and RX ${fmt(twin.rx!.hostPps, 0)} packets/s (goal >= 50,000)`);
