// Type declarations for dependencies that ship none.

declare module 'elfy' {
  interface ElfySection { name: string; type: string | number; flags: unknown; addr: number; off: number; size: number; link: number; info: number; addralign: number; entsize: number; data: Buffer }
  interface ElfyResult { body: { sections: ElfySection[]; programs: unknown[] }; [k: string]: unknown }
  const elfy: { parse(buf: Buffer): ElfyResult };
  export default elfy;
}
