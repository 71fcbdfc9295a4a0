/*
 * Cross-document rules over `parents` (SPEC 3.3, 4): parent-kind,
 * parent-region, parent-period and the parent parts of schedule.
 *
 * Only the documents a document names in `parents` are compared, and only
 * when they are loaded (repo_refs.c reports the others as ref-external).
 * Each entry is looked at once, so the pass is linear in the entries.
 */
#include <stdio.h>
#include <string.h>

#include "repo/repo_priv.h"
#include "base/i18n.h"
#include "base/value.h"

/* What the parents table (SPEC 3.3) asks of the parent's region. */
enum region_req {
	REQ_NONE,		/* a national parent: nothing to compare */
	REQ_SAME,		/* "same region" */
	REQ_ANCESTOR,		/* "of an ancestor region" */
	REQ_KABKOTA,		/* "of its kabupaten/kota" */
	REQ_KABKOTA_PROV,	/* "of its kabupaten/kota or province" */
	REQ_SAME_UNIT		/* "same region and unit" */
};

static const struct parent_rule {
	enum plan_kind child, parent;
	enum region_req req;
} parent_rules[] = {
	{KIND_RPJMN, KIND_RPJPN, REQ_NONE},
	{KIND_RKP, KIND_RPJMN, REQ_NONE},
	{KIND_RENSTRA_KL, KIND_RPJMN, REQ_NONE},
	{KIND_RENJA_KL, KIND_RKP, REQ_NONE},
	{KIND_RENJA_KL, KIND_RENSTRA_KL, REQ_NONE},
	{KIND_RPJPD, KIND_RPJPN, REQ_NONE},
	{KIND_RPJPD, KIND_RPJPD, REQ_ANCESTOR},
	{KIND_RPJMD, KIND_RPJPD, REQ_SAME},
	{KIND_RPJMD, KIND_RPJMN, REQ_NONE},
	{KIND_RPJMD, KIND_RPJMD, REQ_ANCESTOR},
	{KIND_RENSTRA, KIND_RPJMD, REQ_SAME},
	{KIND_RKPD, KIND_RPJMD, REQ_SAME},
	{KIND_RKPD, KIND_RKP, REQ_NONE},
	{KIND_RKPD, KIND_RKPD, REQ_ANCESTOR},
	{KIND_RENJA, KIND_RKPD, REQ_SAME},
	{KIND_RENJA, KIND_RENSTRA, REQ_SAME_UNIT},
	{KIND_RPJMDES, KIND_RPJMD, REQ_KABKOTA},
	{KIND_RKPDES, KIND_RPJMDES, REQ_SAME},
	{KIND_RKPDES, KIND_RKPD, REQ_KABKOTA},
	{KIND_MUSRENBANG, KIND_RKPD, REQ_KABKOTA_PROV},
};
#define NRULES (sizeof parent_rules / sizeof *parent_rules)

static const char *const req_words[] = {
	[REQ_NONE] = "",
	[REQ_SAME] = N_(" (same region)"),
	[REQ_ANCESTOR] = N_(" of an ancestor region"),
	[REQ_KABKOTA] = N_(" of its kabupaten/kota"),
	[REQ_KABKOTA_PROV] = N_(" of its kabupaten/kota or province"),
	[REQ_SAME_UNIT] = N_(" (same region and unit)"),
};

/* One parents entry being judged. */
struct pctx {
	struct plan_findings *out;
	const struct plan_doc *d;	/* the document naming the parent */
	const struct plan_ref *ref;	/* the entry */
	const struct plan_doc *p;	/* the parent */
};

/* A region code as a counted string (codes come from scalars). */
struct region {
	const char *s;
	int len;			/* 0 when absent */
};

static void report(const struct pctx *c, enum plan_rule rule,
		   const struct ynode *at, const char *hint, const char *msg)
{
	plan_finding_add(c->out, rule, PLAN_SEV_DEFAULT,
			 (struct plan_pos){c->d->file, at->line, at->column},
			 c->d->id.s, NULL, hint, "%s", msg);
}

static const struct parent_rule *find_rule(enum plan_kind child,
					   enum plan_kind parent)
{
	for (size_t i = 0; i < NRULES; i++)
		if (parent_rules[i].child == child &&
		    parent_rules[i].parent == parent)
			return &parent_rules[i];
	return NULL;
}

/* "rpjmd (same region), rkp, rkpd of an ancestor region": the row of the
 * parents table for kind k, for hints. */
static void allowed_text(enum plan_kind k, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < NRULES && used < size; i++) {
		if (parent_rules[i].child != k)
			continue;
		int n = snprintf(buf + used, size - used, "%s%s%s",
				 used ? ", " : "",
				 plan_kind_word(parent_rules[i].parent),
				 _(req_words[parent_rules[i].req]));
		used += n > 0 ? (size_t)n : 0;
	}
}

static void check_kind(const struct pctx *c)
{
	char allowed[256], hint[320], msg[512];
	const char *ck = plan_kind_word(c->d->kind);

	allowed_text(c->d->kind, allowed, sizeof allowed);
	if (allowed[0])
		snprintf(hint, sizeof hint, _("a %s names as parent: %s"), ck,
			 allowed);
	else
		snprintf(hint, sizeof hint,
			 _("a %s is derived from no other plan: remove the entry"),
			 ck);
	snprintf(msg, sizeof msg,
		 _("parent '%s' is of kind '%s', which a %s may not name"),
		 c->ref->text, plan_kind_name(c->p->kind), ck);
	report(c, RULE_PARENT_KIND, c->ref->node, hint, msg);
}

/* ---- parent-region ---- */

static struct region region_of(const struct plan_doc *d)
{
	if (!d->region.s || d->level == LEVEL_NASIONAL)
		return (struct region){NULL, 0};
	return (struct region){d->region.s, (int)d->region.len};
}

/* The ancestor of r with `depth` dot-separated parts (the province is 1,
 * the kabupaten/kota 2), or an absent region when r is not that deep. */
static struct region region_at_depth(struct region r, int depth)
{
	int parts = 1;
	for (int i = 0; i < r.len; i++) {
		if (r.s[i] != '.')
			continue;
		if (parts == depth)
			return (struct region){r.s, i};
		parts++;
	}
	if (r.len && parts == depth)
		return r;
	return (struct region){NULL, 0};
}

/* A kecamatan document is a unit of its kabupaten/kota: for "same
 * region" it stands for that (SPEC 3.3). */
static struct region same_region_of(const struct plan_doc *d)
{
	struct region r = region_of(d);
	return d->level == LEVEL_KECAMATAN ? region_at_depth(r, 2) : r;
}

static bool region_eq(struct region a, struct region b)
{
	return a.len && a.len == b.len && !memcmp(a.s, b.s, (size_t)a.len);
}

/* b is a proper ancestor of a: a proper prefix at a `.` boundary. */
static bool region_is_ancestor(struct region b, struct region a)
{
	return b.len && b.len < a.len && !memcmp(a.s, b.s, (size_t)b.len) &&
	       a.s[b.len] == '.';
}

/* want: what the table asks, for the message; expect: the region to
 * name instead, or (ancestor) an example of one, or absent. */
static void region_mismatch(const struct pctx *c, const char *want,
			    struct region expect, bool example)
{
	char msg[512], hint[256];
	struct region pr = region_of(c->p);
	const char *pk = plan_kind_word(c->p->kind);

	snprintf(msg, sizeof msg, _("parent '%s' is the %s of region '%.*s', not %s"),
		 c->ref->text, pk, pr.len, pr.s, want);
	if (expect.len && example)
		snprintf(hint, sizeof hint,
			 _("name the %s of a region above '%.*s', such as '%.*s'"),
			 pk, (int)c->d->region.len, c->d->region.s, expect.len,
			 expect.s);
	else if (expect.len)
		snprintf(hint, sizeof hint, _("name the %s of region '%.*s'"), pk,
			 expect.len, expect.s);
	else
		snprintf(hint, sizeof hint, _("name the %s of a region above '%.*s'"),
			 pk, (int)c->d->region.len, c->d->region.s);
	report(c, RULE_PARENT_REGION, c->ref->node, hint, msg);
}

static void check_same(const struct pctx *c, bool unit)
{
	char want[256];
	struct region mine = same_region_of(c->d);
	struct region theirs = same_region_of(c->p);

	if (!mine.len || !theirs.len)
		return;		/* a missing region is the schema's business */
	if (!region_eq(mine, theirs)) {
		snprintf(want, sizeof want, _("of %s '%.*s'"),
			 c->d->level == LEVEL_KECAMATAN
				 ? _("this kecamatan's kabupaten/kota")
				 : _("this document's region"),
			 mine.len, mine.s);
		region_mismatch(c, want, mine, false);
		return;
	}
	const char *du = c->d->unit_code.s, *pu = c->p->unit_code.s;
	if (!unit || !du || !pu || !strcmp(du, pu))
		return;
	char msg[512], hint[256];
	snprintf(msg, sizeof msg,
		 _("parent '%s' is the %s of unit '%s', not of this %s's unit '%s'"),
		 c->ref->text, plan_kind_word(c->p->kind), pu,
		 plan_kind_word(c->d->kind), du);
	snprintf(hint, sizeof hint, _("name the %s of unit '%s'"),
		 plan_kind_word(c->p->kind), du);
	report(c, RULE_PARENT_REGION, c->ref->node, hint, msg);
}

static void check_ancestor(const struct pctx *c)
{
	char want[256];
	struct region mine = region_of(c->d), theirs = region_of(c->p);

	if (c->p->level == LEVEL_NASIONAL)
		return;		/* nasional is everyone's ancestor */
	if (!mine.len || !theirs.len || region_is_ancestor(theirs, mine))
		return;
	snprintf(want, sizeof want, _("of a region above '%.*s'"), mine.len,
		 mine.s);
	/* the province makes an example, unless this is one */
	struct region up = region_at_depth(mine, 1);
	if (up.len == mine.len)
		up = (struct region){NULL, 0};
	region_mismatch(c, want, up, true);
}

/* "of its kabupaten/kota" and, for a musrenbang, "or province". */
static void check_at_depth(const struct pctx *c, bool or_province)
{
	char want[256];
	struct region mine = region_of(c->d), theirs = region_of(c->p);
	struct region kab = region_at_depth(mine, 2);
	struct region prov = region_at_depth(mine, 1);

	if (!mine.len || !theirs.len)
		return;
	if (region_eq(theirs, kab) || (or_province && region_eq(theirs, prov)))
		return;
	if (or_province && kab.len)
		snprintf(want, sizeof want,
			 _("of its kabupaten/kota '%.*s' or its province '%.*s'"),
			 kab.len, kab.s, prov.len, prov.s);
	else if (or_province)
		snprintf(want, sizeof want, _("of its province '%.*s'"), prov.len,
			 prov.s);
	else if (kab.len)
		snprintf(want, sizeof want, _("of its kabupaten/kota '%.*s'"),
			 kab.len, kab.s);
	else
		return;		/* too shallow a code: region-format says so */
	region_mismatch(c, want, kab.len ? kab : prov, false);
}

static void check_region(const struct pctx *c, enum region_req req)
{
	switch (req) {
	case REQ_NONE: break;
	case REQ_SAME: check_same(c, false); break;
	case REQ_SAME_UNIT: check_same(c, true); break;
	case REQ_ANCESTOR: check_ancestor(c); break;
	case REQ_KABKOTA: check_at_depth(c, false); break;
	case REQ_KABKOTA_PROV: check_at_depth(c, true); break;
	}
}

/* ---- parent-period ---- */

static bool period_known(const struct plan_doc *d)
{
	return d->period_start >= 0 && d->period_end >= d->period_start;
}

static void period_finding(const struct pctx *c, const char *what,
			   const char *hint)
{
	char msg[512];
	snprintf(msg, sizeof msg, _("%s the period %d-%d of parent '%s'"), what,
		 c->p->period_start, c->p->period_end, c->ref->text);
	report(c, RULE_PARENT_PERIOD, c->ref->node, hint, msg);
}

static void check_period(const struct pctx *c)
{
	const struct plan_doc *d = c->d, *p = c->p;
	char what[128], hint[256];

	if (!period_known(d) || !period_known(p))
		return;		/* the period rule reports what is wrong */
	if (plan_kind_is_annual(d->kind)) {
		int y = d->period_start;
		if (y >= p->period_start && y <= p->period_end)
			return;
		snprintf(what, sizeof what, _("the year %d is outside"), y);
		snprintf(hint, sizeof hint,
			 _("name the %s whose period includes %d"),
			 plan_kind_word(p->kind), y);
	} else if ((d->kind == KIND_RENSTRA && p->kind == KIND_RPJMD) ||
		   (d->kind == KIND_RENSTRA_KL && p->kind == KIND_RPJMN)) {
		if (d->period_start == p->period_start &&
		    d->period_end == p->period_end)
			return;
		snprintf(what, sizeof what, _("the period %d-%d differs from"),
			 d->period_start, d->period_end);
		snprintf(hint, sizeof hint,
			 _("a %s covers its %s's years: write 'period: {start: %d, end: %d}'"),
			 plan_kind_word(d->kind), plan_kind_word(p->kind),
			 p->period_start, p->period_end);
	} else {
		if (d->period_start <= p->period_end &&
		    d->period_end >= p->period_start)
			return;
		snprintf(what, sizeof what, _("the period %d-%d does not overlap"),
			 d->period_start, d->period_end);
		snprintf(hint, sizeof hint,
			 _("name the %s in force during %d-%d"),
			 plan_kind_word(p->kind), d->period_start, d->period_end);
	}
	period_finding(c, what, hint);
}

/* ---- schedule (the parts that need the parent) ---- */

static bool adopted_on(const struct plan_doc *d, struct plan_date *t)
{
	return d->adopted.s && plan_date_parse(d->adopted.s, d->adopted.len, t);
}

/* A renja is adopted within a month of its RKPD (Permendagri 86/2017);
 * a renstra after its RPJMD, from which it is derived. */
static void check_schedule(const struct pctx *c)
{
	const struct plan_doc *d = c->d, *p = c->p;
	struct plan_date mine, theirs;
	char on[PLAN_DATE_BUF], their_on[PLAN_DATE_BUF], due[PLAN_DATE_BUF];
	char msg[512], hint[256];
	bool renja = d->kind == KIND_RENJA && p->kind == KIND_RKPD;
	bool renstra = d->kind == KIND_RENSTRA && p->kind == KIND_RPJMD;

	if ((!renja && !renstra) || !adopted_on(d, &mine) ||
	    !adopted_on(p, &theirs))
		return;
	plan_date_prose(mine, on);
	plan_date_prose(theirs, their_on);
	if (renja) {
		struct plan_date last = plan_date_add_months(theirs, 1);
		if (plan_date_cmp(mine, last) <= 0)
			return;
		snprintf(msg, sizeof msg,
			 _("renja adopted on '%s', more than one month after its rkpd '%s' (adopted on '%s')"),
			 on, c->ref->text, their_on);
		snprintf(hint, sizeof hint,
			 _("a renja is adopted within one month of its RKPD: by %s"),
			 plan_date_prose(last, due));
	} else {
		if (plan_date_cmp(mine, theirs) >= 0)
			return;
		snprintf(msg, sizeof msg,
			 _("renstra adopted on '%s', before its rpjmd '%s' (adopted on '%s')"),
			 on, c->ref->text, their_on);
		snprintf(hint, sizeof hint,
			 _("a renstra is adopted after its RPJMD: on %s or later"),
			 their_on);
	}
	report(c, RULE_SCHEDULE, d->adopted.node, hint, msg);
}

/* The loaded document a parents entry names, or NULL.  A '#' part is
 * ignored, as plan_repo_resolve() does. */
static const struct plan_doc *parent_doc(const struct plan_repo *r,
					 const struct plan_ref *ref)
{
	const char *hash = strchr(ref->text, '#');
	size_t len = hash ? (size_t)(hash - ref->text) : strlen(ref->text);
	const struct repo_doc *rd = plan_repo_find(r, ref->text, len);
	return rd ? rd->doc : NULL;
}

static void check_entry(const struct pctx *c)
{
	if (c->d->kind == KIND_NONE || c->p->kind == KIND_NONE)
		return;		/* an unknown kind is the schema's finding */
	const struct parent_rule *rule = find_rule(c->d->kind, c->p->kind);
	if (!rule) {
		check_kind(c);	/* the other checks presume the right kind */
		return;
	}
	check_region(c, rule->req);
	check_period(c);
	check_schedule(c);
}

void plan_repo_check_parents(struct plan_repo *r, struct plan_findings *out)
{
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		for (size_t k = 0; k < d->nparents; k++) {
			struct pctx c = {out, d, &d->parents[k], NULL};
			c.p = parent_doc(r, c.ref);
			if (c.p)
				check_entry(&c);
		}
	}
}
