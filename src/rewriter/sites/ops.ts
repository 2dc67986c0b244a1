// Operand builders the emitters share (re-exported from build.ts and asm/expr.ts), so that each
// emitter imports its vocabulary from one place.

export { absMem, copyDirective, copyInsn, Emitter, imm, indirect, mem, reg, target } from '../build.js';
export { addConst, constValue, num, sym, symbolPlusConst, type Expr } from '../../asm/expr.js';
