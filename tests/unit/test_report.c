/* test_report.c - plan-report's tables against figures computed by hand
 * (tests/report/totals.py computes them independently, and totals.sh
 * compares them with plan-report's in make check) for examples/sumbar and
 * tests/report/small; achievement; escaping of hostile text in HTML and
 * Markdown, formula neutralisation in CSV. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/finding.h"
#include "repo/repo.h"
#include "report/report.h"
#include "report/report_priv.h"
#include "schema/schema.h"
#include "base/strpool.h"

struct fx {
	struct plan_schema *schema;
	struct plan_repo *repo;
	struct plan_findings *f;
	struct plan_report *rep;
};

static struct fx *load(const char *path, struct plan_report_opts o)
{
	struct fx *fx = calloc(1, sizeof *fx);
	char err[256];
	char *paths[] = { (char *)path };
	fx->schema = plan_schema_builtin(err, sizeof err);
	struct plan_repo_opts ro = { .limits = YLOAD_LIMITS_DEFAULT,
				     .schema = fx->schema };
	fx->repo = plan_repo_new(&ro);
	fx->f = plan_findings_new(NULL);
	plan_repo_load(fx->repo, paths, 1, fx->f);
	plan_repo_check(fx->repo, fx->f);
	plan_findings_sort(fx->f);
	fx->rep = plan_report_build(fx->repo, fx->f, &o);
	/* the report keeps copies: free the repository at once */
	plan_findings_free(fx->f);
	plan_repo_free(fx->repo);
	plan_schema_free(fx->schema);
	return fx;
}

static struct plan_report_opts all(void)
{
	return (struct plan_report_opts){ .level = LEVEL_NONE, .year = -1 };
}

static void done(struct fx *fx)
{
	plan_report_free(fx->rep);
	free(fx);
}

/* The reports of report_of(), made once for the group. */
static const char *const report_paths[] = {
	"examples/sumbar", "tests/report/small", "tests/report/leftout",
	"tests/report/hostile",
};
static struct fx *reports[4];

/* The report of path (one of report_paths) with all(); the group's
 * tear-down frees it. */
static struct fx *report_of(const char *path)
{
	for (size_t i = 0; i < 4; i++)
		if (strcmp(report_paths[i], path) == 0) {
			if (!reports[i])
				reports[i] = load(path, all());
			return reports[i];
		}
	fail_msg("%s: not one of report_paths", path);
	return NULL;
}

static int free_reports(void **state)
{
	(void)state;
	for (size_t i = 0; i < 4; i++)
		if (reports[i])
			done(reports[i]);
	return 0;
}

static const struct plan_rtable *table(struct fx *fx, const char *name)
{
	const struct plan_rtable *t = plan_report_find(fx->rep, name);
	assert_non_null(t);
	return t;
}

/* The row whose first column reads key. */
static size_t row_of(const struct plan_rtable *t, const char *key)
{
	for (size_t r = 0; r < t->nrows; r++) {
		const char *s = plan_rtable_text(t, r, 0);
		if (s && strcmp(s, key) == 0)
			return r;
	}
	fail_msg("no row '%s' in %s", key, t->name);
	return 0;
}

static int64_t money(const struct plan_rtable *t, size_t row, size_t col)
{
	struct plan_rcell c = plan_rtable_cell(t, row, col);
	assert_int_equal(c.kind, RCELL_MONEY);
	return c.n;
}

/* The total column of a row (the last but one with years counted). */
static int64_t row_total(const struct plan_rtable *t, const char *key)
{
	return money(t, row_of(t, key), t->ncols - 1);
}

static int64_t grand_total(const struct plan_rtable *t)
{
	assert_int_equal(t->ntotal, 1);
	return money(t, t->nrows - 1, t->ncols - 1);
}

/* ---- examples/sumbar ------------------------------------------------ */

/* Totals of examples/sumbar by table, as computed by hand: the grand
 * total, and the totals of some rows. */
static const struct {
	const char *table;
	int64_t total;
	struct {
		const char *row;
		int64_t total;
	} rows[8];
} sumbar_totals[] = {
	{"budget-year", 346868000000,
	 {{"2023", 425000000},
	  {"2024", 440000000},
	  {"2025", 61070000000},
	  {"2026", 72770000000},
	  {"2027", 67624000000},
	  {"2028", 70899000000},
	  {"2029", 73640000000}}},
	{"budget-region", 346868000000,
	 {{"13", 288600000000},
	  {"13.02", 5510000000},
	  {"13.71", 47000000000},
	  {"13.75", 2890000000},
	  {"13.02.04.2001", 2868000000}}},
	{"budget-level", 346868000000,
	 {{"provinsi", 288600000000},
	  {"kota", 49890000000},
	  {"kabupaten", 5510000000},
	  {"nagari", 2868000000}}},
	{"budget-urusan", 346868000000,
	 {{"2", 314240000000},
	  {"1", 695000000},
	  {"5", 28980000000},
	  {"7", 85000000},
	  {"-", 2868000000}}},		/* bidang desa */
	{"budget-program", 346868000000, {{NULL, 0}}},
};

static void test_sumbar_totals(void **state)
{
	(void)state;
	struct fx *fx = report_of("examples/sumbar");
	for (size_t i = 0; i < sizeof sumbar_totals / sizeof *sumbar_totals;
	     i++) {
		const char *name = sumbar_totals[i].table;
		const struct plan_rtable *t = table(fx, name);
		for (size_t k = 0; sumbar_totals[i].rows[k].row; k++) {
			const char *row = sumbar_totals[i].rows[k].row;
			int64_t want = sumbar_totals[i].rows[k].total;
			if (row_total(t, row) != want)
				fail_msg("%s, row %s: %lld, expected %lld",
					 name, row,
					 (long long)row_total(t, row),
					 (long long)want);
		}
		if (grand_total(t) != sumbar_totals[i].total)
			fail_msg("%s: %lld in all, expected %lld", name,
				 (long long)grand_total(t),
				 (long long)sumbar_totals[i].total);
	}
	assert_int_equal(table(fx, "budget-year")->nrows, 8);
	/* provinsi 2026 is the RKPD's, 2025 the RPJMD's */
	const struct plan_rtable *t = table(fx, "budget-region");
	size_t r = row_of(t, "13");
	assert_int_equal(money(t, r, 2 + 2), 52250000000);	/* 2025 */
	assert_int_equal(money(t, r, 2 + 3), 54985000000);	/* 2026 */
	t = table(fx, "budget-urusan");
	assert_string_equal(plan_rtable_cell(t, row_of(t, "2"), 1).text,
			    "Mandatory affairs not related to basic services");
}

/* Every document's own total: the budget-sum view (the Renstra gives
 * sub-kegiatan only, the RPJMDes has a 2026 figure the RKPDes replaces). */
static void test_sumbar_documents(void **state)
{
	(void)state;
	struct fx *fx = report_of("examples/sumbar");
	const struct plan_rtable *t = table(fx, "budget-documents");
	size_t last = t->ncols - 1;
	assert_int_equal(t->ntotal, 0);
	assert_int_equal(money(t, row_of(t, "13/rpjmd/2025-2029"), last - 1),
			 288600000000);
	assert_int_equal(money(t, row_of(t, "13/renstra-diskominfotik/"
					 "2025-2029"), last - 1), 261100000000);
	assert_int_equal(money(t, row_of(t, "13.02.04.2001/rpjmdes/2023-2028"),
			       last - 1), 3688000000);
	assert_int_equal(money(t, row_of(t, "13.02.04/musrenbang/2026"),
			       last - 1), 1345000000);
	assert_string_equal(plan_rtable_cell(t, row_of(t, "13/rpjmd/2025-2029"),
					     last).text, "2025 2027 2028 2029");
	assert_string_equal(plan_rtable_cell(t, row_of(t,
		"13/renja-diskominfotik/2026"), last).text, "-");
}

static void test_sumbar_counts(void **state)
{
	(void)state;
	struct fx *fx = report_of("examples/sumbar");
	const struct plan_rtable *t = table(fx, "document-counts");
	assert_int_equal(plan_rtable_cell(t, t->nrows - 1, 3).n, 12);
	t = table(fx, "validation");	/* as plan-validate: 0, 4, 3 */
	assert_int_equal(plan_rtable_cell(t, t->nrows - 1, 2).n, 0);
	assert_int_equal(plan_rtable_cell(t, t->nrows - 1, 3).n, 4);
	assert_int_equal(plan_rtable_cell(t, t->nrows - 1, 4).n, 3);
	t = table(fx, "coverage-region");	/* as plan-trace --coverage */
	assert_int_equal(plan_rtable_cell(t, row_of(t, "13"), 3).n, 11);
	assert_int_equal(plan_rtable_cell(t, row_of(t, "13"), 4).n, 14);
	assert_int_equal(plan_rtable_cell(t, row_of(t, "13.02"), 3).n, 9);
	assert_int_equal(plan_rtable_cell(t, row_of(t, "13.71"), 3).n, 6);
	assert_int_equal(plan_rtable_cell(t, row_of(t, "13.75"), 3).n, 0);
}

static void test_sumbar_filters(void **state)
{
	(void)state;
	struct plan_report_opts o = all();
	o.region = "13.71";
	struct fx *fx = load("examples/sumbar", o);
	assert_int_equal(grand_total(table(fx, "budget-year")), 47000000000);
	done(fx);
	o = all();
	o.level = LEVEL_NAGARI;
	fx = load("examples/sumbar", o);
	assert_int_equal(grand_total(table(fx, "budget-year")), 2868000000);
	done(fx);
	o = all();
	o.year = 2026;
	fx = load("examples/sumbar", o);
	assert_int_equal(grand_total(table(fx, "budget-year")), 72770000000);
	assert_int_equal(table(fx, "budget-year")->nrows, 2);
	done(fx);
	o = all();
	o.region = "13.7";	/* a '.' boundary: not 13.71 */
	fx = load("examples/sumbar", o);
	assert_int_equal(table(fx, "documents")->nrows, 0);
	assert_int_equal(grand_total(table(fx, "budget-year")), 0);
	done(fx);
}

/* ---- tests/report/small --------------------------------------------- */

static void test_small_totals(void **state)
{
	(void)state;
	struct fx *fx = report_of("tests/report/small");
	const struct plan_rtable *t = table(fx, "budget-year");
	assert_int_equal(money(t, row_of(t, "2025"), 1), 1550);
	assert_int_equal(money(t, row_of(t, "2026"), 1), 2900);
	assert_int_equal(money(t, row_of(t, "2027"), 1), 700);
	assert_int_equal(grand_total(t), 5150);
	t = table(fx, "budget-urusan");
	assert_int_equal(row_total(t, "1"), 3500);
	assert_int_equal(row_total(t, "2"), 1650);
	t = table(fx, "budget-region");	/* the kecamatan is the kabupaten's */
	assert_int_equal(t->nrows, 2);
	assert_int_equal(row_total(t, "13.01"), 5150);
	t = table(fx, "budget-documents");
	size_t last = t->ncols - 1;
	assert_int_equal(money(t, row_of(t, "13.01/rpjmd/2025-2029"),
			       last - 1), 4250);
	assert_string_equal(plan_rtable_cell(t, row_of(t,
		"13.01/rpjmd/2025-2029"), last).text, "2025 2027");
	assert_string_equal(plan_rtable_cell(t, row_of(t,
		"13.01.01/renja/2026"), last).text, "-");
	/* a year no plan gives a figure for is empty, not 0 */
	assert_int_equal(plan_rtable_cell(t, row_of(t, "13.01/rkpd/2026"),
					  3).kind, RCELL_EMPTY);
}

/* ---- tests/report/leftout: values that cannot be read --------------- */

static struct plan_rcell cell_at(const struct plan_rtable *t, size_t row,
				 const char *col)
{
	for (size_t c = 0; c < t->ncols; c++)
		if (strcmp(t->cols[c], col) == 0)
			return plan_rtable_cell(t, row, c);
	fail_msg("no column '%s' in %s", col, t->name);
	return (struct plan_rcell){ .kind = RCELL_EMPTY };
}

/* Figures as totals.py computes them: the unreadable amount is left out
 * and counted wherever it would have entered. */
static void test_leftout_totals(void **state)
{
	(void)state;
	struct fx *fx = report_of("tests/report/leftout");
	const struct plan_rtable *t = table(fx, "budget-year");
	struct plan_rcell c = cell_at(t, row_of(t, "2026"), t->cols[1]);
	assert_int_equal(c.kind, RCELL_MONEY);
	assert_int_equal(c.n, 3900000000);
	assert_int_equal(c.left, 1);
	c = cell_at(t, row_of(t, "2025"), t->cols[1]);
	assert_int_equal(c.left, 0);
	c = plan_rtable_cell(t, t->nrows - 1, 1);
	assert_int_equal(c.n, 6900000000);
	assert_int_equal(c.left, 2);
	/* the program stays, with nothing to show for 2026 but the count */
	t = table(fx, "budget-program");
	size_t r;
	for (r = 0; r < t->nrows; r++)
		if (!strcmp(plan_rtable_text(t, r, 2), "1.02.02"))
			break;
	assert_true(r < t->nrows);
	c = cell_at(t, r, "2026");
	assert_int_equal(c.kind, RCELL_EMPTY);
	assert_int_equal(c.left, 1);
	c = cell_at(t, r, "2027");	/* the other kegiatan's */
	assert_int_equal(c.n, 900000000);
	assert_int_equal(c.left, 1);
	c = cell_at(t, r, "total");
	assert_int_equal(c.n, 3000000000);
	assert_int_equal(c.left, 2);
	/* targets written the spreadsheet way enter no achievement; 1.234
	 * is a number */
	t = table(fx, "indicators");
	assert_int_equal(t->nrows, 3);
	c = cell_at(t, 0, "achievement %");
	assert_int_equal(c.kind, RCELL_EMPTY);
	assert_int_equal(c.left, 1);
	assert_int_equal(cell_at(t, 1, "achievement %").left, 1);
	c = cell_at(t, 2, "achievement %");
	assert_int_equal(c.kind, RCELL_PERCENT);
	assert_int_equal(c.n, 972);
	assert_int_equal(c.left, 0);
	/* listed with file, line and column (plan-validate's positions) */
	t = table(fx, "left-out");
	assert_int_equal(t->nrows, 4);
	assert_string_equal(plan_rtable_text(t, 0, 0),
			    "tests/report/leftout/35.07/rkpd-2026.yaml");
	assert_int_equal(plan_rtable_cell(t, 0, 1).n, 22);
	assert_int_equal(plan_rtable_cell(t, 0, 2).n, 25);
	assert_string_equal(plan_rtable_text(t, 0, 4),
			    "Program 1.01.02 \xE2\x80\xBA indikator 1");
	assert_string_equal(plan_rtable_text(t, 0, 7), "85%");
	assert_string_equal(plan_rtable_text(t, 1, 7), "8,25");
	assert_int_equal(plan_rtable_cell(t, 2, 1).n, 41);
	assert_int_equal(plan_rtable_cell(t, 2, 2).n, 20);
	assert_string_equal(plan_rtable_text(t, 2, 7), "1.450.000.000");
	assert_string_equal(plan_rtable_text(t, 3, 7), "2,1 M");
	/* shown beside the figure */
	char buf[PLAN_RCELL_BUF];
	c = cell_at(table(fx, "budget-year"), 3, "pagu indikatif (Rp)");
	assert_string_equal(plan_report_cell_display(fx->rep, &c, buf),
			    "6,900,000,000 (2 values left out)");
}

static void test_small_indicators(void **state)
{
	(void)state;
	struct fx *fx = report_of("tests/report/small");
	const struct plan_rtable *t = table(fx, "indicators");
	size_t found = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		if (plan_rtable_cell(t, r, 9).kind == RCELL_PERCENT)
			found++;
	}
	assert_int_equal(found, 4);	/* 95.7, 75.8, 100.0, 100.0 */
	/* equal texts are one copy (a document's id on each of its rows,
	 * made once for all of them), and only text cells have text */
	size_t shared = 0;
	for (size_t r = 1; r < t->nrows; r++) {
		const char *a = plan_rtable_text(t, r - 1, 0);
		const char *b = plan_rtable_text(t, r, 0);
		assert_non_null(b);
		if (!strcmp(a, b)) {
			assert_ptr_equal(a, b);
			shared++;
		}
	}
	assert_true(shared > 0);
	for (size_t r = 0; r < t->nrows; r++) {
		struct plan_rcell a = plan_rtable_cell(t, r, 9);
		if (a.kind == RCELL_PERCENT)
			assert_null(plan_rcell_text(&a));
	}
}

/* ---- The table store ----------------------------------------------- */

/* A report without a repository, for its table store; bare_free() it. */
static struct plan_report *bare_report(void)
{
	struct plan_report *rep = calloc(1, sizeof *rep);

	assert_non_null(rep);
	rep->arena = plan_arena_new();
	rep->pool = plan_strpool_new(rep->arena);
	return rep;
}

static void bare_free(struct plan_report *rep)
{
	plan_strpool_free(rep->pool);
	plan_report_free(rep);
}

/* Rows are filled one at a time and kept as kinds and values apart: what
 * is read back is what was put, for rows past many growths, and a table
 * ends (when the next begins) holding no spare room. */
static void test_table_rows(void **state)
{
	(void)state;
	struct plan_report *rep = bare_report();
	const char *cols[] = { "a", "b", "c" };
	struct plan_rtable *t = plan_report_new_table(rep, "t", "T", 3, cols);
	const size_t n = 1000;
	for (size_t r = 0; r < n; r++) {
		struct plan_rcell *c = plan_report_row(t);
		plan_report_textf(rep, &c[0], "row %zu", r);
		plan_report_count(&c[1], (int64_t)r * 3);
		if (r % 3)
			plan_report_money(&c[2], INT64_MAX - (int64_t)r, r % 3 == 2);
	}
	struct plan_rtable *u = plan_report_new_table(rep, "u", "U", 1, cols);
	plan_report_count(plan_report_row(u), 7);
	assert_int_equal(t->nrows, n);
	assert_int_equal(t->cap, n);
	for (size_t r = 0; r < n; r++) {
		char want[32];
		snprintf(want, sizeof want, "row %zu", r);
		assert_string_equal(plan_rtable_text(t, r, 0), want);
		struct plan_rcell b = plan_rtable_cell(t, r, 1);
		assert_int_equal(b.kind, RCELL_COUNT);
		assert_int_equal(b.n, (int64_t)r * 3);
		assert_null(plan_rcell_text(&b));
		struct plan_rcell m = plan_rtable_cell(t, r, 2);
		assert_int_equal(m.kind, r % 3 == 0 ? RCELL_EMPTY
				 : r % 3 == 1 ? RCELL_MONEY : RCELL_OVERFLOW);
		if (r % 3 == 1)
			assert_int_equal(m.n, INT64_MAX - (int64_t)r);
	}
	/* equal texts are one copy */
	struct plan_rcell *c = plan_report_row(u);
	plan_report_text(rep, c, "row 5");
	plan_report_new_table(rep, "v", "V", 1, cols);
	assert_ptr_equal(plan_rtable_text(u, 1, 0), plan_rtable_text(t, 5, 0));
	assert_int_equal(plan_rtable_cell(u, 0, 0).n, 7);
	bare_free(rep);
}

/* However many tables a report has, each is kept and freed: past the
 * sixteenth they were dropped from the report, and their rows leaked. */
static void test_many_tables(void **state)
{
	(void)state;
	struct plan_report *rep = bare_report();
	const char *cols[] = { "n" };
	const size_t n = 40;
	for (size_t i = 0; i < n; i++) {
		char name[16];
		snprintf(name, sizeof name, "t%zu", i);
		struct plan_rtable *t = plan_report_new_table(rep,
			plan_arena_strdup(rep->arena, name), "T", 1, cols);
		plan_report_count(plan_report_row(t), (int64_t)i);
	}
	/* a table's last row is stored when the next table begins */
	plan_report_new_table(rep, "end", "End", 1, cols);
	assert_int_equal(plan_report_table_count(rep), n + 1);
	for (size_t i = 0; i < n; i++) {
		char name[16];
		snprintf(name, sizeof name, "t%zu", i);
		const struct plan_rtable *t = plan_report_find(rep, name);
		assert_non_null(t);
		assert_ptr_equal(plan_report_table(rep, i), t);
		assert_int_equal(t->nrows, 1);
		assert_int_equal(plan_rtable_cell(t, 0, 0).n, (int64_t)i);
	}
	bare_free(rep);
}

/* ---- Achievement ---------------------------------------------------- */

static int64_t ach(const char *t, const char *a, enum plan_direction d)
{
	int64_t v = -99999;
	if (!plan_achievement(t, strlen(t), a, strlen(a), d, &v))
		return -99999;
	return v;
}

static void test_achievement(void **state)
{
	(void)state;
	assert_int_equal(ach("60", "45.5", DIR_UP), 758);	/* 75.83 */
	assert_int_equal(ach("110", "115", DIR_DOWN), 957);	/* 95.65 */
	assert_int_equal(ach("1.0", "1", DIR_EXACT), 1000);
	assert_int_equal(ach("100", "90", DIR_EXACT), 900);
	assert_int_equal(ach("8", "1", DIR_UP), 125);
	assert_int_equal(ach("80", "1", DIR_UP), 13);	/* 1.25: half up */
	assert_int_equal(ach("3", "2", DIR_UP), 667);
	assert_int_equal(ach("3.40", "3.4", DIR_UP), 1000);
	assert_int_equal(ach("0.1", "0.3", DIR_UP), 3000);	/* no float */
	assert_int_equal(ach("-4", "2", DIR_UP), -500);
	assert_int_equal(ach("-5", "-4", DIR_UP), 800);
	assert_int_equal(ach("0", "5", DIR_UP), -99999);
	assert_int_equal(ach("5", "0", DIR_DOWN), -99999);
	assert_int_equal(ach("WTP", "WTP", DIR_EXACT), -99999);
	assert_int_equal(ach("1234567890123456789", "1", DIR_UP), -99999);
	assert_int_equal(ach("999999999999999999", "1", DIR_UP), 0);
}

/* ---- Hostile text --------------------------------------------------- */

static char *written(struct fx *fx, int format, const char *table_name)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	assert_non_null(m);
	int r = format == 0 ? plan_report_write_html(m, fx->rep, NULL)
	      : format == 1 ? plan_report_write_md(m, fx->rep, NULL)
	      : plan_report_write_csv(m, table(fx, table_name), false);
	assert_int_equal(r, 0);
	fclose(m);
	return buf;
}

/* What each writing of tests/report/hostile holds, and what it must not:
 * HTML escaped, Markdown escaped (no raw HTML at all), CSV cells that
 * are no formulas (though numbers stay numbers: -5, -4, 80.0). */
static void test_hostile(void **state)
{
	static const struct {
		const char *name;	/* for CSV, the table written */
		int format;		/* as written() takes it */
		const char *has[4], *lacks[4];
	} cases[] = {
		{"html", 0,
		 {"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Tom&quot; "
		  "&#39;Jerry&#39;",
		  "Kab &lt;b&gt;Solok&lt;/b&gt; &amp; &quot;Co&quot; "
		  "&#39;Ltd&#39;",
		  "<svg", "@media print"},
		 {"<script", "<b>Solok", "http", "url("}},
		{"markdown", 1,
		 {"\\<script\\>alert(1)\\</script\\> &amp; \"Tom\" 'Jerry'",
		  " TAB and \\| pipe \\* star \\_ under \\[link\\](x)"},
		 {NULL}},
		{"indicators", 2,
		 {",\"'=HYPERLINK(\"\"evil\"\",\"\"click\"\")\",\"'+1\",",
		  ",\"'-2+3\",\"'@SUM(A1)\",",
		  ",\"'\tTAB and | pipe",
		  ",\"'-\",\"up\",\"\",\"2026\",\"-5\",\"-4\",\"80.0\"\r\n"},
		 {NULL}},
		{"budget-program", 2,
		 {"\"<script>alert(1)</script> & \"\"Tom\"\" 'Jerry'\","
		  "\"1000000\",\"1000000\"\r\n"},
		 {NULL}},
	};
	struct fx *fx = report_of("tests/report/hostile");

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *s = written(fx, cases[i].format, cases[i].name);
		for (size_t k = 0; k < 4; k++) {
			const char *has = cases[i].has[k];
			const char *lacks = cases[i].lacks[k];
			if (has && !strstr(s, has))
				fail_msg("%s: no '%s'", cases[i].name, has);
			if (lacks && strstr(s, lacks))
				fail_msg("%s: '%s'", cases[i].name, lacks);
		}
		for (const char *p = strchr(s, '<'); cases[i].format == 1 && p;
		     p = strchr(p + 1, '<'))
			if (p == s || p[-1] != '\\')
				fail_msg("markdown: raw HTML at '%.20s'", p);
		free(s);
	}
}

static void test_lang_id(void **state)
{
	(void)state;
	struct plan_report_opts o = all();
	o.lang = PLAN_LANG_ID;
	struct fx *fx = load("tests/report/small", o);
	char *s = written(fx, 1, NULL);
	assert_non_null(strstr(s, "# Laporan perencanaan"));
	assert_non_null(strstr(s, "| **Jumlah** | **5.150** |"));
	assert_non_null(strstr(s, "| 95,7 |"));
	assert_non_null(strstr(s, "Urusan Pemerintahan Wajib yang Berkaitan "
				  "dengan Pelayanan Dasar"));
	free(s);
	done(fx);
}

/* Every kind of cell shown in each language: one way per language
 * (SPEC 6), 3,90 beside 23.700.000.000. */
static void test_cell_display(void **state)
{
	(void)state;
	static const struct {
		struct plan_rcell c;
		const char *en, *id;
	} cases[] = {
		{{.kind = RCELL_MONEY, .n = 23700000000},
		 "23,700,000,000", "23.700.000.000"},
		{{.kind = RCELL_NUMBER, .text = "3.90"}, "3.90", "3,90"},
		{{.kind = RCELL_NUMBER, .text = "12500"}, "12,500", "12.500"},
		{{.kind = RCELL_NUMBER, .text = "-1234.5"}, "-1,234.5",
		 "-1.234,5"},
		/* a baseline: the value in the language, the year as it is */
		{{.kind = RCELL_NUMBER, .text = "3.25 (2024)"}, "3.25 (2024)",
		 "3,25 (2024)"},
		{{.kind = RCELL_COUNT, .n = 1234}, "1,234", "1.234"},
		{{.kind = RCELL_COUNT, .n = 12}, "12", "12"},
		{{.kind = RCELL_PERCENT, .n = 957}, "95.7", "95,7"},
		{{.kind = RCELL_PERCENT, .n = 12345}, "1,234.5", "1.234,5"},
		{{.kind = RCELL_PERCENT, .n = -5}, "-0.5", "-0,5"},
		{{.kind = RCELL_OVERFLOW}, "(beyond 9,223,372,036,854,775,807)",
		 "(melebihi 9.223.372.036.854.775.807)"},
		{{.kind = RCELL_TEXT, .text = "3.90 (plan text)"},
		 "3.90 (plan text)", "3.90 (plan text)"},
		{{.kind = RCELL_EMPTY}, "", ""},
	};
	struct plan_report_opts o = all();
	struct fx *en = load("tests/report/small", o);
	o.lang = PLAN_LANG_ID;
	struct fx *id = load("tests/report/small", o);
	char buf[PLAN_RCELL_BUF];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_string_equal(plan_report_cell_display(en->rep,
				    &cases[i].c, buf), cases[i].en);
		assert_string_equal(plan_report_cell_display(id->rep,
				    &cases[i].c, buf), cases[i].id);
	}
	done(en);
	done(id);
}

TU_MAIN_GROUP("report", NULL, free_reports, NULL, NULL,
	TU_TEST(test_sumbar_totals),
	TU_TEST(test_sumbar_documents),
	TU_TEST(test_sumbar_counts),
	TU_TEST(test_sumbar_filters),
	TU_TEST(test_small_totals),
	TU_TEST(test_leftout_totals),
	TU_TEST(test_small_indicators),
	TU_TEST(test_table_rows),
	TU_TEST(test_many_tables),
	TU_TEST(test_achievement),
	TU_TEST(test_hostile),
	TU_TEST(test_lang_id),
	TU_TEST(test_cell_display))
