/*
 * arena.h - region allocator: one arena per document, freed in one call.
 *
 * Every string and node of a loaded document lives in its arena, so a
 * document's lifetime is the arena's.  Allocation never returns NULL: on
 * exhaustion of memory the process aborts (there is nothing sensible a
 * validator can do half-way through a document without memory).
 */
#ifndef PLAN_ARENA_H
#define PLAN_ARENA_H

#include <stddef.h>

struct plan_arena;

/* A new, empty arena.  Free it with plan_arena_free(). */
struct plan_arena *plan_arena_new(void);

/* Release every block of the arena, and the arena itself.  NULL is fine. */
void plan_arena_free(struct plan_arena *a);

/* Forget everything allocated, keeping the blocks for the next use: a
 * scratch arena that reads file after file then costs no malloc and no
 * page fault once it has grown to the largest file's size. */
void plan_arena_reset(struct plan_arena *a);

/* n zeroed bytes, aligned to 8 (enough for every object the library
 * stores: plans hold no long double), valid until the arena is freed.
 * Strings from the dup functions are not aligned at all. */
void *plan_arena_alloc(struct plan_arena *a, size_t n);

/* The same, not zeroed: for objects the caller fills at once. */
void *plan_arena_take(struct plan_arena *a, size_t n);

/* A NUL-terminated copy of the n bytes at s (s need not be terminated). */
char *plan_arena_strndup(struct plan_arena *a, const char *s, size_t n);
char *plan_arena_strdup(struct plan_arena *a, const char *s);

/* printf into the arena. */
char *plan_arena_printf(struct plan_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Bytes handed out so far (for the benchmark's memory figures). */
size_t plan_arena_used(const struct plan_arena *a);

/* Growable array of pointers kept in the arena (old storage is abandoned
 * to the arena on growth, which is cheap for the short lists of plans). */
struct plan_vec {
	void **items;
	size_t len, cap;
};
void plan_vec_push(struct plan_arena *a, struct plan_vec *v, void *item);

/* Out-of-memory handler for malloc'd memory outside arenas. */
void *plan_xmalloc(size_t n);
void *plan_xrealloc(void *p, size_t n);
/* n zeroed objects of size bytes (large ones come as fresh zero pages). */
void *plan_xcalloc(size_t n, size_t size);
char *plan_xstrdup(const char *s);

#endif
