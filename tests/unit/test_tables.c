/* test_tables.c - region, nomenclature and indicator tables: small
 * fixtures written to a temporary directory, then the real national
 * tables when ../shared/data is there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"

#include "tables/indicators.h"
#include "tables/tables.h"

#define DATA "../shared/data"

static char tmpdir[] = "/tmp/test_tables.XXXXXX";

static int make_tmpdir(void **state)
{
	(void)state;
	return mkdtemp(tmpdir) ? 0 : -1;
}

/* The fixtures are few and small: remove each, then the directory. */
static char written[64][128];
static size_t nwritten;

static int remove_tmpdir(void **state)
{
	(void)state;
	for (size_t i = 0; i < nwritten; i++)
		unlink(written[i]);
	return rmdir(tmpdir);
}

/* Write a fixture; returns its path (static storage, one per name). */
static const char *fixture(const char *name, const char *body, size_t len)
{
	assert_true(nwritten < sizeof written / sizeof *written);
	char *path = written[nwritten++];
	snprintf(path, sizeof *written, "%s/%s", tmpdir, name);
	FILE *fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(body, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
	return path;
}

#define FIXTURE(name, lit) fixture(name, lit, sizeof lit - 1)

/* The i-th note with the fixture directory taken off its front. */
static const char *note(const struct plan_tables *t, size_t i)
{
	const char *n = plan_tables_note(t, i);
	assert_non_null(n);
	size_t d = strlen(tmpdir);
	assert_memory_equal(n, tmpdir, d);
	return n + d + 1;
}

static struct plan_tables *load_codes(const char *path)
{
	struct plan_tables *t = plan_tables_new();
	char err[256] = "";
	assert_int_equal(plan_tables_load_nomenclature(t, path, err, sizeof err),
			 0);
	assert_string_equal(err, "");
	return t;
}

/* Each code of want[] (up to a NULL code) has the name beside it, or none
 * where that is NULL; a failure names what the table is. */
static void expect_names(const char *what, const struct plan_tables *t,
			 bool regions, const char *const want[][2])
{
	for (size_t i = 0; want[i][0]; i++) {
		const char *code = want[i][0], *exp = want[i][1];
		const char *got = regions ? plan_tables_region_name(t, code)
					  : plan_tables_code_name(t, code);
		if (!got != !exp || (got && strcmp(got, exp)))
			fail_msg("%s: '%s' is named '%s', expected '%s'", what,
				 code, got ? got : "(none)",
				 exp ? exp : "(none)");
	}
}

/* A table file (and maybe a second one into the same table), what it
 * loads as, and what is noted of it. */
struct load_case {
	const char *file, *csv;
	const char *file2, *csv2;	/* NULL: one file */
	bool regions;			/* else a nomenclature table */
	size_t count;			/* regions or codes loaded */
	const char *names[20][2];	/* see expect_names() */
	const char *notes[6];		/* in line order, up to a NULL */
};

static const struct load_case load_cases[] = {
	{"basic.csv",
	 "code,name,parent,level\n"
	 "13,Sumatera Barat,,provinsi\n"
	 "13.71,Kota Padang,13,kabkota\n"
	 "\"13.71.01\",\"Bungus, Teluk Kabung\",13.71,kecamatan\n",
	 NULL, NULL, true, 3,
	 {{"13", "Sumatera Barat"},
	  {"13.71", "Kota Padang"},
	  {"13.71.01", "Bungus, Teluk Kabung"},
	  {"13.7", NULL},
	  {"13.71 ", NULL},
	  {"", NULL}},
	 {NULL}},
	/* columns by name, in any order and case, with others around them */
	{"cols.csv",
	 "level, Name ,extra,CODE\n"
	 "urusan,URUSAN WAJIB,x,1\n"
	 "bidang,PENDIDIKAN,y,1.01\n",
	 NULL, NULL, false, 2,
	 {{"1.01", "PENDIDIKAN"}},
	 {NULL}},
	{"dup.csv",
	 "code,name\n"
	 "11,Aceh\n"
	 "12,Sumatera Utara\n"
	 "11,Aceh (again)\n"
	 "11,Aceh (thrice)\n",
	 NULL, NULL, true, 2,
	 {{"11", "Aceh"}},
	 {"dup.csv:4: duplicate code '11' (first at line 2)",
	  "dup.csv:5: duplicate code '11' (first at line 2)"}},
	/* a parent that is missing is noted once per row; one listed after
	 * its child is fine */
	{"orphan.csv",
	 "code,name,parent\n"
	 "1.01.02,PROGRAM A,1.01\n"
	 "1.01,BIDANG,1\n"
	 "1,URUSAN,\n"
	 "5.01.04.2.01.01,SUB A,5.01.04.2.01\n"
	 "5.01.04.2.01.02,SUB B,5.01.04.2.01\n",
	 NULL, NULL, false, 5,
	 {{"5.01.04.2.01.02", "SUB B"}},
	 {"orphan.csv:5: code '5.01.04.2.01.01': parent '5.01.04.2.01' is "
	  "not in the table",
	  "orphan.csv:6: code '5.01.04.2.01.02': parent '5.01.04.2.01' is "
	  "not in the table"}},
	/* rows with the wrong number of fields or an empty code are noted
	 * and skipped; notes come in line order whatever their kind */
	{"bad.csv",
	 "code,name,parent\n"
	 "1,URUSAN,\n"
	 "1.01,BIDANG\n"
	 "1.02,BIDANG 2,1,extra\n"
	 ",NO CODE,1\n"
	 "1.03,,1\n"
	 "1.04,ORPHAN,9\n"
	 "1.05,GOOD,1\n",
	 NULL, NULL, false, 3,
	 {{"1.01", NULL},
	  {"1.05", "GOOD"}},
	 {"bad.csv:3: 2 fields, expected 3 (row skipped)",
	  "bad.csv:4: 4 fields, expected 3 (row skipped)",
	  "bad.csv:5: empty code (row skipped)",
	  "bad.csv:6: empty name (row skipped)",
	  "bad.csv:7: code '1.04': parent '9' is not in the table"}},
	/* a BOM before the header and CRLF line ends (as the real tables
	 * have); blank lines and quoted newlines do not put line numbers
	 * off; no final line end */
	{"bom.csv",
	 "\xEF\xBB\xBF" "code,name\r\n"
	 "11,Aceh\r\n"
	 "\r\n"
	 "12,\"Sumatera\r\nUtara\"\r\n"
	 "   \r\n"
	 "11,Again\r\n"
	 "13,Sumatera Barat",
	 NULL, NULL, true, 3,
	 {{"11", "Aceh"},
	  {"12", "Sumatera\r\nUtara"},
	  {"13", "Sumatera Barat"}},
	 {"bom.csv:7: duplicate code '11' (first at line 2)"}},
	/* SPEC 5 and 3.5: the template X.XX.01 and the two spellings of a
	 * sub-kegiatan; a code listed as such wins over the template */
	{"nom.csv",
	 "code,name,parent\n"
	 "X.XX.01,PROGRAM PENUNJANG,\n"
	 "X.XX.01.2.02,Administrasi Keuangan,X.XX.01\n"
	 "X.XX.01.2.02.01,Penyediaan Gaji dan Tunjangan ASN,X.XX.01.2.02\n"
	 "2.16.03.2.02.09,Kota Cerdas,\n"
	 "2.16.03.2.02.0010,Sumber Daya TIK,\n"
	 "2.16.01,PROGRAM PENUNJANG KOMINFO,\n",
	 NULL, NULL, false, 6,
	 {{"2.16.03.2.02.0009", "Kota Cerdas"},
	  {"2.16.03.2.02.09", "Kota Cerdas"},
	  {"2.16.03.2.02.10", "Sumber Daya TIK"},
	  {"2.16.03.2.02.0109", NULL},
	  {"2.16.03.2.02.9", NULL},
	  {"2.16.01", "PROGRAM PENUNJANG KOMINFO"},
	  {"1.02.01", "PROGRAM PENUNJANG"},
	  {"2.17.01.2.02", "Administrasi Keuangan"},
	  {"2.16.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"},
	  {"2.16.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN"},
	  {"2.16.02", NULL},
	  {"2.16.011", NULL},
	  {"2.1.01", NULL},
	  {"X.XX.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"},
	  {"2.16.01.2.03.0001", NULL},
	  {"2", NULL},
	  {"", NULL}},
	 {NULL}},
	/* provinsi and kab/kota tables in one plan_tables: a code of both
	 * keeps the first name and is no duplicate; orphans are per file
	 * (2.16 is in prov.csv only) */
	{"prov.csv",
	 "code,name,parent\n"
	 "2.16,KOMINFO,\n"
	 "2.16.03,PROGRAM PROV,2.16\n"
	 "2.16.03.1.02,KEGIATAN PROV,2.16.03\n",
	 "kab.csv",
	 "code,name,parent\n"
	 "2.16.03,PROGRAM KAB,2.16\n"
	 "2.16.03.2.02,KEGIATAN KAB,2.16.03\n",
	 false, 4,
	 {{"2.16.03", "PROGRAM PROV"},
	  {"2.16.03.2.02", "KEGIATAN KAB"}},
	 {"kab.csv:2: code '2.16.03': parent '2.16' is not in the table"}},
};

/* Write csv as file and load it into t as regions or nomenclature. */
static void load(struct plan_tables *t, bool regions, const char *file,
		 const char *csv)
{
	const char *p = fixture(file, csv, strlen(csv));
	char err[256] = "";
	int rc = regions ? plan_tables_load_regions(t, p, err, sizeof err)
			 : plan_tables_load_nomenclature(t, p, err, sizeof err);
	if (rc != 0)
		fail_msg("%s: %s", file, err);
}

/* The notes of t are want[] (up to a NULL), and no others. */
static void expect_notes(const char *what, const struct plan_tables *t,
			 const char *const *want)
{
	size_t k = 0;

	for (; want[k]; k++) {
		const char *got = k < plan_tables_note_count(t) ? note(t, k)
								: "(none)";
		if (strcmp(got, want[k]))
			fail_msg("%s: note %zu is '%s', expected '%s'", what, k,
				 got, want[k]);
	}
	if (plan_tables_note_count(t) != k)
		fail_msg("%s: %zu notes, expected %zu", what,
			 plan_tables_note_count(t), k);
	assert_null(plan_tables_note(t, k));
}

/* What each case loads; a table of one kind answers nothing of the
 * other. */
static void test_loads(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof load_cases / sizeof *load_cases; i++) {
		const struct load_case *c = &load_cases[i];
		struct plan_tables *t = plan_tables_new();
		assert_false(plan_tables_has_regions(t));
		assert_false(plan_tables_has_nomenclature(t));
		load(t, c->regions, c->file, c->csv);
		if (c->file2)
			load(t, c->regions, c->file2, c->csv2);
		size_t n = c->regions ? plan_tables_region_count(t)
				      : plan_tables_code_count(t);
		size_t other = c->regions ? plan_tables_code_count(t)
					  : plan_tables_region_count(t);
		if (n != c->count || other != 0 ||
		    plan_tables_has_regions(t) != c->regions ||
		    plan_tables_has_nomenclature(t) == c->regions)
			fail_msg("%s: %zu loaded (%zu of the other kind), "
				 "expected %zu", c->file, n, other, c->count);
		expect_names(c->file, t, c->regions, c->names);
		expect_names(c->file, t, !c->regions,
			     (const char *const[][2]){{c->names[0][0], NULL},
						     {NULL, NULL}});
		expect_notes(c->file, t, c->notes);
		plan_tables_free(t);
	}
}

static void test_null_table(void **state)
{
	(void)state;
	assert_false(plan_tables_has_regions(NULL));
	assert_null(plan_tables_region_name(NULL, "13"));
	assert_null(plan_tables_code_name(NULL, "1.01"));
	assert_int_equal(plan_tables_note_count(NULL), 0);
	plan_tables_free(NULL);
}

/* Random lines with no quote in them, as written and with every field
 * quoted: the first are split by the loader itself, the second by
 * libcsv, and both must give the same table, notes and all. */
static unsigned rnd(unsigned *seed, unsigned n)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) % n;
}

static void add_line(char *plain, char *quoted, unsigned *seed)
{
	static const char *const cell[] = {
		"1", "2", "1.1", "1.2", "2.1", "", " 1 ", "\t2", "1.1 ",
		"Aceh", "a b", " Kota  Padang\t", "x",
	};
	static const char *const ends[] = {"\n", "\r\n"};
	if (rnd(seed, 12) == 0) {	/* a blank line, skipped */
		const char *b = rnd(seed, 2) ? " \t \n" : "\r\n";
		strcat(plain, b);
		strcat(quoted, b);
		return;
	}
	unsigned n = rnd(seed, 10) ? 3 : 1 + rnd(seed, 5);
	const char *c = cell[rnd(seed, sizeof cell / sizeof *cell)];
	if (n == 1 && !c[strspn(c, " \t")]) {
		strcat(plain, c);	/* blank too, where "" would be a field */
		strcat(quoted, c);
		n = 0;
	}
	for (unsigned i = 0; i < n; i++) {
		strcat(plain, i ? "," : "");
		strcat(plain, c);
		strcat(quoted, i ? ",\"" : "\"");
		strcat(quoted, c);
		strcat(quoted, "\"");
		c = cell[rnd(seed, sizeof cell / sizeof *cell)];
	}
	const char *e = ends[rnd(seed, 2)];
	strcat(plain, e);
	strcat(quoted, e);
}

static void expect_same_tables(const struct plan_tables *a,
			       const struct plan_tables *b)
{
	static const char *const codes[] = {"1", "2", "1.1", "1.2", "2.1",
					    "Aceh", "x", "a b", NULL};
	assert_int_equal(plan_tables_region_count(a),
			 plan_tables_region_count(b));
	for (const char *const *c = codes; *c; c++) {
		const char *na = plan_tables_region_name(a, *c);
		const char *nb = plan_tables_region_name(b, *c);
		assert_true(!na == !nb);
		if (na)
			assert_string_equal(na, nb);
	}
	assert_int_equal(plan_tables_note_count(a), plan_tables_note_count(b));
	for (size_t i = 0; i < plan_tables_note_count(a); i++)
		assert_string_equal(strchr(note(a, i), ':'),
				    strchr(note(b, i), ':'));
}

static void test_plain_lines_as_libcsv(void **state)
{
	(void)state;
	static char plain[1 << 18], quoted[1 << 19];
	unsigned seed = 2026;
	size_t notes = 0;
	for (int round = 0; round < 4; round++) {
		strcpy(plain, round ? " code , name ,parent\r\n"
				    : "code,name,parent\n");
		strcpy(quoted, plain);
		for (int i = 0; i < 9000; i++)
			add_line(plain, quoted, &seed);
		assert_true(strlen(plain) > 1 << 16);	/* lines cut by a read */
		char name[32];
		snprintf(name, sizeof name, "plain%d.csv", round);
		const char *pp = fixture(name, plain, strlen(plain));
		snprintf(name, sizeof name, "quoted%d.csv", round);
		const char *pq = fixture(name, quoted, strlen(quoted));
		struct plan_tables *a = plan_tables_new(), *b = plan_tables_new();
		char err[256];
		assert_int_equal(plan_tables_load_regions(a, pp, err, sizeof err),
				 0);
		assert_int_equal(plan_tables_load_regions(b, pq, err, sizeof err),
				 0);
		expect_same_tables(a, b);
		notes += plan_tables_note_count(a);
		plan_tables_free(a);
		plan_tables_free(b);
	}
	assert_true(notes > 100);	/* short rows and duplicates were met */
}

static void expect_failure(const char *path, const char *want)
{
	struct plan_tables *t = plan_tables_new();
	char err[256] = "";
	assert_int_equal(plan_tables_load_nomenclature(t, path, err, sizeof err),
			 -1);
	assert_false(plan_tables_has_nomenclature(t));
	assert_int_equal(plan_tables_code_count(t), 0);
	assert_int_equal(plan_tables_note_count(t), 0);
	char full[512];
	snprintf(full, sizeof full, "%s/%s", tmpdir, want);
	assert_string_equal(err, want[0] == '/' ? want : full);
	plan_tables_free(t);
}

static void test_failures(void **state)
{
	(void)state;
	expect_failure(FIXTURE("noname.csv", "code,label\n1,URUSAN\n"),
		       "noname.csv:1: no 'name' column in the header");
	expect_failure(FIXTURE("nocode.csv", "kode,name\n1,URUSAN\n"),
		       "nocode.csv:1: no 'code' column in the header");
	expect_failure(FIXTURE("empty.csv", ""),
		       "empty.csv: empty file, no header row");
	expect_failure(FIXTURE("blank.csv", "\n\r\n  \n"),
		       "blank.csv: empty file, no header row");
	expect_failure(FIXTURE("syntax.csv",
			       "code,name\n1,URUSAN\n2,\"A\"B\n3,C\n"),
		       "syntax.csv:3: CSV syntax error: a quote in the middle "
		       "of a field (inside quotes, write a quote twice: \"\")");
	expect_failure(FIXTURE("open.csv", "code,name\n1,URUSAN\n2,\"A\nB\n"),
		       "open.csv:3: unterminated quoted field");
	expect_failure("/nonexistent/dir/x.csv",
		       "/nonexistent/dir/x.csv: No such file or directory");
	char dir[512];
	snprintf(dir, sizeof dir, "%s: Is a directory", tmpdir);
	struct plan_tables *t = plan_tables_new();
	char err[256];
	assert_int_equal(plan_tables_load_regions(t, tmpdir, err, sizeof err),
			 -1);
	assert_string_equal(err, dir);
	assert_false(plan_tables_has_regions(t));
	plan_tables_free(t);
}

/* A failing load leaves what was loaded before untouched. */
static void test_failed_load_keeps_table(void **state)
{
	(void)state;
	const char *good = FIXTURE("good.csv", "code,name\n1,URUSAN\n");
	const char *bad = FIXTURE("half.csv",
		"code,name\n1,OTHER\n2,NEW\n2,DUP\n3,\"x\"y\n");
	struct plan_tables *t = load_codes(good);
	char err[256];
	assert_int_equal(plan_tables_load_nomenclature(t, bad, err, sizeof err),
			 -1);
	assert_true(plan_tables_has_nomenclature(t));
	assert_int_equal(plan_tables_code_count(t), 1);
	assert_string_equal(plan_tables_code_name(t, "1"), "URUSAN");
	assert_null(plan_tables_code_name(t, "2"));
	assert_int_equal(plan_tables_note_count(t), 0);
	/* and the table still takes a good file after that */
	const char *more = FIXTURE("more.csv", "code,name\n2,NEW\n");
	assert_int_equal(plan_tables_load_nomenclature(t, more, err, sizeof err),
			 0);
	assert_string_equal(plan_tables_code_name(t, "2"), "NEW");
	plan_tables_free(t);
}

/* The indicators table: columns by name, a BOM and CRLF, aggregations
 * in any case; faulty rows noted. */
static void test_indicators_load(void **state)
{
	(void)state;
	const char *p = FIXTURE("ind.csv",
		"\xEF\xBB\xBF" "No,Aggregation , CODE ,Name,Unit\r\n"
		"1,sum,SD-01,\"Jumlah desa, terjangkau 4G\",desa\r\n"
		"2,,SD-02,Indeks SPBE,indeks\r\n"
		"3,MAX,SD-03,Nilai tertinggi,nilai\r\n"
		"4,avg,SD-04,Rata-rata,nilai\r\n"
		"5,sum,SD-01,Lagi,desa\r\n"
		"6,sum,,Tanpa kode,desa\r\n"
		"7,sum,SD-07,\"Dua\nbaris\",desa\r\n"
		"8,sum,SD-08\r\n");
	struct plan_tables *t = plan_tables_new();
	char err[256];
	assert_false(plan_tables_has_indicators(t));
	assert_int_equal(plan_tables_load_indicators(t, p, err, sizeof err), 0);
	assert_true(plan_tables_has_indicators(t));
	assert_int_equal(plan_tables_indicator_count(t), 5);
	const struct plan_indicator_def *d = plan_tables_indicator(t, "SD-01", 5);
	assert_non_null(d);
	assert_string_equal(d->name, "Jumlah desa, terjangkau 4G");
	assert_string_equal(d->unit, "desa");
	assert_int_equal(d->agg, PLAN_AGG_SUM);
	assert_int_equal(d->line, 2);
	assert_int_equal(plan_tables_indicator(t, "SD-02", 5)->agg, PLAN_AGG_NONE);
	assert_int_equal(plan_tables_indicator(t, "SD-03", 5)->agg, PLAN_AGG_MAX);
	assert_int_equal(plan_tables_indicator(t, "SD-04", 5)->agg, PLAN_AGG_NONE);
	assert_int_equal(plan_tables_indicator(t, "SD-07", 5)->line, 8);
	assert_null(plan_tables_indicator(t, "SD-0", 4));
	assert_null(plan_tables_indicator(t, "SD-08", 5));
	assert_string_equal(plan_tables_indicator_at(t, 4)->code, "SD-07");
	expect_notes("ind.csv", t, (const char *const[]){
		"ind.csv:5: unknown aggregation 'avg' (sum, min, max or none): "
		"taken as none",
		"ind.csv:6: duplicate code 'SD-01' (first at line 2)",
		"ind.csv:7: empty code (row skipped)",
		"ind.csv:10: 3 fields, expected 5 (row skipped)",
		NULL});
	assert_string_equal(plan_aggregation_name(PLAN_AGG_MIN), "min");
	plan_tables_free(t);
}

static void test_indicators_bad(void **state)
{
	(void)state;
	struct plan_tables *t = plan_tables_new();
	char err[256];
	const char *p = FIXTURE("ind-nounit.csv", "code,name\nA,B\n");
	assert_int_equal(plan_tables_load_indicators(t, p, err, sizeof err), -1);
	assert_non_null(strstr(err, ":1: no 'unit' column in the header"));
	assert_false(plan_tables_has_indicators(t));
	p = FIXTURE("ind-empty.csv", "");
	assert_int_equal(plan_tables_load_indicators(t, p, err, sizeof err), -1);
	assert_non_null(strstr(err, "empty file"));
	p = FIXTURE("ind-quote.csv", "code,name,unit\nA,\"B,u\n");
	assert_int_equal(plan_tables_load_indicators(t, p, err, sizeof err), -1);
	assert_non_null(strstr(err, "unterminated quoted field"));
	/* read by the reader of every table, so said in the same words */
	p = FIXTURE("ind-midquote.csv", "code,name,unit\nA,B\"b,u\n");
	assert_int_equal(plan_tables_load_indicators(t, p, err, sizeof err), -1);
	assert_non_null(strstr(err, "ind-midquote.csv:2: CSV syntax error: a "
			       "quote in the middle of a field"));
	assert_int_equal(plan_tables_load_indicators(t, "/nonexistent/x.csv",
						     err, sizeof err), -1);
	assert_non_null(strstr(err, "x.csv: No such file or directory"));
	/* a good table, then a bad one: the good one stays as it was */
	p = FIXTURE("ind-good.csv", "code,name,unit\nA,Aa,u\n");
	assert_int_equal(plan_tables_load_indicators(t, p, err, sizeof err), 0);
	p = FIXTURE("ind-bad.csv", "code,name,unit\nB,Bb,u\nC,\"Cc,u\n");
	assert_int_equal(plan_tables_load_indicators(t, p, err, sizeof err), -1);
	assert_int_equal(plan_tables_indicator_count(t), 1);
	assert_null(plan_tables_indicator(t, "B", 1));
	/* a second good file adds; the first listing of a code wins */
	p = FIXTURE("ind-more.csv", "code,name,unit\nA,Other,u\nB,Bb,u\n");
	assert_int_equal(plan_tables_load_indicators(t, p, err, sizeof err), 0);
	assert_int_equal(plan_tables_indicator_count(t), 2);
	assert_string_equal(plan_tables_indicator(t, "A", 1)->name, "Aa");
	assert_int_equal(plan_tables_note_count(t), 0);
	plan_tables_free(t);
}

static bool have_data(void)
{
	return access(DATA "/regions.csv", R_OK) == 0;
}

static double ms_since(const struct timespec *a)
{
	struct timespec b;
	clock_gettime(CLOCK_MONOTONIC, &b);
	return (double)(b.tv_sec - a->tv_sec) * 1e3 +
	       (double)(b.tv_nsec - a->tv_nsec) / 1e6;
}

static void test_real_regions(void **state)
{
	(void)state;
	if (!have_data()) {
		print_message("%s absent: real tables not tested\n", DATA);
		skip();
	}
	struct plan_tables *t = plan_tables_new();
	char err[256];
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);
	assert_int_equal(plan_tables_load_regions(t, DATA "/regions.csv", err,
						  sizeof err), 0);
	print_message("regions.csv: %zu rows in %.1f ms\n",
		      plan_tables_region_count(t), ms_since(&start));
	assert_int_equal(plan_tables_region_count(t), 91599);
	assert_int_equal(plan_tables_note_count(t), 0);
	expect_names("regions.csv", t, true, (const char *const[][2]){
		{"13", "Sumatera Barat"},
		{"13.71", "Kota Padang"},
		{"11", "Aceh"},
		{"11.01.01.2001", "Keude Bakongan"},
		{"13.70", NULL},
		{"99", NULL},
		{NULL, NULL}});
	plan_tables_free(t);
}

static void test_real_nomenclature(void **state)
{
	(void)state;
	if (!have_data()) {
		print_message("%s absent: real tables not tested\n", DATA);
		skip();
	}
	struct plan_tables *t = load_codes(DATA "/nomenclature-kabkota-2020.csv");
	assert_int_equal(plan_tables_code_count(t), 2968);
	/* sub-kegiatan of 5.01.04 whose kegiatan is no longer listed */
	assert_int_equal(plan_tables_note_count(t), 22);
	assert_non_null(strstr(plan_tables_note(t, 0), "parent '5.01.04.2.01'"));
	expect_names("nomenclature-kabkota-2020.csv", t, false,
		     (const char *const[][2]){
		{"2.16.03", "PROGRAM APLIKASI INFORMATIKA"},
		{"2.16.03.2.02.0009", "Pengembangan dan Pengelolaan Ekosistem "
		 "Kabupaten/Kota Cerdas dan Kota Cerdas"},
		{"2.16.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"},
		{NULL, NULL}});
	char err[256];
	assert_int_equal(plan_tables_load_nomenclature(t,
		DATA "/nomenclature-provinsi-2020.csv", err, sizeof err), 0);
	/* 244 codes are in both tables */
	assert_int_equal(plan_tables_code_count(t), 2968 + 3636 - 244);
	assert_int_equal(plan_tables_note_count(t), 22);
	assert_string_equal(plan_tables_code_name(t, "2.16.03"),
			    "PROGRAM APLIKASI INFORMATIKA");
	assert_non_null(plan_tables_code_name(t, "2.16.03.1.02"));
	/* program names by the level of the file: kab/kota, provinsi */
	const struct plan_nomenclature *n = plan_tables_nomenclature(t, 2026);
	bool judged;
	assert_string_equal(plan_nomenclature_program_name(n, "2.16.03", 2,
							   &judged),
			    "PROGRAM APLIKASI INFORMATIKA");
	assert_true(judged);
	assert_string_equal(plan_nomenclature_program_name(n, "2.16.03", 1,
							   &judged),
			    "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA");
	/* footnote marks are no part of a name */
	assert_string_equal(plan_tables_code_name(t, "1.01.07"),
			    "PROGRAM PENDIDIKAN DAYAH");
	struct plan_named who[4];
	assert_int_equal(plan_nomenclature_codes_named(n,
		"Program Penyelenggaraan Statistik Sektoral", 42, who, 4), 2);
	assert_string_equal(who[0].code, "2.20.02");
	assert_int_equal(who[0].level, 2);
	assert_int_equal(who[1].level, 1);
	/* one summary per table: the kab/kota table's 22 orphans */
	assert_int_equal(plan_tables_fault_count(t), 2);
	const struct plan_table_faults *f = plan_tables_faults(t, 0);
	assert_int_equal(f->notes, 22);
	assert_int_equal(f->orphans, 22);
	assert_int_equal(f->duplicates + f->malformed, 0);
	assert_int_equal(plan_tables_faults(t, 1)->notes, 0);
	plan_tables_free(t);
}

/* SPEC 5: trailing footnote marks are dropped; a table's level is that
 * of its kegiatan; faulty rows are counted per table and kind. */
static void test_marks_levels_faults(void **state)
{
	(void)state;
	const char *kab = FIXTURE("lv-kab.csv",
		"code,name,parent\n"
		"1.01.07,PROGRAM PENDIDIKAN DAYAH******),\n"
		"1.01.07.2.01,Pengelolaan Dayah ****),1.01.07\n"
		"1.01.08,PROGRAM (UMKM),\n"
		"1.01.09,*),\n"
		"1.01.07,AGAIN,\n"
		"1.01.07.2.02,Orphan,9.99\n"
		"1.01.10\n");
	const char *none = FIXTURE("lv-none.csv",
		"code,name\n1.01.07,PROGRAM OTHER\n");
	struct plan_tables *t = load_codes(kab);
	char err[256];
	assert_int_equal(plan_tables_load_nomenclature(t, none, err,
						       sizeof err), 0);
	expect_names("lv-kab.csv", t, false, (const char *const[][2]){
		{"1.01.07", "PROGRAM PENDIDIKAN DAYAH"},
		{"1.01.07.2.01", "Pengelolaan Dayah"},
		{"1.01.08", "PROGRAM (UMKM)"},
		{"1.01.09", "*)"},
		{NULL, NULL}});
	const struct plan_nomenclature *n = plan_tables_nomenclature(t, -1);
	bool judged;
	assert_string_equal(plan_nomenclature_program_name(n, "1.01.07", 2,
							   &judged),
			    "PROGRAM PENDIDIKAN DAYAH");
	assert_null(plan_nomenclature_program_name(n, "1.01.07", 1,
						   &judged));
	assert_false(judged);
	struct plan_named who[4];
	assert_int_equal(plan_nomenclature_codes_named(n,
		"program  pendidikan dayah", 25, who, 4), 1);
	assert_int_equal(plan_nomenclature_codes_named(n, "PROGRAM OTHER", 13,
						       who, 4), 1);
	assert_int_equal(who[0].level, 0);	/* a file without kegiatan */
	assert_int_equal(plan_tables_fault_count(t), 2);
	const struct plan_table_faults *f = plan_tables_faults(t, 0);
	assert_int_equal(f->first_note, 0);
	assert_int_equal(f->notes, 3);
	assert_int_equal(f->duplicates, 1);
	assert_int_equal(f->orphans, 1);
	assert_int_equal(f->malformed, 1);
	assert_int_equal(plan_tables_faults(t, 1)->notes, 0);
	assert_null(plan_tables_faults(t, 2));
	plan_tables_free(t);
}

TU_MAIN_GROUP("tables", make_tmpdir, remove_tmpdir, NULL, NULL,
	TU_TEST(test_loads),
	TU_TEST(test_null_table),
	TU_TEST(test_plain_lines_as_libcsv),
	TU_TEST(test_failures),
	TU_TEST(test_failed_load_keeps_table),
	TU_TEST(test_indicators_load),
	TU_TEST(test_indicators_bad),
	TU_TEST(test_real_regions),
	TU_TEST(test_real_nomenclature),
	TU_TEST(test_marks_levels_faults))
