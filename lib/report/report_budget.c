/* report_budget.c - pagu indikatif per year: each program once, in the
 * budget-sum view, each year of a government from one kind of plan (see
 * report.h). */
#include "model/budget.h"
#include "report/report_priv.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "base/value.h"

/* ---- Years ---------------------------------------------------------- */

struct years {
	int *v;
	size_t n, cap;
};

static void years_add(struct years *y, int year)
{
	size_t lo = 0, hi = y->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (y->v[mid] < year)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < y->n && y->v[lo] == year)
		return;
	if (y->n == y->cap) {
		y->cap = y->cap ? 2 * y->cap : 8;
		y->v = plan_xrealloc(y->v, y->cap * sizeof *y->v);
	}
	memmove(y->v + lo + 1, y->v + lo, (y->n - lo) * sizeof *y->v);
	y->v[lo] = year;
	y->n++;
}

static size_t years_index(const struct years *y, int year)
{
	for (size_t i = 0; i < y->n; i++)
		if (y->v[i] == year)
			return i;
	return 0;
}

/* Every year an element's sum chain names. */
static void subtree_years(const struct plan_element *e, struct years *y)
{
	for (size_t i = 0; i < e->budget.n; i++)
		if (e->budget.v[i].year >= 0)
			years_add(y, e->budget.v[i].year);
	enum plan_elem_type ct = plan_budget_child_type(e->type);
	for (size_t i = 0; i < e->nchildren; i++)
		if (e->children[i]->type == ct)
			subtree_years(e->children[i], y);
}

/* ---- Entries: one program, one year --------------------------------- */

/* 64 bytes: a national report has half a million. */
struct entry {
	const struct plan_doc *d;
	const struct plan_element *e;
	const char *gov;		/* the government's region code */
	const char *unit;		/* unit plans: the unit code; else "" */
	struct plan_amount a;		/* VALUE, NONE (every amount left
					   out) or OVERFLOW */
	uint32_t doc_order;		/* in the selected order; 2^32
					   documents would not fit in memory */
	int year;
	uint32_t left;			/* amounts that cannot be read */
	signed char tier;		/* lower wins; -1 never counted */
	bool unit_plan;
	bool counted;
};

struct entries {
	struct entry *v;
	size_t n, cap;
};

/* The precedence of report.h: government plans annual, medium, long;
 * then units' plans annual, strategic; Musrenbang never. */
static signed char kind_tier(enum plan_kind k, bool *unit_plan)
{
	*unit_plan = false;
	switch (k) {
	case KIND_RKP: case KIND_RKPD: case KIND_RKPDES: return 0;
	case KIND_RPJMN: case KIND_RPJMD: case KIND_RPJMDES: return 1;
	case KIND_RPJPN: case KIND_RPJPD: return 2;
	case KIND_RENJA: case KIND_RENJA_KL: *unit_plan = true; return 0;
	case KIND_RENSTRA: case KIND_RENSTRA_KL: *unit_plan = true; return 1;
	default: return -1;
	}
}

/* A kecamatan plans as a unit of its kabupaten/kota: "13.02.04" is
 * "13.02"'s. */
static const char *gov_region(struct plan_report *rep,
			      const struct plan_doc *d)
{
	const char *s = d->region.s ? d->region.s : "";
	if (d->level != LEVEL_KECAMATAN)
		return s;
	const char *dot = strchr(s, '.');
	dot = dot ? strchr(dot + 1, '.') : NULL;
	return dot ? plan_arena_strndup(rep->arena, s, (size_t)(dot - s)) : s;
}

static void entry_push(struct entries *es, struct entry e)
{
	if (es->n == es->cap) {
		es->cap = es->cap ? 2 * es->cap : 64;
		es->v = plan_xrealloc(es->v, es->cap * sizeof *es->v);
	}
	es->v[es->n++] = e;
}

static bool budget_root(const struct plan_element *e)
{
	return !e->parent && (e->type == EL_PROGRAM || e->type == EL_BIDANG ||
			      e->type == EL_PROPOSAL);
}

/* Where an amount left out of a document's totals is counted and
 * listed. */
struct left_ctx {
	struct plan_report *rep;
	const struct plan_doc *d;
	uint32_t *left;
};

static void left_budget(void *arg, const struct plan_element *e,
			const struct plan_yearval *v)
{
	struct left_ctx *x = arg;
	(*x->left)++;
	plan_report_left_out(x->rep, x->d, e, NULL, W(x->rep, "budget"),
			     v->year, v->value);
}

/*
 * e's figure for year as plan_budget_amount() gives it (its own, else its
 * children's sum), except that an amount that cannot be read is left out
 * rather than making the whole figure unknown: it is counted in *left and
 * listed, and its siblings still add up.  NONE when nothing readable is
 * given at any depth.
 */
static struct plan_amount readable_amount(struct plan_report *rep,
					  const struct plan_doc *d,
					  const struct plan_element *e,
					  int year, uint32_t *left)
{
	struct left_ctx x = {rep, d, left};
	struct plan_budget_lookup lk = {.unreadable = left_budget, .arg = &x};
	return plan_budget_amount(e, year, &lk);
}

static void doc_entries(struct plan_report *rep, const struct plan_doc *d,
			size_t order, struct entries *es)
{
	struct entry base = { .d = d, .doc_order = (uint32_t)order,
			      .gov = gov_region(rep, d) };
	base.tier = kind_tier(d->kind, &base.unit_plan);
	base.unit = base.unit_plan && d->unit_code.s ? d->unit_code.s : "";
	for (size_t i = 0; i < d->ntop; i++) {
		const struct plan_element *e = d->top[i];
		struct years y = { 0 };
		if (!budget_root(e))
			continue;
		subtree_years(e, &y);
		for (size_t k = 0; k < y.n; k++) {
			if (rep->opts.year >= 0 && y.v[k] != rep->opts.year)
				continue;
			struct entry x = base;
			x.e = e;
			x.year = y.v[k];
			x.a = readable_amount(rep, d, e, y.v[k], &x.left);
			x.tier = e->type == EL_PROPOSAL ? -1 : base.tier;
			if (x.a.kind != PLAN_AMOUNT_NONE || x.left)
				entry_push(es, x);
		}
		free(y.v);
	}
}

/* ---- Choosing what is counted --------------------------------------- */

static int choice_cmp(const void *a, const void *b)
{
	const struct entry *p = *(const struct entry *const *)a;
	const struct entry *q = *(const struct entry *const *)b;
	int c = strcmp(p->gov, q->gov);
	if (c)
		return c;
	if (p->year != q->year)
		return p->year < q->year ? -1 : 1;
	if (p->unit_plan != q->unit_plan)
		return p->unit_plan ? 1 : -1;
	if ((c = strcmp(p->unit, q->unit)) != 0)
		return c;
	if (p->tier != q->tier)
		return p->tier < q->tier ? -1 : 1;
	return (p > q) - (p < q);
}

/* In one (government, year) group sorted by choice_cmp: government
 * plans first, then each unit's; the first of a run has the best tier. */
static void choose_group(struct entry **g, size_t n)
{
	if (!g[0]->unit_plan) {
		for (size_t i = 0; i < n && !g[i]->unit_plan; i++)
			g[i]->counted = g[i]->tier == g[0]->tier;
		return;
	}
	int best = 0;
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || strcmp(g[i]->unit, g[i - 1]->unit) != 0)
			best = g[i]->tier;
		g[i]->counted = g[i]->tier == best;
	}
}

static void choose(struct entries *es)
{
	struct entry **p = plan_xmalloc((es->n + 1) * sizeof *p);
	size_t n = 0;
	for (size_t i = 0; i < es->n; i++)
		if (es->v[i].tier >= 0)
			p[n++] = &es->v[i];
	qsort(p, n, sizeof *p, choice_cmp);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && p[j]->year == p[i]->year &&
				strcmp(p[j]->gov, p[i]->gov) == 0; j++)
			;
		choose_group(p + i, j - i);
	}
	free(p);
}

/* ---- Grouped tables ------------------------------------------------- */

/* A sum, whether anything was added (a year no plan gives a figure for
 * is left empty, not shown as 0), and how many amounts were left out of
 * it. */
struct msum {
	int64_t v;
	uint32_t left;
	bool over, any;
};

static void msum_add(struct msum *s, const struct plan_amount *a,
		     uint32_t left)
{
	s->left += left;
	if (a->kind == PLAN_AMOUNT_NONE)
		return;
	s->any = true;
	if (a->kind == PLAN_AMOUNT_OVERFLOW || (!s->over && !plan_money_add(s->v, a->value,
								&s->v)))
		s->over = true;
}

static void msum_add2(struct msum *s, const struct msum *t)
{
	struct plan_amount a = { !t->any ? PLAN_AMOUNT_NONE : t->over
				 ? PLAN_AMOUNT_OVERFLOW : PLAN_AMOUNT_VALUE, t->v };
	msum_add(s, &a, t->left);
}

/* A money cell: the sum and what was left out of it. */
static void money_cell(struct plan_rcell *c, const struct msum *s)
{
	if (s->any)
		plan_report_money(c, s->v, s->over);
	c->left = s->left;
}

/* One entry's place in a grouped table: its sort key.  The labels of a
 * row are made for its first entry only, not kept for every entry: a
 * national report groups half a million. */
struct item {
	const char *key;
	const struct entry *e;
};

/* An entry's sort key; also its row's labels when labels is not NULL. */
typedef const char *(*item_fn)(struct plan_report *rep,
			       const struct entry *e, const char **labels);

static int item_cmp(const void *a, const void *b)
{
	const struct item *p = a, *q = b;
	int c = strcmp(p->key, q->key);
	if (c)
		return c;
	return (p->e > q->e) - (p->e < q->e);
}

struct grouping {
	const char *name, *title;
	size_t nlabels;
	const char *const *labels;
	item_fn fn;
	bool all;		/* every entry, not only the counted */
	bool total;		/* a total row */
	/* budget-documents: the years counted, after the total */
	bool counted_col;
};

static const char *counted_years(struct plan_report *rep,
				 const struct item *g, size_t n)
{
	char *s = NULL;
	for (size_t i = 0; i < n; i++) {
		if (!g[i].e->counted)
			continue;
		bool seen = false;	/* several programs, one year */
		for (size_t k = 0; k < i && !seen; k++)
			seen = g[k].e->counted && g[k].e->year == g[i].e->year;
		if (!seen)
			s = plan_arena_printf(rep->scratch, "%s%s%d", s ? s : "",
					      s ? " " : "", g[i].e->year);
	}
	return s ? s : "-";
}

/* The columns: labels, one per year, the total (and "counted"). */
static struct plan_rtable *grouped_table(struct plan_report *rep,
					 const struct grouping *gr,
					 const struct years *y)
{
	size_t nc = gr->nlabels + y->n + 1 + gr->counted_col;
	const char **cols = plan_arena_alloc(rep->arena, nc * sizeof *cols);
	for (size_t i = 0; i < gr->nlabels; i++)
		cols[i] = gr->labels[i];
	for (size_t i = 0; i < y->n; i++)
		cols[gr->nlabels + i] = plan_arena_printf(rep->scratch, "%d",
							  y->v[i]);
	cols[gr->nlabels + y->n] = N_("total");
	if (gr->counted_col)
		cols[nc - 1] = N_("years counted");
	return plan_report_new_table(rep, gr->name, gr->title, nc, cols);
}

static void sums_row(struct plan_rtable *t, size_t at, const struct msum *s,
		     size_t ny)
{
	struct plan_rcell *c = t->row;
	struct msum all = { 0 };
	for (size_t i = 0; i < ny; i++) {
		msum_add2(&all, &s[i]);
		money_cell(&c[at + i], &s[i]);
	}
	plan_report_money(&c[at + ny], all.v, all.over);
	c[at + ny].left = all.left;
}

static void grouped(struct plan_report *rep, const struct entries *es,
		    const struct grouping *gr)
{
	struct item *it = plan_xmalloc((es->n + 1) * sizeof *it);
	struct years y = { 0 };
	size_t n = 0;
	for (size_t i = 0; i < es->n; i++) {
		if (!gr->all && !es->v[i].counted)
			continue;
		it[n].key = gr->fn(rep, &es->v[i], NULL);
		it[n].e = &es->v[i];
		years_add(&y, es->v[i].year);
		n++;
	}
	qsort(it, n, sizeof *it, item_cmp);
	struct plan_rtable *t = grouped_table(rep, gr, &y);
	size_t ngroups = n != 0;
	for (size_t i = 1; i < n; i++)
		ngroups += strcmp(it[i].key, it[i - 1].key) != 0;
	plan_report_rows_reserve(t, ngroups + gr->total);
	struct msum *row = plan_xmalloc((y.n + 1) * sizeof *row);
	struct msum *tot = plan_xmalloc((y.n + 1) * sizeof *tot);
	memset(tot, 0, (y.n + 1) * sizeof *tot);
	for (size_t i = 0, j; i < n; i = j) {
		memset(row, 0, (y.n + 1) * sizeof *row);
		for (j = i; j < n && strcmp(it[j].key, it[i].key) == 0; j++) {
			msum_add(&row[years_index(&y, it[j].e->year)],
				 &it[j].e->a, it[j].e->left);
			if (it[j].e->counted)
				msum_add(&tot[years_index(&y, it[j].e->year)],
					 &it[j].e->a, it[j].e->left);
		}
		const char *labels[4] = { NULL };
		gr->fn(rep, it[i].e, labels);
		struct plan_rcell *c = plan_report_row(t);
		for (size_t k = 0; k < gr->nlabels; k++)
			plan_report_text(rep, &c[k], labels[k]);
		sums_row(t, gr->nlabels, row, y.n);
		if (gr->counted_col)
			plan_report_text(rep, &t->row[t->ncols - 1],
				    counted_years(rep, it + i, j - i));
	}
	if (gr->total) {
		struct plan_rcell *c = plan_report_row(t);
		plan_report_text(rep, &c[0], W(rep, "Total"));
		sums_row(t, gr->nlabels, tot, y.n);
		t->ntotal = 1;
	}
	free(row);
	free(tot);
	free(y.v);
	free(it);
	plan_arena_reset(rep->scratch);	/* the cells have their copies */
}

/* ---- The groupings -------------------------------------------------- */

static const char *by_document(struct plan_report *rep,
			       const struct entry *e, const char **labels)
{
	if (labels) {
		labels[0] = e->d->id.s;
		labels[1] = e->d->kind != KIND_NONE
			? plan_kind_name(e->d->kind) : e->d->kind_s.s;
		labels[2] = e->d->region.s;
	}
	return plan_arena_printf(rep->scratch, "%010" PRIu32, e->doc_order);
}

static const char *by_level(struct plan_report *rep, const struct entry *e,
			    const char **labels)
{
	if (labels)
		labels[0] = plan_report_level_word(e->d);
	return plan_arena_printf(rep->scratch, "%d %s",
				 plan_level_rank(e->d->level),
				 plan_report_level_word(e->d));
}

static const char *by_region(struct plan_report *rep, const struct entry *e,
			     const char **labels)
{
	if (labels) {
		labels[0] = e->gov;
		labels[1] = plan_report_region_name(rep, NULL, e->gov);
	}
	return e->gov;
}

/* The urusan of a program: the first digit of its code (1..8, X for the
 * template); village bidang and national priorities have none. */
static char urusan_key(const struct entry *e)
{
	if (plan_kind_is_village(e->d->kind))
		return 'V';
	if (plan_kind_is_national(e->d->kind))
		return 'N';
	const char *c = e->e->code.s;
	if (c && ((c[0] >= '1' && c[0] <= '8') || c[0] == 'X'))
		return c[0];
	return '?';
}

static const char *urusan_name(struct plan_report *rep, char k)
{
	switch (k) {
	case 'V': return W(rep, "Village fields (bidang desa)");
	case 'N': return W(rep, "National priorities (no urusan)");
	case '?': return W(rep, "No urusan code");
	default: return plan_urusan_name(k, rep->opts.lang);
	}
}

static const char *by_urusan(struct plan_report *rep, const struct entry *e,
			     const char **labels)
{
	char k = urusan_key(e);
	if (labels) {
		labels[0] = plan_arena_printf(rep->scratch, "%c",
					      k == 'V' || k == 'N' || k == '?'
					      ? '-' : k);
		labels[1] = urusan_name(rep, k);
	}
	/* 1..8, X, then the ones without an urusan */
	return plan_arena_printf(rep->scratch, "%c%c",
				 k == 'X' ? '1' : k == 'V' ? '2' :
				 k == 'N' ? '3' : k == '?' ? '4' : '0', k);
}

static const char *by_program(struct plan_report *rep, const struct entry *e,
			      const char **labels)
{
	const char *code = e->e->code.s ? e->e->code.s
			 : e->e->id ? e->e->id : "";
	if (labels) {
		labels[0] = e->gov;
		labels[1] = plan_report_region_name(rep, NULL, e->gov);
		labels[2] = code;
		labels[3] = e->e->name.s;
	}
	return plan_arena_printf(rep->scratch, "%s\x1f%s", e->gov, code);
}

/* Budget per year: one row a year and the total. */
static void per_year(struct plan_report *rep, const struct entries *es)
{
	static const char *const cols[] = {
		N_("year"), N_("pagu indikatif (Rp)"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "budget-year",
		N_("Budget per year"), 2, cols);
	struct years y = { 0 };
	for (size_t i = 0; i < es->n; i++)
		if (es->v[i].counted)
			years_add(&y, es->v[i].year);
	struct msum *s = plan_xmalloc((y.n + 1) * sizeof *s);
	memset(s, 0, (y.n + 1) * sizeof *s);
	for (size_t i = 0; i < es->n; i++)
		if (es->v[i].counted)
			msum_add(&s[years_index(&y, es->v[i].year)],
				 &es->v[i].a, es->v[i].left);
	struct msum all = { 0 };
	for (size_t i = 0; i < y.n; i++) {
		struct plan_rcell *c = plan_report_row(t);
		plan_report_textf(rep, &c[0], "%d", y.v[i]);
		money_cell(&c[1], &s[i]);
		msum_add2(&all, &s[i]);
	}
	struct plan_rcell *c = plan_report_row(t);
	plan_report_text(rep, &c[0], W(rep, "Total"));
	plan_report_money(&c[1], all.v, all.over);
	c[1].left = all.left;
	t->ntotal = 1;
	free(s);
	free(y.v);
}

void plan_report_budgets(struct plan_report *rep, const struct plan_repo *r)
{
	struct entries es = { 0 };
	size_t nd;
	const struct plan_doc **docs = plan_report_selected_docs(rep, r, &nd);
	for (size_t i = 0; i < nd; i++)
		doc_entries(rep, docs[i], i, &es);
	free(docs);
	/* kept through all the groupings: no room to spare */
	if (es.n)
		es.v = plan_xrealloc(es.v, (es.cap = es.n) * sizeof *es.v);
	choose(&es);
	static const char *const doc_cols[] = {
		N_("document"), N_("kind"), N_("region"),
	};
	static const char *const lvl_cols[] = { N_("level") };
	static const char *const reg_cols[] = { N_("region"), N_("name") };
	static const char *const urs_cols[] = { N_("urusan"), N_("name") };
	static const char *const prg_cols[] = {
		N_("region"), N_("region name"), N_("program"), N_("name"),
	};
	static const struct grouping g[] = {
		{ "budget-documents", N_("Budget per document"), 3, doc_cols, by_document,
		  true, false, true },
		{ "budget-level", N_("Budget by level"), 1, lvl_cols, by_level,
		  false, true, false },
		{ "budget-region", N_("Budget by region"), 2, reg_cols, by_region,
		  false, true, false },
		{ "budget-urusan", N_("Budget by urusan"), 2, urs_cols, by_urusan,
		  false, true, false },
		{ "budget-program", N_("Budget by program"), 4, prg_cols, by_program,
		  false, true, false },
	};
	grouped(rep, &es, &g[0]);
	rep->tables[rep->ntables - 1]->note = W(rep,
		"Each document's own totals (a program's figure, else the sum "
		"of its kegiatan or sub-kegiatan). Plans of one government "
		"overlap, so the tables below count each year of a region "
		"from one plan: the annual plan, else the medium-term plan, "
		"else the units' plans; Musrenbang proposals are not counted.");
	per_year(rep, &es);
	for (size_t i = 1; i < sizeof g / sizeof g[0]; i++)
		grouped(rep, &es, &g[i]);
	free(es.v);
}
