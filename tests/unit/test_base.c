/* test_base.c - the hash map (lib/base/hmap.c) and the arena
 * (lib/base/arena.c). */
#include <fcntl.h>
#include <signal.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"

#include "base/strpool.h"

#include "base/arena.h"
#include "base/hmap.h"

/* strmap ------------------------------------------------------------- */

static void test_strmap_empty(void **state)
{
	struct strmap m;

	(void)state;
	plan_strmap_init(&m);
	assert_null(plan_strmap_get(&m, "a", 1));
	assert_null(plan_strmap_get(&m, "", 0));
	assert_int_equal(m.len, 0);
	plan_strmap_release(&m);
	plan_strmap_release(&m);	/* twice is fine */
	assert_null(plan_strmap_get(&m, "a", 1));
}

static void test_strmap_put_keeps_first(void **state)
{
	struct strmap m;
	int a, b, c;

	(void)state;
	plan_strmap_init(&m);
	assert_ptr_equal(plan_strmap_put(&m, "k", 1, &a), &a);
	assert_ptr_equal(plan_strmap_put(&m, "k", 1, &b), &a);
	assert_ptr_equal(plan_strmap_get(&m, "k", 1), &a);
	assert_int_equal(m.len, 1);
	/* a second copy of the key text finds the same entry */
	char k2[] = "k";
	assert_ptr_equal(plan_strmap_put(&m, k2, 1, &c), &a);
	plan_strmap_release(&m);
}

static void test_strmap_set_replaces(void **state)
{
	struct strmap m;
	int a, b;

	(void)state;
	plan_strmap_init(&m);
	plan_strmap_set(&m, "k", 1, &a);
	assert_ptr_equal(plan_strmap_get(&m, "k", 1), &a);
	plan_strmap_set(&m, "k", 1, &b);
	assert_ptr_equal(plan_strmap_get(&m, "k", 1), &b);
	assert_int_equal(m.len, 1);
	assert_ptr_equal(plan_strmap_put(&m, "k", 1, &a), &b);
	plan_strmap_release(&m);
}

static void test_strmap_lengths_not_nul(void **state)
{
	struct strmap m;
	int a, b, c, d, e;
	static const char text[] = "abcdef";

	(void)state;
	plan_strmap_init(&m);
	/* keys are (pointer, length): prefixes of one text are different */
	plan_strmap_put(&m, text, 3, &a);
	plan_strmap_put(&m, text, 6, &b);
	plan_strmap_put(&m, "", 0, &c);
	plan_strmap_put(&m, "a\0b", 3, &d);
	plan_strmap_put(&m, "a\0c", 3, &e);
	assert_int_equal(m.len, 5);
	assert_ptr_equal(plan_strmap_get(&m, "abc", 3), &a);
	assert_ptr_equal(plan_strmap_get(&m, "abcdef", 6), &b);
	assert_ptr_equal(plan_strmap_get(&m, "abcdefgh", 6), &b);
	assert_null(plan_strmap_get(&m, "abcd", 4));
	assert_null(plan_strmap_get(&m, "ab", 2));
	assert_ptr_equal(plan_strmap_get(&m, "", 0), &c);
	assert_ptr_equal(plan_strmap_get(&m, "zzz", 0), &c);
	assert_ptr_equal(plan_strmap_get(&m, "a\0b", 3), &d);
	assert_ptr_equal(plan_strmap_get(&m, "a\0c", 3), &e);
	assert_null(plan_strmap_get(&m, "a", 1));
	plan_strmap_release(&m);
}

static void test_strmap_many_keys_growth(void **state)
{
	enum { N = 20000 };
	struct strmap m;
	char (*keys)[16] = malloc(N * sizeof *keys);
	int *vals = malloc(N * sizeof *vals);

	(void)state;
	assert_non_null(keys);
	assert_non_null(vals);
	plan_strmap_init(&m);
	for (int i = 0; i < N; i++) {
		snprintf(keys[i], sizeof keys[i], "2.16.%05d", i);
		vals[i] = i;
		assert_ptr_equal(plan_strmap_put(&m, keys[i], strlen(keys[i]),
					    &vals[i]), &vals[i]);
		/* at most half full, the capacity a power of two */
		assert_true(m.len * 2 <= m.index.mask + 1);
		assert_int_equal((m.index.mask + 1) & m.index.mask, 0);
	}
	assert_int_equal(m.len, N);
	for (int i = 0; i < N; i++) {
		char probe[16];
		snprintf(probe, sizeof probe, "2.16.%05d", i);
		int *v = plan_strmap_get(&m, probe, strlen(probe));
		assert_non_null(v);
		assert_int_equal(*v, i);
	}
	assert_null(plan_strmap_get(&m, "2.16.20000", 10));
	assert_null(plan_strmap_get(&m, "2.16.0000", 9));
	/* after growth, put still keeps and set still replaces */
	int other;
	assert_ptr_equal(plan_strmap_put(&m, "2.16.00007", 10, &other), &vals[7]);
	plan_strmap_set(&m, "2.16.00007", 10, &other);
	assert_ptr_equal(plan_strmap_get(&m, "2.16.00007", 10), &other);
	assert_int_equal(m.len, N);
	plan_strmap_release(&m);
	assert_int_equal(m.len, 0);
	assert_null(m.index.slots);
	assert_null(m.v);
	free(keys);
	free(vals);
}

static void test_hash(void **state)
{
	(void)state;
	/* only the bytes given count, wherever they lie */
	assert_true(plan_hash("ab", 1) == plan_hash("a", 1));
	char buf[40] = "x2.16.03.1.02 Penyediaan Gaji ASN";
	char copy[40];
	memcpy(copy, buf + 1, 32);
	assert_true(plan_hash(buf + 1, 32) == plan_hash(copy, 32));
	/* every length from 0 to 24 differs, across the 8-byte steps */
	const char *s = "abcdefghijklmnopqrstuvwx";
	for (size_t i = 0; i <= 24; i++)
		for (size_t j = 0; j < i; j++)
			assert_true(plan_hash(s, i) != plan_hash(s, j));
	/* a trailing NUL is a byte like any other */
	assert_true(plan_hash("a\0", 2) != plan_hash("a", 1));
	/* the low bits spread ids of one pattern over a power-of-two table:
	 * 4096 keys into 4096 buckets, no bucket with more than 8 */
	static unsigned char load[4096];
	unsigned char worst = 0;
	for (int i = 0; i < 4096; i++) {
		char key[32];
		int n = snprintf(key, sizeof key, "2.16.%02d.1.%02d", i / 64,
				 i % 64);
		unsigned char *b = &load[plan_hash(key, (size_t)n) & 4095];
		if (++*b > worst)
			worst = *b;
	}
	assert_true(worst <= 8);
}

static void test_hash_seeded(void **state)
{
	(void)state;
	assert_true(plan_hash_seeded("2.01", 4, 0) == plan_hash("2.01", 4));
	/* a document's number does not cancel against the id's bytes */
	assert_true(plan_hash_seeded("1.01", 4, 1) !=
		    plan_hash_seeded("0.01", 4, 0));
	for (uint64_t a = 0; a < 64; a++)
		for (uint64_t b = 0; b < a; b++)
			assert_true(plan_hash_seeded("x", 1, a) !=
				    plan_hash_seeded("x", 1, b));
	/* two parts chained: where the cut falls counts */
	assert_true(plan_hash_seeded("c", 1, plan_hash("ab", 2)) !=
		    plan_hash_seeded("bc", 2, plan_hash("a", 1)));
}

/* hmap: the caller keeps the keys --------------------------------------- */

/* The number of key among keys[0..n) through the index, or NONE; with
 * add, a missing key is appended as number n. */
static uint32_t lookup(struct plan_hmap *m, const char **keys, size_t *n,
		       const char *key, uint64_t h, bool add)
{
	struct plan_hprobe p;
	uint32_t v;

	if (add)
		plan_hmap_reserve(m, m->len + 1);
	for (v = plan_hmap_first(m, h, &p); v != PLAN_HMAP_NONE;
	     v = plan_hmap_next(m, &p))
		if (!strcmp(keys[v], key))
			return v;
	if (add) {
		keys[*n] = key;
		plan_hmap_insert(m, &p, (uint32_t)*n);
		return (uint32_t)(*n)++;
	}
	return PLAN_HMAP_NONE;
}

static void test_hmap_empty(void **state)
{
	struct plan_hmap m;
	struct plan_hprobe p;

	(void)state;
	plan_hmap_init(&m);
	assert_int_equal(plan_hmap_first(&m, 12345, &p), PLAN_HMAP_NONE);
	plan_hmap_clear(&m);
	plan_hmap_release(&m);
	plan_hmap_release(&m);
	assert_null(m.slots);
	assert_int_equal(m.len, 0);
}

static void test_hmap_same_hash(void **state)
{
	/* every key under one hash: the walk offers each number in turn and
	 * the caller's comparison picks, across growth */
	enum { N = 100 };
	static char text[N][8];
	const char *keys[N];
	size_t n = 0;
	struct plan_hmap m;

	(void)state;
	plan_hmap_init(&m);
	for (int i = 0; i < N; i++) {
		snprintf(text[i], sizeof text[i], "k%d", i);
		assert_int_equal(lookup(&m, keys, &n, text[i], 7, true), i);
		assert_true(m.len * 2 <= m.mask + 1);
	}
	assert_int_equal(m.len, N);
	for (int i = 0; i < N; i++)
		assert_int_equal(lookup(&m, keys, &n, text[i], 7, false), i);
	assert_int_equal(lookup(&m, keys, &n, "k7", 8, false), PLAN_HMAP_NONE);
	assert_int_equal(lookup(&m, keys, &n, "k100", 7, false),
			 PLAN_HMAP_NONE);
	plan_hmap_release(&m);
}

static void test_hmap_replace_clear_add(void **state)
{
	const char *keys[4];
	size_t n = 0;
	struct plan_hmap m;
	struct plan_hprobe p;

	(void)state;
	plan_hmap_init(&m);
	plan_hmap_reserve(&m, 1000);
	assert_int_equal(m.mask + 1, 2048);
	size_t cap = m.mask + 1;
	assert_int_equal(lookup(&m, keys, &n, "a", plan_hash("a", 1), true), 0);
	assert_int_equal(lookup(&m, keys, &n, "b", plan_hash("b", 1), true), 1);
	assert_int_equal(m.mask + 1, cap);	/* reserved: no growth */
	/* a number may carry the caller's marks */
	assert_int_equal(plan_hmap_first(&m, plan_hash("b", 1), &p), 1);
	plan_hmap_replace(&m, &p, 1 | 0x80000000u);
	assert_int_equal(plan_hmap_first(&m, plan_hash("b", 1), &p),
			 1 | 0x80000000u);
	assert_int_equal(m.len, 2);
	/* the largest number there is */
	plan_hmap_add(&m, plan_hash("c", 1), PLAN_HMAP_MAX);
	assert_int_equal(plan_hmap_first(&m, plan_hash("c", 1), &p),
			 PLAN_HMAP_MAX);
	plan_hmap_clear(&m);
	assert_int_equal(m.len, 0);
	assert_int_equal(plan_hmap_first(&m, plan_hash("a", 1), &p),
			 PLAN_HMAP_NONE);
	plan_hmap_add(&m, plan_hash("a", 1), 3);
	assert_int_equal(plan_hmap_first(&m, plan_hash("a", 1), &p), 3);
	plan_hmap_release(&m);
}

/* arena -------------------------------------------------------------- */

static void test_arena_alignment_and_zero(void **state)
{
	struct plan_arena *a = plan_arena_new();
	static const size_t sizes[] = {1, 3, 7, 8, 15, 16, 17, 31, 100, 1000};

	(void)state;
	for (int round = 0; round < 50; round++)
		for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
			unsigned char *p = plan_arena_alloc(a, sizes[i]);
			assert_non_null(p);
			assert_int_equal((uintptr_t)p % 8, 0);	/* arena.h: 8 bytes */
			for (size_t j = 0; j < sizes[i]; j++)
				assert_int_equal(p[j], 0);
			memset(p, 0xAB, sizes[i]);	/* dirty for the next */
		}
	/* zero bytes still gives a distinct, aligned pointer */
	void *z1 = plan_arena_alloc(a, 0), *z2 = plan_arena_alloc(a, 0);
	assert_non_null(z1);
	assert_non_null(z2);
	assert_ptr_not_equal(z1, z2);
	assert_int_equal((uintptr_t)z1 % 8, 0);
	plan_arena_free(a);
	plan_arena_free(NULL);
}

static void test_arena_separate_objects(void **state)
{
	struct plan_arena *a = plan_arena_new();
	char *p[2000];

	(void)state;
	/* objects never overlap, across many blocks */
	for (int i = 0; i < 2000; i++) {
		p[i] = plan_arena_alloc(a, 37);
		memset(p[i], i & 0xFF, 37);
	}
	for (int i = 0; i < 2000; i++)
		for (int j = 0; j < 37; j++)
			assert_int_equal((unsigned char)p[i][j], i & 0xFF);
	plan_arena_free(a);
}

static void test_arena_large(void **state)
{
	struct plan_arena *a = plan_arena_new();

	(void)state;
	char *small = plan_arena_alloc(a, 10);
	strcpy(small, "before");
	size_t big = (5u << 20) + 3;
	unsigned char *p = plan_arena_alloc(a, big);
	assert_non_null(p);
	assert_int_equal((uintptr_t)p % 8, 0);	/* arena.h: 8 bytes */
	assert_int_equal(p[0], 0);
	assert_int_equal(p[big - 1], 0);
	memset(p, 0xFF, big);	/* all of it is ours (ASan/valgrind check) */
	/* small allocations still work after a big one, and old ones live */
	char *after = plan_arena_alloc(a, 10);
	strcpy(after, "after");
	assert_string_equal(small, "before");
	assert_string_equal(after, "after");
	assert_true(plan_arena_used(a) >= big + 20);
	plan_arena_free(a);
}

static void test_arena_used(void **state)
{
	struct plan_arena *a = plan_arena_new();

	(void)state;
	assert_int_equal(plan_arena_used(a), 0);
	plan_arena_alloc(a, 1);
	size_t one = plan_arena_used(a);
	assert_true(one >= 1 && one <= 64);
	plan_arena_alloc(a, 100);
	assert_true(plan_arena_used(a) >= one + 100);
	plan_arena_free(a);
}

/* A request so big that rounding it up would wrap around must not come
 * back as a tiny block: the process dies as on out of memory. */
static void test_arena_reset_reuses_blocks(void **state)
{
	(void)state;
	struct plan_arena *a = plan_arena_new();
	char *first[8];
	for (int i = 0; i < 8; i++) {
		first[i] = plan_arena_take(a, 300000);
		memset(first[i], 'a' + i, 300000);
	}
	plan_arena_reset(a);
	assert_int_equal(plan_arena_used(a), 0);
	/* the same sizes again come from the blocks kept, not from malloc */
	for (int i = 0; i < 8; i++) {
		char *p = plan_arena_take(a, 300000);
		bool inside = false;
		for (int k = 0; k < 8; k++)
			inside |= p >= first[k] && p < first[k] + 300000;
		assert_true(inside);
		assert_int_equal((uintptr_t)p % 8, 0);
		memset(p, 'z', 300000);
	}
	assert_int_equal(plan_arena_used(a), 8 * 300000);
	/* and a block larger than any kept one is still had */
	char *big = plan_arena_alloc(a, 5u << 20);
	assert_int_equal(big[(5u << 20) - 1], 0);
	plan_arena_free(a);
}

static void test_strpool(void **state)
{
	(void)state;
	struct plan_arena *a = plan_arena_new();
	struct plan_strpool *p = plan_strpool_new(a);
	const char *x = plan_strpool_get(p, "Penyediaan Gaji ASN--", 19);
	const char *y = plan_strpool_get(p, "Penyediaan Gaji ASN", 19);
	const char *z = plan_strpool_get(p, "Penyediaan Gaji AS", 18);
	assert_ptr_equal(x, y);
	assert_ptr_not_equal(x, z);
	assert_string_equal(x, "Penyediaan Gaji ASN");
	assert_string_equal(z, "Penyediaan Gaji AS");
	assert_string_equal(plan_strpool_get(p, "", 0), "");
	plan_strpool_free(p);
	assert_string_equal(x, "Penyediaan Gaji ASN");	/* in the arena */
	plan_strpool_free(NULL);
	plan_arena_free(a);
}

static void test_arena_overflow_aborts(void **state)
{
	(void)state;
	static const size_t huge[] = {SIZE_MAX, SIZE_MAX - 1, SIZE_MAX - 14};

	for (size_t i = 0; i < sizeof huge / sizeof *huge; i++) {
		fflush(NULL);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			int fd = open("/dev/null", O_WRONLY);
			if (fd >= 0)
				dup2(fd, 2);
			struct plan_arena *a = plan_arena_new();
			char *p = plan_arena_alloc(a, huge[i]);
			p[0] = 1;
			_exit(0);	/* survived: wrong */
		}
		int st;
		assert_int_equal(waitpid(pid, &st, 0), pid);
		if (!WIFSIGNALED(st) || WTERMSIG(st) != SIGABRT)
			fail_msg("alloc(%zu) did not abort (status %#x)",
				 huge[i], st);
	}
}

static void test_arena_strings(void **state)
{
	struct plan_arena *a = plan_arena_new();

	(void)state;
	char *s = plan_arena_strndup(a, "abcdef", 3);
	assert_string_equal(s, "abc");
	assert_string_equal(plan_arena_strndup(a, "xyz", 0), "");
	assert_string_equal(plan_arena_strndup(a, NULL, 0), "");
	char *n = plan_arena_strndup(a, "a\0b", 3);
	assert_memory_equal(n, "a\0b", 4);
	char src[] = "copied";
	char *d = plan_arena_strdup(a, src);
	src[0] = 'X';
	assert_string_equal(d, "copied");
	assert_string_equal(plan_arena_strdup(a, ""), "");

	assert_string_equal(plan_arena_printf(a, "%s#%s", "13/rpjmd/2025-2029",
					      "2.16.03"),
			    "13/rpjmd/2025-2029#2.16.03");
	assert_string_equal(plan_arena_printf(a, "%d-%03d", 7, 5), "7-005");
	assert_string_equal(plan_arena_printf(a, "%s", ""), "");
	/* longer than any first block */
	char *big = malloc(20001);
	memset(big, 'q', 20000);
	big[20000] = '\0';
	char *p = plan_arena_printf(a, "<%s>", big);
	assert_int_equal(strlen(p), 20002);
	assert_int_equal(p[20001], '>');
	free(big);
	/* earlier strings survive later blocks */
	assert_string_equal(s, "abc");
	plan_arena_free(a);
}

static void test_vec_push(void **state)
{
	struct plan_arena *a = plan_arena_new();
	struct plan_vec v = {NULL, 0, 0};
	int vals[1000];

	(void)state;
	for (int i = 0; i < 1000; i++) {
		vals[i] = i;
		plan_vec_push(a, &v, &vals[i]);
		assert_int_equal(v.len, (size_t)i + 1);
		assert_true(v.cap >= v.len);
	}
	for (int i = 0; i < 1000; i++)
		assert_ptr_equal(v.items[i], &vals[i]);
	plan_vec_push(a, &v, NULL);
	assert_null(v.items[1000]);
	plan_arena_free(a);
}

static void test_xalloc(void **state)
{
	(void)state;
	void *p = plan_xmalloc(0);
	assert_non_null(p);
	p = plan_xrealloc(p, 100);
	memset(p, 1, 100);
	p = plan_xrealloc(p, 0);
	assert_non_null(p);
	free(p);
	char *s = plan_xstrdup("kominfo");
	assert_string_equal(s, "kominfo");
	free(s);
	s = plan_xstrdup("");
	assert_string_equal(s, "");
	free(s);
}

TU_MAIN("base", NULL, NULL,
	TU_TEST(test_strmap_empty),
	TU_TEST(test_strmap_put_keeps_first),
	TU_TEST(test_strmap_set_replaces),
	TU_TEST(test_strmap_lengths_not_nul),
	TU_TEST(test_strmap_many_keys_growth),
	TU_TEST(test_hash),
	TU_TEST(test_hash_seeded),
	TU_TEST(test_hmap_empty),
	TU_TEST(test_hmap_same_hash),
	TU_TEST(test_hmap_replace_clear_add),
	TU_TEST(test_arena_alignment_and_zero),
	TU_TEST(test_arena_separate_objects),
	TU_TEST(test_arena_large),
	TU_TEST(test_arena_used),
	TU_TEST(test_arena_reset_reuses_blocks),
	TU_TEST(test_strpool),
	TU_TEST(test_arena_overflow_aborts),
	TU_TEST(test_arena_strings),
	TU_TEST(test_vec_push),
	TU_TEST(test_xalloc))
