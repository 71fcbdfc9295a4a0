/*
 * check_tik.c - the document-local TIK rules (SPEC 3.6, 4): tik-clearance
 * (ICT spending in a Renja or RKPD without Diskominfo's clearance, or
 * rejected, or cleared after the Renja was adopted) and tik-unmarked
 * (spending whose name says ICT but that carries no `tik`).
 *
 * An element's budget is the budget-sum view (budget.h) for the plan
 * year: its own figure, else its children's.  A budget that cannot be
 * read (budget-format's) counts as no budget: nothing is said of it.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_priv.h"
#include "base/i18n.h"
#include "base/value.h"
#include "model/budget.h"

static bool text_is(const struct plan_str *s, const char *w)
{
	return s->s && s->len == strlen(w) && !memcmp(s->s, w, s->len);
}

/* A budget above zero for the plan year. */
static bool budgeted(const struct plan_element *e, int year)
{
	struct plan_amount a = plan_budget_amount(e, year, NULL);
	return a.kind == PLAN_AMOUNT_OVERFLOW ||
	       (a.kind == PLAN_AMOUNT_VALUE && a.value > 0);
}

static const char *subject(const struct plan_check *c,
			   const struct plan_element *e)
{
	if (e->name.s)
		return plan_arena_printf(c->doc->arena, "'%.*s'", SUBJ(&e->name));
	return plan_element_breadcrumb(c->doc, e);
}

/* ---- tik-clearance ---------------------------------------------------- */

/* Not (yet) approved: where to point and what to say. */
static void not_cleared(const struct plan_check *c,
			const struct plan_element *e, const struct plan_tik *t,
			int year)
{
	const struct plan_doc *d = c->doc;
	bool renja = d->kind == KIND_RENJA;
	enum plan_severity sev = renja && text_is(&d->status, "final")
		? PLAN_SEV_ERROR : PLAN_SEV_WARNING;
	const char *hint = renja
		? _("ask Diskominfo to clear it, then write clearance: "
		    "{status: approved, ref: <letter>, date: <date>}")
		: _("clearance is given on the units' Renja: mark it there "
		    "once Diskominfo has cleared it");
	if (!t->clearance)
		plan_check_report(c, RULE_TIK_CLEARANCE, sev, t->node, e, hint,
			_("ICT spending %s has a budget for %d but no "
			  "clearance from Diskominfo"), subject(c, e), year);
	else if (!t->status.s)
		plan_check_report(c, RULE_TIK_CLEARANCE, sev, t->clearance, e,
			hint, _("ICT spending %s has a budget for %d but its "
			"clearance has no status"), subject(c, e), year);
	else
		plan_check_report(c, RULE_TIK_CLEARANCE, sev, t->status.node,
			e, hint, _("ICT spending %s has a budget for %d but "
			"its clearance is '%.*s', not approved"),
			subject(c, e), year, SUBJ(&t->status));
}

static void late_clearance(const struct plan_check *c,
			   const struct plan_element *e,
			   const struct plan_tik *t)
{
	const struct plan_doc *d = c->doc;
	struct plan_date cleared, adopted;
	char on[PLAN_DATE_BUF], adopted_on[PLAN_DATE_BUF];
	if (d->kind != KIND_RENJA || !t->date.s || !d->adopted.s ||
	    !plan_date_parse(t->date.s, t->date.len, &cleared) ||
	    !plan_date_parse(d->adopted.s, d->adopted.len, &adopted) ||
	    plan_date_cmp(cleared, adopted) <= 0)
		return;
	plan_check_report(c, RULE_TIK_CLEARANCE, PLAN_SEV_ERROR, t->date.node,
		e, _("the budget is set after Diskominfo's clearance: check "
		     "the date, or adopt the Renja again"),
		_("clearance of %s dated %s comes after the Renja was "
		  "adopted on %s"), subject(c, e), plan_date_prose(cleared, on),
		plan_date_prose(adopted, adopted_on));
}

static void clearance(const struct plan_check *c, int year)
{
	const struct plan_doc *d = c->doc;
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		const struct plan_tik *t = e->extra->tik;
		if (!t || !budgeted(e, year))
			continue;
		if (t->status.node && !t->status.s &&
		    !ynode_is_null(t->status.node))
			continue;	/* not a status at all: the schema's */
		if (text_is(&t->status, "rejected"))
			plan_check_report(c, RULE_TIK_CLEARANCE, PLAN_SEV_ERROR,
				t->status.node, e,
				_("take the budget out, or change the item and "
				  "ask Diskominfo again"),
				_("ICT spending %s was rejected by Diskominfo "
				  "but still has a budget for %d"),
				subject(c, e), year);
		else if (!text_is(&t->status, "approved"))
			not_cleared(c, e, t, year);
		late_clearance(c, e, t);
	}
}

/* ---- tik-unmarked ----------------------------------------------------- */

/* The words that give ICT spending away (SPEC 4), folded. */
static const char *const ict_words[] = {
	"aplikasi", "sistem informasi", "website", "situs web",
	"jaringan internet", "jaringan komunikasi", "internet", "server",
	"pusat data", "data center", "spbe", "e-government", "digital",
};

static bool word_char(unsigned char ch)
{
	return (unsigned)((ch | 0x20) - 'a') < 26u ||
	       (unsigned)(ch - '0') < 10u || ch >= 0x80;
}

static bool space(unsigned char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Does w (folded) stand at s[i..) as whole words?  A space in w takes a
 * run of white space in s; letters compare without case. */
static bool word_at(const char *s, size_t len, size_t i, const char *w)
{
	for (; *w; w++) {
		if (i >= len)
			return false;
		if (*w == ' ') {
			if (!space((unsigned char)s[i]))
				return false;
			while (i < len && space((unsigned char)s[i]))
				i++;
			continue;
		}
		unsigned char ch = (unsigned char)s[i++];
		if (ch >= 'A' && ch <= 'Z')
			ch = (unsigned char)(ch - 'A' + 'a');
		if (ch != (unsigned char)*w)
			return false;
	}
	return i == len || !word_char((unsigned char)s[i]);
}

/* Whether an ICT word may begin at s[i]: the words' first two letters,
 * so that most words of a name cost a test or two (every program,
 * kegiatan and sub-kegiatan name of every RKPD and Renja is scanned). */
static bool ict_start(const char *s, size_t len, size_t i)
{
	unsigned char c1 = i + 1 < len ? (unsigned char)(s[i + 1] | 0x20) : 0;
	switch (s[i] | 0x20) {
	case 'a': return c1 == 'p';			/* aplikasi */
	case 'd': return c1 == 'a' || c1 == 'i';	/* data center, digital */
	case 'e': return s[i + 1] == '-';		/* e-government */
	case 'i': return c1 == 'n';			/* internet */
	case 'j': return c1 == 'a';			/* jaringan ... */
	case 'p': return c1 == 'u';			/* pusat data */
	case 's': return c1 == 'i' || c1 == 'e' || c1 == 'p';	/* sistem
					   informasi, situs web, server, spbe */
	case 'w': return c1 == 'e';			/* website */
	default: return false;
	}
}

/* The first ICT word in name, or NULL.  Word by word: a word that
 * cannot begin one is stepped over whole. */
static const char *ict_word(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		if (!word_char((unsigned char)s[i])) {
			i++;
			continue;
		}
		if (ict_start(s, len, i))
			for (size_t k = 0; k < sizeof ict_words / sizeof *ict_words; k++)
				if (word_at(s, len, i, ict_words[k]))
					return ict_words[k];
		while (i < len && word_char((unsigned char)s[i]))
			i++;
	}
	return NULL;
}

/* Kominfo's own work: a code 2.16.*, or a unit with bidang 2.16 in one
 * of its three urusan-bidang places (X.XX.X.XX.X.XX.…; merged offices
 * carry up to three). */
static bool kominfo(const struct plan_element *e)
{
	if (e->code.s && !strncmp(e->code.s, "2.16.", 5))
		return true;
	const char *u = e->eff_unit;
	for (int place = 0; u && place < 3; place++) {
		const char *dot = strchr(u, '.');
		if (!dot)
			return false;
		if (!strncmp(u, "2.16", 4) && (u[4] == '.' || !u[4]))
			return true;
		u = strchr(dot + 1, '.');	/* past the bidang */
		u = u ? u + 1 : NULL;
	}
	return false;
}

/* Per element (by order): covered by a tik of its own or an ancestor's,
 * or with a descendant that carries one. */
static unsigned char *tik_marks(const struct plan_doc *d)
{
	enum { COVERED = 1, BELOW = 2 };
	unsigned char *m = calloc(d->nelements + 1, 1);
	if (!m)
		abort();
	for (size_t i = 0; i < d->nelements; i++) {	/* pre-order */
		const struct plan_element *e = d->elements[i];
		if (e->extra->tik || (e->parent && (m[e->parent->order] & COVERED)))
			m[i] |= COVERED;
	}
	for (size_t i = d->nelements; i-- > 0;) {	/* children first */
		const struct plan_element *e = d->elements[i];
		if (e->parent && (e->extra->tik || (m[i] & BELOW)))
			m[e->parent->order] |= BELOW;
	}
	return m;
}

static void unmarked(const struct plan_check *c, int year)
{
	const struct plan_doc *d = c->doc;
	unsigned char *marks = NULL;
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		if (e->type != EL_PROGRAM && e->type != EL_KEGIATAN &&
		    e->type != EL_SUB_KEGIATAN)
			continue;
		if (!e->name.s || kominfo(e))
			continue;
		const char *w = ict_word(e->name.s, e->name.len);
		if (!w)
			continue;
		if (!marks)	/* most documents never get here */
			marks = tik_marks(d);
		if (marks[i] || !budgeted(e, year))
			continue;
		plan_check_report(c, RULE_TIK_UNMARKED, PLAN_SEV_DEFAULT,
			e->name.node, e,
			_("if it is spending on ICT, add tik: {type: aplikasi | "
			  "infrastruktur | keamanan | data | layanan} so that "
			  "Diskominfo can clear it"),
			_("%s looks like ICT spending ('%s') but carries no "
			  "'tik'"), subject(c, e), w);
	}
	free(marks);
}

void plan_check_tik(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	if ((d->kind != KIND_RENJA && d->kind != KIND_RKPD) ||
	    d->period_start < 0)
		return;
	clearance(c, d->period_start);
	unmarked(c, d->period_start);
}
