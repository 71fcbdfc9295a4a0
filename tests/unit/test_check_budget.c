/* test_check_budget.c - budget-format and budget-sum (lib/check_budget.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "check/check_priv.h"
#include "base/value.h"

static const struct plan_findings *run(struct tu_fx *fx, const char *yaml)
{
	return tu_check(fx, yaml, NULL, plan_check_budgets);
}

#define SUM(...) {.rule = RULE_BUDGET_SUM, PLAN_SEV_ERROR, __VA_ARGS__}
#define FORMAT(...) {.rule = RULE_BUDGET_FORMAT, PLAN_SEV_ERROR, __VA_ARGS__}

#define HEAD "plan: 1\nid: t/renja/2026\nkind: renja\nlevel: kota\n" \
	     "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"

/* A program, one kegiatan, two sub-kegiatan; budgets given per level. */
static const char *chain(const char *prog, const char *keg, const char *s1,
			 const char *s2)
{
	static char buf[2048];

	snprintf(buf, sizeof buf, HEAD "programs:\n"
		 "  - code: 2.16.03\n"		/* line 8 */
		 "    name: P\n"
		 "    %s\n"
		 "    kegiatan:\n"
		 "      - code: 2.16.03.2.02\n"	/* line 12 */
		 "        name: K\n"
		 "        %s\n"
		 "        sub_kegiatan:\n"
		 "          - code: 2.16.03.2.02.0003\n"
		 "            name: S1\n"
		 "            %s\n"
		 "          - code: 2.16.03.2.02.0007\n"
		 "            name: S2\n"
		 "            %s\n", prog, keg, s1, s2);
	return buf;
}

static void test_clean_chain(void **state)
{
	/* 2027: nothing below gives a figure, so there is nothing to add. */
	tu_count(run(*state, chain("budget: {2026: 300, 2027: 10}",
		"budget: {2026: 300}", "budget: {2026: 100}",
		"budget: {2026: 2_00}")), 0);
}

static void test_program_mismatch(void **state)
{
	TU_WANT(run(*state, chain("budget: {2026: 2570000000}",
		"budget: {2026: 2750000000}", "budget: {2026: 2000000000}",
		"budget: {2026: 750000000}")),
		SUM(8, 5, .msg = "budget of program '2.16.03' for 2026 is "
		    "2570000000 but its kegiatan add up to 2750000000",
		    .hint = "write 2750000000 for 2026"));
}

static void test_kegiatan_mismatch(void **state)
{
	TU_WANT(run(*state, chain("budget: {2026: 300}", "budget: {2026: 300}",
		"budget: {2026: 100}", "budget: {2026: 100}")),
		SUM(12, 9, .part = "its sub-kegiatan add up to 200"));
}

/* A budget-less kegiatan stands for the sum of its sub-kegiatan. */
static void test_recursion(void **state)
{
	TU_WANT(run(*state, chain("budget: {2026: 300}", "x-note: no budget",
		"budget: {2026: 100}", "budget: {2026: 150}")),
		SUM(8, 5, .part = "is 300 but its kegiatan add up to 250"));
	tu_count(run(*state, chain("budget: {2026: 250}", "x-note: no budget",
		"budget: {2026: 100}", "budget: {2026: 150}")), 0);
}

/* What adds up to nothing, or to the parent's figure: no finding. */
static void test_no_finding(void **state)
{
	static const char *const cases[][4] = {
		/* a sub-kegiatan without any budget counts 0 beside one
		 * that has one */
		{"budget: {2026: 100}", "budget: {2026: 100}",
		 "budget: {2026: 100}", "x-note: none"},
		/* no child contributes for a year, whatever the parent says */
		{"budget: {2026: 100}", "x-a: 1", "x-b: 1", "x-c: 1"},
		/* a null amount is absent; the year then comes from below */
		{"budget: {2026: 300}", "budget: {2026: ~}",
		 "budget: {2026: 100}", "budget: {2026: 200}"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		tu_count(run(*state, chain(cases[i][0], cases[i][1],
					   cases[i][2], cases[i][3])), 0);
}

static void test_years_in_one_finding(void **state)
{
	TU_WANT(run(*state, HEAD "programs:\n"
		"  - code: 2.16.03\n"
		"    name: P\n"
		"    budget: {2028: 9, 2026: 1, 2027: 5}\n"
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n"
		"        name: K\n"
		"        budget: {2026: 2, 2027: 5, 2028: 7}\n"),
		SUM(8, 5, .msg = "budget of program '2.16.03' for 2026 is 1 "
		    "but its kegiatan add up to 2; for 2028 it is 9 but they "
		    "add up to 7", .hint = "each year's budget"));
}

static void test_sum_overflow(void **state)
{
	TU_WANT(run(*state, HEAD "programs:\n"
		"  - code: 2.16.03\n"
		"    name: P\n"
		"    budget: {2026: 1}\n"
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n"
		"        name: K\n"
		"        budget: {2026: 9223372036854775807}\n"
		"      - code: 2.16.03.2.03\n"
		"        name: K2\n"
		"        budget: {2026: 1}\n"),
		SUM(8, 5, .part = "add up to more than 9223372036854775807",
		    .hint = "typing mistake"));
	/* deep down, through a budget-less kegiatan */
	TU_WANT(run(*state, chain("budget: {2026: 5}", "x-none: 1",
		"budget: {2026: 9223372036854775807}",
		"budget: {2026: 9223372036854775807}")),
		SUM(8, 5, .part = "more than"));
}

static void test_format_dots(void **state)
{
	/* The bad amount takes no part in sums: only the format finding. */
	TU_WANT(run(*state, chain("budget: {2026: 300}", "budget: {2026: 300}",
		"budget: {2026: 1.500.000.000}", "budget: {2026: 200}")),
		FORMAT(18, 28, .msg = "budget for 2026 '1.500.000.000' uses "
		       "'.' as a thousands separator",
		       .hint = "`1500000000`"));
}

/* A malformed parent amount is not compared with anything. */
static void test_format_parent(void **state)
{
	TU_WANT(run(*state, chain("budget: {2026: \"1,2 M\"}",
		"budget: {2026: 300}", "budget: {2026: 100}",
		"budget: {2026: 200}")),
		FORMAT(10, 20, .part = "is not an amount of whole rupiah",
		       .hint = "1200000000"));
}

static void test_format_kinds(void **state)
{
	static const struct {
		const char *amount, *part, *hint;
	} cases[] = {
		{"99999999999999999999",
		 "is larger than 9223372036854775807 rupiah", NULL},
		{"9223372036854775808", "is larger than", NULL},
		{"-5", "is negative", NULL},
		{"0500", "has a leading zero", "write `500`"},
		{"12.5", "is not an amount of whole rupiah", NULL},
		{"1.2e9", "is not an amount", NULL},
		{"\"1,500,000\"", "uses ',' as a thousands", NULL},
		{"[1, 2]", "budget for 2026 is not an amount", NULL},
	};
	char y[1024];

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		snprintf(y, sizeof y, HEAD "programs:\n"
			 "  - code: 2.16.03\n    name: P\n"
			 "    budget:\n      2026: %s\n", cases[i].amount);
		TU_WANT(run(*state, y), FORMAT(11, 13, .part = cases[i].part,
					       .hint = cases[i].hint));
	}
}

#define VHEAD "plan: 1\nid: d/rkpdes/2026\nkind: rkpdes\nlevel: desa\n" \
	      "region: \"35.15.07.2013\"\nperiod: {start: 2026, end: 2026}\n"

/* Whole documents and what they are found to have. */
static const struct doc_case {
	const char *name, *yaml;
	struct tu_want want[1];		/* none: a line 0 */
} doc_cases[] = {
	{"amounts in every accepted form", HEAD "programs:\n"
	 "  - code: 2.16.03\n    name: P\n"
	 "    budget: {2026: 0, 2027: \"12_500\", 2028: 9223372036854775807,"
	 " 2029: ~}\n", {{0}}},
	{"budget_forward is format-checked but takes no part in sums",
	 HEAD "programs:\n"
	 "  - code: 2.16.03\n"
	 "    name: P\n"
	 "    budget: {2026: 5}\n"
	 "    budget_forward: {2027: 1.000}\n"
	 "    kegiatan:\n"
	 "      - code: 2.16.03.2.02\n"
	 "        name: K\n"
	 "        budget: {2026: 5}\n"
	 "        budget_forward: {2027: 99}\n",
	 {FORMAT(11, 28, .msg = "prakiraan maju for 2027 '1.000' uses "
		 "'.' as a thousands separator")}},
	/* bidang 70 = 50 + 20 (sub-bidang 2.6 through its kegiatan);
	 * sub-bidang 2.3 says 50 but its kegiatan give 40 */
	{"a village's chain", VHEAD "bidang:\n"
	 "  - code: \"2\"\n"			/* 8 */
	 "    name: B\n"
	 "    budget: {2026: 70}\n"
	 "    sub_bidang:\n"
	 "      - code: \"2.3\"\n"		/* 12 */
	 "        name: SB\n"
	 "        budget: {2026: 50}\n"
	 "        kegiatan:\n"
	 "          - code: \"2.3.10\"\n"
	 "            name: K\n"
	 "            budget: {2026: 40}\n"
	 "      - code: \"2.6\"\n"
	 "        name: SB2\n"
	 "        kegiatan:\n"
	 "          - code: \"2.6.02\"\n"
	 "            name: K2\n"
	 "            budget: {2026: 20}\n",
	 {SUM(12, 9, .part = "budget of sub-bidang '2.3' for 2026 is 50 "
	      "but its kegiatan add up to 40")}},
	{"misi, tujuan, sasaran and proposals have no budget sums",
	 "plan: 1\nid: k/musrenbang/2026\nkind: musrenbang\n"
	 "level: kecamatan\nregion: \"13.02.04\"\n"
	 "period: {start: 2026, end: 2026}\n"
	 "misi:\n"
	 "  - id: M1\n    name: M\n    budget: {2026: 5}\n"
	 "    tujuan:\n"
	 "      - id: T1\n        name: T\n        budget: {2026: 9}\n"
	 "proposals:\n"
	 "  - id: U-1\n    name: U\n    budget: {2026: 850000000}\n",
	 {{0}}},
	/* odd shapes never crash: budgets that are lists, elements without
	 * codes, children of the wrong kind */
	{"odd shapes", HEAD "programs:\n"
	 "  - name: P\n"
	 "    budget: [1, 2]\n"
	 "    kegiatan:\n"
	 "      - name: K\n"
	 "        budget: {2026: 5, x26: 7}\n"
	 "      - 42\n"
	 "  - code: 2.16.04\n"
	 "    name: Q\n"
	 "    budget: {2026: 9}\n"
	 "    kegiatan:\n"
	 "      - code: 2.16.04.2.01\n"
	 "        name: K\n"
	 "        budget: {2026: 1}\n",
	 {SUM(14, 5, .part = "budget of program '2.16.04' for 2026 is 9")}},
	{"a program without a code", HEAD "programs:\n"
	 "  - name: P\n"
	 "    budget: {2026: 2}\n"
	 "    kegiatan:\n"
	 "      - name: K\n"
	 "        budget: {2026: 5}\n",
	 {SUM(8, 5, .part = "budget of program 1 for 2026 is 2")}},
};

static void test_documents(void **state)
{
	for (size_t i = 0; i < sizeof doc_cases / sizeof *doc_cases; i++)
		tu_want_case(doc_cases[i].name, run(*state, doc_cases[i].yaml),
			     doc_cases[i].want,
			     tu_want_count(doc_cases[i].want, 1));
}

/* The conformance sample: the program at line 79 says 2570000000. */
static void test_conformance(void **state)
{
	static const char path[] = "../shared/conformance/budget-sum/"
				   "renja-2026-diskominfo.yaml";
	size_t len;
	char *buf = tu_slurp(path, &len);

	if (!buf) {
		print_message("no %s: skipped\n", path);
		skip();
	}
	TU_WANT(run(*state, buf),
		SUM(79, 5, .msg = "budget of program '2.20.02' for 2026 is "
		    "2570000000 but its kegiatan add up to 2750000000"));
	free(buf);
}

/* A long list of kegiatan sums in one pass (no quadratic blow-up). */
static void test_many_children(void **state)
{
	enum { N = 20000 };
	size_t cap = N * 80 + 512, n;
	char *y = malloc(cap);

	assert_non_null(y);
	n = (size_t)snprintf(y, cap, HEAD "programs:\n  - code: 2.16.03\n"
			     "    name: P\n    budget: {2026: %d}\n"
			     "    kegiatan:\n", N * 2 - 1);
	for (int i = 0; i < N; i++)
		n += (size_t)snprintf(y + n, cap - n, "      - code: K%d\n"
				      "        name: K\n"
				      "        budget: {2026: 2}\n", i);
	TU_WANT(run(*state, y), SUM(8, 5, .part = "add up to 40000"));
	free(y);
}

TU_MAIN("check_budget", tu_setup, tu_teardown,
	TU_TEST(test_clean_chain),
	TU_TEST(test_program_mismatch),
	TU_TEST(test_kegiatan_mismatch),
	TU_TEST(test_recursion),
	TU_TEST(test_no_finding),
	TU_TEST(test_years_in_one_finding),
	TU_TEST(test_sum_overflow),
	TU_TEST(test_format_dots),
	TU_TEST(test_format_parent),
	TU_TEST(test_format_kinds),
	TU_TEST(test_documents),
	TU_TEST(test_conformance),
	TU_TEST(test_many_children))
