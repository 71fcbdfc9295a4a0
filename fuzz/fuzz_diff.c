/*
 * fuzz_diff.c - plan-diff on two inputs: the input holds files separated
 * by a line "=====" (fuzz.h); the first half of them is the old side, the
 * rest the new (one file alone is compared with itself).  Each side is
 * loaded as plan-diff loads it (a repository of the files, schema and
 * local checks), then compared by id and by code, and written in every
 * format, plain and --stat.
 */
#include "fuzz.h"

#include "base/value.h"
#include "diff/diff.h"
#include "base/finding.h"
#include "repo/repo.h"
#include "schema/schema.h"

static void emit_all(const struct plan_diff *d, enum plan_diff_by by)
{
	for (int f = PLAN_DIFF_TEXT; f <= PLAN_DIFF_MARKDOWN; f++)
		for (int stat = 0; stat < 2; stat++) {
			struct plan_diff_emit_opts eo = {
				.format = (enum plan_diff_format)f,
				.color = f == PLAN_DIFF_TEXT && !stat,
				.stat = stat, .old_label = "old.yaml",
				.new_label = "new.yaml", .tool = "plan-diff",
				.version = "0.1.0", .by = by};
			if (plan_diff_emit(fuzz_sink(), d, &eo) < 0)
				abort();
		}
}

static void walk(const struct plan_diff *d)
{
	char buf[40];
	for (size_t i = 0; i < plan_diff_doc_count(d); i++) {
		const struct plan_diff_doc *x = plan_diff_doc(d, i);
		if (x->first + x->n > plan_diff_change_count(d))
			abort();
	}
	for (size_t i = 0; i < plan_diff_change_count(d); i++) {
		const struct plan_change *c = plan_diff_change(d, i);
		if (c->has_delta)
			plan_money_str(c->delta, PLAN_LANG_EN, PLAN_MONEY_DELTA,
				       buf);
		(void)plan_diff_ignores("budget", c->field, c->indicator);
		(void)plan_diff_ignores("targets", c->field, c->indicator);
		(void)plan_diff_ignores("indicators", c->field, c->indicator);
	}
	(void)plan_diff_counts(d);
	(void)plan_diff_same(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct plan_schema *schema = fuzz_schema();
	const uint8_t *part[FUZZ_MAX_FILES];
	size_t plen[FUZZ_MAX_FILES];
	size_t n = fuzz_split(data, size, part, plen, 6);
	size_t nold = n == 1 ? 1 : (n + 1) / 2;
	size_t nnew = n == 1 ? 1 : n - nold;
	char paths[FUZZ_MAX_FILES][64];
	fuzz_write_parts("old", part, plen, nold, paths);
	fuzz_write_parts("new", part + (n == 1 ? 0 : nold),
			 plen + (n == 1 ? 0 : nold), nnew, paths + nold);
	struct plan_findings *l = plan_findings_new(NULL);
	struct plan_repo *old = fuzz_repo(schema, NULL, paths, nold, false, l);
	struct plan_repo *new_ = fuzz_repo(schema, NULL, paths + nold, nnew,
					   false, l);
	static const char *const ignore[] = {"budget.2026", "supports"};
	for (int by = PLAN_DIFF_BY_ID; by <= PLAN_DIFF_BY_CODE; by++) {
		struct plan_diff_opts o = {.by = (enum plan_diff_by)by,
					   .pair_single = true};
		struct plan_diff *d = plan_diff_repos(old, new_, &o);
		walk(d);
		emit_all(d, o.by);
		plan_diff_free(d);
	}
	/* and once with filters */
	struct plan_diff_opts o = {.by = PLAN_DIFF_BY_ID,
				   .only = PLAN_CLASS_BUDGET | PLAN_CLASS_TARGETS,
				   .ignore = ignore, .nignore = 2};
	struct plan_diff *d = plan_diff_repos(old, new_, &o);
	walk(d);
	plan_diff_free(d);
	/* the documents pairwise, as plan_diff_docs() */
	if (plan_repo_doc_count(old) && plan_repo_doc_count(new_)) {
		struct plan_diff_opts od = {.by = PLAN_DIFF_BY_CODE};
		d = plan_diff_docs(plan_repo_doc(old, 0), plan_repo_doc(new_, 0),
				   &od);
		walk(d);
		plan_diff_free(d);
	}
	plan_repo_free(old);
	plan_repo_free(new_);
	plan_findings_free(l);
	return 0;
}
