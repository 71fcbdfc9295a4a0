/* report_tik.c - the TIK section (SPEC 3.6, 7): the ICT items of the
 * annual plans, per region and unit, with their pagu for the plan year
 * and how much of it Diskominfo has cleared, has pending, has rejected
 * or has not seen; and its chart.
 *
 * An item is an element carrying `tik`; its pagu is its budget for the
 * plan year (its own, else its children's) less that of the nearest
 * elements below it that carry a `tik` of their own, which are items of
 * their own.  The RKPD repeats the units' Renja, so each (government,
 * unit, year) is counted from the unit's Renja when one is loaded, else
 * from the RKPD (rkp and renja-kl alike); a kecamatan's plans are its
 * kabupaten/kota's; village plans (rkpdes) count for the desa.  Medium-
 * and long-term plans are not counted.  An amount that cannot be read
 * (budget-format) is left out of the item's pagu and of every sum it
 * would enter, and each says how many (the budget section lists them). */
#include "report/report_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/value.h"
#include "model/budget.h"
#include "report/svg.h"

enum { ST_APPROVED, ST_PENDING, ST_REJECTED, ST_NONE, ST_COUNT };

struct tik_item {
	const struct plan_doc *d;
	const struct plan_element *e;
	const char *gov, *unit;		/* unit: without its sub-unit; "" */
	const char *unit_shown;		/* as written: eff_unit, or "" */
	int year, status;
	struct plan_amount a;		/* VALUE, NONE or OVERFLOW */
	uint32_t left;			/* amounts left out of it */
};

struct items {
	struct tik_item *v;
	size_t n, cap;
};

static bool annual(enum plan_kind k)
{
	return k == KIND_RKP || k == KIND_RKPD || k == KIND_RENJA_KL ||
	       k == KIND_RENJA || k == KIND_RKPDES;
}

static bool unit_kind(enum plan_kind k)
{
	return k == KIND_RENJA || k == KIND_RENJA_KL;
}

/* The government whose year it is: a kecamatan's is its kab/kota. */
static const char *gov_of(struct plan_report *rep, const struct plan_doc *d)
{
	if (!d->region.s || plan_level_rank(d->level) == 0)
		return "";
	if (d->level != LEVEL_KECAMATAN)
		return d->region.s;
	const char *dot = strchr(d->region.s, '.');
	dot = dot ? strchr(dot + 1, '.') : NULL;
	return dot ? plan_arena_strndup(rep->scratch, d->region.s,
					(size_t)(dot - d->region.s))
		   : d->region.s;
}

/* A unit code without its trailing .XXXX sub-unit. */
static const char *unit_base(struct plan_report *rep, const char *u)
{
	int dots = 0;
	if (!u)
		return "";
	for (const char *p = u; *p; p++)
		if (*p == '.' && ++dots == 7)
			return plan_arena_strndup(rep->scratch, u,
						  (size_t)(p - u));
	return u;
}

static int status_of(const struct plan_tik *t)
{
	static const char *const w[] = {"approved", "pending", "rejected"};
	for (int i = 0; t->status.s && i < 3; i++)
		if (!strcmp(t->status.s, w[i]))
			return i;
	return ST_NONE;
}

/* e's amount for year as plan_budget_amount() reads it (its own, else
 * its children's), except that an amount that cannot be read is left
 * out, counted in *left, and its siblings still add up; children that
 * carry a tik of their own are skipped when skip_items.  The chain is at
 * most three deep. */
static struct plan_amount readable(const struct plan_element *e, int year,
				   bool skip_items, uint32_t *left)
{
	for (size_t i = 0; i < e->budget.n; i++) {
		const struct plan_yearval *v = &e->budget.v[i];
		if (v->year != year || v->null)
			continue;
		if (v->money_ok)
			return (struct plan_amount){PLAN_AMOUNT_VALUE, v->amount};
		(*left)++;
		return (struct plan_amount){PLAN_AMOUNT_NONE, 0};
	}
	enum plan_elem_type ct = plan_budget_child_type(e->type);
	struct plan_amount sum = {PLAN_AMOUNT_NONE, 0};
	for (size_t i = 0; i < e->nchildren; i++) {
		const struct plan_element *c = e->children[i];
		if (c->type != ct || (skip_items && c->extra->tik))
			continue;
		struct plan_amount a = readable(c, year, skip_items, left);
		if (a.kind == PLAN_AMOUNT_OVERFLOW ||
		    (a.kind == PLAN_AMOUNT_VALUE && sum.kind != PLAN_AMOUNT_OVERFLOW &&
		     !plan_money_add(sum.value, a.value, &sum.value)))
			sum.kind = PLAN_AMOUNT_OVERFLOW;
		else if (a.kind == PLAN_AMOUNT_VALUE)
			sum.kind = sum.kind == PLAN_AMOUNT_NONE ? PLAN_AMOUNT_VALUE
								: sum.kind;
	}
	return sum;
}

/* The pagu of an item: its own figure less the nearest items below it,
 * or, when it gives none, what its children add up to without them. */
static struct plan_amount item_amount(const struct plan_element *e, int year,
				      uint32_t *left)
{
	uint32_t none = 0;
	struct plan_amount a = readable(e, year, false, &none);
	bool own = false;
	for (size_t i = 0; i < e->budget.n; i++)
		own |= e->budget.v[i].year == year && !e->budget.v[i].null;
	if (!own)	/* the children's sum: leave the items below out */
		return readable(e, year, true, left);
	*left += none;
	if (a.kind != PLAN_AMOUNT_VALUE)
		return a;
	for (size_t i = 0; i < e->nchildren; i++) {	/* less those below */
		const struct plan_element *c = e->children[i];
		uint32_t skip = 0;
		struct plan_amount b = c->extra->tik
			? readable(c, year, false, &skip)
			: (struct plan_amount){PLAN_AMOUNT_NONE, 0};
		if (b.kind == PLAN_AMOUNT_VALUE)
			a.value -= b.value;
		if (!c->extra->tik)
			for (size_t k = 0; k < c->nchildren; k++)
				if (c->children[k]->extra->tik) {
					struct plan_amount d = readable(
						c->children[k], year, false,
						&skip);
					if (d.kind == PLAN_AMOUNT_VALUE)
						a.value -= d.value;
				}
	}
	return a;
}

static char *renja_key(struct plan_report *rep, const char *gov,
		       const char *unit, int year, size_t *n)
{
	char *k = plan_arena_printf(rep->scratch, "%s\x1f%s\x1f%d", gov, unit,
				    year);
	*n = strlen(k);
	return k;
}

/* The (government, unit, year) that a loaded Renja speaks for. */
static void renja_units(struct plan_report *rep, const struct plan_doc **docs,
			size_t nd, struct strmap *set)
{
	for (size_t i = 0; i < nd; i++) {
		const struct plan_doc *d = docs[i];
		if (!unit_kind(d->kind) || d->period_start < 0)
			continue;
		size_t n;
		char *k = renja_key(rep, gov_of(rep, d),
				    unit_base(rep, d->unit_code.s),
				    d->period_start, &n);
		plan_strmap_put(set, k, n, (void *)1);
	}
}

static void items_push(struct items *it, struct tik_item x)
{
	if (it->n == it->cap) {
		it->cap = it->cap ? 2 * it->cap : 32;
		it->v = plan_xrealloc(it->v, it->cap * sizeof *it->v);
	}
	it->v[it->n++] = x;
}

static void doc_items(struct plan_report *rep, const struct plan_doc *d,
		      const struct strmap *renja, struct items *it)
{
	int year = d->period_start;
	if (!annual(d->kind) || year < 0 ||
	    (rep->opts.year >= 0 && year != rep->opts.year))
		return;
	const char *gov = gov_of(rep, d);
	for (size_t k = 0; k < d->nelements; k++) {
		const struct plan_element *e = d->elements[k];
		if (!e->extra->tik)
			continue;
		const char *unit = unit_base(rep, e->eff_unit);
		size_t n;
		char *key = renja_key(rep, gov, unit, year, &n);
		if (!unit_kind(d->kind) && d->kind != KIND_RKPDES &&
		    plan_strmap_get(renja, key, n))
			continue;	/* the unit's Renja counts it */
		struct tik_item x = {d, e, gov, unit,
			e->eff_unit ? e->eff_unit : "", year,
			status_of(e->extra->tik), {PLAN_AMOUNT_NONE, 0}, 0};
		x.a = item_amount(e, year, &x.left);
		items_push(it, x);
	}
}

static int item_cmp(const void *a, const void *b)
{
	const struct tik_item *x = a, *y = b;
	int c;
	if ((c = strcmp(x->gov, y->gov)) != 0)
		return c;
	if ((c = strcmp(x->unit, y->unit)) != 0)
		return c;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	if ((c = strcmp(x->d->id.s ? x->d->id.s : "",
			y->d->id.s ? y->d->id.s : "")) != 0)
		return c;
	return x->e->order < y->e->order ? -1 : x->e->order > y->e->order;
}

static const char *status_word(const struct plan_report *rep, int st)
{
	switch (st) {
	case ST_APPROVED: return W(rep, "cleared");
	case ST_PENDING: return W(rep, "pending");
	case ST_REJECTED: return W(rep, "rejected");
	default: return W(rep, "without clearance");
	}
}

static void amount_cell(struct plan_rcell *c, const struct tik_item *x)
{
	if (x->a.kind == PLAN_AMOUNT_VALUE || x->a.kind == PLAN_AMOUNT_OVERFLOW)
		plan_report_money(c, x->a.value,
				  x->a.kind == PLAN_AMOUNT_OVERFLOW);
	c->left = x->left;
}

/* Both tables begin with where an item is: its government's region and
 * the responsible unit. */
#define WHERE_COLS N_("region"), N_("region name"), N_("responsible unit")

static void where_cells(struct plan_report *rep, const struct plan_repo *r,
			struct plan_rcell *c, const struct tik_item *x)
{
	plan_report_region_cells(rep, r, c, x->gov);
	plan_report_text(rep, &c[2], x->unit_shown);
}

static void items_table(struct plan_report *rep, const struct plan_repo *r,
			const struct items *it)
{
	static const char *const cols[] = {
		WHERE_COLS, N_("document"), N_("element"), N_("name"),
		N_("type"), N_("application"), N_("clearance"),
		N_("clearance letter"), N_("year"), N_("pagu"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "tik-items",
		N_("TIK: ICT items of the annual plans"), 12, cols);
	t->optional = true;
	t->note = W(rep, "Elements carrying tik in the annual plans; pagu "
		"for the plan year, less the items below that carry their "
		"own. A unit's items come from its Renja when one is loaded, "
		"else from the RKPD.");
	plan_report_rows_reserve(t, it->n);
	for (size_t i = 0; i < it->n; i++) {
		const struct tik_item *x = &it->v[i];
		const struct plan_tik *tk = x->e->extra->tik;
		struct plan_rcell *c = plan_report_row(t);
		where_cells(rep, r, c, x);
		plan_report_text(rep, &c[3], x->d->id.s);
		plan_report_text(rep, &c[4], plan_element_breadcrumb(x->d, x->e));
		plan_report_textn(rep, &c[5], x->e->name.s, x->e->name.len);
		plan_report_textn(rep, &c[6], tk->type.s, tk->type.len);
		plan_report_textn(rep, &c[7], tk->application.s,
				  tk->application.len);
		plan_report_text(rep, &c[8], status_word(rep, x->status));
		plan_report_textn(rep, &c[9], tk->ref.s, tk->ref.len);
		plan_report_textf(rep, &c[10], "%d", x->year);
		amount_cell(&c[11], x);
	}
}

/* ---- Per region and unit ---------------------------------------------- */

struct group {
	size_t items;
	int64_t sum[1 + ST_COUNT];	/* all, then by status */
	bool over[1 + ST_COUNT];
	uint32_t left[1 + ST_COUNT];	/* amounts left out of each */
};

static void group_add(struct group *g, const struct tik_item *x)
{
	int at[2] = {0, 1 + x->status};
	g->items++;
	for (int k = 0; k < 2; k++) {
		g->left[at[k]] += x->left;
		if (x->a.kind == PLAN_AMOUNT_NONE)
			continue;
		if (x->a.kind == PLAN_AMOUNT_OVERFLOW ||
		    !plan_money_add(g->sum[at[k]], x->a.value, &g->sum[at[k]]))
			g->over[at[k]] = true;
	}
}

static void group_add2(struct group *g, const struct group *h)
{
	g->items += h->items;
	for (int k = 0; k <= ST_COUNT; k++) {
		g->left[k] += h->left[k];
		if (h->over[k] || !plan_money_add(g->sum[k], h->sum[k], &g->sum[k]))
			g->over[k] = true;
	}
}

static void group_cells(struct plan_rcell *c, const struct group *g)
{
	plan_report_count(&c[0], (int64_t)g->items);
	for (int k = 0; k <= ST_COUNT; k++) {
		plan_report_money(&c[1 + k], g->sum[k], g->over[k]);
		c[1 + k].left = g->left[k];
	}
}

static void summary_table(struct plan_report *rep, const struct plan_repo *r,
			  const struct items *it)
{
	static const char *const cols[] = {
		WHERE_COLS, N_("year"), N_("items"), N_("pagu"),
		N_("cleared"), N_("pending"), N_("rejected"),
		N_("without clearance"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "tik-summary",
		N_("TIK: pagu per region and unit, and its clearance"), 10,
		cols);
	t->optional = true;
	t->note = W(rep, "The items of the table above, added up per region, "
		"unit and year (Rp; units compared without their .XXXX "
		"sub-unit, shown as the first item writes it).");
	struct group total = {0};
	for (size_t i = 0, j; i < it->n; i = j) {
		struct group g = {0};
		const struct tik_item *x = &it->v[i];
		for (j = i; j < it->n && it->v[j].year == x->year &&
			    !strcmp(it->v[j].gov, x->gov) &&
			    !strcmp(it->v[j].unit, x->unit); j++)
			group_add(&g, &it->v[j]);
		struct plan_rcell *c = plan_report_row(t);
		where_cells(rep, r, c, x);
		plan_report_textf(rep, &c[3], "%d", x->year);
		group_cells(&c[4], &g);
		group_add2(&total, &g);
	}
	if (!it->n)
		return;
	struct plan_rcell *c = plan_report_row(t);
	plan_report_text(rep, &c[0], W(rep, "Total"));
	group_cells(&c[4], &total);
	t->ntotal = 1;
}

void plan_report_tik(struct plan_report *rep, const struct plan_repo *r)
{
	size_t nd;
	const struct plan_doc **docs = plan_report_selected_docs(rep, r, &nd);
	struct strmap renja;
	struct items it = {0};
	plan_strmap_init(&renja);
	renja_units(rep, docs, nd, &renja);
	for (size_t i = 0; i < nd; i++)
		doc_items(rep, docs[i], &renja, &it);
	if (it.n)
		qsort(it.v, it.n, sizeof *it.v, item_cmp);
	items_table(rep, r, &it);
	summary_table(rep, r, &it);
	plan_strmap_release(&renja);
	free(it.v);
	free(docs);
}

/* ---- The chart -------------------------------------------------------- */

void plan_report_tik_chart(FILE *out, const struct plan_report *rep,
			   const struct plan_rtable *t)
{
	size_t n = t->nrows - t->ntotal;
	if (!n)
		return;
	struct plan_svg_bar *rows = plan_xmalloc(n * sizeof *rows);
	char **texts = plan_xmalloc(2 * n * sizeof *texts);
	char buf[PLAN_RCELL_BUF];
	for (size_t i = 0; i < n; i++) {
		const char *name = plan_rtable_text(t, i, 1);
		const char *unit = plan_rtable_text(t, i, 2);
		const char *year = plan_rtable_text(t, i, 3);
		size_t len = strlen(name ? name : "") +
			     strlen(unit ? unit : "") + 16;
		texts[2 * i] = plan_xmalloc(len);
		snprintf(texts[2 * i], len, "%s%s%s %s", name ? name : "",
			 unit && *unit ? ", " : "", unit ? unit : "",
			 year ? year : "");
		struct plan_rcell all = plan_rtable_cell(t, i, 5);
		texts[2 * i + 1] = plan_xstrdup(
			plan_report_cell_display(rep, &all, buf));
		rows[i] = (struct plan_svg_bar){ .label = texts[2 * i],
			.value_text = texts[2 * i + 1] };
		for (int k = 0; k < PLAN_SVG_PARTS; k++) {
			struct plan_rcell c = plan_rtable_cell(t, i, 6 + (size_t)k);
			rows[i].part[k] = c.kind == RCELL_MONEY ? c.n : 0;
		}
	}
	const char *legend[PLAN_SVG_PARTS];
	for (int k = 0; k < PLAN_SVG_PARTS; k++)
		legend[k] = status_word(rep, k);
	struct plan_svg_chart c = {
		.title = W(rep, "TIK pagu per region and unit, by clearance (Rp)"),
		.axis = "Rp", .bars = rows, .n = n, .horizontal = true,
		.lang = rep->opts.lang, .legend = legend,
	};
	plan_svg_figure(out, &c);
	for (size_t i = 0; i < 2 * n; i++)
		free(texts[i]);
	free(texts);
	free(rows);
}
