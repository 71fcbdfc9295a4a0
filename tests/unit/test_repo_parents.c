/* test_repo_parents.c - parent-kind, parent-region, parent-period and the
 * parent parts of schedule (lib/repo_parents.c), through a repository of
 * small files in a temporary directory. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "repo/repo.h"

/* A document header.  Every document takes the same lines, so positions
 * are fixed: `adopted` is at 8:10, the parents entries from 10:5 on. */
struct doc {
	const char *file, *id, *kind, *level, *region;
	int start, end;
	const char *unit, *adopted;
	const char *parents[3];
};

static char dir[64];
static char *files[16];
static size_t nfiles;
static struct plan_repo *repo;
static struct plan_findings *found;

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/test_repo_parents.XXXXXX");
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

static void put(const struct doc *d)
{
	char path[128];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, d->file);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fprintf(fp, "plan: 1\nid: %s\nkind: %s\nlevel: %s\n", d->id, d->kind,
		d->level);
	if (d->region)
		fprintf(fp, "region: \"%s\"\n", d->region);
	else
		fprintf(fp, "# nasional: no region\n");
	fprintf(fp, "period: {start: %d, end: %d}\n", d->start, d->end);
	if (d->unit)
		fprintf(fp, "unit: {code: \"%s\", name: Unit}\n", d->unit);
	else
		fprintf(fp, "# no unit\n");
	if (d->adopted)
		fprintf(fp, "adopted: %s\n", d->adopted);
	else
		fprintf(fp, "# not adopted\n");
	fprintf(fp, "parents:\n");
	for (size_t i = 0; i < 3 && d->parents[i]; i++)
		fprintf(fp, "  - %s\n", d->parents[i]);
	assert_int_equal(fclose(fp), 0);
	assert_true(nfiles < sizeof files / sizeof *files);
	files[nfiles++] = strdup(path);
}

/* Load and check the directory; the findings, sorted. */
static const struct plan_findings *check(void)
{
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT};
	char *paths[] = {dir};

	repo = plan_repo_new(&o);
	found = plan_findings_new(NULL);
	plan_repo_load(repo, paths, 1, found);
	assert_int_equal(plan_repo_trouble_count(repo), 0);
	plan_repo_check(repo, found);
	plan_findings_sort(found);
	return found;
}

static void dump(const struct plan_findings *f)
{
	for (size_t i = 0; i < plan_findings_count(f); i++) {
		const struct plan_finding *x = plan_findings_get(f, i);
		print_message("  %s:%u:%u %s %s: %s\n", x->file, x->line,
			      x->column, plan_severity_name(x->severity),
			      plan_rule_info(x->rule)->name, x->message);
	}
}

/* Exactly n findings. */
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
					 const char *file, unsigned line,
					 unsigned col)
{
	const struct plan_finding *x;

	assert_true(i < plan_findings_count(f));
	x = plan_findings_get(f, i);
	if (x->rule != rule || !ends_with(x->file, file) || x->line != line ||
	    x->column != col || x->severity != PLAN_SEV_ERROR) {
		dump(f);
		fail_msg("finding %zu is not %s at %s:%u:%u", i,
			 plan_rule_info(rule)->name, file, line, col);
	}
	return x;
}

static void contains(const char *s, const char *part)
{
	assert_non_null(s);
	if (!strstr(s, part))
		fail_msg("'%s' does not contain '%s'", s, part);
}

#define UNIT_A "2.16.2.20.2.21.01.0000"
#define UNIT_B "1.02.0.00.0.00.01.0000"

/* ---- parent-kind ---- */

static void test_kind_fires(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
			  2026, 2026, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13/renstra-x/2025-2029", "renstra",
			  "provinsi", "13", 2025, 2029, UNIT_A, NULL,
			  {"13/rkpd/2026"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_KIND, "/b.yaml", 10, 5);
	contains(x->message, "'13/rkpd/2026'");
	contains(x->message, "'rkpd'");
	contains(x->hint, "rpjmd (same region)");
	assert_string_equal(x->element, "13/renstra-x/2025-2029");
}

static void test_kind_rpjpn_names_nothing(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "id/rpjpn/2025-2045", "rpjpn", "nasional",
			  NULL, 2025, 2045, NULL, NULL, {"id/rpjmn/2025-2029"}});
	put(&(struct doc){"b.yaml", "id/rpjmn/2025-2029", "rpjmn", "nasional",
			  NULL, 2025, 2029, NULL, NULL, {"id/rpjpn/2025-2045"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_KIND, "/a.yaml", 10, 5);
	contains(x->hint, "no other plan");
}

static void test_kind_clean_table(void **state)
{
	(void)state;
	put(&(struct doc){"1.yaml", "id/rpjpn/2025-2045", "rpjpn", "nasional",
			  NULL, 2025, 2045, NULL, NULL, {NULL}});
	put(&(struct doc){"2.yaml", "id/rpjmn/2025-2029", "rpjmn", "nasional",
			  NULL, 2025, 2029, NULL, NULL, {"id/rpjpn/2025-2045"}});
	put(&(struct doc){"3.yaml", "id/rkp/2026", "rkp", "nasional", NULL,
			  2026, 2026, NULL, NULL, {"id/rpjmn/2025-2029"}});
	put(&(struct doc){"4.yaml", "id/renstra-kl/2025-2029", "renstra-kl",
			  "nasional", NULL, 2025, 2029, "Kemkomdigi", NULL,
			  {"id/rpjmn/2025-2029"}});
	put(&(struct doc){"5.yaml", "id/renja-kl/2026", "renja-kl",
			  "nasional", NULL, 2026, 2026, "Kemkomdigi", NULL,
			  {"id/rkp/2026", "id/renstra-kl/2025-2029"}});
	put(&(struct doc){"6.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
			  "13", 2025, 2029, NULL, NULL, {"id/rpjmn/2025-2029"}});
	put(&(struct doc){"7.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
			  2026, 2026, NULL, NULL,
			  {"13/rpjmd/2025-2029", "id/rkp/2026"}});
	put(&(struct doc){"8.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten",
			  "13.02", 2026, 2026, NULL, NULL, {"13/rkpd/2026"}});
	const struct plan_findings *f = check();
	count(f, 0);
}

static void test_unloaded_parent(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/renstra-x/2025-2029", "renstra",
			  "provinsi", "13", 2025, 2029, UNIT_A, NULL,
			  {"13/rpjmd/2025-2029"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x = plan_findings_get(f, 0);
	assert_int_equal(x->rule, RULE_REF_EXTERNAL);
	assert_int_equal(x->severity, PLAN_SEV_INFO);
}

/* ---- parent-region ---- */

static void test_region_same(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13.02/rpjmd/2025-2029", "rpjmd",
			  "kabupaten", "13.02", 2025, 2029, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13.71/rkpd/2026", "rkpd", "kota", "13.71",
			  2026, 2026, NULL, NULL, {"13.02/rpjmd/2025-2029"}});
	put(&(struct doc){"c.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten",
			  "13.02", 2026, 2026, NULL, NULL,
			  {"13.02/rpjmd/2025-2029"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_REGION, "/b.yaml", 10, 5);
	contains(x->message, "'13.02'");
	contains(x->message, "'13.71'");
	contains(x->hint, "name the rpjmd of region '13.71'");
}

static void test_region_ancestor(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
			  "13", 2025, 2029, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13.71/rpjmd/2025-2029", "rpjmd", "kota",
			  "13.71", 2025, 2029, NULL, NULL,
			  {"13/rpjmd/2025-2029"}});
	/* a neighbour, and itself: neither is an ancestor */
	put(&(struct doc){"c.yaml", "13.02/rpjmd/2025-2029", "rpjmd",
			  "kabupaten", "13.02", 2025, 2029, NULL, NULL,
			  {"13.71/rpjmd/2025-2029", "13.02/rpjmd/2025-2029"}});
	const struct plan_findings *f = check();
	count(f, 2);
	expect(f, 0, RULE_PARENT_REGION, "/c.yaml", 10, 5);
	const struct plan_finding *x =
		expect(f, 1, RULE_PARENT_REGION, "/c.yaml", 11, 5);
	contains(x->hint, "'13'");
}

/* A prefix that does not end at a `.` is no ancestor: "1" is not above
 * "13" (a malformed code, but the comparison must not be fooled). */
static void test_region_dot_boundary(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "x/rpjpd/1", "rpjpd", "provinsi", "1",
			  2005, 2025, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "x/rpjpd/2", "rpjpd", "provinsi", "13",
			  2005, 2025, NULL, NULL, {"x/rpjpd/1"}});
	const struct plan_findings *f = check();
	/* region-format on a.yaml's "1", then parent-region */
	size_t n = 0;
	for (size_t i = 0; i < plan_findings_count(f); i++)
		if (plan_findings_get(f, i)->rule == RULE_PARENT_REGION) {
			const struct plan_finding *x = plan_findings_get(f, i);
			assert_true(ends_with(x->file, "/b.yaml"));
			assert_int_equal(x->line, 10);
			n++;
		}
	assert_int_equal(n, 1);
}

/* A kecamatan is a unit of its kabupaten/kota: its renstra names the
 * kabupaten's RPJMD, its renja its own renstra (same unit). */
static void test_region_kecamatan(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13.02/rpjmd/2025-2029", "rpjmd",
			  "kabupaten", "13.02", 2025, 2029, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten",
			  "13.02", 2026, 2026, NULL, NULL,
			  {"13.02/rpjmd/2025-2029"}});
	put(&(struct doc){"c.yaml", "13.02.04/renstra/2025-2029", "renstra",
			  "kecamatan", "13.02.04", 2025, 2029, UNIT_A, NULL,
			  {"13.02/rpjmd/2025-2029"}});
	put(&(struct doc){"d.yaml", "13.02.04/renja/2026", "renja",
			  "kecamatan", "13.02.04", 2026, 2026, UNIT_A, NULL,
			  {"13.02/rkpd/2026", "13.02.04/renstra/2025-2029"}});
	/* the renstra of another kabupaten's kecamatan */
	put(&(struct doc){"e.yaml", "13.03.01/renstra/2025-2029", "renstra",
			  "kecamatan", "13.03.01", 2025, 2029, UNIT_A, NULL,
			  {"13.02/rpjmd/2025-2029"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_REGION, "/e.yaml", 10, 5);
	contains(x->message, "kabupaten/kota '13.03'");
}

static void test_region_unit(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/renstra-a/2025-2029", "renstra",
			  "provinsi", "13", 2025, 2029, UNIT_A, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13/renja-b/2026", "renja", "provinsi",
			  "13", 2026, 2026, UNIT_B, NULL,
			  {"13/renstra-a/2025-2029"}});
	put(&(struct doc){"c.yaml", "13/renja-a/2026", "renja", "provinsi",
			  "13", 2026, 2026, UNIT_A, NULL,
			  {"13/renstra-a/2025-2029"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_REGION, "/b.yaml", 10, 5);
	contains(x->message, "unit '" UNIT_A "'");
	contains(x->hint, "unit '" UNIT_B "'");
}

static void test_region_village(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13.02/rpjmd/2025-2029", "rpjmd",
			  "kabupaten", "13.02", 2025, 2029, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
			  "13", 2025, 2029, NULL, NULL, {NULL}});
	put(&(struct doc){"c.yaml", "13.02.04.2001/rpjmdes/2023-2028",
			  "rpjmdes", "nagari", "13.02.04.2001", 2023, 2028,
			  NULL, NULL, {"13.02/rpjmd/2025-2029"}});
	/* the province is not its kabupaten/kota */
	put(&(struct doc){"d.yaml", "13.02.04.2002/rpjmdes/2023-2028",
			  "rpjmdes", "nagari", "13.02.04.2002", 2023, 2028,
			  NULL, NULL, {"13/rpjmd/2025-2029"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_REGION, "/d.yaml", 10, 5);
	contains(x->hint, "'13.02'");
}

static void test_region_musrenbang(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
			  2026, 2026, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten",
			  "13.02", 2026, 2026, NULL, NULL, {"13/rkpd/2026"}});
	put(&(struct doc){"c.yaml", "13.71/rkpd/2026", "rkpd", "kota",
			  "13.71", 2026, 2026, NULL, NULL, {"13/rkpd/2026"}});
	put(&(struct doc){"d.yaml", "13.02.04/musrenbang/2026", "musrenbang",
			  "kecamatan", "13.02.04", 2026, 2026, NULL, NULL,
			  {"13.02/rkpd/2026", "13/rkpd/2026", "13.71/rkpd/2026"}});
	put(&(struct doc){"e.yaml", "13.71.01.1001/musrenbang/2026",
			  "musrenbang", "kelurahan", "13.71.01.1001", 2026,
			  2026, NULL, NULL, {"13.71/rkpd/2026"}});
	put(&(struct doc){"f.yaml", "13.71/musrenbang/2026", "musrenbang",
			  "kota", "13.71", 2026, 2026, NULL, NULL,
			  {"13.71/rkpd/2026", "13/rkpd/2026"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_REGION, "/d.yaml", 12, 5);
	contains(x->message, "kabupaten/kota '13.02' or its province '13'");
}

/* ---- parent-period ---- */

static void test_period_annual(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/rpjmd/2019-2023", "rpjmd", "provinsi",
			  "13", 2019, 2023, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
			  "13", 2025, 2029, NULL, NULL, {NULL}});
	put(&(struct doc){"c.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
			  2026, 2026, NULL, NULL,
			  {"13/rpjmd/2019-2023", "13/rpjmd/2025-2029"}});
	/* annual to annual: the same year */
	put(&(struct doc){"d.yaml", "13/renja-a/2027", "renja", "provinsi",
			  "13", 2027, 2027, UNIT_A, NULL, {"13/rkpd/2026"}});
	const struct plan_findings *f = check();
	count(f, 2);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_PERIOD, "/c.yaml", 10, 5);
	contains(x->message, "2026");
	contains(x->message, "2019-2023");
	expect(f, 1, RULE_PARENT_PERIOD, "/d.yaml", 10, 5);
}

static void test_period_renstra_equal(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
			  "13", 2025, 2029, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13/renstra-a/2025-2028", "renstra",
			  "provinsi", "13", 2025, 2028, UNIT_A, NULL,
			  {"13/rpjmd/2025-2029"}});
	put(&(struct doc){"c.yaml", "13/renstra-b/2025-2029", "renstra",
			  "provinsi", "13", 2025, 2029, UNIT_B, NULL,
			  {"13/rpjmd/2025-2029"}});
	put(&(struct doc){"d.yaml", "id/rpjmn/2025-2029", "rpjmn", "nasional",
			  NULL, 2025, 2029, NULL, NULL, {NULL}});
	put(&(struct doc){"e.yaml", "id/renstra-kl/2024-2028", "renstra-kl",
			  "nasional", NULL, 2024, 2028, "K/L", NULL,
			  {"id/rpjmn/2025-2029"}});
	const struct plan_findings *f = check();
	count(f, 2);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_PERIOD, "/b.yaml", 10, 5);
	contains(x->hint, "'period: {start: 2025, end: 2029}'");
	expect(f, 1, RULE_PARENT_PERIOD, "/e.yaml", 10, 5);
}

/* Other medium- and long-term plans need only overlap. */
static void test_period_overlap(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/rpjpd/2005-2025", "rpjpd", "provinsi",
			  "13", 2005, 2025, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13/rpjpd/2000-2020", "rpjpd", "provinsi",
			  "13", 2000, 2020, NULL, NULL, {NULL}});
	put(&(struct doc){"c.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
			  "13", 2025, 2029, NULL, NULL,
			  {"13/rpjpd/2005-2025", "13/rpjpd/2000-2020"}});
	put(&(struct doc){"d.yaml", "13.02/rpjmd/2021-2026", "rpjmd",
			  "kabupaten", "13.02", 2021, 2025, NULL, NULL,
			  {"13/rpjmd/2025-2029"}});
	put(&(struct doc){"e.yaml", "13.02.04.2001/rpjmdes/2019-2024",
			  "rpjmdes", "nagari", "13.02.04.2001", 2019, 2024,
			  NULL, NULL, {"13.02/rpjmd/2021-2026"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_PARENT_PERIOD, "/c.yaml", 11, 5);
	contains(x->message, "does not overlap");
}

/* A wrong kind is all that is said about an entry. */
static void test_kind_hides_the_rest(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13.71/rkpd/2020", "rkpd", "kota",
			  "13.71", 2020, 2020, NULL, NULL, {NULL}});
	put(&(struct doc){"b.yaml", "13/renstra-a/2025-2029", "renstra",
			  "provinsi", "13", 2025, 2029, UNIT_A, NULL,
			  {"13.71/rkpd/2020"}});
	const struct plan_findings *f = check();
	count(f, 1);
	expect(f, 0, RULE_PARENT_KIND, "/b.yaml", 10, 5);
}

/* ---- schedule ---- */

static void renja_after(const char *rkpd, const char *renja, bool fires)
{
	put(&(struct doc){"a.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
			  2026, 2026, NULL, rkpd, {NULL}});
	put(&(struct doc){"b.yaml", "13/renja-a/2026", "renja", "provinsi",
			  "13", 2026, 2026, UNIT_A, renja, {"13/rkpd/2026"}});
	const struct plan_findings *f = check();
	count(f, fires);
	if (fires)
		expect(f, 0, RULE_SCHEDULE, "/b.yaml", 8, 10);
}

static void test_schedule_renja(void **state)
{
	renja_after("2025-06-30", "2025-08-01", true);
	teardown(state);
	setup(state);
	renja_after("2025-06-30", "2025-07-30", false);
	teardown(state);
	setup(state);
	/* the same day a month later, not the month's end */
	renja_after("2025-06-30", "2025-07-31", true);
	const struct plan_finding *x;
	teardown(state);
	setup(state);
	renja_after("2025-06-15", "2025-07-16", true);
	x = plan_findings_get(found, 0);
	contains(x->hint, "by 2025-07-15");
	contains(x->message, "'13/rkpd/2026'");
}

/* "D plus one month" clamps to the end of the month. */
static void test_schedule_clamp(void **state)
{
	renja_after("2025-01-31", "2025-02-28", false);
	teardown(state);
	setup(state);
	renja_after("2025-01-31", "2025-03-01", true);
	contains(plan_findings_get(found, 0)->hint, "by 2025-02-28");
	teardown(state);
	setup(state);
	renja_after("2024-01-31", "2024-02-29", false);	/* leap year */
}

static void test_schedule_needs_both_dates(void **state)
{
	renja_after(NULL, "2025-12-01", false);
	teardown(state);
	setup(state);
	renja_after("2025-06-30", NULL, false);
}

static void test_schedule_renstra(void **state)
{
	(void)state;
	put(&(struct doc){"a.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
			  "13", 2025, 2029, NULL, "2025-07-31", {NULL}});
	put(&(struct doc){"b.yaml", "13/renstra-a/2025-2029", "renstra",
			  "provinsi", "13", 2025, 2029, UNIT_A, "2025-07-30",
			  {"13/rpjmd/2025-2029"}});
	put(&(struct doc){"c.yaml", "13/renstra-b/2025-2029", "renstra",
			  "provinsi", "13", 2025, 2029, UNIT_B, "2025-07-31",
			  {"13/rpjmd/2025-2029"}});
	const struct plan_findings *f = check();
	count(f, 1);
	const struct plan_finding *x =
		expect(f, 0, RULE_SCHEDULE, "/b.yaml", 8, 10);
	contains(x->message, "before its rpjmd");
	contains(x->hint, "2025-07-31");
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_kind_fires),
		T(test_kind_rpjpn_names_nothing),
		T(test_kind_clean_table),
		T(test_unloaded_parent),
		T(test_kind_hides_the_rest),
		T(test_region_same),
		T(test_region_ancestor),
		T(test_region_dot_boundary),
		T(test_region_kecamatan),
		T(test_region_unit),
		T(test_region_village),
		T(test_region_musrenbang),
		T(test_period_annual),
		T(test_period_renstra_equal),
		T(test_period_overlap),
		T(test_schedule_renja),
		T(test_schedule_clamp),
		T(test_schedule_needs_both_dates),
		T(test_schedule_renstra),
	};
	return cmocka_run_group_tests_name("repo_parents", tests, NULL, NULL);
}
