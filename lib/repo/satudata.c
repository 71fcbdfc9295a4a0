#include "repo/satudata.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
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

static void push(const char ***v, size_t *n, size_t *cap, const char *s)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		*v = plan_xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = s;
}

size_t plan_satu_below(const struct plan_tables *t, const char *region,
		       const char ***codes)
{
	const char **v = NULL;
	size_t n = 0, cap = 0;
	int depth = plan_region_depth(region);
	*codes = NULL;
	if (depth >= 4)
		return 0;
	const char *const *k;
	size_t nk = plan_tables_region_children(t, region ? region : "", &k);
	for (size_t i = 0; i < nk; i++) {
		if (depth == 2) {	/* a kab/kota: the desa of its kecamatan */
			const char *const *d;
			size_t nd = plan_tables_region_children(t, k[i], &d);
			for (size_t j = 0; j < nd; j++)
				if (!plan_region_kelurahan(d[j]))
					push(&v, &n, &cap, d[j]);
		} else if (depth < 3 || !plan_region_kelurahan(k[i])) {
			push(&v, &n, &cap, k[i]);
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
