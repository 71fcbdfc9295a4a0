/*
 * check_budget.c - budget-format over every budget, and budget-sum over the
 * chains program > kegiatan > sub-kegiatan and bidang > sub-bidang >
 * kegiatan (SPEC 3.2, 4).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/budget.h"
#include "check/check_priv.h"
#include "base/i18n.h"
#include "base/value.h"

/* Longest piece of a bad amount quoted in a message. */
#define QUOTE_MAX 40

/* --- budget-format ------------------------------------------------- */

static bool is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static bool value_given(const struct ynode *v)
{
	return v && !ynode_is_null(v);
}

/* "1.500.000.000", "1,500,000": digits in groups of three after a first
 * group of one to three, one separator throughout.  Returns it, or 0
 * (only for the words: the reading is plan_value_sheet_money's). */
static char thousands_sep(const char *s, size_t len)
{
	size_t i = 0, run = 0;
	char sep = 0;

	while (i < len && is_digit(s[i]))
		i++;
	if (i < 1 || i > 3 || i == len || (s[i] != '.' && s[i] != ','))
		return 0;
	sep = s[i];
	for (; i < len; i++) {
		if (s[i] == sep) {
			if (run != 0 && run != 3)
				return 0;
			run = 0;
		} else if (is_digit(s[i])) {
			run++;
		} else {
			return 0;
		}
	}
	return run == 3 ? sep : 0;
}

/* "0500" and "00": digits (and `_`) after a leading zero. */
static bool leading_zero(const char *s, size_t len)
{
	if (len < 2 || s[0] != '0')
		return false;
	for (size_t i = 1; i < len; i++)
		if (!is_digit(s[i]) && s[i] != '_')
			return false;
	return true;
}

static const char *without_zeros(struct plan_arena *a, const char *s,
				 size_t len)
{
	while (len > 1 && (s[0] == '0' || s[0] == '_'))
		s++, len--;
	return plan_arena_strndup(a, s, len);
}

#define GENERIC_HINT N_("write whole rupiah in digits, e.g. `1200000000` " \
			"(`_` may group them: `1_200_000_000`)")

/* What is wrong with the text of a bad amount, and the hint for it.
 * Returns the amount as plan-import reads it (`1.500.000`, `Rp
 * 3.100.000.000,00`, `IDR 3100000000`) when there is one: the mechanical
 * fix (plan-validate --fix); else NULL. */
static const char *bad_money_words(struct plan_arena *a, const char *s,
				   size_t len, const char **what,
				   const char **hint)
{
	int64_t v;
	/* the reader of plan-import, so that both tools agree on what
	 * `Rp 3.100.000.000` is */
	enum plan_sheet_money st = plan_value_sheet_money(s, len, &v);
	char sep = thousands_sep(s, len);
	const char *fixed = NULL;

	/* `600.000` may be a fraction in a table, never in a budget, whose
	 * amounts are whole rupiah: a lone group of three is thousands */
	if (st == PLAN_SHEET_MONEY_AMBIGUOUS && sep) {
		char digits[8];
		size_t n = 0;
		for (size_t i = 0; i < len && n + 1 < sizeof digits; i++)
			if (s[i] != sep)
				digits[n++] = s[i];
		st = plan_money_parse(digits, n, &v) == PLAN_MONEY_OK
			? PLAN_SHEET_MONEY_OK : st;
	}

	*what = _("is not an amount of whole rupiah");
	*hint = _(GENERIC_HINT);
	if (plan_money_parse(s, len, &v) == PLAN_MONEY_OVERFLOW ||
	    st == PLAN_SHEET_MONEY_OVERFLOW) {
		*what = plan_arena_printf(a, _("is larger than %lld rupiah"),
					  (long long)PLAN_MONEY_MAX);
		*hint = _("check the figure for extra digits; budgets are "
			  "whole rupiah, e.g. `1200000000`");
	} else if (st == PLAN_SHEET_MONEY_OK) {
		fixed = plan_arena_printf(a, "%lld", (long long)v);
		*what = sep ? plan_arena_printf(a, _("uses '%c' as a thousands "
						     "separator"), sep)
			    : _("is written the way a spreadsheet shows it");
		*hint = sep ? plan_arena_printf(a, _("write `%s`; only `_` may "
						     "group digits"), fixed)
			    : plan_arena_printf(a, _("write `%s`"), fixed);
	} else if (st == PLAN_SHEET_MONEY_NEGATIVE ||
		   (len > 0 && s[0] == '-')) {
		*what = _("is negative");
		*hint = _("budgets are whole, non-negative rupiah, e.g. "
			  "`1200000000`");
	} else if (leading_zero(s, len)) {
		*what = _("has a leading zero");
		*hint = plan_arena_printf(a, _("write `%s`"),
					  without_zeros(a, s, len));
	}
	return fixed;
}

static void check_format(const struct plan_check *c,
			 const struct plan_element *e, const char *what,
			 const struct plan_yearval *yv)
{
	const struct ynode *v = yv->value, *k = yv->key;
	const char *why = _("is not an amount of whole rupiah");
	const char *hint = _(GENERIC_HINT);

	if (!value_given(v) || yv->money_ok || yv->sheet)
		return;		/* absent: no budget for the year; split
				   by commas: schema's (SPEC 3.2) */
	if (v->type != YNODE_SCALAR) {
		plan_check_report(c, RULE_BUDGET_FORMAT, PLAN_SEV_DEFAULT, v, e,
			     hint, _("%s for %.*s %s"), what,
			     (int)(k->len < QUOTE_MAX ? k->len : QUOTE_MAX),
			     k->text, why);
		return;
	}
	const char *fixed = bad_money_words(c->doc->arena, v->text, v->len,
					    &why, &hint);
	plan_check_report(c, RULE_BUDGET_FORMAT, PLAN_SEV_DEFAULT, v, e, hint,
		     _("%s for %.*s '%.*s' %s"), what,
		     (int)(k->len < QUOTE_MAX ? k->len : QUOTE_MAX), k->text,
		     (int)(v->len < QUOTE_MAX ? v->len : QUOTE_MAX), v->text,
		     why);
	if (fixed)
		plan_check_fix(c, v, fixed);
}

static void check_formats(const struct plan_check *c,
			  const struct plan_element *e)
{
	for (size_t i = 0; i < e->budget.n; i++)
		check_format(c, e, _("budget"), &e->budget.v[i]);
	for (size_t i = 0; i < e->extra->budget_forward.n; i++)
		check_format(c, e, _("prakiraan maju"),
			     &e->extra->budget_forward.v[i]);
}

/* --- budget-sum ---------------------------------------------------- */

/* An element's budget entries with a year, sorted by year, so that a
 * year is found by binary search however long the maps are. */
struct year_index {
	const struct plan_yearval **v;
	size_t n;
};

struct bctx {
	const struct plan_check *c;
	struct year_index *idx;		/* by element order */
	const struct plan_yearval **pool;
};

static int yv_cmp(const void *a, const void *b)
{
	const struct plan_yearval *p = *(const struct plan_yearval *const *)a;
	const struct plan_yearval *q = *(const struct plan_yearval *const *)b;

	return (p->year > q->year) - (p->year < q->year);
}

static void index_build(struct bctx *b)
{
	const struct plan_doc *d = b->c->doc;
	size_t total = 0, at = 0;

	for (size_t i = 0; i < d->nelements; i++)
		total += d->elements[i]->budget.n;
	b->idx = plan_xmalloc((d->nelements + 1) * sizeof *b->idx);
	b->pool = plan_xmalloc((total + 1) * sizeof *b->pool);
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_yearmap *m = &d->elements[i]->budget;
		struct year_index *x = &b->idx[i];

		x->v = b->pool + at;
		x->n = 0;
		for (size_t j = 0; j < m->n; j++)
			if (m->v[j].year >= 0)
				x->v[x->n++] = &m->v[j];
		qsort(x->v, x->n, sizeof *x->v, yv_cmp);
		at += x->n;
	}
}

static const struct plan_yearval *year_find(const struct bctx *b,
					    const struct plan_element *e,
					    int year)
{
	const struct year_index *x = &b->idx[e->order];
	size_t lo = 0, hi = x->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->v[mid]->year < year)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n && x->v[lo]->year == year ? x->v[lo] : NULL;
}

static const struct plan_yearval *lookup(const void *ctx,
					 const struct plan_element *e,
					 int year)
{
	return year_find(ctx, e, year);
}

static const char *elem_subject(const struct plan_check *c,
				const struct plan_element *e)
{
	if (e->id)
		return plan_arena_printf(c->doc->arena, "%s '%s'",
					 plan_elem_type_word(e->type), e->id);
	return plan_arena_printf(c->doc->arena, "%s %u", plan_elem_type_word(e->type),
				 (unsigned)e->index);
}

/* One year that disagrees, appended in the wording of the first or of a
 * later year. */
static char *year_text(struct plan_arena *a, char *so_far, const char *kids,
		       int year, int64_t own, struct plan_amount sum)
{
	char figure[64], ownbuf[40];

	if (sum.kind == PLAN_AMOUNT_OVERFLOW)
		snprintf(figure, sizeof figure, _("more than %lld"),
			 (long long)PLAN_MONEY_MAX);
	else
		plan_money_prose(sum.value, figure);
	plan_money_prose(own, ownbuf);
	if (!so_far)
		return plan_arena_printf(a, _("for %d is %s but its %s add up "
					      "to %s"), year, ownbuf, kids,
					 figure);
	return plan_arena_printf(a, _("%s; for %d it is %s but they add up "
				      "to %s"), so_far, year, ownbuf, figure);
}

static const char *sum_hint(struct plan_arena *a, const char *kids,
			    int nbad, bool overflow, int year, int64_t sum)
{
	if (overflow)
		return plan_arena_printf(a, _("a sum beyond %lld rupiah is a "
					      "typing mistake: check the "
					      "amounts of its %s"),
					 (long long)PLAN_MONEY_MAX, kids);
	if (nbad == 1)
		return plan_arena_printf(a, _("write %lld for %d, or correct "
					      "the %s whose budget is wrong"),
					 (long long)sum, year, kids);
	return plan_arena_printf(a, _("make each year's budget the sum of "
				      "its %s, or correct the %s whose "
				      "budget is wrong"), kids, kids);
}

/* One finding for e naming every year whose children disagree. */
static void check_sum(const struct bctx *b, const struct plan_element *e)
{
	struct plan_arena *a = b->c->doc->arena;
	const struct year_index *x = &b->idx[e->order];
	const char *kids = plan_elem_type_word(plan_budget_child_type(e->type));
	char *text = NULL;
	int nbad = 0, last_year = 0;
	int64_t last_sum = 0;
	bool overflow = false;

	for (size_t i = 0; i < x->n; i++) {
		const struct plan_yearval *v = x->v[i];
		struct plan_amount sum;

		if (!v->money_ok)
			continue;	/* budget-format's, not a sum's */
		struct plan_budget_lookup lk = {.find = lookup, .ctx = b};
		sum = plan_budget_children(e, v->year, &lk);
		if (sum.kind == PLAN_AMOUNT_NONE || sum.kind == PLAN_AMOUNT_BAD ||
		    (sum.kind == PLAN_AMOUNT_VALUE && sum.value == v->amount))
			continue;
		text = year_text(a, text, kids, v->year, v->amount, sum);
		overflow |= sum.kind == PLAN_AMOUNT_OVERFLOW;
		last_sum = sum.value;
		last_year = v->year;
		nbad++;
	}
	if (nbad)
		plan_check_report(b->c, RULE_BUDGET_SUM, PLAN_SEV_DEFAULT, e->node,
			     e, sum_hint(a, kids, nbad, overflow, last_year,
					 last_sum),
			     _("budget of %s %s"), elem_subject(b->c, e), text);
}

/* --- the family ---------------------------------------------------- */

void plan_check_budgets(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	struct bctx b = { .c = c };

	for (size_t i = 0; i < d->nelements; i++)
		check_formats(c, d->elements[i]);
	index_build(&b);
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];

		if (plan_budget_child_type(e->type) != EL_TYPE_COUNT && e->nchildren)
			check_sum(&b, e);
	}
	free(b.idx);
	free(b.pool);
}
