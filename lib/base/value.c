#include "base/value.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	       c == '\f' || c == '\v';
}

enum plan_money_status plan_money_parse(const char *s, size_t len,
					int64_t *out)
{
	if (!len || !is_digit(s[0]) || (s[0] == '0' && len > 1))
		return PLAN_MONEY_BAD;
	uint64_t v = 0;
	bool overflow = false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '_') {
			/* `_` only between digits: 1_000, never 1__0 or 1_ */
			if (i + 1 == len || !is_digit(s[i + 1]))
				return PLAN_MONEY_BAD;
			continue;
		}
		if (!is_digit(s[i]))
			return PLAN_MONEY_BAD;
		unsigned d = (unsigned)(s[i] - '0');
		if (v > (UINT64_C(9223372036854775807) - d) / 10)
			overflow = true;
		else
			v = v * 10 + d;
	}
	if (overflow)
		return PLAN_MONEY_OVERFLOW;
	*out = (int64_t)v;
	return PLAN_MONEY_OK;
}

bool plan_money_add(int64_t a, int64_t b, int64_t *sum)
{
	return !__builtin_add_overflow(a, b, sum);
}

char *plan_money_format(int64_t n, char sep, char buf[32])
{
	char tmp[32];
	int len = 0;
	uint64_t u = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
	do {
		if (len && len % 4 == 3)
			tmp[len++] = sep;
		tmp[len++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	int o = 0;
	if (n < 0)
		buf[o++] = '-';
	while (len)
		buf[o++] = tmp[--len];
	buf[o] = '\0';
	return buf;
}

bool plan_is_number(const char *s, size_t len)
{
	size_t i = 0;
	if (i < len && s[i] == '-')
		i++;
	size_t start = i;
	while (i < len && is_digit(s[i]))
		i++;
	if (i == start)
		return false;
	if (i == len)
		return true;
	if (s[i] != '.')
		return false;
	start = ++i;
	while (i < len && is_digit(s[i]))
		i++;
	return i > start && i == len;
}

static size_t digits_from(const char *s, size_t len, size_t i)
{
	while (i < len && is_digit(s[i]))
		i++;
	return i;
}

/* [0-9]{1,3}(\.[0-9]{3})* from s[i]: the number of `.` groups, or -1;
 * *end is where it stops. */
static int thousands(const char *s, size_t len, size_t i, size_t *end)
{
	size_t j = digits_from(s, len, i);
	int groups = 0;
	if (j == i || j - i > 3)
		return -1;
	while (j + 3 < len && s[j] == '.' && digits_from(s, len, j + 1) == j + 4)
		j += 4, groups++;
	*end = j;
	return groups;
}

/* Append n bytes of s to out at *o (out NULL: count only). */
static void put(char *out, size_t *o, const char *s, size_t n)
{
	if (out)
		memcpy(out + *o, s, n);
	*o += n;
}

/* The body of a spreadsheet number (no `%`), as plan_number_sheet()
 * says, written to out unless it is NULL; *plain is set when it is an
 * ordinary number. */
static bool sheet_body(const char *s, size_t len, char *out, bool *plain)
{
	size_t i = 0, o = 0, e = 0;
	*plain = false;
	if (len && s[0] == '-')
		put(out, &o, "-", 1), i++;
	size_t d = digits_from(s, len, i);
	int groups = thousands(s, len, i, &e);
	bool frac = groups >= 0 && e + 1 < len && s[e] == ',' &&
		    digits_from(s, len, e + 1) == len;
	if (d > i && d + 1 < len && s[d] == ',' &&
	    digits_from(s, len, d + 1) == len) {		/* 3,90 */
		put(out, &o, s + i, d - i);
		put(out, &o, ".", 1);
		put(out, &o, s + d + 1, len - d - 1);
	} else if ((groups >= 1 && frac) || (groups >= 2 && e == len)) {
		/* 1.234,5 or 1.234.567 */
		for (size_t p = i; p < e; p++)
			if (s[p] != '.')
				put(out, &o, s + p, 1);
		if (frac) {
			put(out, &o, ".", 1);
			put(out, &o, s + e + 1, len - e - 1);
		}
	} else if (plan_is_number(s, len)) {
		*plain = true;
		o = 0;
		put(out, &o, s, len);
	} else {
		return false;
	}
	if (out)
		out[o] = '\0';
	return true;
}

bool plan_number_sheet(const char *s, size_t len, char *out, bool *percent)
{
	while (len && is_space(s[0]))
		s++, len--;
	while (len && is_space(s[len - 1]))
		len--;
	*percent = len && s[len - 1] == '%';
	if (*percent) {
		len--;
		if (len && s[len - 1] == ' ')
			len--;
	}
	bool plain;
	if (!sheet_body(s, len, out, &plain))
		return false;
	return !plain || *percent;	/* a bare number is no finding */
}

/* The parts of a number: sign, integer digits without leading zeros,
 * fraction digits without trailing zeros. */
struct decimal {
	bool neg;
	const char *ip, *fp;
	size_t ilen, flen;
};

static struct decimal decimal_split(const char *s, size_t len)
{
	struct decimal d = {false, s, NULL, 0, 0};
	size_t i = 0;
	if (i < len && s[i] == '-')
		d.neg = true, i++;
	while (i + 1 < len && s[i] == '0' && is_digit(s[i + 1]))
		i++;
	d.ip = s + i;
	while (i < len && is_digit(s[i]))
		i++, d.ilen++;
	if (i < len && s[i] == '.') {
		d.fp = s + i + 1;
		d.flen = len - i - 1;
		while (d.flen && d.fp[d.flen - 1] == '0')
			d.flen--;
	}
	if (d.ilen == 1 && d.ip[0] == '0' && !d.flen)
		d.neg = false;	/* -0 is 0 */
	return d;
}

static int magnitude_cmp(const struct decimal *a, const struct decimal *b)
{
	if (a->ilen != b->ilen)
		return a->ilen < b->ilen ? -1 : 1;
	int c = memcmp(a->ip, b->ip, a->ilen);
	if (c)
		return c < 0 ? -1 : 1;
	size_t n = a->flen < b->flen ? a->flen : b->flen;
	c = n ? memcmp(a->fp, b->fp, n) : 0;
	if (c)
		return c < 0 ? -1 : 1;
	if (a->flen != b->flen)
		return a->flen < b->flen ? -1 : 1;
	return 0;
}

int plan_number_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	struct decimal x = decimal_split(a, alen), y = decimal_split(b, blen);
	if (x.neg != y.neg)
		return x.neg ? -1 : 1;
	int c = magnitude_cmp(&x, &y);
	return x.neg ? -c : c;
}

char *plan_number_canon(const char *s, size_t len, char *buf)
{
	struct decimal d = decimal_split(s, len);
	char *p = buf;
	if (d.neg)
		*p++ = '-';
	memcpy(p, d.ip, d.ilen);
	p += d.ilen;
	if (d.flen) {
		*p++ = '.';
		memcpy(p, d.fp, d.flen);
		p += d.flen;
	}
	*p = '\0';
	return buf;
}

int plan_year_parse(const char *s, size_t len)
{
	if (len != 4)
		return -1;
	int y = 0;
	for (size_t i = 0; i < 4; i++) {
		if (!is_digit(s[i]))
			return -1;
		y = y * 10 + (s[i] - '0');
	}
	return y;
}

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30,
				   31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

static int digits(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool plan_date_parse(const char *s, size_t len, struct plan_date *d)
{
	if (len != 10 || s[4] != '-' || s[7] != '-')
		return false;
	int y = digits(s, 4), m = digits(s + 5, 2), dd = digits(s + 8, 2);
	if (y < 0 || m < 1 || m > 12 || dd < 1 || dd > days_in_month(y, m))
		return false;
	d->year = y, d->month = m, d->day = dd;
	return true;
}

struct plan_date plan_date_add_months(struct plan_date d, int n)
{
	int m = d.year * 12 + (d.month - 1) + n;
	struct plan_date r = {m / 12, m % 12 + 1, d.day};
	int last = days_in_month(r.year, r.month);
	if (r.day > last)
		r.day = last;
	return r;
}

int plan_date_cmp(struct plan_date a, struct plan_date b)
{
	if (a.year != b.year)
		return a.year < b.year ? -1 : 1;
	if (a.month != b.month)
		return a.month < b.month ? -1 : 1;
	if (a.day != b.day)
		return a.day < b.day ? -1 : 1;
	return 0;
}

/* Step through s as its folded form, one byte at a time: leading and
 * trailing white space dropped, inner runs as one space, ASCII lowered. */
struct fold_iter {
	const char *s;
	size_t len, i;
};

static void fold_start(struct fold_iter *it, const char *s, size_t len)
{
	it->s = s, it->len = len, it->i = 0;
	while (it->i < len && is_space(s[it->i]))
		it->i++;
	while (it->len > it->i && is_space(s[it->len - 1]))
		it->len--;
}

/* Next folded byte, or -1 at the end. */
static int fold_next(struct fold_iter *it)
{
	if (it->i >= it->len)
		return -1;
	char c = it->s[it->i++];
	if (is_space(c)) {
		while (it->i < it->len && is_space(it->s[it->i]))
			it->i++;
		return ' ';
	}
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : (unsigned char)c;
}

char *plan_fold(const char *s, size_t len)
{
	char *out = plan_xmalloc(len + 1), *p = out;
	struct fold_iter it;
	fold_start(&it, s, len);
	for (int c; (c = fold_next(&it)) >= 0;)
		*p++ = (char)c;
	*p = '\0';
	return out;
}

bool plan_fold_eq(const char *a, size_t alen, const char *b, size_t blen)
{
	/* the same bytes fold the same: most names are written as the
	 * table has them, and folding costs 30 instructions a byte */
	if (alen == blen && (alen == 0 || !memcmp(a, b, alen)))
		return true;
	struct fold_iter x, y;
	fold_start(&x, a, alen);
	fold_start(&y, b, blen);
	for (;;) {
		int c = fold_next(&x), d = fold_next(&y);
		if (c != d)
			return false;
		if (c < 0)
			return true;
	}
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

bool plan_name_eq(const char *a, size_t alen, const char *b, size_t blen)
{
	/* most plans write names as the table has them */
	if (alen == blen && (alen == 0 || !memcmp(a, b, alen)))
		return true;
	size_t i = 0, j = 0;
	for (;;) {
		while (i < alen && is_space(a[i]))
			i++;
		while (j < blen && is_space(b[j]))
			j++;
		if (i == alen || j == blen)
			return i == alen && j == blen;
		if (lower(a[i++]) != lower(b[j++]))
			return false;
	}
}

size_t plan_name_unmarked(const char *s, size_t len)
{
	size_t k = len;
	if (k > 1 && s[k - 1] == ')' && s[k - 2] == '*')
		k--;
	if (k == len && !(k && s[k - 1] == '*'))
		return len;
	while (k && s[k - 1] == '*')
		k--;
	while (k && is_space(s[k - 1]))
		k--;
	return k ? k : len;
}

size_t plan_name_key(const char *s, size_t len, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++)
		if (!is_space(s[i]))
			out[o++] = lower(s[i]);
	return o;
}

unsigned plan_edit_distance(const char *a, const char *b, unsigned max)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return max + 1;
	unsigned row[65];
	for (size_t j = 0; j <= lb; j++)
		row[j] = (unsigned)j;
	for (size_t i = 1; i <= la; i++) {
		unsigned diag = row[0], best = row[0] = (unsigned)i;
		for (size_t j = 1; j <= lb; j++) {
			unsigned up = row[j];
			unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
			unsigned v = diag + cost;
			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > max)
			return max + 1;
	}
	return row[lb] > max ? max + 1 : row[lb];
}
