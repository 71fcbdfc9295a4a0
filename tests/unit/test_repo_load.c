/* test_repo_load.c - loading a repository (lib/repo_load.c): the
 * progress callback, with one loading thread and with several. */
#include "testutil.h"

#include <pthread.h>
#include <stdbool.h>

#include "base/finding.h"
#include "repo/repo.h"

struct seen {
	pthread_t loader;
	size_t calls, done, total;
	bool backwards, past_total, other_thread;
};

static void on_progress(void *ctx, size_t done, size_t total)
{
	struct seen *s = ctx;
	if (s->calls && done < s->done)
		s->backwards = true;
	if (done > total)
		s->past_total = true;
	if (!pthread_equal(pthread_self(), s->loader))
		s->other_thread = true;
	s->calls++;
	s->done = done;
	s->total = total;
}

static void load(unsigned jobs)
{
	struct seen s = {.loader = pthread_self()};
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT,
				   .jobs = jobs, .compact = true,
				   .progress = on_progress,
				   .progress_ctx = &s};
	char *paths[] = {(char *)"examples/sumbar"};
	struct plan_repo *r = plan_repo_new(&o);
	struct plan_findings *f = plan_findings_new(NULL);
	plan_repo_load(r, paths, 1, f);
	size_t n = plan_repo_file_count(r);
	assert_true(n > 4);
	assert_true(s.calls > 0);
	/* the last call says every file is read, whoever read them */
	assert_int_equal(s.done, n);
	assert_int_equal(s.total, n);
	assert_false(s.backwards);
	assert_false(s.past_total);
	assert_false(s.other_thread);
	plan_findings_free(f);
	plan_repo_free(r);
}

static void test_progress_one_job(void **state)
{
	(void)state;
	load(1);
}

/* With many workers the calling thread may read no file at all; it
 * still reports the end (it showed nothing, now and then, on a busy
 * machine). */
static void test_progress_many_jobs(void **state)
{
	(void)state;
	for (int i = 0; i < 20; i++)
		load(16);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_progress_one_job),
		cmocka_unit_test(test_progress_many_jobs),
	};
	return cmocka_run_group_tests_name("repo_load", tests, NULL, NULL);
}
