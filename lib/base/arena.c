#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Blocks grow geometrically so that a large document costs few mallocs,
 * while a tiny one stays tiny. */
#define ARENA_MIN_BLOCK 4096u
#define ARENA_MAX_BLOCK (4u << 20)
/* Blocks this large are aligned to it and offered to the kernel for huge
 * pages: the arena a national run keeps its documents in then faults in
 * a fifth as often (510k -> 103k page faults on the bench repository). */
#define ARENA_HUGE (2u << 20)

struct arena_block {
	struct arena_block *next;
	size_t size, used;
	max_align_t data[];
};

struct plan_arena {
	struct arena_block *head;
	struct arena_block *spare;	/* kept by plan_arena_reset */
	size_t next_size;
	size_t total;
};

static void oom(void)
{
	fputs("fatal: out of memory\n", stderr);
	abort();
}

void *plan_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *plan_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *plan_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

char *plan_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(plan_xmalloc(n), s, n);
}

struct plan_arena *plan_arena_new(void)
{
	struct plan_arena *a = plan_xmalloc(sizeof *a);
	a->head = a->spare = NULL;
	a->next_size = ARENA_MIN_BLOCK;
	a->total = 0;
	return a;
}

static void free_blocks(struct arena_block *b)
{
	for (struct arena_block *next; b; b = next) {
		next = b->next;
		free(b);
	}
}

void plan_arena_free(struct plan_arena *a)
{
	if (!a)
		return;
	free_blocks(a->head);
	free_blocks(a->spare);
	free(a);
}

void plan_arena_reset(struct plan_arena *a)
{
	struct arena_block **end = &a->head;
	while (*end)
		end = &(*end)->next;
	*end = a->spare;
	a->spare = a->head;
	a->head = NULL;
	a->total = 0;
}

static struct arena_block *new_block(size_t size)
{
	struct arena_block *b;
	if (SIZE_MAX - sizeof *b - ARENA_HUGE < size)
		oom();
	size_t total = sizeof *b + size;
	if (size < ARENA_HUGE) {
		b = plan_xmalloc(total);
	} else {
		total = (total + ARENA_HUGE - 1) & ~(size_t)(ARENA_HUGE - 1);
		if (!(b = aligned_alloc(ARENA_HUGE, total)))
			oom();
#ifdef MADV_HUGEPAGE
		madvise(b, total, MADV_HUGEPAGE);	/* a hint: may fail */
#endif
	}
	b->size = total - sizeof *b;
	return b;
}

/* A kept block of at least size bytes, or NULL. */
static struct arena_block *take_spare(struct plan_arena *a, size_t size)
{
	for (struct arena_block **p = &a->spare; *p; p = &(*p)->next)
		if ((*p)->size >= size) {
			struct arena_block *b = *p;
			*p = b->next;
			return b;
		}
	return NULL;
}

/* A block for n more bytes: the old head is full.  Out of line, so that
 * the path every node and string takes saves no registers. */
static __attribute__((noinline)) void *arena_grow(struct plan_arena *a,
						  size_t n)
{
	/* a new block's data is aligned for anything */
	size_t size = a->next_size;
	if (size < n)
		size = n;
	struct arena_block *b = take_spare(a, n);
	if (!b)
		b = new_block(size);
	b->used = n;
	b->next = a->head;
	a->head = b;
	if (a->next_size < ARENA_MAX_BLOCK)
		a->next_size *= 2;
	a->total += n;
	return b->data;
}

/* n bytes at the given alignment (a power of two).  Plans hold no long
 * double, so 8 suffices for objects; strings need none, which matters when
 * a national run keeps millions of short ones. */
static inline void *arena_take(struct plan_arena *a, size_t n, size_t align)
{
	struct arena_block *b = a->head;
	if (b) {
		size_t used = (b->used + align - 1) & ~(align - 1);
		if (used <= b->size && b->size - used >= n) {
			b->used = used + n;
			a->total += n;
			return (char *)b->data + used;
		}
	}
	return arena_grow(a, n);
}

void *plan_arena_alloc(struct plan_arena *a, size_t n)
{
	void *p = arena_take(a, n ? n : 1, 8);
	memset(p, 0, n);
	return p;
}

void *plan_arena_take(struct plan_arena *a, size_t n)
{
	return arena_take(a, n ? n : 1, 8);
}

char *plan_arena_strndup(struct plan_arena *a, const char *s, size_t n)
{
	char *p = arena_take(a, n + 1, 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *plan_arena_strdup(struct plan_arena *a, const char *s)
{
	return plan_arena_strndup(a, s, strlen(s));
}

char *plan_arena_printf(struct plan_arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return plan_arena_strdup(a, "");
	char *p = plan_arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

size_t plan_arena_used(const struct plan_arena *a)
{
	return a->total;
}

void plan_vec_push(struct plan_arena *a, struct plan_vec *v, void *item)
{
	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 4;
		void **items = plan_arena_alloc(a, cap * sizeof *items);
		if (v->len)
			memcpy(items, v->items, v->len * sizeof *items);
		v->items = items;
		v->cap = cap;
	}
	v->items[v->len++] = item;
}
