/*
 * header.c - the header of a new document (plan-new, plan-import): what
 * the options leave out, filled in the way the contract reads it, and
 * what they say checked before anything is written.
 */
#include "import/import_priv.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/value.h"

/* end - start of a kind's usual period (SPEC 3.1); renstra and
 * renstra-kl follow an RPJMD or RPJMN. */
static int usual_length(enum plan_kind k)
{
	switch (k) {
	case KIND_RPJPN: case KIND_RPJPD: return 20;
	case KIND_RPJMN: case KIND_RPJMD: case KIND_RENSTRA:
	case KIND_RENSTRA_KL: return 4;
	case KIND_RPJMDES: return 5;
	default: return 0;
	}
}

int plan_header_period(struct plan_header *h, const char *text)
{
	size_t n = strlen(text);
	if (n == 4 && (h->start = plan_year_parse(text, 4)) > 0) {
		h->end = h->start + usual_length(h->kind);
		return 0;
	}
	if (n == 9 && text[4] == '-' &&
	    (h->start = plan_year_parse(text, 4)) > 0 &&
	    (h->end = plan_year_parse(text + 5, 4)) > 0)
		return 0;
	return -1;
}

static bool is_unit_kind(enum plan_kind k)
{
	return k == KIND_RENSTRA || k == KIND_RENJA || k == KIND_RENSTRA_KL ||
	       k == KIND_RENJA_KL;
}

static bool digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

/* The depth of a region code PP[.KK[.CC[.DDDD]]], or 0 when malformed. */
static int region_depth(const char *r)
{
	static const size_t want[] = {2, 2, 2, 4};
	int depth = 0;
	for (const char *p = r;; depth++) {
		const char *dot = strchr(p, '.');
		size_t n = dot ? (size_t)(dot - p) : strlen(p);
		if (depth == 4 || n != want[depth] || !digits(p, n))
			return 0;
		if (!dot)
			return depth + 1;
		p = dot + 1;
	}
}

static int fail(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}

/* The level of a region code; *given is checked against it. */
static int region_level(struct plan_header *h, char *err, size_t errlen)
{
	int depth = region_depth(h->region);
	enum plan_level l = LEVEL_NONE;
	switch (depth) {
	case 1: l = LEVEL_PROVINSI; break;
	case 2: {
		int kk = (h->region[3] - '0') * 10 + (h->region[4] - '0');
		if (kk >= 1 && kk <= 69)
			l = LEVEL_KABUPATEN;
		else if (kk >= 71 && kk <= 99)
			l = LEVEL_KOTA;
		else
			return fail(err, errlen,
				    _("region '%s' is neither a kabupaten "
				      "(01-69) nor a kota (71-99)"), h->region);
		break;
	}
	case 3: l = LEVEL_KECAMATAN; break;
	case 4:
		l = h->level == LEVEL_NAGARI || h->level == LEVEL_KELURAHAN
			? h->level : LEVEL_DESA;
		break;
	default:
		return fail(err, errlen,
			    _("region '%s' is not a Kemendagri region code "
			      "(13, 13.71, 13.02.04, 13.02.04.2001)"),
			    h->region);
	}
	if (h->level != LEVEL_NONE && h->level != l)
		return fail(err, errlen,
			    _("region '%s' is of level %s, not %s"), h->region,
			    plan_level_name(l), plan_level_name(h->level));
	h->level = l;
	return 0;
}

static bool doc_id_ok(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		      *s == '.' || *s == '_' || *s == '/' || *s == '-'))
			return false;
	return true;
}

static int complete_region(struct plan_header *h,
			   const struct plan_tables *t, char *err,
			   size_t errlen)
{
	bool national = plan_kind_is_national(h->kind);
	if (h->region && !strcmp(h->region, "indonesia"))
		h->region = NULL;
	if (national) {
		if (h->region)
			return fail(err, errlen,
				    _("'%s' is a national kind: its region "
				      "is 'indonesia'"), plan_kind_name(h->kind));
		if (h->level != LEVEL_NONE && h->level != LEVEL_NASIONAL)
			return fail(err, errlen, _("'%s' is a national kind, not of level "
						   "%s"),
				    plan_kind_name(h->kind),
				    plan_level_name(h->level));
		h->level = LEVEL_NASIONAL;
		h->region_name = NULL;
		return 0;
	}
	if (!h->region)
		return fail(err, errlen, _("'%s' needs a region code"),
			    plan_kind_name(h->kind));
	if (region_level(h, err, errlen) < 0)
		return -1;
	if (t && plan_tables_has_regions(t)) {
		const char *name = plan_tables_region_name(t, h->region);
		if (!name)
			return fail(err, errlen,
				    _("region '%s' is not in the region table"),
				    h->region);
		if (!h->region_name)
			h->region_name = name;
	}
	return 0;
}

int plan_header_complete(struct plan_header *h, const struct plan_tables *t,
			 struct plan_arena *a, char *err, size_t errlen)
{
	if (h->kind == KIND_NONE)
		return fail(err, errlen, _("no kind of plan given"));
	if (complete_region(h, t, err, errlen) < 0)
		return -1;
	if (!plan_kind_at_level(h->kind, h->level))
		return fail(err, errlen, _("kind '%s' is not written at level "
					   "'%s'"),
			    plan_kind_name(h->kind), plan_level_name(h->level));
	if (h->start <= 0 || h->end <= 0)
		return fail(err, errlen, _("no period given"));
	if (h->end < h->start)
		return fail(err, errlen, _("the period %d-%d ends before it "
					   "starts"), h->start, h->end);
	if (plan_kind_is_annual(h->kind) && h->end != h->start)
		return fail(err, errlen, _("kind '%s' is annual: its period is "
					   "one year"), plan_kind_name(h->kind));
	if (is_unit_kind(h->kind) && !h->unit_code)
		return fail(err, errlen, _("kind '%s' is a unit's plan: give the "
					   "unit's code (--unit)"),
			    plan_kind_name(h->kind));
	if (!is_unit_kind(h->kind) && h->unit_code)
		return fail(err, errlen, _("kind '%s' is not a unit's plan: it "
					   "has no unit"), plan_kind_name(h->kind));
	if (!h->status)
		h->status = "draft";
	if (strcmp(h->status, "draft") && strcmp(h->status, "final"))
		return fail(err, errlen, _("status is draft or final, not "
					   "'%s'"), h->status);
	if (!h->id) {
		char period[16];
		if (h->start == h->end)
			snprintf(period, sizeof period, "%d", h->start);
		else
			snprintf(period, sizeof period, "%d-%d", h->start,
				 h->end);
		h->id = plan_arena_printf(a, "%s/%s/%s",
					  h->region ? h->region : "indonesia",
					  plan_kind_name(h->kind), period);
	}
	if (!doc_id_ok(h->id))
		return fail(err, errlen, _("id '%s' may hold only a-z, 0-9, "
					   "'.', '_', '/' and '-'"), h->id);
	return 0;
}
