/*
 * budget.h - an element's budget for a year in budget-sum's view (SPEC 4):
 * its own figure when it gives one, else what its children add up to,
 * recursively (program = Σ kegiatan = Σ sub-kegiatan; bidang = Σ
 * sub_bidang = Σ kegiatan).  One definition serves plan-validate's
 * budget-sum and plan-report's totals, so the two always agree.
 */
#ifndef PLAN_BUDGET_H
#define PLAN_BUDGET_H

#include <stdint.h>

#include "model/model.h"

enum plan_amount_kind {
	PLAN_AMOUNT_NONE,	/* nothing given at any depth */
	PLAN_AMOUNT_VALUE,
	PLAN_AMOUNT_BAD,	/* a malformed amount takes part (budget-format
				   reports it): the figure is unknown */
	PLAN_AMOUNT_OVERFLOW	/* beyond INT64_MAX: never a wrap */
};

struct plan_amount {
	enum plan_amount_kind kind;
	int64_t value;
};

/* The child type whose budgets add up to t's, or EL_TYPE_COUNT. */
enum plan_elem_type plan_budget_child_type(enum plan_elem_type t);

/* How the figures are read; a NULL lookup is all defaults. */
struct plan_budget_lookup {
	/* How an element's entry for a year is found.  NULL: a scan of its
	 * budget map, fine for the usual handful of years; a caller facing
	 * hostile year maps passes an index. */
	const struct plan_yearval *(*find)(const void *ctx,
					   const struct plan_element *e,
					   int year);
	const void *ctx;
	/* NULL: an amount that cannot be read makes the figure BAD (it is
	 * unknown).  Else the amount (v of e) is handed to it and left out:
	 * it counts as NONE, and its siblings still add up (plan-report's
	 * totals, which list what they leave out). */
	void (*unreadable)(void *arg, const struct plan_element *e,
			   const struct plan_yearval *v);
	void *arg;
};

/* e's own figure for year, else its children's sum (as below). */
struct plan_amount plan_budget_amount(const struct plan_element *e, int year,
				      const struct plan_budget_lookup *lk);

/* What e's children add up to for year: NONE when no child contributes; a
 * child with nothing at any depth counts 0 beside one that does. */
struct plan_amount plan_budget_children(const struct plan_element *e,
					int year,
					const struct plan_budget_lookup *lk);

#endif
