/* test_check_refs.c - duplicate-id, ref-unresolved, ref-kind
 * (lib/check_refs.c). */
#include <stdlib.h>

#include "testutil.h"

#include "check/check_priv.h"

static const struct plan_findings *run(struct tu_fx *fx, const char *yaml)
{
	return tu_check(fx, yaml, NULL, plan_check_ids_refs);
}

#define DUP(...) {.rule = RULE_DUPLICATE_ID, PLAN_SEV_ERROR, __VA_ARGS__}
#define UNRESOLVED(...) \
	{.rule = RULE_REF_UNRESOLVED, PLAN_SEV_ERROR, __VA_ARGS__}
#define KIND(...) {.rule = RULE_REF_KIND, PLAN_SEV_ERROR, __VA_ARGS__}

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
	tu_count(run(*state, HEAD MISI
		"  - code: 2.16.03\n    name: P\n    sasaran: [S1, S2]\n"
		"    kegiatan:\n      - code: 2.16.03.1.02\n        name: K\n"
		"  - code: 2.16.04\n    name: Q\n    sasaran: S2\n"), 0);
}

static void test_explicit_duplicate(void **state)
{
	TU_WANT(run(*state, HEAD "misi:\n  - id: M1\n    name: M\n"
		    "  - id: M1\n    name: N\n"),		/* 10 */
		DUP(10, 5, .msg = "duplicate id 'M1': the misi at line 8 "
		    "already has it", .hint = "id of its own"));
}

/* An explicit id equal to a defaulted one, in either order. */
static void test_explicit_vs_defaulted(void **state)
{
	TU_WANT(run(*state, HEAD MISI
		"  - code: S1\n    name: P\n"		/* 17 */
		"  - code: 2.16.03\n    name: Q\n"		/* 19 */
		"  - id: 2.16.03\n    code: 2.16.04\n    name: R\n"), /* 21 */
		DUP(17, 5, .part = "duplicate id 'S1': the sasaran at line 14"),
		DUP(21, 5, .part = "duplicate id '2.16.03': the program at "
		    "line 19"));
}

#define RKPD "plan: 1\nid: t/rkpd/2026\nkind: rkpd\nlevel: kabupaten\n" \
	     "region: \"35.15\"\nperiod: {start: 2026, end: 2026}\n" \
	     "programs:\n"				/* 7 */

/* Dinkes and RSUD both under 1.02.02: different units, no duplicate;
 * their kegiatan inherit the units. */
static void test_defaulted_different_units(void **state)
{
	tu_count(run(*state, RKPD "  - code: 1.02.02\n    name: P\n"
		"    unit: \"1.02.0.00.0.00.01.0000\"\n    kegiatan:\n"
		"      - code: 1.02.02.2.01\n        name: K\n"
		"  - code: 1.02.02\n    name: P\n"
		"    unit: \"1.02.0.00.0.00.02.0000\"\n    kegiatan:\n"
		"      - code: 1.02.02.2.01\n        name: K\n"), 0);
}

static void test_defaulted_same_unit(void **state)
{
	TU_WANT(run(*state, RKPD
		"  - code: 1.02.02\n    name: P\n    unit: A\n"	/* 8 */
		"  - code: 1.02.02\n    name: P\n    unit: B\n"	/* 11 */
		"  - code: 1.02.02\n    name: P\n    unit: B\n"),	/* 14 */
		DUP(14, 5, .msg = "duplicate id '1.02.02': the program at "
		    "line 11 has the same code and unit 'B'"));
}

/* Without a unit, elements of one code cannot be told apart. */
static void test_defaulted_unitless(void **state)
{
	TU_WANT(run(*state, RKPD
		"  - code: 1.02.02\n    name: P\n"		/* 8 */
		"  - code: 1.02.02\n    name: P\n    unit: B\n"	/* 10 */
		"  - code: 1.02.03\n    name: Q\n    unit: B\n"	/* 13 */
		"  - code: 1.02.03\n    name: Q\n"),		/* 16 */
		DUP(10, 5, .part = "the program at line 8 has the same code "
		    "and unit 'B'"),
		DUP(16, 5, .part = "no unit tells them apart",
		    .hint = "`unit:`"));
}

/* The document's unit.code is every element's effective unit. */
static void test_defaulted_document_unit(void **state)
{
	TU_WANT(run(*state,
		"plan: 1\nid: t/renja/2026\nkind: renja\nlevel: kota\n"
		"region: \"35.78\"\nunit: {code: U, name: D}\n"
		"period: {start: 2026, end: 2026}\nprograms:\n"
		"  - code: 2.16.03\n    name: P\n"
		"  - code: 2.16.03\n    name: P\n"),		/* 11 */
		DUP(11, 5, .part = "same code and unit 'U'"));
}

static void test_unresolved(void **state)
{
	/* t/rpjmd/x#S1 is no element id: the schema reports its form. */
	TU_WANT(run(*state, HEAD MISI "  - code: 2.16.03\n    name: P\n"
		"    sasaran: [S1, S9, t/rpjmd/x#S1]\n"),	/* 19 */
		UNRESOLVED(19, 19, .msg = "sasaran 'S9' is not in this "
			   "document", .hint = "sasaran of this document"));
}

static void test_wrong_kind(void **state)
{
	const struct plan_findings *l = run(*state, HEAD MISI
		"  - code: 2.16.03\n    name: P\n    sasaran:\n"
		"      - T1\n      - M1\n      - 2.16.04\n"	/* 20-22 */
		"  - code: 2.16.04\n    name: Q\n");

	TU_WANT(l, KIND(20, 9, .msg = "'T1' is a tujuan, not a sasaran",
			.hint = "name one of its sasaran, e.g. 'S1'"),
		KIND(21, 9, .hint = "name a sasaran of this document"),
		KIND(22, 9, .part = "is a program"));
	assert_string_equal(plan_findings_get(l, 1)->hint,
			    "name a sasaran of this document");
}

/* A code shared by elements of different units names no one of them. */
static void test_ambiguous(void **state)
{
	TU_WANT(run(*state, RKPD
		"  - code: 1.02.02\n    name: P\n    unit: A\n"
		"  - code: 1.02.02\n    name: P\n    unit: B\n"
		"  - code: 1.02.03\n    name: Q\n    sasaran: [1.02.02]\n"),
		UNRESOLVED(16, 15, .msg = "'1.02.02' is ambiguous: 2 elements "
			   "of different units have that code",
			   .hint = "explicit `id:`"));
}

/* A reference to a real duplicate takes the first (duplicate-id said
 * the rest): no cascade of ref findings. */
static void test_ref_to_duplicate(void **state)
{
	TU_WANT(run(*state, HEAD MISI
		"  - id: S1\n    code: 2.16.03\n    name: P\n"	/* 17 */
		"  - code: 2.16.04\n    name: Q\n    sasaran: [S1]\n"),
		DUP(17, 5));
}

/* Odd shapes never crash: elements without ids, links that are not
 * strings, sasaran that is a mapping.  {ref: S1} is read as a
 * reference; nothing is called S1. */
static void test_odd_shapes(void **state)
{
	TU_WANT(run(*state, HEAD "programs:\n"
		"  - name: P\n    sasaran: [[x], {ref: S1}, ~]\n"
		"  - name: Q\n    sasaran: {a: b}\n  - 7\n"),
		UNRESOLVED(9, 26, .part = "'S1'"));
}

/* Thousands of elements: one pass through a hash table. */
static void test_many(void **state)
{
	enum { N = 30000 };
	size_t cap = N * 40 + 512, n;
	char *y = malloc(cap);

	assert_non_null(y);
	n = (size_t)snprintf(y, cap, "%s", RKPD);
	for (int i = 0; i < N; i++)
		n += (size_t)snprintf(y + n, cap - n, "  - code: P%d\n"
				      "    name: P\n", i);
	snprintf(y + n, cap - n, "  - code: P77\n    name: P\n"
		 "    sasaran: [P%d]\n", N - 1);
	TU_WANT(run(*state, y), DUP(2 * N + 8, 5, .part = "duplicate id 'P77'"),
		KIND(2 * N + 10, 15, .part = "is a program"));
	free(y);
}

TU_MAIN("check_refs", tu_setup, tu_teardown,
	TU_TEST(test_clean),
	TU_TEST(test_explicit_duplicate),
	TU_TEST(test_explicit_vs_defaulted),
	TU_TEST(test_defaulted_different_units),
	TU_TEST(test_defaulted_same_unit),
	TU_TEST(test_defaulted_unitless),
	TU_TEST(test_defaulted_document_unit),
	TU_TEST(test_unresolved),
	TU_TEST(test_wrong_kind),
	TU_TEST(test_ambiguous),
	TU_TEST(test_ref_to_duplicate),
	TU_TEST(test_odd_shapes),
	TU_TEST(test_many))
