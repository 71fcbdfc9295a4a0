/*
 * repo_near.c - "did you mean" for a reference that names nothing:
 * plan-validate's ref-external and ref-unresolved hints and plan-trace's
 * suggestion are this one function (see plan_repo_suggest in repo.h).
 *
 * A document id is suggested only when it differs from the one written
 * in one of its `/` parts (63/rkpd/2025 for 63/rkpd/2026): an index of
 * the ids with each part in turn left out finds those without comparing
 * the reference with every loaded id, which a national run (95,000
 * documents, many references into documents not loaded) cannot afford.
 */
#include <stdlib.h>
#include <string.h>

#include "repo/repo_priv.h"
#include "base/value.h"

/* How far a near miss may be: a third of the text, at most 3. */
static unsigned near_max(size_t len)
{
	size_t n = len / 3;
	return n < 1 ? 1 : n > 3 ? 3 : (unsigned)n;
}

/* A document id is suggested for a typing mistake or two in one part
 * (2025 for 2026, 2025-2030 for 2025-2029). */
#define DOC_MAX 2

/* Part j of s[0..len) into *p, *n; false when it has none. */
static bool part(const char *s, size_t len, unsigned j, const char **p,
		 size_t *n)
{
	const char *end = s + len;
	for (unsigned k = 0; k < j; k++) {
		s = memchr(s, '/', (size_t)(end - s));
		if (!s)
			return false;
		s++;
	}
	const char *e = memchr(s, '/', (size_t)(end - s));
	*p = s;
	*n = (size_t)((e ? e : end) - s);
	return true;
}

/* The hash of id[0..len) with its part j (between slashes) left out, or
 * false when it has no part j. */
static bool part_hash(const char *id, size_t len, unsigned j, uint64_t *h)
{
	const char *p;
	size_t n;
	if (!part(id, len, j, &p, &n))
		return false;
	uint64_t a = plan_hash(id, (size_t)(p - id));
	*h = plan_hash(p + n, (size_t)(id + len - p - n)) ^
	     (a * 0x9E3779B97F4A7C15u) ^ j;
	return true;
}


/* Part j of a is written as in b: a reference from document b that
 * differs from a loaded id there (13.75/rpjmd/... from 13.75/rkpd/...)
 * names what it means, a document that is just not loaded. */
static bool same_part(const char *a, size_t alen, const char *b, size_t blen,
		      unsigned j)
{
	const char *p, *q;
	size_t n, m;
	return b && part(a, alen, j, &p, &n) && part(b, blen, j, &q, &m) &&
	       n == m && !memcmp(p, q, n);
}

/* a and b have the same parts but part j. */
static bool same_but(const char *a, size_t alen, const char *b, size_t blen,
		     unsigned j)
{
	uint64_t x, y;
	if (!part_hash(a, alen, j, &x) || !part_hash(b, blen, j, &y) || x != y)
		return false;
	/* the hash said so; the prefixes and suffixes say so for sure */
	size_t p = 0;
	while (p < alen && p < blen && a[p] == b[p])
		p++;
	size_t s = 0;
	while (s < alen - p && s < blen - p &&
	       a[alen - 1 - s] == b[blen - 1 - s])
		s++;
	return !memchr(a + p, '/', alen - p - s) &&
	       !memchr(b + p, '/', blen - p - s);
}

struct plan_near {
	uint64_t hash;
	size_t doc;
};

static int cmp_near(const void *pa, const void *pb)
{
	const struct plan_near *a = pa, *b = pb;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return (a->doc > b->doc) - (a->doc < b->doc);
}

void plan_repo_near_index(struct plan_repo *r)
{
	if (r->near_built)
		return;
	r->near_built = true;
	size_t cap = 0;
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		uint64_t h;
		if (!d->id.s)
			continue;
		for (unsigned j = 0; part_hash(d->id.s, d->id.len, j, &h); j++) {
			if (r->nnear == cap) {
				cap = cap ? 2 * cap : 256;
				r->near = plan_xrealloc(r->near,
							cap * sizeof *r->near);
			}
			r->near[r->nnear++] = (struct plan_near){h, i};
		}
	}
	if (r->nnear)
		qsort(r->near, r->nnear, sizeof *r->near, cmp_near);
}

/* The first entry of hash h in the sorted index (its run follows), or
 * the end. */
static size_t near_first(const struct plan_repo *r, uint64_t h)
{
	size_t lo = 0, hi = r->nnear;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->near[mid].hash < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Candidate i for the document id id (NUL-terminated, len bytes): a
 * better one than *found? */
static void consider(const struct plan_repo *r, size_t i, const char *id,
		     size_t len, unsigned j, unsigned *best, size_t *found)
{
	const struct plan_doc *d = r->docs[i].doc;
	if (!d->id.s || !same_but(id, len, d->id.s, d->id.len, j))
		return;
	unsigned k = plan_edit_distance(id, d->id.s, DOC_MAX);
	if (k <= DOC_MAX && (k < *best || (k == *best && i < *found))) {
		*best = k;
		*found = i;
	}
}

/* The nearest loaded document to id[0..len), differing in one part. */
static const struct plan_doc *nearest_doc(const struct plan_repo *r,
					  const char *ref, size_t len,
					  const char *from)
{
	char *id = plan_xmalloc(len + 1);
	memcpy(id, ref, len);
	id[len] = '\0';
	unsigned best = DOC_MAX + 1;
	size_t found = SIZE_MAX;
	uint64_t h;
	for (unsigned j = 0; part_hash(id, len, j, &h); j++) {
		if (from && same_part(id, len, from, strlen(from), j))
			continue;
		if (!r->near_built) {
			for (size_t i = 0; i < r->ndocs; i++)
				consider(r, i, id, len, j, &best, &found);
			continue;
		}
		for (size_t k = near_first(r, h);
		     k < r->nnear && r->near[k].hash == h; k++)
			consider(r, r->near[k].doc, id, len, j, &best, &found);
	}
	free(id);
	return found == SIZE_MAX ? NULL : r->docs[found].doc;
}

/* s without leading zeros in its runs of digits: U-02 and U-2 are one. */
static size_t unzero(const char *s, char *out, size_t size)
{
	size_t o = 0;
	bool digit_before = false;
	for (; *s && o + 1 < size; s++) {
		bool digit = *s >= '0' && *s <= '9';
		if (*s == '0' && !digit_before && s[1] >= '0' && s[1] <= '9')
			continue;
		out[o++] = *s;
		digit_before = digit;
	}
	out[o] = '\0';
	return o;
}

const char *plan_repo_near_element(const struct plan_doc *d, const char *el)
{
	char want[128], id[128];
	const char *found = NULL;
	unsigned n = 0;
	if (strlen(el) >= sizeof want)
		return NULL;
	unzero(el, want, sizeof want);
	for (size_t i = 0; i < d->nelements; i++) {
		const char *x = d->elements[i]->id;
		if (x && strlen(x) < sizeof id && unzero(x, id, sizeof id) &&
		    !strcmp(id, want) && (!found || strcmp(found, x)))
			found = x, n++;
	}
	if (n == 1)
		return found;
	if (n > 1)
		return NULL;
	unsigned max = near_max(strlen(el)), best = max + 1;
	for (size_t i = 0; i < d->nelements; i++) {
		const char *x = d->elements[i]->id;
		if (!x)
			continue;
		unsigned k = plan_edit_distance(el, x, max);
		if (k < best)
			best = k, found = x, n = 1;
		else if (k == best && found && strcmp(found, x))
			n++;
	}
	return best <= max && n == 1 ? found : NULL;
}

static char *join_ref(const char *doc, const char *el)
{
	size_t n = strlen(doc) + (el ? strlen(el) + 1 : 0) + 1;
	char *s = plan_xmalloc(n);
	strcpy(s, doc);
	if (el) {
		strcat(s, "#");
		strcat(s, el);
	}
	return s;
}

char *plan_repo_suggest(const struct plan_repo *r, const char *ref,
			const char *from)
{
	const char *hash = strchr(ref, '#');
	size_t len = hash ? (size_t)(hash - ref) : strlen(ref);
	bool amb;
	const struct plan_doc *d;
	const struct plan_element *t = plan_repo_resolve(r, ref, &d, &amb);
	if (t || amb)
		return NULL;
	if (d) {	/* the document is there, the element is not */
		const char *near = hash ? plan_repo_near_element(d, hash + 1)
					: NULL;
		return near ? join_ref(d->id.s, near) : NULL;
	}
	d = nearest_doc(r, ref, len, from);
	if (!d)
		return NULL;
	const char *el = NULL;
	if (hash) {
		char *try = join_ref(d->id.s, hash + 1);
		const struct plan_doc *dd;
		el = plan_repo_resolve(r, try, &dd, &amb) || amb
			? hash + 1 : plan_repo_near_element(d, hash + 1);
		free(try);
	}
	return join_ref(d->id.s, el);
}
