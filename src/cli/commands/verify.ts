// `twindrivers verify FILE.o|FILE.s... | --driver NAME|FILE... [--json] [--no-strict]`: the
// independent verifier of rewritten drivers (src/verifier). Files are verified one by one;
// `--driver` verifies one module as the platform builds it (each assembly part rewritten and
// assembled, the parts linked with ld -r) — exactly the object the loader would bind. Machine-code mode for ELF objects (detected by their magic); assembly is
// assembled with `as --32` and the object verified (violations located in the source; a `.o` name
// means an object whatever its bytes). Every file is tried; exit 1 when a file could not be verified at all (unreadable,
// not an object or assembly, malformed), else 3 when a file has a violation, else 0.
//
// --json prints ONE shape whatever the number of files:
//   { "ok": boolean, "files": [ { file, ok, mode, codeBytes, counts, violations } | { file, ok: false, error: [messages] } ] }

import type { Command } from 'commander';
import type { VerifyResult } from '../../verifier/index.js';
import { CliError, EXIT } from '../errors.js';
import { readAssembly } from '../input.js';
import { asText, isElf, readBinary } from '../io.js';
import { collect, DRIVER_FLAGS, readDriver } from '../driver.js';
import { usage } from '../errors.js';
import type { Ctx } from '../main.js';

export type VerifyFileJson =
  | { readonly file: string; readonly ok: boolean; readonly mode: 'asm' | 'elf'; readonly codeBytes: number; readonly counts: VerifyResult['counts']; readonly violations: VerifyResult['violations'] }
  | { readonly file: string; readonly ok: false; readonly error: readonly string[] };

export interface VerifyJson {
  readonly ok: boolean;
  readonly files: readonly VerifyFileJson[];
}

async function verifyFile(path: string, strict: boolean): Promise<VerifyResult> {
  const { verifyObject, verifyProgram } = await import('../../verifier/index.js');
  const bytes = readBinary(path);
  if (isElf(bytes) || /\.o$/.test(path)) {
    const { parseObject } = await import('../../loader/elf.js');
    return verifyObject(parseObject(bytes, path), { strict });
  }
  const text = asText(path, bytes, 'an ELF object or assembly text');
  await readAssembly(path); // our own diagnostics (file:line:col) for text that does not parse
  // Assembly: the verdict is that of the object `as --32` makes of it (verifier/assembly.ts).
  const { verifyAssembly } = await import('../../verifier/assembly.js');
  return verifyAssembly(path, text, { strict });
}

/** The diagnostic lines of a user error, or null for anything else (a bug: rethrown). */
function userError(e: unknown): string[] | null {
  if (e instanceof CliError) return [`twindrivers: error: ${e.message}`];
  if (e instanceof Error && (e.name === 'AsmError' || e.name === 'LoaderError' || e.name === 'AssemblyError')) return [e.message];
  if (e instanceof Error && e.name === 'DriverError') return [`twindrivers: error: ${e.message}`];
  if (e instanceof Error && e.name === 'AsmErrors') return (e as Error & { errors: readonly Error[] }).errors.map((x) => x.message);
  return null;
}

export function registerVerify(program: Command, ctx: Ctx): void {
  program
    .command('verify')
    .description('prove that rewritten code translates every non-stack access, checks every indirect transfer and return, and keeps no privileged instruction (machine code or assembly)')
    .argument('[files...]', 'relocatable objects (as --32 output of rewritten assembly) or rewritten assembly (.s)')
    .option(DRIVER_FLAGS, 'verify the rewritten module of a driver (a bundled one, or its original .s/.o parts) instead', collect, [] as string[])
    .option('--json', 'machine-readable output: {"ok", "files": [...]}, the same shape for one file or many')
    .option('--strict', 'analyse every jump landing also as an entry of its own, with any %ebp (the default; the loader gate uses it)')
    .option('--no-strict', 'jump landings only from their own function\'s jumps (the original design model: not sufficient for safety)')
    .action(async (files: string[], opts: { driver: string[]; json?: boolean; strict?: boolean }) => {
      if (files.length && opts.driver.length) throw usage('give files or --driver, not both');
      if (!files.length && !opts.driver.length) throw usage("missing required argument 'files' (or --driver)");
      const spec = opts.driver.length ? await readDriver(opts.driver) : undefined;
      const { formatOk, formatViolation, verifyObject } = await import('../../verifier/index.js');
      const results: VerifyFileJson[] = [];
      let unreadable = false, violated = false;
      for (const f of spec ? [spec.name] : files) {
        let r: VerifyResult;
        try {
          if (spec) {
            const { driverObjects } = await import('../../platform/driver-objects.js');
            r = verifyObject(driverObjects(spec, { portIo: 'helpers' }).rewritten, { strict: opts.strict ?? true });
          } else r = await verifyFile(f, opts.strict ?? true);
        } catch (e) {
          const lines = userError(e);
          if (!lines) throw e;
          for (const l of lines) ctx.io.stderr(l + '\n');
          results.push({ file: f, ok: false, error: lines });
          unreadable = true;
          continue;
        }
        if (!r.ok) violated = true;
        results.push({ file: r.file, mode: r.mode, ok: r.ok, codeBytes: r.codeBytes, counts: r.counts, violations: r.violations });
        if (opts.json) continue;
        if (r.ok) ctx.io.stdout(formatOk(r));
        else {
          for (const v of r.violations) ctx.io.stdout(formatViolation(v) + '\n');
          ctx.io.stdout(`${r.file}: FAILED: ${r.violations.length} violation${r.violations.length === 1 ? '' : 's'}\n`);
        }
      }
      if (opts.json) ctx.io.stdout(JSON.stringify({ ok: !unreadable && !violated, files: results } satisfies VerifyJson, null, 2) + '\n');
      ctx.exitCode = unreadable ? EXIT.input : violated ? EXIT.failed : EXIT.ok;
    });
}
