/*
 * indicators.c - the indicators table (see indicators.h), read by the
 * CSV reader of tables.c (tables_priv.h).
 */
#include "tables/indicators.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/hmap.h"
#include "tables/tables_priv.h"

struct plan_indtable {
	struct plan_arena *arena;	/* codes, names, units */
	struct plan_indicator_def *rows;
	size_t n, cap;
	struct strmap by_code;		/* code -> row number + 1 */
};

void plan_indtable_free(struct plan_indtable *it)
{
	if (!it)
		return;
	plan_strmap_release(&it->by_code);
	plan_arena_free(it->arena);
	free(it->rows);
	free(it);
}

static struct plan_indtable *indtable_new(void)
{
	struct plan_indtable *it = plan_xmalloc(sizeof *it);
	memset(it, 0, sizeof *it);
	it->arena = plan_arena_new();
	plan_strmap_init(&it->by_code);
	return it;
}

/* ---- Reading ---------------------------------------------------------- */

enum col { COL_CODE, COL_NAME, COL_UNIT, COL_AGG, NCOLS };
static const char *const col_names[NCOLS] = {
	"code", "name", "unit", "aggregation"
};

struct loader {
	struct plan_indtable *it;
	size_t first_row;		/* rows of earlier loads */
};

/* An aggregation word, in any case (the cell comes trimmed). */
static bool parse_agg(const struct plan_csvcell *c, enum plan_aggregation *a)
{
	static const char *const names[] = {"none", "sum", "min", "max"};
	if (!c->len) {
		*a = PLAN_AGG_NONE;
		return true;
	}
	for (int i = 0; i < 4; i++) {
		size_t k = 0;
		while (k < c->len && names[i][k] &&
		       tolower((unsigned char)c->s[k]) == names[i][k])
			k++;
		if (k == c->len && !names[i][k]) {
			*a = (enum plan_aggregation)i;
			return true;
		}
	}
	return false;
}

static void keep_row(struct plan_csvload *csv, void *ud, unsigned line,
		     const struct plan_csvcell *cell)
{
	struct loader *ld = ud;
	struct plan_indtable *it = ld->it;
	const struct plan_csvcell *code = &cell[COL_CODE];
	const struct plan_csvcell *name = &cell[COL_NAME];
	const struct plan_csvcell *unit = &cell[COL_UNIT];
	const struct plan_csvcell *agg = &cell[COL_AGG];
	if (!code->len || !name->len || !unit->len) {
		plan_csvload_note(csv, PLAN_CSVNOTE_MALFORMED, line,
				  _("empty %s (row skipped)"),
				  !code->len ? "code" : !name->len ? "name"
				  : "unit");
		return;
	}
	void *old = plan_strmap_get(&it->by_code, code->s, code->len);
	if (old) {
		size_t k = (size_t)(uintptr_t)old - 1;
		if (k >= ld->first_row)
			plan_csvload_note(csv, PLAN_CSVNOTE_DUPLICATE, line,
				_("duplicate code '%.*s' (first at line %u)"),
				(int)code->len, code->s, it->rows[k].line);
		return;		/* an earlier file's listing wins quietly */
	}
	struct plan_indicator_def d = {
		plan_arena_strndup(it->arena, code->s, code->len),
		plan_arena_strndup(it->arena, name->s, name->len),
		plan_arena_strndup(it->arena, unit->s, unit->len),
		PLAN_AGG_NONE, line, (unsigned)it->n,
	};
	if (!parse_agg(agg, &d.agg))
		plan_csvload_note(csv, PLAN_CSVNOTE_MALFORMED, line,
			_("unknown aggregation '%.*s' (sum, min, max or "
			  "none): taken as none"), (int)agg->len, agg->s);
	if (it->n == it->cap) {
		it->cap = it->cap ? 2 * it->cap : 64;
		it->rows = plan_xrealloc(it->rows, it->cap * sizeof *it->rows);
	}
	it->rows[it->n++] = d;
	plan_strmap_put(&it->by_code, d.code, code->len,
			(void *)(uintptr_t)it->n);
}

static const struct plan_csvspec indicator_spec = {
	.cols = col_names, .ncols = NCOLS,
	.nrequired = COL_AGG,		/* aggregation optional */
	.row = keep_row,
};

/* Forget the rows from n on, after a load that failed half-way. */
static void truncate_rows(struct plan_indtable *it, size_t n)
{
	if (it->n == n)
		return;
	it->n = n;
	plan_strmap_release(&it->by_code);
	plan_strmap_init(&it->by_code);
	for (size_t i = 0; i < n; i++)
		plan_strmap_put(&it->by_code, it->rows[i].code,
				strlen(it->rows[i].code),
				(void *)(uintptr_t)(i + 1));
}

int plan_tables_load_indicators(struct plan_tables *t, const char *path,
				char *err, size_t errlen)
{
	struct plan_indtable **slot = plan_tables_indtable_slot(t);
	bool fresh = !*slot;
	if (fresh)
		*slot = indtable_new();
	struct loader ld = { *slot, (*slot)->n };
	int rc = plan_tables_read_csv(t, path, &indicator_spec, &ld, err,
				      errlen);
	if (rc == 0)
		return 0;
	if (fresh) {
		plan_indtable_free(*slot);
		*slot = NULL;
	} else {
		truncate_rows(*slot, ld.first_row);
	}
	return -1;
}

/* ---- Looking up ------------------------------------------------------- */

bool plan_tables_has_indicators(const struct plan_tables *t)
{
	return plan_tables_indtable(t) != NULL;
}

const struct plan_indicator_def *
plan_tables_indicator(const struct plan_tables *t, const char *code,
		      size_t len)
{
	const struct plan_indtable *it = plan_tables_indtable(t);
	if (!it || !code)
		return NULL;
	void *v = plan_strmap_get(&it->by_code, code, len);
	return v ? &it->rows[(size_t)(uintptr_t)v - 1] : NULL;
}

size_t plan_tables_indicator_count(const struct plan_tables *t)
{
	const struct plan_indtable *it = plan_tables_indtable(t);
	return it ? it->n : 0;
}

const struct plan_indicator_def *
plan_tables_indicator_at(const struct plan_tables *t, size_t i)
{
	const struct plan_indtable *it = plan_tables_indtable(t);
	return it && i < it->n ? &it->rows[i] : NULL;
}

const char *plan_aggregation_name(enum plan_aggregation a)
{
	switch (a) {
	case PLAN_AGG_SUM: return "sum";
	case PLAN_AGG_MIN: return "min";
	case PLAN_AGG_MAX: return "max";
	default: return "none";
	}
}
