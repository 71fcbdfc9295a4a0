/* test_repo_parents.c - parent-kind, parent-region, parent-period and the
 * parent parts of schedule (lib/repo_parents.c), through a repository of
 * small files in a temporary directory. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "repo/repo.h"

/* A document header.  Every document takes the same lines, so positions
 * are fixed: `adopted` is at 8:10, the parents entries from 10:5 on. */
struct doc {
	const char *file, *id, *kind, *level, *region;
	int start, end;
	const char *unit, *adopted;
	const char *parents[3];
};

static void put(struct tu_repo *r, const struct doc *d)
{
	FILE *fp = tu_create(r->dir, d->file);

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
}

/* Write the documents d[0..n), load and check the directory: the
 * findings, sorted. */
static const struct plan_findings *check(struct tu_repo *r,
					 const struct doc *d, size_t n)
{
	for (size_t i = 0; i < n; i++)
		put(r, &d[i]);
	return tu_repo_check(r, NULL);
}

#define CHECK(r, ...) \
	check(r, (const struct doc[]){__VA_ARGS__}, \
	      sizeof((const struct doc[]){__VA_ARGS__}) / sizeof(struct doc))

/* A finding of rule RULE_r in file fn at line:col. */
#define AT(r, fn, ...) \
	{.rule = RULE_##r, PLAN_SEV_ERROR, __VA_ARGS__, .file = fn}

#define UNIT_A "2.16.2.20.2.21.01.0000"
#define UNIT_B "1.02.0.00.0.00.01.0000"

/* ---- parent-kind ---- */

static void test_kind_fires(void **state)
{
	const struct plan_findings *f = CHECK(*state,
		{.file = "a.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
		 2026, 2026},
		{.file = "b.yaml", "13/renstra-x/2025-2029", "renstra",
		 "provinsi", "13", 2025, 2029, UNIT_A, NULL, {"13/rkpd/2026"}});

	TU_WANT(f, AT(PARENT_KIND, "b.yaml", 10, 5, .part = "'13/rkpd/2026'",
		      .hint = "rpjmd (same region)",
		      .element = "13/renstra-x/2025-2029"));
	tu_contains(plan_findings_get(f, 0)->message, "'rkpd'");
}

static void test_kind_rpjpn_names_nothing(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "id/rpjpn/2025-2045", "rpjpn", "nasional",
		 NULL, 2025, 2045, .parents = {"id/rpjmn/2025-2029"}},
		{.file = "b.yaml", "id/rpjmn/2025-2029", "rpjmn", "nasional",
		 NULL, 2025, 2029, .parents = {"id/rpjpn/2025-2045"}}),
		AT(PARENT_KIND, "a.yaml", 10, 5, .hint = "no other plan"));
}

static void test_kind_clean_table(void **state)
{
	tu_count(CHECK(*state,
		{.file = "1.yaml", "id/rpjpn/2025-2045", "rpjpn", "nasional",
		 NULL, 2025, 2045},
		{.file = "2.yaml", "id/rpjmn/2025-2029", "rpjmn", "nasional",
		 NULL, 2025, 2029, .parents = {"id/rpjpn/2025-2045"}},
		{.file = "3.yaml", "id/rkp/2026", "rkp", "nasional", NULL, 2026,
		 2026, .parents = {"id/rpjmn/2025-2029"}},
		{.file = "4.yaml", "id/renstra-kl/2025-2029", "renstra-kl",
		 "nasional", NULL, 2025, 2029, "Kemkomdigi", NULL,
		 {"id/rpjmn/2025-2029"}},
		{.file = "5.yaml", "id/renja-kl/2026", "renja-kl", "nasional",
		 NULL, 2026, 2026, "Kemkomdigi", NULL,
		 {"id/rkp/2026", "id/renstra-kl/2025-2029"}},
		{.file = "6.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
		 "13", 2025, 2029, .parents = {"id/rpjmn/2025-2029"}},
		{.file = "7.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
		 2026, 2026, .parents = {"13/rpjmd/2025-2029", "id/rkp/2026"}},
		{.file = "8.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten",
		 "13.02", 2026, 2026, .parents = {"13/rkpd/2026"}}), 0);
}

static void test_unloaded_parent(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13/renstra-x/2025-2029", "renstra",
		 "provinsi", "13", 2025, 2029, UNIT_A, NULL,
		 {"13/rpjmd/2025-2029"}}),
		{.rule = RULE_REF_EXTERNAL, PLAN_SEV_INFO, 10, 5});
}

/* A wrong kind is all that is said about an entry. */
static void test_kind_hides_the_rest(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13.71/rkpd/2020", "rkpd", "kota", "13.71",
		 2020, 2020},
		{.file = "b.yaml", "13/renstra-a/2025-2029", "renstra",
		 "provinsi", "13", 2025, 2029, UNIT_A, NULL,
		 {"13.71/rkpd/2020"}}),
		AT(PARENT_KIND, "b.yaml", 10, 5));
}

/* ---- parent-region ---- */

static void test_region_same(void **state)
{
	const struct plan_findings *f = CHECK(*state,
		{.file = "a.yaml", "13.02/rpjmd/2025-2029", "rpjmd",
		 "kabupaten", "13.02", 2025, 2029},
		{.file = "b.yaml", "13.71/rkpd/2026", "rkpd", "kota", "13.71",
		 2026, 2026, .parents = {"13.02/rpjmd/2025-2029"}},
		{.file = "c.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten",
		 "13.02", 2026, 2026, .parents = {"13.02/rpjmd/2025-2029"}});

	TU_WANT(f, AT(PARENT_REGION, "b.yaml", 10, 5, .part = "'13.02'",
		      .hint = "name the rpjmd of region '13.71'"));
	tu_contains(plan_findings_get(f, 0)->message, "'13.71'");
}

static void test_region_ancestor(void **state)
{
	/* c.yaml names a neighbour, and itself: neither is an ancestor */
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
		 "13", 2025, 2029},
		{.file = "b.yaml", "13.71/rpjmd/2025-2029", "rpjmd", "kota",
		 "13.71", 2025, 2029, .parents = {"13/rpjmd/2025-2029"}},
		{.file = "c.yaml", "13.02/rpjmd/2025-2029", "rpjmd",
		 "kabupaten", "13.02", 2025, 2029,
		 .parents = {"13.71/rpjmd/2025-2029",
			     "13.02/rpjmd/2025-2029"}}),
		AT(PARENT_REGION, "c.yaml", 10, 5),
		AT(PARENT_REGION, "c.yaml", 11, 5, .hint = "'13'"));
}

/* A prefix that does not end at a `.` is no ancestor: "1" is not above
 * "13" (a malformed code, but the comparison must not be fooled). */
static void test_region_dot_boundary(void **state)
{
	static const enum plan_rule rule = RULE_PARENT_REGION;

	/* region-format on a.yaml's "1", then parent-region */
	CHECK(*state,
	      {.file = "a.yaml", "x/rpjpd/1", "rpjpd", "provinsi", "1", 2005,
	       2025},
	      {.file = "b.yaml", "x/rpjpd/2", "rpjpd", "provinsi", "13", 2005,
	       2025, .parents = {"x/rpjpd/1"}});
	TU_WANT(tu_repo_pick(*state, &rule, 1),
		AT(PARENT_REGION, "b.yaml", 10, 5));
}

/* A kecamatan is a unit of its kabupaten/kota: its renstra names the
 * kabupaten's RPJMD, its renja its own renstra (same unit); e.yaml is
 * the renstra of another kabupaten's kecamatan. */
static void test_region_kecamatan(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13.02/rpjmd/2025-2029", "rpjmd",
		 "kabupaten", "13.02", 2025, 2029},
		{.file = "b.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten",
		 "13.02", 2026, 2026, .parents = {"13.02/rpjmd/2025-2029"}},
		{.file = "c.yaml", "13.02.04/renstra/2025-2029", "renstra",
		 "kecamatan", "13.02.04", 2025, 2029, UNIT_A, NULL,
		 {"13.02/rpjmd/2025-2029"}},
		{.file = "d.yaml", "13.02.04/renja/2026", "renja", "kecamatan",
		 "13.02.04", 2026, 2026, UNIT_A, NULL,
		 {"13.02/rkpd/2026", "13.02.04/renstra/2025-2029"}},
		{.file = "e.yaml", "13.03.01/renstra/2025-2029", "renstra",
		 "kecamatan", "13.03.01", 2025, 2029, UNIT_A, NULL,
		 {"13.02/rpjmd/2025-2029"}}),
		AT(PARENT_REGION, "e.yaml", 10, 5,
		   .part = "kabupaten/kota '13.03'"));
}

static void test_region_unit(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13/renstra-a/2025-2029", "renstra",
		 "provinsi", "13", 2025, 2029, UNIT_A},
		{.file = "b.yaml", "13/renja-b/2026", "renja", "provinsi", "13",
		 2026, 2026, UNIT_B, NULL, {"13/renstra-a/2025-2029"}},
		{.file = "c.yaml", "13/renja-a/2026", "renja", "provinsi", "13",
		 2026, 2026, UNIT_A, NULL, {"13/renstra-a/2025-2029"}}),
		AT(PARENT_REGION, "b.yaml", 10, 5, .part = "unit '" UNIT_A "'",
		   .hint = "unit '" UNIT_B "'"));
}

/* d.yaml: the province is not its kabupaten/kota. */
static void test_region_village(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13.02/rpjmd/2025-2029", "rpjmd",
		 "kabupaten", "13.02", 2025, 2029},
		{.file = "b.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
		 "13", 2025, 2029},
		{.file = "c.yaml", "13.02.04.2001/rpjmdes/2023-2028", "rpjmdes",
		 "nagari", "13.02.04.2001", 2023, 2028,
		 .parents = {"13.02/rpjmd/2025-2029"}},
		{.file = "d.yaml", "13.02.04.2002/rpjmdes/2023-2028", "rpjmdes",
		 "nagari", "13.02.04.2002", 2023, 2028,
		 .parents = {"13/rpjmd/2025-2029"}}),
		AT(PARENT_REGION, "d.yaml", 10, 5, .hint = "'13.02'"));
}

static void test_region_musrenbang(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
		 2026, 2026},
		{.file = "b.yaml", "13.02/rkpd/2026", "rkpd", "kabupaten",
		 "13.02", 2026, 2026, .parents = {"13/rkpd/2026"}},
		{.file = "c.yaml", "13.71/rkpd/2026", "rkpd", "kota", "13.71",
		 2026, 2026, .parents = {"13/rkpd/2026"}},
		{.file = "d.yaml", "13.02.04/musrenbang/2026", "musrenbang",
		 "kecamatan", "13.02.04", 2026, 2026,
		 .parents = {"13.02/rkpd/2026", "13/rkpd/2026",
			     "13.71/rkpd/2026"}},
		{.file = "e.yaml", "13.71.01.1001/musrenbang/2026",
		 "musrenbang", "kelurahan", "13.71.01.1001", 2026, 2026,
		 .parents = {"13.71/rkpd/2026"}},
		{.file = "f.yaml", "13.71/musrenbang/2026", "musrenbang",
		 "kota",
		 "13.71", 2026, 2026,
		 .parents = {"13.71/rkpd/2026", "13/rkpd/2026"}}),
		AT(PARENT_REGION, "d.yaml", 12, 5,
		   .part = "kabupaten/kota '13.02' or its province '13'"));
}

/* ---- parent-period ---- */

/* d.yaml: annual to annual is the same year. */
static void test_period_annual(void **state)
{
	const struct plan_findings *f = CHECK(*state,
		{.file = "a.yaml", "13/rpjmd/2019-2023", "rpjmd", "provinsi",
		 "13", 2019, 2023},
		{.file = "b.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
		 "13", 2025, 2029},
		{.file = "c.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
		 2026, 2026,
		 .parents = {"13/rpjmd/2019-2023", "13/rpjmd/2025-2029"}},
		{.file = "d.yaml", "13/renja-a/2027", "renja", "provinsi", "13",
		 2027, 2027, UNIT_A, NULL, {"13/rkpd/2026"}});

	TU_WANT(f, AT(PARENT_PERIOD, "c.yaml", 10, 5, .part = "2019-2023"),
		AT(PARENT_PERIOD, "d.yaml", 10, 5));
	tu_contains(plan_findings_get(f, 0)->message, "2026");
}

static void test_period_renstra_equal(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
		 "13", 2025, 2029},
		{.file = "b.yaml", "13/renstra-a/2025-2028", "renstra",
		 "provinsi", "13", 2025, 2028, UNIT_A, NULL,
		 {"13/rpjmd/2025-2029"}},
		{.file = "c.yaml", "13/renstra-b/2025-2029", "renstra",
		 "provinsi", "13", 2025, 2029, UNIT_B, NULL,
		 {"13/rpjmd/2025-2029"}},
		{.file = "d.yaml", "id/rpjmn/2025-2029", "rpjmn", "nasional",
		 NULL, 2025, 2029},
		{.file = "e.yaml", "id/renstra-kl/2024-2028", "renstra-kl",
		 "nasional", NULL, 2024, 2028, "K/L", NULL,
		 {"id/rpjmn/2025-2029"}}),
		AT(PARENT_PERIOD, "b.yaml", 10, 5,
		   .hint = "'period: {start: 2025, end: 2029}'"),
		AT(PARENT_PERIOD, "e.yaml", 10, 5));
}

/* Other medium- and long-term plans need only overlap. */
static void test_period_overlap(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13/rpjpd/2005-2025", "rpjpd", "provinsi",
		 "13", 2005, 2025},
		{.file = "b.yaml", "13/rpjpd/2000-2020", "rpjpd", "provinsi",
		 "13", 2000, 2020},
		{.file = "c.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
		 "13", 2025, 2029,
		 .parents = {"13/rpjpd/2005-2025", "13/rpjpd/2000-2020"}},
		{.file = "d.yaml", "13.02/rpjmd/2021-2026", "rpjmd",
		 "kabupaten",
		 "13.02", 2021, 2025, .parents = {"13/rpjmd/2025-2029"}},
		{.file = "e.yaml", "13.02.04.2001/rpjmdes/2019-2024", "rpjmdes",
		 "nagari", "13.02.04.2001", 2019, 2024,
		 .parents = {"13.02/rpjmd/2021-2026"}}),
		AT(PARENT_PERIOD, "c.yaml", 11, 5, .part = "does not overlap"));
}

/* ---- schedule ---- */

/* A renja adopted on renja, after its rkpd adopted on rkpd: what
 * schedule says (hint NULL: nothing). */
static void renja_after(struct tu_repo *r, const char *rkpd,
			const char *renja, const char *hint)
{
	const struct plan_findings *f = CHECK(r,
		{.file = "a.yaml", "13/rkpd/2026", "rkpd", "provinsi", "13",
		 2026, 2026, NULL, rkpd},
		{.file = "b.yaml", "13/renja-a/2026", "renja", "provinsi", "13",
		 2026, 2026, UNIT_A, renja, {"13/rkpd/2026"}});

	if (hint)
		TU_WANT(f, AT(SCHEDULE, "b.yaml", 8, 10, .hint = hint,
			      .part = "'13/rkpd/2026'"));
	else
		tu_count(f, 0);
}

static void test_schedule_renja(void **state)
{
	renja_after(*state, "2025-06-30", "2025-08-01", "by 2025-07-30");
	renja_after(*state, "2025-06-30", "2025-07-30", NULL);
	/* the same day a month later, not the month's end */
	renja_after(*state, "2025-06-30", "2025-07-31", "by 2025-07-30");
	renja_after(*state, "2025-06-15", "2025-07-16", "by 2025-07-15");
}

/* "D plus one month" clamps to the end of the month. */
static void test_schedule_clamp(void **state)
{
	renja_after(*state, "2025-01-31", "2025-02-28", NULL);
	renja_after(*state, "2025-01-31", "2025-03-01", "by 2025-02-28");
	renja_after(*state, "2024-01-31", "2024-02-29", NULL);	/* leap */
}

static void test_schedule_needs_both_dates(void **state)
{
	renja_after(*state, NULL, "2025-12-01", NULL);
	renja_after(*state, "2025-06-30", NULL, NULL);
}

static void test_schedule_renstra(void **state)
{
	TU_WANT(CHECK(*state,
		{.file = "a.yaml", "13/rpjmd/2025-2029", "rpjmd", "provinsi",
		 "13", 2025, 2029, NULL, "2025-07-31"},
		{.file = "b.yaml", "13/renstra-a/2025-2029", "renstra",
		 "provinsi", "13", 2025, 2029, UNIT_A, "2025-07-30",
		 {"13/rpjmd/2025-2029"}},
		{.file = "c.yaml", "13/renstra-b/2025-2029", "renstra",
		 "provinsi", "13", 2025, 2029, UNIT_B, "2025-07-31",
		 {"13/rpjmd/2025-2029"}}),
		AT(SCHEDULE, "b.yaml", 8, 10, .part = "before its rpjmd",
		   .hint = "2025-07-31"));
}

TU_MAIN("repo_parents", tu_repo_setup, tu_repo_teardown,
	TU_TEST(test_kind_fires),
	TU_TEST(test_kind_rpjpn_names_nothing),
	TU_TEST(test_kind_clean_table),
	TU_TEST(test_unloaded_parent),
	TU_TEST(test_kind_hides_the_rest),
	TU_TEST(test_region_same),
	TU_TEST(test_region_ancestor),
	TU_TEST(test_region_dot_boundary),
	TU_TEST(test_region_kecamatan),
	TU_TEST(test_region_unit),
	TU_TEST(test_region_village),
	TU_TEST(test_region_musrenbang),
	TU_TEST(test_period_annual),
	TU_TEST(test_period_renstra_equal),
	TU_TEST(test_period_overlap),
	TU_TEST(test_schedule_renja),
	TU_TEST(test_schedule_clamp),
	TU_TEST(test_schedule_needs_both_dates),
	TU_TEST(test_schedule_renstra))
