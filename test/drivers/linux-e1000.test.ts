// The committed Linux 6.1 e1000 build (drivers/linux/e1000, `npm run build:linux`) and the layout
// modules generated from the same build: the four units assemble and link as one module with the
// imports the issue lists; they carry the kernel's flags; no committed file names the kernel
// tree's location; every offset the compiled driver itself uses (read back from gcc's
// -fverbose-asm operand comments) equals the generated layout; the marker parser and the
// e1000_hw.h macro filter reject what they must.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E1000_HW_MODULE, KERNEL_PROBE, LAYOUT_MODULE, LINUX_E1000_DIR } from '../../scripts/build-linux.js';
import { E1000_UNITS } from '../../scripts/build-linux/kernel-tree.js';
import { numericMacros, parseMarkers } from '../../scripts/build-linux/layout.js';
import * as L from '../../src/platform/linux/layout.generated.js';
import { E1000_HW } from '../../src/platform/linux/e1000-hw.generated.js';
import { ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

const unitPath = (u: string): string => path.join(ROOT, LINUX_E1000_DIR, `${u}.s`);
const asmText = new Map(E1000_UNITS.map((u) => [u, fs.readFileSync(unitPath(u), 'utf8')]));
const dir = tempDir('linux-e1000');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Layout = Record<string, number>;
const structs = L as unknown as Record<string, Layout>;

describe('Linux 6.1 e1000 assembly (committed build output)', () => {
  it('assembles unit by unit and links into one module whose imports are the kernel ABI the issue lists', () => {
    const objects = E1000_UNITS.map((u) => { const o = path.join(dir, `${u}.o`); assemble(unitPath(u), o); return o; });
    const linked = path.join(dir, 'e1000.o');
    execFileSync('ld', ['-m', 'elf_i386', '-r', '-o', linked, ...objects]);
    const nm = (args: string[]): string[] => execFileSync('nm', [...args, linked], { encoding: 'utf8' }).split('\n').filter(Boolean).map((l) => l.trim().split(/\s+/).pop()!);
    const undef = new Set(nm(['-u']));
    for (const s of ['__pci_register_driver', 'alloc_etherdev_mqs', 'register_netdev', 'netif_napi_add_weight', '__napi_schedule',
      'napi_gro_receive', 'napi_complete_done', 'dma_map_page_attrs', 'dma_alloc_attrs', 'request_threaded_irq', 'init_timer_key',
      'queue_delayed_work_on', '_raw_spin_lock_irqsave', 'dql_completed', 'eth_type_trans', 'kmalloc_trace', 'jiffies', 'mem_map',
      'softnet_data', '__preempt_count', 'current_task', 'param_ops_int', '__x86_indirect_thunk_edx', '__stack_chk_guard']) {
      expect(undef.has(s), s).toBe(true);
    }
    expect(undef.size).toBeGreaterThan(120);
    const defined = new Set(nm(['--defined-only']));
    for (const s of ['e1000_probe', 'e1000_open', 'e1000_xmit_frame', 'e1000_clean', 'e1000_intr', 'e1000_init_hw', 'e1000_read_eeprom',
      'e1000_read_phy_reg', 'e1000_validate_eeprom_checksum', 'e1000_check_options', 'e1000_set_ethtool_ops']) {
      expect(defined.has(s), s).toBe(true);
    }
  });

  it('was compiled by kbuild with the i386 kernel flags and says by which gcc', () => {
    for (const [u, text] of asmText) {
      expect(text.startsWith(`\t.file\t"${u}.c"\n`), u).toBe(true);
      const opts = /^# options passed: (.*)$/m.exec(text)?.[1]?.split(' ') ?? [];
      for (const f of ['-m32', '-O2', '-mregparm=3', '-freg-struct-return', '-fno-pic', '-mpreferred-stack-boundary=2', '-march=i686',
        '-ffreestanding', '-fno-omit-frame-pointer', '-fno-optimize-sibling-calls', '-msoft-float', '-mno-sse', '-mno-mmx',
        '-fno-asynchronous-unwind-tables', '-fno-strict-aliasing', '-fno-common', '-fno-delete-null-pointer-checks']) {
        expect(opts, `${u}: ${f}`).toContain(f);
      }
      expect(text).toMatch(/^# GNU C11 \(Debian 12\.2\.0-14\+deb12u1\) version 12\.2\.0/m);
    }
    const readme = fs.readFileSync(path.join(ROOT, 'drivers/linux/README.md'), 'utf8');
    expect(readme).toContain('gcc (Debian 12.2.0-14+deb12u1) 12.2.0');
    for (const m of [LAYOUT_MODULE, E1000_HW_MODULE]) {
      expect(fs.readFileSync(path.join(ROOT, m), 'utf8')).toContain('with gcc (Debian 12.2.0-14+deb12u1) 12.2.0');
    }
  });

  it('names no absolute path: only tree-relative source paths', () => {
    for (const f of [...E1000_UNITS.map(unitPath), path.join(ROOT, LAYOUT_MODULE), path.join(ROOT, E1000_HW_MODULE), path.join(ROOT, KERNEL_PROBE)]) {
      const text = fs.readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/(^|[\s"'(])\/(tmp|var|work|home|root|usr\/src)\//m);
    }
    expect(asmText.get('e1000_main')).toContain('.string\t"drivers/net/ethernet/intel/e1000/e1000_main.c"');
  });
});

describe('kernel layouts generated from the same build', () => {
  // `disp(%reg)  # var_N(D)->member` in gcc's operand comments: the driver's own use of an offset.
  const VAR_STRUCT: Record<string, string> = {
    skb: 'sk_buff', netdev: 'net_device', adapter: 'e1000_adapter', pdev: 'pci_dev', tx_ring: 'e1000_tx_ring', txdr: 'e1000_tx_ring',
    rx_ring: 'e1000_rx_ring', rxdr: 'e1000_rx_ring', ring: 'e1000_rx_ring', rx_desc: 'e1000_rx_desc', tx_desc: 'e1000_tx_desc',
    eop_desc: 'e1000_tx_desc', context_desc: 'e1000_context_desc', napi: 'napi_struct', hw: 'e1000_hw', shinfo: 'skb_shared_info',
    ha: 'netdev_hw_addr',
  };
  /** Variables whose type depends on the unit (e1000_ethtool.c names its ethtool arguments so). */
  const UNIT_VAR_STRUCT: Record<string, Record<string, string>> = {
    e1000_ethtool: { cmd: 'ethtool_link_ksettings', ring: 'ethtool_ringparam', eeprom: 'ethtool_eeprom', ec: 'ethtool_coalesce',
      wol: 'ethtool_wolinfo', pause: 'ethtool_pauseparam', regs: 'ethtool_regs', eth_test: 'ethtool_test' },
    e1000_hw: { eeprom: '' }, // struct e1000_eeprom_info: not probed
  };
  /** Embedded struct members, for `var->a.b`: the struct type of `a`. */
  const MEMBER_TYPE: Record<string, string> = { 'ethtool_link_ksettings.base': 'ethtool_link_settings', 'netdev_hw_addr.list': 'list_head' };
  const INSN = /^\t[a-z0-9]+\t([^#\n]*?)\t# (.*)$/gm;
  const MEM = /^(\d+)\(%e(?!bp|sp)[a-z]{2}\)$/; // disp(%base): no index, not a stack slot
  const EXPR = /^([a-z_]+?)_\d+(?:\(D\))?->([a-z_0-9]+)(?:\.([a-z_0-9]+))?$/;
  /** Operands split at top-level commas (not those inside parentheses). */
  const operands = (text: string): string[] => {
    const out: string[] = [];
    let depth = 0, cur = '';
    for (const ch of text) {
      if (ch === ',' && depth === 0) { out.push(cur.trim()); cur = ''; continue; }
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      cur += ch;
    }
    out.push(cur.trim());
    return out;
  };

  it('agree with every offset the compiled e1000 uses through a typed pointer', () => {
    let checked = 0;
    const seen = new Set<string>();
    for (const [unit, text] of asmText) {
      for (const m of text.matchAll(INSN)) {
        const ops = operands(m[1]!), exprs = m[2]!.split(', ');
        if (ops.length !== exprs.length) continue;
        ops.forEach((op, i) => {
          const mem = MEM.exec(op), e = EXPR.exec(exprs[i]!.trim());
          const outer = e && (UNIT_VAR_STRUCT[unit]?.[e[1]!] ?? VAR_STRUCT[e[1]!]);
          if (!mem || !e || !outer) return;
          let struct = outer, member = e[2]!, base = 0;
          if (e[3]) {
            const inner = MEMBER_TYPE[`${outer}.${member}`];
            if (!inner) return; // a member of an embedded struct the test does not know the type of
            base = structs[outer]![member]!;
            struct = inner;
            member = e[3];
          }
          const bit = (L as unknown as Record<string, Record<string, { byte: number }>>)[`${struct}_bits`]?.[member];
          const off = bit ? bit.byte : structs[struct]?.[member];
          expect(off, `${struct}.${member} is not in the layout`).toBeTypeOf('number');
          // gcc may touch one byte or word of a member (`testb $1, 105(%eax)` for a flag of a u32,
          // the high half of a u64): the displacement lies inside the member.
          const width = bit ? 1 : Math.max(1, structs[`${struct}_sizes`]![member]!);
          const disp = Number(mem[1]) - base;
          expect(disp >= off! && disp < off! + width, `${struct}.${member} at ${off} (${width} bytes) used at ${disp}`).toBe(true);
          checked++;
          seen.add(struct);
        });
      }
    }
    expect(checked).toBeGreaterThan(200);
    for (const s of ['sk_buff', 'net_device', 'e1000_adapter', 'pci_dev', 'e1000_tx_ring', 'e1000_rx_ring', 'e1000_hw', 'e1000_context_desc',
      'ethtool_link_settings', 'ethtool_ringparam', 'ethtool_eeprom', 'ethtool_pauseparam']) expect(seen.has(s), s).toBe(true);
  });

  it('covers the structures the dom0 model touches, each member inside its struct', () => {
    const sizeof = L.SIZEOF as Record<string, number>;
    for (const s of ['net_device', 'sk_buff', 'skb_shared_info', 'napi_struct', 'page', 'pci_dev', 'device', 'timer_list', 'work_struct',
      'delayed_work', 'ethtool_ops', 'net_device_ops', 'dql', 'netdev_queue', 'softnet_data', 'pci_driver', 'pci_device_id', 'resource',
      'kernel_param', 'kparam_array', 'netdev_hw_addr_list', 'ethtool_drvinfo', 'ethtool_link_ksettings', 'irqaction', 'page_frag_cache',
      'dma_map_ops', 'device_dma_parameters', 'hrtimer', 'task_struct', 'ethtool_gstrings', 'ethtool_perm_addr']) {
      expect(sizeof[s], s).toBeGreaterThan(0);
      const offs = structs[s]!, widths = structs[`${s}_sizes`]!;
      expect(Object.keys(offs).length, s).toBeGreaterThan(0);
      const flex: readonly string[] = (L.FLEXIBLE as Record<string, readonly string[]>)[s] ?? [];
      for (const [m, off] of Object.entries(offs)) {
        expect(off + (flex.includes(m) ? 0 : widths[m] ?? 0), `${s}.${m}`).toBeLessThanOrEqual(sizeof[s]!);
      }
    }
    expect(L.sk_buff.len).toBeLessThan(L.sk_buff.data_len);
    expect(L.delayed_work.work).toBe(0);
    expect(L.delayed_work.timer).toBeGreaterThanOrEqual(L.SIZEOF.work_struct);
    expect(L.skb_shared_info.frags + L.LINUX.MAX_SKB_FRAGS * L.SIZEOF.skb_frag_t).toBeLessThanOrEqual(L.SIZEOF.skb_shared_info);
  });

  it('decodes bit-fields as byte + mask, consistent with the kernel\'s own helpers', () => {
    // CLONED_MASK is bit 0 of the byte at __cloned_offset; PKT_TYPE_MAX (7) fills pkt_type at __pkt_type_offset.
    expect(L.sk_buff_bits.cloned).toEqual({ byte: L.sk_buff.__cloned_offset, mask: 1, shift: 0, width: 1 });
    expect(L.sk_buff_bits.pkt_type).toMatchObject({ byte: L.sk_buff.__pkt_type_offset, mask: 7, width: 3 });
    expect(L.sk_buff_bits.ip_summed.width).toBe(2);
    expect(L.pci_dev_bits.is_busmaster.width).toBe(1);
  });

  it('has the i386 defconfig constants', () => {
    expect(L.LINUX.PAGE_SIZE).toBe(2 ** L.LINUX.PAGE_SHIFT);
    expect(L.LINUX.PAGE_OFFSET).toBe(0xc0000000);
    expect(L.LINUX.HZ).toBe(1000);
    expect(L.SIZEOF.dma_addr_t).toBe(4);
    expect(L.SIZEOF.netdev_features_t).toBe(8);
    expect(L.LINUX.DMA_MAPPING_ERROR).toBe(0xffffffff);
    expect(L.LINUX.NETDEV_TX_BUSY).toBe(0x10);
  });

  it('e1000_hw.h facts: registers, EEPROM checksum, PHY id', () => {
    expect(E1000_HW.E1000_CTRL).toBe(0);
    expect(E1000_HW.E1000_STATUS).toBe(8);
    expect(E1000_HW.EEPROM_SUM).toBe(0xbaba);
    expect(E1000_HW.M88E1011_I_PHY_ID).toBe(0x01410c20);
    expect(E1000_HW.E1000_TDT).toBe(0x3818);
    expect('INTEL_CE_GBE_MDIO_RCOMP_BASE' in E1000_HW).toBe(false); // a variable (hw->...), not a constant
  });
});

describe('build:linux marker parser and macro filter', () => {
  it('parses each marker kind and formats unsigned constants', () => {
    const l = parseMarkers([
      '#@linux struct foo 8 4\t#', '#@linux off foo a 0', '#@linux width foo a 4', '#@linux bit foo b 4 6 #,',
      '#@linux flex foo c 2', '#@linux type long 4', '#@linux const X -1', '#@linux uconst Y -1',
    ].join('\n'), 't.s');
    expect(l.structs.get('foo')!.offsets.get('a')).toBe(0);
    expect(l.structs.get('foo')!.bits.get('b')).toEqual({ byte: 4, mask: 6 });
    expect(l.structs.get('foo')!.flexible.has('c')).toBe(true);
    expect(l.constants.get('X')!.value).toBe(-1);
    expect(l.constants.get('Y')!.value).toBe(0xffffffff);
  });

  it('rejects duplicates, orphans, malformed values, unknown kinds and missing bit-fields with file:line', () => {
    expect(() => parseMarkers('#@linux const X 1\n#@linux const X 2', 'p.s')).toThrow(/p\.s:2: duplicate X/);
    expect(() => parseMarkers('#@linux off foo a 0', 'p.s')).toThrow(/p\.s:1: member of struct foo before/);
    expect(() => parseMarkers('#@linux const X 0x10', 'p.s')).toThrow(/p\.s:1: '0x10' is not an integer/);
    expect(() => parseMarkers('#@linux what X 1', 'p.s')).toThrow(/unknown marker kind 'what'/);
    expect(() => parseMarkers('#@linux struct s 4 4\n#@linux bit s f 1000000 0', 'p.s')).toThrow(/bit-field s\.f not found/);
    expect(() => parseMarkers('nothing here', 'p.s')).toThrow(/no #@linux markers/);
  });

  it('keeps integer macros (through other macros and casts) and drops what reaches a variable', () => {
    const names = numericMacros([
      '#define A 0x10', '#define B (A | 0x1) /* comment */', '#define C ((u32)B << 2)', '#define BASE (hw->base)',
      '#define D (BASE + 4)', '#define F(x) ((x) * 2)', '#define G F(3)', '#define S "str"', '#define M \\', '  (A + \\', '   1)',
    ].join('\n'));
    expect(names).toEqual(['A', 'B', 'C', 'G', 'M']);
  });
});
