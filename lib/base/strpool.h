/*
 * strpool.h - one copy of each distinct string, kept in an arena.
 *
 * A national repository names the same nomenclature sub-kegiatan in 514
 * kabupaten: its kept model holds each name once.  The pool's table is
 * only needed while strings are added; the strings themselves live as
 * long as the arena.
 */
#ifndef PLAN_STRPOOL_H
#define PLAN_STRPOOL_H

#include <stddef.h>

#include "base/arena.h"

struct plan_strpool;

/* A pool whose strings go into a (which must outlive their use). */
struct plan_strpool *plan_strpool_new(struct plan_arena *a);
/* Free the table; the strings stay in the arena.  NULL is fine. */
void plan_strpool_free(struct plan_strpool *p);

/* A NUL-terminated copy of s[0..len), the same pointer for equal bytes. */
const char *plan_strpool_get(struct plan_strpool *p, const char *s,
			     size_t len);

#endif
