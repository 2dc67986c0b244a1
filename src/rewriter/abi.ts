// Moved to src/svm-runtime/abi.ts (the runtime contract); this re-export goes away once nothing imports it.
export * from '../svm-runtime/abi.js';
