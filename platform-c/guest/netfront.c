// SPDX-License-Identifier: MIT
/*
 * A guest's paravirtual network frontend (thesis §4.1.1: "a new paravirtual driver for guest
 * domains"), for both ways a guest reaches the NIC:
 *   twin   transmit is a hypercall per frame (HC_NET_TX): the hypervisor invokes its instance
 *          of the driver in this guest's context; received frames and TX completions are posted
 *          on the rings by the hypervisor when it resumes the guest;
 *   split  transmit puts a request on the TX ring and notifies dom0's netback (event channel);
 *          netback posts completions and received frames on the rings.
 * Both post 2 KiB receive buffers on the RX ring and learn of responses through a virtual
 * interrupt (netfront_irq).  The guest's network stack above netfront is not modeled: it hands
 * netfront the frame in one of its TX buffers (netfront_xmit) and takes received frames
 * (__svc_guest_rx).
 *
 * Memory: the two ring pages and the grant table are this image's own pages (the hypervisor or
 * netback map them); TX and RX buffers are areas the host gives at init (256 x 2 KiB each).
 * Grants: RX buffer page p -> gref p, TX buffer page p -> gref 128 + p.
 */
#include <twin/abi.h>
#include <twin/lib.h>

#define MODE_TWIN 1
#define MODE_SPLIT 2
#define BUFS NET_RING_SIZE
#define TX_GREF0 (BUFS / 2)

struct place_stats place_stats;
struct netif_tx_ring tx_ring __aligned(4096);
struct netif_rx_ring rx_ring __aligned(4096);
struct grant_entry gnttab[NR_GRANTS] __aligned(4096);

u32 nf_mode, nf_tx_area, nf_rx_area;
u8 nf_tx_busy[BUFS];
u32 nf_tx_rsp_cons, nf_rx_rsp_cons, nf_rx_prod, nf_tx_prod;
struct netif_tx_request nf_req;
u32 nf_tx_sent, nf_tx_done, nf_rx_received, nf_rx_errors, nf_bad_responses;

int netfront_init(u32 mode, u32 tx_area, u32 rx_area)
{
	u32 i;

	if ((mode != MODE_TWIN && mode != MODE_SPLIT) || (tx_area | rx_area) & ~PAGE_MASK)
		return HC_EINVAL;
	nf_mode = mode;
	nf_tx_area = tx_area;
	nf_rx_area = rx_area;
	for (i = 0; i < BUFS / 2; i++) {
		gnttab[i].domid = DOMID_DOM0;
		gnttab[i].frame = rx_area + i * PAGE_SIZE;
		gnttab[i].flags = GTF_permit_access;
		gnttab[TX_GREF0 + i].domid = DOMID_DOM0;
		gnttab[TX_GREF0 + i].frame = tx_area + i * PAGE_SIZE;
		gnttab[TX_GREF0 + i].flags = GTF_permit_access | GTF_readonly;
	}
	for (i = 0; i < BUFS; i++) {
		rx_ring.ring[i].req.id = i;
		rx_ring.ring[i].req.gref = i / 2;
		rx_ring.ring[i].req.offset = (i & 1) * NET_RX_BUFFER;
	}
	nf_rx_prod = BUFS;
	rx_ring.req_prod = nf_rx_prod;
	if (mode == MODE_TWIN)
		return hypercall(HC_NET_SETUP, (u32)&tx_ring, (u32)&rx_ring, (u32)gnttab, 0);
	return hypercall(HC_GNT_SETUP, (u32)gnttab, 0, 0, 0);
}

/*
 * The stack hands TX buffer `id` holding a `len`-byte frame, with NETTXF_* `flags` (csum_blank:
 * its TCP/UDP checksum field holds only the pseudo-header sum, the backend fills it in).
 * 0, or < 0: not sent (retry later, or HC_EINVAL: never).
 */
int netfront_xmit(u32 id, u32 len, u32 flags)
{
	struct netif_tx_request req;
	int r;

	if (id >= BUFS || nf_tx_busy[id] || len > NET_MAX_FRAME || flags > 0xffff)
		return HC_EINVAL;
	req.gref = TX_GREF0 + id / 2;
	req.offset = (id & 1) * NET_RX_BUFFER;
	req.id = id;
	req.size = len;
	req.flags = flags;
	req.pad = 0;
	nf_tx_busy[id] = 1;
	if (nf_mode == MODE_TWIN) {
		nf_req = req;
		r = hypercall(HC_NET_TX, (u32)&nf_req, 0, 0, 0);
		if (r) {
			nf_tx_busy[id] = 0;
			return r;
		}
	} else {
		if (nf_tx_prod - nf_tx_rsp_cons >= BUFS) {
			nf_tx_busy[id] = 0;
			return HC_EBUSY;
		}
		tx_ring.ring[nf_tx_prod % BUFS].req = req;
		tx_ring.req_prod = ++nf_tx_prod;
		hypercall(HC_EVTCHN_SEND, DOMID_DOM0, 0, 0, 0);
	}
	nf_tx_sent++;
	return 0;
}

/* The virtual interrupt: TX completions free the stack's buffers, received frames go up. */
void netfront_irq(void)
{
	u32 prod = tx_ring.rsp_prod;

	while (nf_tx_rsp_cons != prod) {
		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;

		if (id >= BUFS || !nf_tx_busy[id]) {
			nf_bad_responses++;
			continue;
		}
		nf_tx_busy[id] = 0;
		nf_tx_done++;
		__svc_guest_tx_done(id);
	}
	prod = rx_ring.rsp_prod;
	while (nf_rx_rsp_cons != prod) {
		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
		u32 id = rsp.id;

		if (id >= BUFS) {
			nf_bad_responses++;
			continue;
		}
		if (rsp.status > 0 && rsp.status <= NET_RX_BUFFER) {
			nf_rx_received++;
			__svc_guest_rx(nf_rx_area + id * NET_RX_BUFFER, rsp.status, rsp.flags);
		} else {
			nf_rx_errors++;
		}
		/* Post the buffer again. */
		rx_ring.ring[nf_rx_prod % BUFS].req.id = id;
		rx_ring.ring[nf_rx_prod % BUFS].req.gref = id / 2;
		rx_ring.ring[nf_rx_prod % BUFS].req.offset = (id & 1) * NET_RX_BUFFER;
		nf_rx_prod++;
	}
	rx_ring.req_prod = nf_rx_prod;
}
