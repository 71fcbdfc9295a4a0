/* plan-diff - two plans, or two repositories, compared by meaning. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common.h"
#include "base/finding.h"
#include "diff/diff.h"
#include "out/escape.h"
#include "repo/repo.h"
#include "schema/schema.h"

static const char usage_line[] =
	N_("usage: plan-diff [-q] [--stat] [-f format] [--excel] [-o file] [--by code]\n"
	"                 [--ignore field] [--only budget|targets|structure]\n"
	"                 old new\n");

static const char help_text[] =
	N_("Compare two plan documents, or two plan repositories, by meaning.\n"
	"\n"
	"  -f, --format FORMAT   text (default), csv, json or markdown\n"
	"      --excel           csv for a spreadsheet: ';' between fields, a byte-order\n"
	"                        mark, decimal commas\n"
	"  -o, --output FILE     write the differences to FILE (atomically)\n"
	"  -q, --quiet           print nothing; the exit status tells\n"
	"      --stat            counts of changes only\n"
	"      --by code         match by nomenclature code: plans of different\n"
	"                        regions or levels (default: --by id)\n"
	"      --ignore FIELD    leave out a field: name, budget, targets,\n"
	"                        supports, indicators, ... (repeatable)\n"
	"      --only CLASS      budget, targets or structure (repeatable)\n"
	"      --lang en|id      language of the messages: English or Indonesian\n"
	"                        (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)\n"
	"  -h, --help            this help\n"
	"      --version         print the version\n"
	"\n"
	"Exit status: 0 same, 1 different, 2 trouble (as diff(1)).\n");

struct opts {
	struct tool_opts c;
	struct plan_diff_opts diff;
	bool stat;
	const char **ignore;
	size_t nignore;
};

enum { OPT_STAT = 256, OPT_BY, OPT_IGNORE, OPT_ONLY };

static const struct option options[] = {
	{"stat", no_argument, NULL, OPT_STAT},
	{"by", required_argument, NULL, OPT_BY},
	{"ignore", required_argument, NULL, OPT_IGNORE},
	{"only", required_argument, NULL, OPT_ONLY},
	{NULL, 0, NULL, 0},
};

/* One option; returns -1 to go on, else the exit status. */
static int take_option(void *opts, int c, char *arg)
{
	struct opts *o = opts;
	switch (c) {
	case OPT_STAT: o->stat = true; return -1;
	case OPT_BY:
		if (!strcmp(arg, "code"))
			o->diff.by = PLAN_DIFF_BY_CODE;
		else if (!strcmp(arg, "id"))
			o->diff.by = PLAN_DIFF_BY_ID;
		else
			return bad_usage(_("--by takes id or code, not"), arg);
		return -1;
	case OPT_IGNORE:
		o->ignore = realloc(o->ignore, (o->nignore + 1) * sizeof *o->ignore);
		if (!o->ignore)
			abort();
		o->ignore[o->nignore++] = arg;
		return -1;
	case OPT_ONLY: {
		unsigned cls = plan_change_class_parse(arg);
		if (!cls)
			return bad_usage(_("--only takes budget, targets or structure, not"),
					 arg);
		o->diff.only |= cls;
		return -1;
	}
	default: return tool_option(&o->c, c, arg);
	}
}

static const struct tool tool = {
	.name = "plan-diff", .usage = usage_line, .help = help_text,
	.shared = TAKES_FORMAT | TAKES_EXCEL | TAKES_OUTPUT | TAKES_QUIET,
	.options = options, .take = take_option,
	.format_parse = plan_diff_format_parse, .csv = PLAN_DIFF_CSV,
};

/* Findings that mean a side cannot be read as a plan at all: then there
 * is nothing to compare, and the answer is trouble, never "same". */
static bool unreadable(const struct plan_finding *f)
{
	switch (f->rule) {
	case RULE_YAML_SYNTAX: case RULE_DUPLICATE_KEY: case RULE_YAML_ALIAS:
	case RULE_YAML_DEPTH: case RULE_LIMIT: case RULE_NOT_A_PLAN:
	case RULE_SCHEMA:
		return f->severity == PLAN_SEV_ERROR;
	default:
		return false;
	}
}

/* Load one side; NULL after printing trouble. */
static struct plan_repo *load_side(const struct plan_schema *schema,
				   const char *path, struct progress *prog)
{
	struct plan_repo_opts ro = {
		.limits = YLOAD_LIMITS_DEFAULT, .schema = schema,
		.jobs = cpu_count(), .headers_only = true,
		.progress = progress_cb, .progress_ctx = prog,
	};
	struct plan_repo *r = plan_repo_new(&ro);
	struct plan_findings *l = plan_findings_new(NULL);
	char *paths[] = {(char *)path};
	plan_repo_load(r, paths, 1, l);
	progress_end(prog);
	plan_findings_sort(l);
	bool bad = plan_repo_trouble_count(r) > 0;
	for (size_t i = 0; i < plan_repo_trouble_count(r); i++)
		trouble("%s", plan_repo_trouble(r, i));
	for (size_t i = 0; !bad && i < plan_findings_count(l); i++) {
		const struct plan_finding *f = plan_findings_get(l, i);
		if (unreadable(f)) {
			plan_put_text(stderr, f->file);
			fprintf(stderr, ":%u:%u: error: ", f->line, f->column);
			plan_put_text(stderr, f->message);
			fprintf(stderr, " [%s]\n", plan_rule_info(f->rule)->name);
			bad = true;
		}
	}
	plan_findings_free(l);
	if (bad) {
		plan_repo_free(r);
		return NULL;
	}
	return r;
}

static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int report(const struct opts *o, const struct plan_diff *d,
		  char *const *paths)
{
	if (o->c.quiet)
		return 0;
	struct output out;
	if (output_open(&out, o->c.output) < 0)
		return -1;
	struct plan_diff_emit_opts eo = {
		.format = o->c.format,
		.color = !o->c.output && want_color(stdout),
		.stat = o->stat, .excel = o->c.excel,
		.old_label = paths[0], .new_label = paths[1],
		.tool = "plan-diff", .version = PLAN_VERSION,
		.by = o->diff.by,
	};
	if (plan_diff_emit(out.fp, d, &eo) < 0 && out.to_file) {
		output_abort(&out);
		trouble(_("%s: write error"), o->c.output);
		return -1;
	}
	return output_close(&out);
}

static int run(struct opts *o, char *const *paths)
{
	char err[512];
	struct plan_schema *schema = plan_schema_builtin(err, sizeof err);
	if (!schema) {
		trouble("%s", err);
		return 2;
	}
	struct progress prog;
	progress_init(&prog, o->c.quiet);
	struct plan_repo *old = load_side(schema, paths[0], &prog);
	progress_next(&prog);
	struct plan_repo *new_ = load_side(schema, paths[1], &prog);
	int status = 2;
	if (old && new_) {
		progress_next(&prog);
		o->diff.progress = progress_cb;
		o->diff.progress_ctx = &prog;
		o->diff.ignore = o->ignore;
		o->diff.nignore = o->nignore;
		o->diff.pair_single = is_file(paths[0]) && is_file(paths[1]);
		struct plan_diff *d = plan_diff_repos(old, new_, &o->diff);
		progress_end(&prog);
		status = plan_diff_same(d) ? 0 : 1;
		for (size_t i = 0; i < plan_diff_trouble_count(d); i++) {
			trouble("%s", plan_diff_trouble(d, i));
			status = 2;
		}
		if (report(o, d, paths) < 0)
			status = 2;
		plan_diff_free(d);
	}
	plan_repo_free(old);
	plan_repo_free(new_);
	plan_schema_free(schema);
	return status;
}

int main(int argc, char **argv)
{
	struct opts o = {0};
	int status = tool_options(&tool, &o.c, &o, argc, argv);
	if (status < 0)
		status = excel_format(&o.c);
	if (status < 0 && argc - optind != 2)
		status = bad_usage(argc - optind < 2 ? _("two paths are needed")
						     : _("only two paths are compared"),
				   NULL);
	if (status < 0)
		status = run(&o, argv + optind);
	free(o.ignore);
	tool_release(&o.c);
	return status;
}
