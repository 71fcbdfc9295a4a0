/*
 * strmap.h - string -> pointer hash map (open addressing).
 *
 * Keys are not copied: they must outlive the map (they live in document
 * arenas).  Values are opaque pointers.
 */
#ifndef PLAN_STRMAP_H
#define PLAN_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap_slot {
	const char *key;
	size_t klen;
	uint64_t hash;
	void *value;
};

struct strmap {
	struct strmap_slot *slots;
	size_t cap, len;
};

void plan_strmap_init(struct strmap *m);
void plan_strmap_release(struct strmap *m);

/* The value stored under key[0..klen), or NULL. */
void *plan_strmap_get(const struct strmap *m, const char *key, size_t klen);
/* Store value under key unless the key is there already; returns the value
 * now stored (the old one if the key was present). */
void *plan_strmap_put(struct strmap *m, const char *key, size_t klen, void *value);
/* Store value under key, replacing any old value. */
void plan_strmap_set(struct strmap *m, const char *key, size_t klen, void *value);

uint64_t plan_strmap_hash(const char *s, size_t n);

#endif
