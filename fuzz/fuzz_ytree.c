/*
 * fuzz_ytree.c - the YAML loader (plan_ytree_load_mem): any bytes, as a plan
 * file, under the default limits and under tight ones (so that the depth,
 * scalar and file limits are reached by small inputs too).  The tree is
 * walked with the reader helpers, checking the invariants ytree.h states.
 */
#include "fuzz.h"

#include "base/arena.h"
#include "base/finding.h"
#include "yaml/ytree.h"

static size_t walk(const struct ynode *n, unsigned depth, unsigned max)
{
	if (!n)
		return 0;
	if (depth > max || n->line == 0 || n->column == 0)
		abort();
	size_t count = 1;
	switch (n->type) {
	case YNODE_SCALAR:
		if (!n->text || n->text[n->len] != '\0')
			abort();
		(void)ynode_is_null(n);
		(void)plan_ynode_text_is(n, "plan");
		break;
	case YNODE_MAP:
		for (uint32_t i = 0; i < n->npairs; i++) {
			const struct ynode *k = n->pairs[i].key;
			if (!k || k->type != YNODE_SCALAR)
				abort();
			count += walk(k, depth, max);
			count += walk(n->pairs[i].value, depth + 1, max);
		}
		(void)plan_ynode_get(n, "plan");
		(void)plan_ynode_pair(n, "programs");
		break;
	case YNODE_SEQ:
		for (uint32_t i = 0; i < n->nitems; i++)
			count += walk(n->items[i], depth + 1, max);
		break;
	default:
		abort();
	}
	return count;
}

static void load(const uint8_t *data, size_t size,
		 const struct yload_limits *lim)
{
	struct plan_arena *a = plan_arena_new();
	struct plan_findings *f = plan_findings_new(NULL);
	struct yload_result res;
	plan_ytree_load_mem((const char *)data, size, "fuzz.yaml", lim, a, f, &res);
	if (res.root && res.fatal)
		abort();
	walk(res.root, 1, lim->max_depth + 1);
	plan_findings_sort(f);
	for (size_t i = 0; i < plan_findings_count(f); i++) {
		const struct plan_finding *x = plan_findings_get(f, i);
		if (!x->message || x->line == 0 || x->column == 0)
			abort();
	}
	plan_findings_free(f);
	plan_arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct yload_limits def = YLOAD_LIMITS_DEFAULT;
	static const struct yload_limits tight = {4096, 64, 8};
	load(data, size, &def);
	load(data, size, &tight);
	return 0;
}
