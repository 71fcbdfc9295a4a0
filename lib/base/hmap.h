/*
 * hmap.h - the library's one hash table and its one hash function.
 *
 * struct plan_hmap is an index: open addressing with linear probing, at
 * most half full, over 8-byte slots that each hold a key's 32-bit hash
 * and a 32-bit number the caller chose (a row, an element, a node, an
 * entry).  The index never sees a key.  The caller keeps its keys where
 * they already are and compares them itself while it walks the slots
 * whose hash matches:
 *
 *	struct plan_hprobe p;
 *	uint32_t v;
 *	plan_hmap_reserve(&m, m.len + 1);	(only when adding)
 *	for (v = plan_hmap_first(&m, h, &p); v != PLAN_HMAP_NONE;
 *	     v = plan_hmap_next(&m, &p))
 *		if (rows[v] is the key)
 *			break;
 *	if (v == PLAN_HMAP_NONE)
 *		plan_hmap_insert(&m, &p, number of the new row);
 *
 * So the repository's index of two million element ids is 16 to 32 bytes
 * an element and holds no key, and a look-up inlines the comparison.
 * Numbers run from 0 to PLAN_HMAP_MAX; the slots are malloc'd and the
 * map owns them.
 *
 * struct strmap is that index over its own array of (bytes, pointer)
 * entries, for the tables keyed by text.
 */
#ifndef PLAN_HMAP_H
#define PLAN_HMAP_H

#include <stddef.h>
#include <stdint.h>

/* The hash of the n bytes at s, mixed with seed (0 for none; a second
 * part of a key may take the first part's hash as its seed).  Never
 * stored or printed, so it may change between versions and machines. */
uint64_t plan_hash_seeded(const void *s, size_t n, uint64_t seed);

static inline uint64_t plan_hash(const void *s, size_t n)
{
	return plan_hash_seeded(s, n, 0);
}

struct plan_hmap {
	uint64_t *slots;	/* hash << 32 | (number + 1); 0: empty */
	uint32_t mask;		/* slots - 1 */
	uint32_t len;		/* numbers stored, at most 2^31 */
};

#define PLAN_HMAP_NONE UINT32_MAX
#define PLAN_HMAP_MAX (UINT32_MAX - 1)	/* the largest number */

/* Where a walk over the slots of one hash stands. */
struct plan_hprobe {
	size_t i;
	uint32_t hash;
};

void plan_hmap_init(struct plan_hmap *m);
/* Free the slots; the map is empty and may be used again. */
void plan_hmap_release(struct plan_hmap *m);
/* Forget every number, keeping the slots. */
void plan_hmap_clear(struct plan_hmap *m);
/* Room for n numbers in all: until then an insertion moves nothing, so
 * a probe stays valid.  Slots are a power of two, at least 16, at least
 * 2n.  More than 2^31 numbers abort, as running out of memory does. */
void plan_hmap_grow(struct plan_hmap *m, size_t n);
static inline void plan_hmap_reserve(struct plan_hmap *m, size_t n)
{
	if (!m->slots || 2 * n > (size_t)m->mask + 1)
		plan_hmap_grow(m, n);
}
/* Store number under hash without looking for a key (rebuilding from
 * keys known to differ); needs room reserved. */
void plan_hmap_add(struct plan_hmap *m, uint64_t hash, uint32_t number);

/* From slot p->i on: the next number whose hash is p->hash, or NONE at
 * the first empty slot (p->i stays on the slot in both cases). */
static inline uint32_t plan_hmap_scan(const struct plan_hmap *m,
				       struct plan_hprobe *p)
{
	for (;; p->i = (p->i + 1) & m->mask) {
		uint64_t s = m->slots[p->i];
		if (!s)
			return PLAN_HMAP_NONE;
		if ((uint32_t)(s >> 32) == p->hash)
			return (uint32_t)s - 1;
	}
}

/* The first number stored under hash (its low 32 bits count), or
 * PLAN_HMAP_NONE. */
static inline uint32_t plan_hmap_first(const struct plan_hmap *m,
				       uint64_t hash, struct plan_hprobe *p)
{
	p->hash = (uint32_t)hash;
	p->i = p->hash & m->mask;
	return m->slots ? plan_hmap_scan(m, p) : PLAN_HMAP_NONE;
}

/* The next one, or PLAN_HMAP_NONE. */
static inline uint32_t plan_hmap_next(const struct plan_hmap *m,
				      struct plan_hprobe *p)
{
	p->i = (p->i + 1) & m->mask;
	return plan_hmap_scan(m, p);
}

/* Store number in the empty slot where a walk ended with NONE, with
 * room reserved before the walk began. */
static inline void plan_hmap_insert(struct plan_hmap *m,
				    const struct plan_hprobe *p,
				    uint32_t number)
{
	m->slots[p->i] = (uint64_t)p->hash << 32 | ((uint64_t)number + 1);
	m->len++;
}

/* Change the number of the slot where a walk stopped on a key. */
static inline void plan_hmap_replace(struct plan_hmap *m,
				     const struct plan_hprobe *p,
				     uint32_t number)
{
	m->slots[p->i] = (uint64_t)p->hash << 32 | ((uint64_t)number + 1);
}

/* ---- Keyed by text ------------------------------------------------- */

/* Keys are not copied: they must outlive the map (they live in document
 * arenas).  Values are opaque pointers.  The entries stay in the order
 * they were added; v[0..len) may be read. */
struct strmap_entry {
	const char *key;
	size_t klen;
	void *value;
};

struct strmap {
	struct plan_hmap index;		/* hash -> entry number */
	struct strmap_entry *v;
	size_t len, cap;
};

void plan_strmap_init(struct strmap *m);
/* Free the map's memory (not the keys or values); it is empty again. */
void plan_strmap_release(struct strmap *m);

/* The value stored under key[0..klen), or NULL. */
void *plan_strmap_get(const struct strmap *m, const char *key, size_t klen);
/* Store value under key unless the key has a value already; returns the
 * value now stored (the old one if the key had one). */
void *plan_strmap_put(struct strmap *m, const char *key, size_t klen,
		      void *value);
/* Store value under key, replacing any old value. */
void plan_strmap_set(struct strmap *m, const char *key, size_t klen,
		     void *value);

#endif
