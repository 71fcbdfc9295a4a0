/*
 * csvout.h - CSV as every tool writes it (SPEC 6): RFC 4180 through
 * libcsv (every field quoted, CRLF), and with --excel the dialect that a
 * spreadsheet in an Indonesian locale opens in columns: `;` between
 * fields, a UTF-8 byte-order mark first, and decimal commas in
 * non-integer numbers.  Text a spreadsheet would run as a formula gets a
 * leading ' in both dialects: the cells go through out/escape.h's
 * plan_put_csv(), this module adds only the dialect around them.
 *
 * The writer keeps no memory of its own; errors are the FILE's (check
 * ferror() after the last row).
 */
#ifndef PLAN_CSVOUT_H
#define PLAN_CSVOUT_H

#include <stdbool.h>
#include <stdio.h>

struct plan_csv {
	FILE *fp;
	bool excel;
	bool mid;		/* a cell of the current row is written */
};

/* Start CSV on fp; with excel, the byte-order mark is written now. */
void plan_csv_begin(struct plan_csv *w, FILE *fp, bool excel);

/* A cell of text (plan text, ids, our words; NULL is empty).  One that
 * begins with = + - @, tab or CR gets a leading ' against formula
 * injection. */
void plan_csv_text(struct plan_csv *w, const char *s);

/* A cell that holds a number as the contract writes it (-?[0-9]+ with an
 * optional .[0-9]+), never neutralised (-5 is no formula); with excel a
 * decimal point becomes a comma.  Anything else is written as text. */
void plan_csv_number(struct plan_csv *w, const char *s);

/* A whole number. */
void plan_csv_int(struct plan_csv *w, long long n);

/* End the row (CRLF). */
void plan_csv_end(struct plan_csv *w);

/* A header row of fixed words, given as one ,-separated string
 * ("ref,document,element"), in the writer's dialect. */
void plan_csv_header(struct plan_csv *w, const char *names);

#endif
