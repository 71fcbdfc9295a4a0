/*
 * repo_indicators.c - the cross-document Satu Data rules (SPEC 3.6, 4):
 * indicator-unit for codes that no indicators table lists (one code, one
 * unit: the first indicator with the code in (file, line, column) order
 * sets it), and indicator-rollup (a target that is not the sum, minimum
 * or maximum of the targets one step down the chain, when every region
 * of the table there gives one).
 *
 * Choices where SPEC is silent:
 * - an indicator without a unit neither sets a code's unit nor is
 *   compared (the schema reports the missing key);
 * - a region's value one step down is the first numeric target for the
 *   code and year in the first loaded document of the right kind for the
 *   region (documents in command-line and walk order, indicators in
 *   document order); a text ("Baik") is no value, so the region does
 *   not report and nothing is said;
 * - each indicator of the higher document with the code is compared on
 *   its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/value.h"
#include "repo/repo_priv.h"
#include "repo/satudata.h"

/* ---- indicator-unit across documents --------------------------------- */

/* Indicators with a code no table lists, and a unit. */
static bool unit_candidate(const struct plan_repo *r,
			   const struct plan_indicator *ind)
{
	return ind->code.s && ind->unit.s && ind->node &&
	       !plan_tables_indicator(r->o.tables, ind->code.s, ind->code.len);
}

static void unit_report(const struct plan_doc *d, const struct plan_element *e,
			const struct plan_indicator *ind,
			const struct plan_first *f, struct plan_findings *out)
{
	const struct plan_indicator *fi = f->item;
	const char *crumb = plan_indicator_breadcrumb(d, e, ind->index);
	char *hint = plan_arena_printf(d->arena,
		_("one code is one measure in one unit at every level: write "
		  "unit: %.*s, or give this indicator another code"),
		plan_subject_len(fi->unit.s, fi->unit.len), fi->unit.s);
	plan_finding_add(out, RULE_INDICATOR_UNIT, PLAN_SEV_DEFAULT,
		(struct plan_pos){d->file, ind->unit.node->line,
				  ind->unit.node->column},
		plan_element_ref(d, e), crumb, hint,
		_("unit '%.*s' of indicator code %.*s differs from '%.*s' of "
		  "the first indicator with this code (%s:%u)"),
		plan_subject_len(ind->unit.s, ind->unit.len), ind->unit.s,
		plan_subject_len(ind->code.s, ind->code.len), ind->code.s,
		plan_subject_len(fi->unit.s, fi->unit.len), fi->unit.s,
		f->d->file, fi->node->line);
}

/* An indicator against the first with its code (see plan_firsts_pass). */
static void unit_one(struct plan_firsts *first, const struct plan_doc *d,
		     const struct plan_element *e,
		     const struct plan_indicator *ind,
		     struct plan_findings *out)
{
	const struct plan_str *code = &ind->code;
	if (!out) {
		plan_firsts_offer(first, code->s, code->len, d, ind, ind->node);
		return;
	}
	const struct plan_first *f = plan_firsts_get(first, code->s, code->len);
	const struct plan_indicator *fi = f->item;
	if (fi != ind && !plan_fold_eq(ind->unit.s, ind->unit.len, fi->unit.s,
				       fi->unit.len))
		unit_report(d, e, ind, f, out);
}

/* Every indicator with a code no table lists, and a unit. */
static void units_pass(struct plan_repo *r, struct plan_firsts *first,
		       struct plan_findings *out)
{
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		for (size_t k = 0; k < d->nelements; k++) {
			const struct plan_element *e = d->elements[k];
			for (size_t j = 0; j < e->nindicators; j++)
				if (unit_candidate(r, &e->indicators[j]))
					unit_one(first, d, e,
						 &e->indicators[j], out);
		}
	}
}

/* ---- indicator-rollup ------------------------------------------------- */

/* 'A' annual (rkp, rkpd, rkpdes), 'M' medium term (rpjmn, rpjmd,
 * rpjmdes): the chain runs within one of them. */
static char lower_group(const struct plan_doc *d)
{
	int rank = plan_level_rank(d->level);
	if (!d->region.s)
		return 0;
	if ((rank == 1 || rank == 2) && d->kind == KIND_RKPD)
		return 'A';
	if ((rank == 1 || rank == 2) && d->kind == KIND_RPJMD)
		return 'M';
	if (rank == 4 && d->level != LEVEL_KELURAHAN &&
	    d->kind == KIND_RKPDES)
		return 'A';
	if (rank == 4 && d->level != LEVEL_KELURAHAN &&
	    d->kind == KIND_RPJMDES)
		return 'M';
	return 0;
}

static char higher_group(const struct plan_doc *d)
{
	int rank = plan_level_rank(d->level);
	if (rank == 0 && d->kind == KIND_RKP)
		return 'A';
	if (rank == 0 && d->kind == KIND_RPJMN)
		return 'M';
	return rank == 1 || rank == 2 ? lower_group(d) : 0;
}

#define KEY_MAX 256

/* "<group><region>\x1f<code>\x1f<year>" in buf; 0 when too long. */
static size_t value_key(char buf[KEY_MAX], char group, const char *region,
			const char *code, size_t clen, int year)
{
	int n = snprintf(buf, KEY_MAX, "%c%s\x1f%.*s\x1f%d", group, region,
			 (int)clen, code, year);
	return n > 0 && n < KEY_MAX ? (size_t)n : 0;
}

static enum plan_aggregation agg_of(const struct plan_repo *r,
				    const struct plan_indicator *ind)
{
	const struct plan_indicator_def *def = ind->code.s
		? plan_tables_indicator(r->o.tables, ind->code.s, ind->code.len)
		: NULL;
	return def ? def->agg : PLAN_AGG_NONE;
}

static bool numeric(const struct ynode *v)
{
	return ynode_is_text(v) && plan_is_number(v->text, v->len);
}

struct rollup {
	struct plan_repo *r;
	struct strmap values;		/* value_key -> target value node */
	struct plan_arena *a;		/* the keys */
	struct plan_findings *out;
	/* the regions one step below the higher document being checked,
	 * listed at its first indicator with a rolled-up code */
	const char **below;
	size_t nbelow;
	bool listed;
};

typedef void summed_fn(struct rollup *ru, const struct plan_doc *d, char g,
		       const struct plan_element *e,
		       const struct plan_indicator *ind);

/* fn on each indicator of d whose code the table rolls up (sum, minimum
 * or maximum), d being of group g. */
static void each_summed(struct rollup *ru, const struct plan_doc *d, char g,
			summed_fn *fn)
{
	for (size_t k = 0; k < d->nelements; k++) {
		const struct plan_element *e = d->elements[k];
		for (size_t j = 0; j < e->nindicators; j++)
			if (agg_of(ru->r, &e->indicators[j]) != PLAN_AGG_NONE)
				fn(ru, d, g, e, &e->indicators[j]);
	}
}

/* A lower document's numeric targets, kept unless a region's value for
 * the code and year is already there. */
static void collect_targets(struct rollup *ru, const struct plan_doc *d,
			    char g, const struct plan_element *e,
			    const struct plan_indicator *ind)
{
	char key[KEY_MAX];
	(void)e;
	for (size_t y = 0; y < ind->targets.n; y++) {
		const struct plan_yearval *v = &ind->targets.v[y];
		size_t n;
		if (v->year < 0 || !numeric(v->value) ||
		    !(n = value_key(key, g, d->region.s, ind->code.s,
				    ind->code.len, v->year)))
			continue;
		if (!plan_strmap_get(&ru->values, key, n))
			plan_strmap_put(&ru->values,
					plan_arena_strndup(ru->a, key, n), n,
					(void *)v->value);
	}
}

/* Every region's numeric targets, by group, region, code and year. */
static void collect(struct rollup *ru)
{
	for (size_t i = 0; i < ru->r->ndocs; i++) {
		const struct plan_doc *d = ru->r->docs[i].doc;
		char g = lower_group(d);
		if (g)
			each_summed(ru, d, g, collect_targets);
	}
}

static const char *below_word(int depth, size_t n)
{
	if (depth == 0)
		return plan_trn("province", "provinces", n);
	return depth == 1 ? "kabupaten/kota" : "desa";
}

static void rollup_report(struct rollup *ru, const struct plan_doc *d,
			  const struct plan_element *e,
			  const struct plan_indicator *ind,
			  const struct plan_yearval *v, size_t nbelow,
			  const struct plan_satu_agg *s)
{
	char fig[PLAN_DECIMAL_BUF];
	plan_decimal_format(s->v, fig);
	const char *what = below_word(plan_region_depth(d->region.s), nbelow);
	const char *crumb = plan_indicator_breadcrumb(d, e, ind->index);
	char *hint = plan_arena_printf(d->arena,
		_("write %s, or correct the targets below it (plan-report's "
		  "Satu Data table lists them)"), fig);
	const char *code = ind->code.s, *mine = v->value->text;
	int cl = plan_subject_len(code, ind->code.len);
	int ml = plan_subject_len(mine, v->value->len);
	const char *msg = s->agg == PLAN_AGG_SUM
		? plan_arena_printf(d->arena, _("indicator code %.*s: target "
			"for %d is %.*s, but the targets of its %zu %s add up "
			"to %s"), cl, code, v->year, ml, mine, nbelow, what, fig)
		: s->agg == PLAN_AGG_MIN
		? plan_arena_printf(d->arena, _("indicator code %.*s: target "
			"for %d is %.*s, but the lowest target of its %zu %s "
			"is %s"), cl, code, v->year, ml, mine, nbelow, what, fig)
		: plan_arena_printf(d->arena, _("indicator code %.*s: target "
			"for %d is %.*s, but the highest target of its %zu %s "
			"is %s"), cl, code, v->year, ml, mine, nbelow, what, fig);
	plan_finding_add(ru->out, RULE_INDICATOR_ROLLUP, PLAN_SEV_DEFAULT,
		(struct plan_pos){d->file, v->key->line, v->key->column},
		plan_element_ref(d, e), crumb, hint, "%s", msg);
}

/* One target of a higher document against the regions below. */
static void check_target(struct rollup *ru, const struct plan_doc *d,
			 char g, const struct plan_element *e,
			 const struct plan_indicator *ind,
			 const struct plan_yearval *v)
{
	char key[KEY_MAX];
	struct plan_satu_agg s;
	struct plan_decimal mine;
	plan_satu_agg_init(&s, agg_of(ru->r, ind));
	if (v->year < 0 || !numeric(v->value) ||
	    !plan_decimal_parse(v->value->text, v->value->len, &mine))
		return;
	for (size_t i = 0; i < ru->nbelow; i++) {
		size_t n = value_key(key, g, ru->below[i], ind->code.s,
				     ind->code.len, v->year);
		const struct ynode *bv = n ? plan_strmap_get(&ru->values, key, n)
					   : NULL;
		if (!bv)
			return;		/* a gap: plan-report shows it */
		plan_satu_agg_add(&s, bv->text, bv->len);
	}
	if (plan_satu_agg_ok(&s) && plan_decimal_cmp(mine, s.v) != 0)
		rollup_report(ru, d, e, ind, v, ru->nbelow, &s);
}

static void check_targets(struct rollup *ru, const struct plan_doc *d,
			  char g, const struct plan_element *e,
			  const struct plan_indicator *ind)
{
	if (!ru->listed) {	/* only documents with such codes */
		ru->nbelow = plan_satu_below(ru->r->o.tables,
			d->region.s ? d->region.s : "", &ru->below);
		ru->listed = true;
	}
	for (size_t y = 0; ru->nbelow && y < ind->targets.n; y++)
		check_target(ru, d, g, e, ind, &ind->targets.v[y]);
}

static void check_higher(struct rollup *ru, const struct plan_doc *d)
{
	char g = higher_group(d);
	if (!g)
		return;
	ru->below = NULL;
	ru->nbelow = 0;
	ru->listed = false;
	each_summed(ru, d, g, check_targets);
	free(ru->below);
}

static void check_rollup(struct plan_repo *r, struct plan_findings *out)
{
	const struct plan_tables *t = r->o.tables;
	if (!plan_tables_has_regions(t) || !plan_tables_has_indicators(t))
		return;
	struct rollup ru = {.r = r, .a = plan_arena_new(), .out = out};
	plan_strmap_init(&ru.values);
	collect(&ru);
	if (ru.values.len)
		for (size_t i = 0; i < r->ndocs; i++)
			check_higher(&ru, r->docs[i].doc);
	plan_strmap_release(&ru.values);
	plan_arena_free(ru.a);
}

void plan_repo_check_indicators(struct plan_repo *r, struct plan_findings *out)
{
	plan_firsts_run(r, units_pass, out);
	check_rollup(r, out);
}
