/*
 * testutil.h - what the cmocka unit tests share (testutil.c, linked into
 * every test): a fixture of an arena and a findings list, trees and
 * documents from YAML text, a document-local check run, assertions on
 * findings, and repositories written into a temporary directory.
 *
 * Every helper fails the running test (cmocka) instead of returning an
 * error.  Names are those of the text a test gives them: "t.yaml" for a
 * document from memory.
 */
#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "base/arena.h"
#include "base/finding.h"
#include "model/model.h"
#include "repo/repo.h"
#include "yaml/ytree.h"

struct plan_check;
struct plan_tables;

/* ---- Running ------------------------------------------------------- */

/* Run tests[0..n) as the group name, each between setup and teardown,
 * all between group_setup and group_teardown (any may be NULL); what
 * main() returns. */
int tu_run(const char *name, struct CMUnitTest *tests, size_t n,
	   CMFixtureFunction setup, CMFixtureFunction teardown,
	   CMFixtureFunction group_setup, CMFixtureFunction group_teardown);
/* main() of a test file:
 *	TU_MAIN("check_doc", tu_setup, tu_teardown,
 *		TU_TEST(test_a), TU_TEST(test_b)) */
#define TU_MAIN(name, setup, teardown, ...) \
	TU_MAIN_GROUP(name, NULL, NULL, setup, teardown, __VA_ARGS__)
#define TU_MAIN_GROUP(name, group_setup, group_teardown, setup, teardown, \
		      ...) \
	int main(void) \
	{ \
		struct CMUnitTest tests_[] = {__VA_ARGS__}; \
		return tu_run(name, tests_, sizeof tests_ / sizeof *tests_, \
			      setup, teardown, group_setup, group_teardown); \
	}
#define TU_TEST(f) cmocka_unit_test(f)

/* ---- A fixture: an arena and a findings list ------------------------ */

struct tu_fx {
	struct plan_arena *a;
	struct plan_findings *f;
};

/* A zeroed fixture of size bytes (a test's own struct that begins with
 * a struct tu_fx) with its arena and list; tu_fx_free() frees them. */
void *tu_fx_new(size_t size);
void tu_fx_free(struct tu_fx *fx);
/* cmocka set-up and tear-down: *state is a struct tu_fx. */
int tu_setup(void **state);
int tu_teardown(void **state);

/* ---- Text to trees and documents ------------------------------------ */

/* The tree of yaml, read as "t.yaml" into a; the test fails if loading
 * it finds anything. */
const struct ynode *tu_tree(struct plan_arena *a, const char *yaml);
/* The plan document of yaml. */
struct plan_doc *tu_doc(struct plan_arena *a, const char *yaml);

/* Run one family of document-local checks (check_priv.h) on yaml with
 * tables t (NULL: none): fx->f is cleared first, then holds what the
 * family found, sorted. */
typedef void tu_family(const struct plan_check *c);
const struct plan_findings *tu_check(struct tu_fx *fx, const char *yaml,
				     const struct plan_tables *t,
				     tu_family *family);

/* Tables loaded from the CSV texts given (NULL: not loaded), through a
 * temporary file; plan_tables_free() them. */
struct plan_tables *tu_tables(const char *regions, const char *nomenclature);

/* ---- Assertions ----------------------------------------------------- */

/* Each finding, one a line, as print_message() output. */
void tu_dump(const struct plan_findings *l);
/* Exactly n findings; else they are listed and the test fails. */
void tu_count(const struct plan_findings *l, size_t n);
/* Finding i is rule at line:col with severity sev. */
const struct plan_finding *tu_expect(const struct plan_findings *l, size_t i,
				     enum plan_rule rule, unsigned line,
				     unsigned col, enum plan_severity sev);
/* ... and it is the only one. */
const struct plan_finding *tu_expect_only(const struct plan_findings *l,
					  enum plan_rule rule, unsigned line,
					  unsigned col, enum plan_severity sev);
/* What a finding should be: rule with severity sev at line:col, and
 * (where not NULL) its whole message, a part of its message, a part of
 * its hint, its element and breadcrumb, and the name its file ends in.
 * A test names its rules once, with a designator so that the rest may
 * be left out:
 *	#define SUM(...) \
 *		{.rule = RULE_BUDGET_SUM, PLAN_SEV_ERROR, __VA_ARGS__}
 *	TU_WANT(l, SUM(8, 5, .part = "add up to"), SUM(12, 9)); */
struct tu_want {
	enum plan_rule rule;
	enum plan_severity sev;
	unsigned line, col;
	const char *msg, *part, *hint;
	const char *element, *crumb, *file;
};
/* The findings are want[0..n), in this order, and no others. */
void tu_want(const struct plan_findings *l, const struct tu_want *want,
	     size_t n);
#define TU_WANT(l, ...) \
	tu_want((l), (const struct tu_want[]){__VA_ARGS__}, \
		sizeof((const struct tu_want[]){__VA_ARGS__}) / \
		sizeof(struct tu_want))
/* The number of findings of rule. */
size_t tu_count_rule(const struct plan_findings *l, enum plan_rule rule);
/* s is not NULL and holds part. */
void tu_contains(const char *s, const char *part);
/* The node is at line:col. */
void tu_at(const struct ynode *n, unsigned line, unsigned col);
/* tu_want() in a table-driven test: name (the case) is printed first
 * when the findings are not those. */
void tu_want_case(const char *name, const struct plan_findings *l,
		  const struct tu_want *want, size_t n);
/* How many of want[0..max) come before the first of line 0: the
 * findings of a table's row that leaves some of its room empty. */
size_t tu_want_count(const struct tu_want *want, size_t max);

/* ---- Files ---------------------------------------------------------- */

/* Make /tmp/NAME.XXXXXX into dir (at least 64 bytes); false on failure. */
bool tu_mkdtemp(char *dir, const char *name);
/* Write text to dir/name (dir NULL: name is the path). */
void tu_write(const char *dir, const char *name, const char *text);
/* Open dir/name for writing. */
FILE *tu_create(const char *dir, const char *name);
/* The contents of path, NUL-terminated (its length in *len), or NULL if
 * it cannot be read; free() it. */
char *tu_slurp(const char *path, size_t *len);
/* rm -r path, not following links. */
void tu_rm_rf(const char *path);
/* A zeroed struct of size bytes that begins with char dir[64], and that
 * directory made as tu_mkdtemp() does; NULL on failure.  free() it (and
 * tu_rm_rf() its dir). */
void *tu_dir_new(size_t size, const char *name);

/* ---- A repository in a temporary directory --------------------------- */

struct tu_repo {
	char dir[64];
	struct plan_repo *repo;
	struct plan_findings *f, *picked;
};

/* Make the directory (/tmp/NAME.XXXXXX); false on failure. */
bool tu_repo_open(struct tu_repo *r, const char *name);
/* Free the repository and the findings, remove the directory. */
void tu_repo_close(struct tu_repo *r);
/* cmocka set-up and tear-down: *state is a struct tu_repo. */
int tu_repo_setup(void **state);
int tu_repo_teardown(void **state);
/* Load the directory with options o (NULL: the default limits; its
 * config, if any, also filters the findings),
 * expecting no trouble, and run every cross-document check: the
 * findings, sorted. */
const struct plan_findings *tu_repo_check(struct tu_repo *r,
					  const struct plan_repo_opts *o);

/* The findings of tu_repo_check() of rules[0..n) only. */
const struct plan_findings *tu_repo_pick(struct tu_repo *r,
					 const enum plan_rule *rules,
					 size_t n);

#endif
