/*
 * report.h - a plan repository summarised as tables for people who read
 * rather than grep (SPEC 7 plan-report): documents per level, kind and
 * status; budgets (pagu indikatif) per year by document, level, region,
 * urusan and program; indicator tables with achievement; alignment
 * coverage; the validation summary.
 *
 * The report is data: a list of tables of typed cells.  Writers turn it
 * into Markdown, CSV (one table at a time, through libcsv) or one
 * self-contained HTML file with inline SVG charts; they write to the FILE
 * they are given and never anywhere else.
 *
 * Budgets follow plan-validate's budget-sum view: a program's (bidang's)
 * budget for a year is its own figure when given, else the sum of its
 * kegiatan, else of their sub-kegiatan; each program is counted once.
 * Plans of one government overlap (an RKPD repeats a year of the RPJMD, a
 * Renja is a slice of the RKPD), so the totals by level, region, urusan
 * and program take each year of each government from one kind of plan:
 * the annual plan (rkp, rkpd, rkpdes) when one gives budgets for the year,
 * else the medium-term plan, else the long-term one; only when none of
 * these gives a figure, the units' plans (renja before renstra, per
 * unit).  A kecamatan's plans are its kabupaten/kota's (SPEC 3.3).
 * Musrenbang proposals ask for money and are never counted.  The
 * `budget-documents` table shows every document's own totals and which
 * years of it were counted.
 *
 * A value that cannot be read (an amount with a budget-format finding, a
 * target or actual with a number-format one, which enters no
 * achievement) is never dropped silently: each figure it would have
 * entered carries the count of values left out (plan_rcell.left), and the
 * `left-out` table lists them with file, line and column.  A program whose kegiatan has one unreadable amount keeps
 * the sum of the others.
 *
 * Ownership: the report copies every text it shows into its own arena;
 * the repository, findings and tables may be freed once it is built.
 */
#ifndef PLAN_REPORT_H
#define PLAN_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/finding.h"
#include "base/lang.h"
#include "model/model.h"
#include "repo/repo.h"
#include "tables/tables.h"

struct plan_report_opts {
	enum plan_level level;		/* LEVEL_NONE: every level */
	const char *region;		/* a code prefix at a '.' boundary
					   ("13" takes 13 and 13.71, not
					   130); NULL: every region */
	int year;			/* -1: every year */
	enum plan_lang lang;		/* headings and words; the
					   messages' (plan_lang_get()) need
					   not be the same */
	const struct plan_tables *tables;	/* region names; may be NULL */
};

enum plan_rcell_kind {
	RCELL_EMPTY,
	RCELL_TEXT,		/* text: plan text or our words */
	RCELL_COUNT,		/* n: a count */
	RCELL_MONEY,		/* n: whole rupiah */
	RCELL_OVERFLOW,		/* a sum beyond INT64_MAX rupiah */
	RCELL_NUMBER,		/* text: a number as written in the plan,
				   or a baseline's "3.90 (2024)"; shown
				   in the report's language (3,90) */
	RCELL_PERCENT		/* n: tenths of a percent (955 = 95.5 %) */
};

union plan_rval {
	const char *text;	/* RCELL_TEXT, RCELL_NUMBER */
	int64_t n;		/* the other kinds */
};

struct plan_rcell {
	enum plan_rcell_kind kind;
	/* Values that could not be read (budget-format, number-format) and
	 * so were left out of this figure (SPEC 7): shown beside it, "(1
	 * value left out)"; a cell may have nothing else to show.  0 for
	 * almost every cell. */
	uint32_t left;
	union {
		const char *text;
		int64_t n;
	};
};
/* The text of a text or number cell, else NULL. */
const char *plan_rcell_text(const struct plan_rcell *c);

struct plan_rtable {
	const char *name;	/* "budget-year": for --table, CSV file names */
	const char *title;	/* in the report's language */
	const char *note;	/* a sentence under the title, or NULL */
	size_t ncols;
	const char **cols;	/* headings */
	size_t nrows;
	size_t ntotal;		/* the last ntotal rows are totals */
	bool optional;		/* not shown in md and html when empty */
	/* nrows * ncols cells, row by row, read with plan_rtable_cell():
	 * kinds and values apart, 9 bytes a cell where a struct takes 16
	 * (a national report holds eight million) */
	unsigned char *kinds;
	union plan_rval *vals;
	uint32_t *left;		/* each cell's left count, NULL while no cell
				   has one */
	const char *left_word;	/* "left out", in the report's language:
				   CSV headings of the counts' columns */
	size_t cap;		/* builder's: rows there is room for */
	struct plan_rcell *row;	/* builder's: the row being filled */
};

struct plan_report;

/*
 * Build the report over r (after plan_repo_check()); findings are the
 * ones plan-validate would print (plan_repo_load + plan_repo_check, may
 * be NULL: no validation section).  Never fails (allocation aborts).
 */
struct plan_report *plan_report_build(const struct plan_repo *r,
				      const struct plan_findings *findings,
				      const struct plan_report_opts *o);
void plan_report_free(struct plan_report *rep);

size_t plan_report_table_count(const struct plan_report *rep);
const struct plan_rtable *plan_report_table(const struct plan_report *rep,
					    size_t i);
/* The table called name, or NULL. */
const struct plan_rtable *plan_report_find(const struct plan_report *rep,
					   const char *name);
/* The cell at row, col of t. */
struct plan_rcell plan_rtable_cell(const struct plan_rtable *t, size_t row,
				   size_t col);
/* Its text (plan_rcell_text). */
const char *plan_rtable_text(const struct plan_rtable *t, size_t row,
			     size_t col);

/* The names of every table, in report order, NULL-terminated. */
extern const char *const plan_report_table_names[];

/*
 * Writers.  only, when not NULL, names the one table to write.  Return 0,
 * or -1 on a write error (errno set).
 *   md    Markdown: a heading per table, pipe tables, plan text escaped;
 *   csv   one table, RFC 4180 through libcsv (every field quoted, CRLF),
 *         amounts in plain digits; a text cell beginning with = + - @,
 *         tab or CR gets a leading ' against formula injection; with
 *         excel, `;`-separated with a byte-order mark and decimal commas
 *         (out/csvout.h).  A column with values left out in any cell is
 *         followed by a column of those counts ("2026 (left out)"), so
 *         the figures stay numbers;
 *   html  one self-contained file: inline CSS (with print rules), inline
 *         SVG charts, no scripts, no external URLs; every text escaped.
 */
int plan_report_write_md(FILE *out, const struct plan_report *rep,
			 const char *only);
int plan_report_write_csv(FILE *out, const struct plan_rtable *t, bool excel);
int plan_report_write_html(FILE *out, const struct plan_report *rep,
			   const char *only);

/*
 * Achievement of an actual against a target (both numbers, SPEC 3.2), in
 * tenths of a percent, rounded half away from zero, computed from the
 * exact decimals: up actual/target x 100, down target/actual x 100,
 * exact 100 when equal else actual/target x 100.  Returns false when it
 * is undefined (a text, a zero divisor, a figure of more than 18 digits).
 */
bool plan_achievement(const char *target, size_t tlen, const char *actual,
		      size_t alen, enum plan_direction dir, int64_t *tenths);

/* "1 Urusan Pemerintahan Wajib ..." words for urusan key '1'..'8', 'X';
 * NULL for others. */
const char *plan_urusan_name(char key, enum plan_lang lang);

#endif
