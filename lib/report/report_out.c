/* report_out.c - the report as Markdown and as CSV (see report.h); plan
 * text escaped by out/escape.h. */
#include "report/report_priv.h"

#include <stdlib.h>
#include <string.h>

#include "base/value.h"
#include "out/csvout.h"
#include "out/escape.h"

/* ---- Markdown ------------------------------------------------------- */

static bool numeric_kind(enum plan_rcell_kind k)
{
	return k == RCELL_COUNT || k == RCELL_MONEY || k == RCELL_OVERFLOW ||
	       k == RCELL_NUMBER || k == RCELL_PERCENT;
}

/* Right-align a column whose cells are all figures. */
static bool numeric_col(const struct plan_rtable *t, size_t col)
{
	bool any = false;
	for (size_t r = 0; r < t->nrows; r++) {
		enum plan_rcell_kind k = plan_rtable_cell(t, r, col).kind;
		if (k == RCELL_EMPTY)
			continue;
		if (!numeric_kind(k))
			return false;
		any = true;
	}
	return any;
}

static void md_table(FILE *out, const struct plan_report *rep,
		     const struct plan_rtable *t)
{
	char buf[PLAN_RCELL_BUF];
	fputs("## ", out);
	plan_put_md(out, t->title, PLAN_MD_STRICT);
	fputs("\n\n", out);
	if (t->note) {
		plan_put_md(out, t->note, PLAN_MD_STRICT);
		fputs("\n\n", out);
	}
	if (!t->nrows) {
		fprintf(out, "%s\n\n", W(rep, "(nothing to show)"));
		return;
	}
	for (size_t c = 0; c < t->ncols; c++) {
		fputs("| ", out);
		plan_put_md(out, t->cols[c], PLAN_MD_STRICT);
		putc(' ', out);
	}
	fputs("|\n", out);
	for (size_t c = 0; c < t->ncols; c++)
		fputs(numeric_col(t, c) ? "|---:" : "|---", out);
	fputs("|\n", out);
	for (size_t r = 0; r < t->nrows; r++) {
		bool total = r >= t->nrows - t->ntotal;
		for (size_t c = 0; c < t->ncols; c++) {
			struct plan_rcell cell = plan_rtable_cell(t, r, c);
			const char *s = plan_report_cell_display(rep, &cell, buf);
			fputs("| ", out);
			if (total && *s)
				fputs("**", out);
			plan_put_md(out, s, PLAN_MD_STRICT);
			if (total && *s)
				fputs("**", out);
			putc(' ', out);
		}
		fputs("|\n", out);
	}
	putc('\n', out);
}

int plan_report_write_md(FILE *out, const struct plan_report *rep,
			 const char *only)
{
	const struct plan_report *w = rep;
	fprintf(out, "# %s\n\n", W(w, "Plan report"));
	fprintf(out, "%zu %s, %zu %s", rep->nfiles, W(w, "files"),
		rep->ndocs, W(w, "documents"));
	if (rep->filters) {
		fputs("; ", out);
		plan_put_md(out, rep->filters, PLAN_MD_STRICT);
	}
	fputs(".\n\n", out);
	for (size_t i = 0; i < rep->ntables; i++) {
		const struct plan_rtable *t = rep->tables[i];
		if (only ? strcmp(only, t->name) == 0
			 : !(t->optional && !t->nrows))
			md_table(out, rep, t);
	}
	return ferror(out) ? -1 : 0;
}

/* ---- CSV ------------------------------------------------------------ */

/* A cell's value; text is neutralised against formula injection (a
 * leading '), figures never are: numbers as the contract defines them
 * (-?[0-9]+(.[0-9]+)?) are no formulas and stay numbers. */
static void csv_value(struct plan_csv *w, const struct plan_rcell *c)
{
	char buf[48];
	int64_t n = c->n;
	switch (c->kind) {
	case RCELL_TEXT: plan_csv_text(w, c->text); return;
	case RCELL_NUMBER: plan_csv_number(w, c->text); return;
	case RCELL_COUNT: case RCELL_MONEY: plan_csv_int(w, (long long)n); return;
	case RCELL_OVERFLOW:
		snprintf(buf, sizeof buf, ">%lld", (long long)PLAN_MONEY_MAX);
		plan_csv_text(w, buf);
		return;
	case RCELL_PERCENT:
		snprintf(buf, sizeof buf, "%s%lld.%lld", n < 0 ? "-" : "",
			 (long long)(n < 0 ? -(n / 10) : n / 10),
			 (long long)(n < 0 ? -(n % 10) : n % 10));
		plan_csv_number(w, buf);
		return;
	default: plan_csv_text(w, ""); return;
	}
}

/* Whether any cell of column col has values left out: the column is then
 * followed by one of their counts. */
static bool left_col(const struct plan_rtable *t, size_t col)
{
	for (size_t r = 0; t->left && r < t->nrows; r++)
		if (t->left[r * t->ncols + col])
			return true;
	return false;
}

int plan_report_write_csv(FILE *out, const struct plan_rtable *t, bool excel)
{
	struct plan_csv w;
	char head[256];
	bool *lc = plan_xmalloc((t->ncols + 1) * sizeof *lc);
	plan_csv_begin(&w, out, excel);
	for (size_t c = 0; c < t->ncols; c++) {
		plan_csv_text(&w, t->cols[c]);
		if ((lc[c] = left_col(t, c))) {
			snprintf(head, sizeof head, "%s (%s)", t->cols[c],
				 t->left_word);
			plan_csv_text(&w, head);
		}
	}
	plan_csv_end(&w);
	for (size_t r = 0; r < t->nrows && !ferror(out); r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			struct plan_rcell cell = plan_rtable_cell(t, r, c);
			csv_value(&w, &cell);
			if (!lc[c])
				continue;
			if (cell.left)
				plan_csv_int(&w, (long long)cell.left);
			else
				plan_csv_text(&w, "");
		}
		plan_csv_end(&w);
	}
	free(lc);
	return ferror(out) ? -1 : 0;
}
