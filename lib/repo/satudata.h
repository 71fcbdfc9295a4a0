/*
 * satudata.h - the Satu Data chain (SPEC 3.6, 4 indicator-rollup): which
 * regions make up a region's figure one step down, and how their values
 * add up.  One definition for plan-validate's indicator-rollup and
 * plan-report's Satu Data section, so the two always agree.
 *
 * The chain: nasional <- the provinces <- a province's kabupaten/kota <-
 * a kabupaten/kota's desa (kecamatan are units of their kabupaten/kota
 * and write no RKPD).  The report also rolls a kecamatan's desa up to the
 * kecamatan.  Kelurahan never take part: they write no plans of their
 * own; in a region code their four-digit part begins with 1.
 */
#ifndef PLAN_SATUDATA_H
#define PLAN_SATUDATA_H

#include <stdbool.h>
#include <stddef.h>

#include "base/decimal.h"
#include "tables/indicators.h"
#include "tables/tables.h"

/* The number of parts of a region code: 0 for "" (nasional), 1 a
 * province, 2 a kabupaten/kota, 3 a kecamatan, 4 a desa. */
int plan_region_depth(const char *code);

/* A kelurahan's code: NN.NN.NN.1NNN. */
bool plan_region_kelurahan(const char *code);

/* The region one step up the chain from code, as the length of code's
 * prefix that names it: a province's is 0 (nasional), a kab/kota's its
 * province, a desa's its kabupaten/kota; -1 for nasional and kecamatan. */
int plan_satu_up(const char *code);

/*
 * The regions of t's region table one step down the chain from region
 * ("", nasional; a kecamatan gives its desa), in table order: their
 * number, with *codes a malloc'd array (caller frees) of t's codes.  0
 * and NULL for a desa, or without a region table.
 */
size_t plan_satu_below(const struct plan_tables *t, const char *region,
		       const char ***codes);

/* The figure of the values one step down, as the aggregation says. */
struct plan_satu_agg {
	enum plan_aggregation agg;
	size_t n;		/* values taken */
	bool failed;		/* one would not fit (plan_decimal): no figure */
	struct plan_decimal v;
};
void plan_satu_agg_init(struct plan_satu_agg *s, enum plan_aggregation agg);
/* Take a number (plan_is_number); false, taking nothing, for text. */
bool plan_satu_agg_add(struct plan_satu_agg *s, const char *text,
		       size_t len);
/* Whether there is a figure: n > 0, not failed, agg not none. */
bool plan_satu_agg_ok(const struct plan_satu_agg *s);

#endif
