/* report_ind.c - the indicator table: baseline, target and actual per
 * year, and the achievement where an actual exists (see report.h). */
#include "report/report_priv.h"

#include <stdlib.h>
#include <string.h>

#include "base/value.h"

static const struct plan_yearval *year_in(const struct plan_yearmap *m,
					  int year)
{
	for (size_t i = 0; i < m->n; i++)
		if (m->v[i].year == year)
			return &m->v[i];
	return NULL;
}

/* The scalar of a year's entry, or NULL when absent or null. */
static const struct ynode *scalar_of(const struct plan_yearval *v)
{
	if (!v || !v->value || v->value->type != YNODE_SCALAR ||
	    ynode_is_null(v->value))
		return NULL;
	return v->value;
}

static void value_cell(struct plan_report *rep, struct plan_rcell *c,
		       const char *s, size_t len)
{
	plan_report_textn(rep, c, s, len);
	if (plan_is_number(s, len))
		c->kind = RCELL_NUMBER;
}

static const char *direction_word(struct plan_report *rep,
				  enum plan_direction d)
{
	switch (d) {
	case DIR_DOWN: return W(rep, "down");
	case DIR_EXACT: return W(rep, "exact");
	default: return W(rep, "up");
	}
}

static void baseline_cell(struct plan_report *rep, struct plan_rcell *c,
			  const struct plan_indicator *ind)
{
	const struct plan_str *b = &ind->baseline_value;
	if (!b->s)
		return;
	if (ind->baseline_year < 0) {
		value_cell(rep, c, b->s, b->len);
		return;
	}
	plan_report_textf(rep, c, "%.*s (%d)", (int)b->len, b->s,
		     ind->baseline_year);
	if (plan_is_number(b->s, b->len))
		c->kind = RCELL_NUMBER;	/* "3.90 (2024)": shown as 3,90 */
}

/* The years of the targets and actuals, ascending, in y (cap entries). */
static size_t indicator_years(const struct plan_report *rep,
			      const struct plan_indicator *ind, int *y,
			      size_t cap)
{
	size_t n = 0;
	const struct plan_yearmap *maps[] = { &ind->targets, &ind->actuals };
	for (size_t m = 0; m < 2; m++)
		for (size_t i = 0; i < maps[m]->n && n < cap; i++) {
			int v = maps[m]->v[i].year;
			bool seen = v < 0 || (rep->opts.year >= 0 &&
					      v != rep->opts.year);
			for (size_t k = 0; k < n && !seen; k++)
				seen = y[k] == v;
			if (!seen)
				y[n++] = v;
		}
	for (size_t i = 1; i < n; i++)	/* insertion sort: a handful */
		for (size_t k = i; k > 0 && y[k - 1] > y[k]; k--) {
			int t = y[k];
			y[k] = y[k - 1];
			y[k - 1] = t;
		}
	return n;
}

/* Notes v (of e) as left out when it cannot be read; returns 1 if so. */
static uint32_t left_out(struct plan_report *rep, const struct plan_doc *d,
			 const struct plan_element *e,
			 const struct plan_indicator *ind,
			 const struct plan_yearval *v, const char *what)
{
	/* written the spreadsheet way (SPEC 3.2, number-format) or split
	 * by commas: text to every numeric rule, so in no achievement; the
	 * achievement says it was left out and the left-out table lists it */
	if (!v || !v->sheet)
		return 0;
	plan_report_left_out(rep, d, e, ind, what, v->year, v->value);
	return 1;
}

static void indicator_row(struct plan_report *rep, struct plan_rtable *t,
			  const struct plan_doc *d, const struct plan_element *e,
			  const char *crumb, const struct plan_indicator *ind,
			  int year)
{
	struct plan_rcell *c = plan_report_row(t);
	const struct plan_yearval *ty = year_in(&ind->targets, year);
	const struct plan_yearval *ay = year_in(&ind->actuals, year);
	const struct ynode *tv = scalar_of(ty), *av = scalar_of(ay);
	int64_t tenths;
	plan_report_text(rep, &c[0], d->id.s);
	plan_report_text(rep, &c[1], crumb);
	plan_report_textn(rep, &c[2], ind->name.s, ind->name.len);
	plan_report_textn(rep, &c[3], ind->unit.s, ind->unit.len);
	plan_report_text(rep, &c[4], direction_word(rep, ind->direction));
	baseline_cell(rep, &c[5], ind);
	plan_report_textf(rep, &c[6], "%d", year);
	if (tv)
		value_cell(rep, &c[7], tv->text, tv->len);
	if (av)
		value_cell(rep, &c[8], av->text, av->len);
	if (tv && av && plan_achievement(tv->text, tv->len, av->text, av->len,
					 ind->direction, &tenths)) {
		c[9].kind = RCELL_PERCENT;
		c[9].n = tenths;
	}
	/* an achievement needs both: one that cannot be read is left out of
	 * it (the other is only absent when there is nothing to compute) */
	if (tv && av)
		c[9].left = left_out(rep, d, e, ind, ty,
				     W(rep, "target")) +
			    left_out(rep, d, e, ind, ay,
				     W(rep, "actual"));
}

#define MAX_YEARS 64	/* targets beyond this many years are not shown */

/* The rows of e's indicators, a row per year; its breadcrumb is made
 * once for all of them. */
static void element_rows(struct plan_report *rep, struct plan_rtable *t,
			 const struct plan_doc *d, const struct plan_element *e)
{
	if (!e->nindicators)
		return;
	const char *crumb = plan_element_breadcrumb(d, e);
	int years[MAX_YEARS];
	for (size_t j = 0; j < e->nindicators; j++) {
		const struct plan_indicator *ind = &e->indicators[j];
		size_t ny = indicator_years(rep, ind, years, MAX_YEARS);
		for (size_t y = 0; y < ny; y++)
			indicator_row(rep, t, d, e, crumb, ind, years[y]);
	}
}

void plan_report_indicators(struct plan_report *rep, const struct plan_repo *r)
{
	static const char *const cols[] = {
		N_("document"), N_("element"), N_("indicator"), N_("unit"),
		N_("direction"), N_("baseline"), N_("year"), N_("target"),
		N_("actual"), N_("achievement %"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "indicators",
		N_("Indicators"), 10, cols);
	t->note = W(rep, "Achievement where an actual is given: up "
		"actual/target, down target/actual, exact 100 when equal; "
		"exact decimals, one decimal rounded half away from zero.");
	size_t nd;
	const struct plan_doc **docs = plan_report_selected_docs(rep, r, &nd);
	for (size_t i = 0; i < nd; i++)
		for (size_t k = 0; k < docs[i]->nelements; k++)
			element_rows(rep, t, docs[i], docs[i]->elements[k]);
	free(docs);
}
