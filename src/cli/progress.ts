// Progress on standard error for long commands (only when it is a terminal; otherwise nothing is
// written): a status line or a bar with a count and an estimate of the time left, redrawn in place
// and erased when done.

import type { CliIO } from './main.js';

export interface ProgressBar {
  status(text: string): void;
  update(done: number, total: number): void;
  done(): void;
}

export function progressBar(io: CliIO, label: string, width = 30): ProgressBar {
  if (!io.isTTY?.()) return { status: () => undefined, update: () => undefined, done: () => undefined };
  const t0 = Date.now();
  let last = 0;
  const draw = (s: string): void => io.stderr(`\r\x1b[K${s}`);
  return {
    status: (text) => draw(label ? `${label}: ${text}` : `  ${text}`),
    update: (done, total) => {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const frac = total ? done / total : 1;
      const fill = Math.round(frac * width);
      const eta = done ? ((now - t0) / done) * (total - done) / 1000 : 0;
      draw(`${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${total}${done < total && done ? ` ~${Math.ceil(eta)} s left` : ''}`);
    },
    done: () => draw(''),
  };
}

/** A `what: done/total packets` status line for the report collectors (nothing when not a TTY). */
export function progressLine(io: CliIO): { progress?: (what: string, done: number, total: number) => void; done(): void } {
  if (!io.isTTY?.()) return { done: () => undefined };
  const bar = progressBar(io, '');
  return {
    progress: (what, d, t) => bar.status(`${what}: ${d}/${t} packets`),
    done: () => bar.done(),
  };
}
