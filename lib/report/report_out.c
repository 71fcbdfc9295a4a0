/* report_out.c - the report as Markdown and as CSV (see report.h); plan
 * text escaped by out/escape.h. */
#include "report/report_priv.h"

#include <stdlib.h>
#include <string.h>

#include "base/value.h"
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
	char buf[48];
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
	for (size_t i = 0; i < rep->ntables; i++)
		if (!only || strcmp(only, rep->tables[i]->name) == 0)
			md_table(out, rep, rep->tables[i]);
	return ferror(out) ? -1 : 0;
}

/* ---- CSV ------------------------------------------------------------ */

/* Plan text is neutralised against formulas; numbers as the contract
 * defines them (-?[0-9]+(.[0-9]+)?) are not formulas and stay numbers. */
static int csv_value(FILE *out, const struct plan_rcell *c)
{
	char buf[48];
	int64_t n = c->n;
	switch (c->kind) {
	case RCELL_TEXT: return plan_put_csv(out, c->text, true);
	case RCELL_NUMBER: return plan_put_csv(out, c->text, false);
	case RCELL_COUNT: case RCELL_MONEY:
		snprintf(buf, sizeof buf, "%lld", (long long)n);
		return plan_put_csv(out, buf, false);
	case RCELL_OVERFLOW:
		snprintf(buf, sizeof buf, ">%lld", (long long)PLAN_MONEY_MAX);
		return plan_put_csv(out, buf, false);
	case RCELL_PERCENT:
		snprintf(buf, sizeof buf, "%s%lld.%lld", n < 0 ? "-" : "",
			 (long long)(n < 0 ? -(n / 10) : n / 10),
			 (long long)(n < 0 ? -(n % 10) : n % 10));
		return plan_put_csv(out, buf, false);
	default: return plan_put_csv(out, "", false);
	}
}

static int csv_end(FILE *out)
{
	return fputs("\r\n", out) == EOF ? -1 : 0;
}

int plan_report_write_csv(FILE *out, const struct plan_rtable *t)
{
	for (size_t c = 0; c < t->ncols; c++)
		if ((c && putc(',', out) == EOF) ||
		    plan_put_csv(out, t->cols[c], true) == EOF)
			return -1;
	if (csv_end(out) < 0)
		return -1;
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			struct plan_rcell cell = plan_rtable_cell(t, r, c);
			if ((c && putc(',', out) == EOF) ||
			    csv_value(out, &cell) == EOF)
				return -1;
		}
		if (csv_end(out) < 0)
			return -1;
	}
	return ferror(out) ? -1 : 0;
}
