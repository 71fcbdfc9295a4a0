/* test_finding.c - the rule table, rule configuration and finding lists
 * (lib/finding.c). */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "base/finding.h"

/* SPEC section 4's table, in its order, with its severities. */
static const struct {
	const char *name;
	enum plan_severity sev;
	bool mandatory;
} spec[] = {
	{"yaml-syntax", PLAN_SEV_ERROR, true},
	{"duplicate-key", PLAN_SEV_ERROR, false},
	{"yaml-alias", PLAN_SEV_ERROR, true},
	{"yaml-depth", PLAN_SEV_ERROR, true},
	{"limit", PLAN_SEV_ERROR, true},
	{"not-a-plan", PLAN_SEV_ERROR, false},
	{"schema", PLAN_SEV_ERROR, false},
	{"duplicate-id", PLAN_SEV_ERROR, false},
	{"duplicate-document", PLAN_SEV_ERROR, false},
	{"ref-unresolved", PLAN_SEV_ERROR, false},
	{"ref-external", PLAN_SEV_INFO, false},
	{"ref-kind", PLAN_SEV_ERROR, false},
	{"code-format", PLAN_SEV_ERROR, false},
	{"code-parent", PLAN_SEV_ERROR, false},
	{"code-level", PLAN_SEV_ERROR, false},
	{"code-unknown", PLAN_SEV_WARNING, false},
	{"region-format", PLAN_SEV_ERROR, false},
	{"region-unknown", PLAN_SEV_WARNING, false},
	{"number-format", PLAN_SEV_ERROR, false},
	{"code-form", PLAN_SEV_WARNING, false},
	{"indicator-missing", PLAN_SEV_WARNING, false},
	{"kind-level", PLAN_SEV_ERROR, false},
	{"period", PLAN_SEV_ERROR, false},
	{"target-missing", PLAN_SEV_ERROR, false},
	{"target-trend", PLAN_SEV_WARNING, false},
	{"target-outside", PLAN_SEV_ERROR, false},
	{"budget-format", PLAN_SEV_ERROR, false},
	{"budget-sum", PLAN_SEV_ERROR, false},
	{"parent-kind", PLAN_SEV_ERROR, false},
	{"parent-region", PLAN_SEV_ERROR, false},
	{"parent-period", PLAN_SEV_ERROR, false},
	{"align-missing", PLAN_SEV_ERROR, false},
	{"align-target", PLAN_SEV_ERROR, false},
	{"align-budget", PLAN_SEV_ERROR, false},
	{"supports-level", PLAN_SEV_ERROR, false},
	{"supports-cycle", PLAN_SEV_ERROR, false},
	{"orphan", PLAN_SEV_WARNING, false},
	{"schedule", PLAN_SEV_ERROR, false},
	{"indicator-unknown", PLAN_SEV_WARNING, false},
	{"indicator-unit", PLAN_SEV_ERROR, false},
	{"indicator-rollup", PLAN_SEV_WARNING, false},
	{"tik-clearance", PLAN_SEV_ERROR, false},
	{"tik-duplicate", PLAN_SEV_WARNING, false},
	{"tik-unmarked", PLAN_SEV_INFO, false},
	{"suspect-link", PLAN_SEV_WARNING, false},
};
#define NSPEC (sizeof spec / sizeof *spec)

static const struct plan_pos P = {"f.yaml", 3, 7};

/* Rule table --------------------------------------------------------- */

static void test_rule_table_is_spec(void **state)
{
	(void)state;
	assert_int_equal(NSPEC, 45);
	assert_int_equal(RULE_COUNT, NSPEC);
	for (size_t i = 0; i < NSPEC; i++) {
		const struct plan_rule_info *r = plan_rule_info((enum plan_rule)i);
		assert_non_null(r);
		assert_non_null(r->name);
		if (strcmp(r->name, spec[i].name))
			fail_msg("rule %zu is '%s', SPEC says '%s'", i, r->name,
				 spec[i].name);
		if (r->severity != spec[i].sev)
			fail_msg("'%s' is %s, SPEC says %s", r->name,
				 plan_severity_name(r->severity),
				 plan_severity_name(spec[i].sev));
		if (r->mandatory != spec[i].mandatory)
			fail_msg("'%s' mandatory is %d", r->name, r->mandatory);
		assert_non_null(r->summary);
		assert_true(strlen(r->summary) > 0);
	}
	assert_null(plan_rule_info(RULE_COUNT));
	assert_null(plan_rule_info((enum plan_rule)-1));
}

static void test_rule_names_unique(void **state)
{
	(void)state;
	for (int i = 0; i < RULE_COUNT; i++)
		for (int j = i + 1; j < RULE_COUNT; j++)
			assert_string_not_equal(plan_rule_info((enum plan_rule)i)->name,
						plan_rule_info((enum plan_rule)j)->name);
}

static void test_enum_names(void **state)
{
	(void)state;
	/* the enum constants used everywhere name the right rows */
	assert_string_equal(plan_rule_info(RULE_YAML_SYNTAX)->name, "yaml-syntax");
	assert_string_equal(plan_rule_info(RULE_LIMIT)->name, "limit");
	assert_string_equal(plan_rule_info(RULE_REF_EXTERNAL)->name, "ref-external");
	assert_string_equal(plan_rule_info(RULE_BUDGET_SUM)->name, "budget-sum");
	assert_string_equal(plan_rule_info(RULE_ORPHAN)->name, "orphan");
	assert_string_equal(plan_rule_info(RULE_SUSPECT_LINK)->name, "suspect-link");
}

static void test_rule_lookup(void **state)
{
	(void)state;
	for (size_t i = 0; i < NSPEC; i++)
		assert_int_equal(plan_rule_lookup(spec[i].name), (int)i);
	assert_int_equal(plan_rule_lookup("budget-sum"), RULE_BUDGET_SUM);
	assert_int_equal(plan_rule_lookup("nope"), -1);
	assert_int_equal(plan_rule_lookup(""), -1);
	assert_int_equal(plan_rule_lookup("Budget-Sum"), -1);
	assert_int_equal(plan_rule_lookup("budget-sum "), -1);
	assert_int_equal(plan_rule_lookup("budget"), -1);
}

static void test_severity_names(void **state)
{
	(void)state;
	assert_string_equal(plan_severity_name(PLAN_SEV_ERROR), "error");
	assert_string_equal(plan_severity_name(PLAN_SEV_WARNING), "warning");
	assert_string_equal(plan_severity_name(PLAN_SEV_INFO), "info");
	assert_string_equal(plan_severity_name(PLAN_SEV_OFF), "off");
}

/* Configuration ------------------------------------------------------ */

static void test_config_set(void **state)
{
	struct plan_rule_config c;

	(void)state;
	plan_rule_config_init(&c);
	for (int i = 0; i < RULE_COUNT; i++)
		assert_int_equal(c.severity[i], PLAN_SEV_DEFAULT);
	assert_int_equal(plan_rule_config_set(&c, RULE_ORPHAN, PLAN_SEV_OFF), 0);
	assert_int_equal(c.severity[RULE_ORPHAN], PLAN_SEV_OFF);
	assert_int_equal(plan_rule_config_set(&c, RULE_SCHEMA, PLAN_SEV_WARNING), 0);
	/* mandatory rules stay errors */
	static const enum plan_rule mand[] = {
		RULE_YAML_SYNTAX, RULE_YAML_ALIAS, RULE_YAML_DEPTH, RULE_LIMIT,
	};
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(plan_rule_config_set(&c, mand[i], PLAN_SEV_OFF), -1);
		assert_int_equal(plan_rule_config_set(&c, mand[i], PLAN_SEV_WARNING), -1);
		assert_int_equal(plan_rule_config_set(&c, mand[i], PLAN_SEV_INFO), -1);
		assert_int_equal(c.severity[mand[i]], PLAN_SEV_DEFAULT);
		assert_int_equal(plan_rule_config_set(&c, mand[i], PLAN_SEV_ERROR), 0);
	}
	assert_int_equal(plan_rule_config_set(&c, RULE_COUNT, PLAN_SEV_OFF), -1);
}

static void test_config_off_drops(void **state)
{
	struct plan_rule_config c;

	(void)state;
	plan_rule_config_init(&c);
	plan_rule_config_set(&c, RULE_ORPHAN, PLAN_SEV_OFF);
	plan_rule_config_set(&c, RULE_SCHEMA, PLAN_SEV_WARNING);
	plan_rule_config_set(&c, RULE_REF_EXTERNAL, PLAN_SEV_ERROR);
	struct plan_findings *l = plan_findings_new(&c);
	plan_finding_add(l, RULE_ORPHAN, PLAN_SEV_DEFAULT, P, NULL, NULL, NULL, "o");
	plan_finding_add(l, RULE_ORPHAN, PLAN_SEV_WARNING, P, NULL, NULL, NULL, "o2");
	assert_int_equal(plan_findings_count(l), 0);
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT, P, NULL, NULL, NULL, "s");
	plan_finding_add(l, RULE_REF_EXTERNAL, PLAN_SEV_DEFAULT, P, NULL, NULL,
			 NULL, "r");
	/* an explicit severity from a rule that has two (period) is kept
	 * unless the configuration overrides it */
	plan_finding_add(l, RULE_PERIOD, PLAN_SEV_WARNING, P, NULL, NULL, NULL, "p");
	plan_finding_add(l, RULE_DUPLICATE_ID, PLAN_SEV_DEFAULT, P, NULL, NULL,
			 NULL, "d");
	assert_int_equal(plan_findings_count(l), 4);
	assert_int_equal(plan_findings_get(l, 0)->severity, PLAN_SEV_WARNING);
	assert_int_equal(plan_findings_get(l, 1)->severity, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_get(l, 2)->severity, PLAN_SEV_WARNING);
	assert_int_equal(plan_findings_get(l, 3)->severity, PLAN_SEV_ERROR);
	plan_findings_free(l);
}

static void test_config_mandatory_cannot_be_off(void **state)
{
	struct plan_rule_config c;

	(void)state;
	/* even a configuration written by hand cannot silence them */
	for (int i = 0; i < RULE_COUNT; i++)
		c.severity[i] = PLAN_SEV_OFF;
	struct plan_findings *l = plan_findings_new(&c);
	for (int i = 0; i < RULE_COUNT; i++)
		plan_finding_add(l, (enum plan_rule)i, PLAN_SEV_DEFAULT, P, NULL,
				 NULL, NULL, "m%d", i);
	assert_int_equal(plan_findings_count(l), 4);
	for (size_t i = 0; i < 4; i++) {
		const struct plan_finding *f = plan_findings_get(l, i);
		assert_true(plan_rule_info(f->rule)->mandatory);
		assert_int_equal(f->severity, PLAN_SEV_ERROR);
	}
	plan_findings_free(l);
}

/* Adding ------------------------------------------------------------- */

static bool same_text(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

/* f is want in everything but its waiver and fix; else the test fails
 * naming what differs. */
static void same(const struct plan_finding *f, const struct plan_finding *want)
{
	const struct {
		const char *what, *got, *want;
	} text[] = {
		{"file", f->file, want->file},
		{"element", f->element, want->element},
		{"breadcrumb", f->breadcrumb, want->breadcrumb},
		{"hint", f->hint, want->hint},
		{"message", f->message, want->message},
	};

	assert_non_null(f);
	if (f->rule != want->rule || f->severity != want->severity ||
	    f->line != want->line || f->column != want->column)
		fail_msg("%s %s at %u:%u, expected %s %s at %u:%u",
			 plan_rule_info(f->rule)->name,
			 plan_severity_name(f->severity), f->line, f->column,
			 plan_rule_info(want->rule)->name,
			 plan_severity_name(want->severity), want->line,
			 want->column);
	for (size_t i = 0; i < sizeof text / sizeof *text; i++)
		if (!same_text(text[i].got, text[i].want))
			fail_msg("%s '%s', expected '%s'", text[i].what,
				 text[i].got ? text[i].got : "(none)",
				 text[i].want ? text[i].want : "(none)");
}

static void test_add_copies(void **state)
{
	struct plan_findings *l = plan_findings_new(NULL);
	char file[] = "a.yaml", el[] = "d#e", bc[] = "Program 1", hint[] = "h";

	(void)state;
	plan_finding_add(l, RULE_BUDGET_SUM, PLAN_SEV_DEFAULT,
			 (struct plan_pos){file, 4, 2}, el, bc, hint,
			 "sum %d of %s", 12, "x");
	memset(file, 'z', 6);
	memset(el, 'z', 3);
	memset(bc, 'z', 9);
	hint[0] = 'z';
	same(plan_findings_get(l, 0),
	     &(struct plan_finding){RULE_BUDGET_SUM, PLAN_SEV_ERROR, "a.yaml",
				    4, 2, "d#e", "Program 1", "sum 12 of x",
				    "h", NULL, NULL});
	assert_null(plan_findings_get(l, 0)->waived);
	assert_null(plan_findings_get(l, 1));

	/* absent parts */
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT,
			 (struct plan_pos){NULL, 0, 0}, NULL, NULL, NULL, "m");
	same(plan_findings_get(l, 1),
	     &(struct plan_finding){RULE_SCHEMA, PLAN_SEV_ERROR, "-", 1, 1,
				    NULL, NULL, "m", NULL, NULL, NULL});
	plan_findings_free(l);
}

static void test_add_long_message(void **state)
{
	struct plan_findings *l = plan_findings_new(NULL);
	char *big = malloc(5001);

	(void)state;
	memset(big, 'x', 5000);
	big[5000] = '\0';
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT, P, NULL, NULL, NULL,
			 "<%s>", big);
	const struct plan_finding *f = plan_findings_get(l, 0);
	assert_int_equal(strlen(f->message), 5002);
	assert_int_equal(f->message[0], '<');
	assert_int_equal(f->message[5001], '>');
	/* exactly at the edge of the small buffer */
	big[255] = '\0';
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT, P, NULL, NULL, NULL,
			 "%s", big);
	assert_int_equal(strlen(plan_findings_get(l, 1)->message), 255);
	big[256] = '\0';
	big[255] = 'y';
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT, P, NULL, NULL, NULL,
			 "%s", big);
	assert_int_equal(strlen(plan_findings_get(l, 2)->message), 256);
	assert_int_equal(plan_findings_get(l, 2)->message[255], 'y');
	free(big);
	plan_findings_free(l);
}

static void test_many_findings(void **state)
{
	struct plan_findings *l = plan_findings_new(NULL);

	(void)state;
	for (unsigned i = 0; i < 1000; i++)
		plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT,
				 (struct plan_pos){"f", i + 1, 1}, NULL, NULL,
				 NULL, "n%u", i);
	assert_int_equal(plan_findings_count(l), 1000);
	assert_string_equal(plan_findings_get(l, 999)->message, "n999");
	assert_int_equal(plan_findings_get(l, 500)->line, 501);
	plan_findings_free(l);
	plan_findings_free(NULL);
}

/* Sorting ------------------------------------------------------------ */

static void add(struct plan_findings *l, const char *file, unsigned line,
		unsigned col, enum plan_rule r, const char *msg)
{
	plan_finding_add(l, r, PLAN_SEV_DEFAULT,
			 (struct plan_pos){file, line, col}, NULL, NULL, NULL,
			 "%s", msg);
}

/* Add the findings of text, one a line "file:line:col rule message". */
static void adds(struct plan_findings *l, const char *text)
{
	char file[32], rule[32], msg[32];
	unsigned line, col;
	int n = 0;

	for (const char *p = text; *p; p += n) {
		if (sscanf(p, "%31[^:]:%u:%u %31s %31[^\n]\n%n", file, &line,
			   &col, rule, msg, &n) != 5 || n == 0)
			fail_msg("cannot read '%s'", p);
		assert_true(plan_rule_lookup(rule) >= 0);
		add(l, file, line, col, (enum plan_rule)plan_rule_lookup(rule),
		    msg);
	}
}

/* The findings of l, one a line as adds() reads them. */
static const char *listed(const struct plan_findings *l)
{
	static char buf[1024];
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < plan_findings_count(l); i++) {
		const struct plan_finding *f = plan_findings_get(l, i);
		const char *rule = plan_rule_info(f->rule)->name;

		len += (size_t)snprintf(buf + len, sizeof buf - len,
					"%s:%u:%u %s %s\n", f->file, f->line,
					f->column, rule, f->message);
		assert_true(len < sizeof buf);
	}
	return buf;
}

static void test_sort(void **state)
{
	struct plan_findings *l = plan_findings_new(NULL);

	(void)state;
	/* each a different reason to come before the next */
	adds(l, "b.yaml:1:1 schema m\n"
		"a.yaml:10:1 schema m\n"
		"a.yaml:9:5 schema m\n"
		"a.yaml:9:12 schema m\n"
		"a.yaml:9:5 budget-sum z\n"	/* "budget-sum" < "schema" */
		"a.yaml:9:5 schema a\n"
		"B.yaml:99:1 schema m\n"	/* bytes: 'B' < 'a' */
		"a/x.yaml:1:1 schema m\n"	/* '.' < '/' */
		"a.yaml:9:5 align-budget z\n");	/* rule name, not id */
	plan_findings_sort(l);
	assert_string_equal(listed(l), "B.yaml:99:1 schema m\n"
				       "a.yaml:9:5 align-budget z\n"
				       "a.yaml:9:5 budget-sum z\n"
				       "a.yaml:9:5 schema a\n"
				       "a.yaml:9:5 schema m\n"
				       "a.yaml:9:12 schema m\n"
				       "a.yaml:10:1 schema m\n"
				       "a/x.yaml:1:1 schema m\n"
				       "b.yaml:1:1 schema m\n");
	plan_findings_free(l);
}

static void test_sort_rule_by_name_not_id(void **state)
{
	struct plan_findings *l = plan_findings_new(NULL);

	(void)state;
	/* RULE_YAML_SYNTAX is 0 but "yaml-syntax" sorts after "limit" */
	adds(l, "f:1:1 yaml-syntax m\nf:1:1 limit m\n");
	plan_findings_sort(l);
	assert_string_equal(listed(l), "f:1:1 limit m\nf:1:1 yaml-syntax m\n");
	plan_findings_free(l);
}

/* Sorting drops the repeats of a finding (file, place, rule, message). */
static void test_sort_dedupes(void **state)
{
	static const char sorted[] = "f:1:1 schema same\n"
				     "f:2:1 duplicate-id same\n"
				     "f:2:1 schema other\n"
				     "f:2:1 schema same\n"
				     "f:2:2 schema same\n"
				     "g:2:1 schema same\n";
	struct plan_findings *l = plan_findings_new(NULL);

	(void)state;
	adds(l, "f:2:1 schema same\nf:1:1 schema same\nf:2:1 schema same\n"
		"f:2:1 schema other\nf:2:1 duplicate-id same\n"
		"f:2:2 schema same\ng:2:1 schema same\nf:2:1 schema same\n");
	plan_findings_sort(l);
	assert_string_equal(listed(l), sorted);
	/* sorting again changes nothing */
	plan_findings_sort(l);
	assert_string_equal(listed(l), sorted);

	/* one finding, and none */
	struct plan_findings *one = plan_findings_new(NULL);
	plan_findings_sort(one);
	assert_int_equal(plan_findings_count(one), 0);
	add(one, "f", 1, 1, RULE_SCHEMA, "x");
	plan_findings_sort(one);
	assert_int_equal(plan_findings_count(one), 1);
	plan_findings_free(one);
	plan_findings_free(l);
}

/* Waiving and counting ----------------------------------------------- */

static void test_counts_with_waived(void **state)
{
	struct plan_rule_config rc;
	struct plan_findings *l;

	(void)state;
	plan_rule_config_init(&rc);
	plan_rule_config_set(&rc, RULE_ORPHAN, PLAN_SEV_INFO);
	l = plan_findings_new(&rc);
	adds(l, "f:1:1 schema e1\nf:2:1 budget-sum e2\nf:3:1 budget-sum e3\n"
		"f:4:1 code-unknown w1\nf:5:1 target-trend w2\n"
		"f:6:1 ref-external i1\nf:7:1 orphan i2\n");
	struct plan_counts c = plan_findings_counts(l);
	assert_int_equal(c.errors, 3);
	assert_int_equal(c.warnings, 2);
	assert_int_equal(c.infos, 2);
	assert_int_equal(c.waived, 0);

	plan_finding_waive(l, 1, "pagu revised", "2026-12-31");
	plan_finding_waive(l, 3, NULL, NULL);
	plan_finding_waive(l, 99, "out of range", NULL);	/* ignored */
	c = plan_findings_counts(l);
	assert_int_equal(c.errors, 2);
	assert_int_equal(c.warnings, 1);
	assert_int_equal(c.infos, 2);
	assert_int_equal(c.waived, 2);
	const struct plan_finding *f = plan_findings_get(l, 1);
	assert_non_null(f->waived);
	assert_string_equal(f->waived->reason, "pagu revised");
	assert_string_equal(f->waived->until, "2026-12-31");
	f = plan_findings_get(l, 3);
	assert_non_null(f->waived);
	assert_string_equal(f->waived->reason, "");
	assert_null(f->waived->until);
	assert_null(plan_findings_get(l, 0)->waived);

	/* waived findings keep their place through a sort */
	plan_findings_sort(l);
	assert_non_null(plan_findings_get(l, 1)->waived);
	assert_string_equal(plan_findings_get(l, 1)->message, "e2");
	plan_findings_free(l);
}

static void test_take_and_clear(void **state)
{
	struct plan_findings *dst = plan_findings_new(NULL),
			     *src = plan_findings_new(NULL);

	(void)state;
	add(dst, "d", 1, 1, RULE_SCHEMA, "first");
	plan_finding_add(src, RULE_BUDGET_SUM, PLAN_SEV_WARNING,
			 (struct plan_pos){"s", 2, 3}, "doc#el", "Program 1",
			 "hint", "second");
	add(src, "s", 4, 1, RULE_SCHEMA, "third");
	plan_finding_waive(src, 1, "because", "2030-01-01");
	plan_findings_take(dst, src);
	assert_int_equal(plan_findings_count(src), 0);
	assert_null(plan_findings_get(src, 0));
	/* src may be reused and freed without touching dst's strings */
	add(src, "s", 9, 9, RULE_SCHEMA, "new");
	plan_findings_free(src);

	assert_int_equal(plan_findings_count(dst), 3);
	const struct plan_finding *f = plan_findings_get(dst, 1);
	same(f, &(struct plan_finding){RULE_BUDGET_SUM, PLAN_SEV_WARNING, "s",
				       2, 3, "doc#el", "Program 1", "second",
				       "hint", NULL, NULL});
	assert_null(f->waived);
	f = plan_findings_get(dst, 2);
	assert_string_equal(f->message, "third");
	assert_non_null(f->waived);
	assert_string_equal(f->waived->reason, "because");
	assert_string_equal(f->waived->until, "2030-01-01");
	assert_string_equal(plan_findings_get(dst, 0)->message, "first");
	struct plan_counts c = plan_findings_counts(dst);
	assert_int_equal(c.errors, 1);
	assert_int_equal(c.warnings, 1);
	assert_int_equal(c.waived, 1);

	plan_findings_clear(dst);
	assert_int_equal(plan_findings_count(dst), 0);
	c = plan_findings_counts(dst);
	assert_int_equal(c.errors + c.warnings + c.infos + c.waived, 0);
	add(dst, "d", 1, 1, RULE_SCHEMA, "after clear");
	assert_int_equal(plan_findings_count(dst), 1);
	assert_string_equal(plan_findings_get(dst, 0)->message, "after clear");
	plan_findings_free(dst);
}

/* A quoted subject stops at 80 bytes, never inside a character. */
static void test_subject_len(void **state)
{
	char s[200];
	(void)state;
	memset(s, 'a', sizeof s);
	assert_int_equal(plan_subject_len(s, 5), 5);
	assert_int_equal(plan_subject_len(s, 80), 80);
	assert_int_equal(plan_subject_len(s, sizeof s), 80);
	memcpy(s + 79, "\xC3\xA9", 2);	/* é across the cut */
	assert_int_equal(plan_subject_len(s, sizeof s), 79);
	memcpy(s + 78, "\xE2\x80\xBA", 3);	/* › across it */
	assert_int_equal(plan_subject_len(s, sizeof s), 78);
	assert_int_equal(plan_subject_len(s, 81), 78);
}

TU_MAIN("finding", NULL, NULL,
	TU_TEST(test_rule_table_is_spec),
	TU_TEST(test_rule_names_unique),
	TU_TEST(test_enum_names),
	TU_TEST(test_rule_lookup),
	TU_TEST(test_severity_names),
	TU_TEST(test_config_set),
	TU_TEST(test_config_off_drops),
	TU_TEST(test_config_mandatory_cannot_be_off),
	TU_TEST(test_add_copies),
	TU_TEST(test_add_long_message),
	TU_TEST(test_many_findings),
	TU_TEST(test_sort),
	TU_TEST(test_sort_rule_by_name_not_id),
	TU_TEST(test_sort_dedupes),
	TU_TEST(test_counts_with_waived),
	TU_TEST(test_take_and_clear),
	TU_TEST(test_subject_len))
