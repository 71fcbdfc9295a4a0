/* test_yalloc.c - libyaml's allocator in the programs (cmd/yalloc.c), by
 * the contract libyaml relies on: libyaml's own definitions when yalloc
 * is off (ASan builds) pass the same tests.  Threads that end give their
 * free lists back. */
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "yalloc.h"
#include "yaml/ytree.h"

void *yaml_malloc(size_t size);
void *yaml_realloc(void *ptr, size_t size);
void yaml_free(void *ptr);
unsigned char *yaml_strdup(const unsigned char *str);

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(i * 31 + seed);
}

static bool filled(const unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != (unsigned char)(i * 31 + seed))
			return false;
	return true;
}

static void test_yalloc_contract(void **state)
{
	(void)state;
	/* every size class, either side of its edge, and beyond them */
	static const size_t sizes[] = {0, 1, 15, 16, 17, 32, 33, 100, 1024,
				       4097, 8191, 8192, 8193, 16384, 100000};
	unsigned char *p[sizeof sizes / sizeof *sizes];

	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		p[i] = yaml_malloc(sizes[i]);
		assert_non_null(p[i]);
		assert_int_equal((uintptr_t)p[i] % 16, 0);
		fill(p[i], sizes[i], (unsigned)i);
	}
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
		assert_true(filled(p[i], sizes[i], (unsigned)i));
	/* a string grown the way libyaml grows its strings: doubling */
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		size_t n = sizes[i];
		for (size_t to = n ? n * 2 : 16; to <= 300000; to *= 2) {
			p[i] = yaml_realloc(p[i], to);
			assert_non_null(p[i]);
			assert_true(filled(p[i], n, (unsigned)i));
			fill(p[i], to, (unsigned)i);
			n = to;
		}
		assert_true(filled(p[i], n, (unsigned)i));
		yaml_free(p[i]);
	}
	unsigned char *q = yaml_realloc(NULL, 40);
	assert_non_null(q);
	fill(q, 40, 7);
	q = yaml_realloc(q, 10);	/* shrinking keeps the bytes */
	assert_true(filled(q, 10, 7));
	yaml_free(q);
	yaml_free(NULL);
	unsigned char *d = yaml_strdup((const unsigned char *)"kegiatan");
	assert_string_equal((char *)d, "kegiatan");
	yaml_free(d);
	assert_null(yaml_strdup(NULL));
	/* what is freed is taken again, not carved anew */
	size_t before = yalloc_slab_bytes();
	for (int k = 0; k < 100000; k++) {
		unsigned char *r = yaml_malloc(48);
		assert_non_null(r);
		r[47] = 1;
		yaml_free(r);
	}
	assert_int_equal(yalloc_slab_bytes(), before);
}

struct yalloc_job {
	unsigned char *hand[64];	/* made here, freed by the other */
	int errors;
	bool free_own;			/* free hand here instead */
};

static void *yalloc_parse_job(void *arg)
{
	struct yalloc_job *job = arg;
	struct plan_arena *a = plan_arena_new();
	struct plan_findings *f = plan_findings_new(NULL);
	static const char doc[] =
		"kegiatan:\n  - code: '1.01.01.2.01'\n    name: Penyediaan\n"
		"    budget: {2026: 1_000_000}\n";
	for (int k = 0; k < 200; k++) {
		struct yload_result res;
		plan_ytree_load_mem(doc, sizeof doc - 1, "t.yaml", NULL, a, f, &res);
		if (!res.root || plan_findings_count(f))
			job->errors++;
	}
	for (int k = 0; k < 64; k++) {
		job->hand[k] = yaml_malloc((size_t)k * 40);
		if (job->hand[k])
			fill(job->hand[k], (size_t)k * 40, (unsigned)k);
	}
	for (int k = 0; job->free_own && k < 64; k++) {
		yaml_free(job->hand[k]);
		job->hand[k] = NULL;
	}
	plan_findings_free(f);
	plan_arena_free(a);
	return NULL;
}

/* Threads parse at once, and free what another thread allocated. */
static void test_yalloc_threads(void **state)
{
	(void)state;
	struct yalloc_job jobs[2] = {{{0}, 0, false}, {{0}, 0, false}};
	pthread_t t[2];

	for (int i = 0; i < 2; i++)
		assert_int_equal(pthread_create(&t[i], NULL, yalloc_parse_job,
						&jobs[i]), 0);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < 2; i++) {
		assert_int_equal(jobs[i].errors, 0);
		for (int k = 0; k < 64; k++) {
			assert_non_null(jobs[i].hand[k]);
			assert_true(filled(jobs[i].hand[k], (size_t)k * 40,
					   (unsigned)k));
			yaml_free(jobs[i].hand[k]);
		}
	}
	if (!yalloc_enabled()) {
		print_message("libc's allocator serves libyaml in this build\n");
		skip();
	}
	assert_true(yalloc_slab_bytes() > 0);
}

/* A thread that ends hands its free lists and the rest of its slab to
 * the next: one load's worker threads after another's (plan-diff reads
 * three times) take no new slab for the same work. */
static void test_yalloc_threads_give_back(void **state)
{
	(void)state;
	if (!yalloc_enabled()) {
		print_message("libc's allocator serves libyaml in this build\n");
		skip();
	}
	size_t after[3];
	for (int round = 0; round < 3; round++) {
		struct yalloc_job job = {{0}, 0, true};
		pthread_t t;
		assert_int_equal(pthread_create(&t, NULL, yalloc_parse_job,
						&job), 0);
		pthread_join(t, NULL);
		assert_int_equal(job.errors, 0);
		after[round] = yalloc_slab_bytes();
	}
	/* the first thread may carve; the next ones find what it left */
	assert_int_equal(after[1], after[0]);
	assert_int_equal(after[2], after[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_yalloc_contract),
		cmocka_unit_test(test_yalloc_threads),
		cmocka_unit_test(test_yalloc_threads_give_back),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
