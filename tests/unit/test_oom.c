/* test_oom.c - out of memory aborts, as plan_xmalloc does (lib/base/
 * arena.c: "fatal: out of memory", then abort), wherever the library
 * allocates.  malloc and calloc are wrapped (-Wl,--wrap, WRAP_test_oom in
 * the Makefile) to fail on demand, in a child process that must then die
 * of SIGABRT with that message, not go on with a short buffer or a line
 * left out. */
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"

#include "base/arena.h"
#include "base/finding.h"
#include "diff/diff.h"
#include "model/model.h"
#include "schema/schema.h"
#include "yaml/ytree.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);

static size_t fail_malloc_of;	/* a malloc of exactly this size fails */
static bool fail_calloc;	/* every calloc fails */

void *__wrap_malloc(size_t n)
{
	if (fail_malloc_of && n == fail_malloc_of)
		return NULL;
	return __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
	if (fail_calloc)
		return NULL;
	return __real_calloc(n, size);
}

/* Run fn(arg) in a child; it must abort, saying "out of memory". */
static void aborts(void (*fn)(void *), void *arg)
{
	char log[] = "/tmp/test_oom.XXXXXX";
	int fd = mkstemp(log);
	assert_true(fd >= 0);
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* cmocka's handlers would carry on with the next test here */
		static const int sig[] = {SIGABRT, SIGSEGV, SIGBUS, SIGILL,
					  SIGFPE, SIGSYS};
		for (size_t i = 0; i < sizeof sig / sizeof *sig; i++)
			signal(sig[i], SIG_DFL);
		dup2(fd, STDERR_FILENO);
		fn(arg);
		_exit(0);	/* it went on */
	}
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	char buf[4096] = "";
	ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
	buf[n > 0 ? n : 0] = '\0';
	close(fd);
	unlink(log);
	if (!WIFSIGNALED(st) || WTERMSIG(st) != SIGABRT) {
		print_message("the child %s %d, expected SIGABRT; stderr: %.300s\n",
			      WIFSIGNALED(st) ? "died of signal" : "exited with",
			      WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st),
			      buf);
		fail();
	}
	if (!strstr(buf, "fatal: out of memory")) {
		print_message("aborted without 'fatal: out of memory': %.300s\n",
			      buf);
		fail();
	}
}

/* ---- schema --------------------------------------------------------- */

static void compile(void *arg)
{
	(void)arg;
	char err[256];
	fail_calloc = true;
	plan_schema_free(plan_schema_builtin(err, sizeof err));
}

/* The compiler's memo table: a failed calloc was "answered" with
 * plan_xmalloc(1), which succeeds, and 256 entries went into 1 byte. */
static void test_schema_compile(void **state)
{
	(void)state;
	aborts(compile, NULL);
}

struct check {
	struct plan_schema *s;
	const struct ynode *root;
	struct plan_findings *f;
};

static void check(void *arg)
{
	struct check *c = arg;
	fail_calloc = true;
	plan_schema_check(c->s, c->root, "t.yaml", c->f);
}

/* The check's flags, one per finding, had the same fallback. */
static void test_schema_check(void **state)
{
	(void)state;
	static const char yaml[] = "plan: 1\nid: 13.71/rkpd/2026\n"
		"kind: rkpd\nlevel: kota\nregion: \"13.71\"\n"
		"period: {start: 2026, end: 2026}\n"
		"nonsense: 1\nother: 2\nthird: [3]\n";
	char err[256];
	struct check c = {.s = plan_schema_builtin(err, sizeof err),
			  .f = plan_findings_new(NULL)};
	assert_non_null(c.s);
	struct plan_arena *a = plan_arena_new();
	struct yload_result res;
	plan_ytree_load_mem(yaml, strlen(yaml), "t.yaml", NULL, a, c.f, &res);
	assert_non_null(res.root);
	c.root = res.root;
	/* findings there are: the test is of their flags */
	plan_schema_check(c.s, c.root, "t.yaml", c.f);
	assert_true(plan_findings_count(c.f) >= 3);
	plan_findings_clear(c.f);
	aborts(check, &c);
	plan_findings_free(c.f);
	plan_arena_free(a);
	plan_schema_free(c.s);
}

/* ---- diff ----------------------------------------------------------- */

#define HEAD "plan: 1\nid: t/rkpd/2026\nkind: rkpd\nlevel: kota\n" \
	     "region: \"13.71\"\nperiod: {start: 2026, end: 2026}\n"
/* A name of 777 bytes: the text writer's copy of it is 778. */
#define LONG_NAME_LEN 777

static const struct plan_doc *doc(struct plan_arena *a, const char *yaml)
{
	struct plan_findings *f = plan_findings_new(NULL);
	struct yload_result res;
	plan_ytree_load_mem(yaml, strlen(yaml), "t.yaml", NULL, a, f, &res);
	assert_non_null(res.root);
	plan_findings_free(f);
	return plan_doc_build(res.root, "t.yaml", a);
}

static void emit(void *arg)
{
	const struct plan_diff *d = arg;
	FILE *out = fopen("/dev/null", "w");
	struct plan_diff_emit_opts o = {.format = PLAN_DIFF_TEXT};
	fail_malloc_of = LONG_NAME_LEN + 1;
	plan_diff_emit(out, d, &o);
}

/* The text writer's one-line copy of a name returned without writing
 * the name when malloc failed. */
static void test_diff_text(void **state)
{
	(void)state;
	char name[LONG_NAME_LEN + 1];
	memset(name, 'x', LONG_NAME_LEN);
	name[LONG_NAME_LEN] = '\0';
	char *old = malloc(4096), *new_ = malloc(4096);
	snprintf(old, 4096, HEAD "programs:\n  - {code: 2.16.03, name: A}\n");
	snprintf(new_, 4096, HEAD "programs:\n  - {code: 2.16.03, name: %s}\n",
		 name);
	struct plan_arena *a = plan_arena_new();
	struct plan_diff_opts o = {.by = PLAN_DIFF_BY_ID};
	struct plan_diff *d = plan_diff_docs(doc(a, old), doc(a, new_), &o);
	assert_int_equal(plan_diff_change_count(d), 1);
	aborts(emit, d);
	plan_diff_free(d);
	plan_arena_free(a);
	free(old);
	free(new_);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_schema_compile),
		cmocka_unit_test(test_schema_check),
		cmocka_unit_test(test_diff_text),
	};
	return cmocka_run_group_tests_name("oom", tests, NULL, NULL);
}
