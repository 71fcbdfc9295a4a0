/* test_check_targets.c - target-missing, target-trend, target-outside
 * (lib/plan_check_targets.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "check/check_priv.h"

struct fx {
	struct plan_arena *a;
	struct plan_findings *f;
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof *fx);

	if (!fx)
		return -1;
	fx->a = plan_arena_new();
	fx->f = plan_findings_new(NULL);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	plan_findings_free(fx->f);
	plan_arena_free(fx->a);
	free(fx);
	return 0;
}

static const struct plan_findings *run(struct fx *fx, const char *yaml)
{
	struct plan_findings *load = plan_findings_new(NULL);
	struct yload_result res;
	struct plan_check c;

	plan_ytree_load_mem(yaml, strlen(yaml), "t.yaml", NULL, fx->a, load, &res);
	assert_int_equal(plan_findings_count(load), 0);
	assert_non_null(res.root);
	plan_findings_free(load);
	c = (struct plan_check){ plan_doc_build(res.root, "t.yaml", fx->a),
				 NULL, fx->f, NULL };
	plan_check_targets(&c);
	plan_findings_sort(fx->f);
	return fx->f;
}

static const struct plan_finding *at(const struct plan_findings *l,
				     size_t i, enum plan_rule rule,
				     unsigned line, unsigned col)
{
	const struct plan_finding *f = plan_findings_get(l, i);

	assert_non_null(f);
	assert_string_equal(plan_rule_info(f->rule)->name,
			    plan_rule_info(rule)->name);
	assert_int_equal(f->line, line);
	assert_int_equal(f->column, col);
	assert_int_equal(f->severity, rule == RULE_TARGET_TREND ?
			 PLAN_SEV_WARNING : PLAN_SEV_ERROR);
	return f;
}

static void contains(const char *s, const char *part)
{
	assert_non_null(s);
	if (!strstr(s, part))
		fail_msg("'%s' does not contain '%s'", s, part);
}

/* A document of kind with one program (line 8) holding one indicator
 * (line 11) whose remaining keys are ind, and program keys prog. */
static const char *doc(char *buf, size_t n, const char *kind,
		       const char *period, const char *ind, const char *prog)
{
	snprintf(buf, n, "plan: 1\nid: t/x/1\nkind: %s\nlevel: provinsi\n"
		 "region: \"35\"\nperiod: %s\n"
		 "programs:\n"
		 "  - code: 2.16.03\n"		/* 8 */
		 "    name: P\n"
		 "    indicators:\n"
		 "      - name: Indeks SPBE\n"	/* 11 */
		 "        unit: indeks\n"
		 "%s"
		 "%s", kind, period, ind, prog);
	return buf;
}

#define RPJMD "rpjmd", "{start: 2025, end: 2029}"
#define RENJA "rkpd", "{start: 2026, end: 2026}"

static void test_clean(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        baseline: {year: 2024, value: 2.1}\n"
		"        targets: {2025: 2.2, 2026: 2.50, 2027: 2.5, "
		"2028: \"Baik\", 2029: 3}\n"
		"        actuals: {2025: 2.0}\n",
		"    budget: {2025: 1, 2029: 2}\n"));

	assert_int_equal(plan_findings_count(l), 0);
}

static void test_missing_ranges(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        targets: {2025: 1, 2027: ~, 2029: 3}\n", ""));
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_TARGET_MISSING, 11, 9);
	assert_string_equal(f->message, "indicator 'Indeks SPBE' has no target "
			    "for 2026-2028");
	contains(f->hint, "the period 2025-2029");
	contains(f->breadcrumb, "indikator 1");
}

static void test_missing_list(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        targets: {2026: 1, 2028: 2}\n", ""));

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_TARGET_MISSING, 11, 9)->message,
		 "for 2025, 2027, 2029");
}

/* A flow-mapping indicator points at its `{`. */
static void test_missing_flow(void **state)
{
	const char *y = "plan: 1\nid: t/x/1\nkind: renja\nlevel: kota\n"
		"region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
		"programs:\n  - code: 2.16.03\n    name: P\n"
		"    indicators:\n"
		"      - {name: X, unit: \"%\", targets: {2027: 5}}\n";
	const struct plan_findings *l = run(*state, y);

	/* 2027 is outside (and not forward) and 2026 is missing. */
	assert_int_equal(plan_findings_count(l), 2);
	contains(at(l, 0, RULE_TARGET_MISSING, 11, 9)->message,
		 "indicator 'X' has no target for 2026");
	contains(at(l, 1, RULE_TARGET_OUTSIDE, 11, 40)->message,
		 "target for 2027 is outside the plan year 2026");
	contains(plan_findings_get(l, 1)->hint, "`targets_forward`");
}

/* rpjpn and rpjpd give milestones; no target for every year. */
static void test_missing_not_long_term(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, "rpjpd",
		"{start: 2025, end: 2045}",
		"        targets: {2029: 1, 2045: 3}\n", ""));

	assert_int_equal(plan_findings_count(l), 0);
}

/* No `targets:` at all is the schema's finding, not target-missing. */
static void test_missing_no_targets(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        x-targets: later\n", ""));

	assert_int_equal(plan_findings_count(l), 0);
}

static void test_unknown_period(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, "rpjmd",
		"{start: 2029, end: 2025}",
		"        targets: {2020: 1}\n",
		"    budget: {1999: 5}\n    budget_forward: {2000: 1}\n"));

	assert_int_equal(plan_findings_count(l), 0);
}

static void test_trend_up(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        targets:\n"
		"          2025: 80\n"
		"          2026: 75\n"			/* 15 */
		"          2027: Baik\n"
		"          2028: 74\n"			/* 17: below 75 */
		"          2029: 81\n", ""));
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 2);
	f = at(l, 0, RULE_TARGET_TREND, 15, 11);
	assert_string_equal(f->message, "target of indicator 'Indeks SPBE' "
			    "for 2026 (75) is below its 2025 target (80)");
	contains(f->hint, "`direction: down`");
	/* The nearest earlier numeric target of 2028 is 2026's 75, not
	 * 2025's 80 (2027 is a text). */
	contains(at(l, 1, RULE_TARGET_TREND, 17, 11)->message,
		 "for 2028 (74) is below its 2026 target (75)");
}

/* Targets in any key order are compared by year. */
static void test_trend_unordered(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        targets: {2029: 5, 2025: 1, 2026: 2, 2027: 3, "
		"2028: 4}\n", ""));

	assert_int_equal(plan_findings_count(l), 0);
}

static void test_trend_baseline(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        baseline: {year: 2025, value: \"82\"}\n"
		"        targets:\n"
		"          2025: 70\n"		/* the baseline year itself */
		"          2026: 81\n"		/* 16: below the baseline */
		"          2027: 82\n"
		"          2028: 82.0\n"
		"          2029: 82.00\n", ""));

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_TARGET_TREND, 16, 11)->message,
		 "for 2026 (81) is below its 2025 baseline (82)");
}

static void test_trend_down(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        direction: down\n"
		"        baseline: {year: 2024, value: 10}\n"
		"        targets:\n"
		"          2025: 11\n"			/* 16: above 10 */
		"          2026: 9.5\n"
		"          2027: 9.50\n"
		"          2028: 9.51\n"		/* 19 */
		"          2029: -1\n", ""));

	assert_int_equal(plan_findings_count(l), 2);
	contains(at(l, 0, RULE_TARGET_TREND, 16, 11)->message,
		 "for 2025 (11) is above its 2024 baseline (10)");
	contains(plan_findings_get(l, 0)->hint, "`direction: up`");
	contains(at(l, 1, RULE_TARGET_TREND, 19, 11)->message,
		 "for 2028 (9.51) is above its 2027 target (9.50)");
}

static void test_trend_exact(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        direction: exact\n"
		"        baseline: {year: 2024, value: 10}\n"
		"        targets: {2025: 1, 2026: 100, 2027: 3, 2028: 2, "
		"2029: 0}\n", ""));

	assert_int_equal(plan_findings_count(l), 0);
}

/* Texts (`3,94`, `≥ 80`) are not numbers and are skipped. */
static void test_trend_texts(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        baseline: {year: 2024, value: \"WTP\"}\n"
		"        targets: {2025: \"3,94\", 2026: 3, 2027: \"≥ 80\", "
		"2028: 4, 2029: \"-\"}\n", ""));

	assert_int_equal(plan_findings_count(l), 0);
}

/* A prakiraan maju below the plan year's target is a trend too. */
static void test_trend_forward(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RENJA,
		"        targets: {2026: 90}\n"
		"        targets_forward:\n"
		"          2027: 85\n", ""));	/* 15 */

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_TARGET_TREND, 15, 11)->message,
		 "for 2027 (85) is below its 2026 target (90)");
}

static void test_outside(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        targets: {2025: 1, 2026: 1, 2027: 1, 2028: 1, "
		"2029: 1, 2030: 1}\n"			/* 2030 at 13:64 */
		"        actuals:\n"
		"          2024: 0\n",			/* 15 */
		"    budget:\n"
		"      2025: 5\n"
		"      2031: 5\n"			/* 18 */
		"      x: 5\n"));
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 3);
	f = at(l, 0, RULE_TARGET_OUTSIDE, 13, 64);
	assert_string_equal(f->message,
			    "target for 2030 is outside the period 2025-2029");
	assert_string_equal(f->hint, "remove it, or correct the year");
	contains(at(l, 1, RULE_TARGET_OUTSIDE, 15, 11)->message,
		 "actual for 2024 is outside the period 2025-2029");
	f = at(l, 2, RULE_TARGET_OUTSIDE, 18, 7);
	contains(f->message, "budget for 2031 is outside");
	assert_null(strstr(f->breadcrumb, "indikator"));
}

static void test_forward_ok(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RENJA,
		"        targets: {2026: 90}\n"
		"        targets_forward: {2027: 95}\n",
		"    budget: {2026: 5}\n"
		"    budget_forward: {2027: 6}\n"));

	assert_int_equal(plan_findings_count(l), 0);
}

static void test_forward_wrong_year(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RENJA,
		"        targets: {2026: 90}\n"
		"        targets_forward: {2026: 95}\n",	/* 14:27 */
		"    budget: {2026: 5, 2027: 7}\n"		/* 15:23 */
		"    budget_forward: {2028: 6}\n"));		/* 16:22 */
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 3);
	f = at(l, 0, RULE_TARGET_OUTSIDE, 14, 27);
	assert_string_equal(f->message, "`targets_forward` for 2026: a "
			    "prakiraan maju is for 2027 only");
	assert_string_equal(f->hint, "write 2027, the year after the plan");
	f = at(l, 1, RULE_TARGET_OUTSIDE, 15, 23);
	contains(f->hint, "goes into `budget_forward`");
	contains(at(l, 2, RULE_TARGET_OUTSIDE, 16, 22)->message,
		 "`budget_forward` for 2028");
}

/* Forward maps outside rkp, rkpd, renja-kl and renja: every entry. */
static void test_forward_wrong_kind(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y, RPJMD,
		"        targets: {2025: 1, 2026: 1, 2027: 1, 2028: 1, "
		"2029: 1}\n"
		"        targets_forward: {2030: 2}\n",	/* 14:27 */
		"    budget_forward: {2030: 6}\n"));	/* 15:22 */
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 2);
	f = at(l, 0, RULE_TARGET_OUTSIDE, 14, 27);
	assert_string_equal(f->message, "`targets_forward` is only for rkp, "
			    "rkpd, renja-kl and renja; a rpjmd has no "
			    "prakiraan maju");
	at(l, 1, RULE_TARGET_OUTSIDE, 15, 22);
}

/* An unknown kind: no target-missing and no verdict on forward maps. */
static void test_unknown_kind(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, doc(y, sizeof y,
		"rencana", "{start: 2025, end: 2029}",
		"        targets: {2025: 1}\n"
		"        targets_forward: {2031: 1}\n", ""));

	assert_int_equal(plan_findings_count(l), 0);
}

/* Odd shapes never crash: indicators that are not mappings, targets
 * that are lists, baselines without a year, unnamed indicators. */
static void test_odd_shapes(void **state)
{
	const char *y = "plan: 1\nid: t/x/1\nkind: rpjmd\nlevel: provinsi\n"
		"region: \"35\"\nperiod: {start: 2025, end: 2025}\n"
		"misi:\n  - id: M1\n    name: M\n"
		"    indicators:\n"
		"      - 42\n"
		"      - {unit: x, targets: [1, 2]}\n"
		"      - {unit: x, baseline: {value: 5}, targets: {2025: 1}}\n"
		"      - {unit: x, baseline: 3, targets: {x25: 1}}\n";
	const struct plan_findings *l = run(*state, y);

	/* Only the last one misses its 2025 target (x25 is no year). */
	assert_int_equal(plan_findings_count(l), 1);
	assert_string_equal(at(l, 0, RULE_TARGET_MISSING, 14, 9)->message,
			    "indicator 4 has no target for 2025");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_clean), T(test_missing_ranges), T(test_missing_list),
		T(test_missing_flow), T(test_missing_not_long_term),
		T(test_missing_no_targets), T(test_unknown_period),
		T(test_trend_up), T(test_trend_unordered),
		T(test_trend_baseline), T(test_trend_down),
		T(test_trend_exact), T(test_trend_texts),
		T(test_trend_forward), T(test_outside), T(test_forward_ok),
		T(test_forward_wrong_year), T(test_forward_wrong_kind),
		T(test_unknown_kind), T(test_odd_shapes),
	};
	return cmocka_run_group_tests_name("plan_check_targets", tests, NULL, NULL);
}
