/*
 * yalloc.h - the memory libyaml parses with.
 *
 * libyaml mallocs and frees every token's text, every string it grows and
 * every queue it extends: about 2.5 allocations per event, 13% of a
 * national run's instructions in glibc's malloc and free.  It does so
 * through four functions it exports and calls through the PLT
 * (yaml_malloc, yaml_realloc, yaml_free, yaml_strdup), so a definition in
 * the program takes their place.  yalloc.c defines them over per-thread
 * free lists of ten size classes, carved from shared slabs that go back
 * to malloc at exit.  What a thread has freed stays on its lists until
 * then: a few tens of KiB per loading thread.
 *
 * Builds with AddressSanitizer keep libc's allocator, so that libyaml's
 * buffers stay checked; so does -DPLAN_LIBC_YAML_ALLOC.  A libyaml linked
 * so that it binds the four internally (static, -Bsymbolic) calls its own
 * and never ours: either way, every pointer is freed by the allocator
 * that made it.
 */
#ifndef PLAN_YALLOC_H
#define PLAN_YALLOC_H

#include <stdbool.h>
#include <stddef.h>

/* True if libyaml's allocations go through yalloc.  ytree calls it for
 * each parse so that the linker takes yalloc.o out of libplan.a, where
 * nothing else names it. */
bool plan_yalloc_enabled(void);

/* Bytes of slab the process holds (for tests and the bench). */
size_t plan_yalloc_slab_bytes(void);

#endif
