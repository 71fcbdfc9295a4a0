/*
 * report_priv.h - what the report's files share: the report itself, the
 * table builder, the words in two languages.  Only lib/report*.c include
 * it.
 */
#ifndef PLAN_REPORT_PRIV_H
#define PLAN_REPORT_PRIV_H

#include "base/arena.h"
#include "base/i18n.h"		/* N_(): the msgids of headings */
#include "report/report.h"
#include "base/hmap.h"

struct plan_report {
	struct plan_arena *arena;
	struct plan_report_opts opts;
	struct plan_rtable **tables;	/* malloc'd, ntables of cap_tables */
	size_t ntables, cap_tables;
	/* for the HTML header */
	size_t ndocs, nfiles;
	const char *filters;		/* "level kota, region 13" or NULL */
	struct strmap names;		/* while building: region code ->
					   a document's region_name */
	struct plan_strpool *pool;	/* while building: the cells' text */
	struct plan_arena *scratch;	/* one grouping's keys and labels */
	struct plan_vec left;		/* struct report_left *: the values
					   left out of the totals */
};

/* A value that could not be read and was left out of the figures it
 * would have entered (SPEC 7): where it stands and what it was. */
struct report_left {
	const char *file;
	unsigned line, column;
	const char *doc, *element;	/* document id; breadcrumb */
	const char *what;		/* "budget", "target", ... */
	int year;
	const char *text;		/* as written; NULL if not a scalar */
};

/* Note value (of e in d, or of its indicator ind when not NULL; what:
 * the report's word for the field) as left out; value may be NULL when
 * the model kept no node. */
void plan_report_left_out(struct plan_report *rep, const struct plan_doc *d,
			  const struct plan_element *e,
			  const struct plan_indicator *ind, const char *what,
			  int year, const struct ynode *value);
/* The `left-out` table: every value noted, by file, line and column. */
void plan_report_left_table(struct plan_report *rep);

/* A word or heading of the report in the report's language, which need
 * not be the messages': the English is the msgid, the Indonesian in
 * po/id.po with every other message (xgettext --keyword=W:2). */
const char *plan_report_word(const struct plan_report *rep, const char *en)
	__attribute__((format_arg(2)));
#define W(rep, en) plan_report_word((rep), (en))

/* A new empty table.  Its title and its ncols headings are msgids
 * (N_()), put in the report's language here (a heading that is no
 * msgid, a year, stays as it is); the headings are copied. */
struct plan_rtable *plan_report_new_table(struct plan_report *rep, const char *name,
				 const char *title, size_t ncols,
				 const char *const *cols);
/* A new row of empty cells. */
struct plan_rcell *plan_report_row(struct plan_rtable *t);
/* Room for n more rows, when the builder knows how many will come. */
void plan_report_rows_reserve(struct plan_rtable *t, size_t n);
void plan_report_text(struct plan_report *rep, struct plan_rcell *c,
		 const char *s);
void plan_report_textn(struct plan_report *rep, struct plan_rcell *c,
		  const char *s, size_t n);
/* Text made by a format, kept once like all text. */
void plan_report_textf(struct plan_report *rep, struct plan_rcell *c,
		  const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void plan_report_count(struct plan_rcell *c, int64_t n);
void plan_report_money(struct plan_rcell *c, int64_t n, bool overflow);

/* The selected documents in the report's order (level rank, region,
 * id); malloc'd (caller frees), *n set. */
const struct plan_doc **plan_report_selected_docs(const struct plan_report *rep,
					    const struct plan_repo *r, size_t *n);
/* The region's display name (table, else a document's region_name). */
const char *plan_report_region_name(struct plan_report *rep,
			       const struct plan_repo *r, const char *code);
/* A region's two cells, c[0] its code and c[1] its display name (code
 * NULL: none, and the name of ""). */
void plan_report_region_cells(struct plan_report *rep,
			      const struct plan_repo *r, struct plan_rcell *c,
			      const char *code);
/* The document's level word ("kabupaten", "nasional"). */
const char *plan_report_level_word(const struct plan_doc *d);

/* The sections, each adding its tables. */
void plan_report_budgets(struct plan_report *rep, const struct plan_repo *r);
void plan_report_indicators(struct plan_report *rep, const struct plan_repo *r);
void plan_report_coverage(struct plan_report *rep, const struct plan_repo *r);
/* report_satudata.c: needs opts.tables with an indicators table */
void plan_report_satudata(struct plan_report *rep, const struct plan_repo *r);
/* report_tik.c */
void plan_report_tik(struct plan_report *rep, const struct plan_repo *r);
/* The HTML chart of the tik-summary table (report_tik.c). */
void plan_report_tik_chart(FILE *out, const struct plan_report *rep,
			   const struct plan_rtable *t);
void plan_report_validation(struct plan_report *rep, const struct plan_repo *r,
		       const struct plan_findings *f);

/* A cell as display text: amounts with thousands separators in the
 * report's language, percents with one decimal, and the values left out
 * of it ("1,200 (1 value left out)").  Returns buf or the cell's own
 * text. */
#define PLAN_RCELL_BUF 96
const char *plan_report_cell_display(const struct plan_report *rep,
				const struct plan_rcell *c,
				char buf[PLAN_RCELL_BUF]);

#endif
