/*
 * Mini kernel API (twindrivers): module entry points.
 * Owns module_init/module_exit: as in Linux they alias the driver's static
 * init/exit functions to the global symbols init_module and cleanup_module,
 * which the module loader calls (init_module returns 0 or -errno).
 */
#ifndef _MINI_LINUX_MODULE_H
#define _MINI_LINUX_MODULE_H

typedef int (*initcall_t)(void);
typedef void (*exitcall_t)(void);

#define module_init(initfn) \
	int init_module(void) __attribute__((alias(#initfn)));

#define module_exit(exitfn) \
	void cleanup_module(void) __attribute__((alias(#exitfn)));

#endif /* _MINI_LINUX_MODULE_H */
