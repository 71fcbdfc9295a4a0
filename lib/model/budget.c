#include "model/budget.h"

#include <stdbool.h>

#include "base/value.h"

enum plan_elem_type plan_budget_child_type(enum plan_elem_type t)
{
	switch (t) {
	case EL_PROGRAM: return EL_KEGIATAN;
	case EL_KEGIATAN: return EL_SUB_KEGIATAN;
	case EL_BIDANG: return EL_SUB_BIDANG;
	case EL_SUB_BIDANG: return EL_VKEGIATAN;
	default: return EL_TYPE_COUNT;
	}
}

static const struct plan_yearval *find(const struct plan_budget_lookup *lk,
				       const struct plan_element *e, int year)
{
	if (lk && lk->find)
		return lk->find(lk->ctx, e, year);
	for (size_t i = 0; i < e->budget.n; i++)
		if (e->budget.v[i].year == year)
			return &e->budget.v[i];
	return NULL;
}

/* The chain is at most three deep (program > kegiatan > sub-kegiatan), so
 * the recursion is bounded whatever the input. */
struct plan_amount plan_budget_amount(const struct plan_element *e, int year,
				      const struct plan_budget_lookup *lk)
{
	const struct plan_yearval *v = find(lk, e, year);
	if (!v || v->null)	/* v->value may be gone: plan_doc_compact_consume */
		return plan_budget_children(e, year, lk);
	if (!v->money_ok && lk && lk->unreadable) {
		lk->unreadable(lk->arg, e, v);
		return (struct plan_amount){PLAN_AMOUNT_NONE, 0};
	}
	if (!v->money_ok)
		return (struct plan_amount){PLAN_AMOUNT_BAD, 0};
	return (struct plan_amount){PLAN_AMOUNT_VALUE, v->amount};
}

struct plan_amount plan_budget_children(const struct plan_element *e,
					int year,
					const struct plan_budget_lookup *lk)
{
	enum plan_elem_type ct = plan_budget_child_type(e->type);
	struct plan_amount sum = {PLAN_AMOUNT_NONE, 0};
	bool overflow = false;

	for (size_t i = 0; i < e->nchildren; i++) {
		if (e->children[i]->type != ct)
			continue;
		struct plan_amount a = plan_budget_amount(e->children[i], year, lk);
		if (a.kind == PLAN_AMOUNT_BAD)
			return a;
		if (a.kind == PLAN_AMOUNT_OVERFLOW)
			overflow = true;
		else if (a.kind == PLAN_AMOUNT_VALUE && !overflow &&
			 !plan_money_add(sum.value, a.value, &sum.value))
			overflow = true;
		if (a.kind != PLAN_AMOUNT_NONE)
			sum.kind = PLAN_AMOUNT_VALUE;
	}
	if (overflow)
		sum.kind = PLAN_AMOUNT_OVERFLOW;
	return sum;
}
