/*
 * decimal.h - exact decimal arithmetic for the figures the tools compute
 * from plan values: the sum, minimum and maximum of targets that the
 * Satu Data roll-up compares (SPEC 3.6, 4 indicator-rollup) and that
 * plan-report shows.
 *
 * A value is m / 10^scale with a 128-bit m: 38 significant digits, far
 * beyond any target a plan gives.  What does not fit (more digits, a sum
 * that would overflow) is refused, never rounded: the caller then says
 * nothing rather than something false.  No allocation.
 */
#ifndef PLAN_DECIMAL_H
#define PLAN_DECIMAL_H

#include <stdbool.h>
#include <stddef.h>

__extension__ typedef __int128 plan_i128;

struct plan_decimal {
	plan_i128 m;
	int scale;		/* digits after the point, 0..PLAN_DECIMAL_SCALE */
};

#define PLAN_DECIMAL_SCALE 18
/* Room for the text of any decimal: sign, 39 digits, point, NUL. */
#define PLAN_DECIMAL_BUF 48

/* A number as SPEC 3.2 defines it (-?[0-9]+(\.[0-9]+)?) into *d; false
 * for text, or beyond 18 decimals or 38 digits. */
bool plan_decimal_parse(const char *s, size_t len, struct plan_decimal *d);

/* *acc += x; false (and *acc unchanged) on overflow. */
bool plan_decimal_add(struct plan_decimal *acc, struct plan_decimal x);

/* <0, 0, >0 as a is less than, equal to, greater than b (exactly). */
int plan_decimal_cmp(struct plan_decimal a, struct plan_decimal b);

/* The canonical text: no leading zeros, no trailing fractional zeros,
 * "0" for zero, as plan_number_canon() writes a number.  Returns buf. */
char *plan_decimal_format(struct plan_decimal d, char buf[PLAN_DECIMAL_BUF]);

#endif
