/* test_repo_supports.c - supports-level, supports-cycle and orphan
 * (lib/repo_supports.c), through a repository of small files in a
 * temporary directory. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "repo/repo.h"

static char dir[64];
static char *files[16];
static size_t nfiles;
static struct plan_repo *repo;
static struct plan_findings *found;

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/test_repo_supports.XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < nfiles; i++) {
		unlink(files[i]);
		free(files[i]);
	}
	nfiles = 0;
	plan_findings_free(found);
	plan_repo_free(repo);
	found = NULL;
	repo = NULL;
	return rmdir(dir);
}

static FILE *create(const char *name)
{
	char path[128];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	assert_true(nfiles < sizeof files / sizeof *files);
	files[nfiles++] = strdup(path);
	return fp;
}

static void put(const char *name, const char *yaml)
{
	FILE *fp = create(name);
	fputs(yaml, fp);
	assert_int_equal(fclose(fp), 0);
}

/*
 * A document of programs: the header takes lines 1-6 whatever the level,
 * `programs:` line 7, and program i (0-based) lines 8 + 3i (its mapping
 * at column 5) to 10 + 3i, where its supports list starts at column 16.
 * progs alternate code and supports ("A, B" or NULL), ending with NULL.
 */
static void programs(const char *name, const char *id, const char *kind,
		     const char *level, const char *region, int year,
		     const char *const *progs)
{
	FILE *fp = create(name);
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

static const struct plan_findings *check(void)
{
	/* these documents are about links: their programs have no
	 * indicators, and indicator-missing would say so every time */
	static struct plan_rule_config rc;
	plan_rule_config_init(&rc);
	rc.severity[RULE_INDICATOR_MISSING] = PLAN_SEV_OFF;
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT,
				   .config = &rc};
	char *paths[] = {dir};

	repo = plan_repo_new(&o);
	found = plan_findings_new(&rc);
	plan_repo_load(repo, paths, 1, found);
	assert_int_equal(plan_repo_trouble_count(repo), 0);
	plan_repo_check(repo, found);
	plan_findings_sort(found);
	return found;
}

static void dump(const struct plan_findings *f)
{
	for (size_t i = 0; i < plan_findings_count(f) && i < 20; i++) {
		const struct plan_finding *x = plan_findings_get(f, i);
		print_message("  %s:%u:%u %s %s: %s\n", x->file, x->line,
			      x->column, plan_severity_name(x->severity),
			      plan_rule_info(x->rule)->name, x->message);
	}
}

static void count(const struct plan_findings *f, size_t n)
{
	if (plan_findings_count(f) != n) {
		dump(f);
		fail_msg("%zu findings, expected %zu", plan_findings_count(f),
			 n);
	}
}

static bool ends_with(const char *s, const char *tail)
{
	size_t a = strlen(s), b = strlen(tail);
	return a >= b && !strcmp(s + a - b, tail);
}

static const struct plan_finding *expect(const struct plan_findings *f,
					 size_t i, enum plan_rule rule,
					 enum plan_severity sev,
					 const char *file, unsigned line,
					 unsigned col)
{
	const struct plan_finding *x;

	assert_true(i < plan_findings_count(f));
	x = plan_findings_get(f, i);
	if (x->rule != rule || !ends_with(x->file, file) || x->line != line ||
	    x->column != col || x->severity != sev) {
		dump(f);
		fail_msg("finding %zu is not %s %s at %s:%u:%u", i,
			 plan_severity_name(sev), plan_rule_info(rule)->name,
			 file, line, col);
	}
	return x;
}

#define E PLAN_SEV_ERROR
#define W PLAN_SEV_WARNING

static void contains(const char *s, const char *part)
{
	assert_non_null(s);
	if (!strstr(s, part))
		fail_msg("'%s' does not contain '%s'", s, part);
}

/* ---- supports-level ---- */

/* The conformance case: Surabaya supports Sidoarjo, a neighbour. */
static void test_level_neighbour(void **state)
{
	(void)state;
	programs("a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35.15/rkpd/2026#2.16.03"));
	programs("b.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_SUPPORTS_LEVEL, E, "/a.yaml", 10, 16);
	contains(x->message, "'35.15/rkpd/2026#2.16.03'");
	contains(x->message, "kabupaten");
	assert_string_equal(x->element, "35.78/rkpd/2026#2.16.03");
	assert_string_equal(x->breadcrumb, "Program 2.16.03");
}

/* Higher, but of another province. */
static void test_level_region(void **state)
{
	(void)state;
	programs("a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "36/rkpd/2026#2.16.03"));
	programs("b.yaml", "36/rkpd/2026", "rkpd", "provinsi", "36", 2026,
		 PROGS("2.16.03", NULL));
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_SUPPORTS_LEVEL, E, "/a.yaml", 10, 16);
	contains(x->message, "region '36'");
	contains(x->hint, "'35.78'");
}

/* A prefix must end at a dot: "3" is not above "35.78" (a malformed
 * code, but the comparison must not be fooled by it). */
static void test_level_dot_boundary(void **state)
{
	(void)state;
	programs("a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "3/rkpd/2026#P"));
	programs("b.yaml", "3/rkpd/2026", "rkpd", "provinsi", "3", 2026,
		 PROGS("P", NULL));
	const struct plan_findings *f = check();
	size_t n = 0;
	for (size_t i = 0; i < plan_findings_count(f); i++) {
		const struct plan_finding *x = plan_findings_get(f, i);
		if (x->rule != RULE_SUPPORTS_LEVEL)
			continue;
		assert_true(ends_with(x->file, "/a.yaml"));
		contains(x->message, "region '3'");
		n++;
	}
	assert_int_equal(n, 1);
}

/* Down the levels, up the right way, and to nasional from anywhere. */
static void test_level_down_and_clean(void **state)
{
	(void)state;
	programs("a.yaml", "id/rkp/2026", "rkp", "nasional", NULL, 2026,
		 PROGS("PN-1", NULL));
	programs("b.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.03", "id/rkp/2026#PN-1",
		       "2.16.02", "35.78/rkpd/2026#2.16.03"));
	programs("c.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35/rkpd/2026#2.16.03",
		       "2.20.02", "id/rkp/2026#PN-1"));
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_SUPPORTS_LEVEL, E, "/b.yaml", 13, 16);
	contains(x->message, "kota plan");
}

/* A kecamatan's own region is its code, under its kabupaten/kota; a
 * nagari's is under its kecamatan. */
static void test_level_kecamatan_clean(void **state)
{
	(void)state;
	put("a.yaml", "plan: 1\nid: 13.02.04.2001/rkpdes/2026\nkind: rkpdes\n"
		      "level: nagari\nregion: \"13.02.04.2001\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "bidang:\n  - code: \"2\"\n    name: Pembangunan\n"
		      "    sub_bidang:\n      - code: \"2.6\"\n        name: Kominfo\n"
		      "        kegiatan:\n          - code: \"2.6.05\"\n"
		      "            name: Menara BTS\n"
		      "            budget: {2026: 0}\n"
		      "            supports: [13.02.04/musrenbang/2026#U-07]\n");
	put("b.yaml", "plan: 1\nid: 13.02.04/musrenbang/2026\nkind: musrenbang\n"
		      "level: kecamatan\nregion: \"13.02.04\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "proposals:\n  - id: U-07\n    name: Blankspot\n"
		      "    supports: [13.02/rkpd/2026#2.16.03]\n");
	programs("c.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten", "13.02",
		 2026, PROGS("2.16.03", "13/rkpd/2026#2.16.03"));
	programs("d.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13", 2026,
		 PROGS("2.16.03", "id/rkp/2026#PN-1"));
	const struct plan_findings *f = check();
	count(f, 1);	/* id/rkp/2026 is not loaded */
	assert_int_equal(plan_findings_get(f, 0)->rule, RULE_REF_EXTERNAL);
}

/* Unresolved and external links are the ref-* rules' business. */
static void test_level_not_resolved(void **state)
{
	(void)state;
	programs("a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35.15/rkpd/2026#9.99.99",
		       "2.16.02", "35.71/rkpd/2026#2.16.02"));
	programs("b.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	const struct plan_findings *f = check();
	count(f, 2);
	expect(f, 0, RULE_REF_UNRESOLVED, E, "/a.yaml", 10, 16);
	expect(f, 1, RULE_REF_EXTERNAL, PLAN_SEV_INFO, "/a.yaml", 13, 16);
}

/* ---- supports-cycle ---- */

static void test_cycle_two(void **state)
{
	(void)state;
	programs("a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35/rkpd/2026#2.16.03"));
	programs("b.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.03", "35.78/rkpd/2026#2.16.03"));
	const struct plan_findings *f = check();
	count(f, 2);
	const struct plan_finding *x =
		expect(f, 0, RULE_SUPPORTS_CYCLE, E, "/a.yaml", 10, 16);
	contains(x->message, "2 elements");
	expect(f, 1, RULE_SUPPORTS_LEVEL, E, "/b.yaml", 10, 16);
}

static void test_cycle_self(void **state)
{
	(void)state;
	programs("a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35.78/rkpd/2026#2.16.03"));
	const struct plan_findings *f = check();
	count(f, 2);
	expect(f, 0, RULE_SUPPORTS_CYCLE, E, "/a.yaml", 10, 16);
	expect(f, 1, RULE_SUPPORTS_LEVEL, E, "/a.yaml", 10, 16);
}

/* The DFS enters the circle at c.yaml (from a.yaml), but the finding is
 * at the element that comes first, in b.yaml, at its link that stays in
 * the circle. */
static void test_cycle_first_element(void **state)
{
	(void)state;
	programs("a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.03", "35.71/rkpd/2026#2.16.03"));
	programs("b.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.01", NULL,
		       "2.16.03", "id/rkp/2026#PN-1, 35.71/rkpd/2026#2.16.03"));
	programs("c.yaml", "35.71/rkpd/2026", "rkpd", "kota", "35.71", 2026,
		 PROGS("2.16.03", "35/rkpd/2026#2.16.03"));
	programs("d.yaml", "id/rkp/2026", "rkp", "nasional", NULL, 2026,
		 PROGS("PN-1", NULL));
	const struct plan_findings *f = check();
	count(f, 4);
	expect(f, 0, RULE_SUPPORTS_LEVEL, E, "/a.yaml", 10, 16);
	/* 2.16.01 of the province: an orphan, with a national plan loaded */
	expect(f, 1, RULE_ORPHAN, W, "/b.yaml", 8, 5);
	expect(f, 2, RULE_SUPPORTS_CYCLE, E, "/b.yaml", 13, 34);
	expect(f, 3, RULE_SUPPORTS_LEVEL, E, "/b.yaml", 13, 34);
}

static void test_cycle_two_circles(void **state)
{
	(void)state;
	programs("a.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.01", "35.78/rkpd/2026#2.16.02",
		       "2.16.02", "35.78/rkpd/2026#2.16.01",
		       "2.16.03", "35.78/rkpd/2026#2.16.04",
		       "2.16.04", "35.78/rkpd/2026#2.16.05",
		       "2.16.05", "35.78/rkpd/2026#2.16.03",
		       "2.16.06", "35.78/rkpd/2026#2.16.01"));
	const struct plan_findings *f = check();
	size_t cycles = 0, levels = 0;
	for (size_t i = 0; i < plan_findings_count(f); i++) {
		const struct plan_finding *x = plan_findings_get(f, i);
		if (x->rule == RULE_SUPPORTS_CYCLE) {
			assert_int_equal(x->line, cycles ? 16 : 10);
			cycles++;
		} else {
			assert_int_equal(x->rule, RULE_SUPPORTS_LEVEL);
			levels++;
		}
	}
	assert_int_equal(cycles, 2);
	assert_int_equal(levels, 6);
}

/* A circle of 200000 elements: no recursion, and linear time. */
static void test_cycle_long(void **state)
{
	enum { N = 200000 };
	FILE *fp = create("a.yaml");
	(void)state;

	fputs("plan: 1\nid: t/rkp/2026\nkind: rkp\nlevel: nasional\n"
	      "period: {start: 2026, end: 2026}\nprograms:\n", fp);
	for (int i = 0; i < N; i++)
		fprintf(fp, "  - {code: P%d, name: P, supports: [t/rkp/2026#P%d]}\n",
			i, (i + 1) % N);
	assert_int_equal(fclose(fp), 0);
	clock_t t0 = clock();
	const struct plan_findings *f = check();
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	count(f, N + 1);
	expect(f, 0, RULE_SUPPORTS_CYCLE, E, "/a.yaml", 7, 36);
	contains(plan_findings_get(f, 0)->message, "200000 elements");
	assert_true(secs < 30);
}

/* ---- orphan ---- */

static void test_orphan_program(void **state)
{
	(void)state;
	programs("a.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.03", NULL));
	programs("b.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.02", NULL, "2.16.03", "35/rkpd/2026#2.16.03"));
	programs("c.yaml", "35.78/rpjmd/2025-2029", "rpjmd", "kota", "35.78",
		 2025, PROGS("2.16.02", NULL));
	/* unit plans align through parents, and are never orphans */
	put("d.yaml", "plan: 1\nid: 35.78/renja-x/2026\nkind: renja\n"
		      "level: kota\nregion: \"35.78\"\n"
		      "unit: {code: \"2.16.2.20.2.21.01.0000\", name: Diskominfo}\n"
		      "period: {start: 2026, end: 2026}\n"
		      "programs:\n  - code: 2.16.02\n    name: P\n");
	const struct plan_findings *f = check();
	count(f, 2);
	const struct plan_finding *x =
		expect(f, 0, RULE_ORPHAN, W, "/b.yaml", 8, 5);
	contains(x->message, "program '2.16.02'");
	contains(x->hint, "'35/rkpd/2026'");
	assert_string_equal(x->element, "35.78/rkpd/2026#2.16.02");
	expect(f, 1, RULE_ORPHAN, W, "/c.yaml", 8, 5);
}

/* No plan above (a neighbour is not above): nothing to support. */
static void test_orphan_needs_a_higher_plan(void **state)
{
	(void)state;
	programs("a.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	programs("b.yaml", "35.78/rkpd/2026", "rkpd", "kota", "35.78", 2026,
		 PROGS("2.16.02", NULL));
	programs("c.yaml", "36/rkpd/2026", "rkpd", "provinsi", "36", 2026,
		 PROGS("2.16.02", NULL));
	const struct plan_findings *f = check();
	count(f, 0);
}

/* Any national plan is above everyone; a link that cannot be checked is
 * still a link. */
static void test_orphan_national(void **state)
{
	(void)state;
	programs("a.yaml", "id/rpjmn/2025-2029", "rpjmn", "nasional", NULL,
		 2025, PROGS("PN-1", NULL));
	programs("b.yaml", "35/rkpd/2026", "rkpd", "provinsi", "35", 2026,
		 PROGS("2.16.02", NULL, "2.16.03", "id/rkp/2026#PN-1"));
	const struct plan_findings *f = check();
	count(f, 2);
	const struct plan_finding *x =
		expect(f, 0, RULE_ORPHAN, W, "/b.yaml", 8, 5);
	contains(x->hint, "'id/rpjmn/2025-2029'");
	expect(f, 1, RULE_REF_EXTERNAL, PLAN_SEV_INFO, "/b.yaml", 13, 16);
}

static void test_orphan_village(void **state)
{
	(void)state;
	programs("a.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	put("b.yaml", "plan: 1\nid: 35.15.07.2001/rkpdes/2026\nkind: rkpdes\n"
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
	const struct plan_findings *f = check();
	count(f, 2);
	const struct plan_finding *x =
		expect(f, 0, RULE_ORPHAN, W, "/b.yaml", 14, 13);
	contains(x->message, "kegiatan '2.6.01'");
	expect(f, 1, RULE_ORPHAN, W, "/b.yaml", 15, 13);
}

static void test_orphan_proposal(void **state)
{
	(void)state;
	programs("a.yaml", "35.15/rkpd/2026", "rkpd", "kabupaten", "35.15",
		 2026, PROGS("2.16.03", NULL));
	put("b.yaml", "plan: 1\nid: 35.15.07/musrenbang/2026\nkind: musrenbang\n"
		      "level: kecamatan\nregion: \"35.15.07\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "proposals:\n"
		      "  - id: U-01\n    name: Jalan\n"
		      "    supports: [35.15/rkpd/2026#2.16.03]\n"
		      "  - id: U-02\n    name: Jembatan\n");
	/* the kabupaten's own musrenbang has nothing above it loaded */
	put("c.yaml", "plan: 1\nid: 35.15/musrenbang/2026\nkind: musrenbang\n"
		      "level: kabupaten\nregion: \"35.15\"\n"
		      "period: {start: 2026, end: 2026}\n"
		      "proposals:\n  - id: U-01\n    name: Jalan\n");
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_ORPHAN, W, "/b.yaml", 11, 5);
	contains(x->message, "usulan 'U-02'");
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_level_neighbour),
		T(test_level_region),
		T(test_level_dot_boundary),
		T(test_level_down_and_clean),
		T(test_level_kecamatan_clean),
		T(test_level_not_resolved),
		T(test_cycle_two),
		T(test_cycle_self),
		T(test_cycle_first_element),
		T(test_cycle_two_circles),
		T(test_cycle_long),
		T(test_orphan_program),
		T(test_orphan_needs_a_higher_plan),
		T(test_orphan_national),
		T(test_orphan_village),
		T(test_orphan_proposal),
	};
	return cmocka_run_group_tests_name("repo_supports", tests, NULL, NULL);
}
