/* test_check_codes.c - code-format, code-parent, code-level, code-unknown. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	tu_count(run(*state, kota("2.16.03", "2.16.03.2.02",
				  "2.16.03.2.02.0003")), 0);
	/* two-digit sub-kegiatan of the 2020 tables */
	tu_count(run(*state, kota("2.16.03", "2.16.03.2.02",
				  "2.16.03.2.02.03")), 0);
	/* provinsi, level digit 1; a unit code without .XXXX */
	tu_count(run(*state, regional("rkpd", "provinsi", "2.16.0.00.0.00.01",
		"2.16.03", "2.16.03.1.02", "2.16.03.1.02.0003")), 0);
	/* kecamatan plans carry kabupaten/kota codes */
	tu_count(run(*state, regional("renja", "kecamatan", UNIT, "7.01.02",
		"7.01.02.2.01", "7.01.02.2.01.0001")), 0);
}

static void test_program_malformed(void **state)
{
	/* one bad value, one finding: the children are not code-parent */
	TU_WANT(run(*state, kota("2.16.3", "2.16.03.2.02",
				 "2.16.03.2.02.0003")),
		FORMAT(9, 11, .part = "'2.16.3'",
		       .hint = "did you mean '2.16.03'?"));
	TU_WANT(run(*state, kota("2.16", "2.16.03.2.02", "2.16.03.2.02.0003")),
		FORMAT(9, 11, .hint = "as in 2.16.03"));
	TU_WANT(run(*state, kota("2.16.03a", "2.16.03.2.02",
				 "2.16.03.2.02.0003")), FORMAT(9, 11));
}

static void test_kegiatan_sub_malformed(void **state)
{
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.2.2",
				 "2.16.03.2.02.0003")),
		FORMAT(12, 15, .hint = "did you mean '2.16.03.2.02'?"));
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.2.02",
				 "2.16.03.2.02.003")),
		FORMAT(15, 19, .hint = "did you mean '2.16.03.2.02.0003'?"));
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.2.02",
				 "2.16.03.2.02.00003")), FORMAT(15, 19));
}

static void test_level_digit_invalid(void **state)
{
	/* N must be 1 or 2: code-format, not code-level, and the
	 * sub-kegiatan under it is not code-parent either */
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.3.02",
				 "2.16.03.3.02.0003")),
		FORMAT(12, 15, .part = "level digit '3'"), FORMAT(15, 19));
}

static void test_template(void **state)
{
	TU_WANT(run(*state, kota("X.XX.01", "X.XX.01.2.02",
				 "X.XX.01.2.02.0001")),
		FORMAT(9, 11, .part = "template",
		       .hint = "write '2.16.01' for unit " UNIT),
		FORMAT(12, 15),
		FORMAT(15, 19, .hint = "write '2.16.01.2.02.0001' for unit "
		       UNIT));
	/* without a usable unit code (6:14): a general hint */
	TU_WANT(run(*state, regional("rkpd", "kota", "Diskominfo", "X.XX.01",
				     "2.16.01.2.02", "2.16.01.2.02.0001")),
		FORMAT(6, 14), FORMAT(9, 11, .hint = "bidang"));
}

static void test_code_parent(void **state)
{
	TU_WANT(run(*state, kota("2.16.03", "2.16.02.2.01",
				 "2.16.02.2.01.0002")),
		PARENT(12, 15, .hint = "'2.16.03.'"));
	/* conformance case code-parent: extends the program, not the
	 * kegiatan */
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.2.02",
				 "2.16.03.2.01.0003")), PARENT(15, 19));
	/* a prefix that is not at a '.' boundary does not extend */
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.2.02",
				 "2.16.03.2.021.003")), FORMAT(15, 19));
}

static void test_code_level(void **state)
{
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.1.02",
				 "2.16.03.1.02.0003")),
		LEVEL(12, 15, .hint = "'2.16.03.2.02'"), LEVEL(15, 19));
	TU_WANT(run(*state, regional("rkpd", "provinsi", UNIT, "2.16.03",
				     "2.16.03.2.02", "2.16.03.2.02.0003")),
		LEVEL(12, 15), LEVEL(15, 19));
	/* one finding per value: code-parent wins over code-level */
	TU_WANT(run(*state, kota("2.16.03", "2.16.03.2.02",
				 "2.16.03.1.02.0003")), PARENT(15, 19));
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
	 * program's name is not judged (the provinsi and kab/kota tables
	 * name the same program codes differently) */
	TU_WANT(run(*state, "plan: 1\nid: t\nkind: renja\nlevel: kota\n"
		"region: \"35.78\"\nunit: {code: \"" UNIT "\", name: D}\n"
		"period: {start: 2026, end: 2026}\nprograms:\n"
		"  - code: 2.16.03\n    name: Program Informatika\n"
		"    kegiatan:\n      - code: 2.16.03.2.02\n"
		"        name: Pengelolaan   E-Government\n"
		"        sub_kegiatan:\n          - code: 2.16.03.2.02.0003\n"
		"            name: Pusat Data\n"),
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
	TU_TEST(test_clean_regional),
	TU_TEST(test_program_malformed),
	TU_TEST(test_kegiatan_sub_malformed),
	TU_TEST(test_level_digit_invalid),
	TU_TEST(test_template),
	TU_TEST(test_code_parent),
	TU_TEST(test_code_level),
	TU_TEST(test_unit_codes),
	TU_TEST(test_absent_codes),
	TU_TEST(test_village),
	TU_TEST(test_national),
	TU_TEST(test_code_unknown),
	TU_TEST(test_no_table),
	TU_TEST(test_huge_code))
