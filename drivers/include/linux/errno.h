/*
 * Mini kernel API (twindrivers): errno values (Linux i386 numbering).
 * Kernel routines return these negated.
 */
#ifndef _MINI_LINUX_ERRNO_H
#define _MINI_LINUX_ERRNO_H

#define EPERM 1
#define ENOENT 2
#define EIO 5
#define EAGAIN 11
#define ENOMEM 12
#define EFAULT 14
#define EBUSY 16
#define ENODEV 19
#define EINVAL 22
#define ERANGE 34
#define EOPNOTSUPP 95
#define ETIMEDOUT 110

#endif /* _MINI_LINUX_ERRNO_H */
