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
		if (v > ((uint64_t)PLAN_MONEY_MAX - d) / 10)
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

/* How a language writes figures: its thousands separator, its decimal
 * mark, its currency sign, and the form of an amount in a sentence. */
static const struct {
	char group, decimal;
	const char *currency;
	enum plan_money_form prose;
} money_langs[] = {
	[PLAN_LANG_EN] = {',', '.', "Rp", PLAN_MONEY_DIGITS},
	[PLAN_LANG_ID] = {'.', ',', "Rp", PLAN_MONEY_RUPIAH},
};

/* No snprintf: a national report writes a million amounts. */
char *plan_money_str(int64_t n, enum plan_lang lang,
		     enum plan_money_form form, char buf[PLAN_MONEY_BUF])
{
	if ((unsigned)lang > PLAN_LANG_ID)
		lang = PLAN_LANG_EN;
	if (form == PLAN_MONEY_PROSE)
		form = money_langs[lang].prose;
	char sep = form == PLAN_MONEY_DIGITS ? 0 : money_langs[lang].group;
	char tmp[32];
	int len = 0;
	uint64_t u = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
	do {
		if (sep && len % 4 == 3)
			tmp[len++] = sep;
		tmp[len++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	char *w = buf;
	if (n < 0)
		*w++ = '-';
	else if (n > 0 && form == PLAN_MONEY_DELTA)
		*w++ = '+';
	if (form == PLAN_MONEY_RUPIAH || form == PLAN_MONEY_DELTA)
		for (const char *c = money_langs[lang].currency; *c; c++)
			*w++ = *c;
	while (len)
		*w++ = tmp[--len];
	*w = '\0';
	return buf;
}

char *plan_number_str(const char *s, size_t len, enum plan_lang lang,
		      char *buf, size_t size)
{
	if (!plan_is_number(s, len))
		return NULL;
	if ((unsigned)lang > PLAN_LANG_ID)
		lang = PLAN_LANG_EN;
	size_t i = s[0] == '-', ilen = 0;
	while (i + ilen < len && is_digit(s[i + ilen]))
		ilen++;
	if (len + (ilen - 1) / 3 + 1 > size)
		return NULL;
	char *w = buf;
	if (i)
		*w++ = '-';
	for (size_t k = 0; k < ilen; k++) {
		if (k && (ilen - k) % 3 == 0)
			*w++ = money_langs[lang].group;
		*w++ = s[i + k];
	}
	i += ilen;
	if (i < len) {		/* the '.' and the fraction */
		*w++ = money_langs[lang].decimal;
		memcpy(w, s + i + 1, len - i - 1);
		w += len - i - 1;
	}
	*w = '\0';
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

/* --- numbers and money the spreadsheet way -------------------------- */

/* The end of the run of digits from i. */
static size_t digit_run(const char *s, size_t i, size_t len)
{
	while (i < len && is_digit(s[i]))
		i++;
	return i;
}

void plan_trim_blanks(const char **s, size_t *len)
{
	while (*len && (**s == ' ' || **s == '\t'))
		(*s)++, (*len)--;
	while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
		(*len)--;
}

/* Drop a trailing `%` or ` %`; true when there was one. */
static bool strip_percent(const char *s, size_t *len)
{
	if (!*len || s[*len - 1] != '%')
		return false;
	(*len)--;
	if (*len && s[*len - 1] == ' ')
		(*len)--;
	return true;
}

/* d{1,3}(<sep>d{3})+ from i: the end, and the number of groups after the
 * first in *groups; 0 when s does not start so at i. */
static size_t grouped(const char *s, size_t i, size_t len, char sep,
		      unsigned *groups)
{
	size_t e = digit_run(s, i, len);
	*groups = 0;
	if (e == i || e - i > 3)
		return 0;
	while (e < len && s[e] == sep) {
		size_t g = digit_run(s, e + 1, len);
		if (g - (e + 1) != 3)
			return 0;
		e = g;
		(*groups)++;
	}
	return *groups ? e : 0;
}

/* Copy the digits of s[i..end) to out at *o, skipping every other byte
 * (out NULL: count only). */
static void copy_digits(const char *s, size_t i, size_t end, char *out,
			size_t *o)
{
	for (; i < end; i++)
		if (is_digit(s[i])) {
			if (out)
				out[*o] = s[i];
			(*o)++;
		}
}

/* out[o] = c unless out is NULL. */
static void put_byte(char *out, size_t o, char c)
{
	if (out)
		out[o] = c;
}

enum plan_sheet_form plan_value_sheet_number(const char *s, size_t len,
					     char *out, bool *percent)
{
	plan_trim_blanks(&s, &len);
	*percent = strip_percent(s, &len);
	if (len && plan_is_number(s, len)) {
		if (out) {
			memcpy(out, s, len);
			out[len] = '\0';
		}
		return PLAN_SHEET_NUMBER;
	}
	size_t i = 0, o = 0;
	if (i < len && s[i] == '-')
		put_byte(out, o++, s[i++]);
	unsigned groups;
	size_t e = grouped(s, i, len, '.', &groups);
	if (e && e == len && groups >= 2) {		/* 1.234.567 */
		copy_digits(s, i, e, out, &o);
		put_byte(out, o, '\0');
		return PLAN_SHEET_DOTS;
	}
	if (!e)					/* 3,90 */
		e = digit_run(s, i, len);
	if (e > i && e < len && s[e] == ',') {
		size_t f = digit_run(s, e + 1, len);
		if (f > e + 1 && f == len) {
			copy_digits(s, i, e, out, &o);
			put_byte(out, o++, '.');
			copy_digits(s, e + 1, f, out, &o);
			put_byte(out, o, '\0');
			return PLAN_SHEET_COMMA;
		}
	}
	*percent = false;
	return PLAN_SHEET_TEXT;
}

bool plan_value_sheet_misread(const char *s, size_t len, char *out,
			      bool *percent)
{
	enum plan_sheet_form f = plan_value_sheet_number(s, len, out, percent);
	return f == PLAN_SHEET_COMMA || f == PLAN_SHEET_DOTS || *percent;
}

bool plan_value_sheet_ambiguous(const char *s, size_t len, char sep)
{
	char group = sep == ';' ? '.' : ',';
	unsigned groups;

	plan_trim_blanks(&s, &len);
	strip_percent(s, &len);
	size_t i = len && s[0] == '-' ? 1 : 0;
	return grouped(s, i, len, group, &groups) == len && groups == 1;
}

bool plan_money_skip_currency(const char **s, size_t *len)
{
	bool rp = false;
	if (*len >= 2 && ((*s)[0] == 'R' || (*s)[0] == 'r') &&
	    ((*s)[1] == 'p' || (*s)[1] == 'P')) {
		*s += 2, *len -= 2, rp = true;
		if (*len && **s == '.')
			(*s)++, (*len)--;
	} else if (*len >= 3 && (((*s)[0] | 0x20) == 'i') &&
		   (((*s)[1] | 0x20) == 'd') && (((*s)[2] | 0x20) == 'r')) {
		/* the ISO code, as bank and BPK tables write it */
		*s += 3, *len -= 3, rp = true;
	}
	for (;;) {
		if (*len && (**s == ' ' || **s == '\t'))
			(*s)++, (*len)--;
		else if (*len >= 2 && (unsigned char)(*s)[0] == 0xC2 &&
			 (unsigned char)(*s)[1] == 0xA0)
			*s += 2, *len -= 2;
		else
			return rp;
	}
}

/* Digits s[i..e) (separators skipped) as money. */
static enum plan_sheet_money money_digits(const char *s, size_t i, size_t e,
					  int64_t *out)
{
	char buf[64];
	size_t o = 0;
	for (; i < e; i++)
		if (is_digit(s[i])) {
			if (o == sizeof buf)
				return PLAN_SHEET_MONEY_OVERFLOW;
			buf[o++] = s[i];
		}
	/* the table's own leading zeros ("0.500") are no amount */
	switch (plan_money_parse(buf, o, out)) {
	case PLAN_MONEY_OK: return PLAN_SHEET_MONEY_OK;
	case PLAN_MONEY_OVERFLOW: return PLAN_SHEET_MONEY_OVERFLOW;
	default: return PLAN_SHEET_MONEY_TEXT;
	}
}

/* After the whole rupiah at [.., e): nothing, or dec and digits.  Returns
 * TEXT when something else follows, NOT_WHOLE for a fraction that is not
 * all zeros, OK otherwise (with *frac when there was one). */
static enum plan_sheet_money money_fraction(const char *s, size_t e,
					    size_t len, char dec, bool *frac)
{
	*frac = false;
	if (e == len)
		return PLAN_SHEET_MONEY_OK;
	if (s[e] != dec)
		return PLAN_SHEET_MONEY_TEXT;
	size_t f = digit_run(s, e + 1, len);
	if (f == e + 1 || f != len)
		return PLAN_SHEET_MONEY_TEXT;
	*frac = true;
	for (size_t i = e + 1; i < f; i++)
		if (s[i] != '0')
			return PLAN_SHEET_MONEY_NOT_WHOLE;
	return PLAN_SHEET_MONEY_OK;
}

enum plan_sheet_money plan_value_sheet_money(const char *s, size_t len,
					     int64_t *out)
{
	plan_trim_blanks(&s, &len);
	bool rp = plan_money_skip_currency(&s, &len), frac;
	plan_trim_blanks(&s, &len);
	if (len >= 2 && s[0] == '-' && is_digit(s[1]))
		return PLAN_SHEET_MONEY_NEGATIVE;
	switch (plan_money_parse(s, len, out)) {
	case PLAN_MONEY_OK: return PLAN_SHEET_MONEY_OK;
	case PLAN_MONEY_OVERFLOW: return PLAN_SHEET_MONEY_OVERFLOW;
	default: break;
	}
	for (int k = 0; k < 2; k++) {
		char sep = k ? ',' : '.', dec = k ? '.' : ',';
		unsigned groups;
		size_t e = grouped(s, 0, len, sep, &groups);
		if (!e)
			continue;
		enum plan_sheet_money st = money_fraction(s, e, len, dec, &frac);
		if (st == PLAN_SHEET_MONEY_TEXT)
			continue;
		if (groups == 1 && !frac && !(rp && sep == '.'))
			return PLAN_SHEET_MONEY_AMBIGUOUS;
		return st == PLAN_SHEET_MONEY_OK ? money_digits(s, 0, e, out)
						 : st;
	}
	/* digits with a decimal point or comma: 1200000,00 */
	size_t e = digit_run(s, 0, len);
	if (e == 0 || e == len || (s[e] != ',' && s[e] != '.'))
		return PLAN_SHEET_MONEY_TEXT;
	enum plan_sheet_money st = money_fraction(s, e, len, s[e], &frac);
	return st == PLAN_SHEET_MONEY_OK ? money_digits(s, 0, e, out) : st;
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
