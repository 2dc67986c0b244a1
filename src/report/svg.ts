// Small inline-SVG chart helpers for the HTML report: horizontal bar charts, grouped or stacked,
// with a value axis (ticks, grid, unit label), category labels, a legend and value labels.
// Output is a self-contained <svg> element: no scripts, no external references, all text escaped.
//
// Invariants: every string that reaches the output passes through esc(); a chart's height grows
// with its categories, so nothing is clipped; non-finite or negative values draw as zero-length
// bars and print as '–'.

/** Escapes text for HTML/XML content and double-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Colour-blind-safe palette (Okabe-Ito), in series order. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C8C8C', '#F0E442', '#000000'] as const;

export interface Series {
  readonly name: string;
  readonly values: readonly number[];
  readonly color?: string;
}

export interface BarChartSpec {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly Series[];
  /** Segments of one bar per category (true) or one bar per series side by side (false). */
  readonly stacked?: boolean;
  /** Label of the value axis. */
  readonly unit: string;
  readonly width?: number;
  readonly format?: (v: number) => string;
  /** Values are counts: axis ticks at whole numbers only. */
  readonly integer?: boolean;
}

const FONT = 12;
const CHAR_W = 6.6;
const MAX_LABEL_CHARS = 38;

/** Compact number: 1234 -> 1,234; 12345678 -> 12M; 2.5e9 -> 2.5G; 0.123 -> 0.123. */
export function compact(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1e9) return (v / 1e9).toFixed(a >= 1e10 ? 0 : 1) + 'G';
  if (a >= 1e6) return (v / 1e6).toFixed(a >= 1e7 ? 0 : 1) + 'M';
  if (a >= 1000) return Math.round(v).toLocaleString('en-US');
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1).replace(/\.0$/, '');
  if (a === 0) return '0';
  return v.toPrecision(3).replace(/\.?0+$/, '');
}

/** Axis ticks 0..>=max with a 1/2/2.5/5 x 10^k step (at least 1 when `integer`). */
export function niceTicks(max: number, target = 5, integer = false): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = integer ? Math.max(1, max / target) : max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw && (!integer || Number.isInteger(s))) ?? 10 * mag;
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const t = i * step;
    ticks.push(Number(t.toPrecision(12)));
    if (t >= max) break;
  }
  return ticks;
}

const clean = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 0);
const shorten = (s: string): string => (s.length > MAX_LABEL_CHARS ? s.slice(0, MAX_LABEL_CHARS - 1) + '…' : s);
const r1 = (v: number): string => (Math.round(v * 10) / 10).toString();

/** A horizontal bar chart as an <svg> element string. */
export function barChart(spec: BarChartSpec): string {
  const width = spec.width ?? 760;
  const fmt = spec.format ?? compact;
  const stacked = spec.stacked ?? false;
  const cats = spec.categories;
  const series = spec.series.map((s, i) => ({ ...s, color: s.color ?? PALETTE[i % PALETTE.length]! }));
  const labelW = Math.min(MAX_LABEL_CHARS, Math.max(4, ...cats.map((c) => shorten(c).length))) * CHAR_W + 10;
  const left = labelW + 8;
  const right = 70;
  const plotW = Math.max(120, width - left - right);
  const titleH = 22;

  // Legend: swatches in rows that fit the width.
  const legend: string[] = [];
  let lx = left, ly = titleH + 4;
  for (const s of series) {
    const w = 18 + s.name.length * CHAR_W + 16;
    if (lx + w > width - 10 && lx > left) { lx = left; ly += 18; }
    legend.push(`<rect x="${r1(lx)}" y="${ly}" width="12" height="12" fill="${esc(s.color)}"/><text x="${r1(lx + 17)}" y="${ly + 10}">${esc(s.name)}</text>`);
    lx += w;
  }
  const top = ly + 26;

  const barH = stacked || series.length === 1 ? 16 : 11;
  const rowH = stacked || series.length === 1 ? barH + 8 : barH * series.length + 10;
  const totals = cats.map((_, i) => (stacked ? series.reduce((a, s) => a + clean(s.values[i] ?? 0), 0) : Math.max(0, ...series.map((s) => clean(s.values[i] ?? 0)))));
  const ticks = niceTicks(Math.max(0, ...totals), 5, spec.integer ?? false);
  const axisMax = ticks[ticks.length - 1]!;
  const x = (v: number): number => left + (clean(v) / axisMax) * plotW;
  const plotH = Math.max(rowH, cats.length * rowH);
  const height = top + plotH + 44;

  const parts: string[] = [];
  parts.push(`<svg class="chart" width="${width}" height="${r1(height)}" viewBox="0 0 ${width} ${r1(height)}" role="img" font-family="system-ui, sans-serif" font-size="${FONT}">`);
  parts.push(`<title>${esc(spec.title)}</title>`);
  parts.push(`<text x="8" y="16" font-weight="600" font-size="13">${esc(spec.title)}</text>`);
  parts.push(...legend);
  // Grid and value axis.
  for (const t of ticks) {
    const tx = r1(x(t));
    parts.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${r1(top + plotH)}" stroke="#ddd"/>`);
    parts.push(`<text x="${tx}" y="${r1(top + plotH + 15)}" text-anchor="middle" fill="#444">${esc(fmt(t))}</text>`);
  }
  parts.push(`<line x1="${left}" y1="${top - 4}" x2="${left}" y2="${r1(top + plotH)}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" y1="${r1(top + plotH)}" x2="${r1(left + plotW)}" y2="${r1(top + plotH)}" stroke="#333"/>`);
  parts.push(`<text x="${r1(left + plotW / 2)}" y="${r1(top + plotH + 34)}" text-anchor="middle" fill="#222">${esc(spec.unit)}</text>`);

  cats.forEach((cat, i) => {
    const y0 = top + i * rowH + 4;
    const midY = stacked || series.length === 1 ? y0 + barH / 2 : y0 + (barH * series.length) / 2;
    parts.push(`<text x="${r1(left - 8)}" y="${r1(midY + 4)}" text-anchor="end"><title>${esc(cat)}</title>${esc(shorten(cat))}</text>`);
    if (stacked) {
      let acc = 0;
      for (const s of series) {
        const v = clean(s.values[i] ?? 0);
        if (v > 0) {
          const xa = x(acc), xb = x(acc + v);
          parts.push(`<rect x="${r1(xa)}" y="${r1(y0)}" width="${r1(Math.max(0.5, xb - xa))}" height="${barH}" fill="${esc(s.color)}"><title>${esc(`${cat} — ${s.name}: ${fmt(v)}`)}</title></rect>`);
        }
        acc += v;
      }
      parts.push(`<text x="${r1(x(acc) + 4)}" y="${r1(midY + 4)}" fill="#222">${esc(fmt(acc))}</text>`);
    } else {
      series.forEach((s, k) => {
        const raw = s.values[i];
        const v = clean(raw ?? 0);
        const y = y0 + k * barH;
        if (v > 0) parts.push(`<rect x="${left}" y="${r1(y)}" width="${r1(Math.max(0.5, x(v) - left))}" height="${barH - 1}" fill="${esc(s.color)}"><title>${esc(`${cat} — ${s.name}: ${fmt(v)}`)}</title></rect>`);
        const shown = raw === undefined || !Number.isFinite(raw) || raw < 0 ? '–' : fmt(raw);
        parts.push(`<text x="${r1(x(v) + 4)}" y="${r1(y + barH - 2)}" fill="#222" font-size="${barH < 14 ? 10 : FONT}">${esc(shown)}</text>`);
      });
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface TornadoRow {
  readonly label: string;
  /** The result with the parameter halved, and doubled. */
  readonly halved: number;
  readonly doubled: number;
}

export interface TornadoSpec {
  readonly title: string;
  /** The result with every parameter as run: the centre line. */
  readonly base: number;
  readonly rows: readonly TornadoRow[];
  /** A reference value drawn as a dashed line (e.g. the thesis's figure). */
  readonly reference?: { readonly value: number; readonly label: string };
  readonly unit: string;
  readonly width?: number;
  readonly format?: (v: number) => string;
}

/**
 * A tornado chart as an <svg> element string: per row, two bars from the centre line to the
 * result with the parameter halved (upper) and doubled (lower); rows as given (largest swing first).
 */
export function tornadoChart(spec: TornadoSpec): string {
  const width = spec.width ?? 760;
  const fmt = spec.format ?? ((v: number) => v.toFixed(2));
  const colors = { halved: PALETTE[0], doubled: PALETTE[5] };
  const labelW = Math.min(MAX_LABEL_CHARS, Math.max(4, ...spec.rows.map((r) => shorten(r.label).length))) * CHAR_W + 10;
  const left = labelW + 8, right = 60, plotW = Math.max(160, width - left - right);
  const vals = [spec.base, ...spec.rows.flatMap((r) => [r.halved, r.doubled]), ...(spec.reference ? [spec.reference.value] : [])].filter(Number.isFinite);
  let lo = Math.min(...vals), hi = Math.max(...vals);
  if (!(hi > lo)) { lo -= 0.5; hi += 0.5; }
  const pad = (hi - lo) * 0.08;
  lo = Math.max(0, lo - pad); hi += pad;
  const x = (v: number): number => left + ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * plotW;
  const top = 48, rowH = 26, barH = 9;
  const plotH = Math.max(rowH, spec.rows.length * rowH);
  const height = top + plotH + 44;
  const parts: string[] = [];
  parts.push(`<svg class="chart" width="${width}" height="${r1(height)}" viewBox="0 0 ${width} ${r1(height)}" role="img" font-family="system-ui, sans-serif" font-size="${FONT}">`);
  parts.push(`<title>${esc(spec.title)}</title>`);
  parts.push(`<text x="8" y="16" font-weight="600" font-size="13">${esc(spec.title)}</text>`);
  let lx = left;
  for (const [name, c] of [['parameter halved', colors.halved], ['parameter doubled', colors.doubled]] as const) {
    parts.push(`<rect x="${r1(lx)}" y="26" width="12" height="12" fill="${esc(c)}"/><text x="${r1(lx + 17)}" y="36">${esc(name)}</text>`);
    lx += 18 + name.length * CHAR_W + 16;
  }
  for (const t of niceTicks(hi, 6).filter((t) => t >= lo && t <= hi)) {
    const tx = r1(x(t));
    parts.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${r1(top + plotH)}" stroke="#eee"/>`);
    parts.push(`<text x="${tx}" y="${r1(top + plotH + 15)}" text-anchor="middle" fill="#444">${esc(fmt(t))}</text>`);
  }
  parts.push(`<text x="${r1(left + plotW / 2)}" y="${r1(top + plotH + 34)}" text-anchor="middle" fill="#222">${esc(spec.unit)}</text>`);
  spec.rows.forEach((r, i) => {
    const y0 = top + i * rowH + 3;
    parts.push(`<text x="${r1(left - 8)}" y="${r1(y0 + barH + 4)}" text-anchor="end"><title>${esc(r.label)}</title>${esc(shorten(r.label))}</text>`);
    ([['halved', r.halved, y0], ['doubled', r.doubled, y0 + barH + 1]] as const).forEach(([k, v, y]) => {
      if (!Number.isFinite(v)) return;
      const a = x(Math.min(v, spec.base)), b = x(Math.max(v, spec.base));
      parts.push(`<rect x="${r1(a)}" y="${r1(y)}" width="${r1(Math.max(0.5, b - a))}" height="${barH}" fill="${esc(colors[k])}"><title>${esc(`${r.label} ${k}: ${fmt(v)}`)}</title></rect>`);
      parts.push(`<text x="${r1(v < spec.base ? a - 3 : b + 3)}" y="${r1(y + barH - 1)}" text-anchor="${v < spec.base ? 'end' : 'start'}" font-size="10" fill="#222">${esc(fmt(v))}</text>`);
    });
  });
  parts.push(`<line x1="${r1(x(spec.base))}" y1="${top - 6}" x2="${r1(x(spec.base))}" y2="${r1(top + plotH)}" stroke="#000" stroke-width="1.5"><title>${esc(`model: ${fmt(spec.base)}`)}</title></line>`);
  parts.push(`<text x="${r1(x(spec.base))}" y="${top - 8}" text-anchor="middle" font-size="10">${esc(`model ${fmt(spec.base)}`)}</text>`);
  if (spec.reference && Number.isFinite(spec.reference.value)) {
    const rx = r1(x(spec.reference.value));
    parts.push(`<line x1="${rx}" y1="${top - 6}" x2="${rx}" y2="${r1(top + plotH)}" stroke="#D55E00" stroke-dasharray="4 3" stroke-width="1.5"><title>${esc(`${spec.reference.label}: ${fmt(spec.reference.value)}`)}</title></line>`);
    parts.push(`<text x="${rx}" y="${r1(top + plotH + 28)}" text-anchor="middle" font-size="10" fill="#D55E00">${esc(`${spec.reference.label} ${fmt(spec.reference.value)}`)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
