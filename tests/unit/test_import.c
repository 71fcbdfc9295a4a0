/* test_import.c - plan-import's reading of tables, the header of new
 * documents, YAML quoting, and the patch of plan-validate --fix
 * (lib/import/). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

#include "base/finding.h"
#include "import/import.h"

/* --- YAML scalars ---------------------------------------------------- */

static void test_yaml_quotes(void **state)
{
	(void)state;
	static const char *const plain[] = {
		"Program Aplikasi Informatika", "2.16.03", "X.XX.01-1",
		"Dinas Komunikasi, Informatika dan Statistik", "WTP",
		"a:b", "a#b", "Kabupaten/Kota", "e-government", "1.2.3",
		"2.16.2.20.2.21.01.0000", "72.06/rpjmd/2019-2024", NULL};
	static const char *const quoted[] = {
		"", " lead", "trail ", "- item", "key: value", "a #c", "%",
		"85", "3.90", "-2", "1_000", "0x1F", ".5", "1e3", ".inf",
		"yes", "No", "null", "~", "true", "2025-01-01", "12:30",
		"'q", "\"q", "[x]", "{x}", "*a", "&a", "!t", "|", ">", "@",
		"`", "line\nbreak", "tab\there", "ends:", "?", ",", NULL};
	for (size_t i = 0; plain[i]; i++)
		if (plan_yaml_needs_quotes(plain[i], false))
			fail_msg("'%s' quoted", plain[i]);
	for (size_t i = 0; quoted[i]; i++)
		if (!plan_yaml_needs_quotes(quoted[i], false))
			fail_msg("'%s' not quoted", quoted[i]);
	/* in a flow collection , [ ] { } end a plain scalar */
	assert_true(plan_yaml_needs_quotes("a, b", true));
	assert_true(plan_yaml_needs_quotes("a]", true));
	assert_false(plan_yaml_needs_quotes("a b", true));
}

static char *put(const char *s, bool flow)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);
	plan_yaml_put_scalar(m, s, flow);
	fclose(m);
	return buf;
}

static void test_yaml_put(void **state)
{
	(void)state;
	char *s = put("say \"hi\"\\\n\t\x01", false);
	assert_string_equal(s, "\"say \\\"hi\\\"\\\\\\n\\t\\x01\"");
	free(s);
	s = put("Pelayanan Informasi Publik", false);
	assert_string_equal(s, "Pelayanan Informasi Publik");
	free(s);
	s = put("%", false);
	assert_string_equal(s, "\"%\"");
	free(s);
}

/* --- the header ------------------------------------------------------ */

static int complete(struct plan_header *h, const char *period, char *err)
{
	struct plan_arena *a = plan_arena_new();
	int r = plan_header_period(h, period);
	if (r == 0)
		r = plan_header_complete(h, NULL, a, err, 256);
	if (r == 0)
		h->id = strdup(h->id);	/* outlive the arena */
	plan_arena_free(a);
	return r;
}

static void test_header(void **state)
{
	(void)state;
	char err[256];
	struct plan_header h = {.kind = KIND_RPJMD, .region = "13.71"};
	assert_int_equal(complete(&h, "2025", err), 0);
	assert_int_equal(h.level, LEVEL_KOTA);
	assert_int_equal(h.start, 2025);
	assert_int_equal(h.end, 2029);
	assert_string_equal(h.id, "13.71/rpjmd/2025-2029");
	assert_string_equal(h.status, "draft");
	free((char *)h.id);

	h = (struct plan_header){.kind = KIND_RKPD, .region = "13.02"};
	assert_int_equal(complete(&h, "2026", err), 0);
	assert_int_equal(h.level, LEVEL_KABUPATEN);
	assert_string_equal(h.id, "13.02/rkpd/2026");
	free((char *)h.id);

	h = (struct plan_header){.kind = KIND_RKPDES, .region = "13.02.04.2001",
				 .level = LEVEL_NAGARI};
	assert_int_equal(complete(&h, "2026", err), 0);
	assert_int_equal(h.level, LEVEL_NAGARI);
	free((char *)h.id);

	h = (struct plan_header){.kind = KIND_RPJMDES, .region = "13.02.04.2001"};
	assert_int_equal(complete(&h, "2023", err), 0);
	assert_int_equal(h.level, LEVEL_DESA);
	assert_int_equal(h.end, 2028);
	free((char *)h.id);

	h = (struct plan_header){.kind = KIND_RPJMN, .region = "indonesia"};
	assert_int_equal(complete(&h, "2025-2029", err), 0);
	assert_int_equal(h.level, LEVEL_NASIONAL);
	assert_null(h.region);
	assert_string_equal(h.id, "indonesia/rpjmn/2025-2029");
	free((char *)h.id);

	/* what the contract does not allow */
	h = (struct plan_header){.kind = KIND_RPJMD, .region = "13.02.04"};
	assert_int_equal(complete(&h, "2025", err), -1);
	assert_non_null(strstr(err, "not written at level 'kecamatan'"));
	h = (struct plan_header){.kind = KIND_RKPD, .region = "13"};
	assert_int_equal(complete(&h, "2026-2027", err), -1);
	assert_non_null(strstr(err, "annual"));
	h = (struct plan_header){.kind = KIND_RKPD, .region = "13.70"};
	assert_int_equal(complete(&h, "2026", err), -1);
	assert_non_null(strstr(err, "neither a kabupaten"));
	h = (struct plan_header){.kind = KIND_RKPD, .region = "13.7"};
	assert_int_equal(complete(&h, "2026", err), -1);
	h = (struct plan_header){.kind = KIND_RENJA, .region = "13"};
	assert_int_equal(complete(&h, "2026", err), -1);
	assert_non_null(strstr(err, "--unit"));
	h = (struct plan_header){.kind = KIND_RKPD, .region = "13.71",
				 .level = LEVEL_KABUPATEN};
	assert_int_equal(complete(&h, "2026", err), -1);
	assert_non_null(strstr(err, "of level kota"));
	h = (struct plan_header){.kind = KIND_RKPD, .region = "13"};
	assert_int_equal(plan_header_period(&h, "26"), -1);
	assert_int_equal(plan_header_period(&h, "2026-27"), -1);
}

/* --- tables ---------------------------------------------------------- */

struct run {
	struct plan_import *im;
	char *doc;
};

static struct run import(const char *csv, enum plan_kind kind,
			 const char *region, int year)
{
	char err[256];
	struct plan_arena *a = plan_arena_new();
	static struct plan_header h;
	h = (struct plan_header){.kind = kind, .region = region,
				 .start = year, .end = year};
	assert_int_equal(plan_header_complete(&h, NULL, a, err, sizeof err),
			 0);
	h.id = strdup(h.id);
	plan_arena_free(a);
	struct plan_import_opts o = {&h, NULL, 0, NULL};
	struct run r = {plan_import_read(csv, strlen(csv), "t.csv", &o), NULL};
	if (!plan_import_refused(r.im)) {
		size_t n;
		FILE *m = open_memstream(&r.doc, &n);
		assert_int_equal(plan_import_write(m, r.im), 0);
		fclose(m);
	}
	free((char *)h.id);
	return r;
}

static void run_free(struct run *r)
{
	plan_import_free(r->im);
	free(r->doc);
}

/* The problems as "ROW:COL sev" lines. */
static char *problems(const struct plan_import *im)
{
	char *buf = NULL;
	size_t n;
	FILE *m = open_memstream(&buf, &n);
	for (size_t i = 0; i < plan_import_problem_count(im); i++) {
		const struct plan_import_problem *p = plan_import_problem(im, i);
		fprintf(m, "%u:%u %s\n", p->row, p->column,
			p->sev == PLAN_IMPORT_ERROR ? "error" : "note");
	}
	fclose(m);
	return buf;
}

static void test_table_rows(void **state)
{
	(void)state;
	/* BOM, ';', CRLF, a blank row, a quoted line break: row numbers
	 * are the spreadsheet's */
	struct run r = import("\xEF\xBB\xBFkode;uraian;pagu 2026\r\n"
			      "2.16.03;\"Program\r\nAplikasi\";1.000\r\n"
			      "\r\n"
			      "2.16.03.2.02;Kegiatan;Rp 1.000\r\n",
			      KIND_RKPD, "13.71", 2026);
	char *p = problems(r.im);
	assert_string_equal(p, "2:3 error\n");	/* 1.000 in a ';' table */
	free(p);
	assert_false(plan_import_refused(r.im));
	struct plan_import_counts c = plan_import_counts(r.im);
	assert_int_equal(c.rows, 2);
	assert_int_equal(c.elements, 2);
	assert_int_equal(c.budgets, 1);
	assert_non_null(strstr(r.doc, "name: \"Program\\r\\nAplikasi\"\n"));
	assert_non_null(strstr(r.doc, "      - code: 2.16.03.2.02\n"
				      "        name: Kegiatan\n"
				      "        budget: {2026: 1000}\n"));
	run_free(&r);
}

static void test_table_refused(void **state)
{
	(void)state;
	static const struct {
		const char *csv;
		const char *where;
	} cases[] = {
		{"kode,uraian\n2.16.03,Caf\xE9\n", "2:2 error\n"},
		{"\xFF\xFEk\0o\0", "1:1 error\n"},
		{"PK\x03\x04rest", "1:1 error\n"},
		{"kode,uraian\n2.16.03,\"open\n", "2:2 error\n"},
		{"kode,uraian\n2.16.03,a\"b\n", "2:2 error\n"},
		{"uraian,satuan\nx,y\n", "1:1 error\n"},
		{"kode,code\n", "1:2 error\n"},
		{"", "1:1 error\n"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *csv = cases[i].csv;
		size_t len = i == 1 ? 6 : strlen(csv);
		char err[256];
		struct plan_arena *a = plan_arena_new();
		struct plan_header h = {.kind = KIND_RKPD, .region = "13.71",
					.start = 2026, .end = 2026};
		assert_int_equal(plan_header_complete(&h, NULL, a, err,
						      sizeof err), 0);
		struct plan_import_opts o = {&h, NULL, 0, NULL};
		struct plan_import *im = plan_import_read(csv, len, "t.csv", &o);
		assert_true(plan_import_refused(im));
		char *p = problems(im);
		if (strcmp(p, cases[i].where))
			fail_msg("case %zu: %s", i, p);
		free(p);
		plan_import_free(im);
		plan_arena_free(a);
	}
}

static void test_conversions(void **state)
{
	(void)state;
	struct run r = import(
		"kode;uraian;indikator;satuan;kondisi awal;target 2026;pagu 2026\n"
		"2.16.03;P;Indeks;indeks;3,25;3,90;Rp 1.200.000.000,00\n"
		";;Persen;%;80%;85 %;\n"
		";;Bad;indeks;;85%;\n"
		";;Big;orang;1.234.567;1.234,5;1.200.000.000\n"
		";;Text;predikat;;WTP;\n",
		KIND_RKPD, "13.71", 2026);
	char *p = problems(r.im);
	assert_string_equal(p, "4:6 error\n");	/* 85% with unit indeks */
	free(p);
	assert_non_null(strstr(r.doc, "baseline: {year: 2025, value: 3.25}\n"
				      "        targets: {2026: 3.90}\n"));
	assert_non_null(strstr(r.doc, "baseline: {year: 2025, value: 80}\n"
				      "        targets: {2026: 85}\n"));
	assert_non_null(strstr(r.doc, "- name: Bad\n        unit: indeks\n"
				      "        targets: {}\n"));
	assert_non_null(strstr(r.doc, "value: 1234567}\n"
				      "        targets: {2026: 1234.5}\n"));
	assert_non_null(strstr(r.doc, "targets: {2026: WTP}\n"));
	assert_non_null(strstr(r.doc, "budget: {2026: 1200000000}\n"));
	run_free(&r);
}

/* --- the patch ------------------------------------------------------- */

static void test_patch(void **state)
{
	(void)state;
	char dir[] = "/tmp/plan-test-import-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof path, "%s/p.yaml", dir);
	FILE *f = fopen(path, "w");
	fputs("a: 1\r\nb: {2026: 1.200.000}   # c\r\nname: 'it''s'\r\n"
	      "c: 3\r\nd: 4\r\ne: 5\r\nf: 6\r\ng: 7\r\nh: 8\r\n"
	      "x: \"2.000\"", f);
	fclose(f);
	struct plan_findings *l = plan_findings_new(NULL);
	struct plan_pos pos = {path, 2, 11};
	plan_finding_add(l, RULE_BUDGET_FORMAT, PLAN_SEV_DEFAULT, pos, NULL,
			 NULL, NULL, "m");
	plan_finding_fix(l, 2, 11, "1.200.000", 9, "1200000");
	pos.line = 3, pos.column = 7;
	plan_finding_add(l, RULE_CODE_UNKNOWN, PLAN_SEV_DEFAULT, pos, NULL,
			 NULL, NULL, "m");
	plan_finding_fix(l, 3, 7, "it's", 4, "Its: 'x'");
	pos.line = 10, pos.column = 4;
	plan_finding_add(l, RULE_BUDGET_FORMAT, PLAN_SEV_DEFAULT, pos, NULL,
			 NULL, NULL, "m");
	plan_finding_fix(l, 10, 4, "2.000", 5, "2000");
	pos.line = 4, pos.column = 4;	/* a stale fix: not the value */
	plan_finding_add(l, RULE_BUDGET_FORMAT, PLAN_SEV_DEFAULT, pos, NULL,
			 NULL, NULL, "m");
	plan_finding_fix(l, 4, 4, "33", 2, "3");
	plan_findings_sort(l);
	char *out = NULL;
	size_t n;
	FILE *m = open_memstream(&out, &n);
	bool fixed[4];
	assert_int_equal(plan_fix_patch(m, l, dir, fixed, NULL, NULL), 1);
	fclose(m);
	assert_string_equal(out,
		"--- a/p.yaml\n+++ b/p.yaml\n"
		"@@ -1,10 +1,10 @@\n"
		" a: 1\r\n"
		"-b: {2026: 1.200.000}   # c\r\n"
		"+b: {2026: 1200000}   # c\r\n"
		"-name: 'it''s'\r\n"
		"+name: 'Its: ''x'''\r\n"
		" c: 3\r\n d: 4\r\n e: 5\r\n f: 6\r\n g: 7\r\n h: 8\r\n"
		"-x: \"2.000\"\n\\ No newline at end of file\n"
		"+x: \"2000\"\n\\ No newline at end of file\n");
	assert_true(fixed[0] && fixed[1] && fixed[3]);
	assert_false(fixed[2]);
	free(out);
	/* a file outside the working directory is not fixed */
	m = open_memstream(&out, &n);
	assert_int_equal(plan_fix_patch(m, l, "/nonexistent", fixed, NULL,
					NULL), 0);
	fclose(m);
	assert_string_equal(out, "");
	free(out);
	plan_findings_free(l);
	unlink(path);
	rmdir(dir);
}

static void test_fix_rule_off(void **state)
{
	(void)state;
	struct plan_rule_config c;
	plan_rule_config_init(&c);
	plan_rule_config_set(&c, RULE_BUDGET_FORMAT, PLAN_SEV_OFF);
	struct plan_findings *l = plan_findings_new(&c);
	struct plan_pos pos = {"f.yaml", 1, 1};
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT, pos, NULL, NULL,
			 NULL, "kept");
	plan_finding_add(l, RULE_BUDGET_FORMAT, PLAN_SEV_DEFAULT, pos, NULL,
			 NULL, NULL, "off");
	plan_finding_fix(l, 1, 1, "1.000", 5, "1000");	/* not on "kept" */
	assert_int_equal(plan_findings_count(l), 1);
	assert_null(plan_findings_get(l, 0)->fix);
	plan_findings_free(l);
}

/* A fix survives the merge of per-thread lists. */
static void test_fix_taken(void **state)
{
	(void)state;
	struct plan_findings *a = plan_findings_new(NULL);
	struct plan_findings *b = plan_findings_new(NULL);
	struct plan_pos pos = {"f.yaml", 2, 9};
	plan_finding_add(a, RULE_BUDGET_FORMAT, PLAN_SEV_DEFAULT, pos, NULL,
			 NULL, NULL, "m");
	plan_finding_fix(a, 2, 9, "1.000", 5, "1000");
	plan_findings_take(b, a);
	plan_findings_free(a);
	const struct plan_finding *f = plan_findings_get(b, 0);
	assert_non_null(f->fix);
	assert_int_equal(f->fix->line, 2);
	assert_int_equal(f->fix->column, 9);
	assert_string_equal(f->fix->old, "1.000");
	assert_int_equal(f->fix->oldlen, 5);
	assert_string_equal(f->fix->text, "1000");
	/* a fix after a take attaches to nothing */
	plan_finding_fix(b, 2, 9, "x", 1, "y");
	assert_string_equal(plan_findings_get(b, 0)->fix->text, "1000");
	plan_findings_free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_yaml_quotes),
		cmocka_unit_test(test_yaml_put),
		cmocka_unit_test(test_header),
		cmocka_unit_test(test_table_rows),
		cmocka_unit_test(test_table_refused),
		cmocka_unit_test(test_conversions),
		cmocka_unit_test(test_patch),
		cmocka_unit_test(test_fix_rule_off),
		cmocka_unit_test(test_fix_taken),
	};
	return cmocka_run_group_tests_name("import", tests, NULL, NULL);
}
