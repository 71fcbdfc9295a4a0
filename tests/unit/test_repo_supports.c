/* test_repo_supports.c - supports-level, supports-cycle and orphan
 * (lib/repo_supports.c), through a repository of small files in a
 * temporary directory. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "repo/repo.h"

/*
 * A document of programs: the header takes lines 1-6 whatever the level,
 * `programs:` line 7, and program i (0-based) lines 8 + 3i (its mapping
 * at column 5) to 10 + 3i, where its supports list starts at column 16.
 * progs alternate code and supports ("A, B" or NULL), ending with NULL.
 */
static void programs(struct tu_repo *r, const char *name, const char *id,
		     const char *kind, const char *level, const char *region,
		     int year, const char *const *progs)
{
	FILE *fp = tu_create(r->dir, name);
	int end = year + (strstr(kind, "rpjm") ? 4 : 0);

	fprintf(fp, "plan: 1\nid: %s\nkind: %s\nlevel: %s\n", id, kind, level);
	if (region)
		fprintf(fp, "region: \"%s\"\n", region);
	else
		fprintf(fp, "# nasional: no region\n");
	fprintf(fp, "period: {start: %d, end: %d}\nprograms:\n", year, end);
	for (size_t i = 0; progs[i]; i += 2) {
		fprintf(fp, "  - code: %s\n    name: Program %s\n", progs[i],
			progs[i]);
		if (progs[i + 1])
			fprintf(fp, "    supports: [%s]\n", progs[i + 1]);
		else
			fprintf(fp, "    # no supports\n");
	}
	assert_int_equal(fclose(fp), 0);
}

#define PROGS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* A finding of rule RULE_r with severity PLAN_SEV_sev in file fn at
 * line:col. */
#define AT(r, sev, fn, ...) \
	{.rule = RULE_##r, PLAN_SEV_##sev, __VA_ARGS__, .file = fn}

/* Every cross-document check of r.  These documents are about links:
 * their programs have no indicators, and indicator-missing would say so
 * every time. */
static const struct plan_findings *check(struct tu_repo *r)
{
	static struct plan_rule_config rc;
	plan_rule_config_init(&rc);
	rc.severity[RULE_INDICATOR_MISSING] = PLAN_SEV_OFF;
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT,
				   .config = &rc};
	return tu_repo_check(r, &o);
}

/* ---- supports-level ---- */

/* The conformance case: Surabaya supports Sidoarjo, a neighbour. */
static void test_level_neighbour(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35.15/rkpd/2026#2.16.03"));
	programs(r, "b.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	const struct plan_findings *f = check(r);

	TU_WANT(f, AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16,
		      .part = "'35.15/rkpd/2026#2.16.03'",
		      .element = "35.78/rkpd/2026#2.16.03",
		      .crumb = "Program 2.16.03"));
	tu_contains(plan_findings_get(f, 0)->message, "kabupaten");
}

/* Higher, but of another province. */
static void test_level_region(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "36/rkpd/2026#2.16.03"));
	programs(r, "b.yaml", "36/rkpd/2026", "rkpd", "provinsi", "36", 2026,
		 PROGS("2.16.03", NULL));
	TU_WANT(check(r),
		AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16,
		   .part = "region '36'", .hint = "'35.78'"));
}

/* A prefix must end at a dot: "3" is not above "35.78" (a malformed
 * code, but the comparison must not be fooled by it). */
static void test_level_dot_boundary(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "3/rkpd/2026#P"));
	programs(r, "b.yaml", "3/rkpd/2026", "rkpd", "provinsi", "3", 2026,
		 PROGS("P", NULL));
	static const enum plan_rule level = RULE_SUPPORTS_LEVEL;

	check(r);
	TU_WANT(tu_repo_pick(r, &level, 1),
		AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16,
		   .part = "region '3'"));
}

/* Down the levels, up the right way, and to nasional from anywhere. */
static void test_level_down_and_clean(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "id/rkp/2026", "rkp", "nasional", NULL, 2026,
		 PROGS("PN-1", NULL));
	programs(r, "b.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.03", "id/rkp/2026#PN-1",
		       "2.16.02", "35.78/rkpd/2026#2.16.03"));
	programs(r, "c.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35/rkpd/2026#2.16.03",
		       "2.20.02", "id/rkp/2026#PN-1"));
	TU_WANT(check(r),
		AT(SUPPORTS_LEVEL, ERROR, "b.yaml", 13, 16,
		   .part = "kota plan"));
}

/* A kecamatan's own region is its code, under its kabupaten/kota; a
 * nagari's is under its kecamatan. */
static void test_level_kecamatan_clean(void **state)
{
	struct tu_repo *r = *state;

	tu_write(r->dir, "a.yaml", "plan: 1\nid: 13.02.04.2001/rkpdes/2026\nkind: rkpdes\n"
		      "level: nagari\nregion: \"13.02.04.2001\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "bidang:\n  - code: \"2\"\n    name: Pembangunan\n"
		      "    sub_bidang:\n      - code: \"2.6\"\n        name: Kominfo\n"
		      "        kegiatan:\n          - code: \"2.6.05\"\n"
		      "            name: Menara BTS\n"
		      "            budget: {2026: 0}\n"
		      "            supports: [13.02.04/musrenbang/2026#U-07]\n");
	tu_write(r->dir, "b.yaml", "plan: 1\nid: 13.02.04/musrenbang/2026\nkind: musrenbang\n"
		      "level: kecamatan\nregion: \"13.02.04\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "proposals:\n  - id: U-07\n    name: Blankspot\n"
		      "    supports: [13.02/rkpd/2026#2.16.03]\n");
	programs(r, "c.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten", "13.02",
		 2026, PROGS("2.16.03", "13/rkpd/2026#2.16.03"));
	programs(r, "d.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13", 2026,
		 PROGS("2.16.03", "id/rkp/2026#PN-1"));
	/* id/rkp/2026 is not loaded */
	TU_WANT(check(r),
		AT(REF_EXTERNAL, INFO, "d.yaml", 10, 16));
}

/* Unresolved and external links are the ref-* rules' business. */
static void test_level_not_resolved(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35.15/rkpd/2026#9.99.99",
		       "2.16.02", "35.71/rkpd/2026#2.16.02"));
	programs(r, "b.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	TU_WANT(check(r),
		AT(REF_UNRESOLVED, ERROR, "a.yaml", 10, 16),
		AT(REF_EXTERNAL, INFO, "a.yaml", 13, 16));
}

/* ---- supports-cycle ---- */

static void test_cycle_two(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35/rkpd/2026#2.16.03"));
	programs(r, "b.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.03", "35.78/rkpd/2026#2.16.03"));
	TU_WANT(check(r),
		AT(SUPPORTS_CYCLE, ERROR, "a.yaml", 10, 16,
		   .part = "2 elements"),
		AT(SUPPORTS_LEVEL, ERROR, "b.yaml", 10, 16));
}

static void test_cycle_self(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35.78/rkpd/2026#2.16.03"));
	TU_WANT(check(r),
		AT(SUPPORTS_CYCLE, ERROR, "a.yaml", 10, 16),
		AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16));
}

/* The DFS enters the circle at c.yaml (from a.yaml), but the finding is
 * at the element that comes first, in b.yaml, at its link that stays in
 * the circle. */
static void test_cycle_first_element(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35.71/rkpd/2026#2.16.03"));
	programs(r, "b.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.01", NULL,
		       "2.16.03", "id/rkp/2026#PN-1, 35.71/rkpd/2026#2.16.03"));
	programs(r, "c.yaml", "35.71/rkpd/2026", "rkpd", "kota", "35.71", 2026,
		 PROGS("2.16.03", "35/rkpd/2026#2.16.03"));
	programs(r, "d.yaml", "id/rkp/2026", "rkp", "nasional", NULL, 2026,
		 PROGS("PN-1", NULL));
	/* 2.16.01 of the province: an orphan, with a national plan loaded */
	TU_WANT(check(r),
		AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16),
		AT(ORPHAN, WARNING, "b.yaml", 8, 5),
		AT(SUPPORTS_CYCLE, ERROR, "b.yaml", 13, 34),
		AT(SUPPORTS_LEVEL, ERROR, "b.yaml", 13, 34));
}

static void test_cycle_two_circles(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.01", "35.78/rkpd/2026#2.16.02",
		       "2.16.02", "35.78/rkpd/2026#2.16.01",
		       "2.16.03", "35.78/rkpd/2026#2.16.04",
		       "2.16.04", "35.78/rkpd/2026#2.16.05",
		       "2.16.05", "35.78/rkpd/2026#2.16.03",
		       "2.16.06", "35.78/rkpd/2026#2.16.01"));
	static const enum plan_rule cycle = RULE_SUPPORTS_CYCLE;
	const struct plan_findings *f = check(r);

	tu_count(f, 8);
	assert_int_equal(tu_count_rule(f, RULE_SUPPORTS_LEVEL), 6);
	TU_WANT(tu_repo_pick(r, &cycle, 1),
		AT(SUPPORTS_CYCLE, ERROR, "a.yaml", 10, 16),
		AT(SUPPORTS_CYCLE, ERROR, "a.yaml", 16, 16));
}

/* A circle of 200000 elements: no recursion. */
static void test_cycle_long(void **state)
{
	enum { N = 200000 };
	struct tu_repo *r = *state;
	FILE *fp = tu_create(r->dir, "a.yaml");


	fputs("plan: 1\nid: t/rkp/2026\nkind: rkp\nlevel: nasional\n"
	      "period: {start: 2026, end: 2026}\nprograms:\n", fp);
	for (int i = 0; i < N; i++)
		fprintf(fp, "  - {code: P%d, name: P, supports: [t/rkp/2026#P%d]}\n",
			i, (i + 1) % N);
	assert_int_equal(fclose(fp), 0);
	const struct plan_findings *f = check(r);
	tu_count(f, N + 1);
	tu_expect(f, 0, RULE_SUPPORTS_CYCLE, 7, 36, PLAN_SEV_ERROR);
	tu_contains(plan_findings_get(f, 0)->message, "200000 elements");
}

/* ---- orphan ---- */

static void test_orphan_program(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.03", NULL));
	programs(r, "b.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.02", NULL, "2.16.03", "35/rkpd/2026#2.16.03"));
	programs(r, "c.yaml", "35.78/rpjmd/2025-2029", "rpjmd", "kota", "35.78",
		 2025, PROGS("2.16.02", NULL));
	/* unit plans align through parents, and are never orphans */
	tu_write(r->dir, "d.yaml", "plan: 1\nid: 35.78/renja-x/2026\nkind: renja\n"
		      "level: kota\nregion: \"35.78\"\n"
		      "unit: {code: \"2.16.2.20.2.21.01.0000\", name: Diskominfo}\n"
		      "period: {start: 2026, end: 2026}\n"
		      "programs:\n  - code: 2.16.02\n    name: P\n");
	TU_WANT(check(r),
		AT(ORPHAN, WARNING, "b.yaml", 8, 5, .part = "program '2.16.02'",
		   .hint = "'35/rkpd/2026'",
		   .element = "35.78/rkpd/2026#2.16.02"),
		AT(ORPHAN, WARNING, "c.yaml", 8, 5));
}

/* No plan above (a neighbour is not above): nothing to support. */
static void test_orphan_needs_a_higher_plan(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	programs(r, "b.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.02", NULL));
	programs(r, "c.yaml", "36/rkpd/2026", "rkpd", "provinsi", "36", 2026,
		 PROGS("2.16.02", NULL));
	tu_count(check(r), 0);
}

/* Any national plan is above everyone; a link that cannot be checked is
 * still a link. */
static void test_orphan_national(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "id/rpjmn/2025-2029", "rpjmn", "nasional", NULL,
		 2025, PROGS("PN-1", NULL));
	programs(r, "b.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.02", NULL, "2.16.03", "id/rkp/2026#PN-1"));
	TU_WANT(check(r),
		AT(ORPHAN, WARNING, "b.yaml", 8, 5,
		   .hint = "'id/rpjmn/2025-2029'"),
		AT(REF_EXTERNAL, INFO, "b.yaml", 13, 16));
}

static void test_orphan_village(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	tu_write(r->dir, "b.yaml", "plan: 1\nid: 35.15.07.2001/rkpdes/2026\nkind: rkpdes\n"
		      "level: desa\nregion: \"35.15.07.2001\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "bidang:\n"
		      "  - code: \"2\"\n"
		      "    name: Pembangunan\n"
		      "    sub_bidang:\n"
		      "      - code: \"2.6\"\n"
		      "        name: Kominfo\n"
		      "        kegiatan:\n"
		      "          - {code: \"2.6.01\", name: A, budget: {2026: 0}}\n"
		      "          - {code: \"2.6.02\", name: B}\n"
		      "          - {code: \"2.6.03\", name: C, budget: {2026: 5000000}}\n"
		      "          - {code: \"2.6.04\", name: D, budget: {2026: 0},"
		      " supports: [35.15/rkpd/2026#2.16.03]}\n");
	TU_WANT(check(r),
		AT(ORPHAN, WARNING, "b.yaml", 14, 13,
		   .part = "kegiatan '2.6.01'"),
		AT(ORPHAN, WARNING, "b.yaml", 15, 13));
}

static void test_orphan_proposal(void **state)
{
	struct tu_repo *r = *state;

	programs(r, "a.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	tu_write(r->dir, "b.yaml", "plan: 1\nid: 35.15.07/musrenbang/2026\nkind: musrenbang\n"
		      "level: kecamatan\nregion: \"35.15.07\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "proposals:\n"
		      "  - id: U-01\n    name: Jalan\n"
		      "    supports: [35.15/rkpd/2026#2.16.03]\n"
		      "  - id: U-02\n    name: Jembatan\n");
	/* the kabupaten's own musrenbang has nothing above it loaded */
	tu_write(r->dir, "c.yaml", "plan: 1\nid: 35.15/musrenbang/2026\nkind: musrenbang\n"
		      "level: kabupaten\nregion: \"35.15\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "proposals:\n  - id: U-01\n    name: Jalan\n");
	TU_WANT(check(r),
		AT(ORPHAN, WARNING, "b.yaml", 11, 5, .part = "usulan 'U-02'"));
}

TU_MAIN("repo_supports", tu_repo_setup, tu_repo_teardown,
	TU_TEST(test_level_neighbour),
	TU_TEST(test_level_region),
	TU_TEST(test_level_dot_boundary),
	TU_TEST(test_level_down_and_clean),
	TU_TEST(test_level_kecamatan_clean),
	TU_TEST(test_level_not_resolved),
	TU_TEST(test_cycle_two),
	TU_TEST(test_cycle_self),
	TU_TEST(test_cycle_first_element),
	TU_TEST(test_cycle_two_circles),
	TU_TEST(test_cycle_long),
	TU_TEST(test_orphan_program),
	TU_TEST(test_orphan_needs_a_higher_plan),
	TU_TEST(test_orphan_national),
	TU_TEST(test_orphan_village),
	TU_TEST(test_orphan_proposal))
