/* plan-validate - every check of the contract over plan files. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "repo/config.h"
#include "out/emit.h"
#include "base/finding.h"
#include "import/import.h"
#include "base/value.h"
#include "repo/repo.h"
#include "schema/schema.h"
#include "tables/tables.h"

static const char usage_line[] =
	N_("usage: plan-validate [-q] [--strict] [--fix] [-f format] [-o file] [-j jobs]\n"
	"                     [--disable rule] [--regions file] [--nomenclature file]\n"
	"                     [--nomenclature-from year] [--indicators file]\n"
	"                     [--config file | --no-config] [--lang en|id]\n"
	"                     [--verbose] path...\n");

static const char help_text[] =
	N_("Check plan documents (YAML) against the plan contract.\n"
	"\n"
	"  -f, --format FORMAT   text (default), json, github, sarif or auto\n"
	"  -o, --output FILE     write the findings to FILE (atomically)\n"
	"  -q, --quiet           print nothing; the exit status tells\n"
	"      --strict          warnings fail the run too\n"
	"      --fix             print the mechanical fixes as a patch (git apply,\n"
	"                        patch -p1) and the other findings on stderr\n"
	"      --disable RULE    turn a rule off (repeatable)\n"
	"      --regions FILE    Kemendagri region table (CSV)\n"
	"      --nomenclature FILE  planning nomenclature table (CSV, repeatable)\n"
	"      --nomenclature-from YEAR  the --nomenclature files after this are\n"
	"                        for documents from YEAR on\n"
	"      --verbose         list every faulty row of the tables, not one line\n"
	"                        per table\n"
	"      --indicators FILE  indicators table, the shared list of data codes\n"
	"                        (CSV, repeatable)\n"
	"      --config FILE     repository config (default: .plan.yaml found upward\n"
	"                        from the first path)\n"
	"      --no-config       do not read a .plan.yaml\n"
	"      --schemas DIR     use the schema files of DIR, not the built-in ones\n"
	"      --print-schema NAME  print the schema (plan, or a kind) and exit\n"
	"  -j, --jobs N          files checked in parallel (default: all cores)\n"
	"      --max-file SIZE   largest plan file (default 64M)\n"
	"      --max-scalar SIZE largest single value (default 16M)\n"
	"      --max-depth N     deepest nesting (default 64)\n"
	"      --max-files N     most YAML files in one run (default 1000000)\n"
	"      --list-rules      print the rules with their severities and exit\n"
	"      --lang en|id      language of the messages: English or Indonesian\n"
	"                        (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)\n"
	"  -h, --help            this help\n"
	"      --version         print the version\n"
	"\n"
	"Exit status: 0 clean, 1 findings (errors; warnings with --strict),\n"
	"2 usage or I/O trouble.\n");

struct opts {
	struct tool_opts c;
	const char *schemas, *print_schema, *config_path;
	bool strict, list_rules, no_config, fix;
	size_t max_files;
	struct yload_limits limits;
	struct plan_rule_config config;
};

enum {
	OPT_STRICT = 256, OPT_DISABLE, OPT_SCHEMAS, OPT_PRINT_SCHEMA,
	OPT_MAX_FILE, OPT_MAX_SCALAR, OPT_MAX_DEPTH, OPT_MAX_FILES,
	OPT_LIST_RULES, OPT_CONFIG, OPT_NO_CONFIG, OPT_FIX
};

static const struct option options[] = {
	{"strict", no_argument, NULL, OPT_STRICT},
	{"fix", no_argument, NULL, OPT_FIX},
	{"disable", required_argument, NULL, OPT_DISABLE},
	{"schemas", required_argument, NULL, OPT_SCHEMAS},
	{"print-schema", required_argument, NULL, OPT_PRINT_SCHEMA},
	{"max-file", required_argument, NULL, OPT_MAX_FILE},
	{"max-scalar", required_argument, NULL, OPT_MAX_SCALAR},
	{"max-depth", required_argument, NULL, OPT_MAX_DEPTH},
	{"max-files", required_argument, NULL, OPT_MAX_FILES},
	{"list-rules", no_argument, NULL, OPT_LIST_RULES},
	{"config", required_argument, NULL, OPT_CONFIG},
	{"no-config", no_argument, NULL, OPT_NO_CONFIG},
	{NULL, 0, NULL, 0},
};

static int disable_rule(struct opts *o, const char *name)
{
	int r = plan_rule_lookup(name);
	if (r < 0)
		return bad_usage(_("unknown rule (see --list-rules):"), name);
	if (plan_rule_config_set(&o->config, (enum plan_rule)r,
				 PLAN_SEV_OFF) < 0)
		return bad_usage(_("this rule cannot be turned off:"), name);
	return 0;
}

static int set_limit(size_t *field, const char *arg)
{
	long long v = parse_size(arg);
	if (v < 0)
		return bad_usage(_("bad size"), arg);
	*field = (size_t)v;
	return 0;
}

/* --format auto: github in a GitHub Actions job, else text. */
static int format_parse(const char *arg)
{
	return plan_format_parse(arg, in_github_actions());
}

/* One option; returns -1 to go on, else the exit status. */
static int take_option(void *opts, int c, char *arg)
{
	struct opts *o = opts;
	switch (c) {
	case OPT_STRICT: o->strict = true; return -1;
	case OPT_FIX: o->fix = true; return -1;
	case OPT_DISABLE: return disable_rule(o, arg) ? 2 : -1;
	case OPT_CONFIG: o->config_path = arg; return -1;
	case OPT_NO_CONFIG: o->no_config = true; return -1;
	case OPT_SCHEMAS: o->schemas = arg; return -1;
	case OPT_PRINT_SCHEMA: o->print_schema = arg; return -1;
	case OPT_MAX_FILE: return set_limit(&o->limits.max_file, arg) ? 2 : -1;
	case OPT_MAX_SCALAR:
		return set_limit(&o->limits.max_scalar, arg) ? 2 : -1;
	case OPT_MAX_DEPTH: {
		long long n = parse_size(arg);
		if (n < 1 || n > 10000)
			return bad_usage(_("bad depth"), arg);
		o->limits.max_depth = (unsigned)n;
		return -1;
	}
	case OPT_MAX_FILES: {
		long long n = parse_size(arg);
		if (n < 1)
			return bad_usage("bad number of files", arg);
		o->max_files = (size_t)n;
		return -1;
	}
	case OPT_LIST_RULES: o->list_rules = true; return -1;
	default: return tool_option(&o->c, c, arg);
	}
}

static const struct tool tool = {
	.name = "plan-validate", .usage = usage_line, .help = help_text,
	.shared = TAKES_FORMAT | TAKES_OUTPUT | TAKES_QUIET | TAKES_JOBS |
		  TAKES_REGIONS | TAKES_NOMENCLATURE | TAKES_VERBOSE |
		  TAKES_INDICATORS,
	.options = options, .take = take_option,
	.format_parse = format_parse,
};

static int list_rules(void)
{
	for (int r = 0; r < RULE_COUNT; r++) {
		const struct plan_rule_info *i = plan_rule_info((enum plan_rule)r);
		printf("%-20s %-8s %s\n", i->name, plan_severity_name(i->severity),
		       _(i->summary));
	}
	return 0;
}

static int print_schema(const char *name)
{
	const char *text = plan_schema_text(name);
	if (!text) {
		trouble(_("no schema called '%s'"), name);
		return 2;
	}
	fputs(text, stdout);
	return 0;
}

static struct plan_schema *open_schema(const struct opts *o)
{
	char err[512];
	struct plan_schema *s = o->schemas
		? plan_schema_load_dir(o->schemas, err, sizeof err)
		: plan_schema_builtin(err, sizeof err);
	if (!s)
		trouble("%s", err);
	return s;
}

static int exit_status(const struct plan_findings *l, bool strict,
		       bool had_trouble)
{
	if (had_trouble)
		return 2;
	struct plan_counts c = plan_findings_counts(l);
	return c.errors || (strict && c.warnings) ? 1 : 0;
}

/* l in the format asked, the summary counting what repo read. */
static void put_findings(FILE *fp, bool color, const struct opts *o,
			 const struct plan_repo *repo,
			 const struct plan_findings *l)
{
	struct plan_emit_opts eo = {
		.format = o->c.format,
		.color = color,
		.tool = "plan-validate",
		.version = PLAN_VERSION,
		.files = plan_repo_file_count(repo),
		.documents = plan_repo_doc_count(repo),
		.elements = plan_repo_element_count(repo),
	};
	plan_emit(fp, l, &eo);
}

static int emit(const struct opts *o, const struct plan_repo *repo,
		const struct plan_findings *l)
{
	if (o->c.quiet)
		return 0;
	struct output out;
	if (output_open(&out, o->c.output) < 0)
		return -1;
	put_findings(out.fp, !o->c.output && want_color(stdout), o, repo, l);
	return output_close(&out);
}

/* The repository config: rules under the command line's, tables where the
 * command line gave none.  Returns the config (or NULL when there is none)
 * and sets *bad on trouble. */
static struct plan_config *open_config(struct opts *o, const char *first,
				       bool *bad)
{
	*bad = false;
	if (o->no_config)
		return NULL;
	struct plan_config *c = open_repo_config(o->config_path, first,
						 o->c.tables, o->c.have_regions,
						 o->c.have_nomenclature, bad);
	if (!c)
		return NULL;
	struct plan_rule_config merged;
	plan_rule_config_init(&merged);
	plan_config_rules(c, &merged);
	for (int r = 0; r < RULE_COUNT; r++)
		if (o->config.severity[r] != PLAN_SEV_DEFAULT)
			merged.severity[r] = o->config.severity[r];
	o->config = merged;
	return c;
}

static void fix_note(void *ctx, const char *file, const char *why)
{
	(void)ctx;
	trouble(_("%s: not fixed: %s"), file, why);
}

/* --fix: the patch on stdout (or -o), the findings it does not fix on
 * stderr. */
static int emit_fix(const struct opts *o, const struct plan_repo *repo,
		    const struct plan_findings *l)
{
	size_t n = plan_findings_count(l);
	bool *fixed = plan_xmalloc((n + 1) * sizeof *fixed);
	char *cwd = getcwd(NULL, 0);
	struct output out;
	int r = -1;
	if (!cwd)
		trouble("%s", plan_strerror(errno));
	else if (output_open(&out, o->c.output) == 0)
		r = output_finish(&out, plan_fix_patch(out.fp, l, cwd, fixed,
							fix_note, NULL));
	struct plan_findings *rest = plan_findings_new(NULL);
	for (size_t i = 0; r == 0 && i < n; i++) {
		const struct plan_finding *f = plan_findings_get(l, i);
		if (fixed[i])
			continue;
		struct plan_pos pos = {f->file, f->line, f->column};
		plan_finding_add(rest, f->rule, f->severity, pos, f->element,
				 f->breadcrumb, f->hint, "%s", f->message);
		if (f->waived)
			plan_finding_waive(rest, plan_findings_count(rest) - 1,
					   f->waived->reason, f->waived->until);
	}
	if (r == 0 && !o->c.quiet)
		put_findings(stderr, want_color(stderr), o, repo, rest);
	plan_findings_free(rest);
	free(cwd);
	free(fixed);
	return r;
}

static int validate(struct opts *o, char *const *paths, size_t n)
{
	bool bad_config;
	struct plan_config *cfg = open_config(o, paths[0], &bad_config);
	if (!o->c.quiet)
		print_table_faults(o->c.tables, o->c.verbose);
	if (bad_config) {
		plan_config_free(cfg);
		return 2;
	}
	struct plan_schema *schema = open_schema(o);
	if (!schema) {
		plan_config_free(cfg);
		return 2;
	}
	struct plan_repo_opts ro = {
		.limits = o->limits, .schema = schema, .tables = o->c.tables,
		.config = &o->config, .jobs = o->c.jobs, .compact = true,
		.max_files = o->max_files,
	};
	struct plan_findings *l = plan_findings_new(&o->config);
	struct plan_repo *repo = load_checked(&ro, o->c.quiet, paths, n, l);
	if (cfg)
		plan_config_waive(cfg, l, waiver_today(), print_note, NULL);
	size_t nt = repo_trouble(repo);
	int status = exit_status(l, o->strict, nt > 0);
	if ((o->fix ? emit_fix(o, repo, l) : emit(o, repo, l)) < 0)
		status = 2;
	plan_findings_free(l);
	plan_repo_free(repo);
	plan_schema_free(schema);
	plan_config_free(cfg);
	return status;
}

int main(int argc, char **argv)
{
	struct opts o = {.max_files = 1000000};
	o.limits = (struct yload_limits)YLOAD_LIMITS_DEFAULT;
	plan_rule_config_init(&o.config);
	int status = tool_options(&tool, &o.c, &o, argc, argv);
	if (status < 0 && o.list_rules)
		status = list_rules();
	else if (status < 0 && o.print_schema)
		status = print_schema(o.print_schema);
	else if (status < 0 && o.c.tables_failed)
		status = 2;
	else if (status < 0 && optind >= argc)
		status = bad_usage(_("no path given"), NULL);
	if (status < 0)
		status = validate(&o, argv + optind, (size_t)(argc - optind));
	tool_release(&o.c);
	return status;
}
