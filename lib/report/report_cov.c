/* report_cov.c - alignment coverage (trace.h's, as plan-trace shows it)
 * and the validation summary per document. */
#include "report/report_priv.h"

#include <stdlib.h>
#include <string.h>

#include "base/hmap.h"
#include "trace/trace.h"

/* ---- Coverage ------------------------------------------------------- */

/* The elements asked about, as plan-trace --coverage picks them: the
 * counted elements of the selected documents at the highest level that
 * has any (the RPJMN of a whole repository, the provincial plans with
 * --region 13). */
static void cover_top(struct plan_report *rep, const struct plan_repo *r,
		      struct plan_coverage *c)
{
	size_t nd;
	const struct plan_doc **docs = plan_report_selected_docs(rep, r, &nd);
	plan_coverage_add_top_of(c, docs, nd);
	free(docs);
}

/* The gaps: regions with a plan loaded that do not serve the item. */
static const char *missing_list(struct plan_report *rep,
				const struct plan_cov_unit *u)
{
	char *s = NULL;
	for (size_t i = 0; i < u->nchildren; i++)
		if (!u->children[i].supported && u->children[i].loaded)
			s = plan_arena_printf(rep->arena, "%s%s%s", s ? s : "",
					      s ? ", " : "",
					      u->children[i].name);
	return s;
}

/* A row per unit, as plan-trace shows them: the item's own region, and
 * the child regions where some region has a plan loaded. */
static void coverage_rows(struct plan_report *rep, struct plan_rtable *t,
			  const struct plan_cov_item *it)
{
	for (size_t u = 0; u < it->nunits; u++) {
		const struct plan_cov_unit *un = &it->units[u];
		if (u > 0 && un->nno_plan == un->nchildren)
			continue;
		struct plan_rcell *c = plan_report_row(t);
		plan_report_text(rep, &c[0], it->doc->id.s);
		plan_report_text(rep, &c[1], it->el->id);
		plan_report_textn(rep, &c[2], it->el->name.s, it->el->name.len);
		plan_report_text(rep, &c[3], un->region.name);
		plan_report_text(rep, &c[4], un->children_word);
		plan_report_count(&c[5], (int64_t)un->nsupported);
		plan_report_count(&c[6], (int64_t)un->nchildren);
		plan_report_count(&c[7], (int64_t)un->nno_plan);
		plan_report_text(rep, &c[8], missing_list(rep, un));
	}
}

/* Per lower region: how many of the elements asked about it serves. */
struct region_tally {
	const char *code, *name, *word;
	int64_t supported, counted;
};

static int tally_cmp(const void *a, const void *b)
{
	const struct region_tally *p = *(const struct region_tally *const *)a;
	const struct region_tally *q = *(const struct region_tally *const *)b;
	return strcmp(p->code, q->code);
}

static void tally(struct plan_report *rep, struct strmap *m,
		  struct plan_vec *all, const struct plan_cov_unit *u)
{
	for (size_t i = 0; i < u->nchildren; i++) {
		const struct plan_cov_region *g = &u->children[i];
		if (!g->loaded)
			continue;	/* nothing there could support it */
		struct region_tally *t = plan_strmap_get(m, g->code, strlen(g->code));
		if (!t) {
			t = plan_arena_alloc(rep->arena, sizeof *t);
			t->code = plan_arena_strdup(rep->arena, g->code);
			t->name = plan_arena_strdup(rep->arena, g->name);
			t->word = u->children_word;
			plan_strmap_put(m, t->code, strlen(t->code), t);
			plan_vec_push(rep->arena, all, t);
		}
		t->counted++;
		t->supported += g->supported;
	}
}

static void coverage_regions(struct plan_report *rep,
			     const struct plan_coverage *c)
{
	static const char *const cols[] = {
		N_("region"), N_("name"), N_("level"), N_("elements supported"),
		N_("elements counted"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "coverage-region",
		N_("Coverage per region"), 5, cols);
	struct strmap m;
	struct plan_vec all = { 0 };
	plan_strmap_init(&m);
	for (size_t i = 0; i < c->nitems; i++)
		for (size_t u = 0; u < c->items[i].nunits; u++)
			tally(rep, &m, &all, &c->items[i].units[u]);
	if (all.len)
		qsort(all.items, all.len, sizeof *all.items, tally_cmp);
	for (size_t i = 0; i < all.len; i++) {
		const struct region_tally *g = all.items[i];
		struct plan_rcell *cell = plan_report_row(t);
		plan_report_text(rep, &cell[0], g->code);
		plan_report_text(rep, &cell[1], g->name);
		plan_report_text(rep, &cell[2], g->word);
		plan_report_count(&cell[3], g->supported);
		plan_report_count(&cell[4], g->counted);
	}
	plan_strmap_release(&m);
}

void plan_report_coverage(struct plan_report *rep, const struct plan_repo *r)
{
	static const char *const cols[] = {
		N_("document"), N_("element"), N_("name"), N_("within"),
		N_("lower regions"), N_("supporting"), N_("of"),
		N_("no plan loaded"), N_("not supported by"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "coverage",
		N_("Alignment coverage"), 9, cols);
	struct plan_coverage c;
	plan_coverage_init(&c, r, rep->opts.tables);
	cover_top(rep, r, &c);
	for (size_t i = 0; i < c.nitems; i++)
		coverage_rows(rep, t, &c.items[i]);
	t->note = c.regions_from_table ? W(rep,
		"How many lower regions support each element that lower plans "
		"serve (tujuan, sasaran and programs; every element of national "
		"plans), directly or through other elements (as plan-trace "
		"--coverage); counting every region of the region table. A "
		"region with no plan loaded is not a gap; units where no region "
		"has a plan loaded are not shown.") : W(rep,
		"How many lower regions support each element that lower plans "
		"serve (tujuan, sasaran and programs; every element of national "
		"plans), directly or through other elements (as plan-trace "
		"--coverage); counting the regions loaded (no region table).");
	coverage_regions(rep, &c);
	plan_coverage_release(&c);
}

/* ---- Validation ----------------------------------------------------- */

struct file_counts {
	const char *file;
	struct plan_counts n;
	bool shown;
};

static struct file_counts *counts_of(struct plan_report *rep,
				     struct strmap *m, struct plan_vec *order,
				     const char *file)
{
	struct file_counts *fc = plan_strmap_get(m, file, strlen(file));
	if (!fc) {
		fc = plan_arena_alloc(rep->arena, sizeof *fc);
		fc->file = plan_arena_strdup(rep->arena, file);
		plan_strmap_put(m, fc->file, strlen(fc->file), fc);
		plan_vec_push(rep->arena, order, fc);
	}
	return fc;
}

static void count_finding(struct file_counts *fc, const struct plan_finding *f)
{
	if (f->waived)
		fc->n.waived++;
	else if (f->severity == PLAN_SEV_ERROR)
		fc->n.errors++;
	else if (f->severity == PLAN_SEV_WARNING)
		fc->n.warnings++;
	else if (f->severity == PLAN_SEV_INFO)
		fc->n.infos++;
}

static void counts_row(struct plan_report *rep, struct plan_rtable *t,
		       const char *file, const char *doc,
		       const struct plan_counts *n, struct plan_counts *sum)
{
	struct plan_rcell *c = plan_report_row(t);
	plan_report_text(rep, &c[0], file);
	plan_report_text(rep, &c[1], doc);
	plan_report_count(&c[2], (int64_t)n->errors);
	plan_report_count(&c[3], (int64_t)n->warnings);
	plan_report_count(&c[4], (int64_t)n->infos);
	plan_report_count(&c[5], (int64_t)n->waived);
	sum->errors += n->errors;
	sum->warnings += n->warnings;
	sum->infos += n->infos;
	sum->waived += n->waived;
}

void plan_report_validation(struct plan_report *rep, const struct plan_repo *r,
		       const struct plan_findings *f)
{
	static const char *const cols[] = {
		N_("file"), N_("document"), N_("errors"), N_("warnings"),
		N_("infos"), N_("waived"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "validation",
		N_("Validation summary"), 6, cols);
	t->note = W(rep, "The findings of plan-validate on the same files.");
	if (rep->left.len)
		t->note = plan_arena_printf(rep->arena, "%s %s", t->note,
			rep->left.len == 1
			? W(rep, "One value could not be read and is left out "
			    "of the totals: see \"Values left out\".")
			: plan_arena_printf(rep->arena,
			    W(rep, "%zu values could not be read and are left "
			      "out of the totals: see \"Values left out\"."),
			    rep->left.len));
	struct strmap m;
	struct plan_vec order = { 0 };
	struct plan_counts sum = { 0 };
	plan_strmap_init(&m);
	for (size_t i = 0; i < plan_findings_count(f); i++) {
		const struct plan_finding *x = plan_findings_get(f, i);
		if (x->file)
			count_finding(counts_of(rep, &m, &order, x->file), x);
	}
	size_t nd;
	const struct plan_doc **docs = plan_report_selected_docs(rep, r, &nd);
	plan_report_rows_reserve(t, nd + 1);
	for (size_t i = 0; i < nd; i++) {
		struct file_counts *fc = counts_of(rep, &m, &order,
						   docs[i]->file);
		counts_row(rep, t, fc->file, docs[i]->id.s, &fc->n, &sum);
		fc->shown = true;
	}
	free(docs);
	/* Files that hold no plan document (a syntax error, not-a-plan)
	 * belong to no level or region: shown when nothing is filtered. */
	for (size_t i = 0; rep->opts.level == LEVEL_NONE && !rep->opts.region &&
			    i < order.len; i++) {
		struct file_counts *fc = order.items[i];
		if (!fc->shown)
			counts_row(rep, t, fc->file, NULL, &fc->n, &sum);
	}
	struct plan_rcell *c = plan_report_row(t);
	plan_report_text(rep, &c[0], W(rep, "Total"));
	plan_report_count(&c[2], (int64_t)sum.errors);
	plan_report_count(&c[3], (int64_t)sum.warnings);
	plan_report_count(&c[4], (int64_t)sum.infos);
	plan_report_count(&c[5], (int64_t)sum.waived);
	t->ntotal = 1;
	plan_strmap_release(&m);
}
