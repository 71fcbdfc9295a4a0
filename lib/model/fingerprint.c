/* fingerprint.c - canonical text and FNV-1a 64 of an element (see
 * fingerprint.h for the format, which users recompute: keep them in step). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/fingerprint.h"
#include "base/value.h"

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x00000100000001b3ULL

/* A growable string, malloc'd. */
struct buf {
	char *s;
	size_t len, cap;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		while (b->len + n + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->s = plan_xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* "key=value\n", value as written (NULL: empty). */
static void line_raw(struct buf *b, const char *key, const char *v, size_t n)
{
	buf_str(b, key);
	buf_add(b, "=", 1);
	if (v)
		buf_add(b, v, n);
	buf_add(b, "\n", 1);
}

static void line_folded(struct buf *b, const char *key, struct plan_str v)
{
	char *f = v.s ? plan_fold(v.s, v.len) : NULL;
	line_raw(b, key, f, f ? strlen(f) : 0);
	free(f);
}

/* A target value: a number as its canonical decimal, else folded text. */
static void line_target(struct buf *b, const char *key, const struct ynode *v)
{
	if (!plan_is_number(v->text, v->len)) {
		line_folded(b, key, (struct plan_str){v->text, v->len, v});
		return;
	}
	char *canon = plan_xmalloc(v->len + 2);
	plan_number_canon(v->text, v->len, canon);
	line_raw(b, key, canon, strlen(canon));
	free(canon);
}

static int by_year(const void *a, const void *b)
{
	const struct plan_yearval *x = *(const struct plan_yearval *const *)a;
	const struct plan_yearval *y = *(const struct plan_yearval *const *)b;
	if (x->year != y->year)
		return (x->year > y->year) - (x->year < y->year);
	return (x > y) - (x < y);	/* source order: deterministic */
}

/* The targets that count, in ascending year order (ytree has already
 * dropped duplicate keys, so years are distinct). */
static void add_targets(struct buf *b, const char *prefix,
			const struct plan_yearmap *t)
{
	const struct plan_yearval **v = plan_xmalloc((t->n + 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < t->n; i++)
		if (t->v[i].year >= 0 && ynode_is_text(t->v[i].value))
			v[n++] = &t->v[i];
	qsort(v, n, sizeof *v, by_year);
	for (size_t i = 0; i < n; i++) {
		char key[64];
		snprintf(key, sizeof key, "%s.target.%04d", prefix,
			 v[i]->year);
		line_target(b, key, v[i]->value);
	}
	free(v);
}

static const char *direction_word(enum plan_direction d)
{
	return d == DIR_DOWN ? "down" : d == DIR_EXACT ? "exact" : "up";
}

static void add_indicator(struct buf *b, size_t n,
			  const struct plan_indicator *ind)
{
	char prefix[40], key[64];
	snprintf(prefix, sizeof prefix, "indicator.%zu", n);
	snprintf(key, sizeof key, "%s.code", prefix);
	line_raw(b, key, ind->code.s, ind->code.len);
	snprintf(key, sizeof key, "%s.name", prefix);
	line_folded(b, key, ind->name);
	snprintf(key, sizeof key, "%s.unit", prefix);
	line_folded(b, key, ind->unit);
	snprintf(key, sizeof key, "%s.direction", prefix);
	buf_str(b, key);
	buf_add(b, "=", 1);
	buf_str(b, direction_word(ind->direction));
	buf_add(b, "\n", 1);
	add_targets(b, prefix, &ind->targets);
}

static struct buf canonical(const struct plan_element *e)
{
	struct buf b = {NULL, 0, 0};
	buf_add(&b, "", 0);	/* an element with nothing is still a string */
	line_raw(&b, "id", e->id, e->id ? strlen(e->id) : 0);
	line_raw(&b, "code", e->code.s, e->code.len);
	line_folded(&b, "name", e->name);
	line_raw(&b, "unit", e->eff_unit, e->eff_unit ? strlen(e->eff_unit) : 0);
	for (size_t i = 0; i < e->nindicators; i++)
		add_indicator(&b, i + 1, &e->indicators[i]);
	return b;
}

char *plan_fingerprint_text(const struct plan_element *e)
{
	return canonical(e).s;
}

uint64_t plan_fnv1a64(const char *s, size_t n)
{
	uint64_t h = FNV_OFFSET;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= FNV_PRIME;
	}
	return h;
}

uint64_t plan_fingerprint(const struct plan_element *e)
{
	struct buf b = canonical(e);	/* by length: values may hold NULs */
	uint64_t h = plan_fnv1a64(b.s, b.len);
	free(b.s);
	return h;
}

char *plan_fingerprint_hex(uint64_t fp, char buf[PLAN_FINGERPRINT_BUF])
{
	snprintf(buf, PLAN_FINGERPRINT_BUF, "%016llx", (unsigned long long)fp);
	return buf;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

bool plan_fingerprint_parse(const char *s, size_t len, uint64_t *fp)
{
	if (!s || len != PLAN_FINGERPRINT_DIGITS)
		return false;
	uint64_t v = 0;
	for (size_t i = 0; i < len; i++) {
		int d = hex_digit(s[i]);
		if (d < 0)
			return false;
		v = v << 4 | (uint64_t)d;
	}
	*fp = v;
	return true;
}
