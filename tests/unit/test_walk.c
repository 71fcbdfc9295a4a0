/* test_walk.c - command-line paths to YAML files (lib/walk.c, SPEC 2). */
#include <stdbool.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "base/walk.h"

struct fx {
	char dir[64];
	struct plan_files files;
};

static void touch(const struct fx *fx, const char *rel)
{
	char p[256];

	snprintf(p, sizeof p, "%s/%s", fx->dir, rel);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "plan: 1\n", 8), 8);
	close(fd);
}

static void mkdir_in(const struct fx *fx, const char *rel)
{
	char p[256];

	snprintf(p, sizeof p, "%s/%s", fx->dir, rel);
	assert_int_equal(mkdir(p, 0755), 0);
}

static void link_in(const struct fx *fx, const char *target, const char *rel)
{
	char p[256];

	snprintf(p, sizeof p, "%s/%s", fx->dir, rel);
	assert_int_equal(symlink(target, p), 0);
}

/* Make each of rels[] (up to a NULL) in fx's directory: "d/" a
 * directory, "l -> t" a link l to t, anything else a file. */
static void make(const struct fx *fx, const char *const *rels)
{
	for (; *rels; rels++) {
		const char *arrow = strstr(*rels, " -> ");
		int n = arrow ? (int)(arrow - *rels) : (int)strlen(*rels);
		char rel[128];

		snprintf(rel, sizeof rel, "%.*s", n, *rels);
		if (arrow)
			link_in(fx, arrow + 4, rel);
		else if (rel[strlen(rel) - 1] == '/')
			mkdir_in(fx, rel);
		else
			touch(fx, rel);
	}
}

static const char *in(const struct fx *fx, const char *rel)
{
	static char p[256];

	snprintf(p, sizeof p, "%s%s%s", fx->dir, *rel ? "/" : "", rel);
	return p;
}

static int setup(void **state)
{
	struct fx *fx = tu_dir_new(sizeof *fx, "test_walk");

	if (!fx)
		return -1;
	plan_files_init(&fx->files);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	plan_files_release(&fx->files);
	tu_rm_rf(fx->dir);
	free(fx);
	return 0;
}

static void paths_are(const struct fx *fx, const char *const *want, size_t n)
{
	for (size_t i = 0; i < fx->files.n || i < n; i++) {
		const char *got = i < fx->files.n ? fx->files.v[i].path : "(none)";
		const char *exp = i < n ? in(fx, want[i]) : "(none)";
		if (strcmp(got, exp)) {
			for (size_t j = 0; j < fx->files.n; j++)
				print_message("  %s\n", fx->files.v[j].path);
			fail_msg("file %zu is '%s', expected '%s'", i, got, exp);
		}
	}
}

static void test_walk_order_and_selection(void **state)
{
	struct fx *fx = *state;

	make(fx, (const char *const[]){
		"b.yaml", "a.yml", "A.yaml", "c.txt", "e.yaml.bak", "f.YAML",
		"yaml", ".hidden.yaml", ".yaml",
		".git/", ".git/x.yaml",
		"sub/", "sub/z.yaml", "sub/a.yaml",
		"sub-x.yaml",		/* "sub" < "sub-x.yaml" by name */
		"sub/deeper/", "sub/deeper/k.yml",
		"x.yaml/",		/* a directory with a YAML name */
		"x.yaml/inner.yml",
		"empty/", NULL});

	size_t n = plan_files_add(&fx->files, fx->dir);
	static const char *const want[] = {
		"A.yaml", "a.yml", "b.yaml", "sub/a.yaml", "sub/deeper/k.yml",
		"sub/z.yaml", "sub-x.yaml", "x.yaml/inner.yml",
	};
	assert_int_equal(n, 8);
	paths_are(fx, want, 8);
	for (size_t i = 0; i < fx->files.n; i++)
		assert_false(fx->files.v[i].named);
	assert_int_equal(fx->files.ntrouble, 0);
}

static void test_symlinks(void **state)
{
	struct fx *fx = *state;

	make(fx, (const char *const[]){
		"real/", "real/r.yaml",
		"dirlink -> real",		/* not followed */
		"filelink.yaml -> real/r.yaml",	/* followed */
		"loop.yaml -> loop.yaml",	/* ELOOP, survived */
		"self -> .",			/* a loop through a directory */
		"dangling.yaml -> nowhere.yaml", NULL});

	size_t n = plan_files_add(&fx->files, fx->dir);
	static const char *const want[] = {"filelink.yaml", "real/r.yaml"};
	assert_int_equal(n, 2);
	paths_are(fx, want, 2);
}

static void test_named_file(void **state)
{
	struct fx *fx = *state;

	make(fx, (const char *const[]){"p.yaml", "q.yml", "notes.txt", NULL});
	assert_int_equal(plan_files_add(&fx->files, in(fx, "p.yaml")), 1);
	assert_int_equal(plan_files_add(&fx->files, in(fx, "q.yml")), 1);
	/* named but not YAML: nothing to check, and no trouble either */
	assert_int_equal(plan_files_add(&fx->files, in(fx, "notes.txt")), 0);
	assert_int_equal(fx->files.n, 2);
	assert_true(fx->files.v[0].named);
	assert_true(fx->files.v[1].named);
	assert_string_equal(fx->files.v[0].path, in(fx, "p.yaml"));
	assert_int_equal(fx->files.ntrouble, 0);

	/* the same file named twice is listed twice: the caller decides */
	assert_int_equal(plan_files_add(&fx->files, in(fx, "p.yaml")), 1);
	assert_int_equal(fx->files.n, 3);
}

static void test_named_links(void **state)
{
	struct fx *fx = *state;

	make(fx, (const char *const[]){"real/", "real/r.yaml",
		"dirlink -> real", "filelink.yaml -> real/r.yaml", NULL});
	/* what the user names is what the user gets: a named link is used */
	assert_int_equal(plan_files_add(&fx->files, in(fx, "filelink.yaml")), 1);
	assert_true(fx->files.v[0].named);
	assert_int_equal(plan_files_add(&fx->files, in(fx, "dirlink")), 1);
	assert_string_equal(fx->files.v[1].path, in(fx, "dirlink/r.yaml"));
	assert_false(fx->files.v[1].named);
}

static void test_named_directory_with_yaml_name(void **state)
{
	struct fx *fx = *state;

	make(fx, (const char *const[]){"d.yaml/", "d.yaml/one.yaml",
		"d.yaml/two.txt", NULL});
	assert_int_equal(plan_files_add(&fx->files, in(fx, "d.yaml")), 1);
	assert_string_equal(fx->files.v[0].path, in(fx, "d.yaml/one.yaml"));
	assert_false(fx->files.v[0].named);
}

static void test_trailing_slash(void **state)
{
	struct fx *fx = *state;
	char p[300];

	touch(fx, "a.yaml");
	snprintf(p, sizeof p, "%s/", fx->dir);
	assert_int_equal(plan_files_add(&fx->files, p), 1);
	assert_string_equal(fx->files.v[0].path, in(fx, "a.yaml"));
}

static void test_missing_path(void **state)
{
	struct fx *fx = *state;

	assert_int_equal(plan_files_add(&fx->files, in(fx, "missing.yaml")), 0);
	assert_int_equal(fx->files.n, 0);
	assert_int_equal(fx->files.ntrouble, 1);
	char want[300];
	snprintf(want, sizeof want, "%s: No such file or directory",
		 in(fx, "missing.yaml"));
	assert_string_equal(fx->files.trouble[0], want);
}

static void test_empty_directory(void **state)
{
	struct fx *fx = *state;

	touch(fx, "readme.md");
	assert_int_equal(plan_files_add(&fx->files, fx->dir), 0);
	assert_int_equal(fx->files.n, 0);
	assert_int_equal(fx->files.ntrouble, 0);
}

static void test_unreadable_directory(void **state)
{
	struct fx *fx = *state;
	/* root reads any directory whatever its mode: as root the walk runs
	 * as nobody (the effective uid only, so that root comes back) */
	bool root = geteuid() == 0;

	if (root)
		assert_int_equal(chmod(fx->dir, 0755), 0);
	make(fx, (const char *const[]){"a.yaml", "locked/",
		"locked/hidden.yaml", "z.yaml", NULL});
	assert_int_equal(chmod(in(fx, "locked"), 0), 0);
	if (root)
		assert_int_equal(seteuid(65534), 0);
	int n = plan_files_add(&fx->files, fx->dir);
	if (root)
		assert_int_equal(seteuid(0), 0);
	/* the rest of the walk goes on */
	assert_int_equal(n, 2);
	static const char *const want[] = {"a.yaml", "z.yaml"};
	paths_are(fx, want, 2);
	assert_int_equal(fx->files.ntrouble, 1);
	char exp[300];
	snprintf(exp, sizeof exp, "%s: Permission denied", in(fx, "locked"));
	assert_string_equal(fx->files.trouble[0], exp);
}

static void test_too_deep(void **state)
{
	struct fx *fx = *state;
	char rel[256] = "";

	for (int i = 0; i < 70; i++) {
		strcat(rel, i ? "/d" : "d");
		mkdir_in(fx, rel);
	}
	strcat(rel, "/x.yaml");
	touch(fx, rel);
	touch(fx, "d/shallow.yaml");
	assert_int_equal(plan_files_add(&fx->files, fx->dir), 1);
	assert_string_equal(fx->files.v[0].path, in(fx, "d/shallow.yaml"));
	assert_int_equal(fx->files.ntrouble, 1);
	assert_non_null(strstr(fx->files.trouble[0], "too deeply"));
}

static void test_release_and_reuse(void **state)
{
	struct fx *fx = *state;

	for (int i = 0; i < 100; i++) {
		char name[16];
		snprintf(name, sizeof name, "f%03d.yaml", i);
		touch(fx, name);
	}
	assert_int_equal(plan_files_add(&fx->files, fx->dir), 100);
	assert_string_equal(fx->files.v[99].path, in(fx, "f099.yaml"));
	plan_files_add(&fx->files, in(fx, "nope"));
	plan_files_release(&fx->files);
	assert_int_equal(fx->files.n, 0);
	assert_int_equal(fx->files.ntrouble, 0);
	assert_null(fx->files.v);
	assert_int_equal(plan_files_add(&fx->files, in(fx, "f000.yaml")), 1);
}

static void test_is_yaml_name(void **state)
{
	(void)state;
	assert_true(plan_is_yaml_name("a.yaml"));
	assert_true(plan_is_yaml_name("a.yml"));
	assert_true(plan_is_yaml_name("dir/x.y.yaml"));
	assert_false(plan_is_yaml_name(".yaml"));
	assert_false(plan_is_yaml_name(".yml"));
	assert_false(plan_is_yaml_name("yaml"));
	assert_false(plan_is_yaml_name("a.YAML"));
	assert_false(plan_is_yaml_name("a.yaml~"));
	assert_false(plan_is_yaml_name("a.json"));
	assert_false(plan_is_yaml_name("ayaml"));
	assert_false(plan_is_yaml_name(""));
}

TU_MAIN("walk", setup, teardown,
	TU_TEST(test_walk_order_and_selection),
	TU_TEST(test_symlinks),
	TU_TEST(test_named_file),
	TU_TEST(test_named_links),
	TU_TEST(test_named_directory_with_yaml_name),
	TU_TEST(test_trailing_slash),
	TU_TEST(test_missing_path),
	TU_TEST(test_empty_directory),
	TU_TEST(test_unreadable_directory),
	TU_TEST(test_too_deep),
	TU_TEST(test_release_and_reuse),
	TU_TEST(test_is_yaml_name))
