#include "repo/satudata.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/hmap.h"
#include "base/value.h"

int plan_region_depth(const char *code)
{
	if (!code || !*code)
		return 0;
	int n = 1;
	for (; *code; code++)
		n += *code == '.';
	return n;
}

bool plan_region_kelurahan(const char *code)
{
	const char *last = code ? strrchr(code, '.') : NULL;
	return plan_region_depth(code) == 4 && last && last[1] == '1';
}

int plan_satu_up(const char *code)
{
	int depth = plan_region_depth(code);
	if (depth == 0 || depth == 3)
		return -1;
	if (depth == 1)
		return 0;
	/* a kabupaten/kota: its province; a desa: its kabupaten/kota */
	const char *dot = strchr(code, '.');
	if (depth == 4)
		dot = strchr(dot + 1, '.');
	return (int)(dot - code);
}

/* The regions directly below each region of the table, by code: what is
 * below a code is found from the codes themselves (a `.` boundary), so a
 * table without a `parent` column serves as well.  Built only when a
 * roll-up asks: the region table is 92k rows. */
struct kids {
	const char **v;
	size_t n, cap;
};

struct plan_satu_regions {
	struct plan_arena *arena;	/* the kids and their arrays */
	struct strmap by_parent;	/* parent code -> struct kids */
};

static void kids_push(struct plan_arena *a, struct kids *k, const char *s)
{
	if (k->n == k->cap) {
		size_t cap = k->cap ? 2 * k->cap : 8;
		const char **v = plan_arena_take(a, cap * sizeof *v);
		if (k->n)
			memcpy(v, k->v, k->n * sizeof *v);
		k->v = v;
		k->cap = cap;
	}
	k->v[k->n++] = s;
}

struct plan_satu_regions *plan_satu_regions_new(const struct plan_tables *t)
{
	if (!plan_tables_has_regions(t))
		return NULL;
	struct plan_satu_regions *x = plan_xmalloc(sizeof *x);
	x->arena = plan_arena_new();
	plan_strmap_init(&x->by_parent);
	size_t n = plan_tables_region_count(t);
	for (size_t i = 0; i < n; i++) {
		const char *code = plan_tables_region_code(t, i);
		const char *dot = strrchr(code, '.');
		size_t plen = dot ? (size_t)(dot - code) : 0;
		struct kids *k = plan_strmap_get(&x->by_parent, code, plen);
		if (!k) {
			k = plan_arena_alloc(x->arena, sizeof *k);
			plan_strmap_put(&x->by_parent, code, plen, k);
		}
		kids_push(x->arena, k, code);
	}
	return x;
}

void plan_satu_regions_free(struct plan_satu_regions *x)
{
	if (!x)
		return;
	plan_strmap_release(&x->by_parent);
	plan_arena_free(x->arena);
	free(x);
}

static const struct kids *kids_of(const struct plan_satu_regions *x,
				  const char *code)
{
	static const struct kids none;
	const struct kids *k = plan_strmap_get(&x->by_parent, code,
					       strlen(code));
	return k ? k : &none;
}

static void push(const char ***v, size_t *n, size_t *cap, const char *s)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		*v = plan_xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = s;
}

size_t plan_satu_below(const struct plan_satu_regions *x, const char *region,
		       const char ***codes)
{
	const char **v = NULL;
	size_t n = 0, cap = 0;
	int depth = plan_region_depth(region);
	*codes = NULL;
	if (!x || depth >= 4)
		return 0;
	const struct kids *k = kids_of(x, region ? region : "");
	for (size_t i = 0; i < k->n; i++) {
		if (depth == 2) {	/* a kab/kota: the desa of its kecamatan */
			const struct kids *d = kids_of(x, k->v[i]);
			for (size_t j = 0; j < d->n; j++)
				if (!plan_region_kelurahan(d->v[j]))
					push(&v, &n, &cap, d->v[j]);
		} else if (depth < 3 || !plan_region_kelurahan(k->v[i])) {
			push(&v, &n, &cap, k->v[i]);
		}
	}
	*codes = v;
	return n;
}

void plan_satu_agg_init(struct plan_satu_agg *s, enum plan_aggregation agg)
{
	memset(s, 0, sizeof *s);
	s->agg = agg;
}

bool plan_satu_agg_add(struct plan_satu_agg *s, const char *text,
		       size_t len)
{
	struct plan_decimal x;
	if (!plan_is_number(text, len))
		return false;
	s->n++;
	/* a number of more digits than a decimal holds stops the figure */
	if (!plan_decimal_parse(text, len, &x))
		s->failed = true;
	else if (s->n == 1)
		s->v = x;
	else if (s->agg == PLAN_AGG_SUM && !plan_decimal_add(&s->v, x))
		s->failed = true;
	else if ((s->agg == PLAN_AGG_MIN && plan_decimal_cmp(x, s->v) < 0) ||
		 (s->agg == PLAN_AGG_MAX && plan_decimal_cmp(x, s->v) > 0))
		s->v = x;
	return true;
}

bool plan_satu_agg_ok(const struct plan_satu_agg *s)
{
	return s->n && !s->failed && s->agg != PLAN_AGG_NONE;
}
