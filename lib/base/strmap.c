#include "base/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"

uint64_t plan_strmap_hash(const char *s, size_t n)
{
	/* eight bytes a step: names of 30 to 80 bytes are hashed for every
	 * element of a national run, and byte-wise FNV showed in profiles.
	 * Never stored or printed, so byte order does not matter. */
	uint64_t h = UINT64_C(0x9E3779B97F4A7C15) ^ n;
	for (; n >= 8; s += 8, n -= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * UINT64_C(0xFF51AFD7ED558CCD);
		h ^= h >> 29;
	}
	uint64_t w = 0;
	if (n)
		memcpy(&w, s, n);
	h = (h ^ w) * UINT64_C(0xC4CEB9FE1A85EC53);
	return h ^ (h >> 32);
}

void plan_strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = m->len = 0;
}

void plan_strmap_release(struct strmap *m)
{
	free(m->slots);
	plan_strmap_init(m);
}

static struct strmap_slot *find(const struct strmap *m, const char *key,
				size_t klen, uint64_t h)
{
	size_t mask = m->cap - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct strmap_slot *s = &m->slots[i];
		if (!s->key || (s->hash == h && s->klen == klen &&
				!memcmp(s->key, key, klen)))
			return s;
	}
}

static void grow(struct strmap *m)
{
	struct strmap old = *m;
	m->cap = old.cap ? old.cap * 2 : 16;
	m->slots = plan_xmalloc(m->cap * sizeof *m->slots);
	memset(m->slots, 0, m->cap * sizeof *m->slots);
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i].key)
			*find(m, old.slots[i].key, old.slots[i].klen,
			      old.slots[i].hash) = old.slots[i];
	free(old.slots);
}

void *plan_strmap_get(const struct strmap *m, const char *key, size_t klen)
{
	if (!m->len)
		return NULL;
	struct strmap_slot *s = find(m, key, klen, plan_strmap_hash(key, klen));
	return s->key ? s->value : NULL;
}

static struct strmap_slot *slot_for(struct strmap *m, const char *key,
				    size_t klen)
{
	if ((m->len + 1) * 2 > m->cap)
		grow(m);
	uint64_t h = plan_strmap_hash(key, klen);
	struct strmap_slot *s = find(m, key, klen, h);
	if (!s->key) {
		s->key = key;
		s->klen = klen;
		s->hash = h;
		s->value = NULL;
		m->len++;
	}
	return s;
}

void *plan_strmap_put(struct strmap *m, const char *key, size_t klen, void *value)
{
	struct strmap_slot *s = slot_for(m, key, klen);
	if (!s->value)
		s->value = value;
	return s->value;
}

void plan_strmap_set(struct strmap *m, const char *key, size_t klen, void *value)
{
	slot_for(m, key, klen)->value = value;
}
