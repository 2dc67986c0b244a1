// `twindrivers verify FILE.o|FILE.s... [--json] [--no-strict]`: the independent verifier of rewritten
// drivers (src/verifier). Machine-code mode for ELF objects (detected by their magic); assembly is
// assembled with `as --32` and the object verified (violations located in the source). Exit
// codes: 0 every file verifies, 1 a violation was found, 2 an input cannot be verified at all
// (unreadable, not ELF / corrupt, assembly that does not parse or assemble) or bad usage.

import type { Command } from 'commander';
import { AsmError, AsmErrors } from '../../asm/diagnostics.js';
import { LoaderError, parseObject } from '../../loader/elf.js';
import { AssemblyError, verifyAssembly } from '../../verifier/assembly.js';
import { formatOk, formatViolation, verifyObject, type VerifyResult } from '../../verifier/index.js';
import { CliError } from '../errors.js';
import type { Ctx } from '../main.js';
import { readBinary } from '../io.js';

const EXIT_VIOLATION = 1;
const EXIT_BAD_INPUT = 2;

function isElf(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;
}

function verifyFile(path: string, strict: boolean): VerifyResult {
  let bytes: Uint8Array;
  try {
    bytes = readBinary(path);
  } catch (e) {
    if (e instanceof CliError) throw new CliError(e.message, EXIT_BAD_INPUT);
    throw e;
  }
  if (isElf(bytes) || /\.o$/.test(path)) {
    try {
      return verifyObject(parseObject(bytes, path), { strict });
    } catch (e) {
      if (e instanceof LoaderError) throw new CliError(e.message, EXIT_BAD_INPUT);
      throw e;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path}: neither an ELF object nor UTF-8 assembly text`, EXIT_BAD_INPUT);
  }
  // Assembly: the verdict is that of the object `as --32` makes of it (verifier/assembly.ts).
  try {
    return verifyAssembly(path, text, { strict });
  } catch (e) {
    if (e instanceof AssemblyError || e instanceof LoaderError) throw new CliError(e.message, EXIT_BAD_INPUT);
    throw e;
  }
}

export function registerVerify(program: Command, ctx: Ctx): void {
  program
    .command('verify')
    .description('prove that rewritten code translates every non-stack access, checks every indirect transfer and keeps no privileged instruction (machine code or assembly)')
    .argument('<files...>', 'relocatable objects (as --32 output of rewritten assembly) or rewritten assembly (.s)')
    .option('--json', 'machine-readable output')
    .option('--strict', 'analyse every jump landing also as an entry of its own, with any %ebp (the default; the loader gate uses it)')
    .option('--no-strict', 'jump landings only from their own function\'s jumps (the original design model: not sufficient for safety)')
    .action((files: string[], opts: { json?: boolean; strict?: boolean }) => {
      const results: unknown[] = [];
      let worst = 0;
      for (const f of files) {
        let r: VerifyResult;
        try {
          r = verifyFile(f, opts.strict ?? true);
        } catch (e) {
          if (e instanceof AsmErrors || e instanceof AsmError) {
            const errs = e instanceof AsmErrors ? e.errors : [e];
            for (const x of errs) ctx.io.stderr(x.message + '\n');
            if (opts.json) results.push({ file: f, ok: false, error: errs.map((x) => x.message) });
            worst = Math.max(worst, EXIT_BAD_INPUT);
            continue;
          }
          if (e instanceof CliError && e.exitCode === EXIT_BAD_INPUT) {
            ctx.io.stderr(`twindrivers: error: ${e.message}\n`);
            if (opts.json) results.push({ file: f, ok: false, error: [e.message] });
            worst = Math.max(worst, EXIT_BAD_INPUT);
            continue;
          }
          throw e;
        }
        if (!r.ok) worst = Math.max(worst, EXIT_VIOLATION);
        if (opts.json) {
          results.push({ file: r.file, mode: r.mode, ok: r.ok, codeBytes: r.codeBytes, counts: r.counts, violations: r.violations });
        } else if (r.ok) {
          ctx.io.stdout(formatOk(r));
        } else {
          for (const v of r.violations) ctx.io.stdout(formatViolation(v) + '\n');
          ctx.io.stdout(`${r.file}: FAILED: ${r.violations.length} violation${r.violations.length === 1 ? '' : 's'}\n`);
        }
      }
      if (opts.json) ctx.io.stdout(JSON.stringify(files.length === 1 ? results[0] : results, null, 2) + '\n');
      ctx.exitCode = worst;
    });
}
