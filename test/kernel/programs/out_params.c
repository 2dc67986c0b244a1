/*
 * out_params.c — the e1000 PHY access style: every register read returns its value through a
 * pointer to the caller's local (read_phy_reg(hw, reg, &val)), nested several calls deep, with
 * status codes, retries and a polled "busy" bit; plus an out-parameter struct filled by a callee.
 */
#include "klib.h"

struct hw { u32 mdic; u16 phy[32]; u32 reads, writes; u8 addr; };
struct link_info { u16 speed, duplex; u32 flags; };

s32 phy_setup(struct hw *hw, u32 rounds);
s32 get_link(struct hw *hw, struct link_info *out);

#ifdef SVM_MODULE

static noinline s32 mdic_read(struct hw *hw, u32 reg, u16 *data)
{
	u32 mdic = (reg << 16) | ((u32)hw->addr << 21) | (2u << 26);
	u32 i;
	hw->mdic = mdic;
	for (i = 0; i < 64; i++) {
		if (i == (reg & 7)) hw->mdic |= 1u << 28;     /* ready after a few polls */
		if (hw->mdic & (1u << 28)) break;
	}
	if (i == 64) return -1;
	*data = hw->phy[reg & 31];
	hw->reads++;
	return 0;
}

static noinline s32 mdic_write(struct hw *hw, u32 reg, u16 data)
{
	hw->phy[reg & 31] = data;
	hw->writes++;
	return 0;
}

static noinline s32 read_phy_reg(struct hw *hw, u32 reg, u16 *val)
{
	u16 tmp;
	s32 ret = mdic_read(hw, reg, &tmp);
	if (ret) return ret;
	*val = tmp;
	return 0;
}

static noinline s32 phy_rmw(struct hw *hw, u32 reg, u16 set, u16 clear, u16 *old)
{
	u16 v;
	s32 ret = read_phy_reg(hw, reg, &v);
	if (ret) return ret;
	if (old) *old = v;
	return mdic_write(hw, reg, (u16)((v & ~clear) | set));
}

s32 phy_setup(struct hw *hw, u32 rounds)
{
	u16 ctrl, status, old[4];
	s32 ret = 0;
	u32 r;
	for (r = 0; r < rounds; r++) {
		ret = read_phy_reg(hw, r & 31, &ctrl);
		if (ret) break;
		ret = phy_rmw(hw, (r + 1) & 31, (u16)(ctrl >> 1), 0x8000, &old[r & 3]);
		if (ret) break;
		ret = read_phy_reg(hw, 1, &status);
		hw->phy[(r + 5) & 31] ^= status ^ old[r & 3];
	}
	return ret ? ret : (s32)(hw->reads ^ hw->writes);
}

static noinline void fill_link(struct hw *hw, struct link_info *li)
{
	u16 s;
	read_phy_reg(hw, 17, &s);
	li->speed = (s >> 14) == 2 ? 1000 : (s >> 14) == 1 ? 100 : 10;
	li->duplex = (s >> 13) & 1;
	li->flags = s;
}

s32 get_link(struct hw *hw, struct link_info *out)
{
	struct link_info li;
	fill_link(hw, &li);
	*out = li;
	return li.speed + li.duplex;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct hw *hw = rt_alloc(sizeof(*hw), 4);
	struct link_info *li = rt_alloc(sizeof(*li), 4);
	for (u32 i = 0; i < 32; i++) hw->phy[i] = (u16)rnd();
	hw->addr = 1;
	for (u32 k = 0; k < 40; k++) {
		out_kv("setup", (u32)M(phy_setup, hw, 1 + rnd_below(20)));
		out_kv("link", (u32)M(get_link, hw, li));
		out_kv("speed", li->speed | (u32)li->duplex << 16);
	}
	for (u32 i = 0; i < 32; i++) out_kv("phy", hw->phy[i]);
	CHECK(rt_rewritten() ? rt_stack_fills() > 0 : rt_stack_fills() == 0);
	return 0;
}
#endif
