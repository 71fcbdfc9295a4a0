/* report_out.c - the report as Markdown and as CSV (see report.h). */
#include "report/report_priv.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

/* ---- Markdown ------------------------------------------------------- */

/* Plan text in a table cell: Markdown's punctuation backslashed, & and
 * raw HTML made inert, line breaks folded, other controls dropped. */
static void md_put(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '&')
			fputs("&amp;", out);
		else if (strchr("\\`*_[]<>|#~!", ch))
			fprintf(out, "\\%c", ch);
		else if (ch == '\n' || ch == '\r' || ch == '\t')
			putc(' ', out);
		else if (ch == 0xc2 && (unsigned char)s[1] >= 0x80 &&
			 (unsigned char)s[1] <= 0x9f)
			s++;	/* a C1 control (U+0080-U+009F): CSI, OSC */
		else if (ch >= 0x20 && ch != 0x7f)
			putc(ch, out);
	}
}

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
	md_put(out, t->title);
	fputs("\n\n", out);
	if (t->note) {
		md_put(out, t->note);
		fputs("\n\n", out);
	}
	if (!t->nrows) {
		fprintf(out, "%s\n\n", W(rep, "(nothing to show)"));
		return;
	}
	for (size_t c = 0; c < t->ncols; c++) {
		fputs("| ", out);
		md_put(out, t->cols[c]);
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
			md_put(out, s);
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
		md_put(out, rep->filters);
	}
	fputs(".\n\n", out);
	for (size_t i = 0; i < rep->ntables; i++)
		if (!only || strcmp(only, rep->tables[i]->name) == 0)
			md_table(out, rep, rep->tables[i]);
	return ferror(out) ? -1 : 0;
}

/* ---- CSV ------------------------------------------------------------ */

/* A spreadsheet runs a cell that begins with = + - @ (or tab, CR) as a
 * formula: such plan text gets a leading '.  Numbers as the contract
 * defines them (-?[0-9]+(.[0-9]+)?) are not formulas and stay numbers. */
static int csv_cell(FILE *out, const char *s, bool neutralise)
{
	if (neutralise && s[0] && strchr("=+-@\t\r", s[0])) {
		size_t n = strlen(s);
		char *q = plan_xmalloc(n + 2);
		q[0] = '\'';
		memcpy(q + 1, s, n + 1);
		int r = csv_fwrite(out, q, n + 1);
		free(q);
		return r;
	}
	return csv_fwrite(out, s, strlen(s));
}

static int csv_value(FILE *out, const struct plan_rcell *c)
{
	char buf[48];
	int64_t n = c->n;
	switch (c->kind) {
	case RCELL_TEXT: return csv_cell(out, c->text, true);
	case RCELL_NUMBER: return csv_cell(out, c->text, false);
	case RCELL_COUNT: case RCELL_MONEY:
		snprintf(buf, sizeof buf, "%lld", (long long)n);
		return csv_cell(out, buf, false);
	case RCELL_OVERFLOW:
		return csv_cell(out, ">9223372036854775807", false);
	case RCELL_PERCENT:
		snprintf(buf, sizeof buf, "%s%lld.%lld", n < 0 ? "-" : "",
			 (long long)(n < 0 ? -(n / 10) : n / 10),
			 (long long)(n < 0 ? -(n % 10) : n % 10));
		return csv_cell(out, buf, false);
	default: return csv_cell(out, "", false);
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
		    csv_cell(out, t->cols[c], true) == EOF)
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
