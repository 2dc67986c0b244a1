/*
 * twindrivers platform C: dom0's kernel as a place for the hot routines (twin/hot-env.h).
 * dom0 reaches its own data directly.
 */
#ifndef _TWIN_PLACE_DOM0_H
#define _TWIN_PLACE_DOM0_H

static __always_inline void *D(const void *p)
{
	return (void *)p;
}

#endif /* _TWIN_PLACE_DOM0_H */
