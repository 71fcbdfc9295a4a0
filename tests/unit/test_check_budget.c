/* test_check_budget.c - budget-format and budget-sum (lib/check_budget.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "check/check_priv.h"
#include "base/value.h"

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

/* Load yaml as a plan, run plan_check_budgets on it, sort what it found. */
static const struct plan_findings *run(struct fx *fx, const char *yaml)
{
	struct plan_findings *load = plan_findings_new(NULL);
	struct yload_result res;
	struct plan_doc *d;
	struct plan_check c;

	plan_ytree_load_mem(yaml, strlen(yaml), "t.yaml", NULL, fx->a, load, &res);
	assert_int_equal(plan_findings_count(load), 0);
	assert_non_null(res.root);
	plan_findings_free(load);
	d = plan_doc_build(res.root, "t.yaml", fx->a);
	c = (struct plan_check){ d, NULL, fx->f, NULL };
	plan_check_budgets(&c);
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
	assert_int_equal(f->severity, PLAN_SEV_ERROR);
	return f;
}

static void contains(const char *s, const char *part)
{
	assert_non_null(s);
	if (!strstr(s, part))
		fail_msg("'%s' does not contain '%s'", s, part);
}

#define HEAD "plan: 1\nid: t/renja/2026\nkind: renja\nlevel: kota\n" \
	     "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"

/* A program, one kegiatan, two sub-kegiatan; budgets given per level. */
static const char *chain(char *buf, size_t n, const char *prog,
			 const char *keg, const char *s1, const char *s2)
{
	snprintf(buf, n, HEAD "programs:\n"
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
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 300, 2027: 10}", "budget: {2026: 300}",
		"budget: {2026: 100}", "budget: {2026: 2_00}"));

	/* 2027: nothing below gives a figure, so there is nothing to add. */
	assert_int_equal(plan_findings_count(l), 0);
}

static void test_program_mismatch(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 2570000000}", "budget: {2026: 2750000000}",
		"budget: {2026: 2000000000}", "budget: {2026: 750000000}"));
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_BUDGET_SUM, 8, 5);
	assert_string_equal(f->message, "budget of program '2.16.03' for 2026 "
			    "is 2570000000 but its kegiatan add up to "
			    "2750000000");
	contains(f->hint, "write 2750000000 for 2026");
}

static void test_kegiatan_mismatch(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 300}", "budget: {2026: 300}",
		"budget: {2026: 100}", "budget: {2026: 100}"));

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_BUDGET_SUM, 12, 9)->message,
		 "its sub-kegiatan add up to 200");
}

/* A budget-less kegiatan stands for the sum of its sub-kegiatan. */
static void test_recursion(void **state)
{
	char y[2048];
	struct fx *fx = *state;
	const struct plan_findings *l = run(fx, chain(y, sizeof y,
		"budget: {2026: 300}", "x-note: no budget",
		"budget: {2026: 100}", "budget: {2026: 150}"));

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_BUDGET_SUM, 8, 5)->message,
		 "is 300 but its kegiatan add up to 250");
}

static void test_recursion_clean(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 250}", "x-note: no budget",
		"budget: {2026: 100}", "budget: {2026: 150}"));

	assert_int_equal(plan_findings_count(l), 0);
}

/* A sub-kegiatan without any budget counts 0 beside one that has one. */
static void test_empty_child_counts_zero(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 100}", "budget: {2026: 100}",
		"budget: {2026: 100}", "x-note: none"));

	assert_int_equal(plan_findings_count(l), 0);
}

/* No child contributes for a year: no finding, whatever the parent says. */
static void test_no_child_contributes(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 100}", "x-a: 1", "x-b: 1", "x-c: 1"));

	assert_int_equal(plan_findings_count(l), 0);
}

/* A null amount is absent; the year then comes from below. */
static void test_null_is_absent(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 300}", "budget: {2026: ~}",
		"budget: {2026: 100}", "budget: {2026: 200}"));

	assert_int_equal(plan_findings_count(l), 0);
}

static void test_years_in_one_finding(void **state)
{
	const char *y = HEAD "programs:\n"
		"  - code: 2.16.03\n"
		"    name: P\n"
		"    budget: {2028: 9, 2026: 1, 2027: 5}\n"
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n"
		"        name: K\n"
		"        budget: {2026: 2, 2027: 5, 2028: 7}\n";
	const struct plan_findings *l = run(*state, y);
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_BUDGET_SUM, 8, 5);
	assert_string_equal(f->message, "budget of program '2.16.03' for 2026 "
			    "is 1 but its kegiatan add up to 2; for 2028 it "
			    "is 9 but they add up to 7");
	contains(f->hint, "each year's budget");
}

static void test_sum_overflow(void **state)
{
	const char *y = HEAD "programs:\n"
		"  - code: 2.16.03\n"
		"    name: P\n"
		"    budget: {2026: 1}\n"
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n"
		"        name: K\n"
		"        budget: {2026: 9223372036854775807}\n"
		"      - code: 2.16.03.2.03\n"
		"        name: K2\n"
		"        budget: {2026: 1}\n";
	const struct plan_findings *l = run(*state, y);
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_BUDGET_SUM, 8, 5);
	contains(f->message, "add up to more than 9223372036854775807");
	contains(f->hint, "typing mistake");
}

/* Overflow deep down reaches the program through a budget-less kegiatan. */
static void test_sum_overflow_deep(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 5}", "x-none: 1",
		"budget: {2026: 9223372036854775807}",
		"budget: {2026: 9223372036854775807}"));

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_BUDGET_SUM, 8, 5)->message, "more than");
}

static void test_format_dots(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: 300}", "budget: {2026: 300}",
		"budget: {2026: 1.500.000.000}", "budget: {2026: 200}"));
	const struct plan_finding *f;

	/* The bad amount takes no part in sums: only the format finding. */
	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_BUDGET_FORMAT, 18, 28);
	assert_string_equal(f->message, "budget for 2026 '1.500.000.000' uses "
			    "'.' as a thousands separator");
	contains(f->hint, "`1500000000`");
}

/* A malformed parent amount is not compared with anything. */
static void test_format_parent(void **state)
{
	char y[2048];
	const struct plan_findings *l = run(*state, chain(y, sizeof y,
		"budget: {2026: \"1,2 M\"}", "budget: {2026: 300}",
		"budget: {2026: 100}", "budget: {2026: 200}"));
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_BUDGET_FORMAT, 10, 20);
	contains(f->message, "is not an amount of whole rupiah");
	contains(f->hint, "1200000000");
}

static const char *format_msg(struct fx *fx, const char *amount)
{
	char y[1024];
	const struct plan_findings *l;

	snprintf(y, sizeof y, HEAD "programs:\n"
		 "  - code: 2.16.03\n    name: P\n"
		 "    budget:\n      2026: %s\n", amount);
	l = run(fx, y);
	assert_int_equal(plan_findings_count(l), 1);
	return at(l, 0, RULE_BUDGET_FORMAT, 11, 13)->message;
}

static void test_format_kinds(void **state)
{
	struct fx *fx = *state;

	contains(format_msg(fx, "99999999999999999999"),
		 "is larger than 9223372036854775807 rupiah");
	plan_findings_free(fx->f);
	fx->f = plan_findings_new(NULL);
	contains(format_msg(fx, "9223372036854775808"), "is larger than");
	plan_findings_free(fx->f);
	fx->f = plan_findings_new(NULL);
	contains(format_msg(fx, "-5"), "is negative");
	plan_findings_free(fx->f);
	fx->f = plan_findings_new(NULL);
	contains(format_msg(fx, "0500"), "has a leading zero");
	assert_string_equal(plan_findings_get(fx->f, 0)->hint, "write `500`");
	plan_findings_free(fx->f);
	fx->f = plan_findings_new(NULL);
	contains(format_msg(fx, "12.5"), "is not an amount of whole rupiah");
	plan_findings_free(fx->f);
	fx->f = plan_findings_new(NULL);
	contains(format_msg(fx, "1.2e9"), "is not an amount");
	plan_findings_free(fx->f);
	fx->f = plan_findings_new(NULL);
	contains(format_msg(fx, "\"1,500,000\""), "uses ',' as a thousands");
	plan_findings_free(fx->f);
	fx->f = plan_findings_new(NULL);
	contains(format_msg(fx, "[1, 2]"), "budget for 2026 is not an amount");
}

static void test_format_ok_forms(void **state)
{
	const char *y = HEAD "programs:\n"
		"  - code: 2.16.03\n    name: P\n"
		"    budget: {2026: 0, 2027: \"12_500\", 2028: 9223372036854775807,"
		" 2029: ~}\n";

	assert_int_equal(plan_findings_count(run(*state, y)), 0);
}

/* budget_forward is format-checked but takes no part in sums. */
static void test_forward(void **state)
{
	const char *y = HEAD "programs:\n"
		"  - code: 2.16.03\n"
		"    name: P\n"
		"    budget: {2026: 5}\n"
		"    budget_forward: {2027: 1.000}\n"
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n"
		"        name: K\n"
		"        budget: {2026: 5}\n"
		"        budget_forward: {2027: 99}\n";
	const struct plan_findings *l = run(*state, y);
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_BUDGET_FORMAT, 11, 28);
	assert_string_equal(f->message, "prakiraan maju for 2027 '1.000' uses "
			    "'.' as a thousands separator");
}

#define VHEAD "plan: 1\nid: d/rkpdes/2026\nkind: rkpdes\nlevel: desa\n" \
	      "region: \"35.15.07.2013\"\nperiod: {start: 2026, end: 2026}\n"

static void test_village_chain(void **state)
{
	const char *y = VHEAD "bidang:\n"
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
		"            budget: {2026: 20}\n";
	const struct plan_findings *l = run(*state, y);

	/* bidang 70 = 50 + 20 (sub-bidang 2.6 through its kegiatan);
	 * sub-bidang 2.3 says 50 but its kegiatan give 40. */
	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_BUDGET_SUM, 12, 9)->message,
		 "budget of sub-bidang '2.3' for 2026 is 50 but its kegiatan "
		 "add up to 40");
}

/* Misi, tujuan, sasaran and proposals have no budget sums. */
static void test_no_sums_elsewhere(void **state)
{
	const char *y = "plan: 1\nid: k/musrenbang/2026\nkind: musrenbang\n"
		"level: kecamatan\nregion: \"13.02.04\"\n"
		"period: {start: 2026, end: 2026}\n"
		"misi:\n"
		"  - id: M1\n    name: M\n    budget: {2026: 5}\n"
		"    tujuan:\n"
		"      - id: T1\n        name: T\n        budget: {2026: 9}\n"
		"proposals:\n"
		"  - id: U-1\n    name: U\n    budget: {2026: 850000000}\n";

	assert_int_equal(plan_findings_count(run(*state, y)), 0);
}

/* Odd shapes never crash: budgets that are lists, elements without
 * codes, children of the wrong kind. */
static void test_odd_shapes(void **state)
{
	const char *y = HEAD "programs:\n"
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
		"        budget: {2026: 1}\n";
	const struct plan_findings *l = run(*state, y);

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_BUDGET_SUM, 14, 5)->message,
		 "budget of program '2.16.04' for 2026 is 9");
}

static void test_program_without_code(void **state)
{
	const char *y = HEAD "programs:\n"
		"  - name: P\n"
		"    budget: {2026: 2}\n"
		"    kegiatan:\n"
		"      - name: K\n"
		"        budget: {2026: 5}\n";
	const struct plan_findings *l = run(*state, y);

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_BUDGET_SUM, 8, 5)->message,
		 "budget of program 1 for 2026 is 2");
}

static char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (!fp)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(fp);
	if (buf)
		buf[n] = 0;
	*len = (size_t)n;
	return buf;
}

/* The conformance sample: the program at line 79 says 2570000000. */
static void test_conformance(void **state)
{
	static const char path[] = "../shared/conformance/budget-sum/"
				   "renja-2026-diskominfo.yaml";
	size_t len;
	char *buf = slurp(path, &len);
	const struct plan_findings *l;

	if (!buf) {
		print_message("no %s: skipped\n", path);
		skip();
	}
	l = run(*state, buf);
	free(buf);
	assert_int_equal(plan_findings_count(l), 1);
	assert_string_equal(at(l, 0, RULE_BUDGET_SUM, 79, 5)->message,
			    "budget of program '2.20.02' for 2026 is "
			    "2570000000 but its kegiatan add up to 2750000000");
}

/* A long list of kegiatan sums in one pass (no quadratic blow-up). */
static void test_many_children(void **state)
{
	enum { N = 20000 };
	size_t cap = N * 80 + 512, n;
	char *y = malloc(cap);
	const struct plan_findings *l;

	assert_non_null(y);
	n = (size_t)snprintf(y, cap, HEAD "programs:\n  - code: 2.16.03\n"
			     "    name: P\n    budget: {2026: %d}\n"
			     "    kegiatan:\n", N * 2 - 1);
	for (int i = 0; i < N; i++)
		n += (size_t)snprintf(y + n, cap - n, "      - code: K%d\n"
				      "        name: K\n"
				      "        budget: {2026: 2}\n", i);
	l = run(*state, y);
	free(y);
	assert_int_equal(plan_findings_count(l), 1);
	contains(plan_findings_get(l, 0)->message, "add up to 40000");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_clean_chain), T(test_program_mismatch),
		T(test_kegiatan_mismatch), T(test_recursion),
		T(test_recursion_clean), T(test_empty_child_counts_zero),
		T(test_no_child_contributes), T(test_null_is_absent),
		T(test_years_in_one_finding), T(test_sum_overflow),
		T(test_sum_overflow_deep), T(test_format_dots),
		T(test_format_parent), T(test_format_kinds),
		T(test_format_ok_forms), T(test_forward),
		T(test_village_chain), T(test_no_sums_elsewhere),
		T(test_odd_shapes), T(test_program_without_code),
		T(test_conformance), T(test_many_children),
	};
	return cmocka_run_group_tests_name("check_budget", tests, NULL, NULL);
}
