#include "base/hmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"

uint64_t plan_hash_seeded(const void *p, size_t n, uint64_t seed)
{
	/* eight bytes a step: names of 30 to 80 bytes are hashed for every
	 * element of a national run, and byte-wise FNV showed in profiles.
	 * The last step reads the last eight bytes (or, of a shorter key,
	 * its first and last four, or three of its bytes), overlapping the
	 * step before; the length, multiplied into the start, tells such
	 * keys apart.  The seed is multiplied too, so that neither cancels
	 * against the bytes.  Every step ends in a multiply and a shift
	 * down, so the last bytes reach the low bits a table indexes by. */
	const unsigned char *s = p, *end = s + n;
	uint64_t h = (UINT64_C(0x9E3779B97F4A7C15) +
		      n * UINT64_C(0xD6E8FEB86659FD93)) ^
		     seed * UINT64_C(0xA0761D6478BD642F);
	uint64_t w;
	if (n >= 8) {
		for (; end - s > 8; s += 8) {
			memcpy(&w, s, 8);
			h = (h ^ w) * UINT64_C(0xFF51AFD7ED558CCD);
			h ^= h >> 29;
		}
		memcpy(&w, end - 8, 8);
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, end - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else {
		w = n ? (uint64_t)s[0] << 16 | (uint64_t)s[n / 2] << 8 | s[n - 1]
		      : 0;
	}
	h = (h ^ w) * UINT64_C(0xFF51AFD7ED558CCD);
	h ^= h >> 29;
	h *= UINT64_C(0xC4CEB9FE1A85EC53);
	return h ^ (h >> 32);
}

void plan_hmap_init(struct plan_hmap *m)
{
	m->slots = NULL;
	m->mask = m->len = 0;
}

void plan_hmap_release(struct plan_hmap *m)
{
	free(m->slots);
	plan_hmap_init(m);
}

void plan_hmap_clear(struct plan_hmap *m)
{
	if (m->slots)
		memset(m->slots, 0, ((size_t)m->mask + 1) * sizeof *m->slots);
	m->len = 0;
}

/* Store a full slot in the first empty one from its hash on. */
static void put_slot(uint64_t *slots, size_t mask, uint64_t slot)
{
	size_t i = (uint32_t)(slot >> 32) & mask;
	while (slots[i])
		i = (i + 1) & mask;
	slots[i] = slot;
}

void plan_hmap_add(struct plan_hmap *m, uint64_t hash, uint32_t number)
{
	put_slot(m->slots, m->mask,
		 (uint64_t)(uint32_t)hash << 32 | ((uint64_t)number + 1));
	m->len++;
}

/* 2^31 keys are 100 GB of keys and entries: memory ran out long before,
 * and this is the same end (arena.h). */
static void too_many(void)
{
	fputs("fatal: more keys than a hash map can number\n", stderr);
	abort();
}

void plan_hmap_grow(struct plan_hmap *m, size_t n)
{
	if (n > (size_t)1 << 31)
		too_many();
	size_t cap = 16;
	while (cap < 2 * n)
		cap *= 2;
	uint64_t *slots = plan_xcalloc(cap, sizeof *slots);
	/* the slots keep the hashes: growing reads no key */
	for (size_t i = 0; m->slots && i <= m->mask; i++)
		if (m->slots[i])
			put_slot(slots, cap - 1, m->slots[i]);
	free(m->slots);
	m->slots = slots;
	m->mask = (uint32_t)(cap - 1);
}

/* ---- Keyed by text ------------------------------------------------- */

void plan_strmap_init(struct strmap *m)
{
	plan_hmap_init(&m->index);
	m->v = NULL;
	m->len = m->cap = 0;
}

void plan_strmap_release(struct strmap *m)
{
	plan_hmap_release(&m->index);
	free(m->v);
	plan_strmap_init(m);
}

/* The entry of key, or NULL; *p is where the walk stopped. */
static struct strmap_entry *find(const struct strmap *m, const char *key,
				 size_t klen, struct plan_hprobe *p)
{
	for (uint32_t v = plan_hmap_first(&m->index, plan_hash(key, klen), p);
	     v != PLAN_HMAP_NONE; v = plan_hmap_next(&m->index, p)) {
		struct strmap_entry *e = &m->v[v];
		if (e->klen == klen && !memcmp(e->key, key, klen))
			return e;
	}
	return NULL;
}

void *plan_strmap_get(const struct strmap *m, const char *key, size_t klen)
{
	struct plan_hprobe p;
	struct strmap_entry *e = m->len ? find(m, key, klen, &p) : NULL;
	return e ? e->value : NULL;
}

/* The entry of key, added with no value if it was not there. */
static struct strmap_entry *entry_for(struct strmap *m, const char *key,
				      size_t klen)
{
	struct plan_hprobe p;
	plan_hmap_reserve(&m->index, m->len + 1);
	struct strmap_entry *e = find(m, key, klen, &p);
	if (e)
		return e;
	if (m->len == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 8;
		m->v = plan_xrealloc(m->v, m->cap * sizeof *m->v);
	}
	plan_hmap_insert(&m->index, &p, (uint32_t)m->len);
	e = &m->v[m->len++];
	*e = (struct strmap_entry){key, klen, NULL};
	return e;
}

void *plan_strmap_put(struct strmap *m, const char *key, size_t klen,
		      void *value)
{
	struct strmap_entry *e = entry_for(m, key, klen);
	if (!e->value)
		e->value = value;
	return e->value;
}

void plan_strmap_set(struct strmap *m, const char *key, size_t klen,
		     void *value)
{
	entry_for(m, key, klen)->value = value;
}
