/*
 * Mini kernel API (twindrivers): user-space copies.
 * Owns copy_from_user/copy_to_user (out of line, as on i386 2.6.18).  In the
 * modeled dom0 a "user" buffer is any dom0 address the caller chose; the
 * routines copy n bytes and return the number of bytes NOT copied (0 on
 * success).
 */
#ifndef _MINI_ASM_UACCESS_H
#define _MINI_ASM_UACCESS_H

#include <linux/types.h>
#include <linux/compiler.h>

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n);
unsigned long copy_from_user(void *to, const void __user *from, unsigned long n);

#endif /* _MINI_ASM_UACCESS_H */
