#include "base/strpool.h"

#include <stdlib.h>

#include "base/hmap.h"

struct plan_strpool {
	struct plan_arena *arena;
	struct strmap seen;		/* text -> the same text */
};

struct plan_strpool *plan_strpool_new(struct plan_arena *a)
{
	struct plan_strpool *p = plan_xmalloc(sizeof *p);
	p->arena = a;
	plan_strmap_init(&p->seen);
	return p;
}

void plan_strpool_free(struct plan_strpool *p)
{
	if (!p)
		return;
	plan_strmap_release(&p->seen);
	free(p);
}

const char *plan_strpool_get(struct plan_strpool *p, const char *s,
			     size_t len)
{
	const char *old = plan_strmap_get(&p->seen, s, len);
	if (old)
		return old;
	char *copy = plan_arena_strndup(p->arena, s, len);
	plan_strmap_put(&p->seen, copy, len, copy);
	return copy;
}
