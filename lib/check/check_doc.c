/*
 * check_doc.c - the document's own fields: region-format, region-unknown,
 * kind-level, period (SPEC 3.1, 4), and the document-local parts of
 * schedule (RKPDes adoption, adoption after inauguration).
 *
 * Choices where SPEC is silent:
 * - a region at level nasional: no region depth fits the level, so a
 *   region given there is region-format ("remove it");
 * - with level absent or unknown, a region is only checked to be a region
 *   code of some depth;
 * - a kabupaten/kota part (the second) must be 01-69 or 71-99 at every
 *   depth, since every deeper code lies in a kabupaten or a kota;
 * - a proposal's location with a region table loaded is region-unknown
 *   when it is not listed, like the document's region;
 * - when region_name is the name of another region of the same parent,
 *   the code is taken to be wrong (SPEC 4): proposal locations are then
 *   checked against the region the name says, and a code that is not
 *   in the table at all gets the same hint;
 * - a date that has the form YYYY-MM-DD but does not exist (2026-02-30)
 *   is reported here as `schema` ("'2026-02-30' is not a date"): the
 *   schema runs over patterns only and cannot see it, and `schedule` is
 *   about deadlines, not about spelling.  A date of another form is left
 *   to the schema's pattern.  Checked for `adopted`, `revised` and
 *   `inaugurated` in every kind;
 * - a Musrenbang's date must fall in the year before its plan year; how
 *   early in that year is not checked (the calendar of Musrenbang
 *   desa, kecamatan and kabupaten/kota differs between regions).
 */
#include <stdarg.h>
#include <string.h>

#include "check/check_priv.h"
#include "base/i18n.h"
#include "base/value.h"

static bool is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* ---- region codes ---- */

/* Depth of a region code PP[.KK[.CC[.DDDD]]] (1 provinsi .. 4 desa), or 0
 * when s is not one.  The kabupaten/kota part must be 01-69 or 71-99. */
static int region_depth(const char *s, size_t len)
{
	static const unsigned char w[] = {2, 2, 2, 4};
	size_t pos = 0;
	int depth;

	for (depth = 0; depth < 4 && pos < len; depth++) {
		if (depth > 0 && s[pos++] != '.')
			return 0;
		for (unsigned k = 0; k < w[depth]; k++, pos++)
			if (pos >= len || !is_digit(s[pos]))
				return 0;
	}
	if (pos != len || depth == 0)
		return 0;
	if (depth >= 2) {
		int kk = (s[3] - '0') * 10 + (s[4] - '0');

		if (kk == 0 || kk == 70)
			return 0;
	}
	return depth;
}

/* A kota code: the kabupaten/kota part is 71-99 (region_depth >= 2). */
static bool region_is_kota(const char *s)
{
	return s[3] >= '7' && !(s[3] == '7' && s[4] == '0');
}

static int level_depth(enum plan_level l)
{
	switch (l) {
	case LEVEL_PROVINSI: return 1;
	case LEVEL_KABUPATEN: case LEVEL_KOTA: return 2;
	case LEVEL_KECAMATAN: return 3;
	case LEVEL_DESA: case LEVEL_NAGARI: case LEVEL_KELURAHAN: return 4;
	default: return 0;
	}
}

static const char *depth_form(int depth)
{
	static const char *const f[] = {"", "NN", "NN.NN", "NN.NN.NN",
					"NN.NN.NN.NNNN"};
	return f[depth];
}

static const char *depth_name(int depth)
{
	static const char *const n[] = {"", "provinsi", "kabupaten/kota",
					"kecamatan", "desa/kelurahan"};
	return n[depth];
}

static const char *level_example(enum plan_level l)
{
	switch (l) {
	case LEVEL_PROVINSI: return "35";
	case LEVEL_KABUPATEN: return "35.15";
	case LEVEL_KOTA: return "35.78";
	case LEVEL_KECAMATAN: return "35.15.07";
	default: return "35.15.07.2013";
	}
}

/* A hint for a region that is not of the form the level asks for. */
static const char *region_hint(const struct plan_check *c,
			       const struct plan_str *r, int want)
{
	const char *ex = level_example(c->doc->level);
	size_t last = r->len;

	while (last > 0 && r->s[last - 1] != '.')
		last--;
	/* 35.15.07.13: the right number of parts, the last one short */
	if (want == 4 && last > 0 && region_depth(r->s, last - 1) == 3)
		return plan_arena_printf(c->doc->arena,
					 _("write the %s part with four digits, as in %s"),
					 plan_level_name(c->doc->level), ex);
	return plan_arena_printf(c->doc->arena, _("as in %s"), ex);
}

/* Returns true when the region is well-formed for the level. */
static bool check_region_form(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	const struct plan_str *r = &d->region;
	int depth = region_depth(r->s, r->len), want = level_depth(d->level);
	const char *lv = plan_level_name(d->level);

	if (d->level == LEVEL_NASIONAL) {
		plan_check_report(c, RULE_REGION_FORMAT, PLAN_SEV_DEFAULT, r->node,
			     NULL, _("a national plan covers all regions"),
			     _("region '%.*s' is given at level 'nasional': remove it"),
			     SUBJ(r));
		return false;
	}
	if (want == 0) {	/* level unknown (schema's): form only */
		if (depth > 0)
			return true;
		plan_check_report(c, RULE_REGION_FORMAT, PLAN_SEV_DEFAULT, r->node,
			     NULL, _("as in 35.15.07.2013"),
			     _("region '%.*s' is not a region code: write NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN"),
			     SUBJ(r));
		return false;
	}
	if (depth == want) {
		if (want != 2 || region_is_kota(r->s) == (d->level == LEVEL_KOTA))
			return true;
		plan_check_report(c, RULE_REGION_FORMAT, PLAN_SEV_DEFAULT, r->node,
			     NULL,
			     d->level == LEVEL_KOTA ?
			     _("kota codes are 71 to 99 in the second part; kabupaten 01 to 69") :
			     _("kabupaten codes are 01 to 69 in the second part; kota 71 to 99"),
			     _("region '%.*s' is a %s code, but level is '%s'"),
			     SUBJ(r), region_is_kota(r->s) ? "kota" : "kabupaten",
			     lv);
		return false;
	}
	if (depth > 0)
		plan_check_report(c, RULE_REGION_FORMAT, PLAN_SEV_DEFAULT, r->node,
			     NULL, region_hint(c, r, want),
			     _("region '%.*s' is a %s code, but level is '%s': write %s"),
			     SUBJ(r), depth_name(depth), lv, depth_form(want));
	else
		plan_check_report(c, RULE_REGION_FORMAT, PLAN_SEV_DEFAULT, r->node,
			     NULL, region_hint(c, r, want),
			     _("region '%.*s' is not a %s code: write %s"),
			     SUBJ(r), lv, depth_form(want));
	return false;
}

static bool have_regions(const struct plan_check *c)
{
	return c->tables != NULL && plan_tables_has_regions(c->tables);
}

/* The region's official name, or NULL (also for a code holding NUL). */
static const char *region_lookup(const struct plan_check *c,
				 const struct plan_str *r)
{
	if (strlen(r->s) != r->len)
		return NULL;
	return plan_tables_region_name(c->tables, r->s);
}

/* Another region of the same parent as code whose official name is
 * name, or NULL: then the code is what is wrong (SPEC 4 region-unknown). */
static const char *sibling_named(const struct plan_check *c,
				 const struct plan_str *code,
				 const struct plan_str *name)
{
	char parent[32];
	const char *const *kids;
	size_t plen = code->len;

	while (plen > 0 && code->s[plen - 1] != '.')
		plen--;
	plen = plen ? plen - 1 : 0;

	if (plen >= sizeof parent)
		return NULL;
	memcpy(parent, code->s, plen);
	parent[plen] = '\0';
	size_t n = plan_tables_region_children(c->tables, parent, &kids);
	for (size_t i = 0; i < n; i++) {
		const char *other = plan_tables_region_name(c->tables, kids[i]);
		if (strcmp(kids[i], code->s) != 0 && other != NULL &&
		    plan_name_eq(name->s, name->len, other, strlen(other)))
			return kids[i];
	}
	return NULL;
}

/* The code is wrong and its name right: at the code, naming the code. */
static void report_sibling(const struct plan_check *c, const char *official,
			   const char *sibling)
{
	const struct plan_doc *d = c->doc;

	plan_check_report(c, RULE_REGION_UNKNOWN, PLAN_SEV_DEFAULT, d->region.node,
		     NULL,
		     plan_arena_printf(d->arena, _("%.*s is %s: write region: \"%s\""),
				       SUBJ(&d->region_name), sibling, sibling),
		     "%s", official ?
		     plan_arena_printf(d->arena,
				       _("region '%.*s' is %s, not %.*s"),
				       SUBJ(&d->region), official,
				       SUBJ(&d->region_name)) :
		     plan_arena_printf(d->arena,
				       _("region '%.*s' is not in the region table, and %.*s is another code"),
				       SUBJ(&d->region), SUBJ(&d->region_name)));
}

/* region-unknown for the document's region.  Returns the region the
 * document is, by its name, when the code is another's (NULL: as
 * written). */
static const char *check_region_table(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	const char *official, *sibling = NULL;

	if (!have_regions(c))
		return NULL;
	official = region_lookup(c, &d->region);
	if (d->region_name.s != NULL &&
	    (official == NULL ||
	     !plan_name_eq(d->region_name.s, d->region_name.len, official,
			   strlen(official))))
		sibling = sibling_named(c, &d->region, &d->region_name);
	if (sibling != NULL) {
		report_sibling(c, official, sibling);
		return sibling;
	}
	if (official == NULL) {
		plan_check_report(c, RULE_REGION_UNKNOWN, PLAN_SEV_DEFAULT,
			     d->region.node, NULL,
			     _("check the code against the Kemendagri region table"),
			     _("region '%.*s' is not in the region table"),
			     SUBJ(&d->region));
		return NULL;
	}
	if (d->region_name.s == NULL ||
	    plan_name_eq(d->region_name.s, d->region_name.len, official,
			 strlen(official)))
		return NULL;
	plan_check_report(c, RULE_REGION_UNKNOWN, PLAN_SEV_DEFAULT,
		     d->region_name.node, NULL,
		     plan_arena_printf(d->arena, _("write region_name: %s"),
				       official),
		     _("region_name '%.*s' differs from the official name '%s' of %.*s"),
		     SUBJ(&d->region_name), official, SUBJ(&d->region));
	/* the name is no sibling's (that was reported at the code): the
	 * official name is the one fix (plan-validate --fix) */
	plan_check_fix(c, d->region_name.node, official);
	return NULL;
}

/* Equal to or below the document's region (prefix at a '.' boundary). */
static bool region_within(const struct plan_str *loc,
			  const struct plan_str *r)
{
	return loc->len >= r->len && memcmp(loc->s, r->s, r->len) == 0 &&
	       (loc->len == r->len || loc->s[r->len] == '.');
}

/* region is the document's, or the one its name says it is. */
static void check_location(const struct plan_check *c,
			   const struct plan_element *e, bool region_ok,
			   const struct plan_str *region)
{
	const struct plan_str *loc = &e->extra->location;

	if (region_depth(loc->s, loc->len) == 0) {
		plan_check_report(c, RULE_REGION_FORMAT, PLAN_SEV_DEFAULT,
			     loc->node, e,
			     _("write the Kemendagri code of the desa, kelurahan or kecamatan, as in 13.02.04.2001"),
			     _("location '%.*s' is not a region code"),
			     SUBJ(loc));
		return;
	}
	if (region_ok && !region_within(loc, region)) {
		plan_check_report(c, RULE_REGION_FORMAT, PLAN_SEV_DEFAULT,
			     loc->node, e,
			     plan_arena_printf(c->doc->arena,
					       _("write a region code beginning with '%.*s'"),
					       SUBJ(region)),
			     _("location '%.*s' is outside the document's region '%.*s'"),
			     SUBJ(loc), SUBJ(region));
		return;
	}
	if (have_regions(c) && region_lookup(c, loc) == NULL)
		plan_check_report(c, RULE_REGION_UNKNOWN, PLAN_SEV_DEFAULT,
			     loc->node, e,
			     _("check the code against the Kemendagri region table"),
			     _("location '%.*s' is not in the region table"),
			     SUBJ(loc));
}

static void check_region(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	struct plan_str region = d->region;
	const char *is = NULL;
	bool ok = false;

	if (d->region.s != NULL) {
		ok = check_region_form(c);
		if (ok)
			is = check_region_table(c);
	}
	/* a Musrenbang whose code is wrong and name right holds its
	 * proposals where its name says: they are not wrong as well */
	if (is != NULL)
		region = (struct plan_str){is, strlen(is), d->region.node};
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];

		if (e->type == EL_PROPOSAL && e->extra->location.s != NULL)
			check_location(c, e, ok, &region);
	}
}

/* ---- kind-level ---- */

/* The levels plan_kind_at_level() allows kind k, in words. */
static const char *kind_levels_text(enum plan_kind k)
{
	switch (k) {
	case KIND_RPJPN: case KIND_RPJMN: case KIND_RKP:
	case KIND_RENSTRA_KL: case KIND_RENJA_KL:
		return "nasional";
	case KIND_RPJPD: case KIND_RPJMD: case KIND_RKPD:
		return _("provinsi, kabupaten or kota");
	case KIND_RENSTRA: case KIND_RENJA:
		return _("provinsi, kabupaten, kota or kecamatan");
	case KIND_RPJMDES: case KIND_RKPDES:
		return _("desa or nagari");
	default:
		return _("kelurahan, kecamatan, kabupaten, kota or provinsi");
	}
}

static void check_kind_level(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;

	if (d->kind == KIND_NONE || d->level == LEVEL_NONE ||
	    plan_kind_at_level(d->kind, d->level))
		return;
	plan_check_report(c, RULE_KIND_LEVEL, PLAN_SEV_DEFAULT, d->kind_s.node,
		     NULL,
		     plan_arena_printf(d->arena, _("kind %s is written at level %s"),
				       plan_kind_word(d->kind),
				       kind_levels_text(d->kind)),
		     _("kind '%s' is not written at level '%s'"),
		     plan_kind_name(d->kind), plan_level_name(d->level));
}

/* ---- period ---- */

/* end - start for medium- and long-term kinds whose length SPEC 3.1 fixes
 * (rpjmdes: 5, or 7 from UU 3/2024); -1 when the length is not checked. */
static int kind_span(enum plan_kind k)
{
	switch (k) {
	case KIND_RPJPN: case KIND_RPJPD: return 20;
	case KIND_RPJMN: case KIND_RPJMD: return 4;
	case KIND_RPJMDES: return 5;
	default: return -1;
	}
}

static void check_span(const struct plan_check *c, int span)
{
	const struct plan_doc *d = c->doc;
	int want = kind_span(d->kind);
	const char *covers;

	if (want < 0 || span == want || (d->kind == KIND_RPJMDES && span == 7))
		return;
	covers = d->kind == KIND_RPJMDES ? _("6 years (8 from UU 3/2024)") :
		 plan_arena_printf(d->arena, _("%d years"), want + 1);
	plan_check_report(c, RULE_PERIOD, PLAN_SEV_WARNING, d->period_node, NULL,
		     d->kind == KIND_RPJMD ?
		     _("a transitional plan (RPD) is written as rpjmd and may be shorter; otherwise check start and end") :
		     _("check start and end"),
		     _("period %d-%d is %d years: %s covers %s"),
		     d->period_start, d->period_end, span + 1,
		     plan_kind_word(d->kind), covers);
}

static void check_period(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	int span = d->period_end - d->period_start;

	if (d->period_node == NULL || d->period_start < 0 || d->period_end < 0)
		return;
	if (span < 0) {
		plan_check_report(c, RULE_PERIOD, PLAN_SEV_ERROR, d->period_node,
			     NULL, _("swap start and end"),
			     _("period ends in %d, before it starts in %d"),
			     d->period_end, d->period_start);
		return;
	}
	if (d->kind != KIND_NONE && plan_kind_is_annual(d->kind)) {
		if (span != 0)
			plan_check_report(c, RULE_PERIOD, PLAN_SEV_ERROR,
				     d->period_node, NULL,
				     plan_arena_printf(d->arena,
						       _("write {start: %d, end: %d}"),
						       d->period_start,
						       d->period_start),
				     _("period %d-%d spans several years: %s is for one year"),
				     d->period_start, d->period_end,
				     plan_kind_word(d->kind));
		return;
	}
	check_span(c, span);
}

void plan_check_region_kind_period(const struct plan_check *c)
{
	check_region(c);
	check_kind_level(c);
	check_period(c);
}

/* ---- schedule (document-local parts) ---- */

/* YYYY-MM-DD by form, whether or not the date exists. */
static bool date_form(const struct plan_str *v)
{
	static const char form[] = "dddd-dd-dd";

	if (v->len != sizeof(form) - 1)
		return false;
	for (size_t i = 0; i < v->len; i++)
		if (form[i] == 'd' ? !is_digit(v->s[i]) : v->s[i] != '-')
			return false;
	/* the schema's pattern takes months 01-12 and days 01-31: a value it
	 * rejects is its finding, not ours (one bad value, one finding) */
	int month = (v->s[5] - '0') * 10 + (v->s[6] - '0');
	int day = (v->s[8] - '0') * 10 + (v->s[9] - '0');
	return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* Parse a date field; a well-formed but impossible date is reported as
 * schema (see the top of this file).  False when there is no usable date. */
static bool get_date(const struct plan_check *c, const struct plan_str *v,
		     struct plan_date *out)
{
	if (v->s == NULL)
		return false;
	if (plan_date_parse(v->s, v->len, out))
		return true;
	if (date_form(v))
		plan_check_report(c, RULE_SCHEMA, PLAN_SEV_DEFAULT, v->node, NULL,
			     _("write a date that exists, as YYYY-MM-DD"),
			     _("'%.*s' is not a date"), SUBJ(v));
	return false;
}

/* An annual plan adopted after day/month of the year before its plan
 * year: a schedule finding at `adopted`. */
__attribute__((format(printf, 6, 7)))
static void check_due(const struct plan_check *c, struct plan_date adopted,
		      int month, int day, const char *hint, const char *fmt,
		      ...)
{
	const struct plan_doc *d = c->doc;
	struct plan_date due = {d->period_start - 1, month, day};
	va_list ap;

	if (d->period_start < 0 || plan_date_cmp(adopted, due) <= 0)
		return;
	va_start(ap, fmt);
	plan_check_vreport(c, RULE_SCHEDULE, PLAN_SEV_DEFAULT, d->adopted.node,
			   NULL, NULL, hint, fmt, ap);
	va_end(ap);
}

/* A Musrenbang prepares the next year's RKPD, so it is held in the year
 * before its plan year (`adopted` is the day it was held). */
static void check_musrenbang(const struct plan_check *c,
			     struct plan_date held)
{
	const struct plan_doc *d = c->doc;
	char on[PLAN_DATE_BUF];

	if (d->period_start < 0 || held.year == d->period_start - 1)
		return;
	plan_check_report(c, RULE_SCHEDULE, PLAN_SEV_DEFAULT, d->adopted.node, NULL,
		     plan_arena_printf(d->arena,
				       _("a Musrenbang for %d is held in %d, early in the year before the plan year; check the date or the period"),
				       d->period_start, d->period_start - 1),
		     _("musrenbang for %d held on '%s', not in %d"),
		     d->period_start, plan_date_prose(held, on),
		     d->period_start - 1);
}

/* RPJMD: within six months of the head's inauguration; RPJMDes: three. */
static void check_inauguration(const struct plan_check *c,
			       struct plan_date adopted,
			       struct plan_date inaugurated, int months)
{
	const struct plan_doc *d = c->doc;
	struct plan_date due = plan_date_add_months(inaugurated, months);
	char by[PLAN_DATE_BUF], on[PLAN_DATE_BUF], since[PLAN_DATE_BUF];

	if (plan_date_cmp(adopted, due) <= 0)
		return;
	plan_check_report(c, RULE_SCHEDULE, PLAN_SEV_DEFAULT, d->adopted.node, NULL,
		     plan_arena_printf(d->arena,
				       _("%s is adopted within %s months of the inauguration: by %s"),
				       months == 6 ? _("the RPJMD") : _("the RPJMDes"),
				       months == 6 ? _("six") : _("three"),
				       plan_date_prose(due, by)),
		     _("%s adopted on '%s', more than %s months after the inauguration on '%s'"),
		     plan_kind_word(d->kind), plan_date_prose(adopted, on),
		     months == 6 ? _("six") : _("three"),
		     plan_date_prose(inaugurated, since));
}

void plan_check_schedule_local(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	struct plan_date adopted, inaugurated;
	bool has_adopted = get_date(c, &d->adopted, &adopted);
	bool has_inaugurated = get_date(c, &d->inaugurated, &inaugurated);
	struct plan_date revised;
	char on[PLAN_DATE_BUF];	/* the date in words, for the messages */

	(void)get_date(c, &d->revised, &revised);	/* no rule reads it */
	if (!has_adopted)
		return;
	if (d->kind == KIND_RKPDES)	/* Permendagri 114/2014 */
		check_due(c, adopted, 9, 30,
			  _("an RKPDes is adopted by 30 September of the year before its plan year"),
			  _("rkpdes %d adopted on '%s', after 30 September %d"),
			  d->period_start, plan_date_prose(adopted, on),
			  d->period_start - 1);
	else if (d->kind == KIND_RKPD)	/* Permendagri 86/2017 */
		check_due(c, adopted, 6, 30,
			  _("an RKPD is adopted by 30 June of the year before its plan year; the date of a perubahan goes into `revised`"),
			  _("rkpd %d adopted on '%s', after 30 June %d"),
			  d->period_start, plan_date_prose(adopted, on),
			  d->period_start - 1);
	else if (d->kind == KIND_MUSRENBANG)
		check_musrenbang(c, adopted);
	else if (has_inaugurated && d->kind == KIND_RPJMD)
		check_inauguration(c, adopted, inaugurated, 6);
	else if (has_inaugurated && d->kind == KIND_RPJMDES)
		check_inauguration(c, adopted, inaugurated, 3);
}
