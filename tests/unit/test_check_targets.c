/* test_check_targets.c - target-missing, target-trend, target-outside
 * (lib/plan_check_targets.c). */
#include <stdio.h>
#include <string.h>

#include "testutil.h"

#include "check/check_priv.h"

static const struct plan_findings *run(struct tu_fx *fx, const char *yaml)
{
	return tu_check(fx, yaml, NULL, plan_check_targets);
}

#define MISSING(...) {.rule = RULE_TARGET_MISSING, PLAN_SEV_ERROR, __VA_ARGS__}
#define OUTSIDE(...) {.rule = RULE_TARGET_OUTSIDE, PLAN_SEV_ERROR, __VA_ARGS__}
#define TREND(...) {.rule = RULE_TARGET_TREND, PLAN_SEV_WARNING, __VA_ARGS__}

/* A document of kind with one program (line 8) holding one indicator
 * (line 11) whose remaining keys are ind, and program keys prog. */
static const char *doc(const char *kind, const char *period, const char *ind,
		       const char *prog)
{
	static char buf[2048];

	snprintf(buf, sizeof buf, "plan: 1\nid: t/x/1\nkind: %s\n"
		 "level: provinsi\nregion: \"35\"\nperiod: %s\nprograms:\n"
		 "  - code: 2.16.03\n    name: P\n    indicators:\n"	/* 8 */
		 "      - name: Indeks SPBE\n        unit: indeks\n"	/* 11 */
		 "%s%s", kind, period, ind, prog);
	return buf;
}

#define RPJMD "rpjmd", "{start: 2025, end: 2029}"
#define RENJA "rkpd", "{start: 2026, end: 2026}"

/* Documents with nothing to say. */
static void test_clean(void **state)
{
	static const char *const cases[][4] = {
		{RPJMD, "        baseline: {year: 2024, value: 2.1}\n"
		 "        targets: {2025: 2.2, 2026: 2.50, 2027: 2.5, "
		 "2028: \"Baik\", 2029: 3}\n        actuals: {2025: 2.0}\n",
		 "    budget: {2025: 1, 2029: 2}\n"},
		/* rpjpn and rpjpd give milestones, not a target a year */
		{"rpjpd", "{start: 2025, end: 2045}",
		 "        targets: {2029: 1, 2045: 3}\n", ""},
		/* no `targets:` at all is the schema's finding */
		{RPJMD, "        x-targets: later\n", ""},
		/* a period that is no period */
		{"rpjmd", "{start: 2029, end: 2025}", "        targets: "
		 "{2020: 1}\n", "    budget: {1999: 5}\n"
		 "    budget_forward: {2000: 1}\n"},
		/* targets in any key order are compared by year */
		{RPJMD, "        targets: {2029: 5, 2025: 1, 2026: 2, "
		 "2027: 3, 2028: 4}\n", ""},
		/* direction exact: no trend */
		{RPJMD, "        direction: exact\n        baseline: "
		 "{year: 2024, value: 10}\n        targets: {2025: 1, "
		 "2026: 100, 2027: 3, 2028: 2, 2029: 0}\n", ""},
		/* texts (`3,94`, `≥ 80`) are not numbers and are skipped */
		{RPJMD, "        baseline: {year: 2024, value: \"WTP\"}\n"
		 "        targets: {2025: \"3,94\", 2026: 3, 2027: \"≥ 80\", "
		 "2028: 4, 2029: \"-\"}\n", ""},
		/* prakiraan maju where they belong */
		{RENJA, "        targets: {2026: 90}\n        targets_forward: "
		 "{2027: 95}\n", "    budget: {2026: 5}\n"
		 "    budget_forward: {2027: 6}\n"},
		/* an unknown kind: no target-missing, no verdict on forward
		 * maps */
		{"rencana", "{start: 2025, end: 2029}", "        targets: "
		 "{2025: 1}\n        targets_forward: {2031: 1}\n", ""},
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		tu_count(run(*state, doc(cases[i][0], cases[i][1], cases[i][2],
					 cases[i][3])), 0);
}

static void test_missing(void **state)
{
	const struct plan_findings *l = run(*state, doc(RPJMD,
		"        targets: {2025: 1, 2027: ~, 2029: 3}\n", ""));

	TU_WANT(l, MISSING(11, 9, .msg = "indicator 'Indeks SPBE' has no "
			   "target for 2026-2028",
			   .hint = "the period 2025-2029"));
	tu_contains(plan_findings_get(l, 0)->breadcrumb, "indikator 1");
	TU_WANT(run(*state, doc(RPJMD, "        targets: {2026: 1, 2028: 2}\n",
				"")),
		MISSING(11, 9, .part = "for 2025, 2027, 2029"));
}

/* A flow-mapping indicator points at its `{`. */
static void test_missing_flow(void **state)
{
	/* 2027 is outside (and not forward) and 2026 is missing. */
	TU_WANT(run(*state, "plan: 1\nid: t/x/1\nkind: renja\nlevel: kota\n"
		"region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
		"programs:\n  - code: 2.16.03\n    name: P\n"
		"    indicators:\n"
		"      - {name: X, unit: \"%\", targets: {2027: 5}}\n"),
		MISSING(11, 9, .part = "indicator 'X' has no target for 2026",
			.hint = "give a target for the plan year 2026"),
		OUTSIDE(11, 40, .part = "target for 2027 is outside the plan "
			"year 2026", .hint = "`targets_forward`"));
}

static void test_trend_up(void **state)
{
	/* The nearest earlier numeric target of 2028 is 2026's 75, not
	 * 2025's 80 (2027 is a text). */
	TU_WANT(run(*state, doc(RPJMD, "        targets:\n"
		"          2025: 80\n          2026: 75\n"		/* 15 */
		"          2027: Baik\n          2028: 74\n"		/* 17 */
		"          2029: 81\n", "")),
		TREND(15, 11, .msg = "target of indicator 'Indeks SPBE' for "
		      "2026 (75) is below its 2025 target (80)",
		      .hint = "`direction: down`"),
		TREND(17, 11, .part = "for 2028 (74) is below its 2026 target "
		      "(75)"));
}

static void test_trend_baseline(void **state)
{
	/* the baseline year itself (2025: 70) is no trend */
	TU_WANT(run(*state, doc(RPJMD,
		"        baseline: {year: 2025, value: \"82\"}\n"
		"        targets:\n          2025: 70\n"
		"          2026: 81\n"		/* 16: below the baseline */
		"          2027: 82\n          2028: 82.0\n"
		"          2029: 82.00\n", "")),
		TREND(16, 11, .part = "for 2026 (81) is below its 2025 "
		      "baseline (82)"));
}

static void test_trend_down(void **state)
{
	TU_WANT(run(*state, doc(RPJMD, "        direction: down\n"
		"        baseline: {year: 2024, value: 10}\n"
		"        targets:\n          2025: 11\n"		/* 16 */
		"          2026: 9.5\n          2027: 9.50\n"
		"          2028: 9.51\n          2029: -1\n", "")),	/* 19 */
		TREND(16, 11, .part = "for 2025 (11) is above its 2024 "
		      "baseline (10)", .hint = "`direction: up`"),
		TREND(19, 11, .part = "for 2028 (9.51) is above its 2027 "
		      "target (9.50)"));
}

/* A prakiraan maju below the plan year's target is a trend too. */
static void test_trend_forward(void **state)
{
	TU_WANT(run(*state, doc(RENJA, "        targets: {2026: 90}\n"
		"        targets_forward:\n          2027: 85\n", "")), /* 15 */
		TREND(15, 11, .part = "for 2027 (85) is below its 2026 target "
		      "(90)"));
}

static void test_outside(void **state)
{
	const struct plan_findings *l = run(*state, doc(RPJMD,
		"        targets: {2025: 1, 2026: 1, 2027: 1, 2028: 1, "
		"2029: 1, 2030: 1}\n"			/* 2030 at 13:64 */
		"        actuals:\n          2024: 0\n",	/* 15 */
		"    budget:\n      2025: 5\n      2031: 5\n"	/* 18 */
		"      x: 5\n"));

	TU_WANT(l, OUTSIDE(13, 64, .msg = "target for 2030 is outside the "
			   "period 2025-2029",
			   .hint = "remove it, or correct the year"),
		OUTSIDE(15, 11, .part = "actual for 2024 is outside the period "
			"2025-2029"),
		OUTSIDE(18, 7, .part = "budget for 2031 is outside"));
	assert_null(strstr(plan_findings_get(l, 2)->breadcrumb, "indikator"));
}

static void test_forward_wrong_year(void **state)
{
	TU_WANT(run(*state, doc(RENJA, "        targets: {2026: 90}\n"
		"        targets_forward: {2026: 95}\n",	/* 14:27 */
		"    budget: {2026: 5, 2027: 7}\n"		/* 15:23 */
		"    budget_forward: {2028: 6}\n")),		/* 16:22 */
		OUTSIDE(14, 27, .msg = "`targets_forward` for 2026: a "
			"prakiraan maju is for 2027 only",
			.hint = "write 2027, the year after the plan"),
		OUTSIDE(15, 23, .hint = "goes into `budget_forward`"),
		OUTSIDE(16, 22, .part = "`budget_forward` for 2028"));
}

/* Forward maps outside rkp, rkpd, renja-kl and renja: every entry. */
static void test_forward_wrong_kind(void **state)
{
	TU_WANT(run(*state, doc(RPJMD, "        targets: {2025: 1, 2026: 1, "
		"2027: 1, 2028: 1, 2029: 1}\n"
		"        targets_forward: {2030: 2}\n",	/* 14:27 */
		"    budget_forward: {2030: 6}\n")),	/* 15:22 */
		OUTSIDE(14, 27, .msg = "`targets_forward` is only for rkp, "
			"rkpd, renja-kl and renja; a rpjmd has no prakiraan "
			"maju"),
		OUTSIDE(15, 22));
}

/* Odd shapes never crash: indicators that are not mappings, targets
 * that are lists, baselines without a year, unnamed indicators. */
static void test_odd_shapes(void **state)
{
	/* Only the last one misses its 2025 target (x25 is no year). */
	TU_WANT(run(*state, "plan: 1\nid: t/x/1\nkind: rpjmd\n"
		"level: provinsi\nregion: \"35\"\n"
		"period: {start: 2025, end: 2025}\n"
		"misi:\n  - id: M1\n    name: M\n    indicators:\n"
		"      - 42\n      - {unit: x, targets: [1, 2]}\n"
		"      - {unit: x, baseline: {value: 5}, targets: {2025: 1}}\n"
		"      - {unit: x, baseline: 3, targets: {x25: 1}}\n"),
		MISSING(14, 9, .msg = "indicator 4 has no target for 2025"));
}

TU_MAIN("plan_check_targets", tu_setup, tu_teardown,
	TU_TEST(test_clean),
	TU_TEST(test_missing),
	TU_TEST(test_missing_flow),
	TU_TEST(test_trend_up),
	TU_TEST(test_trend_baseline),
	TU_TEST(test_trend_down),
	TU_TEST(test_trend_forward),
	TU_TEST(test_outside),
	TU_TEST(test_forward_wrong_year),
	TU_TEST(test_forward_wrong_kind),
	TU_TEST(test_odd_shapes))
