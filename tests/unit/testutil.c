/* testutil.c - what the cmocka unit tests share (see testutil.h). */
#include "testutil.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check/check_priv.h"
#include "tables/tables.h"

/* ---- Running -------------------------------------------------------- */

int tu_run(const char *name, struct CMUnitTest *tests, size_t n,
	   CMFixtureFunction setup, CMFixtureFunction teardown,
	   CMFixtureFunction group_setup, CMFixtureFunction group_teardown)
{
	for (size_t i = 0; i < n; i++) {
		tests[i].setup_func = setup;
		tests[i].teardown_func = teardown;
	}
	return _cmocka_run_group_tests(name, tests, n, group_setup,
				       group_teardown);
}

/* ---- A fixture ------------------------------------------------------ */

void *tu_fx_new(size_t size)
{
	struct tu_fx *fx = calloc(1, size);

	assert_non_null(fx);
	fx->a = plan_arena_new();
	fx->f = plan_findings_new(NULL);
	return fx;
}

void tu_fx_free(struct tu_fx *fx)
{
	plan_findings_free(fx->f);
	plan_arena_free(fx->a);
	free(fx);
}

int tu_setup(void **state)
{
	*state = tu_fx_new(sizeof(struct tu_fx));
	return 0;
}

int tu_teardown(void **state)
{
	tu_fx_free(*state);
	return 0;
}

/* ---- Text to trees and documents ------------------------------------ */

const struct ynode *tu_tree(struct plan_arena *a, const char *yaml)
{
	struct plan_findings *load = plan_findings_new(NULL);
	struct yload_result res;

	plan_ytree_load_mem(yaml, strlen(yaml), "t.yaml", NULL, a, load, &res);
	tu_count(load, 0);
	assert_non_null(res.root);
	plan_findings_free(load);
	return res.root;
}

struct plan_doc *tu_doc(struct plan_arena *a, const char *yaml)
{
	struct plan_doc *d = plan_doc_build(tu_tree(a, yaml), "t.yaml", a);

	assert_non_null(d);
	return d;
}

const struct plan_findings *tu_check(struct tu_fx *fx, const char *yaml,
				     const struct plan_tables *t,
				     tu_family *family)
{
	struct plan_doc *d = tu_doc(fx->a, yaml);
	struct plan_check c = {d, t, fx->f,
			       plan_tables_nomenclature(t, d->period_start)};

	plan_findings_clear(fx->f);
	family(&c);
	plan_findings_sort(fx->f);
	return fx->f;
}

/* Load csv into t with load(), through a temporary file. */
static void load_csv(struct plan_tables *t, const char *csv,
		     int (*load)(struct plan_tables *, const char *, char *,
				 size_t))
{
	char dir[64], path[96], err[256];

	assert_true(tu_mkdtemp(dir, "testutil"));
	snprintf(path, sizeof path, "%s/table.csv", dir);
	tu_write(NULL, path, csv);
	if (load(t, path, err, sizeof err) != 0)
		fail_msg("%s", err);
	tu_rm_rf(dir);
}

struct plan_tables *tu_tables(const char *regions, const char *nomenclature)
{
	struct plan_tables *t = plan_tables_new();

	if (regions)
		load_csv(t, regions, plan_tables_load_regions);
	if (nomenclature)
		load_csv(t, nomenclature, plan_tables_load_nomenclature);
	return t;
}

/* ---- Assertions ----------------------------------------------------- */

void tu_dump(const struct plan_findings *l)
{
	for (size_t i = 0; i < plan_findings_count(l); i++) {
		const struct plan_finding *x = plan_findings_get(l, i);
		print_message("  %s:%u:%u %s %s: %s\n", x->file, x->line,
			      x->column, plan_severity_name(x->severity),
			      plan_rule_info(x->rule)->name, x->message);
	}
}

void tu_count(const struct plan_findings *l, size_t n)
{
	if (plan_findings_count(l) != n) {
		tu_dump(l);
		fail_msg("%zu findings, expected %zu", plan_findings_count(l),
			 n);
	}
}

const struct plan_finding *tu_expect(const struct plan_findings *l, size_t i,
				     enum plan_rule rule, unsigned line,
				     unsigned col, enum plan_severity sev)
{
	const struct plan_finding *x;

	if (i >= plan_findings_count(l)) {
		tu_dump(l);
		fail_msg("no finding %zu", i);
	}
	x = plan_findings_get(l, i);
	if (x->rule != rule || x->line != line || x->column != col ||
	    x->severity != sev)
		fail_msg("finding %zu: %s %u:%u %s (%s), expected %s %u:%u %s",
			 i, plan_rule_info(x->rule)->name, x->line, x->column,
			 plan_severity_name(x->severity), x->message,
			 plan_rule_info(rule)->name, line, col,
			 plan_severity_name(sev));
	return x;
}

const struct plan_finding *tu_expect_only(const struct plan_findings *l,
					  enum plan_rule rule, unsigned line,
					  unsigned col, enum plan_severity sev)
{
	tu_count(l, 1);
	return tu_expect(l, 0, rule, line, col, sev);
}

/* path is name, or ends in "/name". */
static bool ends_in(const char *path, const char *name)
{
	size_t n = strlen(path), k = strlen(name);

	return !strcmp(path, name) ||
	       (n > k && path[n - k - 1] == '/' && !strcmp(path + n - k, name));
}

static void ends_with(const char *path, const char *name)
{
	if (!ends_in(path, name))
		fail_msg("file '%s', expected '%s'", path, name);
}

void tu_want(const struct plan_findings *l, const struct tu_want *want,
	     size_t n)
{
	tu_count(l, n);
	for (size_t i = 0; i < n; i++) {
		const struct tu_want *w = &want[i];
		const struct plan_finding *x = tu_expect(l, i, w->rule, w->line,
							 w->col, w->sev);
		const struct {
			const char *want, *got;
			bool whole;
		} text[] = {
			{w->msg, x->message, true}, {w->part, x->message, false},
			{w->hint, x->hint, false}, {w->element, x->element, true},
			{w->crumb, x->breadcrumb, true},
		};
		for (size_t k = 0; k < sizeof text / sizeof *text; k++) {
			if (!text[k].want)
				continue;
			assert_non_null(text[k].got);
			if (text[k].whole)
				assert_string_equal(text[k].got, text[k].want);
			else
				tu_contains(text[k].got, text[k].want);
		}
		if (w->file)
			ends_with(x->file, w->file);
	}
}

size_t tu_count_rule(const struct plan_findings *l, enum plan_rule rule)
{
	size_t n = 0;

	for (size_t i = 0; i < plan_findings_count(l); i++)
		n += plan_findings_get(l, i)->rule == rule;
	return n;
}

void tu_contains(const char *s, const char *part)
{
	assert_non_null(s);
	if (!strstr(s, part))
		fail_msg("'%s' does not contain '%s'", s, part);
}

void tu_at(const struct ynode *n, unsigned line, unsigned col)
{
	assert_non_null(n);
	if (n->line != line || n->column != col)
		fail_msg("node at %u:%u, expected %u:%u", (unsigned)n->line,
			 (unsigned)n->column, line, col);
}

/* got is want (whole) or holds it; no want: anything. */
static bool text_is(const char *got, const char *want, bool whole)
{
	if (!want)
		return true;
	return got && (whole ? !strcmp(got, want) : strstr(got, want) != NULL);
}

/* tu_want() as a question. */
static bool wanted(const struct plan_findings *l, const struct tu_want *want,
		   size_t n)
{
	if (plan_findings_count(l) != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		const struct tu_want *w = &want[i];
		const struct plan_finding *x = plan_findings_get(l, i);
		if (x->rule != w->rule || x->line != w->line ||
		    x->column != w->col || x->severity != w->sev ||
		    !text_is(x->message, w->msg, true) ||
		    !text_is(x->message, w->part, false) ||
		    !text_is(x->hint, w->hint, false) ||
		    !text_is(x->element, w->element, true) ||
		    !text_is(x->breadcrumb, w->crumb, true) ||
		    (w->file && !ends_in(x->file, w->file)))
			return false;
	}
	return true;
}

void tu_want_case(const char *name, const struct plan_findings *l,
		  const struct tu_want *want, size_t n)
{
	if (!wanted(l, want, n))
		print_message("case %s:\n", name);
	tu_want(l, want, n);
}

size_t tu_want_count(const struct tu_want *want, size_t max)
{
	size_t n = 0;

	while (n < max && want[n].line)
		n++;
	return n;
}

/* ---- Files ---------------------------------------------------------- */

bool tu_mkdtemp(char *dir, const char *name)
{
	snprintf(dir, 64, "/tmp/%s.XXXXXX", name);
	return mkdtemp(dir) != NULL;
}

FILE *tu_create(const char *dir, const char *name)
{
	char path[512];
	FILE *fp;

	snprintf(path, sizeof path, "%s%s%s", dir ? dir : "", dir ? "/" : "",
		 name);
	fp = fopen(path, "w");
	if (!fp)
		fail_msg("%s: cannot write", path);
	return fp;
}

void tu_write(const char *dir, const char *name, const char *text)
{
	FILE *fp = tu_create(dir, name);

	assert_true(fputs(text, fp) >= 0);
	assert_int_equal(fclose(fp), 0);
}

char *tu_slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (!fp)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(fp);
	if (buf)
		buf[n] = 0;
	*len = (size_t)n;
	return buf;
}

void tu_rm_rf(const char *path)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	chmod(path, 0755);	/* a test may have taken its rights away */
	DIR *d = opendir(path);
	for (struct dirent *e; d && (e = readdir(d));) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *p = malloc(strlen(path) + strlen(e->d_name) + 2);
		assert_non_null(p);
		sprintf(p, "%s/%s", path, e->d_name);
		tu_rm_rf(p);
		free(p);
	}
	if (d)
		closedir(d);
	rmdir(path);
}

void *tu_dir_new(size_t size, const char *name)
{
	char *dir = calloc(1, size);

	if (dir && !tu_mkdtemp(dir, name)) {
		free(dir);
		dir = NULL;
	}
	return dir;
}

/* ---- A repository in a temporary directory --------------------------- */

bool tu_repo_open(struct tu_repo *r, const char *name)
{
	memset(r, 0, sizeof *r);
	return tu_mkdtemp(r->dir, name);
}

void tu_repo_close(struct tu_repo *r)
{
	plan_repo_free(r->repo);
	plan_findings_free(r->f);
	plan_findings_free(r->picked);
	tu_rm_rf(r->dir);
	memset(r, 0, sizeof *r);
}

const struct plan_findings *tu_repo_check(struct tu_repo *r,
					  const struct plan_repo_opts *o)
{
	struct plan_repo_opts def = {.limits = YLOAD_LIMITS_DEFAULT};
	char *paths[] = {r->dir};

	plan_repo_free(r->repo);
	plan_findings_free(r->f);
	r->repo = plan_repo_new(o ? o : &def);
	r->f = plan_findings_new(o ? o->config : NULL);
	plan_repo_load(r->repo, paths, 1, r->f);
	assert_int_equal(plan_repo_trouble_count(r->repo), 0);
	plan_repo_check(r->repo, r->f);
	plan_findings_sort(r->f);
	return r->f;
}

const struct plan_findings *tu_repo_pick(struct tu_repo *r,
					 const enum plan_rule *rules,
					 size_t n)
{
	plan_findings_free(r->picked);
	r->picked = plan_findings_new(NULL);
	for (size_t i = 0; i < plan_findings_count(r->f); i++) {
		const struct plan_finding *f = plan_findings_get(r->f, i);
		for (size_t k = 0; k < n; k++)
			if (f->rule == rules[k])
				plan_finding_add(r->picked, f->rule,
						 f->severity,
						 (struct plan_pos){f->file,
						 f->line, f->column},
						 f->element, f->breadcrumb,
						 f->hint, "%s", f->message);
	}
	return r->picked;
}

int tu_repo_setup(void **state)
{
	struct tu_repo *r = malloc(sizeof *r);

	if (!r || !tu_repo_open(r, "plan-unit")) {
		free(r);
		return -1;
	}
	*state = r;
	return 0;
}

int tu_repo_teardown(void **state)
{
	tu_repo_close(*state);
	free(*state);
	return 0;
}
