/* report_html.c - the report as one self-contained HTML file: inline
 * CSS with print rules, inline SVG charts, no scripts and no external
 * URLs; every text escaped (see report.h). */
#include "report/report_priv.h"

#include <stdlib.h>
#include <string.h>

#include "out/escape.h"
#include "report/svg.h"

static const char css[] =
	"body{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,"
	"sans-serif;color:#1d2733;margin:24px auto;max-width:1400px;"
	"padding:0 16px;font-size:14px;line-height:1.4}\n"
	"h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 6px;"
	"border-bottom:2px solid #2f6f9f;padding-bottom:3px}\n"
	".meta,.note{color:#56616d}.note{font-size:12px;margin:2px 0 8px}\n"
	".cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}\n"
	".card{border:1px solid #c9d3dd;border-radius:6px;padding:8px 14px;"
	"min-width:150px}.card b{display:block;font-size:20px}\n"
	"nav{font-size:13px;margin:8px 0}nav a{color:#2f6f9f;margin-right:10px}\n"
	"table{border-collapse:collapse;width:100%;font-size:12px;margin:6px 0}\n"
	"th,td{border:1px solid #c9d3dd;padding:3px 6px;text-align:left;"
	"vertical-align:top;overflow-wrap:anywhere;min-width:4.5em}\n"
	".wide{overflow-x:auto}\n"
	"th{background:#e8eef4;white-space:nowrap}td.num{text-align:right;white-space:nowrap}\n"
	"tr.total td{font-weight:bold;background:#f3f6f9}\n"
	"figure{margin:10px 0}figcaption{font-size:12px;color:#56616d}\n"
	"svg.chart{max-width:100%;height:auto}\n"
	"svg .bar{fill:#2f6f9f}svg .track{fill:#dfe6ed}\n"
	"svg .grid{stroke:#dfe6ed;stroke-width:1}"
	"svg .axisline{stroke:#56616d;stroke-width:1}\n"
	"svg text{font-family:\"DejaVu Sans\",Arial,sans-serif;fill:#1d2733}\n"
	"svg .tick{font-size:10px;fill:#56616d}svg .label{font-size:12px}\n"
	"svg .value{font-size:10px}svg .axis{font-size:11px;fill:#56616d}\n"
	"@page{size:A4;margin:14mm}\n"
	"@media print{body{margin:0;max-width:none;font-size:11px}"
	"nav{display:none}.wide{overflow:visible}table{font-size:8.5px}"
	"h2{break-after:avoid}figure,.cards{break-inside:"
	"avoid}thead{display:table-header-group}tr{break-inside:avoid}"
	"th{background:#e8eef4;-webkit-print-color-adjust:exact;"
	"print-color-adjust:exact}}\n";

static bool numeric(enum plan_rcell_kind k)
{
	return k == RCELL_COUNT || k == RCELL_MONEY || k == RCELL_OVERFLOW ||
	       k == RCELL_NUMBER || k == RCELL_PERCENT;
}

static void html_table(FILE *out, const struct plan_report *rep,
		       const struct plan_rtable *t)
{
	char buf[PLAN_RCELL_BUF];
	if (!t->nrows) {
		fprintf(out, "<p class=\"note\">%s</p>\n",
			W(rep, "(nothing to show)"));
		return;
	}
	fputs("<div class=\"wide\"><table>\n<thead><tr>", out);
	for (size_t c = 0; c < t->ncols; c++) {
		fputs("<th>", out);
		plan_put_html(out, t->cols[c]);
		fputs("</th>", out);
	}
	fputs("</tr></thead>\n<tbody>\n", out);
	for (size_t r = 0; r < t->nrows; r++) {
		fputs(r >= t->nrows - t->ntotal ? "<tr class=\"total\">"
						: "<tr>", out);
		for (size_t c = 0; c < t->ncols; c++) {
			struct plan_rcell cell = plan_rtable_cell(t, r, c);
			fputs(numeric(cell.kind) ? "<td class=\"num\">" : "<td>",
			      out);
			plan_put_html(out, plan_report_cell_display(rep, &cell, buf));
			fputs("</td>", out);
		}
		fputs("</tr>\n", out);
	}
	fputs("</tbody>\n</table></div>\n", out);
}

/* ---- Charts from the tables ----------------------------------------- */


/* Bars of a budget table: label columns joined, the value in column vc. */
static void money_chart(FILE *out, const struct plan_report *rep,
			const struct plan_rtable *t, size_t nlabels, size_t vc,
			bool horizontal, const char *title)
{
	size_t n = t->nrows - t->ntotal;
	struct plan_svg_bar *b = plan_xmalloc((n + 1) * sizeof *b);
	char **texts = plan_xmalloc((2 * n + 1) * sizeof *texts);
	char buf[PLAN_RCELL_BUF];
	for (size_t r = 0; r < n; r++) {
		struct plan_rcell v = plan_rtable_cell(t, r, vc);
		const char *l0 = plan_rtable_text(t, r, 0);
		const char *l1 = nlabels > 1 ? plan_rtable_text(t, r, 1) : NULL;
		texts[2 * r] = plan_xstrdup(l1 ? "" : l0 ? l0 : "");
		if (l1) {
			free(texts[2 * r]);
			size_t k = strlen(l0 ? l0 : "") + strlen(l1) + 2;
			texts[2 * r] = plan_xmalloc(k);
			snprintf(texts[2 * r], k, "%s %s", l0 ? l0 : "", l1);
		}
		texts[2 * r + 1] = plan_xstrdup(plan_report_cell_display(rep, &v, buf));
		b[r] = (struct plan_svg_bar){ .label = texts[2 * r],
			.value = v.kind == RCELL_MONEY ? v.n : 0,
			.value_text = texts[2 * r + 1] };
	}
	struct plan_svg_chart c = { .title = title, .axis = "Rp", .bars = b,
				    .n = n, .horizontal = horizontal,
				    .lang = rep->opts.lang };
	if (n)
		plan_svg_figure(out, &c);
	for (size_t i = 0; i < 2 * n; i++)
		free(texts[i]);
	free(texts);
	free(b);
}

static void coverage_chart(FILE *out, const struct plan_report *rep,
			   const struct plan_rtable *t)
{
	struct plan_svg_bar *b = plan_xmalloc((t->nrows + 1) * sizeof *b);
	char **texts = plan_xmalloc((2 * t->nrows + 1) * sizeof *texts);
	for (size_t r = 0; r < t->nrows; r++) {
		const char *code = plan_rtable_text(t, r, 0);
		const char *name = plan_rtable_text(t, r, 1);
		code = code ? code : "";
		name = name ? name : "";
		int64_t sup = plan_rtable_cell(t, r, 3).n;
		int64_t of = plan_rtable_cell(t, r, 4).n;
		size_t k = strlen(code) + strlen(name) + 8;
		texts[2 * r] = plan_xmalloc(k);
		snprintf(texts[2 * r], k, "%s (%s)", name, code);
		texts[2 * r + 1] = plan_xmalloc(64);
		snprintf(texts[2 * r + 1], 64, "%lld %s %lld", (long long)sup,
			 W(rep, "of"), (long long)of);
		b[r] = (struct plan_svg_bar){ .label = texts[2 * r],
			.value = sup, .of = of, .value_text = texts[2 * r + 1] };
	}
	struct plan_svg_chart c = {
		.title = W(rep, "Elements of the higher plans supported, per "
			   "region"),
		.bars = b, .n = t->nrows, .horizontal = true,
		.lang = rep->opts.lang };
	if (t->nrows)
		plan_svg_figure(out, &c);
	for (size_t i = 0; i < 2 * t->nrows; i++)
		free(texts[i]);
	free(texts);
	free(b);
}

static void chart_for(FILE *out, const struct plan_report *rep,
		      const struct plan_rtable *t)
{
	if (!t)
		return;
	if (strcmp(t->name, "budget-year") == 0)
		money_chart(out, rep, t, 1, 1, false,
			    W(rep, "Budget per year (Rp)"));
	else if (strcmp(t->name, "budget-urusan") == 0)
		money_chart(out, rep, t, 2, t->ncols - 1, true,
			    W(rep, "Budget by urusan, all years (Rp)"));
	else if (strcmp(t->name, "coverage-region") == 0)
		coverage_chart(out, rep, t);
	else if (strcmp(t->name, "tik-summary") == 0)
		plan_report_tik_chart(out, rep, t);
}

/* ---- The page ------------------------------------------------------- */

/* The total row's cell, copied to *c; NULL when there is none. */
static const struct plan_rcell *total_cell(const struct plan_report *rep,
					   const char *table, size_t col,
					   struct plan_rcell *c)
{
	const struct plan_rtable *t = plan_report_find(rep, table);
	if (!t || !t->ntotal || col >= t->ncols)
		return NULL;
	*c = plan_rtable_cell(t, t->nrows - 1, col);
	return c;
}

static void card(FILE *out, const struct plan_report *rep, const char *what,
		 const struct plan_rcell *c)
{
	char buf[PLAN_RCELL_BUF];
	if (!c)
		return;
	fputs("<div class=\"card\"><b>", out);
	plan_put_html(out, plan_report_cell_display(rep, c, buf));
	fputs("</b>", out);
	plan_put_html(out, what);
	fputs("</div>\n", out);
}

static void cards(FILE *out, const struct plan_report *rep)
{
	struct plan_rcell docs = {.kind = RCELL_COUNT,
				  .n = (int64_t)rep->ndocs}, c;
	fputs("<div class=\"cards\">\n", out);
	card(out, rep, W(rep, "documents"), &docs);
	card(out, rep, W(rep, "pagu indikatif, all years (Rp)"),
	     total_cell(rep, "budget-year", 1, &c));
	card(out, rep, W(rep, "errors"),
	     total_cell(rep, "validation", 2, &c));
	card(out, rep, W(rep, "warnings"),
	     total_cell(rep, "validation", 3, &c));
	fputs("</div>\n", out);
}

static void head(FILE *out, const struct plan_report *rep)
{
	const char *title = W(rep, "Plan report");
	fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
		"<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
		"content=\"width=device-width, initial-scale=1\">\n<title>",
		rep->opts.lang == PLAN_LANG_ID ? "id" : "en");
	plan_put_html(out, title);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
		"<header>\n<h1>", css);
	plan_put_html(out, title);
	fprintf(out, "</h1>\n<p class=\"meta\">%zu %s, %zu %s", rep->nfiles,
		W(rep, "files"), rep->ndocs,
		W(rep, "documents"));
	if (rep->filters) {
		fputs("; ", out);
		plan_put_html(out, rep->filters);
	}
	fputs("</p>\n</header>\n", out);
}

/* The three charts first, where a reader (and a printed first page)
 * meets them; the tables they are drawn from follow. */
static void overview(FILE *out, const struct plan_report *rep)
{
	fputs("<section id=\"overview\">\n<h2>", out);
	plan_put_html(out, W(rep, "Overview"));
	fputs("</h2>\n", out);
	chart_for(out, rep, plan_report_find(rep, "budget-year"));
	chart_for(out, rep, plan_report_find(rep, "budget-urusan"));
	chart_for(out, rep, plan_report_find(rep, "coverage-region"));
	chart_for(out, rep, plan_report_find(rep, "tik-summary"));
	fputs("</section>\n", out);
}

static void nav(FILE *out, const struct plan_report *rep)
{
	fputs("<nav>", out);
	for (size_t i = 0; i < rep->ntables; i++) {
		if (rep->tables[i]->optional && !rep->tables[i]->nrows)
			continue;
		fprintf(out, "<a href=\"#%s\">", rep->tables[i]->name);
		plan_put_html(out, rep->tables[i]->title);
		fputs("</a>", out);
	}
	fputs("</nav>\n", out);
}

int plan_report_write_html(FILE *out, const struct plan_report *rep,
			   const char *only)
{
	head(out, rep);
	if (!only) {
		cards(out, rep);
		nav(out, rep);
		overview(out, rep);
	}
	for (size_t i = 0; i < rep->ntables; i++) {
		const struct plan_rtable *t = rep->tables[i];
		if (only ? strcmp(only, t->name) != 0
			 : t->optional && !t->nrows)
			continue;
		fprintf(out, "<section id=\"%s\">\n<h2>", t->name);
		plan_put_html(out, t->title);
		fputs("</h2>\n", out);
		if (t->note) {
			fputs("<p class=\"note\">", out);
			plan_put_html(out, t->note);
			fputs("</p>\n", out);
		}
		if (only)
			chart_for(out, rep, t);
		html_table(out, rep, t);
		fputs("</section>\n", out);
	}
	fputs("</body>\n</html>\n", out);
	return ferror(out) ? -1 : 0;
}
