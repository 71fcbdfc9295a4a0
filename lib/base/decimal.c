#include "base/decimal.h"

#include <string.h>

#define DIGITS_MAX 38

bool plan_decimal_parse(const char *s, size_t len, struct plan_decimal *d)
{
	size_t i = 0, digits = 0;
	bool neg = false, frac = false, any = false;
	plan_i128 m = 0;
	int scale = 0;
	if (i < len && s[i] == '-')
		neg = true, i++;
	for (; i < len; i++) {
		if (s[i] == '.' && !frac && any) {
			frac = true;
			continue;
		}
		if (s[i] < '0' || s[i] > '9')
			return false;
		any = true;
		if (frac && ++scale > PLAN_DECIMAL_SCALE)
			return false;
		if (m == 0 && s[i] == '0')
			continue;	/* leading zeros take no room */
		if (++digits > DIGITS_MAX)
			return false;
		m = m * 10 + (s[i] - '0');
	}
	/* "1." is no number (SPEC 3.2): a point wants digits after it */
	if (!any || (frac && scale == 0))
		return false;
	d->m = neg ? -m : m;
	d->scale = scale;
	return true;
}

/* m x 10^k; false on overflow. */
static bool scale_up(plan_i128 *m, int k)
{
	while (k-- > 0)
		if (__builtin_mul_overflow(*m, (plan_i128)10, m))
			return false;
	return true;
}

/* a and b brought to the larger scale; false on overflow. */
static bool align(struct plan_decimal *a, struct plan_decimal *b)
{
	if (a->scale < b->scale) {
		if (!scale_up(&a->m, b->scale - a->scale))
			return false;
		a->scale = b->scale;
	} else if (b->scale < a->scale) {
		if (!scale_up(&b->m, a->scale - b->scale))
			return false;
		b->scale = a->scale;
	}
	return true;
}

bool plan_decimal_add(struct plan_decimal *acc, struct plan_decimal x)
{
	struct plan_decimal a = *acc;
	if (!align(&a, &x) || __builtin_add_overflow(a.m, x.m, &a.m))
		return false;
	*acc = a;
	return true;
}

int plan_decimal_cmp(struct plan_decimal a, struct plan_decimal b)
{
	struct plan_decimal x = a, y = b;
	if (!align(&x, &y)) {
		/* the one that would not scale is the larger in magnitude:
		 * its sign decides */
		bool a_big = a.scale < b.scale;
		plan_i128 big = a_big ? a.m : b.m;
		int sign = big < 0 ? -1 : 1;
		return a_big ? sign : -sign;
	}
	return x.m < y.m ? -1 : x.m > y.m;
}

char *plan_decimal_format(struct plan_decimal d, char buf[PLAN_DECIMAL_BUF])
{
	char tmp[PLAN_DECIMAL_BUF];
	int n = 0, scale = d.scale;
	bool neg = d.m < 0;
	/* digits of |m|, from the last; a negative m is negated digit by
	 * digit, so that the most negative value needs no special case */
	plan_i128 m = d.m;
	while (scale > 0 && m % 10 == 0 && m != 0)
		m /= 10, scale--;
	if (m == 0)
		scale = 0, neg = false;
	do {
		int digit = (int)(m % 10);
		tmp[n++] = (char)('0' + (digit < 0 ? -digit : digit));
		m /= 10;
		if (n == scale)
			tmp[n++] = '.';
	} while (m != 0 || n <= scale);
	if (tmp[n - 1] == '.')
		tmp[n++] = '0';
	int o = 0;
	if (neg)
		buf[o++] = '-';
	while (n)
		buf[o++] = tmp[--n];
	buf[o] = '\0';
	return buf;
}
