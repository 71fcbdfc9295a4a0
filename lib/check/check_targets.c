/*
 * plan_check_targets.c - target-missing, target-trend and target-outside over
 * every indicator, and target-outside over every budget (SPEC 3.1, 4).
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_priv.h"
#include "base/i18n.h"
#include "base/value.h"

/* Longest piece of a value quoted in a message: one bad scalar may be
 * megabytes long. */
#define QUOTE_MAX 40

struct tctx {
	const struct plan_check *c;
	bool period_ok;			/* start and end known, start <= end */
	int start, end;
	bool forward_ok;		/* the kind may give *_forward maps */
	unsigned char *seen;		/* per year of the period */
	struct trend_pt *pts;		/* scratch for target-trend */
	size_t npts_cap;
};

/* A numeric target in year order, for target-trend. */
struct trend_pt {
	int year;
	bool forward;			/* from targets_forward */
	const struct plan_yearval *v;
};

/* Prakiraan maju belong to the annual plans that budget (SPEC 3.1). */
static bool kind_has_forward(enum plan_kind k)
{
	return k == KIND_RKP || k == KIND_RKPD || k == KIND_RENJA_KL ||
	       k == KIND_RENJA;
}

/* rpjpn and rpjpd give milestones, not a target for every year. */
static bool kind_needs_every_year(enum plan_kind k)
{
	return k != KIND_NONE && k != KIND_RPJPN && k != KIND_RPJPD;
}

static bool value_given(const struct ynode *v)
{
	return v && !ynode_is_null(v);
}

static const char *ind_subject(const struct tctx *t,
			       const struct plan_indicator *ind)
{
	if (ind->name.s)
		return plan_arena_printf(t->c->doc->arena, _("indicator '%.*s'"),
					 (int)ind->name.len, ind->name.s);
	return plan_arena_printf(t->c->doc->arena, _("indicator %zu"),
				 ind->index);
}

static const char *period_text(const struct tctx *t)
{
	if (t->start == t->end)
		return plan_arena_printf(t->c->doc->arena, _("the plan year %d"),
					 t->start);
	return plan_arena_printf(t->c->doc->arena, _("the period %d-%d"),
				 t->start, t->end);
}

/* --- target-outside ------------------------------------------------ */

static void outside_entry(const struct tctx *t, const struct plan_element *e,
			  const struct plan_indicator *ind, const char *what,
			  const struct plan_yearval *v)
{
	const char *hint = _("remove it, or correct the year");
	const char *fwd = strcmp(what, "target") == 0 ? "targets_forward" :
			  strcmp(what, "budget") == 0 ? "budget_forward" : NULL;

	if (fwd && t->forward_ok && v->year == t->end + 1)
		hint = plan_arena_printf(t->c->doc->arena, _("a prakiraan maju "
					 "for %d goes into `%s`"), v->year, fwd);
	plan_check_report_ind(t->c, RULE_TARGET_OUTSIDE, PLAN_SEV_DEFAULT, v->key,
			 e, ind, hint, _("%s for %d is outside %s"), _(what),
			 v->year, period_text(t));
}

static void outside_map(const struct tctx *t, const struct plan_element *e,
			const struct plan_indicator *ind, const char *what,
			const struct plan_yearmap *m)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct plan_yearval *v = &m->v[i];

		if (v->year >= 0 && (v->year < t->start || v->year > t->end))
			outside_entry(t, e, ind, what, v);
	}
}

/* A *_forward map: year end + 1 only, and only in the four annual kinds
 * that have prakiraan maju; elsewhere every entry is out of place. */
static void outside_forward(const struct tctx *t,
			    const struct plan_element *e,
			    const struct plan_indicator *ind, const char *what,
			    const struct plan_yearmap *m)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct plan_yearval *v = &m->v[i];

		if (v->year < 0)
			continue;	/* not a year: the schema's business */
		if (!t->forward_ok)
			plan_check_report_ind(t->c, RULE_TARGET_OUTSIDE,
				     PLAN_SEV_DEFAULT, v->key, e, ind,
				     plan_arena_printf(t->c->doc->arena,
						       _("remove it; the years "
						       "of the period go into "
						       "`%s`"), what),
				     _("`%s_forward` is only for rkp, rkpd, "
				     "renja-kl and renja; a %s has no "
				     "prakiraan maju"), what,
				     plan_kind_word(t->c->doc->kind));
		else if (v->year != t->end + 1)
			plan_check_report_ind(t->c, RULE_TARGET_OUTSIDE,
				     PLAN_SEV_DEFAULT, v->key, e, ind,
				     plan_arena_printf(t->c->doc->arena,
						       _("write %d, the year "
						       "after the plan"),
						       t->end + 1),
				     _("`%s_forward` for %d: a prakiraan maju "
				     "is for %d only"), what, v->year,
				     t->end + 1);
	}
}

/* --- target-missing ------------------------------------------------ */

/* Append the years of the period not marked in t->seen, as ranges. */
static char *missing_years(const struct tctx *t)
{
	char *list = NULL;
	int y = t->start;

	while (y <= t->end) {
		int from;

		if (t->seen[y - t->start]) {
			y++;
			continue;
		}
		from = y;
		while (y <= t->end && !t->seen[y - t->start])
			y++;
		list = plan_arena_printf(t->c->doc->arena,
					 from == y - 1 ? "%s%s%d" : "%s%s%d-%d",
					 list ? list : "", list ? ", " : "",
					 from, y - 1);
	}
	return list;
}

static void check_missing(const struct tctx *t, const struct plan_element *e,
			  const struct plan_indicator *ind)
{
	const struct plan_yearmap *m = &ind->targets;
	char *list;

	/* A missing or malformed `targets:` is the schema's finding. */
	if (!m->node || m->node->type != YNODE_MAP)
		return;
	memset(t->seen, 0, (size_t)(t->end - t->start) + 1);
	for (size_t i = 0; i < m->n; i++) {
		int y = m->v[i].year;

		if (y >= t->start && y <= t->end && value_given(m->v[i].value))
			t->seen[y - t->start] = 1;
	}
	list = missing_years(t);
	if (list)
		plan_check_report_ind(t->c, RULE_TARGET_MISSING, PLAN_SEV_DEFAULT,
			     ind->node, e, ind,
			     plan_arena_printf(t->c->doc->arena,
					       t->start == t->end
					       ? _("give a target for %s")
					       : _("give a target for every "
						   "year of %s"),
					       period_text(t)),
			     _("%s has no target for %s"), ind_subject(t, ind),
			     list);
}

/* --- target-trend -------------------------------------------------- */

static int pt_cmp(const void *a, const void *b)
{
	const struct trend_pt *p = a, *q = b;

	if (p->year != q->year)
		return p->year < q->year ? -1 : 1;
	return (int)p->forward - (int)q->forward;
}

static bool numeric(const struct ynode *n)
{
	return n && n->type == YNODE_SCALAR && !ynode_is_null(n) &&
	       plan_is_number(n->text, n->len);
}

static void add_points(struct tctx *t, size_t *np,
		       const struct plan_yearmap *m, bool forward)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct plan_yearval *v = &m->v[i];

		if (v->year < 0 || v->sheet || !numeric(v->value))
			continue;	/* v->sheet: the half of a split 7,5 */
		if (forward && (!t->period_ok || !t->forward_ok ||
				v->year != t->end + 1))
			continue;	/* target-outside says so */
		t->pts[(*np)++] = (struct trend_pt){ v->year, forward, v };
	}
}

/* The numeric targets of ind (and its valid prakiraan maju) by year. */
static size_t trend_points(struct tctx *t, const struct plan_indicator *ind)
{
	size_t need = ind->targets.n + ind->targets_forward.n, n = 0;

	if (need > t->npts_cap) {
		t->pts = plan_xrealloc(t->pts, need * sizeof *t->pts);
		t->npts_cap = need;
	}
	add_points(t, &n, &ind->targets, false);
	add_points(t, &n, &ind->targets_forward, true);
	if (n > 1)	/* qsort(NULL, 0, ...) is undefined */
		qsort(t->pts, n, sizeof *t->pts, pt_cmp);
	return n;
}

/* Is a worse than b for the direction? */
static bool worse(enum plan_direction dir, const struct ynode *a,
		  const struct ynode *b)
{
	int cmp = plan_number_cmp(a->text, a->len, b->text, b->len);

	return dir == DIR_UP ? cmp < 0 : cmp > 0;
}

static void report_trend(const struct tctx *t, const struct plan_element *e,
			 const struct plan_indicator *ind,
			 const struct trend_pt *p, const char *than)
{
	const struct ynode *v = p->v->value;
	bool up = ind->direction == DIR_UP;
	const struct ynode *dir = plan_ynode_get(ind->node, "direction");
	/* up by default only: a count that is to shrink (desa blankspot
	 * 15 -> 10) wants down, a figure to be met wants exact (SPEC 3.2) */
	const char *hint = !up ? _("with direction down lower is better: "
				   "check the figure, or write `direction: up`")
		: ynode_is_text(dir)
		? _("with direction up higher is better: check the "
		    "figure, or write `direction: down`")
		: _("no direction is written, so higher is better (up): check "
		    "the figure, or write `direction: down` when lower is "
		    "better, `direction: exact` when the figure itself is the "
		    "aim");

	plan_check_report_ind(t->c, RULE_TARGET_TREND, PLAN_SEV_DEFAULT, p->v->key,
		     e, ind, hint,
		     _("target of %s for %d (%.*s) is %s %s"), ind_subject(t, ind),
		     p->year, (int)(v->len < QUOTE_MAX ? v->len : QUOTE_MAX),
		     v->text, up ? _("below") : _("above"), than);
}

static void check_trend(struct tctx *t, const struct plan_element *e,
			const struct plan_indicator *ind)
{
	const struct ynode *base = ind->baseline_value.node;
	bool base_ok = ind->baseline_year >= 0 && !ind->baseline_sheet &&
		       numeric(base);
	const struct trend_pt *prev = NULL;
	size_t n;

	if (ind->direction == DIR_EXACT)
		return;
	n = trend_points(t, ind);
	for (size_t i = 0; i < n; i++) {
		const struct trend_pt *p = &t->pts[i];
		const struct ynode *v = p->v->value;

		if (prev && prev->year == p->year)
			continue;	/* a forward entry beside a target */
		if (prev && worse(ind->direction, v, prev->v->value))
			report_trend(t, e, ind, p, plan_arena_printf(
				t->c->doc->arena, _("its %d target (%.*s)"),
				prev->year, (int)(prev->v->value->len <
				QUOTE_MAX ? prev->v->value->len : QUOTE_MAX),
				prev->v->value->text));
		else if (base_ok && p->year > ind->baseline_year &&
			 worse(ind->direction, v, base))
			report_trend(t, e, ind, p, plan_arena_printf(
				t->c->doc->arena, _("its %d baseline (%.*s)"),
				ind->baseline_year, (int)(base->len <
				QUOTE_MAX ? base->len : QUOTE_MAX),
				base->text));
		prev = p;
	}
}

/* --- the family ---------------------------------------------------- */

static void check_indicator(struct tctx *t, const struct plan_element *e,
			    const struct plan_indicator *ind)
{
	check_trend(t, e, ind);
	if (!t->period_ok)
		return;
	if (kind_needs_every_year(t->c->doc->kind))
		check_missing(t, e, ind);
	outside_map(t, e, ind, N_("target"), &ind->targets);
	outside_map(t, e, ind, N_("actual"), &ind->actuals);
	if (t->c->doc->kind != KIND_NONE)
		outside_forward(t, e, ind, "targets", &ind->targets_forward);
}

/* --- indicator-missing --------------------------------------------- */

/* The kinds whose programs carry indikator kinerja program (SPEC 4). */
static bool kind_needs_program_indicator(enum plan_kind k)
{
	return k == KIND_RPJMD || k == KIND_RKPD || k == KIND_RENSTRA ||
	       k == KIND_RENJA;
}

/* A program with no `indicators`, a null one or an empty list; a value
 * of another shape is the schema's. */
static void check_has_indicator(const struct tctx *t,
				const struct plan_element *e)
{
	if (e->type != EL_PROGRAM ||
	    !kind_needs_program_indicator(t->c->doc->kind))
		return;
	const struct ynode *list = plan_ynode_get(e->node, "indicators");
	if (list && !ynode_is_null(list) &&
	    (list->type != YNODE_SEQ || list->nitems > 0))
		return;
	plan_check_report(t->c, RULE_INDICATOR_MISSING, PLAN_SEV_DEFAULT, NULL, e,
			  _("give the program its indikator kinerja program, with a target for every year"),
			  _("program '%.*s' has no indicator"),
			  e->id ? plan_subject_len(e->id, strlen(e->id)) : 1,
			  e->id ? e->id : "?");
}

static void check_element(struct tctx *t, const struct plan_element *e)
{
	check_has_indicator(t, e);
	for (size_t i = 0; i < e->nindicators; i++)
		check_indicator(t, e, &e->indicators[i]);
	if (!t->period_ok)
		return;
	outside_map(t, e, NULL, N_("budget"), &e->budget);
	if (t->c->doc->kind != KIND_NONE)
		outside_forward(t, e, NULL, "budget", &e->extra->budget_forward);
}

void plan_check_targets(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	struct tctx t = { .c = c, .start = d->period_start,
			  .end = d->period_end };

	t.period_ok = t.start >= 0 && t.end >= 0 && t.start <= t.end;
	t.forward_ok = kind_has_forward(d->kind);
	if (t.period_ok)
		t.seen = plan_xmalloc((size_t)(t.end - t.start) + 1);
	for (size_t i = 0; i < d->nelements; i++)
		check_element(&t, d->elements[i]);
	free(t.seen);
	free(t.pts);
}
