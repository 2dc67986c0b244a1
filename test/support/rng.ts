// Small deterministic PRNG (mulberry32) for seeded fuzzing and random test generation.

export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return Math.floor(this.next() * n); }
  u32(): number { return (this.next() * 4294967296) >>> 0; }
  pick<T>(a: readonly T[]): T { return a[this.int(a.length)]!; }
  bool(p = 0.5): boolean { return this.next() < p; }
}
