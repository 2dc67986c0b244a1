// Owns `npm run driver:routines`: lists the kernel routines the e1000like driver object
// imports (its undefined symbols minus kernel data objects), marks the ten hot routines of
// the thesis, and fails (exit 1) if fewer than 40 routines are used or a hot one is missing.
// The object is (re)assembled from the committed .s when missing or older than it.

import {
  E1000LIKE,
  HOT_ROUTINES,
  KERNEL_DATA_SYMBOLS,
  MIN_KERNEL_ROUTINES,
  ensureObject,
  isMainModule,
  kernelRoutines,
  undefinedSymbols,
} from './driver-toolchain.js';

export interface RoutineReport {
  readonly routines: string[];
  readonly dataSymbols: string[];
  readonly missingHot: string[];
  readonly ok: boolean;
}

export function reportRoutines(objectPath: string): RoutineReport {
  const routines = kernelRoutines(objectPath);
  const present = new Set(routines);
  const dataSet = new Set(KERNEL_DATA_SYMBOLS);
  const dataSymbols = undefinedSymbols(objectPath).filter((name) => dataSet.has(name));
  const missingHot = HOT_ROUTINES.filter((name) => !present.has(name));
  return {
    routines,
    dataSymbols,
    missingHot,
    ok: routines.length >= MIN_KERNEL_ROUTINES && missingHot.length === 0,
  };
}

function main(): number {
  const objectPath = ensureObject(E1000LIKE);
  const report = reportRoutines(objectPath);
  const hot = new Set(HOT_ROUTINES);
  console.log(`kernel routines referenced by ${E1000LIKE.object}:`);
  for (const name of report.routines) console.log(`  ${name}${hot.has(name) ? '  [hot]' : ''}`);
  console.log(
    `${report.routines.length} kernel routines, ` +
      `${HOT_ROUTINES.length - report.missingHot.length}/${HOT_ROUTINES.length} hot`,
  );
  console.log(`kernel data symbols: ${report.dataSymbols.join(' ') || '(none)'}`);
  if (report.routines.length < MIN_KERNEL_ROUTINES) {
    console.error(`error: fewer than ${MIN_KERNEL_ROUTINES} kernel routines`);
  }
  if (report.missingHot.length > 0) {
    console.error(`error: hot routines missing: ${report.missingHot.join(' ')}`);
  }
  return report.ok ? 0 : 1;
}

if (isMainModule(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
