// `twindrivers run --config native|dom0|split|twin|unprotected [--packets N] [--size B] [--guests G]
// [--upcalls K] [--direction tx|rx|both] [--cost k=v,...] [--json] [--driver FILE.s]`: packets
// through the bundled (or a given) driver in one configuration, verified end to end, with
// instructions per packet per domain, upcalls, modeled cycles per packet and safety events.

import type { Command } from 'commander';
import { parseCostOverrides, type CostParams } from '../../platform/cost.js';
import { driverObjects } from '../../platform/driver-objects.js';
import { CONFIGS, runConfig, type ConfigName, type DirectionResult, type RunReport } from '../../platform/run.js';
import { CliError } from '../errors.js';
import type { Ctx } from '../main.js';

function int(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`${name} must be an integer in ${min}..${max}, got '${v}'`, 2);
    return n;
  };
}

export function registerRun(program: Command, ctx: Ctx): void {
  program
    .command('run')
    .description('run verified packets through the driver in one configuration and report costs per domain')
    .requiredOption('--config <name>', `configuration: ${CONFIGS.join(', ')}`)
    .option('--packets <n>', 'packets per direction', int('--packets', 1, 10_000_000), 2000)
    .option('--size <bytes>', 'Ethernet frame size (60..1514)', int('--size', 60, 1514), 1514)
    .option('--guests <n>', 'guests (split, twin)', int('--guests', 1, 64), 1)
    .option('--upcalls <k>', 'twin: route K of the ten hot routines through upcalls (0..9)', int('--upcalls', 0, 9), 0)
    .option('--direction <d>', 'tx, rx or both', 'both')
    .option('--cost <list>', 'cost-model overrides, e.g. cpi=1.2,upcall=10000')
    .option('--driver <file.s>', 'driver assembly (default: the bundled e1000like)')
    .option('--json', 'machine-readable report')
    .action((opts: { config: string; packets: number; size: number; guests: number; upcalls: number; direction: string; cost?: string; driver?: string; json?: boolean }) => {
      if (!(CONFIGS as readonly string[]).includes(opts.config)) throw new CliError(`--config must be one of ${CONFIGS.join(', ')}, got '${opts.config}'`, 2);
      if (!['tx', 'rx', 'both'].includes(opts.direction)) throw new CliError(`--direction must be tx, rx or both, got '${opts.direction}'`, 2);
      if (opts.upcalls && opts.config !== 'twin' && opts.config !== 'unprotected') throw new CliError('--upcalls applies to --config twin or unprotected only', 2);
      let cost: Partial<CostParams>;
      try { cost = parseCostOverrides(opts.cost); } catch (e) { throw new CliError((e as Error).message, 2); }
      const objects = driverObjects(opts.driver, { portIo: 'helpers' });
      const progress = ctx.io.isTTY?.() && !opts.json ? (d: number, t: number) => ctx.io.stderr(`\r  ${opts.config}: ${d}/${t} packets`) : undefined;
      const r = runConfig({
        config: opts.config as ConfigName, packets: opts.packets, size: opts.size, guests: opts.guests, upcalls: opts.upcalls,
        direction: opts.direction as 'tx' | 'rx' | 'both', cost, objects, ...(progress ? { progress } : {}),
      });
      if (progress) ctx.io.stderr('\r\x1b[K');
      if (opts.json) ctx.io.stdout(JSON.stringify(r, null, 2) + '\n');
      else ctx.io.stdout(renderRun(r));
      if (r.setupFailure || r.safety.length || lossy(r.tx) || lossy(r.rx)) ctx.exitCode = 1;
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
