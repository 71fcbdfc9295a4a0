/* test_check_refs.c - duplicate-id, ref-unresolved, ref-kind
 * (lib/check_refs.c). */
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
	plan_check_ids_refs(&c);
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

/* An RPJMD with misi M1 > tujuan T1 > sasaran S1, S2 (lines 7-14),
 * then the programs given. */
#define HEAD "plan: 1\nid: t/rpjmd/2025-2029\nkind: rpjmd\nlevel: provinsi\n" \
	     "region: \"35\"\nperiod: {start: 2025, end: 2029}\n"
#define MISI "misi:\n"				/* 7 */ \
	     "  - id: M1\n    name: M\n"		/* 8 */ \
	     "    tujuan:\n"				/* 10 */ \
	     "      - id: T1\n        name: T\n"	/* 11 */ \
	     "        sasaran:\n"			/* 13 */ \
	     "          - {id: S1, name: S}\n"		/* 14 */ \
	     "          - {id: S2, name: S}\n"		/* 15 */ \
	     "programs:\n"				/* 16 */

static void test_clean(void **state)
{
	const struct plan_findings *l = run(*state, HEAD MISI
		"  - code: 2.16.03\n    name: P\n    sasaran: [S1, S2]\n"
		"    kegiatan:\n      - code: 2.16.03.1.02\n        name: K\n"
		"  - code: 2.16.04\n    name: Q\n    sasaran: S2\n");

	assert_int_equal(plan_findings_count(l), 0);
}

static void test_explicit_duplicate(void **state)
{
	const struct plan_findings *l = run(*state, HEAD
		"misi:\n"
		"  - id: M1\n    name: M\n"
		"  - id: M1\n    name: N\n");		/* 10 */
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_DUPLICATE_ID, 10, 5);
	assert_string_equal(f->message,
			    "duplicate id 'M1': the misi at line 8 already has it");
	contains(f->hint, "id of its own");
}

/* An explicit id equal to a defaulted one, in either order. */
static void test_explicit_vs_defaulted(void **state)
{
	const struct plan_findings *l = run(*state, HEAD MISI
		"  - code: S1\n    name: P\n"		/* 17 */
		"  - code: 2.16.03\n    name: Q\n"		/* 19 */
		"  - id: 2.16.03\n    code: 2.16.04\n    name: R\n"); /* 21 */

	assert_int_equal(plan_findings_count(l), 2);
	contains(at(l, 0, RULE_DUPLICATE_ID, 17, 5)->message,
		 "duplicate id 'S1': the sasaran at line 14");
	contains(at(l, 1, RULE_DUPLICATE_ID, 21, 5)->message,
		 "duplicate id '2.16.03': the program at line 19");
}

#define RKPD "plan: 1\nid: t/rkpd/2026\nkind: rkpd\nlevel: kabupaten\n" \
	     "region: \"35.15\"\nperiod: {start: 2026, end: 2026}\n" \
	     "programs:\n"				/* 7 */

/* Dinkes and RSUD both under 1.02.02: different units, no duplicate;
 * their kegiatan inherit the units. */
static void test_defaulted_different_units(void **state)
{
	const struct plan_findings *l = run(*state, RKPD
		"  - code: 1.02.02\n    name: P\n    unit: \"1.02.0.00.0.00.01.0000\"\n"
		"    kegiatan:\n      - code: 1.02.02.2.01\n        name: K\n"
		"  - code: 1.02.02\n    name: P\n    unit: \"1.02.0.00.0.00.02.0000\"\n"
		"    kegiatan:\n      - code: 1.02.02.2.01\n        name: K\n");

	assert_int_equal(plan_findings_count(l), 0);
}

static void test_defaulted_same_unit(void **state)
{
	const struct plan_findings *l = run(*state, RKPD
		"  - code: 1.02.02\n    name: P\n    unit: A\n"	/* 8 */
		"  - code: 1.02.02\n    name: P\n    unit: B\n"	/* 11 */
		"  - code: 1.02.02\n    name: P\n    unit: B\n");	/* 14 */
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_DUPLICATE_ID, 14, 5);
	assert_string_equal(f->message, "duplicate id '1.02.02': the program "
			    "at line 11 has the same code and unit 'B'");
}

/* Without a unit, elements of one code cannot be told apart. */
static void test_defaulted_unitless(void **state)
{
	const struct plan_findings *l = run(*state, RKPD
		"  - code: 1.02.02\n    name: P\n"		/* 8 */
		"  - code: 1.02.02\n    name: P\n    unit: B\n"	/* 10 */
		"  - code: 1.02.03\n    name: Q\n    unit: B\n"	/* 13 */
		"  - code: 1.02.03\n    name: Q\n");		/* 16 */

	assert_int_equal(plan_findings_count(l), 2);
	contains(at(l, 0, RULE_DUPLICATE_ID, 10, 5)->message,
		 "the program at line 8 has the same code and unit 'B'");
	contains(at(l, 1, RULE_DUPLICATE_ID, 16, 5)->message,
		 "no unit tells them apart");
	contains(plan_findings_get(l, 1)->hint, "`unit:`");
}

/* The document's unit.code is every element's effective unit. */
static void test_defaulted_document_unit(void **state)
{
	const struct plan_findings *l = run(*state,
		"plan: 1\nid: t/renja/2026\nkind: renja\nlevel: kota\n"
		"region: \"35.78\"\nunit: {code: U, name: D}\n"
		"period: {start: 2026, end: 2026}\nprograms:\n"
		"  - code: 2.16.03\n    name: P\n"
		"  - code: 2.16.03\n    name: P\n");		/* 11 */

	assert_int_equal(plan_findings_count(l), 1);
	contains(at(l, 0, RULE_DUPLICATE_ID, 11, 5)->message,
		 "same code and unit 'U'");
}

static void test_unresolved(void **state)
{
	const struct plan_findings *l = run(*state, HEAD MISI
		"  - code: 2.16.03\n    name: P\n"
		"    sasaran: [S1, S9, t/rpjmd/x#S1]\n");	/* 19 */
	const struct plan_finding *f;

	/* t/rpjmd/x#S1 is no element id: the schema reports its form. */
	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_REF_UNRESOLVED, 19, 19);
	assert_string_equal(f->message, "sasaran 'S9' is not in this document");
	contains(f->hint, "sasaran of this document");
}

static void test_wrong_kind(void **state)
{
	const struct plan_findings *l = run(*state, HEAD MISI
		"  - code: 2.16.03\n    name: P\n"
		"    sasaran:\n"
		"      - T1\n"				/* 20 */
		"      - M1\n"				/* 21 */
		"      - 2.16.04\n"			/* 22 */
		"  - code: 2.16.04\n    name: Q\n");
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 3);
	f = at(l, 0, RULE_REF_KIND, 20, 9);
	assert_string_equal(f->message, "'T1' is a tujuan, not a sasaran");
	assert_string_equal(f->hint, "name one of its sasaran, e.g. 'S1'");
	f = at(l, 1, RULE_REF_KIND, 21, 9);
	assert_string_equal(f->hint, "name a sasaran of this document");
	contains(at(l, 2, RULE_REF_KIND, 22, 9)->message, "is a program");
}

/* A code shared by elements of different units names no one of them. */
static void test_ambiguous(void **state)
{
	const struct plan_findings *l = run(*state, RKPD
		"  - code: 1.02.02\n    name: P\n    unit: A\n"
		"  - code: 1.02.02\n    name: P\n    unit: B\n"
		"  - code: 1.02.03\n    name: Q\n    sasaran: [1.02.02]\n");
	const struct plan_finding *f;

	assert_int_equal(plan_findings_count(l), 1);
	f = at(l, 0, RULE_REF_UNRESOLVED, 16, 15);
	assert_string_equal(f->message, "'1.02.02' is ambiguous: 2 elements "
			    "of different units have that code");
	contains(f->hint, "explicit `id:`");
}

/* A reference to a real duplicate takes the first (duplicate-id said
 * the rest): no cascade of ref findings. */
static void test_ref_to_duplicate(void **state)
{
	const struct plan_findings *l = run(*state, HEAD MISI
		"  - id: S1\n    code: 2.16.03\n    name: P\n"	/* 17 */
		"  - code: 2.16.04\n    name: Q\n    sasaran: [S1]\n");

	assert_int_equal(plan_findings_count(l), 1);
	at(l, 0, RULE_DUPLICATE_ID, 17, 5);
}

/* Odd shapes never crash: elements without ids, links that are not
 * strings, sasaran that is a mapping. */
static void test_odd_shapes(void **state)
{
	const struct plan_findings *l = run(*state, HEAD
		"programs:\n"
		"  - name: P\n    sasaran: [[x], {ref: S1}, ~]\n"
		"  - name: Q\n    sasaran: {a: b}\n"
		"  - 7\n");

	/* {ref: S1} is read as a reference; nothing is called S1. */
	assert_int_equal(plan_findings_count(l), 1);
	contains(plan_findings_get(l, 0)->message, "'S1'");
}

/* Thousands of elements: one pass through a hash table. */
static void test_many(void **state)
{
	enum { N = 30000 };
	size_t cap = N * 40 + 512, n;
	char *y = malloc(cap);
	const struct plan_findings *l;

	assert_non_null(y);
	n = (size_t)snprintf(y, cap, "%s", RKPD);
	for (int i = 0; i < N; i++)
		n += (size_t)snprintf(y + n, cap - n, "  - code: P%d\n"
				      "    name: P\n", i);
	snprintf(y + n, cap - n, "  - code: P77\n    name: P\n"
		 "    sasaran: [P%d]\n", N - 1);
	l = run(*state, y);
	free(y);
	assert_int_equal(plan_findings_count(l), 2);
	contains(plan_findings_get(l, 0)->message, "duplicate id 'P77'");
	contains(plan_findings_get(l, 1)->message, "is a program");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_clean), T(test_explicit_duplicate),
		T(test_explicit_vs_defaulted),
		T(test_defaulted_different_units),
		T(test_defaulted_same_unit), T(test_defaulted_unitless),
		T(test_defaulted_document_unit), T(test_unresolved),
		T(test_wrong_kind), T(test_ambiguous),
		T(test_ref_to_duplicate), T(test_odd_shapes), T(test_many),
	};
	return cmocka_run_group_tests_name("check_refs", tests, NULL, NULL);
}
