/* plan-report - a plan repository summarised in tables and charts. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common.h"
#include "repo/config.h"
#include "base/finding.h"
#include "report/report.h"
#include "repo/repo.h"
#include "schema/schema.h"
#include "tables/tables.h"
#include "base/value.h"

static const char usage_line[] =
	N_("usage: plan-report [-q] [-f md|csv|html] [--excel] [-o file] [--table name]\n"
	"                   [--level level] [--region prefix] [--year year]\n"
	"                   [--lang en|id] [--regions file] [--verbose] path...\n");

static const char help_text[] =
	N_("Summarise plan documents (YAML) in tables and charts.\n"
	"\n"
	"  -f, --format FORMAT   md (default), csv or html (one self-contained\n"
	"                        file with charts)\n"
	"      --excel           csv for a spreadsheet: ';' between fields, a byte-order\n"
	"                        mark, decimal commas\n"
	"  -o, --output FILE     write to FILE (atomically); with csv and no\n"
	"                        --table, a directory: one NAME.csv per table\n"
	"      --table NAME      only this table (csv: required without -o DIR)\n"
	"      --level LEVEL     only documents of this level (nasional, provinsi,\n"
	"                        kabupaten, kota, kecamatan, desa, nagari)\n"
	"      --region PREFIX   only regions under this code (13 takes 13.71)\n"
	"      --year YEAR       only this year's budgets and targets\n"
	"      --lang en|id      language of the report and the messages: English\n"
	"                        or Indonesian (default: from LANGUAGE, LC_ALL,\n"
	"                        LC_MESSAGES, LANG)\n"
	"      --regions FILE    Kemendagri region table (CSV), for names and the\n"
	"                        regions expected in the Satu Data table\n"
	"      --indicators FILE indicators table (CSV, repeatable): the Satu\n"
	"                        Data table\n"
	"      --verbose         list every faulty row of the tables, not one line\n"
	"                        per table\n"
	"      --no-config       do not read a .plan.yaml\n"
	"  -q, --quiet           no progress or notes on stderr\n"
	"  -h, --help            this help\n"
	"      --version         print the version\n"
	"\n"
	"Tables: documents, document-counts, budget-documents, budget-year,\n"
	"budget-level, budget-region, budget-urusan, budget-program, indicators,\n"
	"satudata, tik-items, tik-summary, coverage, coverage-region, validation,\n"
	"left-out.\n"
	"\n"
	"Exit status: 0 report written (findings in the plans do not fail it),\n"
	"2 usage or I/O trouble.\n");

enum out_format { OUT_MD, OUT_CSV, OUT_HTML };

struct opts {
	struct tool_opts c;
	const char *table;
	bool no_config;
	struct plan_report_opts report;
};

enum { OPT_TABLE = 256, OPT_LEVEL, OPT_REGION, OPT_YEAR, OPT_NO_CONFIG };

static const struct option options[] = {
	{"table", required_argument, NULL, OPT_TABLE},
	{"level", required_argument, NULL, OPT_LEVEL},
	{"region", required_argument, NULL, OPT_REGION},
	{"year", required_argument, NULL, OPT_YEAR},
	{"no-config", no_argument, NULL, OPT_NO_CONFIG},
	{NULL, 0, NULL, 0},
};

static bool known_table(const char *name)
{
	for (size_t i = 0; plan_report_table_names[i]; i++)
		if (strcmp(plan_report_table_names[i], name) == 0)
			return true;
	return false;
}

/* A region code prefix: digit groups joined by dots. */
static bool region_prefix_ok(const char *s)
{
	bool digit = false;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digit = true;
		else if (*s == '.' && digit)
			digit = false;
		else
			return false;
	}
	return digit;
}

static int format_parse(const char *arg)
{
	if (strcmp(arg, "md") == 0 || strcmp(arg, "markdown") == 0)
		return OUT_MD;
	if (strcmp(arg, "csv") == 0)
		return OUT_CSV;
	if (strcmp(arg, "html") == 0)
		return OUT_HTML;
	return -1;
}

/* One option; returns -1 to go on, else the exit status. */
static int take_option(void *opts, int c, char *arg)
{
	struct opts *o = opts;
	switch (c) {
	case OPT_TABLE:
		if (!known_table(arg))
			return bad_usage(_("unknown table (see --help):"), arg);
		o->table = arg;
		return -1;
	case OPT_LEVEL:
		o->report.level = plan_level_parse(arg);
		return o->report.level == LEVEL_NONE
			? bad_usage(_("unknown level"), arg) : -1;
	case OPT_REGION:
		if (!region_prefix_ok(arg))
			return bad_usage(_("bad region code"), arg);
		o->report.region = arg;
		return -1;
	case OPT_YEAR:
		o->report.year = plan_year_parse(arg, strlen(arg));
		return o->report.year < 0 ? bad_usage(_("bad year"), arg) : -1;
	case OPT_NO_CONFIG: o->no_config = true; return -1;
	default: return tool_option(&o->c, c, arg);
	}
}

static const struct tool tool = {
	.name = "plan-report", .usage = usage_line, .help = help_text,
	.shared = TAKES_FORMAT | TAKES_EXCEL | TAKES_OUTPUT | TAKES_QUIET |
		  TAKES_REGIONS | TAKES_INDICATORS | TAKES_VERBOSE,
	.options = options, .take = take_option,
	.format_parse = format_parse, .csv = OUT_CSV,
};

/* ---- Findings as plan-validate finds them --------------------------- */

/* The repository config, as plan-validate reads it: rule severities,
 * the region table when none was given, waivers.  NULL when there is
 * none; *bad on trouble. */
static struct plan_config *open_config(struct opts *o, const char *first,
				       struct plan_rule_config *rc, bool *bad)
{
	*bad = false;
	if (o->no_config)
		return NULL;
	struct plan_config *c = open_repo_config(NULL, first, o->c.tables,
						 o->c.have_regions, false, bad);
	if (c)
		plan_config_rules(c, rc);
	return c;
}

/* ---- Output --------------------------------------------------------- */

static int write_one(const struct opts *o, const struct plan_report *rep,
		     FILE *fp)
{
	switch (o->c.format) {
	case OUT_CSV:
		return plan_report_write_csv(fp, plan_report_find(rep, o->table),
					     o->c.excel);
	case OUT_HTML:
		return plan_report_write_html(fp, rep, o->table);
	default:
		return plan_report_write_md(fp, rep, o->table);
	}
}

static int write_file(const struct opts *o, const struct plan_report *rep)
{
	struct output out;
	if (output_open(&out, o->c.output) < 0)
		return -1;
	return output_finish(&out, write_one(o, rep, out.fp));
}

/* csv without --table: DIR/NAME.csv for every table, each atomic. */
static int write_dir(const char *dir, const struct plan_report *rep,
		     bool excel)
{
	struct stat st;
	if (mkdir(dir, 0777) < 0 && (errno != EEXIST || stat(dir, &st) < 0 ||
				     !S_ISDIR(st.st_mode))) {
		trouble("%s: %s", dir, errno == EEXIST ? _("not a directory")
						       : plan_strerror(errno));
		return -1;
	}
	for (size_t i = 0; i < plan_report_table_count(rep); i++) {
		const struct plan_rtable *t = plan_report_table(rep, i);
		size_t n = strlen(dir) + strlen(t->name) + 6;
		char *path = malloc(n);
		struct plan_atomic w;
		if (!path)
			return -1;
		snprintf(path, n, "%s/%s.csv", dir, t->name);
		int r = atomic_open_guarded(&w, path);
		if (r == 0 && plan_report_write_csv(w.fp, t, excel) < 0) {
			int e = errno;
			plan_atomic_abort(&w);
			errno = e;
			r = -1;
		} else if (r == 0) {
			r = plan_atomic_commit(&w);
		}
		unguard_tmp();
		if (r < 0)
			trouble("%s: %s", path, plan_strerror(errno));
		free(path);
		if (r < 0)
			return -1;
	}
	return 0;
}

static int emit(const struct opts *o, const struct plan_report *rep)
{
	if (o->c.format == OUT_CSV && !o->table)
		return write_dir(o->c.output, rep, o->c.excel);
	return write_file(o, rep);
}

static int report(struct opts *o, char *const *paths, size_t n)
{
	struct plan_rule_config rc;
	bool bad;
	plan_rule_config_init(&rc);
	struct plan_config *cfg = open_config(o, paths[0], &rc, &bad);
	if (!o->c.quiet)
		print_table_faults(o->c.tables, o->c.verbose);
	char err[512];
	struct plan_schema *schema = bad ? NULL
		: plan_schema_builtin(err, sizeof err);
	if (!bad && !schema)
		trouble("%s", err);
	if (!schema) {
		plan_config_free(cfg);
		return 2;
	}
	struct plan_repo_opts ro = {
		.limits = YLOAD_LIMITS_DEFAULT, .schema = schema,
		.tables = o->c.tables, .config = &rc, .jobs = cpu_count(),
		.compact = true,
	};
	struct plan_findings *l = plan_findings_new(&rc);
	struct plan_repo *repo = load_checked(&ro, o->c.quiet, paths, n, l);
	if (cfg)
		plan_config_waive(cfg, l, waiver_today(), print_note,
				  &o->c.quiet);
	size_t nt = repo_trouble(repo);
	o->report.tables = o->c.tables;
	struct plan_report *rep = plan_report_build(repo, l, &o->report);
	plan_findings_free(l);
	plan_repo_free(repo);
	int status = nt ? 2 : 0;
	if (emit(o, rep) < 0)
		status = 2;
	plan_report_free(rep);
	plan_schema_free(schema);
	plan_config_free(cfg);
	return status;
}

int main(int argc, char **argv)
{
	struct opts o = {0};
	o.report = (struct plan_report_opts){ .level = LEVEL_NONE,
					      .year = -1 };
	int status = tool_options(&tool, &o.c, &o, argc, argv);
	o.report.lang = plan_lang_get();	/* as tool_options() chose it */
	if (status < 0)
		status = excel_format(&o.c);
	if (status < 0 && o.c.tables_failed)
		status = 2;
	else if (status < 0 && optind >= argc)
		status = bad_usage(_("no path given"), NULL);
	else if (status < 0 && o.c.format == OUT_CSV && !o.table &&
		 !o.c.output)
		status = bad_usage(_("csv writes one table: give --table NAME, "
				   "or -o DIR for every table"), NULL);
	if (status < 0)
		status = report(&o, argv + optind, (size_t)(argc - optind));
	tool_release(&o.c);
	return status;
}
