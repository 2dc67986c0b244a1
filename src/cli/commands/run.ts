// `twindrivers run --config native|dom0|split|twin|unprotected [--packets N] [--size B] [--guests G]
// [--upcalls K] [--direction tx|rx|both] [--cost k=v,...] [--json] [--driver NAME|FILE]...`:
// packets through a bundled (or a given) driver in one configuration, verified end to end, with
// instructions per packet per domain, upcalls, modeled cycles per packet and safety events.

import type { Command } from 'commander';
import type { CostParams } from '../../platform/cost.js';
import { CONFIGS, VIA_HYPERVISOR, WITH_GUESTS, type ConfigName } from '../../platform/configs.js';
import type { DirectionResult, RunReport } from '../../platform/run.js';
import { EXIT, usage } from '../errors.js';
import { collect, DRIVER_FLAGS, DRIVER_HELP, readDriver } from '../driver.js';
import type { Ctx } from '../main.js';
import { choice, intOption, onlyWhen, SVM_HELP } from '../options.js';

export const DIRECTIONS = ['tx', 'rx', 'both'] as const;

export function registerRun(program: Command, ctx: Ctx): void {
  program
    .command('run')
    .description('run verified packets through the driver in one configuration and report costs per domain')
    .requiredOption('--config <name>', `configuration: ${CONFIGS.join(', ')}`)
    .option('--packets <n>', 'packets per direction', intOption('--packets', 1, 10_000_000), 2000)
    .option('--size <bytes>', 'Ethernet frame size (60..1514)', intOption('--size', 60, 1514), 1514)
    .option('--guests <n>', `guests (${WITH_GUESTS.join(', ')})`, intOption('--guests', 1, 64), 1)
    .option('--upcalls <k>', `${VIA_HYPERVISOR.join(', ')}: route K of the driver's kernel ABI's hot routines through upcalls (0..9 for the sample's ten, 0..12 for Linux 6.1's thirteen; checked against the driver's ABI)`, intOption('--upcalls', 0, 63), 0)
    .option('--direction <d>', 'tx, rx or both', 'both')
    .option('--cost <list>', 'cost-model overrides, e.g. cpi=1.2,upcall=10000')
    .option(DRIVER_FLAGS, DRIVER_HELP, collect, [] as string[])
    .option('--svm <mode>', `${SVM_HELP}; 'segment' also makes dom0 cooperate (the driver's memory in one region)`, 'stlb')
    .option('--json', 'machine-readable report')
    .action(async (opts: { config: string; packets: number; size: number; guests: number; upcalls: number; direction: string; cost?: string; driver: string[]; svm: string; json?: boolean }, cmd: Command) => {
      const config = choice('--config', opts.config, CONFIGS);
      const svm = choice('--svm', opts.svm, (await import('../../svm-runtime/abi.js')).SVM_MODES);
      const direction = choice('--direction', opts.direction, DIRECTIONS);
      onlyWhen(cmd, 'guests', WITH_GUESTS.includes(config), `with --config ${WITH_GUESTS.join(', ')}`);
      onlyWhen(cmd, 'upcalls', VIA_HYPERVISOR.includes(config), `with --config ${VIA_HYPERVISOR.join(', ')}`);
      const { parseCostOverrides } = await import('../../platform/cost.js');
      let cost: Partial<CostParams>;
      try { cost = parseCostOverrides(opts.cost); } catch (e) { throw usage(`--cost: ${(e as Error).message}`); }
      const spec = await readDriver(opts.driver);
      const [{ driverObjects }, { runConfig }, { hotRoutinesOf }] = await Promise.all([
        import('../../platform/driver-objects.js'), import('../../platform/run.js'), import('../../platform/hypervisor/hot.js'),
      ]);
      const objects = driverObjects(spec, { portIo: 'helpers', svm });
      const hot = hotRoutinesOf(objects.abi).length;
      if (opts.upcalls > Math.max(0, hot - 1)) throw usage(`--upcalls ${opts.upcalls}: the ${objects.abi} kernel ABI has ${hot} hot routine${hot === 1 ? '' : 's'}, so 0..${Math.max(0, hot - 1)} can go through upcalls`);
      const progress = ctx.io.isTTY?.() && !opts.json ? (d: number, t: number) => ctx.io.stderr(`\r  ${config}: ${d}/${t} packets`) : undefined;
      const r = runConfig({
        config: config as ConfigName, packets: opts.packets, size: opts.size, guests: opts.guests, upcalls: opts.upcalls,
        direction, cost, objects, ...(progress ? { progress } : {}),
      });
      if (progress) ctx.io.stderr('\r\x1b[K');
      if (opts.json) ctx.io.stdout(JSON.stringify(r, null, 2) + '\n');
      else ctx.io.stdout(renderRun(r));
      if (r.setupFailure || r.safety.length || lossy(r.tx) || lossy(r.rx)) ctx.exitCode = EXIT.failed;
    });
}

function lossy(d: DirectionResult | undefined): boolean {
  return d !== undefined && (d.sink.lost > 0 || d.sink.corrupt > 0 || d.sink.duplicate > 0);
}

const f0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const f1 = (x: number): string => x.toFixed(1);

function direction(name: string, d: DirectionResult): string {
  const c = d.cycles, m = d.measured, n = Math.max(1, m.packets), e = m.events;
  const per = (x: number): string => (x / n).toFixed(2);
  return [
    `${name}: ${d.sink.ok}/${d.packets} packets verified (lost ${d.sink.lost}, corrupt ${d.sink.corrupt}, duplicate ${d.sink.duplicate})`,
    `  instructions/packet   driver ${f1(d.insnsPerPacket.driver)}   dom0 ${f1(d.insnsPerPacket.dom0)} (modeled services ${f1(m.dom0ModeledInsns / n)})   hypervisor ${f1(d.insnsPerPacket.hypervisor)}   guest ${f1(d.insnsPerPacket.guest)}`,
    `  bytes copied/packet   dom0 ${f1(m.copyBytes.dom0 / n)}   hypervisor ${f1(m.copyBytes.hypervisor / n)}   guest ${f1(m.copyBytes.guest / n)}`,
    `  events/packet         traps ${per(e.hypercallTraps)}   domain switches ${per(e.domainSwitches)}   event upcalls ${per(e.eventUpcalls)}   interrupts ${per(e.physIrqs)}   TLB flushes ${per(e.tlbFlushes)}`,
    `  upcalls/packet        ${d.upcallsPerPacket.toFixed(3)}`,
    ...(d.tableMissesPerPacket ? [`  table misses/packet   ${d.tableMissesPerPacket.toFixed(3)} (page faults the runtime filled and restarted; in no instruction count)`] : []),
    `  cycles/packet         dom0 ${f0(c.dom0)}   domU ${f0(c.domU)}   Xen ${f0(c.xen)}   driver ${f0(c.driver)}   total ${f0(c.total)}`,
    `  packets/s             ${f0(d.modeledPps)} modeled (CPU-bound at the model's clock)   ${f0(d.hostPps)} emulated per host second`,
  ].join('\n');
}

export function renderRun(r: RunReport): string {
  const lines = [`config ${r.config}: ${r.size}-byte frames${r.guests ? `, ${r.guests} guest${r.guests > 1 ? 's' : ''}` : ''}${r.upcallsForced.length ? `, upcalls forced for ${r.upcallsForced.join(', ')}` : ''}`];
  if (r.setupFailure) lines.push(`SETUP FAILED: ${r.setupFailure}`);
  if (r.tx) lines.push(direction('TX', r.tx));
  if (r.rx) lines.push(direction('RX', r.rx));
  const up = Object.entries(r.upcalls);
  lines.push(`upcalls: ${up.length ? up.map(([n, c]) => `${n} x${c}`).join(', ') : 'none'}`);
  lines.push(`dom0 side: watchdog ran ${r.dom0Side.watchdogCount} times; netdev stats tx ${r.dom0Side.netdevTxPackets} rx ${r.dom0Side.netdevRxPackets}`);
  lines.push(`safety events: ${r.safety.length}${r.safety.length ? '\n' + r.safety.slice(0, 10).map((e) => `  ${e.kind} (${e.instance}) at 0x${e.address.toString(16)}${e.line ? ` line ${e.line}` : ''}: ${e.detail}`).join('\n') : ''}`);
  if (r.problems.length) lines.push(`kernel problems: ${r.problems.slice(0, 5).join('; ')}`);
  lines.push(`cost model: ${Object.entries(r.cost).map(([k, v]) => `${k}=${v}`).join(' ')} (sources: twindrivers run --json, costSources)`);
  return lines.join('\n') + '\n';
}
