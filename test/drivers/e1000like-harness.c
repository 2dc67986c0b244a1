/*
 * Native run of the e1000like driver (twindrivers test fixture, used by native.test.ts).
 *
 * Owns a freestanding i386 program that links the driver object assembled from the
 * committed e1000like.s with
 *   - a mock dom0 kernel: every routine and data symbol the driver imports, with the
 *     semantics drivers/e1000like/README.md and drivers/include document (a reference for
 *     the TypeScript kernel model), plus leak accounting;
 *   - an e1000-like NIC model following DESIGN.md section 4 and e1000like.h.  BAR0 is a
 *     page-protected buffer: every driver MMIO access faults, the SIGSEGV handler opens the
 *     page and single-steps the access (TF), and the SIGTRAP handler applies the register
 *     semantics (ICR/GPRC/GPTC clear on read, IMS/IMC/ICS, CTRL.RST, EERD, TDT starts
 *     transmission) before closing the page again;
 * and drives the platform call sequence: init_module/probe, open, LSC interrupt, watchdog,
 * transmit (linear + page fragments), receive (copy-break, large, broadcast, ring wrap,
 * overflow), ring-full stop/wake, NETDEV_TX_LOCKED, ethtool requests, ring resize, resets,
 * link loss, close and remove.
 *
 * Exit status: 0 all checks passed, 1 some check failed (listed on stdout), 77 the host
 * cannot provide what the harness needs (32-bit syscalls, TLS segment, signals).
 * Build: gcc -m32 -O1 -mregparm=3 -ffreestanding -fno-builtin -fno-pic -fno-stack-protector
 *        -I drivers/include -I drivers/e1000like -c; link with the driver object using
 *        gcc -m32 -nostdlib -static -fno-pie -no-pie.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/skbuff.h>
#include <linux/netdevice.h>
#include <linux/ethtool.h>
#include <linux/pci.h>
#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <asm/io.h>
#include <asm/uaccess.h>
#include "e1000like.h"

/* The harness itself uses ordinary functions (gcc may also call them implicitly). */
#undef memcpy
#undef memset

typedef __builtin_va_list va_list;
#define va_start __builtin_va_start
#define va_arg __builtin_va_arg
#define va_end __builtin_va_end

#define EXIT_ENV 77

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int main(void);

void *memcpy(void *dst, const void *src, size_t n)
{
	u8 *d = dst;
	const u8 *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	u8 *d = dst;

	while (n--)
		*d++ = (u8)c;
	return dst;
}

static size_t str_len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

/* ------------------------------------------------------------ system calls */

static long sys4(long nr, long a, long b, long c, long d)
{
	long r;

	__asm__ __volatile__("int $0x80" : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d) : "memory");
	return r;
}

#define SYS_EXIT 1
#define SYS_WRITE 4
#define SYS_MPROTECT 125
#define SYS_RT_SIGRETURN 173
#define SYS_RT_SIGACTION 174
#define SYS_SET_THREAD_AREA 243

static void __attribute__((noreturn)) sys_exit(int code)
{
	sys4(SYS_EXIT, code, 0, 0, 0);
	for (;;)
		;
}

static void out(const char *s, size_t n)
{
	sys4(SYS_WRITE, 1, (long)s, (long)n, 0);
}

/* ------------------------------------------------------------ formatting */

static int vformat(char *buf, size_t size, const char *fmt, va_list ap)
{
	size_t n = 0;

#define PUT(ch)                      \
	do {                         \
		if (n + 1 < size)    \
			buf[n] = (ch); \
		n++;                 \
	} while (0)
	for (; *fmt; fmt++) {
		char tmp[32], pad = ' ';
		int t = 0, width = 0, lng = 0, neg = 0;
		unsigned long long v;
		const char *s;

		if (*fmt != '%') {
			PUT(*fmt);
			continue;
		}
		fmt++;
		if (*fmt == '0') {
			pad = '0';
			fmt++;
		}
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		while (*fmt == 'l') {
			lng++;
			fmt++;
		}
		switch (*fmt) {
		case 's':
			for (s = va_arg(ap, const char *); *s; s++)
				PUT(*s);
			continue;
		case 'c':
			PUT((char)va_arg(ap, int));
			continue;
		case 'd': {
			long long x = lng == 2 ? va_arg(ap, long long) : va_arg(ap, int);

			if (x < 0) {
				neg = 1;
				x = -x;
			}
			v = (unsigned long long)x;
			goto decimal;
		}
		case 'u':
			v = lng == 2 ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned int);
decimal:
			do {
				tmp[t++] = (char)('0' + v % 10);
				v /= 10;
			} while (v);
			if (neg)
				tmp[t++] = '-';
			break;
		case 'x':
			v = lng == 2 ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned int);
			do {
				tmp[t++] = "0123456789abcdef"[v % 16];
				v /= 16;
			} while (v);
			break;
		default:
			PUT('%');
			PUT(*fmt);
			continue;
		}
		while (t < width)
			tmp[t++] = pad;
		while (t)
			PUT(tmp[--t]);
	}
	if (size)
		buf[n < size ? n : size - 1] = 0;
	return (int)n;
#undef PUT
}

static void say(const char *fmt, ...)
{
	char b[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vformat(b, sizeof(b), fmt, ap);
	va_end(ap);
	out(b, (size_t)n < sizeof(b) ? (size_t)n : sizeof(b) - 1);
}

static int failures;
#define CHECK(c)                                                        \
	do {                                                            \
		if (!(c)) {                                             \
			failures++;                                     \
			say("CHECK FAILED line %d: %s\n", __LINE__, #c); \
		}                                                       \
	} while (0)

/* ============================================================ mock dom0 kernel */

int printk(const char *fmt, ...)
{
	char b[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vformat(b, sizeof(b), fmt, ap);
	va_end(ap);
	out("  [printk] ", 11);
	out(b, (size_t)n < sizeof(b) ? (size_t)n : sizeof(b) - 1);
	return n;
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vformat(buf, 4096, fmt, ap);
	va_end(ap);
	return n;
}

size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = str_len(src);

	if (size) {
		size_t c = len < size - 1 ? len : size - 1;

		memcpy(dst, src, c);
		dst[c] = 0;
	}
	return len;
}

/* kernel data symbols */
volatile unsigned long jiffies = 1000;
volatile unsigned char evtchn_upcall_mask;
int cpu_number;
int __preempt_count;

/* memory: a bump heap; frees are only counted (leak accounting) */
static u8 heap[16 << 20] __attribute__((aligned(4096)));
static size_t heap_top;
static int live_kmalloc, live_vmalloc, live_coherent, live_skbs, live_maps;

static void *heap_alloc(size_t n, size_t align)
{
	void *p;

	heap_top = (heap_top + align - 1) & ~(align - 1);
	p = heap + heap_top;
	heap_top += n;
	if (heap_top > sizeof(heap)) {
		say("heap exhausted\n");
		sys_exit(3);
	}
	memset(p, 0xA5, n);
	return p;
}

void *__kmalloc(size_t size, gfp_t flags)
{
	live_kmalloc++;
	return heap_alloc(size, 8);
}

void *kzalloc(size_t size, gfp_t flags)
{
	void *p = __kmalloc(size, flags);

	memset(p, 0, size);
	return p;
}

void kfree(const void *p)
{
	if (p)
		live_kmalloc--;
}

void *vmalloc(unsigned long size)
{
	live_vmalloc++;
	return heap_alloc(size, 4096);
}

void vfree(void *p)
{
	if (p)
		live_vmalloc--;
}

/* DMA: bus address = kernel virtual address (identity IOMMU) */
void *dma_alloc_coherent(struct device *dev, size_t size, dma_addr_t *handle, gfp_t gfp)
{
	void *p = heap_alloc(size, 4096);

	memset(p, 0, size);
	*handle = (dma_addr_t)p;
	live_coherent++;
	return p;
}

void dma_free_coherent(struct device *dev, size_t size, void *vaddr, dma_addr_t handle)
{
	CHECK((dma_addr_t)vaddr == handle);
	live_coherent--;
}

dma_addr_t dma_map_single(struct device *dev, void *ptr, size_t size, enum dma_data_direction dir)
{
	live_maps++;
	return (dma_addr_t)ptr;
}

void dma_unmap_single(struct device *dev, dma_addr_t addr, size_t size, enum dma_data_direction dir)
{
	CHECK(addr != 0);
	live_maps--;
}

/* The harness keeps each fragment page's virtual address in page->mapping. */
dma_addr_t dma_map_page(struct device *dev, struct page *page, unsigned long offset, size_t size,
			enum dma_data_direction dir)
{
	live_maps++;
	return (dma_addr_t)((u8 *)page->mapping + offset);
}

void dma_unmap_page(struct device *dev, dma_addr_t addr, size_t size, enum dma_data_direction dir)
{
	CHECK(addr != 0);
	live_maps--;
}

/* socket buffers */
struct sk_buff *__netdev_alloc_skb(struct net_device *dev, unsigned int length, gfp_t gfp)
{
	struct sk_buff *skb = heap_alloc(sizeof(*skb), 4);
	unsigned int size = (length + NET_SKB_PAD + 31) & ~31u;
	u8 *data = heap_alloc(size + sizeof(struct skb_shared_info), 32);

	memset(skb, 0, sizeof(*skb));
	skb->head = data;
	skb->data = skb->tail = data + NET_SKB_PAD;
	skb->end = data + size;
	memset(skb->end, 0, sizeof(struct skb_shared_info));
	skb->users.counter = 1;
	skb->dev = dev;
	skb->truesize = size + sizeof(*skb);
	live_skbs++;
	return skb;
}

void dev_kfree_skb_any(struct sk_buff *skb)
{
	CHECK(skb->users.counter == 1);
	skb->users.counter = 0;
	live_skbs--;
}

void skb_over_panic(struct sk_buff *skb, int len, void *here)
{
	say("skb_over_panic len %d\n", len);
	sys_exit(4);
}

__be16 eth_type_trans(struct sk_buff *skb, struct net_device *dev)
{
	u8 *mac = skb->data;
	int i, mine = 1;

	skb->mac.raw = mac;
	skb->data += ETH_HLEN;
	skb->len -= ETH_HLEN;
	skb->dev = dev;
	for (i = 0; i < ETH_ALEN; i++)
		if (mac[i] != dev->dev_addr[i])
			mine = 0;
	if (mac[0] & 1)
		skb->pkt_type = mac[0] == 0xff ? PACKET_BROADCAST : PACKET_MULTICAST;
	else
		skb->pkt_type = mine ? PACKET_HOST : PACKET_OTHERHOST;
	return (__be16)(mac[12] | (mac[13] << 8));
}

#define MAX_RXQ 2048
static struct sk_buff *rxq[MAX_RXQ];
static int nrx;

int netif_rx(struct sk_buff *skb)
{
	if (nrx < MAX_RXQ) {
		rxq[nrx++] = skb;
		return NET_RX_SUCCESS;
	}
	dev_kfree_skb_any(skb);
	return NET_RX_DROP;
}

static void drop_received(void)
{
	int i;

	for (i = 0; i < nrx; i++)
		dev_kfree_skb_any(rxq[i]);
	nrx = 0;
}

/* network devices */
static struct net_device *the_dev;
static int registered, wakes;

struct net_device *alloc_etherdev(int sizeof_priv)
{
	size_t off = (sizeof(struct net_device) + NETDEV_ALIGN - 1) & ~(size_t)(NETDEV_ALIGN - 1);
	struct net_device *dev = heap_alloc(off + (size_t)sizeof_priv, 32);

	memset(dev, 0, off + (size_t)sizeof_priv);
	memcpy(dev->name, "eth%d", 6);
	dev->mtu = 1500;
	dev->type = 1;
	dev->addr_len = ETH_ALEN;
	dev->hard_header_len = ETH_HLEN;
	memset(dev->broadcast, 0xff, ETH_ALEN);
	dev->flags = IFF_BROADCAST | IFF_MULTICAST;
	dev->tx_queue_len = 1000;
	dev->state = (1ul << __LINK_STATE_PRESENT) | (1ul << __LINK_STATE_NOCARRIER);
	dev->priv = (u8 *)dev + off;
	CHECK(sizeof_priv == (int)sizeof(struct e1000like_adapter));
	return dev;
}

int register_netdev(struct net_device *dev)
{
	memcpy(dev->name, "eth0", 5);
	the_dev = dev;
	registered = 1;
	return 0;
}

void unregister_netdev(struct net_device *dev)
{
	if (dev->state & (1ul << __LINK_STATE_START)) {
		dev->state &= ~(1ul << __LINK_STATE_START);
		dev->stop(dev);
	}
	registered = 0;
}

void free_netdev(struct net_device *dev)
{
}

void netif_start_queue(struct net_device *dev)
{
	dev->state &= ~(1ul << __LINK_STATE_XOFF);
}

void netif_stop_queue(struct net_device *dev)
{
	dev->state |= 1ul << __LINK_STATE_XOFF;
}

void netif_wake_queue(struct net_device *dev)
{
	dev->state &= ~(1ul << __LINK_STATE_XOFF);
	wakes++;
}

void netif_carrier_on(struct net_device *dev)
{
	dev->state &= ~(1ul << __LINK_STATE_NOCARRIER);
}

void netif_carrier_off(struct net_device *dev)
{
	dev->state |= 1ul << __LINK_STATE_NOCARRIER;
}

u32 ethtool_op_get_link(struct net_device *dev)
{
	return netif_carrier_ok(dev) ? 1 : 0;
}

int ethtool_op_get_perm_addr(struct net_device *dev, struct ethtool_perm_addr *addr, u8 *data)
{
	if (addr->size < dev->addr_len) {
		addr->size = dev->addr_len;
		return -525;
	}
	addr->size = dev->addr_len;
	memcpy(data, dev->perm_addr, dev->addr_len);
	return 0;
}

/* spinlocks: 1 = unlocked; irq flags = previous virtual interrupt mask */
int _spin_trylock(spinlock_t *lock)
{
	if (lock->slock != 1)
		return 0;
	lock->slock = 0;
	return 1;
}

unsigned long _spin_lock_irqsave(spinlock_t *lock)
{
	unsigned long flags = evtchn_upcall_mask;

	evtchn_upcall_mask = 1;
	CHECK(lock->slock == 1);
	lock->slock = 0;
	return flags;
}

void _spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
{
	CHECK(lock->slock == 0);
	lock->slock = 1;
	evtchn_upcall_mask = (u8)flags;
}

/* interrupts */
static irq_handler_t irq_handler;
static void *irq_dev;
static unsigned int irq_no;

int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags, const char *name,
		void *dev_id)
{
	CHECK(!irq_handler && flags == IRQF_SHARED);
	irq_handler = handler;
	irq_dev = dev_id;
	irq_no = irq;
	return 0;
}

void free_irq(unsigned int irq, void *dev_id)
{
	CHECK(irq_handler && dev_id == irq_dev && irq == irq_no);
	irq_handler = 0;
}

void synchronize_irq(unsigned int irq)
{
}

/* timers and work */
#define MAX_TIMERS 8
static struct timer_list *timers[MAX_TIMERS];

static int timer_slot(struct timer_list *timer)
{
	int i;

	for (i = 0; i < MAX_TIMERS; i++)
		if (timers[i] == timer)
			return i;
	return -1;
}

void init_timer(struct timer_list *timer)
{
	timer->entry.next = 0;
	timer->base = 0;
}

int mod_timer(struct timer_list *timer, unsigned long expires)
{
	int was_pending = timer_slot(timer) >= 0, i;

	timer->expires = expires;
	timer->entry.next = &timer->entry;
	if (!was_pending)
		for (i = 0; i < MAX_TIMERS; i++)
			if (!timers[i]) {
				timers[i] = timer;
				break;
			}
	return was_pending;
}

int del_timer_sync(struct timer_list *timer)
{
	int i = timer_slot(timer);

	if (i >= 0)
		timers[i] = 0;
	timer->entry.next = 0;
	return i >= 0;
}

static struct work_struct *works[8];
static int nworks;

int schedule_work(struct work_struct *work)
{
	if (work->pending & 1)
		return 0;
	work->pending |= 1;
	works[nworks++] = work;
	return 1;
}

void flush_scheduled_work(void)
{
	while (nworks) {
		struct work_struct *work = works[--nworks];

		work->pending &= ~1ul;
		work->func(work->data);
	}
}

void msleep(unsigned int msecs)
{
	jiffies += (msecs * HZ + 999) / 1000;
}

void __const_udelay(unsigned long xloops)
{
}

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	memcpy(to, from, n);
	return 0;
}

unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	memcpy(to, from, n);
	return 0;
}

/* PCI */
#define BAR0_BUS_ADDR 0xfebc0000u
static struct pci_dev pdev;
static int regions;

int pci_enable_device(struct pci_dev *dev)
{
	dev->enable_cnt++;
	return 0;
}

void pci_disable_device(struct pci_dev *dev)
{
	dev->enable_cnt--;
}

void pci_set_master(struct pci_dev *dev)
{
	dev->is_busmaster = 1;
}

int pci_request_regions(struct pci_dev *dev, const char *name)
{
	regions++;
	return 0;
}

void pci_release_regions(struct pci_dev *dev)
{
	regions--;
}

int pci_set_dma_mask(struct pci_dev *dev, u64 mask)
{
	CHECK(mask == 0xffffffffULL);
	dev->dma_mask = mask;
	return 0;
}

int pci_set_consistent_dma_mask(struct pci_dev *dev, u64 mask)
{
	CHECK(mask == 0xffffffffULL);
	dev->dev.coherent_dma_mask = mask;
	return 0;
}

resource_size_t pci_resource_start(struct pci_dev *dev, int bar)
{
	return dev->resource[bar].start;
}

resource_size_t pci_resource_len(struct pci_dev *dev, int bar)
{
	struct resource *r = &dev->resource[bar];

	return r->start || r->end ? r->end - r->start + 1 : 0;
}

int pci_bus_read_config_byte(struct pci_bus *bus, unsigned int devfn, int where, u8 *val)
{
	*val = where == PCI_REVISION_ID ? 3 : 0;
	return 0;
}

int pci_bus_read_config_word(struct pci_bus *bus, unsigned int devfn, int where, u16 *val)
{
	*val = where == PCI_COMMAND ? (PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER) : 0;
	return 0;
}

int __pci_register_driver(struct pci_driver *drv, struct module *owner)
{
	CHECK(drv->id_table[0].vendor == E1000LIKE_VENDOR_ID &&
	      drv->id_table[0].device == E1000LIKE_DEVICE_ID);
	pdev.driver = drv;
	return drv->probe(&pdev, &drv->id_table[0]);
}

void pci_unregister_driver(struct pci_driver *drv)
{
	drv->remove(&pdev);
	pdev.driver = 0;
}

/* ============================================================ NIC model */

static u32 bar0[E1000LIKE_BAR0_LEN / 4] __attribute__((aligned(4096)));
#define REG(off) bar0[(off) / 4]
static int mapped, link_up = 1, resets, mmio_accesses, regs_open;
static u32 ims;
static const u16 eeprom[E1000_EEPROM_WORDS] = { 0x1100, 0x3322, 0x5544, 0, 0, 0x1234 };
#define WIRE_SLOTS 64
static u8 wire[WIRE_SLOTS][2048];
static unsigned int wire_len[WIRE_SLOTS];
static int nwire;

static void protect_bar(int open)
{
	if (sys4(SYS_MPROTECT, (long)bar0, sizeof(bar0), open ? 3 : 0, 0) != 0) {
		say("mprotect failed\n");
		sys_exit(EXIT_ENV);
	}
}

/* Nested open/close of BAR0 for harness-side accesses and for the fault handlers. */
static void open_bar(void)
{
	if (!regs_open++)
		protect_bar(1);
}

static void close_bar(void)
{
	if (!--regs_open)
		protect_bar(0);
}

void __iomem *__ioremap(unsigned long phys, unsigned long size, unsigned long flags)
{
	CHECK(phys == BAR0_BUS_ADDR && size == E1000LIKE_BAR0_LEN && flags == 0);
	mapped++;
	return bar0;
}

void iounmap(volatile void __iomem *addr)
{
	CHECK(addr == bar0);
	mapped--;
}

static u32 status_value(void)
{
	return link_up ? (E1000_STATUS_LU | E1000_STATUS_FD | E1000_STATUS_SPEED_1000) : 0;
}

static void nic_reset(void)
{
	memset(bar0, 0, sizeof(bar0));
	ims = 0;
	REG(E1000_STATUS) = status_value();
}

static void nic_transmit(void)
{
	static u8 frame[70000];
	struct e1000like_tx_desc *ring = (void *)REG(E1000_TDBAL);
	u32 n = REG(E1000_TDLEN) / 16;

	if (!(REG(E1000_TCTL) & E1000_TCTL_EN) || !link_up)
		return;
	CHECK(REG(E1000_TDLEN) % 128 == 0 && REG(E1000_TDBAL) % 16 == 0 && REG(E1000_TDBAH) == 0);
	while (REG(E1000_TDH) != REG(E1000_TDT)) {
		u32 h = REG(E1000_TDH), first = h, len = 0, k;
		int eop = 0;

		while (h != REG(E1000_TDT)) {
			struct e1000like_tx_desc *d = &ring[h];

			CHECK(d->lower.flags.cmd & E1000_TXD_CMD_IFCS);
			CHECK((u32)(d->buffer_addr >> 32) == 0 && d->buffer_addr != 0);
			memcpy(frame + len, (void *)(u32)d->buffer_addr, d->lower.flags.length);
			len += d->lower.flags.length;
			h = (h + 1) % n;
			if (d->lower.flags.cmd & E1000_TXD_CMD_EOP) {
				CHECK(d->lower.flags.cmd & E1000_TXD_CMD_RS);
				eop = 1;
				break;
			}
		}
		if (!eop)
			break;
		for (k = first; k != h; k = (k + 1) % n)
			if (ring[k].lower.flags.cmd & E1000_TXD_CMD_RS)
				ring[k].upper.fields.status |= E1000_TXD_STAT_DD;
		REG(E1000_TDH) = h;
		REG(E1000_GPTC)++;
		memcpy(wire[nwire % WIRE_SLOTS], frame, len < 2048 ? len : 2048);
		wire_len[nwire % WIRE_SLOTS] = len;
		nwire++;
		REG(E1000_ICR) |= E1000_ICR_TXDW;
	}
	if (REG(E1000_TDH) == REG(E1000_TDT))
		REG(E1000_ICR) |= E1000_ICR_TXQE;
}

static void nic_register_written(u32 off)
{
	u32 v = REG(off);

	switch (off) {
	case E1000_CTRL:
		if (v & E1000_CTRL_RST) {
			nic_reset();
			resets++;
		}
		break;
	case E1000_EERD:
		if (v & E1000_EERD_START) {
			u32 word = (v >> E1000_EERD_ADDR_SHIFT) & 0xff;

			REG(E1000_EERD) = ((u32)eeprom[word % E1000_EEPROM_WORDS] << E1000_EERD_DATA_SHIFT) |
					  (word << E1000_EERD_ADDR_SHIFT) | E1000_EERD_DONE;
		}
		break;
	case E1000_ICS:
		REG(E1000_ICR) |= v;
		REG(E1000_ICS) = 0;
		break;
	case E1000_IMS:
		ims |= v;
		REG(E1000_IMS) = ims;
		break;
	case E1000_IMC:
		ims &= ~v;
		REG(E1000_IMC) = 0;
		REG(E1000_IMS) = ims;
		break;
	case E1000_TDT:
	case E1000_TCTL:
		nic_transmit();
		break;
	case E1000_STATUS:
	case E1000_ICR:
	case E1000_GPRC:
	case E1000_GPTC:
		CHECK(!"driver wrote a read-only register");
		break;
	default:
		break;
	}
}

static void nic_register_read(u32 off)
{
	if (off == E1000_ICR || off == E1000_GPRC || off == E1000_GPTC)
		REG(off) = 0;
}

/* Trapping MMIO: SIGSEGV opens BAR0 and sets TF; SIGTRAP after the access applies it. */
struct kernel_sigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	unsigned long mask[2];
};
#define SA_SIGINFO 0x00000004u
#define SA_RESTORER 0x04000000u
#define SA_NODEFER 0x40000000u
/* i386 ucontext: uc_mcontext.gregs[] starts at byte 20 */
#define UC_GREG(uc, i) (((u32 *)((u8 *)(uc) + 20))[i])
#define GREG_ERR 13
#define GREG_EIP 14
#define GREG_EFL 16
#define EFLAGS_TF 0x100u
#define PF_WRITE 0x2u

static u32 fault_off;
static int fault_write;

static __attribute__((regparm(0))) void on_segv(int sig, void *info, void *uc)
{
	u32 addr = *(u32 *)((u8 *)info + 12);

	if (addr < (u32)bar0 || addr >= (u32)bar0 + sizeof(bar0)) {
		say("unexpected SIGSEGV at %x (eip %x)\n", addr, UC_GREG(uc, GREG_EIP));
		sys_exit(8);
	}
	fault_off = (addr - (u32)bar0) & ~3u;
	fault_write = (UC_GREG(uc, GREG_ERR) & PF_WRITE) != 0;
	mmio_accesses++;
	open_bar();
	UC_GREG(uc, GREG_EFL) |= EFLAGS_TF;
}

static __attribute__((regparm(0))) void on_trap(int sig, void *info, void *uc)
{
	UC_GREG(uc, GREG_EFL) &= ~EFLAGS_TF;
	if (fault_write)
		nic_register_written(fault_off);
	else
		nic_register_read(fault_off);
	close_bar();
}

void harness_sigreturn(void);
__asm__(".globl harness_sigreturn\nharness_sigreturn:\n\tmovl $173, %eax\n\tint $0x80\n");

static void install_handler(int sig, void *handler)
{
	struct kernel_sigaction sa = { handler, SA_SIGINFO | SA_RESTORER | SA_NODEFER,
				       (void *)harness_sigreturn, { 0, 0 } };

	if (sys4(SYS_RT_SIGACTION, sig, (long)&sa, 0, 8) != 0) {
		say("rt_sigaction(%d) failed\n", sig);
		sys_exit(EXIT_ENV);
	}
}

/* Delivers one frame from the wire (DMA into the buffer at RDH, then RXT0). */
static void nic_receive(const u8 *frame, unsigned int len)
{
	open_bar();
	if (REG(E1000_RCTL) & E1000_RCTL_EN) {
		struct e1000like_rx_desc *ring = (void *)REG(E1000_RDBAL);
		u32 n = REG(E1000_RDLEN) / 16;

		CHECK(!(REG(E1000_RCTL) & E1000_RCTL_SECRC));
		if (REG(E1000_RDH) == REG(E1000_RDT)) {
			REG(E1000_ICR) |= E1000_ICR_RXO;
		} else {
			struct e1000like_rx_desc *d = &ring[REG(E1000_RDH)];

			CHECK(d->buffer_addr != 0 && d->status == 0);
			memcpy((void *)(u32)d->buffer_addr, frame, len);
			memset((u8 *)(u32)d->buffer_addr + len, 0xCC, ETH_FCS_LEN);
			d->length = (u16)(len + ETH_FCS_LEN);
			d->errors = 0;
			d->status = E1000_RXD_STAT_DD | E1000_RXD_STAT_EOP;
			REG(E1000_RDH) = (REG(E1000_RDH) + 1) % n;
			REG(E1000_GPRC)++;
			REG(E1000_ICR) |= E1000_ICR_RXT0;
		}
	}
	close_bar();
}

static void set_link(int up)
{
	open_bar();
	if (up != link_up) {
		link_up = up;
		REG(E1000_STATUS) = status_value();
		REG(E1000_ICR) |= E1000_ICR_LSC;
		if (up)
			nic_transmit();
	}
	close_bar();
}

static u32 peek(u32 off)
{
	u32 v;

	open_bar();
	v = REG(off);
	close_bar();
	return v;
}

/* ============================================================ platform loop */

static int irqs;

static void deliver_interrupts(void)
{
	while (irq_handler && (peek(E1000_ICR) & ims) && !evtchn_upcall_mask) {
		int r;

		evtchn_upcall_mask = 1;
		r = irq_handler((int)irq_no, irq_dev);
		evtchn_upcall_mask = 0;
		CHECK(r == IRQ_HANDLED);
		irqs++;
	}
}

static void run_timers(void)
{
	int i;

	for (i = 0; i < MAX_TIMERS; i++) {
		struct timer_list *t = timers[i];

		if (t && (long)(jiffies - t->expires) >= 0) {
			timers[i] = 0;
			t->entry.next = 0;
			t->function(t->data);
		}
	}
	deliver_interrupts();
}

static void tick(unsigned long ticks)
{
	jiffies += ticks;
	run_timers();
}

extern int init_module(void);
extern void cleanup_module(void);

static struct page frag_pages[4];
static u8 frag_mem[4][4096] __attribute__((aligned(4096)));

/* An skb as the stack (or the hypervisor) hands it over: head bytes + page fragments. */
static struct sk_buff *make_tx_skb(unsigned int head, unsigned int nfrags, unsigned int fragsz, u8 seed)
{
	struct sk_buff *skb = __netdev_alloc_skb(the_dev, head, GFP_ATOMIC);
	struct skb_shared_info *sh = skb_shinfo(skb);
	unsigned int i, f;

	for (i = 0; i < head; i++)
		skb->data[i] = (u8)(seed + i);
	skb->tail += head;
	skb->len = head;
	for (f = 0; f < nfrags; f++) {
		sh->frags[f].page = &frag_pages[f];
		sh->frags[f].page_offset = 100;
		sh->frags[f].size = fragsz;
		for (i = 0; i < fragsz; i++)
			frag_mem[f][100 + i] = (u8)(seed + head + f * fragsz + i);
		skb->len += fragsz;
		skb->data_len += fragsz;
	}
	sh->nr_frags = (u16)nfrags;
	return skb;
}

static int ethtool(void *request)
{
	struct ifreq ifr;

	memset(&ifr, 0, sizeof(ifr));
	ifr.ifr_data = request;
	return the_dev->do_ioctl(the_dev, &ifr, SIOCETHTOOL);
}

static struct net_device *dev;
static struct e1000like_adapter *adapter;
static u8 frame[ETH_FRAME_LEN];

static void scenario_probe_open(void)
{
	CHECK(init_module() == 0);
	CHECK(registered && the_dev);
	dev = the_dev;
	adapter = netdev_priv(dev);
	CHECK(dev->dev_addr[0] == 0x00 && dev->dev_addr[1] == 0x11 && dev->dev_addr[5] == 0x55);
	CHECK(!netif_carrier_ok(dev) && netif_queue_stopped(dev));
	CHECK(dev->irq == 11 && dev->hard_start_xmit && dev->ethtool_ops);

	dev->state |= 1ul << __LINK_STATE_START;
	CHECK(dev->open(dev) == 0);
	CHECK(peek(E1000_RDT) == 255 && peek(E1000_RDLEN) == 4096 && peek(E1000_TDLEN) == 4096);
	CHECK(ims == E1000_IMS_ENABLE_MASK);
	CHECK(peek(E1000_RAL0) == 0x33221100u && peek(E1000_RAH0) == (0x5544u | E1000_RAH_AV));
	CHECK(peek(E1000_RCTL) & E1000_RCTL_EN);
	CHECK(evtchn_upcall_mask == 0);
	deliver_interrupts(); /* the LSC the driver raised through ICS */
	CHECK(irqs == 1);
	tick(1);
	CHECK(netif_carrier_ok(dev) && !netif_queue_stopped(dev) && adapter->link_speed == 1000);
}

static void scenario_transmit(void)
{
	struct sk_buff *skb = make_tx_skb(60, 2, 700, 7);
	int skbs = live_skbs, ok = 1;
	unsigned int i;

	CHECK(dev->hard_start_xmit(skb, dev) == NETDEV_TX_OK);
	CHECK(evtchn_upcall_mask == 0 && adapter->tx_ring.tx_lock.slock == 1);
	deliver_interrupts();
	CHECK(nwire == 1 && wire_len[0] == 1460);
	for (i = 0; i < 1460; i++)
		if (wire[0][i] != (u8)(7 + i))
			ok = 0;
	CHECK(ok);
	CHECK(live_skbs == skbs - 1);
	CHECK(dev->stats.tx_packets == 1 && dev->stats.tx_bytes == 1460);
}

static void scenario_receive(void)
{
	int i, ok;

	for (i = 0; i < ETH_FRAME_LEN; i++)
		frame[i] = (u8)i;
	memcpy(frame, dev->dev_addr, ETH_ALEN);
	frame[12] = 0x08;
	frame[13] = 0x00;
	nic_receive(frame, 100);
	nic_receive(frame, ETH_FRAME_LEN);
	memset(frame, 0xff, ETH_ALEN);
	nic_receive(frame, 60);
	deliver_interrupts();
	CHECK(nrx == 3);
	if (nrx == 3) {
		CHECK(rxq[0]->len == 100 - ETH_HLEN && rxq[1]->len == 1500 && rxq[2]->len == 46);
		CHECK(rxq[0]->protocol == 0x0008 && rxq[0]->pkt_type == PACKET_HOST);
		CHECK(rxq[2]->pkt_type == PACKET_BROADCAST);
		CHECK(rxq[0]->ip_summed == CHECKSUM_NONE);
		CHECK(rxq[0]->tail - rxq[0]->data == (int)rxq[0]->len);
		CHECK(((u32)rxq[1]->data & 3) == 0);
		ok = 1;
		for (i = ETH_HLEN; i < 100; i++)
			if (rxq[0]->data[i - ETH_HLEN] != (u8)i)
				ok = 0;
		for (i = ETH_HLEN; i < ETH_FRAME_LEN; i++)
			if (rxq[1]->data[i - ETH_HLEN] != (u8)i)
				ok = 0;
		CHECK(ok);
	}
	CHECK(adapter->rx_copybreak == 2);
	drop_received();
	CHECK(peek(E1000_RDT) == (peek(E1000_RDH) + 255) % 256);
}

static void scenario_receive_flood(void)
{
	int burst, k;

	memcpy(frame, dev->dev_addr, ETH_ALEN);
	for (burst = 0; burst < 20; burst++) {
		for (k = 0; k < 40; k++)
			nic_receive(frame, (unsigned int)(60 + (burst * 40 + k) % 1400));
		deliver_interrupts();
		drop_received();
	}
	CHECK(dev->stats.rx_packets == 803);

	/* 300 frames while interrupts are masked: the 255 posted buffers fill, then RXO */
	evtchn_upcall_mask = 1;
	for (k = 0; k < 300; k++)
		nic_receive(frame, 200);
	evtchn_upcall_mask = 0;
	deliver_interrupts();
	CHECK(nrx == 255 && dev->stats.rx_over_errors >= 1);
	drop_received();
}

static void scenario_transmit_flood(void)
{
	struct sk_buff *skb;
	int sent = 0;

	set_link(0); /* the NIC stops sending: nothing completes */
	while (!netif_queue_stopped(dev) && sent < 1000) {
		CHECK(dev->hard_start_xmit(make_tx_skb(1000, 0, 0, 1), dev) == NETDEV_TX_OK);
		sent++;
	}
	/* stops once fewer than MAX_SKB_FRAGS + 2 descriptors are free */
	CHECK(netif_queue_stopped(dev) && sent == 255 - (MAX_SKB_FRAGS + 2) + 1);
	set_link(1);
	deliver_interrupts();
	CHECK(!netif_queue_stopped(dev) && wakes >= 2);
	CHECK(adapter->tx_ring.next_to_clean == adapter->tx_ring.next_to_use);

	adapter->tx_ring.tx_lock.slock = 0; /* another CPU holds the TX lock */
	skb = make_tx_skb(100, 0, 0, 1);
	CHECK(dev->hard_start_xmit(skb, dev) == NETDEV_TX_LOCKED);
	CHECK(evtchn_upcall_mask == 0);
	adapter->tx_ring.tx_lock.slock = 1;
	CHECK(dev->hard_start_xmit(skb, dev) == NETDEV_TX_OK);
	deliver_interrupts();
}

static void scenario_watchdog_stats(void)
{
	tick(E1000LIKE_WATCHDOG_PERIOD);
	CHECK(adapter->hw_stats.gprc == (u64)dev->stats.rx_packets);
	CHECK(adapter->hw_stats.gptc == (u64)dev->stats.tx_packets);
	CHECK(adapter->watchdog_count >= 2 && peek(E1000_GPRC) == 0);
}

static void scenario_ethtool(void)
{
	struct ethtool_drvinfo info;
	struct ethtool_ringparam ring;
	u32 regs[3 + E1000LIKE_REGS_LEN], value[2], strings[3 + 32 * 20 / 4], stats[2 + 2 * 20];
	u32 eeprom_req[4 + 2], perm[2 + 8], bogus[2] = { 0x2, 0 };

	memset(&info, 0, sizeof(info));
	info.cmd = ETHTOOL_GDRVINFO;
	CHECK(ethtool(&info) == 0);
	say("  drvinfo: %s %s fw %s bus %s, %u stats\n", info.driver, info.version, info.fw_version,
	    info.bus_info, info.n_stats);
	CHECK(info.n_stats == 17 && info.regdump_len == 64);

	memset(regs, 0, sizeof(regs));
	regs[0] = ETHTOOL_GREGS;
	regs[2] = sizeof(regs) - 12;
	CHECK(ethtool(regs) == 0 && regs[2] == 64);
	CHECK((regs[3 + 1] & E1000_STATUS_LU) && regs[3 + 12] == E1000_IMS_ENABLE_MASK);

	value[0] = ETHTOOL_GLINK;
	CHECK(ethtool(value) == 0 && value[1] == 1);
	value[0] = ETHTOOL_SMSGLVL;
	value[1] = 0x55;
	CHECK(ethtool(value) == 0);
	value[0] = ETHTOOL_GMSGLVL;
	value[1] = 0;
	CHECK(ethtool(value) == 0 && value[1] == 0x55);

	memset(&ring, 0, sizeof(ring));
	ring.cmd = ETHTOOL_GRINGPARAM;
	CHECK(ethtool(&ring) == 0 && ring.rx_pending == 256 && ring.tx_max_pending == 4096);

	strings[0] = ETHTOOL_GSTRINGS;
	strings[1] = ETH_SS_STATS;
	CHECK(ethtool(strings) == 0 && strings[2] == 17);
	CHECK(((char *)&strings[3])[0] == 'r');

	stats[0] = ETHTOOL_GSTATS;
	CHECK(ethtool(stats) == 0 && stats[1] == 17);
	CHECK(stats[2] == dev->stats.rx_packets && stats[2 + 2 * 7] == (u32)adapter->hw_stats.gprc);

	eeprom_req[0] = ETHTOOL_GEEPROM;
	eeprom_req[2] = 0;
	eeprom_req[3] = 6;
	CHECK(ethtool(eeprom_req) == 0);
	CHECK(((u8 *)&eeprom_req[4])[1] == 0x11 && ((u8 *)&eeprom_req[4])[5] == 0x55);
	CHECK(eeprom_req[1] == (E1000LIKE_VENDOR_ID | (E1000LIKE_DEVICE_ID << 16)));

	perm[0] = ETHTOOL_GPERMADDR;
	perm[1] = 32;
	CHECK(ethtool(perm) == 0 && perm[1] == 6 && ((u8 *)&perm[2])[2] == 0x22);

	CHECK(ethtool(bogus) == -EOPNOTSUPP);
}

static void scenario_resize_and_resets(void)
{
	struct ethtool_ringparam ring;
	u32 nway[2] = { ETHTOOL_NWAY_RST, 0 };

	memset(&ring, 0, sizeof(ring));
	ring.cmd = ETHTOOL_SRINGPARAM;
	ring.rx_pending = 100;
	ring.tx_pending = 1000;
	CHECK(ethtool(&ring) == 0);
	CHECK(adapter->rx_ring.count == 104 && adapter->tx_ring.count == 1000);
	CHECK(peek(E1000_RDLEN) == 104 * 16 && peek(E1000_RDT) == 103 && peek(E1000_TDLEN) == 16000);
	deliver_interrupts();
	tick(1);
	CHECK(netif_carrier_ok(dev));

	CHECK(dev->hard_start_xmit(make_tx_skb(200, 1, 300, 9), dev) == NETDEV_TX_OK);
	deliver_interrupts();
	CHECK(wire_len[(nwire - 1) % WIRE_SLOTS] == 500);
	nic_receive(frame, 300);
	deliver_interrupts();
	CHECK(nrx == 1);
	drop_received();

	CHECK(ethtool(nway) == 0);
	deliver_interrupts();
	tick(1);
	CHECK(netif_carrier_ok(dev));

	CHECK(dev->change_mtu(dev, 9000) == -EINVAL && dev->change_mtu(dev, 1400) == 0);
	dev->flags |= IFF_PROMISC;
	dev->set_multicast_list(dev);
	CHECK(peek(E1000_RCTL) & E1000_RCTL_UPE);

	dev->tx_timeout(dev);
	CHECK(nworks == 1);
	flush_scheduled_work();
	deliver_interrupts();
	tick(1);
	CHECK(netif_carrier_ok(dev));
	CHECK(dev->hard_start_xmit(make_tx_skb(64, 0, 0, 3), dev) == NETDEV_TX_OK);
	deliver_interrupts();
}

static void scenario_link_loss(void)
{
	set_link(0);
	deliver_interrupts();
	tick(1);
	CHECK(!netif_carrier_ok(dev) && netif_queue_stopped(dev));

	dev->state &= ~(1ul << __LINK_STATE_XOFF);
	CHECK(dev->hard_start_xmit(make_tx_skb(64, 0, 0, 3), dev) == NETDEV_TX_OK);
	tick(E1000LIKE_WATCHDOG_PERIOD); /* queued frame, no carrier: reset task */
	CHECK(nworks == 1);
	flush_scheduled_work();
	CHECK(adapter->tx_ring.next_to_use == 0);
	CHECK(live_maps == (int)adapter->rx_ring.count - 1);

	set_link(1);
	deliver_interrupts();
	tick(1);
	CHECK(netif_carrier_ok(dev) && !netif_queue_stopped(dev));
}

static void scenario_close_remove(void)
{
	dev->state &= ~(1ul << __LINK_STATE_START);
	CHECK(dev->stop(dev) == 0);
	CHECK(!irq_handler && live_maps == 0 && live_coherent == 0 && live_vmalloc == 0);
	CHECK(timer_slot(&adapter->watchdog_timer) < 0);
	cleanup_module();
	CHECK(!registered && mapped == 0 && regions == 0 && pdev.enable_cnt == 0);
	CHECK(live_kmalloc == 0 && live_skbs == 0);
}

int main(void)
{
	int i;

	for (i = 0; i < 4; i++)
		frag_pages[i].mapping = (struct address_space *)frag_mem[i];
	pdev.vendor = E1000LIKE_VENDOR_ID;
	pdev.device = E1000LIKE_DEVICE_ID;
	pdev.irq = 11;
	memcpy(pdev.dev.bus_id, "0000:00:03.0", 13);
	pdev.resource[0].start = BAR0_BUS_ADDR;
	pdev.resource[0].end = BAR0_BUS_ADDR + E1000LIKE_BAR0_LEN - 1;
	pdev.resource[0].flags = IORESOURCE_MEM;

	nic_reset();
	install_handler(11, (void *)on_segv);
	install_handler(5, (void *)on_trap);
	protect_bar(0);

	scenario_probe_open();
	scenario_transmit();
	scenario_receive();
	scenario_receive_flood();
	scenario_transmit_flood();
	scenario_watchdog_stats();
	scenario_ethtool();
	scenario_resize_and_resets();
	scenario_link_loss();
	scenario_close_remove();

	say("  %d interrupts, %d frames sent, %d MMIO accesses, %d device resets\n", irqs, nwire,
	    mmio_accesses, resets);
	if (failures)
		say("HARNESS: %d checks failed\n", failures);
	else
		say("HARNESS: all checks passed\n");
	return failures ? 1 : 0;
}

/* %fs must name a flat data segment for the driver's per-cpu accesses. */
static void setup_fs(void)
{
	struct {
		unsigned int entry_number, base_addr, limit, flags;
	} desc = { 0xffffffffu, 0, 0xfffff, 1u /* seg_32bit */ | (1u << 4) /* limit_in_pages */ |
						    (1u << 6) /* useable */ };
	unsigned short selector;

	if (sys4(SYS_SET_THREAD_AREA, (long)&desc, 0, 0, 0) != 0) {
		say("set_thread_area failed\n");
		sys_exit(EXIT_ENV);
	}
	selector = (unsigned short)(desc.entry_number * 8 + 3);
	__asm__ __volatile__("movw %0, %%fs" : : "r"(selector));
}

void harness_start(void);
void harness_start(void)
{
	setup_fs();
	sys_exit(main());
}

__asm__(".globl _start\n_start:\n\tandl $-16, %esp\n\tcall harness_start\n\thlt\n");
