// The twindrivers library (`import { ... } from 'twindrivers'`): the public API, one group per job,
// each a re-export of the module that owns it. Everything the CLI does is reachable from here:
//
//   compile    compileC, ccFlags, KERNEL_CFLAGS          gcc -m32 -S with the kernel's flags
//   parse      parse, print, checkI386Text, checkAbsoluteCode      GNU as AT&T i386 <-> Program
//   rewrite    rewrite, derived                          the SVM rewrite of a Program
//   verify     verify, verifyObject, verifyProgram       the independent verifier
//   link/load  assemble, parseObject, link, bindTwin, driverObjects   GNU as, ELF32 objects, instances
//   run        runConfig, CONFIGS                        packets through one configuration
//   campaign   prepareCampaign, runCampaign, FAULT_TYPES fault injection
//   report     collectReport, renderHtml                 report data and the HTML report
//   listing    buildListingObject, listObject            objdump -dr style listing with source lines
//   emulate    emulateElf                                a static i386 ELF on the emulator
//
// Bad input throws an error whose message names the file (and line:column, for assembly) or the
// offending value: AsmError/AsmErrors (assembly), LoaderError (objects), DriverError (a driver the
// platform cannot build or bring up), ElfError (executables), CampaignFormatError (campaign JSON).
// Everything else thrown is a bug.

import type { Program } from './asm/ir.js';
import type { ObjectFile } from './loader/elf.js';
import { verifyObject, verifyProgram, type VerifyOptions, type VerifyResult } from './verifier/index.js';

// ---- compile -------------------------------------------------------------------------------------
export { DRIVER_EXTRA_CFLAGS, KERNEL_CFLAGS, driverCflags } from './toolchain/kernel-flags.js';
export { ccFlags, compileC, includeDir, type CompileOptions, type CompileResult } from './toolchain/cc.js';

// ---- parse / print -------------------------------------------------------------------------------
export { parse, type ParseOptions } from './asm/parser.js';
export { print, printInstruction, type PrintOptions } from './asm/printer.js';
export { AsmError, AsmErrors } from './asm/diagnostics.js';
export type { Comment, Directive, Instruction, Item, Label, MemOperand, Operand, Program, SourceLoc } from './asm/ir.js';
export { checkAbsoluteCode, checkI386Text } from './toolchain/input.js';

// ---- rewrite -------------------------------------------------------------------------------------
export { derived, rewrite, type Counters, type FunctionReport, type RewriteOptions, type RewriteReport, type RewriteResult } from './rewriter/rewrite.js';

// ---- verify --------------------------------------------------------------------------------------
export { formatOk, formatViolation, verifyObject, verifyProgram, type Counts, type Rule, type VerifyOptions, type VerifyResult, type Violation } from './verifier/index.js';

/**
 * Verifies rewritten code: machine code (an ObjectFile from parseObject, as the loader will map
 * it) or assembly (a Program from parse). `ok` is true when every non-stack access is translated,
 * every indirect transfer and return checked, and no privileged instruction is left.
 */
export function verify(code: ObjectFile | Program, opts: VerifyOptions = {}): VerifyResult {
  return 'sections' in code ? verifyObject(code, opts) : verifyProgram(code, opts);
}

// ---- link / load ---------------------------------------------------------------------------------
export { LoaderError, parseObject, type ElfReloc, type ElfSection, type ElfSymbol, type ObjectFile } from './loader/elf.js';
export { link, type ExternalResolver, type LinkedInstance, type LinkOptions } from './loader/link.js';
export { bindTwin, type Twin, type TwinOptions } from './loader/twin.js';
export { assemble, DriverError, driverObjects, type DriverObjects } from './platform/driver-objects.js';
export { sampleDriverAsm } from './util/paths.js';

// ---- run a configuration -------------------------------------------------------------------------
export { CONFIGS, VIA_HYPERVISOR, WITH_GUESTS, type ConfigName } from './platform/configs.js';
export { runConfig, type DirectionResult, type RunOptions, type RunReport } from './platform/run.js';
export { DEFAULT_COST, COST_SOURCES, parseCostOverrides, type CostParams, type Cycles } from './platform/cost.js';
export type { SafetyEvent } from './svm-runtime/runtime.js';

// ---- run a campaign ------------------------------------------------------------------------------
export { prepareCampaign, type CampaignContext, type CampaignOptions, type PrepareOptions, type Workload } from './inject/campaign.js';
export { runCampaign, type PoolOptions } from './inject/pool.js';
export {
  DETECTIONS, DOMAINS, FAULT_DESCRIPTIONS, FAULT_TYPES, OUTCOMES, TARGETS, VIAS,
  type CampaignResult, type CampaignSummary, type Corruption, type Detection, type Domain, type FaultRecord, type FaultType, type Outcome, type Target, type Via,
} from './inject/types.js';

// ---- collect a report ----------------------------------------------------------------------------
export { collectReport, collectStatic, type CollectOptions } from './report/collect.js';
export { renderHtml } from './report/html.js';
export { CampaignFormatError, parseCampaignJson } from './report/campaign.js';
export type { ReportData } from './report/types.js';

// ---- listing -------------------------------------------------------------------------------------
export { buildListingObject, CHECK_NAMES, listObject, markLines, type ListingOptions } from './listing/listing.js';

// ---- emulate -------------------------------------------------------------------------------------
export { ElfError, emulateElf, type EmulateOptions, type EmulateResult } from './emulator/elf-exec.js';
