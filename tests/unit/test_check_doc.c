/* test_check_doc.c - region-format, region-unknown, kind-level, period and
 * the document-local parts of schedule. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check/check_priv.h"
#include "model/model.h"
#include "tables/tables.h"
#include "yaml/ytree.h"

static struct plan_arena *arena;
static struct plan_findings *found;

static const struct plan_findings *run(const char *yaml,
				       const struct plan_tables *t,
				       void (*family)(const struct plan_check *))
{
	struct yload_result res;
	struct plan_check c;

	arena = plan_arena_new();
	found = plan_findings_new(NULL);
	plan_ytree_load_mem(yaml, strlen(yaml), "t.yaml", NULL, arena, found, &res);
	assert_non_null(res.root);
	assert_int_equal(plan_findings_count(found), 0);
	c.doc = plan_doc_build(res.root, "t.yaml", arena);
	c.tables = t;
	c.out = found;
	family(&c);
	return found;
}

static void done(void)
{
	plan_findings_free(found);
	plan_arena_free(arena);
	found = NULL;
	arena = NULL;
}

static void expect(const struct plan_findings *f, size_t i,
		   enum plan_rule rule, unsigned line, unsigned col,
		   enum plan_severity sev)
{
	const struct plan_finding *x;

	assert_true(i < plan_findings_count(f));
	x = plan_findings_get(f, i);
	if (x->rule != rule || x->line != line || x->column != col ||
	    x->severity != sev)
		fail_msg("finding %zu: %s %u:%u %s (%s), expected %s %u:%u %s",
			 i, plan_rule_info(x->rule)->name, x->line, x->column,
			 plan_severity_name(x->severity), x->message,
			 plan_rule_info(rule)->name, line, col,
			 plan_severity_name(sev));
}

static void expect_only(const struct plan_findings *f, enum plan_rule rule,
			unsigned line, unsigned col, enum plan_severity sev)
{
	expect(f, 0, rule, line, col, sev);
	assert_int_equal(plan_findings_count(f), 1);
}

/*
 * A document: kind 3:7, level 4:8, region 5:9, region_name 6:14, period
 * 7:9, adopted 8:10, inaugurated 9:14.  "~" leaves a field absent.
 */
struct docspec {
	const char *kind, *level, *region, *region_name;
	int start, end;
	const char *adopted, *inaugurated;
};

static char buf[4096];
static const char *doc(struct docspec s)
{
	snprintf(buf, sizeof buf,
		 "plan: 1\n"
		 "id: t/doc\n"
		 "kind: %s\n"
		 "level: %s\n"
		 "region: %s\n"
		 "region_name: %s\n"
		 "period: {start: %d, end: %d}\n"
		 "adopted: %s\n"
		 "inaugurated: %s\n",
		 s.kind, s.level, s.region, s.region_name ? s.region_name : "~",
		 s.start, s.end, s.adopted ? s.adopted : "~",
		 s.inaugurated ? s.inaugurated : "~");
	return buf;
}

static size_t count_doc(struct docspec s, const struct plan_tables *t)
{
	size_t n = plan_findings_count(run(doc(s), t,
					   plan_check_region_kind_period));
	done();
	return n;
}

static const struct plan_findings *rkp(struct docspec s,
				       const struct plan_tables *t)
{
	return run(doc(s), t, plan_check_region_kind_period);
}

static const struct plan_findings *sched(struct docspec s)
{
	return run(doc(s), NULL, plan_check_schedule_local);
}

/* ---- region-format ---- */

static void test_region_clean(void **state)
{
	(void)state;
	assert_int_equal(count_doc((struct docspec){"rkpd", "provinsi", "\"35\"",
		NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rkpd", "kabupaten",
		"\"35.15\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	/* unquoted: the text 35.78, not a float */
	assert_int_equal(count_doc((struct docspec){"rkpd", "kota", "35.78",
		NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"renja", "kecamatan",
		"\"35.15.07\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rkpdes", "desa",
		"\"35.15.07.2013\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rkpdes", "nagari",
		"\"13.02.04.2001\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"musrenbang", "kelurahan",
		"\"35.78.01.1001\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	/* region absent at nasional is the rule; absent elsewhere: schema's */
	assert_int_equal(count_doc((struct docspec){"rkp", "nasional", "~",
		NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rkpd", "kota", "~",
		NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	/* a non-scalar region is schema's */
	assert_int_equal(count_doc((struct docspec){"rkpd", "kota", "[35, 78]",
		NULL, 2026, 2026, NULL, NULL}, NULL), 0);
}

static void test_region_desa_short(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = rkp((struct docspec){"rkpdes", "desa", "\"35.15.07.13\"", NULL,
		2026, 2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->hint,
		"write the desa part with four digits, as in 35.15.07.2013");
	assert_non_null(strstr(plan_findings_get(f, 0)->message,
			       "'35.15.07.13'"));
	done();
}

static void test_region_depth(void **state)
{
	const struct plan_findings *f;

	(void)state;
	/* a kecamatan code in a desa plan */
	f = rkp((struct docspec){"rkpdes", "desa", "\"35.15.07\"", NULL, 2026,
		2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "as in 35.15.07.2013");
	done();
	f = rkp((struct docspec){"rkpd", "provinsi", "\"35.15\"", NULL, 2026,
		2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
	f = rkp((struct docspec){"rkpd", "provinsi", "\"3\"", NULL, 2026,
		2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
	f = rkp((struct docspec){"renja", "kecamatan", "\"35.15.7\"", NULL,
		2026, 2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
	f = rkp((struct docspec){"rkpd", "kota", "\"35.78.\"", NULL, 2026,
		2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
}

static void test_region_kabupaten_kota(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = rkp((struct docspec){"rkpd", "kabupaten", "35.78", NULL, 2026,
		2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	assert_non_null(strstr(plan_findings_get(f, 0)->message, "kota code"));
	done();
	f = rkp((struct docspec){"rkpd", "kota", "\"35.15\"", NULL, 2026,
		2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
	/* 70 and 00 are neither kabupaten nor kota */
	f = rkp((struct docspec){"rkpd", "kota", "\"35.70\"", NULL, 2026,
		2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
	f = rkp((struct docspec){"renja", "kecamatan", "\"35.00.01\"", NULL,
		2026, 2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
	/* kecamatan of a kota */
	assert_int_equal(count_doc((struct docspec){"renja", "kecamatan",
		"\"35.78.01\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
}

static void test_region_nasional_and_unknown_level(void **state)
{
	const struct plan_findings *f;

	(void)state;
	/* a national plan has no region (see check_doc.c) */
	f = rkp((struct docspec){"rkp", "nasional", "\"00\"", NULL, 2026,
		2026, NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
	/* level unknown: the form only */
	assert_int_equal(count_doc((struct docspec){"rkpd", "planet",
		"\"35.15\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	f = rkp((struct docspec){"rkpd", "planet", "abc", NULL, 2026, 2026,
		NULL, NULL}, NULL);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
}

/* ---- proposal locations ---- */

static const char *musrenbang(const char *loc1, const char *loc2)
{
	snprintf(buf, sizeof buf,
		 "plan: 1\n"
		 "id: 13.02.04/musrenbang/2026\n"
		 "kind: musrenbang\n"
		 "level: kecamatan\n"
		 "region: \"13.02.04\"\n"
		 "period: {start: 2026, end: 2026}\n"
		 "proposals:\n"
		 "  - id: U-01\n"
		 "    name: A\n"
		 "    location: %s\n"			/* 10:15 */
		 "  - id: U-02\n"
		 "    name: B\n"
		 "    location: %s\n",			/* 13:15 */
		 loc1, loc2);
	return buf;
}

static void test_location(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = run(musrenbang("\"13.02.04.2001\"", "\"13.02.04\""), NULL,
		plan_check_region_kind_period);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	f = run(musrenbang("\"13.02.05.2001\"", "Jorong Air Dingin"), NULL,
		plan_check_region_kind_period);
	expect(f, 0, RULE_REGION_FORMAT, 10, 15, PLAN_SEV_ERROR);
	expect(f, 1, RULE_REGION_FORMAT, 13, 15, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	assert_string_equal(plan_findings_get(f, 0)->element,
			    "13.02.04/musrenbang/2026#U-01");
	done();
	/* above the document's region, and a prefix not at a '.' */
	f = run(musrenbang("\"13.02\"", "\"13.02.04.20011\""), NULL,
		plan_check_region_kind_period);
	expect(f, 0, RULE_REGION_FORMAT, 10, 15, PLAN_SEV_ERROR);
	expect(f, 1, RULE_REGION_FORMAT, 13, 15, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	done();
	/* a village kegiatan's location is text (a dusun, an RT) */
	f = run("plan: 1\nid: t\nkind: rkpdes\nlevel: desa\n"
		"region: \"35.15.07.2013\"\nperiod: {start: 2026, end: 2026}\n"
		"bidang:\n  - code: \"2\"\n    name: B\n    sub_bidang:\n"
		"      - code: \"2.3\"\n        name: S\n        kegiatan:\n"
		"          - code: \"2.3.10\"\n            name: K\n"
		"            location: RT 03 Dusun Krajan\n", NULL,
		plan_check_region_kind_period);
	assert_int_equal(plan_findings_count(f), 0);
	done();
}

/* ---- region-unknown ---- */

static struct plan_tables *regions(void)
{
	static const char csv[] =
		"code,name,parent,level\n"
		"13,Sumatera Barat,,provinsi\n"
		"13.02,Kabupaten Solok,13,kabkota\n"
		"13.02.04,Lembah Gumanti,13.02,kecamatan\n"
		"13.02.04.2001,Alahan Panjang,13.02.04,desakel\n"
		"35,Jawa Timur,,provinsi\n"
		"35.07,Kabupaten Malang,35,kabkota\n"
		"35.07.07,Poncokusumo,35.07,kecamatan\n"
		"35.07.07.2001,Dawuhan,35.07.07,desakel\n"
		"35.07.17,Jabung,35.07,kecamatan\n"
		"35.07.17.2001,Sukolilo,35.07.17,desakel\n"
		"35.78,Kota Surabaya,35,kabkota\n";
	char path[] = "/tmp/test_check_doc_XXXXXX";
	char err[256];
	int fd = mkstemp(path);
	struct plan_tables *t;

	assert_true(fd >= 0);
	assert_int_equal(write(fd, csv, sizeof csv - 1), (ssize_t)(sizeof csv - 1));
	close(fd);
	t = plan_tables_new();
	if (plan_tables_load_regions(t, path, err, sizeof err) != 0)
		fail_msg("%s", err);
	unlink(path);
	return t;
}

static void test_region_unknown(void **state)
{
	struct plan_tables *t = regions();
	const struct plan_findings *f;

	(void)state;
	assert_int_equal(count_doc((struct docspec){"rkpd", "kota", "35.78",
		"KOTA  surabaya", 2026, 2026, NULL, NULL}, t), 0);
	/* without region_name only the code is looked up */
	assert_int_equal(count_doc((struct docspec){"rkpd", "kota", "35.78",
		NULL, 2026, 2026, NULL, NULL}, t), 0);
	f = rkp((struct docspec){"rkpd", "kota", "35.79", "Kota Surabaya",
		2026, 2026, NULL, NULL}, t);
	expect_only(f, RULE_REGION_UNKNOWN, 5, 9, PLAN_SEV_WARNING);
	done();
	f = rkp((struct docspec){"rkpd", "kota", "35.78", "Surabaya", 2026,
		2026, NULL, NULL}, t);
	expect_only(f, RULE_REGION_UNKNOWN, 6, 14, PLAN_SEV_WARNING);
	assert_non_null(strstr(plan_findings_get(f, 0)->message,
			       "'Kota Surabaya'"));
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "write region_name: Kota Surabaya");
	done();
	/* a malformed region is region-format only */
	f = rkp((struct docspec){"rkpd", "kota", "35.7", "Surabaya", 2026,
		2026, NULL, NULL}, t);
	expect_only(f, RULE_REGION_FORMAT, 5, 9, PLAN_SEV_ERROR);
	done();
	/* proposal locations are looked up too */
	f = run(musrenbang("\"13.02.04.2001\"", "\"13.02.04.2099\""), t,
		plan_check_region_kind_period);
	expect_only(f, RULE_REGION_UNKNOWN, 13, 15, PLAN_SEV_WARNING);
	done();
	plan_tables_free(t);
}

/* ---- kind-level ---- */

/* SPEC 4 region-unknown: region_name is another region's of the same
 * parent, so the code is what is wrong: said at the code, naming the
 * right one; the proposals are where the name says. */
static void test_region_sibling(void **state)
{
	struct plan_tables *t = regions();
	const struct plan_findings *f;
	static const char mus[] =
		"plan: 1\n"
		"id: 35.07.07/musrenbang/2026\n"
		"kind: musrenbang\n"
		"level: kecamatan\n"
		"region: \"%s\"\n"
		"region_name: Poncokusumo\n"
		"period: {start: 2026, end: 2026}\n"
		"proposals:\n"
		"  - id: U-01\n"
		"    name: A\n"
		"    location: \"%s\"\n";			/* 11:15 */
	char doc[1024];

	(void)state;
	snprintf(doc, sizeof doc, mus, "35.07.17", "35.07.07.2001");
	f = run(doc, t, plan_check_region_kind_period);
	expect_only(f, RULE_REGION_UNKNOWN, 5, 9, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->message,
			    "region '35.07.17' is Jabung, not Poncokusumo");
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "Poncokusumo is 35.07.07: write region: \"35.07.07\"");
	done();
	/* a location in the region the code names is now the outsider */
	snprintf(doc, sizeof doc, mus, "35.07.17", "35.07.17.2001");
	f = run(doc, t, plan_check_region_kind_period);
	expect(f, 0, RULE_REGION_UNKNOWN, 5, 9, PLAN_SEV_WARNING);
	expect(f, 1, RULE_REGION_FORMAT, 11, 15, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	done();
	/* a code not in the table, the name a region's of its parent */
	snprintf(doc, sizeof doc, mus, "35.07.99", "35.07.07.2001");
	f = run(doc, t, plan_check_region_kind_period);
	expect_only(f, RULE_REGION_UNKNOWN, 5, 9, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "Poncokusumo is 35.07.07: write region: \"35.07.07\"");
	done();
	/* right code and name: nothing */
	snprintf(doc, sizeof doc, mus, "35.07.07", "35.07.07.2001");
	f = run(doc, t, plan_check_region_kind_period);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	/* a name that is no region's of the parent: at the name, as before */
	assert_int_equal(count_doc((struct docspec){"rkpd", "kabupaten",
		"\"35.07\"", "Kabupaten Malang", 2026, 2026, NULL, NULL}, t), 0);
	f = rkp((struct docspec){"rkpd", "kabupaten", "\"35.07\"",
		"Kota Surabaya", 2026, 2026, NULL, NULL}, t);
	expect_only(f, RULE_REGION_UNKNOWN, 5, 9, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "Kota Surabaya is 35.78: write region: \"35.78\"");
	done();
	f = rkp((struct docspec){"rkpd", "kabupaten", "\"35.07\"",
		"Kab. Malang", 2026, 2026, NULL, NULL}, t);
	expect_only(f, RULE_REGION_UNKNOWN, 6, 14, PLAN_SEV_WARNING);
	done();
	plan_tables_free(t);
}

static void test_kind_level(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = rkp((struct docspec){"rkpd", "kecamatan", "\"35.15.07\"", NULL,
		2026, 2026, NULL, NULL}, NULL);
	expect_only(f, RULE_KIND_LEVEL, 3, 7, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "kind rkpd is written at level provinsi, kabupaten or kota");
	done();
	f = rkp((struct docspec){"rkpdes", "kelurahan", "\"35.78.01.1001\"",
		NULL, 2026, 2026, NULL, NULL}, NULL);
	expect_only(f, RULE_KIND_LEVEL, 3, 7, PLAN_SEV_ERROR);
	done();
	f = rkp((struct docspec){"rkp", "provinsi", "\"35\"", NULL, 2026, 2026,
		NULL, NULL}, NULL);
	expect_only(f, RULE_KIND_LEVEL, 3, 7, PLAN_SEV_ERROR);
	done();
	f = rkp((struct docspec){"musrenbang", "desa", "\"35.15.07.2013\"",
		NULL, 2026, 2026, NULL, NULL}, NULL);
	expect_only(f, RULE_KIND_LEVEL, 3, 7, PLAN_SEV_ERROR);
	done();
	assert_int_equal(count_doc((struct docspec){"renja", "kecamatan",
		"\"35.15.07\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"musrenbang", "provinsi",
		"\"35\"", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"renja-kl", "nasional",
		"~", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
	/* unknown kind or level: schema's */
	assert_int_equal(count_doc((struct docspec){"rencana", "kota",
		"35.78", NULL, 2026, 2026, NULL, NULL}, NULL), 0);
}

/* ---- period ---- */

static void test_period_errors(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = rkp((struct docspec){"rpjmd", "kota", "35.78", NULL, 2029, 2025,
		NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_ERROR);
	done();
	f = rkp((struct docspec){"rkpd", "kota", "35.78", NULL, 2026, 2027,
		NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "write {start: 2026, end: 2026}");
	done();
	f = rkp((struct docspec){"musrenbang", "kecamatan", "\"35.15.07\"",
		NULL, 2026, 2027, NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_ERROR);
	done();
	/* unknown kind, reversed years: still an error */
	f = rkp((struct docspec){"rencana", "kota", "35.78", NULL, 2026, 2025,
		NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_ERROR);
	done();
}

static void test_period_lengths(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = rkp((struct docspec){"rpjmd", "kota", "35.78", NULL, 2025, 2030,
		NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_WARNING);
	done();
	f = rkp((struct docspec){"rpjmdes", "desa", "\"35.15.07.2013\"", NULL,
		2023, 2027, NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_WARNING);
	done();
	f = rkp((struct docspec){"rpjpn", "nasional", "~", NULL, 2025, 2044,
		NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_WARNING);
	done();
	f = rkp((struct docspec){"rpjmn", "nasional", "~", NULL, 2025, 2030,
		NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_WARNING);
	done();
	f = rkp((struct docspec){"rpjpd", "provinsi", "\"35\"", NULL, 2025,
		2050, NULL, NULL}, NULL);
	expect_only(f, RULE_PERIOD, 7, 9, PLAN_SEV_WARNING);
	done();
}

static void test_period_clean(void **state)
{
	(void)state;
	assert_int_equal(count_doc((struct docspec){"rpjmd", "kota", "35.78",
		NULL, 2025, 2029, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rpjmdes", "desa",
		"\"35.15.07.2013\"", NULL, 2023, 2028, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rpjmdes", "desa",
		"\"35.15.07.2013\"", NULL, 2022, 2029, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rpjpd", "provinsi",
		"\"35\"", NULL, 2025, 2045, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rpjpn", "nasional", "~",
		NULL, 2025, 2045, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"rpjmn", "nasional", "~",
		NULL, 2025, 2029, NULL, NULL}, NULL), 0);
	/* renstra and renstra-kl: the length is parent-period's business */
	assert_int_equal(count_doc((struct docspec){"renstra", "kota", "35.78",
		NULL, 2025, 2027, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"renstra-kl", "nasional",
		"~", NULL, 2025, 2031, NULL, NULL}, NULL), 0);
	assert_int_equal(count_doc((struct docspec){"renja", "kota", "35.78",
		NULL, 2026, 2026, NULL, NULL}, NULL), 0);
}

static void test_period_absent(void **state)
{
	const struct plan_findings *f;

	(void)state;
	/* no period, or years that are not years: schema's */
	f = run("plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n",
		NULL, plan_check_region_kind_period);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	f = run("plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n"
		"period: {start: 2026, end: next}\n", NULL,
		plan_check_region_kind_period);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	f = run("plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n"
		"period: 2026\n", NULL, plan_check_region_kind_period);
	assert_int_equal(plan_findings_count(f), 0);
	done();
}

/* ---- schedule ---- */

static void test_schedule_rkpdes(void **state)
{
	const struct plan_findings *f;
	struct docspec s = {"rkpdes", "desa", "\"35.15.07.2013\"", NULL, 2026,
			    2026, "2025-09-30", NULL};

	(void)state;
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	s.adopted = "2025-10-01";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	assert_non_null(strstr(plan_findings_get(f, 0)->message,
			       "30 September 2025"));
	done();
	s.adopted = "2026-01-15";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	done();
	/* no adopted date: nothing to check */
	s.adopted = NULL;
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
}

/* SPEC 4 schedule: an RKPD by 30 June of the year before its plan year;
 * a Musrenbang held in the year before. */
static void test_schedule_rkpd_musrenbang(void **state)
{
	const struct plan_findings *f;
	struct docspec s = {"rkpd", "kabupaten", "\"35.07\"", NULL, 2026,
			    2026, "2025-06-30", NULL};

	(void)state;
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	s.adopted = "2026-03-01";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->message,
		"rkpd 2026 adopted on '2026-03-01', after 30 June 2025");
	done();
	s.adopted = "2025-07-01";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	done();
	s = (struct docspec){"musrenbang", "kecamatan", "\"35.07.07\"", NULL,
			     2026, 2026, "2025-01-02", NULL};
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	s.adopted = "2025-12-31";
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	s.adopted = "2026-11-10";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->message,
		"musrenbang for 2026 held on '2026-11-10', not in 2025");
	done();
	s.adopted = "2024-12-31";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	done();
}

/* `revised` is a date (schema when it does not exist) and nothing else:
 * an RKPD Perubahan keeps its first adoption in `adopted`. */
static void test_revised(void **state)
{
	const struct plan_findings *f;
	static const char good[] =
		"plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n"
		"period: {start: 2026, end: 2026}\n"
		"adopted: 2025-06-20\nrevised: 2026-09-15\n";
	static const char bad[] =
		"plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n"
		"period: {start: 2026, end: 2026}\n"
		"adopted: 2025-06-20\nrevised: 2026-09-31\n";

	(void)state;
	f = run(good, NULL, plan_check_schedule_local);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	f = run(bad, NULL, plan_check_schedule_local);
	expect_only(f, RULE_SCHEMA, 8, 10, PLAN_SEV_ERROR);
	done();
}

static void test_schedule_rpjmd(void **state)
{
	const struct plan_findings *f;
	struct docspec s = {"rpjmd", "kota", "35.78", NULL, 2025, 2029,
			    "2025-08-20", "2025-02-20"};

	(void)state;
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	s.adopted = "2025-08-21";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	assert_non_null(strstr(plan_findings_get(f, 0)->hint, "2025-08-20"));
	done();
	/* clamped to the month's end: 31 August + 6 months = 28 February */
	s.inaugurated = "2024-08-31";
	s.adopted = "2025-02-28";
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	s.adopted = "2025-03-01";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	done();
	/* only when both dates are given */
	s.inaugurated = NULL;
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	/* other kinds have no inauguration deadline */
	s.kind = "renstra";
	s.inaugurated = "2020-01-01";
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
}

static void test_schedule_rpjmdes(void **state)
{
	const struct plan_findings *f;
	struct docspec s = {"rpjmdes", "desa", "\"35.15.07.2013\"", NULL, 2023,
			    2028, "2022-11-30", "2022-08-31"};

	(void)state;
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	s.adopted = "2022-12-01";
	f = sched(s);
	expect_only(f, RULE_SCHEDULE, 8, 10, PLAN_SEV_ERROR);
	assert_non_null(strstr(plan_findings_get(f, 0)->message, "three"));
	done();
}

static void test_invalid_dates(void **state)
{
	const struct plan_findings *f;
	struct docspec s = {"rpjmd", "kota", "35.78", NULL, 2025, 2029,
			    "2026-02-30", "2025-02-29"};

	(void)state;
	/* dates of the right form that do not exist: schema, from here */
	f = sched(s);
	expect(f, 0, RULE_SCHEMA, 8, 10, PLAN_SEV_ERROR);
	expect(f, 1, RULE_SCHEMA, 9, 14, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	assert_string_equal(plan_findings_get(f, 0)->message,
			    "'2026-02-30' is not a date");
	done();
	/* any kind */
	s.kind = "renja";
	s.inaugurated = NULL;
	f = sched(s);
	expect_only(f, RULE_SCHEMA, 8, 10, PLAN_SEV_ERROR);
	done();
	/* another form is the schema pattern's business, not ours */
	s.adopted = "29/08/2025";
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	s.adopted = "2024-02-29";	/* a leap day exists */
	f = sched(s);
	assert_int_equal(plan_findings_count(f), 0);
	done();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_region_clean),
		cmocka_unit_test(test_region_desa_short),
		cmocka_unit_test(test_region_depth),
		cmocka_unit_test(test_region_kabupaten_kota),
		cmocka_unit_test(test_region_nasional_and_unknown_level),
		cmocka_unit_test(test_location),
		cmocka_unit_test(test_region_unknown),
		cmocka_unit_test(test_region_sibling),
		cmocka_unit_test(test_kind_level),
		cmocka_unit_test(test_period_errors),
		cmocka_unit_test(test_period_lengths),
		cmocka_unit_test(test_period_clean),
		cmocka_unit_test(test_period_absent),
		cmocka_unit_test(test_schedule_rkpdes),
		cmocka_unit_test(test_schedule_rpjmd),
		cmocka_unit_test(test_schedule_rkpd_musrenbang),
		cmocka_unit_test(test_revised),
		cmocka_unit_test(test_schedule_rpjmdes),
		cmocka_unit_test(test_invalid_dates),
	};
	return cmocka_run_group_tests_name("check_doc", tests, NULL, NULL);
}
