/*
 * repo_first.c - the first item of each key, in (file, line, column)
 * order: one item a rule compares the others with, whatever order the
 * documents were loaded in.
 */
#include <string.h>

#include "base/arena.h"
#include "repo/repo_priv.h"

static bool before(const struct plan_doc *a, const struct ynode *na,
		   const struct plan_doc *b, const struct ynode *nb)
{
	int c = strcmp(a->file, b->file);
	if (c)
		return c < 0;
	if (na->line != nb->line)
		return na->line < nb->line;
	return na->column < nb->column;
}

void plan_firsts_offer(struct plan_firsts *f, const char *key, size_t len,
		       const struct plan_doc *d, const void *item,
		       const struct ynode *node)
{
	struct plan_first *x = plan_strmap_get(&f->map, key, len);
	if (!x) {
		x = plan_arena_take(f->a, sizeof *x);
		plan_strmap_put(&f->map, plan_arena_strndup(f->a, key, len),
				len, x);
	} else if (!before(d, node, x->d, x->node)) {
		return;
	}
	*x = (struct plan_first){d, item, node};
}

const struct plan_first *plan_firsts_get(const struct plan_firsts *f,
					 const char *key, size_t len)
{
	return plan_strmap_get(&f->map, key, len);
}

void plan_firsts_run(struct plan_repo *r, plan_firsts_pass *pass,
		     struct plan_findings *out)
{
	struct plan_firsts f = {.a = plan_arena_new()};
	plan_strmap_init(&f.map);
	pass(r, &f, NULL);
	if (f.map.len)
		pass(r, &f, out);
	plan_strmap_release(&f.map);
	plan_arena_free(f.a);
}
