/*
 * skb.c — sk_buff-style buffer handling: skb_reserve/put/push/pull over a head/data/tail/end
 * layout, building Ethernet/IP/UDP headers in a local struct and pushing them, checksumming the
 * headers through a pointer, a small frame copied into a local bounce buffer (copybreak) and back.
 */
#include "klib.h"

struct skb { u8 *head, *data, *tail, *end; u32 len, protocol; };
struct ethhdr { u8 dst[6], src[6]; u16 proto; } __attribute__((packed));
struct iphdr { u8 vihl, tos; u16 tot_len, id, frag; u8 ttl, proto; u16 check; u32 saddr, daddr; };
struct udphdr { u16 source, dest, len, check; };

u32 build_frame(struct skb *skb, u8 *buf, u32 size, u32 payload, u32 seed);
u32 copybreak(struct skb *skb, u32 limit);

#ifdef SVM_MODULE

static inline void skb_reserve(struct skb *s, u32 n) { s->data += n; s->tail += n; }
static inline u8 *skb_put(struct skb *s, u32 n) { u8 *t = s->tail; s->tail += n; s->len += n; return t; }
static inline u8 *skb_push(struct skb *s, u32 n) { s->data -= n; s->len += n; return s->data; }
static inline u8 *skb_pull(struct skb *s, u32 n) { s->len -= n; return s->data += n; }

static noinline u16 ip_check(const u8 *h, u32 len)
{
	u32 s = 0;
	for (u32 i = 0; i < len; i += 2) s += (u32)h[i] << 8 | h[i + 1];
	while (s >> 16) s = (s & 0xffff) + (s >> 16);
	return (u16)~s;
}

u32 build_frame(struct skb *skb, u8 *buf, u32 size, u32 payload, u32 seed)
{
	struct ethhdr eth;
	struct iphdr ip;
	struct udphdr udp;
	skb->head = buf; skb->data = skb->tail = buf; skb->end = buf + size; skb->len = 0;
	skb_reserve(skb, 64);
	u8 *p = skb_put(skb, payload);
	for (u32 i = 0; i < payload; i++) p[i] = (u8)(seed + i);
	udp.source = (u16)seed; udp.dest = 53; udp.len = (u16)(payload + 8); udp.check = 0;
	memcpy(skb_push(skb, sizeof(udp)), &udp, sizeof(udp));
	memset(&ip, 0, sizeof(ip));
	ip.vihl = 0x45; ip.ttl = 64; ip.proto = 17; ip.tot_len = (u16)(skb->len + sizeof(ip));
	ip.saddr = seed; ip.daddr = ~seed; ip.id = (u16)(seed >> 16);
	ip.check = ip_check((const u8 *)&ip, sizeof(ip));
	memcpy(skb_push(skb, sizeof(ip)), &ip, sizeof(ip));
	for (u32 i = 0; i < 6; i++) { eth.dst[i] = (u8)(0x10 + i); eth.src[i] = (u8)(seed >> i); }
	eth.proto = 0x0008;
	memcpy(skb_push(skb, sizeof(eth)), &eth, sizeof(eth));
	return skb->len ^ ip.check;
}

u32 copybreak(struct skb *skb, u32 limit)
{
	u8 bounce[256];
	if (skb->len > limit || skb->len > sizeof(bounce)) return 0;
	u32 len = skb->len;
	memcpy(bounce, skb->data, len);
	skb_pull(skb, 14);
	for (u32 i = 0; i < len; i++) bounce[i] ^= 0x5a;
	memcpy(skb->data - 14, bounce, len);
	u32 h = 0;
	for (u32 i = 0; i < len; i++) h = h * 31 + bounce[i];
	return h;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct skb *skb = rt_alloc(sizeof(*skb), 4);
	u8 *buf = rt_alloc(2048, 64);
	for (u32 k = 0; k < 80; k++) {
		u32 pl = rnd_below(1400);
		out_kv("frame", M(build_frame, skb, buf, 2048, pl, rnd()));
		out_kv("cb", M(copybreak, skb, 256));
		u32 h = 0;
		for (u32 i = 0; i < 64; i++) h = h * 31 + buf[64 + i];
		out_kv("hdr", h);
	}
	return 0;
}
#endif
