#include "base/finding.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"

static const struct plan_rule_info rules[RULE_COUNT] = {
	[RULE_YAML_SYNTAX] = {"yaml-syntax", PLAN_SEV_ERROR, true,
		N_("not well-formed YAML")},
	[RULE_DUPLICATE_KEY] = {"duplicate-key", PLAN_SEV_ERROR, false,
		N_("the same key twice in one mapping")},
	[RULE_YAML_ALIAS] = {"yaml-alias", PLAN_SEV_ERROR, true,
		N_("anchors and aliases are not allowed in plan files")},
	[RULE_YAML_DEPTH] = {"yaml-depth", PLAN_SEV_ERROR, true,
		N_("nesting deeper than the limit (64)")},
	[RULE_LIMIT] = {"limit", PLAN_SEV_ERROR, true,
		N_("a file or a scalar beyond the configured size limits")},
	[RULE_NOT_A_PLAN] = {"not-a-plan", PLAN_SEV_ERROR, false,
		N_("a file named on the command line has no 'plan' key")},
	[RULE_SCHEMA] = {"schema", PLAN_SEV_ERROR, false,
		N_("missing key, wrong type, value not allowed or unknown key")},
	[RULE_DUPLICATE_ID] = {"duplicate-id", PLAN_SEV_ERROR, false,
		N_("two elements of one document share an id")},
	[RULE_DUPLICATE_DOCUMENT] = {"duplicate-document", PLAN_SEV_ERROR,
		false, N_("two files declare the same document id")},
	[RULE_REF_UNRESOLVED] = {"ref-unresolved", PLAN_SEV_ERROR, false,
		N_("a reference names nothing")},
	[RULE_REF_EXTERNAL] = {"ref-external", PLAN_SEV_INFO, false,
		N_("a reference into a document that is not loaded")},
	[RULE_REF_KIND] = {"ref-kind", PLAN_SEV_ERROR, false,
		N_("a reference names an element of the wrong type")},
	[RULE_CODE_FORMAT] = {"code-format", PLAN_SEV_ERROR, false,
		N_("nomenclature, village or unit code malformed")},
	[RULE_CODE_PARENT] = {"code-parent", PLAN_SEV_ERROR, false,
		N_("a code that does not extend its parent's")},
	[RULE_CODE_LEVEL] = {"code-level", PLAN_SEV_ERROR, false,
		N_("kegiatan level digit does not fit the document's level")},
	[RULE_CODE_UNKNOWN] = {"code-unknown", PLAN_SEV_WARNING, false,
		N_("code not in the nomenclature table, or its name differs")},
	[RULE_REGION_FORMAT] = {"region-format", PLAN_SEV_ERROR, false,
		N_("region code malformed or not of the document's level")},
	[RULE_REGION_UNKNOWN] = {"region-unknown", PLAN_SEV_WARNING, false,
		N_("region code not in the region table, or its name differs")},
	[RULE_NUMBER_FORMAT] = {"number-format", PLAN_SEV_ERROR, false,
		N_("a target or baseline written with a decimal comma, thousands dots or %")},
	[RULE_CODE_FORM] = {"code-form", PLAN_SEV_WARNING, false,
		N_("sub-kegiatan codes in both the .XX and the .XXXX form")},
	[RULE_INDICATOR_MISSING] = {"indicator-missing", PLAN_SEV_WARNING,
		false, N_("a program without any indicator")},
	[RULE_KIND_LEVEL] = {"kind-level", PLAN_SEV_ERROR, false,
		N_("kind not allowed at this level")},
	[RULE_PERIOD] = {"period", PLAN_SEV_ERROR, false,
		N_("period reversed, annual plan spanning years, or unusual length")},
	[RULE_TARGET_MISSING] = {"target-missing", PLAN_SEV_ERROR, false,
		N_("an indicator has no target for a year of the period")},
	[RULE_TARGET_TREND] = {"target-trend", PLAN_SEV_WARNING, false,
		N_("a target that is worse than the one before or the baseline")},
	[RULE_TARGET_OUTSIDE] = {"target-outside", PLAN_SEV_ERROR, false,
		N_("a target, actual or budget for a year outside the period")},
	[RULE_BUDGET_FORMAT] = {"budget-format", PLAN_SEV_ERROR, false,
		N_("money that is not a whole, non-negative number of rupiah")},
	[RULE_BUDGET_SUM] = {"budget-sum", PLAN_SEV_ERROR, false,
		N_("children's budgets do not add up to their parent's")},
	[RULE_PARENT_KIND] = {"parent-kind", PLAN_SEV_ERROR, false,
		N_("a parent of a kind this kind may not name")},
	[RULE_PARENT_REGION] = {"parent-region", PLAN_SEV_ERROR, false,
		N_("a parent of a region the table does not allow")},
	[RULE_PARENT_PERIOD] = {"parent-period", PLAN_SEV_ERROR, false,
		N_("a period that does not fit the parent's")},
	[RULE_ALIGN_MISSING] = {"align-missing", PLAN_SEV_ERROR, false,
		N_("an item its same-region parent plan does not have")},
	[RULE_ALIGN_TARGET] = {"align-target", PLAN_SEV_ERROR, false,
		N_("a target less ambitious than the parent plan's")},
	[RULE_ALIGN_BUDGET] = {"align-budget", PLAN_SEV_ERROR, false,
		N_("a renja budget that differs from the RKPD's")},
	[RULE_SUPPORTS_LEVEL] = {"supports-level", PLAN_SEV_ERROR, false,
		N_("a supports link to a plan not of a higher level and region")},
	[RULE_SUPPORTS_CYCLE] = {"supports-cycle", PLAN_SEV_ERROR, false,
		N_("supports links that go round in a circle")},
	[RULE_ORPHAN] = {"orphan", PLAN_SEV_WARNING, false,
		N_("an item with no supports link to the plans above")},
	[RULE_SCHEDULE] = {"schedule", PLAN_SEV_ERROR, false,
		N_("a plan adopted too late or too early")},
	[RULE_INDICATOR_UNKNOWN] = {"indicator-unknown", PLAN_SEV_WARNING,
		false, N_("indicator code not in the indicators table, or its name differs")},
	[RULE_INDICATOR_UNIT] = {"indicator-unit", PLAN_SEV_ERROR, false,
		N_("one indicator code measured in different units")},
	[RULE_INDICATOR_ROLLUP] = {"indicator-rollup", PLAN_SEV_WARNING,
		false, N_("a target that differs from the sum (min, max) of the level below")},
	[RULE_TIK_CLEARANCE] = {"tik-clearance", PLAN_SEV_ERROR, false,
		N_("ICT spending without Diskominfo's clearance")},
	[RULE_TIK_DUPLICATE] = {"tik-duplicate", PLAN_SEV_WARNING, false,
		N_("one application planned by two units of a region")},
	[RULE_TIK_UNMARKED] = {"tik-unmarked", PLAN_SEV_INFO, false,
		N_("spending that looks like ICT but carries no 'tik'")},
	[RULE_SUSPECT_LINK] = {"suspect-link", PLAN_SEV_WARNING, false,
		N_("the item a reviewed supports link names has changed")},
};

bool plan_rule_unread(enum plan_rule r)
{
	return r == RULE_YAML_SYNTAX || r == RULE_YAML_ALIAS ||
	       r == RULE_YAML_DEPTH || r == RULE_LIMIT;
}

const struct plan_rule_info *plan_rule_info(enum plan_rule r)
{
	return (unsigned)r < RULE_COUNT ? &rules[r] : NULL;
}

int plan_rule_lookup(const char *name)
{
	for (int i = 0; i < RULE_COUNT; i++)
		if (!strcmp(rules[i].name, name))
			return i;
	return -1;
}

const char *plan_severity_name(enum plan_severity s)
{
	switch (s) {
	case PLAN_SEV_ERROR: return "error";
	case PLAN_SEV_WARNING: return "warning";
	case PLAN_SEV_INFO: return "info";
	case PLAN_SEV_OFF: return "off";
	default: return "default";
	}
}

void plan_rule_config_init(struct plan_rule_config *c)
{
	for (int i = 0; i < RULE_COUNT; i++)
		c->severity[i] = PLAN_SEV_DEFAULT;
}

int plan_rule_config_set(struct plan_rule_config *c, enum plan_rule r,
			 enum plan_severity s)
{
	if ((unsigned)r >= RULE_COUNT)
		return -1;
	if (rules[r].mandatory && s != PLAN_SEV_DEFAULT && s != PLAN_SEV_ERROR)
		return -1;
	c->severity[r] = s;
	return 0;
}

struct plan_findings {
	const struct plan_rule_config *config;
	struct plan_arena *arena;	/* strings of the findings */
	struct plan_finding *v;
	size_t n, cap;
	bool last_added;	/* the last plan_finding_add() added one */
};

struct plan_findings *plan_findings_new(const struct plan_rule_config *config)
{
	struct plan_findings *l = plan_xmalloc(sizeof *l);
	l->config = config;
	l->arena = plan_arena_new();
	l->v = NULL;
	l->n = l->cap = 0;
	l->last_added = false;
	return l;
}

void plan_findings_free(struct plan_findings *l)
{
	if (!l)
		return;
	plan_arena_free(l->arena);
	free(l->v);
	free(l);
}

int plan_subject_len(const char *s, size_t len)
{
	size_t n = len;
	if (n > PLAN_SUBJECT_MAX) {
		n = PLAN_SUBJECT_MAX;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	return (int)n;
}

static const char *dup_or_null(struct plan_arena *a, const char *s)
{
	return s ? plan_arena_strdup(a, s) : NULL;
}

static void push(struct plan_findings *l, const struct plan_finding *f)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = plan_xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = *f;
}

/* The severity a finding gets, after the configuration has had its say. */
static enum plan_severity effective(const struct plan_findings *l,
				    enum plan_rule rule, enum plan_severity sev)
{
	if (sev == PLAN_SEV_DEFAULT)
		sev = rules[rule].severity;
	if (l->config && l->config->severity[rule] != PLAN_SEV_DEFAULT &&
	    !rules[rule].mandatory)
		sev = l->config->severity[rule];
	return sev;
}

void plan_finding_add(struct plan_findings *l, enum plan_rule rule,
		      enum plan_severity sev, struct plan_pos pos,
		      const char *element, const char *breadcrumb,
		      const char *hint, const char *fmt, ...)
{
	sev = effective(l, rule, sev);
	l->last_added = false;
	if (sev == PLAN_SEV_OFF)
		return;
	char small[256], *msg = small;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0, small[0] = '\0';
	if ((size_t)n >= sizeof small) {
		msg = plan_arena_alloc(l->arena, (size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
		va_end(ap);
	} else {
		msg = plan_arena_strdup(l->arena, small);
	}
	struct plan_finding f = {
		.rule = rule,
		.severity = sev,
		.file = dup_or_null(l->arena, pos.file ? pos.file : "-"),
		.line = pos.line ? pos.line : 1,
		.column = pos.column ? pos.column : 1,
		.element = dup_or_null(l->arena, element),
		.breadcrumb = dup_or_null(l->arena, breadcrumb),
		.message = msg,
		.hint = dup_or_null(l->arena, hint),
		.waived = NULL,
		.fix = NULL,
	};
	push(l, &f);
	l->last_added = true;
}

static const struct plan_fix *fix_copy(struct plan_arena *a,
				       const struct plan_fix *f)
{
	struct plan_fix *x = plan_arena_alloc(a, sizeof *x);
	*x = *f;
	x->old = plan_arena_strndup(a, f->old, f->oldlen);
	x->text = plan_arena_strdup(a, f->text);
	if (f->to_old)
		x->to_old = plan_arena_strndup(a, f->to_old, f->to_oldlen);
	return x;
}

void plan_finding_fix(struct plan_findings *l, unsigned line,
		      unsigned column, const char *old, size_t oldlen,
		      const char *text)
{
	plan_finding_fix_span(l, line, column, old, oldlen, 0, 0, NULL, 0,
			      text);
}

void plan_finding_fix_span(struct plan_findings *l, unsigned line,
			   unsigned column, const char *old, size_t oldlen,
			   unsigned to_line, unsigned to_column,
			   const char *to_old, size_t to_oldlen,
			   const char *text)
{
	if (!l->last_added || l->n == 0 || !old || !text)
		return;
	struct plan_fix f = {line, column, old, oldlen, text,
			     to_old ? to_line : 0, to_column, to_old,
			     to_oldlen};
	l->v[l->n - 1].fix = fix_copy(l->arena, &f);
}

void plan_findings_clear(struct plan_findings *l)
{
	/* a list reused file after file must not keep old strings */
	l->n = 0;
	l->last_added = false;
	plan_arena_free(l->arena);
	l->arena = plan_arena_new();
}

void plan_findings_take(struct plan_findings *dst, struct plan_findings *src)
{
	/* Strings stay in src's arena, so dst adopts the arena's blocks by
	 * copying: findings are few, and this keeps ownership simple. */
	for (size_t i = 0; i < src->n; i++) {
		struct plan_finding f = src->v[i];
		f.file = dup_or_null(dst->arena, f.file);
		f.element = dup_or_null(dst->arena, f.element);
		f.breadcrumb = dup_or_null(dst->arena, f.breadcrumb);
		f.message = dup_or_null(dst->arena, f.message);
		f.hint = dup_or_null(dst->arena, f.hint);
		if (f.waived) {
			struct plan_waiver_info *w =
				plan_arena_alloc(dst->arena, sizeof *w);
			w->reason = dup_or_null(dst->arena, f.waived->reason);
			w->until = dup_or_null(dst->arena, f.waived->until);
			f.waived = w;
		}
		if (f.fix)
			f.fix = fix_copy(dst->arena, f.fix);
		push(dst, &f);
	}
	dst->last_added = false;
	plan_findings_clear(src);
}

static int cmp_finding(const void *pa, const void *pb)
{
	const struct plan_finding *a = pa, *b = pb;
	int c = strcmp(a->file, b->file);
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->column != b->column)
		return a->column < b->column ? -1 : 1;
	c = strcmp(rules[a->rule].name, rules[b->rule].name);
	if (c)
		return c;
	return strcmp(a->message, b->message);
}

void plan_findings_sort(struct plan_findings *l)
{
	l->last_added = false;
	if (l->n < 2)
		return;
	qsort(l->v, l->n, sizeof *l->v, cmp_finding);
	size_t w = 1;
	for (size_t r = 1; r < l->n; r++)
		if (cmp_finding(&l->v[r], &l->v[w - 1]))
			l->v[w++] = l->v[r];
	l->n = w;
}

size_t plan_findings_count(const struct plan_findings *l)
{
	return l->n;
}

const struct plan_finding *plan_findings_get(const struct plan_findings *l,
					     size_t i)
{
	return i < l->n ? &l->v[i] : NULL;
}

void plan_finding_waive(struct plan_findings *l, size_t i, const char *reason,
			const char *until)
{
	if (i >= l->n)
		return;
	struct plan_waiver_info *w = plan_arena_alloc(l->arena, sizeof *w);
	w->reason = dup_or_null(l->arena, reason ? reason : "");
	w->until = dup_or_null(l->arena, until);
	l->v[i].waived = w;
}

struct plan_counts plan_findings_counts(const struct plan_findings *l)
{
	struct plan_counts c = {0, 0, 0, 0};
	for (size_t i = 0; i < l->n; i++) {
		if (l->v[i].waived)
			c.waived++;
		else if (l->v[i].severity == PLAN_SEV_ERROR)
			c.errors++;
		else if (l->v[i].severity == PLAN_SEV_WARNING)
			c.warnings++;
		else
			c.infos++;
	}
	return c;
}
