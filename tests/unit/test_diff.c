/* test_diff.c - lib/diff*: matching by id and by code, each kind of
 * change, each no-difference case, the filters and the writers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "diff/diff.h"
#include "model/model.h"
#include "repo/repo.h"

static struct plan_diff *last;	/* of the test running */

static int teardown(void **state)
{
	plan_diff_free(last);
	last = NULL;
	return tu_teardown(state);
}

#define HEAD "plan: 1\nid: t/rkpd/2026\nkind: rkpd\nlevel: kota\n" \
	     "region: \"13.71\"\nperiod: {start: 2026, end: 2026}\n"

static const struct plan_diff *diff_by(struct tu_fx *fx, const char *a,
				       const char *b, enum plan_diff_by by)
{
	struct plan_diff_opts o = {.by = by};

	plan_diff_free(last);
	last = plan_diff_docs(tu_doc(fx->a, a), tu_doc(fx->a, b), &o);
	return last;
}

static const struct plan_diff *diff(struct tu_fx *fx, const char *a,
				    const char *b)
{
	return diff_by(fx, a, b, PLAN_DIFF_BY_ID);
}

/* The change with this breadcrumb (NULL: document) and field, or NULL. */
static const struct plan_change *find(const struct plan_diff *d,
				      const char *crumb, const char *field)
{
	for (size_t i = 0; i < plan_diff_change_count(d); i++) {
		const struct plan_change *c = plan_diff_change(d, i);
		bool cm = crumb ? c->breadcrumb && !strcmp(crumb, c->breadcrumb)
				: !c->breadcrumb;
		bool fm = field ? c->field && !strcmp(field, c->field) : !c->field;
		if (cm && fm)
			return c;
	}
	return NULL;
}

#define PROG HEAD "programs:\n" \
	"  - code: 2.16.03\n" \
	"    name: Program Aplikasi Informatika\n" \
	"    supports: [a/rkpd/2026#2.16.03, b/rpjmd/2025-2029#2.16.03]\n" \
	"    indicators:\n" \
	"      - {code: IK-1, name: Cakupan SPBE, unit: \"%\", targets: {2026: 4.0}}\n" \
	"      - {name: Jumlah Layanan, unit: layanan, targets: {2026: Baik}}\n" \
	"    budget: {2026: 1200000000}\n" \
	"    kegiatan:\n" \
	"      - code: 2.16.03.2.02\n" \
	"        name: Pengelolaan e-government\n" \
	"        budget: {2026: 1200000000}\n" \
	"        sub_kegiatan:\n" \
	"          - {code: 2.16.03.2.02.0003, name: Pusat Data, budget: {2026: 1200000000}}\n" \
	"  - code: 2.20.02\n" \
	"    name: Program Statistik\n"

static void test_same(void **state)
{
	assert_true(plan_diff_same(diff(*state, PROG, PROG)));
}

static void test_same_reordered(void **state)
{
	const char *b = HEAD "programs:\n"
		"  - name: Program Statistik\n"
		"    code: 2.20.02\n"
		"  - kegiatan:\n"
		"      - budget: {2026: 1_200_000_000}\n"
		"        sub_kegiatan:\n"
		"          - {budget: {\"2026\": '1200000000'}, name: Pusat Data, code: 2.16.03.2.02.03}\n"
		"        code: '2.16.03.2.02'\n"
		"        name: \"Pengelolaan   e-government\"\n"
		"    code: \"2.16.03\"\n"
		"    name: >-\n      Program Aplikasi\n      Informatika\n"
		"    budget: {2026: 1200000000}\n"
		"    indicators:\n"
		"      - {name: \" jumlah  layanan \", unit: layanan, targets: {2026: \" baik\"}}\n"
		"      - {targets: {2026: 4.00}, unit: \"%\", name: Cakupan SPBE, code: IK-1}\n"
		"    supports: [b/rpjmd/2025-2029#2.16.03, a/rkpd/2026#2.16.03]\n";
	const struct plan_diff *d = diff(*state, PROG, b);

	assert_int_equal(plan_diff_change_count(d), 0);
	assert_true(plan_diff_same(d));
	assert_int_equal(plan_diff_counts(d).docs_same, 1);
}

static void test_renamed_and_fields(void **state)
{
	const char *b = HEAD "status: final\nprograms:\n"
		"  - code: 2.16.03\n"
		"    name: Program Pengelolaan Aplikasi Informatika\n"
		"    unit: \"2.16.2.20.2.21.01.0000\"\n"
		"    supports: [a/rkpd/2026#2.16.03, c/rkp/2026#PN-1]\n"
		"    indicators:\n"
		"      - {code: IK-1, name: Cakupan SPBE Daerah, unit: \"%\", targets: {2026: 4.5}}\n"
		"      - {name: Jumlah Layanan, unit: layanan, targets: {2026: Baik}}\n"
		"    budget: {2026: 1500000000}\n"
		"  - code: 2.20.02\n"
		"    name: Program Statistik\n";
	const struct plan_diff *d = diff(*state, PROG, b);
	const struct plan_change *c;

	c = find(d, NULL, "status");
	assert_non_null(c);
	assert_int_equal(c->kind, PLAN_CHANGE_ADDED);
	c = find(d, "Program 2.16.03", "name");
	assert_non_null(c);
	assert_int_equal(c->kind, PLAN_CHANGE_RENAMED);
	assert_string_equal(c->old_value, "Program Aplikasi Informatika");
	assert_string_equal(c->element, "t/rkpd/2026#2.16.03");
	c = find(d, "Program 2.16.03", "unit");
	assert_int_equal(c->kind, PLAN_CHANGE_ADDED);
	c = find(d, "Program 2.16.03", "budget.2026");
	assert_true(c->money && c->has_delta);
	assert_int_equal(c->delta, 300000000);
	assert_int_equal(c->cls, PLAN_CLASS_BUDGET);
	c = find(d, "Program 2.16.03", "supports");
	assert_int_equal(c->kind, PLAN_CHANGE_REMOVED);
	assert_string_equal(c->old_value, "b/rpjmd/2025-2029#2.16.03");
	/* the indicator is the same by code, renamed, with a new target */
	c = find(d, "Program 2.16.03", "targets.2026");
	assert_string_equal(c->indicator, "IK-1");
	assert_string_equal(c->old_value, "4.0");
	assert_string_equal(c->new_value, "4.5");
	assert_int_equal(c->cls, PLAN_CLASS_TARGETS);
	/* the kegiatan went, its sub-kegiatan with it */
	c = find(d, "Program 2.16.03 \xE2\x80\xBA Kegiatan 2.16.03.2.02", NULL);
	assert_int_equal(c->kind, PLAN_CHANGE_REMOVED);
	assert_int_equal(c->below, 1);
	/* the document's pagu: 1.2 bn -> 1.5 bn */
	c = find(d, NULL, "budget");
	assert_int_equal(c->delta, 300000000);
}

static void test_added_indicator_and_element(void **state)
{
	const char *b = HEAD "programs:\n"
		"  - code: 2.20.02\n"
		"    name: Program Statistik\n"
		"    indicators: [{name: Metadata, unit: dokumen, targets: {2026: 3}}]\n"
		"    kegiatan:\n"
		"      - code: 2.20.02.2.01\n"
		"        name: Statistik Sektoral\n"
		"        sub_kegiatan: [{code: 2.20.02.2.01.0001, name: Koordinasi}]\n";
	const char *a = HEAD "programs:\n  - {code: 2.20.02, name: Program Statistik}\n";
	const struct plan_diff *d = diff(*state, a, b);
	const struct plan_change *c;

	c = find(d, "Program 2.20.02", NULL);
	assert_non_null(c);
	assert_int_equal(c->kind, PLAN_CHANGE_ADDED);
	assert_string_equal(c->indicator, "Metadata");
	c = find(d, "Program 2.20.02 \xE2\x80\xBA Kegiatan 2.20.02.2.01", NULL);
	assert_int_equal(c->kind, PLAN_CHANGE_ADDED);
	assert_int_equal(c->below, 1);
	assert_int_equal(plan_diff_change_count(d), 2);
}

/* Tujuan T1 and T2 of misi M1; with S1, sasaran S1 under it. */
#define TUJUAN HEAD "misi:\n  - id: M1\n    name: m\n    tujuan:\n"
#define T1(more) "      - {id: T1, name: t" more "}\n"
#define T2(more) "      - {id: T2, name: u" more "}\n"
#define S1 ", sasaran: [{id: S1, name: s}]"

static void test_moved(void **state)
{
	const struct plan_diff *d = diff(*state, TUJUAN T1(S1) T2(""),
					 TUJUAN T1("") T2(S1));
	const struct plan_change *c =
		find(d, "Misi M1 \xE2\x80\xBA Tujuan T2 \xE2\x80\xBA Sasaran S1",
		     "parent");

	assert_non_null(c);
	assert_string_equal(c->old_value, "Misi M1 \xE2\x80\xBA Tujuan T1");
	assert_int_equal(plan_diff_change_count(d), 1);
}

/* Codes shared by the elements of different units are told apart by
 * unit (SPEC 3.5). */
#define DINKES(budget) "  - {code: 1.02.02, name: Dinkes, " \
	"unit: \"1.02.0.00.0.00.01.0000\", budget: {2026: " budget "}}\n"
#define RSUD(budget) "  - {code: 1.02.02, name: RSUD, " \
	"unit: \"1.02.0.00.0.00.02.0000\", budget: {2026: " budget "}}\n"

static void test_same_code_two_units(void **state)
{
	const struct plan_diff *d = diff(*state,
		HEAD "programs:\n" DINKES("5") RSUD("7"),
		HEAD "programs:\n" RSUD("9") DINKES("5"));
	const struct plan_change *c = find(d, "Program 1.02.02", "budget.2026");

	assert_int_equal(plan_diff_change_count(d), 3);	/* + 2 totals */
	assert_int_equal(c->delta, 2);
}

static void test_by_code(void **state)
{
	const char *prov = "plan: 1\nid: p/rpjmd/2025-2029\nkind: rpjmd\nlevel: provinsi\n"
		"region: \"13\"\nperiod: {start: 2025, end: 2029}\n"
		"misi: [{id: M2, name: x}]\n"
		"programs:\n"
		"  - code: 2.16.03\n    name: Program Aplikasi\n    budget: {2026: 100}\n"
		"    kegiatan: [{code: 2.16.03.1.02, name: e-gov, budget: {2026: 100}}]\n"
		"  - {code: 2.21.02, name: Persandian}\n";
	const char *kota = "plan: 1\nid: k/rpjmd/2025-2029\nkind: rpjmd\nlevel: kota\n"
		"region: \"13.71\"\nperiod: {start: 2025, end: 2029}\n"
		"misi: [{id: M5, name: y}]\n"
		"programs:\n"
		"  - code: 2.16.03\n    name: Program Aplikasi\n"
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n        name: e-gov\n"
		"        sub_kegiatan: [{code: 2.16.03.2.02.0003, name: d, budget: {2026: 40}}]\n";
	const struct plan_diff *d = diff_by(*state, prov, kota, PLAN_DIFF_BY_CODE);
	const struct plan_change *c;

	/* level digits 1 and 2 are the same kegiatan; budgets are effective */
	c = find(d, "Program 2.16.03", "budget.2026");
	assert_non_null(c);
	assert_int_equal(c->delta, -60);
	c = find(d, "Program 2.16.03 \xE2\x80\xBA Kegiatan 2.16.03.2.02",
		 "budget.2026");
	assert_int_equal(c->delta, -60);
	c = find(d, "Program 2.21.02", NULL);
	assert_int_equal(c->kind, PLAN_CHANGE_REMOVED);
	/* misi of other regions are not compared, nor ids and regions */
	assert_null(find(d, "Misi M2", NULL));
	assert_null(find(d, NULL, "region"));
	/* by id, the kegiatan differ */
	d = diff(*state, prov, kota);
	assert_non_null(find(d, "Program 2.16.03 \xE2\x80\xBA Kegiatan 2.16.03.1.02",
			     NULL));
}

static void test_only_and_ignore(void **state)
{
	struct tu_fx *fx = *state;
	const char *b = HEAD "programs:\n"
		"  - code: 2.16.03\n"
		"    name: Program Baru\n"
		"    indicators:\n"
		"      - {code: IK-1, name: Cakupan SPBE, unit: \"%\", targets: {2026: 5}}\n"
		"      - {name: Jumlah Layanan, unit: layanan, targets: {2026: Baik}}\n"
		"    budget: {2026: 1}\n";
	const char *ign[] = {"budget", "name"};
	struct plan_diff_opts o = {.only = PLAN_CLASS_TARGETS};

	plan_diff_free(last);
	last = plan_diff_docs(tu_doc(fx->a, PROG), tu_doc(fx->a, b), &o);
	for (size_t i = 0; i < plan_diff_change_count(last); i++)
		assert_int_equal(plan_diff_change(last, i)->cls,
				 PLAN_CLASS_TARGETS);
	assert_int_equal(plan_diff_change_count(last), 1);
	o = (struct plan_diff_opts){.ignore = ign, .nignore = 2};
	plan_diff_free(last);
	last = plan_diff_docs(tu_doc(fx->a, PROG), tu_doc(fx->a, b), &o);
	assert_null(find(last, "Program 2.16.03", "name"));
	assert_null(find(last, "Program 2.16.03", "budget.2026"));
	assert_null(find(last, NULL, "budget"));
	assert_non_null(find(last, "Program 2.16.03", "targets.2026"));
	assert_true(plan_diff_ignores("budget", "budget.2026", NULL));
	assert_false(plan_diff_ignores("budget", "budget_forward.2027", NULL));
	assert_true(plan_diff_ignores("indicators", "unit", "IK-1"));
	assert_false(plan_diff_ignores("indicators", "unit", NULL));
	assert_false(plan_diff_ignores("name", NULL, NULL));
}

static void test_added_removed_docs(void **state)
{
	struct tu_fx *fx = *state;

	last = plan_diff_docs(NULL, tu_doc(fx->a, PROG), NULL);
	assert_int_equal(plan_diff_doc_count(last), 1);
	assert_int_equal(plan_diff_doc(last, 0)->status, PLAN_DOC_ADDED);
	assert_false(plan_diff_same(last));
	plan_diff_free(last);
	last = plan_diff_docs(tu_doc(fx->a, PROG), NULL, NULL);
	assert_int_equal(plan_diff_counts(last).docs_removed, 1);
}

/* What a writer gives for d. */
static char *emit(const struct plan_diff *d, enum plan_diff_format f,
		  bool color)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct plan_diff_emit_opts o = {.format = f, .color = color,
					.old_label = "a", .new_label = "b"};

	assert_non_null(fp);
	assert_int_equal(plan_diff_emit(fp, d, &o), 0);
	fclose(fp);
	return buf;
}

static void test_emit(void **state)
{
	const char *b = HEAD "programs:\n"
		"  - code: 2.16.03\n    name: \"=cmd|' /C calc'!A0\"\n"
		"    budget: {2026: 1000000000}\n"
		"  - {code: 2.20.02, name: \"@SUM(1)\"}\n";
	const char *a = HEAD "programs:\n"
		"  - {code: 2.16.03, name: x, budget: {2026: 1200000000}}\n"
		"  - {code: 2.20.02, name: \"-y\"}\n";
	const struct plan_diff *d = diff(*state, a, b);
	char *s = emit(d, PLAN_DIFF_CSV, false);

	assert_non_null(strstr(s, "\"document\",\"element\",\"field\",\"change\","
			       "\"old\",\"new\",\"delta\"\r\n"));
	assert_non_null(strstr(s, "\"'=cmd|' /C calc'!A0\""));
	assert_non_null(strstr(s, "\"'@SUM(1)\""));
	assert_non_null(strstr(s, "\"'-y\""));
	/* a delta is a number, which no spreadsheet runs as a formula */
	assert_non_null(strstr(s, ",\"-200000000\"\r\n"));
	free(s);
	s = emit(d, PLAN_DIFF_TEXT, false);
	assert_non_null(strstr(s, "Rp1,200,000,000 \xE2\x86\x92 Rp1,000,000,000 "
			       "(-Rp200,000,000)"));
	assert_null(strchr(s, '\033'));
	free(s);
	s = emit(d, PLAN_DIFF_TEXT, true);
	assert_non_null(strchr(s, '\033'));
	free(s);
	s = emit(d, PLAN_DIFF_MARKDOWN, false);
	assert_non_null(strstr(s, "\\|"));	/* | cannot end a cell */
	free(s);
	s = emit(d, PLAN_DIFF_JSON, false);
	assert_non_null(strstr(s, "\"delta\": \"-200000000\""));
	free(s);
}

/* A delta past 2^53 is written exactly: a string, as old and new are (a
 * JSON number is a double to most readers). */
static void test_emit_json_delta_exact(void **state)
{
	const char *b = HEAD "programs:\n"
		"  - {code: 2.16.03, name: x, budget: {2026: 9007199254740993}}\n";
	const char *a = HEAD "programs:\n"
		"  - {code: 2.16.03, name: x, budget: {2026: 0}}\n";
	const struct plan_diff *d = diff(*state, a, b);
	char *s = emit(d, PLAN_DIFF_JSON, false);

	assert_non_null(strstr(s, "\"old\": \"0\", \"new\": "
			       "\"9007199254740993\", \"delta\": "
			       "\"9007199254740993\""));
	free(s);
}

static void test_same_writes_nothing(void **state)
{
	const struct plan_diff *d = diff(*state, PROG, PROG);
	char *s = emit(d, PLAN_DIFF_TEXT, false);

	assert_string_equal(s, "");
	free(s);
	s = emit(d, PLAN_DIFF_MARKDOWN, false);
	assert_non_null(strstr(s, "No differences."));
	free(s);
	assert_int_equal(plan_diff_format_parse("md"), PLAN_DIFF_MARKDOWN);
	assert_int_equal(plan_diff_format_parse("xml"), -1);
}

/* Header-only repositories (plan-diff's): pairs read again from their
 * files must give what whole repositories give, and a file gone in the
 * meantime is trouble. */

static char repo_dir[] = "/tmp/test_diff.XXXXXX";

static void put(const char *side, const char *name, const char *body)
{
	char path[256];

	snprintf(path, sizeof path, "%s/%s", repo_dir, side);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/%s/%s", repo_dir, side, name);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(body, fp);
	assert_int_equal(fclose(fp), 0);
}

#define IDHEAD(id) "plan: 1\nid: " id "\nkind: rkpd\nlevel: kota\n" \
	"region: \"13.71\"\nperiod: {start: 2026, end: 2026}\n"
#define BODY "programs:\n  - code: 2.16.03\n    name: Program Aplikasi\n" \
	"    budget: {2026: 1200}\n"

static struct plan_repo *side(const char *name, bool headers_only)
{
	char path[256];
	static struct plan_rule_config rc;	/* indicators are not the point */
	plan_rule_config_init(&rc);
	rc.severity[RULE_INDICATOR_MISSING] = PLAN_SEV_OFF;
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT,
				   .headers_only = headers_only,
				   .config = &rc};
	struct plan_repo *r = plan_repo_new(&o);
	struct plan_findings *f = plan_findings_new(&rc);
	char *paths[] = {path};

	snprintf(path, sizeof path, "%s/%s", repo_dir, name);
	plan_repo_load(r, paths, 1, f);
	assert_int_equal(plan_repo_trouble_count(r), 0);
	assert_int_equal(plan_findings_count(f), 0);
	plan_findings_free(f);
	return r;
}

static void same_change(const struct plan_change *x,
			const struct plan_change *y)
{
	const char *const xs[] = {x->doc, x->element, x->breadcrumb,
				  x->field, x->old_value, x->new_value};
	const char *const ys[] = {y->doc, y->element, y->breadcrumb,
				  y->field, y->old_value, y->new_value};

	assert_int_equal(x->kind, y->kind);
	for (size_t i = 0; i < sizeof xs / sizeof *xs; i++) {
		assert_true(!xs[i] == !ys[i]);
		if (xs[i])
			assert_string_equal(xs[i], ys[i]);
	}
}

static void test_reread_repos(void **state)
{
	(void)state;
	assert_non_null(mkdtemp(repo_dir));
	put("old", "same.yaml", IDHEAD("t/same/2026") BODY);
	put("new", "same.yaml", IDHEAD("t/same/2026") BODY);
	put("old", "blank.yaml", IDHEAD("t/blank/2026") BODY);
	put("new", "blank.yaml", IDHEAD("t/blank/2026") "# a comment\n" BODY);
	put("old", "changed.yaml", IDHEAD("t/changed/2026") BODY);
	put("new", "changed.yaml", IDHEAD("t/changed/2026")
	    "programs:\n  - code: 2.16.03\n    name: Program Informatika\n"
	    "    budget: {2026: 1500}\n");
	put("old", "gone.yaml", IDHEAD("t/gone/2026") BODY);
	put("new", "added.yaml", IDHEAD("t/added/2026") BODY);

	struct plan_repo *fo = side("old", false), *fn = side("new", false);
	struct plan_repo *ho = side("old", true), *hn = side("new", true);
	assert_false(plan_repo_headers_only(fo));
	assert_true(plan_repo_headers_only(ho));
	assert_int_equal(plan_repo_element_count(ho), 0);
	struct plan_diff *whole = plan_diff_repos(fo, fn, NULL);
	struct plan_diff *paired = plan_diff_repos(ho, hn, NULL);

	assert_int_equal(plan_diff_trouble_count(paired), 0);
	assert_int_equal(plan_diff_change_count(whole), 4);	/* name, 3 budgets */
	assert_int_equal(plan_diff_change_count(paired),
			 plan_diff_change_count(whole));
	for (size_t i = 0; i < plan_diff_change_count(whole); i++)
		same_change(plan_diff_change(whole, i),
			    plan_diff_change(paired, i));
	assert_int_equal(plan_diff_doc_count(paired), 3);
	for (size_t i = 0; i < plan_diff_doc_count(whole); i++) {
		assert_int_equal(plan_diff_doc(whole, i)->status,
				 plan_diff_doc(paired, i)->status);
		assert_string_equal(plan_diff_doc(whole, i)->id,
				    plan_diff_doc(paired, i)->id);
	}
	assert_int_equal(plan_diff_counts(paired).docs_same, 2);
	plan_diff_free(paired);

	/* a file that went away after loading */
	char path[256];
	snprintf(path, sizeof path, "%s/new/changed.yaml", repo_dir);
	assert_int_equal(unlink(path), 0);
	paired = plan_diff_repos(ho, hn, NULL);
	assert_int_equal(plan_diff_trouble_count(paired), 1);
	assert_non_null(strstr(plan_diff_trouble(paired, 0), "changed.yaml: "));
	assert_null(plan_diff_trouble(paired, 1));
	plan_diff_free(paired);
	plan_diff_free(whole);
	plan_repo_free(fo);
	plan_repo_free(fn);
	plan_repo_free(ho);
	plan_repo_free(hn);
	static const char *const files[] = {
		"old/same.yaml", "new/same.yaml", "old/blank.yaml",
		"new/blank.yaml", "old/changed.yaml", "old/gone.yaml",
		"new/added.yaml", "old", "new"};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		snprintf(path, sizeof path, "%s/%s", repo_dir, files[i]);
		assert_int_equal(remove(path), 0);
	}
	assert_int_equal(rmdir(repo_dir), 0);
}

TU_MAIN("diff", tu_setup, teardown,
	TU_TEST(test_same),
	TU_TEST(test_same_reordered),
	TU_TEST(test_renamed_and_fields),
	TU_TEST(test_added_indicator_and_element),
	TU_TEST(test_moved),
	TU_TEST(test_same_code_two_units),
	TU_TEST(test_by_code),
	TU_TEST(test_only_and_ignore),
	TU_TEST(test_added_removed_docs),
	TU_TEST(test_emit),
	TU_TEST(test_emit_json_delta_exact),
	TU_TEST(test_same_writes_nothing),
	TU_TEST(test_reread_repos))
