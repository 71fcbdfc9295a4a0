/*
 * yalloc.h - the memory libyaml parses with, in the programs.
 *
 * libyaml mallocs and frees every token's text, every string it grows and
 * every queue it extends: about 2.5 allocations per event, 13% of a
 * national run's instructions in glibc's malloc and free.  It does so
 * through four functions it exports and calls through the PLT
 * (yaml_malloc, yaml_realloc, yaml_free, yaml_strdup), so a definition in
 * the program takes their place.  yalloc.c defines them over per-thread
 * free lists of ten size classes, carved from shared slabs.
 *
 * It is linked into the plan-* binaries, the unit tests and the fuzz
 * targets, never into libplan.a: a program that links the library keeps
 * the allocator it has.  A yalloc.o on the link line is always taken.
 *
 * When a thread ends, what it has freed and the unused end of its slab
 * go to a shared pool that the next thread to run short takes from, so
 * that each load's worker threads leave nothing behind for good.  Slabs
 * are never given back: they are the process's until it ends (valgrind
 * counts them as reachable).  No teardown runs at exit, when a thread
 * might still be parsing.
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

/* True if libyaml's allocations go through yalloc in this build. */
bool yalloc_enabled(void);

/* Bytes of slab the process holds (for tests and the bench). */
size_t yalloc_slab_bytes(void);

#endif
