/* test_check_codes.c - code-format, code-parent, code-level, code-unknown. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check/check_priv.h"
#include "model/model.h"
#include "tables/tables.h"
#include "yaml/ytree.h"

/* One document under test at a time: loaded, checked, freed by done(). */
static struct plan_arena *arena;
static struct plan_findings *found;

static const struct plan_findings *check(const char *yaml,
					 const struct plan_tables *t)
{
	struct yload_result res;
	struct plan_doc *d;
	struct plan_check c;

	arena = plan_arena_new();
	found = plan_findings_new(NULL);
	plan_ytree_load_mem(yaml, strlen(yaml), "t.yaml", NULL, arena, found, &res);
	assert_non_null(res.root);
	assert_int_equal(plan_findings_count(found), 0);
	d = plan_doc_build(res.root, "t.yaml", arena);
	c.doc = d;
	c.tables = t;
	c.out = found;
	c.nomen = plan_tables_nomenclature(t, d->period_start);
	plan_check_codes(&c);
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
 * A regional document: program code at 9:11, kegiatan code at 12:15,
 * sub-kegiatan code at 15:19, their names one line below; kind 3:7,
 * level 4:8, unit.code 6:14.
 */
static char buf[2048];
static const char *regional(const char *kind, const char *level,
			    const char *unit, const char *prog,
			    const char *keg, const char *sub)
{
	snprintf(buf, sizeof buf,
		 "plan: 1\n"
		 "id: t/doc/2026\n"
		 "kind: %s\n"
		 "level: %s\n"
		 "region: \"35.78\"\n"
		 "unit: {code: \"%s\", name: Diskominfo}\n"
		 "period: {start: 2026, end: 2026}\n"
		 "programs:\n"
		 "  - code: %s\n"
		 "    name: Program Aplikasi Informatika\n"
		 "    kegiatan:\n"
		 "      - code: %s\n"
		 "        name: Pengelolaan e-government\n"
		 "        sub_kegiatan:\n"
		 "          - code: %s\n"
		 "            name: Pengelolaan Pusat Data Pemerintahan Daerah\n",
		 kind, level, unit, prog, keg, sub);
	return buf;
}

#define UNIT "2.16.2.20.2.21.01.0000"

static const char *kota(const char *prog, const char *keg, const char *sub)
{
	return regional("renja", "kota", UNIT, prog, keg, sub);
}

/* A village document: bidang code 8:11, sub_bidang 11:15, kegiatan 14:19. */
static const char *village(const char *b, const char *sb, const char *k)
{
	snprintf(buf, sizeof buf,
		 "plan: 1\n"
		 "id: t/rkpdes/2026\n"
		 "kind: rkpdes\n"
		 "level: desa\n"
		 "region: \"35.15.07.2013\"\n"
		 "period: {start: 2026, end: 2026}\n"
		 "bidang:\n"
		 "  - code: %s\n"
		 "    name: Pelaksanaan Pembangunan Desa\n"
		 "    sub_bidang:\n"
		 "      - code: %s\n"
		 "        name: Perhubungan\n"
		 "        kegiatan:\n"
		 "          - code: %s\n"
		 "            name: Menara BTS\n",
		 b, sb, k);
	return buf;
}

static void test_clean_regional(void **state)
{
	(void)state;
	assert_int_equal(plan_findings_count(
		check(kota("2.16.03", "2.16.03.2.02", "2.16.03.2.02.0003"),
		      NULL)), 0);
	done();
	/* two-digit sub-kegiatan of the 2020 tables */
	assert_int_equal(plan_findings_count(
		check(kota("2.16.03", "2.16.03.2.02", "2.16.03.2.02.03"),
		      NULL)), 0);
	done();
	/* provinsi, level digit 1; a unit code without .XXXX */
	assert_int_equal(plan_findings_count(
		check(regional("rkpd", "provinsi", "2.16.0.00.0.00.01",
			       "2.16.03", "2.16.03.1.02",
			       "2.16.03.1.02.0003"), NULL)), 0);
	done();
	/* kecamatan plans carry kabupaten/kota codes */
	assert_int_equal(plan_findings_count(
		check(regional("renja", "kecamatan", UNIT, "7.01.02",
			       "7.01.02.2.01", "7.01.02.2.01.0001"), NULL)), 0);
	done();
}

static void test_program_malformed(void **state)
{
	const struct plan_findings *f;

	(void)state;
	/* one bad value, one finding: the children are not code-parent */
	f = check(kota("2.16.3", "2.16.03.2.02", "2.16.03.2.02.0003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 9, 11, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "did you mean '2.16.03'?");
	assert_non_null(strstr(plan_findings_get(f, 0)->message, "'2.16.3'"));
	done();
	f = check(kota("2.16", "2.16.03.2.02", "2.16.03.2.02.0003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 9, 11, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->hint, "as in 2.16.03");
	done();
	f = check(kota("2.16.03a", "2.16.03.2.02", "2.16.03.2.02.0003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 9, 11, PLAN_SEV_ERROR);
	done();
}

static void test_kegiatan_sub_malformed(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = check(kota("2.16.03", "2.16.03.2.2", "2.16.03.2.02.0003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 12, 15, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "did you mean '2.16.03.2.02'?");
	done();
	f = check(kota("2.16.03", "2.16.03.2.02", "2.16.03.2.02.003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 15, 19, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "did you mean '2.16.03.2.02.0003'?");
	done();
	f = check(kota("2.16.03", "2.16.03.2.02", "2.16.03.2.02.00003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 15, 19, PLAN_SEV_ERROR);
	done();
}

static void test_level_digit_invalid(void **state)
{
	const struct plan_findings *f;

	(void)state;
	/* N must be 1 or 2: code-format, not code-level, and the
	 * sub-kegiatan under it is not code-parent either */
	f = check(kota("2.16.03", "2.16.03.3.02", "2.16.03.3.02.0003"), NULL);
	expect(f, 0, RULE_CODE_FORMAT, 12, 15, PLAN_SEV_ERROR);
	expect(f, 1, RULE_CODE_FORMAT, 15, 19, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	assert_non_null(strstr(plan_findings_get(f, 0)->message,
			       "level digit '3'"));
	done();
}

static void test_template(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = check(kota("X.XX.01", "X.XX.01.2.02", "X.XX.01.2.02.0001"), NULL);
	expect(f, 0, RULE_CODE_FORMAT, 9, 11, PLAN_SEV_ERROR);
	expect(f, 1, RULE_CODE_FORMAT, 12, 15, PLAN_SEV_ERROR);
	expect(f, 2, RULE_CODE_FORMAT, 15, 19, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 3);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "write '2.16.01' for unit " UNIT);
	assert_string_equal(plan_findings_get(f, 2)->hint,
			    "write '2.16.01.2.02.0001' for unit " UNIT);
	assert_non_null(strstr(plan_findings_get(f, 0)->message, "template"));
	done();
	/* without a usable unit code: a general hint */
	f = check(regional("rkpd", "kota", "Diskominfo", "X.XX.01",
			   "2.16.01.2.02", "2.16.01.2.02.0001"), NULL);
	expect(f, 0, RULE_CODE_FORMAT, 6, 14, PLAN_SEV_ERROR);	/* unit */
	expect(f, 1, RULE_CODE_FORMAT, 9, 11, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	assert_non_null(strstr(plan_findings_get(f, 1)->hint, "bidang"));
	done();
}

static void test_code_parent(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = check(kota("2.16.03", "2.16.02.2.01", "2.16.02.2.01.0002"), NULL);
	expect_only(f, RULE_CODE_PARENT, 12, 15, PLAN_SEV_ERROR);
	assert_non_null(strstr(plan_findings_get(f, 0)->hint, "'2.16.03.'"));
	done();
	/* conformance case code-parent: extends the program, not the kegiatan */
	f = check(kota("2.16.03", "2.16.03.2.02", "2.16.03.2.01.0003"), NULL);
	expect_only(f, RULE_CODE_PARENT, 15, 19, PLAN_SEV_ERROR);
	done();
	/* a prefix that is not at a '.' boundary does not extend */
	f = check(kota("2.16.03", "2.16.03.2.02", "2.16.03.2.021.003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 15, 19, PLAN_SEV_ERROR);
	done();
}

static void test_code_level(void **state)
{
	const struct plan_findings *f;

	(void)state;
	f = check(kota("2.16.03", "2.16.03.1.02", "2.16.03.1.02.0003"), NULL);
	expect(f, 0, RULE_CODE_LEVEL, 12, 15, PLAN_SEV_ERROR);
	expect(f, 1, RULE_CODE_LEVEL, 15, 19, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	assert_non_null(strstr(plan_findings_get(f, 0)->hint,
			       "'2.16.03.2.02'"));
	done();
	f = check(regional("rkpd", "provinsi", UNIT, "2.16.03", "2.16.03.2.02",
			   "2.16.03.2.02.0003"), NULL);
	expect(f, 0, RULE_CODE_LEVEL, 12, 15, PLAN_SEV_ERROR);
	expect(f, 1, RULE_CODE_LEVEL, 15, 19, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	done();
	/* one finding per value: code-parent wins over code-level */
	f = check(kota("2.16.03", "2.16.03.2.02", "2.16.03.1.02.0003"), NULL);
	expect_only(f, RULE_CODE_PARENT, 15, 19, PLAN_SEV_ERROR);
	done();
	/* a level without a digit of its own (unknown): not checked */
	f = check(regional("renja", "planet", UNIT, "2.16.03", "2.16.03.1.02",
			   "2.16.03.1.02.0003"), NULL);
	assert_int_equal(plan_findings_count(f), 0);
	done();
}

static void test_unit_codes(void **state)
{
	const struct plan_findings *f;
	static const char yaml[] =
		"plan: 1\n"
		"id: t/rkpd/2026\n"
		"kind: rkpd\n"
		"level: kota\n"
		"region: \"35.78\"\n"
		"period: {start: 2026, end: 2026}\n"
		"programs:\n"
		"  - code: 2.16.03\n"
		"    name: P\n"
		"    unit: 2.16.2.20.2.21.1\n"		/* 10:11 */
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n"
		"        name: K\n"
		"        unit: \"2.16.2.20.2.21.01.0000\"\n"
		"  - code: 2.16.02\n"
		"    name: Q\n"
		"    unit: {code: x}\n";		/* not a scalar: schema's */

	(void)state;
	f = check(yaml, NULL);
	expect_only(f, RULE_CODE_FORMAT, 10, 11, PLAN_SEV_ERROR);
	assert_string_equal(plan_findings_get(f, 0)->element,
			    "t/rkpd/2026#2.16.03");
	done();
	f = check(regional("renja", "kota", "2.16.2.20.2.21.01.000", "2.16.03",
			   "2.16.03.2.02", "2.16.03.2.02.0003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 6, 14, PLAN_SEV_ERROR);
	done();
}

static void test_absent_codes(void **state)
{
	const struct plan_findings *f;
	static const char yaml[] =
		"plan: 1\n"
		"id: t/rkpd/2026\n"
		"kind: rkpd\n"
		"level: kota\n"
		"region: \"35.78\"\n"
		"period: {start: 2026, end: 2026}\n"
		"programs:\n"
		"  - name: no code\n"
		"    kegiatan:\n"
		"      - code: [2, 16]\n"
		"        name: K\n"
		"        sub_kegiatan:\n"
		"          - code: ~\n"
		"            name: S\n"
		"          - code: 2.16.03.2.02.0003\n"
		"            name: S\n";

	(void)state;
	/* absent, null or non-scalar codes are schema's; a child of a
	 * kegiatan without a usable code has nothing to extend */
	f = check(yaml, NULL);
	assert_int_equal(plan_findings_count(f), 0);
	done();
}

static void test_village(void **state)
{
	const struct plan_findings *f;

	(void)state;
	assert_int_equal(plan_findings_count(
		check(village("\"2\"", "\"2.6\"", "\"2.6.05\""), NULL)), 0);
	done();
	/* unquoted village codes are their text too */
	assert_int_equal(plan_findings_count(
		check(village("5", "5.1", "5.1.01"), NULL)), 0);
	done();
	f = check(village("\"6\"", "\"6.1\"", "\"6.1.01\""), NULL);
	expect(f, 0, RULE_CODE_FORMAT, 8, 11, PLAN_SEV_ERROR);
	expect(f, 1, RULE_CODE_FORMAT, 11, 15, PLAN_SEV_ERROR);
	expect(f, 2, RULE_CODE_FORMAT, 14, 19, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 3);
	done();
	f = check(village("\"2\"", "\"2.0\"", "\"2.0.01\""), NULL);
	expect(f, 0, RULE_CODE_FORMAT, 11, 15, PLAN_SEV_ERROR);
	expect(f, 1, RULE_CODE_FORMAT, 14, 19, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	done();
	f = check(village("\"2\"", "\"2.6\"", "\"2.6.5\""), NULL);
	expect_only(f, RULE_CODE_FORMAT, 14, 19, PLAN_SEV_ERROR);
	done();
	f = check(village("\"2\"", "\"3.1\"", "\"3.1.01\""), NULL);
	expect_only(f, RULE_CODE_PARENT, 11, 15, PLAN_SEV_ERROR);
	done();
	f = check(village("\"2\"", "\"2.6\"", "\"2.5.01\""), NULL);
	expect_only(f, RULE_CODE_PARENT, 14, 19, PLAN_SEV_ERROR);
	done();
	/* 2.6 and 2.60.01: not at a '.' boundary, and malformed anyway */
	f = check(village("\"2\"", "\"2.6\"", "\"2.60.1\""), NULL);
	expect_only(f, RULE_CODE_FORMAT, 14, 19, PLAN_SEV_ERROR);
	done();
}

static void test_national(void **state)
{
	const struct plan_findings *f;

	(void)state;
	/* free codes; K/L unit codes are free text */
	f = check(regional("rkp", "nasional", "Kementerian Komdigi", "PN-1",
			   "PN-1.PP-2", "PN-1.PP-2.KP-3"), NULL);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	f = check(regional("renja-kl", "nasional", "x", "-PN",
			   "PN 1", "PN_1"), NULL);
	expect(f, 0, RULE_CODE_FORMAT, 9, 11, PLAN_SEV_ERROR);
	expect(f, 1, RULE_CODE_FORMAT, 12, 15, PLAN_SEV_ERROR);
	expect(f, 2, RULE_CODE_FORMAT, 15, 19, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 3);
	done();
	/* kind unknown at level nasional: free codes too */
	f = check(regional("rencana", "nasional", "x", "PN-1", "PN-1.PP-2",
			   "PN-1.PP-2.KP-3"), NULL);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	/* a regional kind keeps regional codes, whatever the level */
	f = check(regional("rkpd", "nasional", UNIT, "PN-1", "2.16.03.2.02",
			   "2.16.03.2.02.0003"), NULL);
	expect_only(f, RULE_CODE_FORMAT, 9, 11, PLAN_SEV_ERROR);
	done();
}

/* A nomenclature table in a temporary file. */
static void load_csv(struct plan_tables *t, const char *csv)
{
	char path[] = "/tmp/test_check_codes_XXXXXX";
	char err[256];
	int fd = mkstemp(path);
	size_t n = strlen(csv);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, csv, n), (ssize_t)n);
	close(fd);
	if (plan_tables_load_nomenclature(t, path, err, sizeof err) != 0)
		fail_msg("%s", err);
	unlink(path);
}

/* A kab/kota table (its kegiatan carry level digit 2). */
static const char kab_csv[] =
	"code,name,parent,level\n"
	"2.16,BIDANG KOMINFO,2,bidang\n"
	"2.16.02,PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK,2.16,program\n"
	"2.16.03,PROGRAM APLIKASI INFORMATIKA,2.16,program\n"
	"2.16.03.2.02,Pengelolaan e-government,2.16.03,kegiatan\n"
	"2.16.03.2.02.03,Pengelolaan Pusat Data Pemerintahan Daerah,"
	"2.16.03.2.02,subkegiatan\n"
	"2.16.03.2.02.04,Pengelolaan Nama Domain,2.16.03.2.02,subkegiatan\n"
	"2.20.02,PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL******),2.20,"
	"program\n";

static struct plan_tables *nomenclature(void)
{
	struct plan_tables *t = plan_tables_new();

	load_csv(t, kab_csv);
	return t;
}

static void test_code_unknown(void **state)
{
	struct plan_tables *t = nomenclature();
	const struct plan_findings *f;

	(void)state;
	/* known codes, names equal after folding (and .0003 as .03) */
	f = check(kota("2.16.03", "2.16.03.2.02", "2.16.03.2.02.0003"), t);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	f = check(kota("2.16.03", "2.16.03.2.02", "2.16.03.2.02.0004"), t);
	expect_only(f, RULE_CODE_UNKNOWN, 15, 19, PLAN_SEV_WARNING);
	done();
	/* the name differs: at the name, giving the official one */
	snprintf(buf, sizeof buf,
		 "plan: 1\nid: t\nkind: renja\nlevel: kota\nregion: \"35.78\"\n"
		 "unit: {code: \"" UNIT "\", name: D}\n"
		 "period: {start: 2026, end: 2026}\n"
		 "programs:\n"
		 "  - code: 2.16.03\n"
		 "    name: Program Informatika\n"
		 "    kegiatan:\n"
		 "      - code: 2.16.03.2.02\n"
		 "        name: Pengelolaan   E-Government\n"
		 "        sub_kegiatan:\n"
		 "          - code: 2.16.03.2.02.0003\n"
		 "            name: Pusat Data\n");
	f = check(buf, t);
	/* a program's name is judged by the table of the document's level,
	 * the kab/kota one here */
	expect(f, 0, RULE_CODE_UNKNOWN, 10, 11, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->hint,
		"write name: PROGRAM APLIKASI INFORMATIKA");
	expect(f, 1, RULE_CODE_UNKNOWN, 16, 19, PLAN_SEV_WARNING);
	assert_int_equal(plan_findings_count(f), 2);
	assert_non_null(strstr(plan_findings_get(f, 1)->message,
			       "'Pengelolaan Pusat Data Pemerintahan Daerah'"));
	assert_string_equal(plan_findings_get(f, 1)->hint,
		"write name: Pengelolaan Pusat Data Pemerintahan Daerah");
	done();
	/* code-level wins over code-unknown */
	f = check(kota("2.16.03", "2.16.03.1.02", "2.16.03.1.02.0003"), t);
	expect(f, 0, RULE_CODE_LEVEL, 12, 15, PLAN_SEV_ERROR);
	expect(f, 1, RULE_CODE_LEVEL, 15, 19, PLAN_SEV_ERROR);
	assert_int_equal(plan_findings_count(f), 2);
	done();
	/* village codes are not looked up */
	f = check(village("\"2\"", "\"2.6\"", "\"2.6.05\""), t);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	plan_tables_free(t);
}

/* A renja of level with one program (code at 9:11, name at 10:11) and
 * one sub-kegiatan (code 15:19, name 16:19). */
static const char *named(const char *level, const char *region,
			 const char *prog, const char *pname, const char *sub,
			 const char *sname)
{
	snprintf(buf, sizeof buf,
		 "plan: 1\nid: t\nkind: renja\nlevel: %s\nregion: \"%s\"\n"
		 "unit: {code: \"" UNIT "\", name: D}\n"
		 "period: {start: 2026, end: 2026}\n"
		 "programs:\n"
		 "  - code: %s\n"
		 "    name: %s\n"
		 "    kegiatan:\n"
		 "      - code: %.12s\n"
		 "        name: Pengelolaan e-Government\n"
		 "        sub_kegiatan:\n"
		 "          - code: %s\n"
		 "            name: %s\n",
		 level, region, prog, pname, sub, sub, sname);
	return buf;
}

/* SPEC 4 code-unknown: the name of another code is reported at the code,
 * naming it; white space and footnote marks do not count. */
static void test_name_of_another_code(void **state)
{
	struct plan_tables *t = nomenclature();
	const struct plan_findings *f;

	(void)state;
	f = check(named("kota", "35.78", "2.16.03",
			"Program Penyelenggaraan Statistik  Sektoral",
			"2.16.03.2.02.0003", "Pengelolaan Pusat Data"
			" Pemerintahan Daerah"), t);
	expect_only(f, RULE_CODE_UNKNOWN, 9, 11, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->message,
		"program code '2.16.03' does not fit its name 'Program "
		"Penyelenggaraan Statistik  Sektoral': the name is that of "
		"2.20.02");
	assert_string_equal(plan_findings_get(f, 0)->hint,
		"if the name is right, write code: 2.20.02; 2.16.03 is "
		"'PROGRAM APLIKASI INFORMATIKA'");
	done();
	/* a sibling's name: the code, in the plan's four-digit form */
	f = check(named("kota", "35.78", "2.16.03",
			"Program Aplikasi Informatika", "2.16.03.2.02.0003",
			"Pengelolaan NamaDomain"), t);
	expect_only(f, RULE_CODE_UNKNOWN, 15, 19, PLAN_SEV_WARNING);
	assert_non_null(strstr(plan_findings_get(f, 0)->hint,
			       "write code: 2.16.03.2.02.0004;"));
	done();
	/* a name copied with the table's footnote marks is the same name */
	f = check(named("kota", "35.78", "2.20.02",
			"PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL******)",
			"2.16.03.2.02.0003", "Pengelolaan Pusat Data"
			" Pemerintahan Daerah"), t);
	/* (its kegiatan is under the wrong program: nothing about names) */
	expect_only(f, RULE_CODE_PARENT, 12, 15, PLAN_SEV_ERROR);
	done();
	/* an unknown code whose name is known says whose it is */
	f = check(named("kota", "35.78", "2.16.04",
			"PROGRAM APLIKASI INFORMATIKA", "2.16.04.2.02.0003",
			"x"), t);
	expect(f, 0, RULE_CODE_UNKNOWN, 9, 11, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "the name is that of 2.16.03");
	expect(f, 1, RULE_CODE_UNKNOWN, 12, 15, PLAN_SEV_WARNING);
	expect(f, 2, RULE_CODE_UNKNOWN, 15, 19, PLAN_SEV_WARNING);
	assert_int_equal(plan_findings_count(f), 3);
	done();
	plan_tables_free(t);
}

/* Program names are judged by the table of the document's level; with
 * no table of that level loaded, not at all. */
static void test_program_name_by_level(void **state)
{
	struct plan_tables *t = nomenclature();
	const struct plan_findings *f;
	static const char prov_csv[] =
		"code,name\n"
		"2.16.03,PROGRAM PENGELOLAAN APLIKASI INFORMATIKA\n"
		"2.16.03.1.02,Pengelolaan e-government\n"
		"2.16.03.1.02.03,Pengelolaan Pusat Data Pemerintahan Daerah\n";

	(void)state;
	/* only the kab/kota table: a provinsi renja's program name is not
	 * judged (its kegiatan are simply not in that table) */
	f = check(named("provinsi", "35", "2.16.03",
			"Program Pengelolaan Aplikasi Informatika",
			"2.16.03.1.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah"), t);
	expect(f, 0, RULE_CODE_UNKNOWN, 12, 15, PLAN_SEV_WARNING);
	expect(f, 1, RULE_CODE_UNKNOWN, 15, 19, PLAN_SEV_WARNING);
	assert_int_equal(plan_findings_count(f), 2);
	done();
	load_csv(t, prov_csv);
	f = check(named("provinsi", "35", "2.16.03",
			"Program Pengelolaan Aplikasi Informatika",
			"2.16.03.1.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah"), t);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	f = check(named("kecamatan", "35.78.01", "2.16.03",
			"Program Pengelolaan Aplikasi Informatika",
			"2.16.03.2.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah"), t);
	expect_only(f, RULE_CODE_UNKNOWN, 10, 11, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->hint,
			    "write name: PROGRAM APLIKASI INFORMATIKA");
	done();
	plan_tables_free(t);
}

/* SPEC 5: a document is checked against the latest set whose `from` is
 * not after its first year; before every set, against none. */
static void test_nomenclature_by_year(void **state)
{
	struct plan_tables *t = plan_tables_new();
	const struct plan_findings *f;

	(void)state;
	plan_tables_nomenclature_from(t, 2020);
	load_csv(t, kab_csv);
	plan_tables_nomenclature_from(t, 2026);
	load_csv(t, "code,name\n2.16.03,PROGRAM BARU\n"
		 "2.16.03.2.02,Pengelolaan e-government\n"
		 "2.16.03.2.02.0003,Pengelolaan Pusat Data Pemerintahan"
		 " Daerah\n");
	f = check(named("kota", "35.78", "2.16.03", "Program Baru",
			"2.16.03.2.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah"), t);
	assert_int_equal(plan_findings_count(f), 0);
	done();
	f = check(named("kota", "35.78", "2.16.03",
			"Program Aplikasi Informatika", "2.16.03.2.02.0004",
			"Pengelolaan Nama Domain"), t);
	expect(f, 0, RULE_CODE_UNKNOWN, 10, 11, PLAN_SEV_WARNING);
	expect(f, 1, RULE_CODE_UNKNOWN, 15, 19, PLAN_SEV_WARNING);
	assert_int_equal(plan_findings_count(f), 2);
	done();
	assert_null(plan_tables_nomenclature(t, 2019));
	assert_non_null(plan_tables_nomenclature(t, 2020));
	assert_true(plan_tables_nomenclature(t, 2025) ==
		    plan_tables_nomenclature(t, 2020));
	assert_true(plan_tables_nomenclature(t, 2030) ==
		    plan_tables_nomenclature(t, -1));
	plan_tables_free(t);
}

/* SPEC 4 code-form: one warning, at the first code of the rarer form. */
static void test_code_form(void **state)
{
	const struct plan_findings *f;

	(void)state;
	snprintf(buf, sizeof buf,
		 "plan: 1\nid: t\nkind: renja\nlevel: kota\nregion: \"35.78\"\n"
		 "unit: {code: \"" UNIT "\", name: D}\n"
		 "period: {start: 2026, end: 2026}\n"
		 "programs:\n"
		 "  - code: 2.16.03\n"
		 "    name: P\n"
		 "    kegiatan:\n"
		 "      - code: 2.16.03.2.02\n"
		 "        name: K\n"
		 "        sub_kegiatan:\n"
		 "          - {code: 2.16.03.2.02.0003, name: A}\n"
		 "          - {code: 2.16.03.2.02.04, name: B}\n"
		 "          - {code: 2.16.03.2.02.0005, name: C}\n"
		 "          - {code: 2.16.03.2.02.06, name: D}\n"
		 "          - {code: 2.16.03.2.02.0007, name: E}\n");
	f = check(buf, NULL);
	expect_only(f, RULE_CODE_FORM, 16, 20, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->hint,
		"write '2.16.03.2.02.0004', and the other 1 code of that form "
		"likewise: one document writes every sub-kegiatan code in one "
		"form");
	done();
	/* a tie: the form that comes second */
	snprintf(buf, sizeof buf,
		 "plan: 1\nid: t\nkind: renja\nlevel: kota\nregion: \"35.78\"\n"
		 "unit: {code: \"" UNIT "\", name: D}\n"
		 "period: {start: 2026, end: 2026}\n"
		 "programs:\n"
		 "  - code: 2.16.03\n"
		 "    name: P\n"
		 "    kegiatan:\n"
		 "      - code: 2.16.03.2.02\n"
		 "        name: K\n"
		 "        sub_kegiatan:\n"
		 "          - {code: 2.16.03.2.02.03, name: A}\n"
		 "          - {code: 2.16.03.2.02.0104, name: B}\n");
	f = check(buf, NULL);
	expect_only(f, RULE_CODE_FORM, 16, 20, PLAN_SEV_WARNING);
	assert_string_equal(plan_findings_get(f, 0)->hint,
		"'2.16.03.2.02.0104' has no two-digit spelling: write the "
		"other sub-kegiatan codes with four digits");
	done();
}

static void test_no_table(void **state)
{
	struct plan_tables *t = plan_tables_new();

	(void)state;
	/* an empty table set: code-unknown stays quiet */
	assert_int_equal(plan_findings_count(
		check(kota("2.16.09", "2.16.09.2.02", "2.16.09.2.02.0003"),
		      t)), 0);
	done();
	plan_tables_free(t);
}

static void test_huge_code(void **state)
{
	size_t n = 100000;
	char *yaml = malloc(n + 256);
	const struct plan_findings *f;
	int k;

	(void)state;
	assert_non_null(yaml);
	k = snprintf(yaml, 256, "plan: 1\nid: t\nkind: rkpd\nlevel: kota\n"
		     "programs:\n  - name: P\n    code: ");
	memset(yaml + k, '9', n);
	strcpy(yaml + k + n, "\n");
	f = check(yaml, NULL);
	expect_only(f, RULE_CODE_FORMAT, 7, 11, PLAN_SEV_ERROR);
	/* the subject is cut, the message stays short */
	assert_true(strlen(plan_findings_get(f, 0)->message) < 300);
	done();
	free(yaml);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean_regional),
		cmocka_unit_test(test_program_malformed),
		cmocka_unit_test(test_kegiatan_sub_malformed),
		cmocka_unit_test(test_level_digit_invalid),
		cmocka_unit_test(test_template),
		cmocka_unit_test(test_code_parent),
		cmocka_unit_test(test_code_level),
		cmocka_unit_test(test_unit_codes),
		cmocka_unit_test(test_absent_codes),
		cmocka_unit_test(test_village),
		cmocka_unit_test(test_national),
		cmocka_unit_test(test_code_unknown),
		cmocka_unit_test(test_name_of_another_code),
		cmocka_unit_test(test_program_name_by_level),
		cmocka_unit_test(test_nomenclature_by_year),
		cmocka_unit_test(test_code_form),
		cmocka_unit_test(test_no_table),
		cmocka_unit_test(test_huge_code),
	};
	return cmocka_run_group_tests_name("plan_check_codes", tests, NULL, NULL);
}
