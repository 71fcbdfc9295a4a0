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

enum plan_money_status {
	PLAN_MONEY_OK,
	PLAN_MONEY_BAD,		/* not 0|[1-9][0-9]*(_[0-9]+)* */
	PLAN_MONEY_OVERFLOW	/* well-formed, beyond INT64_MAX */
};
/* Money is whole rupiah: 0, or digits not starting with 0, `_` between
 * digit groups, at most INT64_MAX. */
enum plan_money_status plan_money_parse(const char *s, size_t len,
					int64_t *out);

/* a + b into *sum; false on overflow (sums are exact, never wrap). */
bool plan_money_add(int64_t a, int64_t b, int64_t *sum);

/* Write n with a thousands separator sep (',' or '.') into buf; returns
 * buf.  buf must hold 32 bytes. */
char *plan_money_format(int64_t n, char sep, char buf[32]);

/* A number is -?[0-9]+(\.[0-9]+)? (SPEC 3.2); anything else is text. */
bool plan_is_number(const char *s, size_t len);
/* Compare two numbers as exact decimals (4.0 == 4.00): <0, 0, >0.
 * Both must satisfy plan_is_number(). */
int plan_number_cmp(const char *a, size_t alen, const char *b, size_t blen);
/* Canonical decimal form: no leading zeros, no trailing fractional zeros,
 * "-0" is "0".  buf must hold len + 2 bytes. */
char *plan_number_canon(const char *s, size_t len, char *buf);

/*
 * A target, actual or baseline written the spreadsheet way (SPEC 3.2,
 * number-format): the whole of s, trimmed, is -?[0-9]+,[0-9]+ (3,90),
 * -?[0-9]{1,3}(\.[0-9]{3})+,[0-9]+ (1.234,5), -?[0-9]{1,3}(\.[0-9]{3}){2,}
 * (1.234.567), or a number or one of these followed by `%` or ` %`.
 * Returns true and writes the number to write (a plan_is_number() text:
 * 3.90, 1234.5, 1234567, 85; digits kept as written) into out, which
 * must hold len + 1 bytes; *percent tells whether a `%` was dropped.
 * False for anything else, numbers included (`1.234` is a number).
 */
bool plan_number_sheet(const char *s, size_t len, char *out, bool *percent);

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
