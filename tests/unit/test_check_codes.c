/* test_check_codes.c - code-format, code-parent, code-level, code-unknown. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check/check_priv.h"
#include "tables/tables.h"

static struct plan_tables *tables;	/* of the test running, or NULL */

static const struct plan_findings *run(struct tu_fx *fx, const char *yaml)
{
	return tu_check(fx, yaml, tables, plan_check_codes);
}

static int teardown(void **state)
{
	plan_tables_free(tables);
	tables = NULL;
	return tu_teardown(state);
}

#define FORMAT(...) {.rule = RULE_CODE_FORMAT, PLAN_SEV_ERROR, __VA_ARGS__}
#define PARENT(...) {.rule = RULE_CODE_PARENT, PLAN_SEV_ERROR, __VA_ARGS__}
#define LEVEL(...) {.rule = RULE_CODE_LEVEL, PLAN_SEV_ERROR, __VA_ARGS__}
#define UNKNOWN(...) \
	{.rule = RULE_CODE_UNKNOWN, PLAN_SEV_WARNING, __VA_ARGS__}
#define FORM(...) {.rule = RULE_CODE_FORM, PLAN_SEV_WARNING, __VA_ARGS__}

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

/* The codes of a kota renja (see kota()) and what they are found to be:
 * want up to a line 0. */
static const struct kota_case {
	const char *prog, *keg, *sub;
	struct tu_want want[3];
} kota_cases[] = {
	{"2.16.03", "2.16.03.2.02", "2.16.03.2.02.0003", {{0}}},
	/* two-digit sub-kegiatan of the 2020 tables */
	{"2.16.03", "2.16.03.2.02", "2.16.03.2.02.03", {{0}}},
	/* a malformed program: one bad value, one finding, the children are
	 * not code-parent */
	{"2.16.3", "2.16.03.2.02", "2.16.03.2.02.0003",
	 {FORMAT(9, 11, .part = "'2.16.3'",
		 .hint = "did you mean '2.16.03'?")}},
	{"2.16", "2.16.03.2.02", "2.16.03.2.02.0003",
	 {FORMAT(9, 11, .hint = "as in 2.16.03")}},
	{"2.16.03a", "2.16.03.2.02", "2.16.03.2.02.0003", {FORMAT(9, 11)}},
	/* a malformed kegiatan or sub-kegiatan */
	{"2.16.03", "2.16.03.2.2", "2.16.03.2.02.0003",
	 {FORMAT(12, 15, .hint = "did you mean '2.16.03.2.02'?")}},
	{"2.16.03", "2.16.03.2.02", "2.16.03.2.02.003",
	 {FORMAT(15, 19, .hint = "did you mean '2.16.03.2.02.0003'?")}},
	{"2.16.03", "2.16.03.2.02", "2.16.03.2.02.00003", {FORMAT(15, 19)}},
	/* N must be 1 or 2: code-format, not code-level, and the
	 * sub-kegiatan under it is not code-parent either */
	{"2.16.03", "2.16.03.3.02", "2.16.03.3.02.0003",
	 {FORMAT(12, 15, .part = "level digit '3'"), FORMAT(15, 19)}},
	/* the template's X.XX */
	{"X.XX.01", "X.XX.01.2.02", "X.XX.01.2.02.0001",
	 {FORMAT(9, 11, .part = "template",
		 .hint = "write '2.16.01' for unit " UNIT),
	  FORMAT(12, 15),
	  FORMAT(15, 19, .hint = "write '2.16.01.2.02.0001' for unit " UNIT)}},
	/* code-parent */
	{"2.16.03", "2.16.02.2.01", "2.16.02.2.01.0002",
	 {PARENT(12, 15, .hint = "'2.16.03.'")}},
	/* conformance case code-parent: extends the program, not the
	 * kegiatan */
	{"2.16.03", "2.16.03.2.02", "2.16.03.2.01.0003", {PARENT(15, 19)}},
	/* a prefix that is not at a '.' boundary does not extend */
	{"2.16.03", "2.16.03.2.02", "2.16.03.2.021.003", {FORMAT(15, 19)}},
	/* code-level */
	{"2.16.03", "2.16.03.1.02", "2.16.03.1.02.0003",
	 {LEVEL(12, 15, .hint = "'2.16.03.2.02'"), LEVEL(15, 19)}},
	/* one finding per value: code-parent wins over code-level */
	{"2.16.03", "2.16.03.2.02", "2.16.03.1.02.0003", {PARENT(15, 19)}},
};

/* The findings are as c says; else the test fails, naming c's codes. */
static void kota_is(struct tu_fx *fx, const struct kota_case *c)
{
	char name[96];

	snprintf(name, sizeof name, "%s %s %s", c->prog, c->keg, c->sub);
	tu_want_case(name, run(fx, kota(c->prog, c->keg, c->sub)), c->want,
		     tu_want_count(c->want, sizeof c->want / sizeof *c->want));
}

static void test_kota_codes(void **state)
{
	for (size_t i = 0; i < sizeof kota_cases / sizeof *kota_cases; i++)
		kota_is(*state, &kota_cases[i]);
}

/* Other levels, units and kinds of document. */
static void test_regional(void **state)
{
	/* provinsi, level digit 1; a unit code without .XXXX */
	tu_count(run(*state, regional("rkpd", "provinsi", "2.16.0.00.0.00.01",
		"2.16.03", "2.16.03.1.02", "2.16.03.1.02.0003")), 0);
	/* kecamatan plans carry kabupaten/kota codes */
	tu_count(run(*state, regional("renja", "kecamatan", UNIT, "7.01.02",
		"7.01.02.2.01", "7.01.02.2.01.0001")), 0);
	/* without a usable unit code (6:14): a general hint for a template */
	TU_WANT(run(*state, regional("rkpd", "kota", "Diskominfo", "X.XX.01",
				     "2.16.01.2.02", "2.16.01.2.02.0001")),
		FORMAT(6, 14), FORMAT(9, 11, .hint = "bidang"));
	/* code-level at provinsi */
	TU_WANT(run(*state, regional("rkpd", "provinsi", UNIT, "2.16.03",
				     "2.16.03.2.02", "2.16.03.2.02.0003")),
		LEVEL(12, 15), LEVEL(15, 19));
	/* a level without a digit of its own (unknown): not checked */
	tu_count(run(*state, regional("renja", "planet", UNIT, "2.16.03",
		"2.16.03.1.02", "2.16.03.1.02.0003")), 0);
}

static void test_unit_codes(void **state)
{
	const struct plan_findings *l = run(*state,
		"plan: 1\nid: t/rkpd/2026\nkind: rkpd\nlevel: kota\n"
		"region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
		"programs:\n  - code: 2.16.03\n    name: P\n"
		"    unit: 2.16.2.20.2.21.1\n"		/* 10:11 */
		"    kegiatan:\n      - code: 2.16.03.2.02\n        name: K\n"
		"        unit: \"2.16.2.20.2.21.01.0000\"\n"
		"  - code: 2.16.02\n    name: Q\n"
		"    unit: {code: x}\n");		/* not a scalar: schema's */

	TU_WANT(l, FORMAT(10, 11));
	assert_string_equal(plan_findings_get(l, 0)->element,
			    "t/rkpd/2026#2.16.03");
	TU_WANT(run(*state, regional("renja", "kota", "2.16.2.20.2.21.01.000",
				     "2.16.03", "2.16.03.2.02",
				     "2.16.03.2.02.0003")), FORMAT(6, 14));
}

static void test_absent_codes(void **state)
{
	/* absent, null or non-scalar codes are schema's; a child of a
	 * kegiatan without a usable code has nothing to extend */
	tu_count(run(*state, "plan: 1\nid: t/rkpd/2026\nkind: rkpd\n"
		"level: kota\nregion: \"35.78\"\n"
		"period: {start: 2026, end: 2026}\nprograms:\n"
		"  - name: no code\n    kegiatan:\n      - code: [2, 16]\n"
		"        name: K\n        sub_kegiatan:\n"
		"          - code: ~\n            name: S\n"
		"          - code: 2.16.03.2.02.0003\n            name: S\n"),
		 0);
}

static void test_village(void **state)
{
	tu_count(run(*state, village("\"2\"", "\"2.6\"", "\"2.6.05\"")), 0);
	/* unquoted village codes are their text too */
	tu_count(run(*state, village("5", "5.1", "5.1.01")), 0);
	TU_WANT(run(*state, village("\"6\"", "\"6.1\"", "\"6.1.01\"")),
		FORMAT(8, 11), FORMAT(11, 15), FORMAT(14, 19));
	TU_WANT(run(*state, village("\"2\"", "\"2.0\"", "\"2.0.01\"")),
		FORMAT(11, 15), FORMAT(14, 19));
	TU_WANT(run(*state, village("\"2\"", "\"2.6\"", "\"2.6.5\"")),
		FORMAT(14, 19));
	TU_WANT(run(*state, village("\"2\"", "\"3.1\"", "\"3.1.01\"")),
		PARENT(11, 15));
	TU_WANT(run(*state, village("\"2\"", "\"2.6\"", "\"2.5.01\"")),
		PARENT(14, 19));
	/* 2.6 and 2.60.01: not at a '.' boundary, and malformed anyway */
	TU_WANT(run(*state, village("\"2\"", "\"2.6\"", "\"2.60.1\"")),
		FORMAT(14, 19));
}

static void test_national(void **state)
{
	/* free codes; K/L unit codes are free text */
	tu_count(run(*state, regional("rkp", "nasional", "Kementerian Komdigi",
		"PN-1", "PN-1.PP-2", "PN-1.PP-2.KP-3")), 0);
	TU_WANT(run(*state, regional("renja-kl", "nasional", "x", "-PN",
				     "PN 1", "PN_1")),
		FORMAT(9, 11), FORMAT(12, 15), FORMAT(15, 19));
	/* kind unknown at level nasional: free codes too */
	tu_count(run(*state, regional("rencana", "nasional", "x", "PN-1",
		"PN-1.PP-2", "PN-1.PP-2.KP-3")), 0);
	/* a regional kind keeps regional codes, whatever the level */
	TU_WANT(run(*state, regional("rkpd", "nasional", UNIT, "PN-1",
				     "2.16.03.2.02", "2.16.03.2.02.0003")),
		FORMAT(9, 11));
}

static void test_code_unknown(void **state)
{
	tables = tu_tables(NULL, "code,name,parent,level\n"
		"2.16,BIDANG KOMINFO,2,bidang\n"
		"2.16.03,PROGRAM APLIKASI INFORMATIKA,2.16,program\n"
		"2.16.03.2.02,Pengelolaan e-government,2.16.03,kegiatan\n"
		"2.16.03.2.02.03,Pengelolaan Pusat Data Pemerintahan Daerah,"
		"2.16.03.2.02,subkegiatan\n");
	/* known codes, names equal after folding (and .0003 as .03) */
	tu_count(run(*state, kota("2.16.03", "2.16.03.2.02",
				  "2.16.03.2.02.0003")), 0);
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.2.02",
				 "2.16.03.2.02.0004")), UNKNOWN(15, 19));
	/* the name differs: at the name, giving the official one; a
	 * program's name is judged by the table of the document's level,
	 * the kab/kota one here */
	TU_WANT(run(*state, "plan: 1\nid: t\nkind: renja\nlevel: kota\n"
		"region: \"35.78\"\nunit: {code: \"" UNIT "\", name: D}\n"
		"period: {start: 2026, end: 2026}\nprograms:\n"
		"  - code: 2.16.03\n    name: Program Informatika\n"
		"    kegiatan:\n      - code: 2.16.03.2.02\n"
		"        name: Pengelolaan   E-Government\n"
		"        sub_kegiatan:\n          - code: 2.16.03.2.02.0003\n"
		"            name: Pusat Data\n"),
		UNKNOWN(10, 11, .hint = "write name: PROGRAM APLIKASI "
			"INFORMATIKA"),
		UNKNOWN(16, 19, .part = "'Pengelolaan Pusat Data Pemerintahan "
			"Daerah'", .hint = "write name: Pengelolaan Pusat Data "
			"Pemerintahan Daerah"));
	/* code-level wins over code-unknown */
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.1.02",
				 "2.16.03.1.02.0003")),
		LEVEL(12, 15), LEVEL(15, 19));
	/* village codes are not looked up */
	tu_count(run(*state, village("\"2\"", "\"2.6\"", "\"2.6.05\"")), 0);
}

/* Add a nomenclature table to t, through a temporary file. */
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
	tables = tu_tables(NULL, kab_csv);
	TU_WANT(run(*state, named("kota", "35.78", "2.16.03",
			"Program Penyelenggaraan Statistik  Sektoral",
			"2.16.03.2.02.0003", "Pengelolaan Pusat Data"
			" Pemerintahan Daerah")),
		UNKNOWN(9, 11, .msg = "program code '2.16.03' does not fit "
			"its name 'Program Penyelenggaraan Statistik  "
			"Sektoral': the name is that of 2.20.02",
			.hint = "if the name is right, write code: 2.20.02; "
			"2.16.03 is 'PROGRAM APLIKASI INFORMATIKA'"));
	/* a sibling's name: the code, in the plan's four-digit form */
	TU_WANT(run(*state, named("kota", "35.78", "2.16.03",
			"Program Aplikasi Informatika", "2.16.03.2.02.0003",
			"Pengelolaan NamaDomain")),
		UNKNOWN(15, 19, .hint = "write code: 2.16.03.2.02.0004;"));
	/* a name copied with the table's footnote marks is the same name
	 * (its kegiatan is under the wrong program: nothing about names) */
	TU_WANT(run(*state, named("kota", "35.78", "2.20.02",
			"PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL******)",
			"2.16.03.2.02.0003", "Pengelolaan Pusat Data"
			" Pemerintahan Daerah")),
		PARENT(12, 15));
	/* an unknown code whose name is known says whose it is */
	const struct plan_findings *l = run(*state, named("kota", "35.78",
			"2.16.04", "PROGRAM APLIKASI INFORMATIKA",
			"2.16.04.2.02.0003", "x"));
	TU_WANT(l, UNKNOWN(9, 11, .hint = "the name is that of 2.16.03"),
		UNKNOWN(12, 15), UNKNOWN(15, 19));
	assert_string_equal(plan_findings_get(l, 0)->hint,
			    "the name is that of 2.16.03");
}

/* Program names are judged by the table of the document's level; with
 * no table of that level loaded, not at all. */
static void test_program_name_by_level(void **state)
{
	static const char prov_csv[] =
		"code,name\n"
		"2.16.03,PROGRAM PENGELOLAAN APLIKASI INFORMATIKA\n"
		"2.16.03.1.02,Pengelolaan e-government\n"
		"2.16.03.1.02.03,Pengelolaan Pusat Data Pemerintahan Daerah\n";

	tables = tu_tables(NULL, kab_csv);
	/* only the kab/kota table: a provinsi renja's program name is not
	 * judged (its kegiatan are simply not in that table) */
	TU_WANT(run(*state, named("provinsi", "35", "2.16.03",
			"Program Pengelolaan Aplikasi Informatika",
			"2.16.03.1.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah")),
		UNKNOWN(12, 15), UNKNOWN(15, 19));
	load_csv(tables, prov_csv);
	tu_count(run(*state, named("provinsi", "35", "2.16.03",
			"Program Pengelolaan Aplikasi Informatika",
			"2.16.03.1.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah")), 0);
	const struct plan_findings *l = run(*state, named("kecamatan",
			"35.78.01", "2.16.03",
			"Program Pengelolaan Aplikasi Informatika",
			"2.16.03.2.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah"));
	TU_WANT(l, UNKNOWN(10, 11));
	assert_string_equal(plan_findings_get(l, 0)->hint,
			    "write name: PROGRAM APLIKASI INFORMATIKA");
}

/* SPEC 5: a document is checked against the latest set whose `from` is
 * not after its first year; before every set, against none. */
static void test_nomenclature_by_year(void **state)
{
	tables = plan_tables_new();
	plan_tables_nomenclature_from(tables, 2020);
	load_csv(tables, kab_csv);
	plan_tables_nomenclature_from(tables, 2026);
	load_csv(tables, "code,name\n2.16.03,PROGRAM BARU\n"
		 "2.16.03.2.02,Pengelolaan e-government\n"
		 "2.16.03.2.02.0003,Pengelolaan Pusat Data Pemerintahan"
		 " Daerah\n");
	tu_count(run(*state, named("kota", "35.78", "2.16.03", "Program Baru",
			"2.16.03.2.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah")), 0);
	TU_WANT(run(*state, named("kota", "35.78", "2.16.03",
			"Program Aplikasi Informatika", "2.16.03.2.02.0004",
			"Pengelolaan Nama Domain")),
		UNKNOWN(10, 11), UNKNOWN(15, 19));
	assert_null(plan_tables_nomenclature(tables, 2019));
	assert_non_null(plan_tables_nomenclature(tables, 2020));
	assert_true(plan_tables_nomenclature(tables, 2025) ==
		    plan_tables_nomenclature(tables, 2020));
	assert_true(plan_tables_nomenclature(tables, 2030) ==
		    plan_tables_nomenclature(tables, -1));
}

/* A kota renja whose one kegiatan's sub-kegiatan are subs, one a line
 * "          - {code: CODE, name: X}\n" from line 15 on. */
static const char *sub_kegiatan(const char *subs)
{
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
		 "        sub_kegiatan:\n%s", subs);
	return buf;
}

/* SPEC 4 code-form: one warning, at the first code of the rarer form. */
static void test_code_form(void **state)
{
	const struct plan_findings *l = run(*state, sub_kegiatan(
		"          - {code: 2.16.03.2.02.0003, name: A}\n"
		"          - {code: 2.16.03.2.02.04, name: B}\n"
		"          - {code: 2.16.03.2.02.0005, name: C}\n"
		"          - {code: 2.16.03.2.02.06, name: D}\n"
		"          - {code: 2.16.03.2.02.0007, name: E}\n"));

	TU_WANT(l, FORM(16, 20));
	assert_string_equal(plan_findings_get(l, 0)->hint,
		"write '2.16.03.2.02.0004', and the other 1 code of that form "
		"likewise: one document writes every sub-kegiatan code in one "
		"form");
	/* a tie: the form that comes second */
	l = run(*state, sub_kegiatan(
		"          - {code: 2.16.03.2.02.03, name: A}\n"
		"          - {code: 2.16.03.2.02.0104, name: B}\n"));
	TU_WANT(l, FORM(16, 20));
	assert_string_equal(plan_findings_get(l, 0)->hint,
		"'2.16.03.2.02.0104' has no two-digit spelling: write the "
		"other sub-kegiatan codes with four digits");
}

/* plan-validate --fix: the official name where only the name differs and
 * it is no other code's; none where it is another's. */
static void test_name_fix(void **state)
{
	tables = tu_tables(NULL, kab_csv);
	const struct plan_findings *l = run(*state, named("kota", "35.78",
			"2.16.03", "Program Aplikasi Informatika",
			"2.16.03.2.02.0003", "Pusat Data"));
	TU_WANT(l, UNKNOWN(16, 19));
	const struct plan_fix *fx = plan_findings_get(l, 0)->fix;
	assert_non_null(fx);
	assert_int_equal(fx->line, 16);
	assert_int_equal(fx->column, 19);
	assert_string_equal(fx->text,
			    "Pengelolaan Pusat Data Pemerintahan Daerah");
	/* the name is 0004's: reported at the code, with no fix */
	l = run(*state, named("kota", "35.78", "2.16.03",
			"Program Aplikasi Informatika", "2.16.03.2.02.0003",
			"Pengelolaan Nama Domain"));
	TU_WANT(l, UNKNOWN(15, 19));
	assert_null(plan_findings_get(l, 0)->fix);
	/* a program's name by the table of its level */
	l = run(*state, named("kota", "35.78", "2.16.03", "Program Informatika",
			"2.16.03.2.02.0003",
			"Pengelolaan Pusat Data Pemerintahan Daerah"));
	TU_WANT(l, UNKNOWN(10, 11));
	assert_non_null(plan_findings_get(l, 0)->fix);
	assert_string_equal(plan_findings_get(l, 0)->fix->text,
			    "PROGRAM APLIKASI INFORMATIKA");
}

static void test_no_table(void **state)
{
	/* an empty table set: code-unknown stays quiet */
	tables = tu_tables(NULL, NULL);
	tu_count(run(*state, kota("2.16.09", "2.16.09.2.02",
				  "2.16.09.2.02.0003")), 0);
}

static void test_huge_code(void **state)
{
	size_t n = 100000;
	char *yaml = malloc(n + 256);
	const struct plan_findings *l;
	int k;

	assert_non_null(yaml);
	k = snprintf(yaml, 256, "plan: 1\nid: t\nkind: rkpd\nlevel: kota\n"
		     "programs:\n  - name: P\n    code: ");
	memset(yaml + k, '9', n);
	strcpy(yaml + k + n, "\n");
	/* the subject is cut, the message stays short */
	l = run(*state, yaml);
	TU_WANT(l, FORMAT(7, 11));
	assert_true(strlen(plan_findings_get(l, 0)->message) < 300);
	free(yaml);
}

TU_MAIN("plan_check_codes", tu_setup, teardown,
	TU_TEST(test_kota_codes),
	TU_TEST(test_regional),
	TU_TEST(test_unit_codes),
	TU_TEST(test_absent_codes),
	TU_TEST(test_village),
	TU_TEST(test_national),
	TU_TEST(test_code_unknown),
	TU_TEST(test_name_of_another_code),
	TU_TEST(test_program_name_by_level),
	TU_TEST(test_nomenclature_by_year),
	TU_TEST(test_code_form),
	TU_TEST(test_name_fix),
	TU_TEST(test_no_table),
	TU_TEST(test_huge_code))
