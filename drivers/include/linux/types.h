/*
 * Mini kernel API (twindrivers): basic types of the i386 kernel ABI.
 * Owns the fixed-width integer types, dma_addr_t, gfp_t, bool and offsetof
 * for every driver compiled against drivers/include.
 * Invariant: ILP32 (-m32); u64 members are 4-byte aligned inside structs,
 * exactly as the i386 psABI lays them out.
 */
#ifndef _MINI_LINUX_TYPES_H
#define _MINI_LINUX_TYPES_H

typedef signed char s8;
typedef unsigned char u8;
typedef signed short s16;
typedef unsigned short u16;
typedef signed int s32;
typedef unsigned int u32;
typedef signed long long s64;
typedef unsigned long long u64;

typedef u8 __u8;
typedef u16 __u16;
typedef u32 __u32;
typedef u64 __u64;
typedef u16 __le16;
typedef u32 __le32;
typedef u64 __le64;
typedef u16 __be16;
typedef u32 __be32;

typedef unsigned int size_t;
typedef int ssize_t;
typedef int ptrdiff_t;
typedef unsigned long uintptr_t;

/* Bus address as seen by the NIC; 32 bits (no PAE, no 64-bit DMA). */
typedef u32 dma_addr_t;
typedef u32 resource_size_t;
typedef unsigned int gfp_t;

typedef _Bool bool;
#define true 1
#define false 0

#define NULL ((void *)0)

#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)

typedef struct {
	volatile int counter;
} atomic_t;

struct list_head {
	struct list_head *next, *prev;
};

/* The i386 kernel is little-endian: these are identity conversions. */
#define cpu_to_le16(x) ((__le16)(u16)(x))
#define cpu_to_le32(x) ((__le32)(u32)(x))
#define cpu_to_le64(x) ((__le64)(u64)(x))
#define le16_to_cpu(x) ((u16)(__le16)(x))
#define le32_to_cpu(x) ((u32)(__le32)(x))
#define le64_to_cpu(x) ((u64)(__le64)(x))

#endif /* _MINI_LINUX_TYPES_H */
