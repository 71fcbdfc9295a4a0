/*
 * value.h - the typed readings of scalar source text that SPEC 3.2 defines:
 * money, numbers (exact decimals), years, dates, folded names.
 *
 * All functions are pure and take (text, len) so they work on ynode text.
 */
#ifndef PLAN_VALUE_H
#define PLAN_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/lang.h"

/* The largest amount of money, and of a sum of amounts: beyond it is
 * overflow, reported as such, never a wrap.  Messages write it with
 * "%lld" and (long long)PLAN_MONEY_MAX. */
#define PLAN_MONEY_MAX INT64_MAX

enum plan_money_status {
	PLAN_MONEY_OK,
	PLAN_MONEY_BAD,		/* not 0|[1-9][0-9]*(_[0-9]+)* */
	PLAN_MONEY_OVERFLOW	/* well-formed, beyond PLAN_MONEY_MAX */
};
/* Money is whole rupiah: 0, or digits not starting with 0, `_` between
 * digit groups, at most PLAN_MONEY_MAX. */
enum plan_money_status plan_money_parse(const char *s, size_t len,
					int64_t *out);

/* a + b into *sum; false on overflow (sums are exact, never wrap). */
bool plan_money_add(int64_t a, int64_t b, int64_t *sum);

/*
 * Money written out: the one formatter every tool uses.  The language
 * decides the thousands separator (English ',', Indonesian '.'); the form
 * what is written around the digits:
 *
 *   form     English          Indonesian
 *   DIGITS   1200000000       1200000000        CSV, JSON, a figure to copy
 *   FIGURE   1,200,000,000    1.200.000.000     table cells, chart axes
 *   RUPIAH   Rp1,200,000,000  Rp1.200.000.000   plan-diff's values
 *   DELTA    +Rp1,200,000     +Rp1.200.000      a difference: + above zero
 *   PROSE    1200000000       Rp1.200.000.000   in a sentence of a message
 *
 * A negative amount starts with '-' ("-Rp500,000").  The language is
 * base/lang.h's; another one is a row of the table in value.c.
 */
enum plan_money_form {
	PLAN_MONEY_DIGITS, PLAN_MONEY_FIGURE, PLAN_MONEY_RUPIAH,
	PLAN_MONEY_DELTA, PLAN_MONEY_PROSE
};
#define PLAN_MONEY_BUF 40
/* n in lang and form into buf (PLAN_MONEY_BUF bytes); returns buf. */
char *plan_money_str(int64_t n, enum plan_lang lang,
		     enum plan_money_form form, char buf[PLAN_MONEY_BUF]);

/*
 * A number shown to people, the one formatter beside plan_money_str() for
 * every figure that is not money (report cells, achievement percents,
 * counts in tables): the integer digits grouped by thousands and the
 * decimal mark of the language, English 23,700.5 and Indonesian
 * 23.700,5 (so 3,90 stands beside 23.700.000.000).  s[0..len) must
 * satisfy plan_is_number(); its digits are kept as written (4.50 stays
 * 4,50: a target keeps the precision it was written with).  Values a
 * user is told to write, CSV and JSON never go through it.  Into buf
 * (size bytes, len + len / 3 + 2 always suffice); returns buf, or NULL
 * when s is not a number or buf is too small (buf untouched).
 */
char *plan_number_str(const char *s, size_t len, enum plan_lang lang,
		      char *buf, size_t size);

/* A number is -?[0-9]+(\.[0-9]+)? (SPEC 3.2); anything else is text. */
bool plan_is_number(const char *s, size_t len);
/* Compare two numbers as exact decimals (4.0 == 4.00): <0, 0, >0.
 * Both must satisfy plan_is_number(). */
int plan_number_cmp(const char *a, size_t alen, const char *b, size_t blen);
/* Canonical decimal form: no leading zeros, no trailing fractional zeros,
 * "-0" is "0".  buf must hold len + 2 bytes. */
char *plan_number_canon(const char *s, size_t len, char *buf);

/*
 * Numbers written the spreadsheet way (SPEC 3.2, number-format; SPEC 8,
 * plan-import).  The whole value, trimmed of spaces, is read as one of
 *	-?[0-9]+,[0-9]+				3,90      -> 3.90
 *	-?[0-9]{1,3}(\.[0-9]{3})+,[0-9]+	1.234,5   -> 1234.5
 *	-?[0-9]{1,3}(\.[0-9]{3}){2,}		1.234.567 -> 1234567
 * or a number as SPEC 3.2 writes it, each optionally followed by `%` or
 * ` %`.  Anything else (`3,5-4,0`, `>= 85%`, `WTP`) is text.  `1.234`
 * alone is a number (one point two three four).
 */
enum plan_sheet_form {
	PLAN_SHEET_TEXT,	/* none of these */
	PLAN_SHEET_NUMBER,	/* a number as written (maybe with %) */
	PLAN_SHEET_COMMA,	/* a decimal comma: 3,90 and 1.234,5 */
	PLAN_SHEET_DOTS		/* thousands dots, no fraction: 1.234.567 */
};
/* Read s[0..len); for any form but TEXT, out (len + 1 bytes) receives the
 * number to write (fraction digits kept as written: `3,90` gives `3.90`)
 * and *percent whether a `%` followed it.  number-format fires when the
 * form is COMMA or DOTS or *percent is set. */
enum plan_sheet_form plan_value_sheet_number(const char *s, size_t len,
					     char *out, bool *percent);
/* What number-format reports: plan_value_sheet_number() read a COMMA or
 * DOTS form or dropped a `%` (`85%`).  A bare number is no finding.  out
 * may be NULL in both when only the answer is wanted. */
bool plan_value_sheet_misread(const char *s, size_t len, char *out,
			      bool *percent);

/* In a table whose fields are separated by sep (',' or ';'), a value
 * with a single separator followed by exactly three digits cannot be read
 * with certainty: `1.234` in a ';' table (Indonesian spreadsheets write
 * thousands with dots) and `1,234` in a ',' table (English ones write
 * them with commas).  True for those (after an optional `-`, before an
 * optional `%`). */
bool plan_value_sheet_ambiguous(const char *s, size_t len, char sep);

enum plan_sheet_money {
	PLAN_SHEET_MONEY_OK,		/* *out holds the amount */
	PLAN_SHEET_MONEY_TEXT,		/* not an amount at all */
	PLAN_SHEET_MONEY_NOT_WHOLE,	/* 1.500,50: a fraction of a rupiah */
	PLAN_SHEET_MONEY_NEGATIVE,	/* -5, Rp -1.000.000 */
	PLAN_SHEET_MONEY_AMBIGUOUS,	/* 1.234 / 1,234: one separator */
	PLAN_SHEET_MONEY_OVERFLOW	/* beyond 9223372036854775807 */
};
/* An `Rp`, `Rp.` or `IDR` and the spaces after it (a no-break space,
 * U+00A0, too) at the start of s[0..*len): skipped (*s, *len move on);
 * true when there was one.  The one reading of a currency sign, for the
 * spreadsheet readings and the loader's comma runs. */
bool plan_money_skip_currency(const char **s, size_t *len);

/*
 * An amount of rupiah the way spreadsheets show it: an optional `Rp`,
 * `Rp.` or `IDR` and spaces (a no-break space too), then plain money (SPEC 3.2),
 * or digits grouped by three with `.` (an optional `,` and zeros after:
 * `Rp 1.200.000.000,00`) or with `,` (an optional `.` and zeros), or
 * digits with a decimal `,` or `.` and zeros only.  One separator with
 * three digits after it and nothing else (`1.234`, `1,234`) is AMBIGUOUS
 * (a thousands group or a decimal fraction), except `.` after `Rp`.
 */
enum plan_sheet_money plan_value_sheet_money(const char *s, size_t len,
					     int64_t *out);
/* plan-import and plan-validate (budget-format's hint and --fix, the
 * schema finding of a budget that commas split) read money with it. */

/* A year: exactly four digits.  Returns the year or -1. */
int plan_year_parse(const char *s, size_t len);

/* An ISO 8601 calendar date YYYY-MM-DD that exists (2026-02-30 does not). */
struct plan_date {
	int year, month, day;
};
bool plan_date_parse(const char *s, size_t len, struct plan_date *d);
/* d plus n calendar months, the day clamped to the month's end. */
struct plan_date plan_date_add_months(struct plan_date d, int n);
int plan_date_cmp(struct plan_date a, struct plan_date b);

/* *s and *len moved past the spaces and tabs at either end of s[0..*len)
 * (a spreadsheet cell's, a value's). */
void plan_trim_blanks(const char **s, size_t *len);

/* Fold a name for comparison: trim, collapse white space runs to one
 * space, ASCII lower-case.  Returns a malloc'd string (caller frees). */
char *plan_fold(const char *s, size_t len);
/* Folded equality without allocating. */
bool plan_fold_eq(const char *a, size_t alen, const char *b, size_t blen);

/* Names against a reference table (SPEC 5): equal after ASCII
 * lower-casing and dropping white space altogether, since the tables
 * write PENGARUS UTAMAAN and SUMBERDAYA where plans write Pengarusutamaan
 * and Sumber Daya. */
bool plan_name_eq(const char *a, size_t alen, const char *b, size_t blen);
/* The length of the name s[0..len) without the footnote marks the
 * nomenclature tables put after some names (`DAYAH******)`, `Desa****)`)
 * and the blanks before them: they are no part of the name (SPEC 5).  A
 * name of marks only keeps its length. */
size_t plan_name_unmarked(const char *s, size_t len);
/* The text plan_name_eq() compares (lower case, no white space), written
 * into out (at most len bytes; not NUL-terminated); returns its length. */
size_t plan_name_key(const char *s, size_t len, char *out);

/* Edit distance for "did you mean" (capped at max + 1). */
unsigned plan_edit_distance(const char *a, const char *b, unsigned max);

#endif
