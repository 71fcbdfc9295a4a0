/*
 * indicators.h - the indicators table (SPEC 5): the shared list of data
 * codes (the region's or the nation's *daftar data*) with the name, the
 * unit and the aggregation of each, read from CSV with libcsv like the
 * other reference tables (columns by name; `code`, `name` and `unit`
 * required, `aggregation` optional: sum, min, max or none, the default).
 *
 * It is kept in the plan_tables it was loaded into, so that every stage
 * that is given the tables finds it.  Faulty rows (a duplicate code, an
 * empty cell, a wrong number of fields) are skipped and become the
 * tables' notes; an unknown aggregation is a note too, and the row is
 * kept with `none`.
 *
 * Ownership: the definitions live as long as the tables.
 */
#ifndef PLAN_INDICATORS_H
#define PLAN_INDICATORS_H

#include <stdbool.h>
#include <stddef.h>

#include "tables/tables.h"

enum plan_aggregation {
	PLAN_AGG_NONE,		/* the values of the level below are not
				   added up (an index, a ratio) */
	PLAN_AGG_SUM,
	PLAN_AGG_MIN,
	PLAN_AGG_MAX
};

struct plan_indicator_def {
	const char *code, *name, *unit;
	enum plan_aggregation agg;
	unsigned line;			/* in its file, 1-based */
	unsigned index;			/* in table order, from 0 */
};

/*
 * Load an indicators table into t (several files add up; the first
 * listing of a code wins).  Returns 0, or -1 with err ("path:line: what"
 * or "path: strerror") when the file cannot be read or has no usable
 * header; t is then as it was.
 */
int plan_tables_load_indicators(struct plan_tables *t, const char *path,
				char *err, size_t errlen);

bool plan_tables_has_indicators(const struct plan_tables *t);

/* The definition of code[0..len), or NULL (also without a table). */
const struct plan_indicator_def *
plan_tables_indicator(const struct plan_tables *t, const char *code,
		      size_t len);

/* The definitions in table order (for the report). */
size_t plan_tables_indicator_count(const struct plan_tables *t);
const struct plan_indicator_def *
plan_tables_indicator_at(const struct plan_tables *t, size_t i);

/* "sum", "min", "max", "none". */
const char *plan_aggregation_name(enum plan_aggregation a);

#endif
