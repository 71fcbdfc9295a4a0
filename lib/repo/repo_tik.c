/*
 * repo_tik.c - tik-duplicate (SPEC 3.6, 4): one application planned by
 * two units of one region in one year, in its RKPD or their Renja: the
 * same application paid for twice, the SPBE integration problem.
 *
 * Candidates are the elements carrying `tik` with an `application` and an
 * effective unit, in rkpd and renja documents with a region and a year.
 * For each (region, year, folded application) the first candidate in
 * (file, line, column) order is the one the others are compared with; a
 * later one whose unit (without its trailing .XXXX sub-unit) differs is
 * reported.  The RKPD and a unit's Renja carrying the same item for the
 * same unit are one item, not two.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/value.h"
#include "repo/repo_priv.h"

/* The government whose year it is: a kecamatan's is its kabupaten/kota
 * (SPEC 3.3). */
static size_t gov_len(const struct plan_doc *d)
{
	const char *s = d->region.s;
	if (d->level != LEVEL_KECAMATAN)
		return d->region.len;
	const char *dot = strchr(s, '.');
	dot = dot ? strchr(dot + 1, '.') : NULL;
	return dot ? (size_t)(dot - s) : d->region.len;
}

/* A unit code without its sub-unit: the first seven parts. */
static size_t unit_len(const char *u)
{
	int dots = 0;
	for (const char *p = u; *p; p++)
		if (*p == '.' && ++dots == 7)
			return (size_t)(p - u);
	return strlen(u);
}

static bool same_unit(const char *a, const char *b)
{
	size_t n = unit_len(a);
	return n == unit_len(b) && !memcmp(a, b, n);
}

static bool candidate_doc(const struct plan_doc *d)
{
	return (d->kind == KIND_RKPD || d->kind == KIND_RENJA) &&
	       d->region.s && d->period_start >= 0;
}

static bool candidate(const struct plan_element *e)
{
	const struct plan_tik *t = e->extra->tik;
	return t && t->application.s && t->application.node && e->eff_unit &&
	       e->node;
}

/* "<region>\x1f<year>\x1f<folded application>" (malloc'd). */
static char *tik_key(const struct plan_doc *d, const struct plan_element *e,
		     size_t *len)
{
	const struct plan_str *app = &e->extra->tik->application;
	char *f = plan_fold(app->s, app->len);
	size_t n = gov_len(d) + strlen(f) + 16;
	char *k = plan_xmalloc(n);
	int w = snprintf(k, n, "%.*s\x1f%d\x1f%s", (int)gov_len(d),
			 d->region.s, d->period_start, f);
	free(f);
	*len = (size_t)w;
	return k;
}

static void report(const struct plan_doc *d, const struct plan_element *e,
		   const struct plan_first *f, struct plan_findings *out)
{
	const struct plan_element *fe = f->item;
	const struct plan_str *app = &e->extra->tik->application;
	int alen = plan_subject_len(app->s, app->len);
	plan_finding_add(out, RULE_TIK_DUPLICATE, PLAN_SEV_DEFAULT,
		(struct plan_pos){d->file, app->node->line, app->node->column},
		plan_element_ref(d, e), plan_element_breadcrumb(d, e),
		_("agree with Diskominfo which unit builds and runs the "
		  "application; the others use it (SPBE integration)"),
		_("application '%.*s' of unit %s is also planned by unit %s "
		  "(%s, %s:%u): one application paid for twice"),
		alen, app->s, e->eff_unit, fe->eff_unit,
		plan_element_ref(f->d, fe) ? plan_element_ref(f->d, fe)
					   : f->d->file,
		f->d->file, fe->node->line);
}

/* A candidate against the first of its key (see plan_firsts_pass). */
static void tik_one(struct plan_firsts *first, const struct plan_doc *d,
		    const struct plan_element *e, struct plan_findings *out)
{
	size_t n;
	char *key = tik_key(d, e, &n);
	if (!out) {
		plan_firsts_offer(first, key, n, d, e, e->node);
	} else {
		const struct plan_first *f = plan_firsts_get(first, key, n);
		const struct plan_element *fe = f->item;
		if (fe != e && !same_unit(e->eff_unit, fe->eff_unit))
			report(d, e, f, out);
	}
	free(key);
}

static void tik_pass(struct plan_repo *r, struct plan_firsts *first,
		     struct plan_findings *out)
{
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		for (size_t k = 0; candidate_doc(d) && k < d->nelements; k++)
			if (candidate(d->elements[k]))
				tik_one(first, d, d->elements[k], out);
	}
}

void plan_repo_check_tik(struct plan_repo *r, struct plan_findings *out)
{
	plan_firsts_run(r, tik_pass, out);
}
