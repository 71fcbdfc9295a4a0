/* plan-import - a planning table (CSV) into a plan document. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "base/value.h"
#include "import/import.h"
#include "yaml/ytree.h"

static const char usage_line[] =
	N_("usage: plan-import [-q] [-o file] [--force] [--map file] --kind kind\n"
	"                   [--region code] --period period [--level level]\n"
	"                   [--unit code] [--unit-name name] [--id id]\n"
	"                   [--status status] [--adopted date] [--parent id]\n"
	"                   [--regions file] [--baseline-year year] table\n");

static const char help_text[] =
	N_("Turn a table (CSV) in the standard layout, or another layout through a\n"
	"column map, into one plan document.\n"
	"\n"
	"  -o, --output FILE     write the document to FILE (atomically)\n"
	"      --force           replace FILE when it exists\n"
	"      --map FILE        column map (YAML): {column of the table: column\n"
	"                        of the standard layout}\n"
	"      --kind KIND       rpjmd, rkpd, renstra, renja, rkpdes, ...\n"
	"      --region CODE     Kemendagri region code (indonesia: national)\n"
	"      --period PERIOD   YYYY or YYYY-YYYY\n"
	"      --level LEVEL     the level, when the region code does not say it\n"
	"      --unit CODE       the unit (renstra, renja)\n"
	"      --unit-name NAME  the unit's name\n"
	"      --id ID           document id (default REGION/KIND/PERIOD)\n"
	"      --status STATUS   draft (default) or final\n"
	"      --adopted DATE    the date of penetapan (YYYY-MM-DD): adopted\n"
	"      --parent ID       a document it names in parents (repeatable)\n"
	"      --regions FILE    Kemendagri region table (CSV): region_name\n"
	"      --baseline-year YEAR  the year of kondisi awal (default: the\n"
	"                        period's first year - 1)\n"
	"  -q, --quiet           no summary line\n"
	"      --lang en|id      language of the messages: English or Indonesian\n"
	"                        (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)\n"
	"  -h, --help            this help\n"
	"      --version         print the version\n"
	"\n"
	"Each cell that cannot be read with certainty is reported as\n"
	"TABLE:ROW:COLUMN: error: ... [import] and left out of the document.\n"
	"Exit status: 0 imported, 1 cells left out or table refused, 2 usage or\n"
	"I/O trouble.\n");

struct opts {
	struct tool_opts c;
	const char *map, *period;
	int baseline_year;
	const char **parents;
	size_t nparents;
};

enum {
	OPT_MAP = 256, OPT_KIND, OPT_REGION, OPT_PERIOD, OPT_STATUS, OPT_PARENT,
	OPT_BASELINE_YEAR, OPT_ADOPTED
};

static const struct option options[] = {
	{"map", required_argument, NULL, OPT_MAP},
	{"kind", required_argument, NULL, OPT_KIND},
	{"region", required_argument, NULL, OPT_REGION},
	{"period", required_argument, NULL, OPT_PERIOD},
	{"status", required_argument, NULL, OPT_STATUS},
	{"parent", required_argument, NULL, OPT_PARENT},
	{"baseline-year", required_argument, NULL, OPT_BASELINE_YEAR},
	{"adopted", required_argument, NULL, OPT_ADOPTED},
	{NULL, 0, NULL, 0},
};

/* One option; returns -1 to go on, else the exit status. */
static int take_option(void *opts, int c, char *arg)
{
	struct opts *o = opts;
	switch (c) {
	case OPT_MAP: o->map = arg; return -1;
	case OPT_KIND:
		if ((o->c.header.kind = plan_kind_parse(arg)) == KIND_NONE)
			return bad_usage(_("unknown kind"), arg);
		return -1;
	case OPT_REGION: o->c.header.region = arg; return -1;
	case OPT_PERIOD: o->period = arg; return -1;
	case OPT_STATUS: o->c.header.status = arg; return -1;
	case OPT_PARENT:
		o->parents = plan_xrealloc(o->parents, (o->nparents + 1) *
					   sizeof *o->parents);
		o->parents[o->nparents++] = arg;
		return -1;
	case OPT_BASELINE_YEAR: {
		o->baseline_year = (int)strtol(arg, NULL, 10);
		if (strlen(arg) != 4 || o->baseline_year < 1000)
			return bad_usage(_("bad year"), arg);
		return -1;
	}
	case OPT_ADOPTED: {
		struct plan_date d;
		if (!plan_date_parse(arg, strlen(arg), &d))
			return bad_usage(_("bad date (YYYY-MM-DD, a day that "
					   "exists)"), arg);
		o->c.header.adopted = arg;
		return -1;
	}
	default: return tool_option(&o->c, c, arg);
	}
}

static const struct tool tool = {
	.name = "plan-import", .usage = usage_line, .help = help_text,
	.shared = TAKES_OUTPUT | TAKES_QUIET | TAKES_FORCE | TAKES_HEADER |
		  TAKES_REGIONS,
	.options = options, .take = take_option,
};

/* The table's bytes: a file, or standard input for "-". */
static char *read_table(const char *path, size_t *len)
{
	if (strcmp(path, "-"))
		return plan_ytree_read_file(path, (size_t)1 << 30, len);
	size_t cap = 65536, n = 0;
	char *buf = plan_xmalloc(cap);
	for (size_t r; (r = fread(buf + n, 1, cap - n, stdin)) > 0;) {
		n += r;
		if (n == cap)
			buf = plan_xrealloc(buf, cap *= 2);
	}
	if (ferror(stdin)) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/* One line each, as findings are written: the table's name, the cell's
 * text in a message or a hint, through the terminal escaper. */
static void print_problems(const struct plan_import *im, const char *table)
{
	size_t n = plan_import_problem_count(im);
	char *name = term_text(table);
	for (size_t i = 0; i < n; i++) {
		const struct plan_import_problem *p = plan_import_problem(im, i);
		const char *sev = p->sev == PLAN_IMPORT_ERROR ? "error" : "note";
		char *msg = term_text(p->message);
		if (p->row)
			fprintf(stderr, "%s:%u:%u: %s: %s [import]\n", name,
				p->row, p->column, sev, msg);
		else
			fprintf(stderr, "%s: %s: %s [import]\n", name, sev,
				msg);
		free(msg);
		if (!p->hint)
			continue;
		char *hint = term_text(p->hint);
		fprintf(stderr, "    %s%s\n", _("hint: "), hint);
		free(hint);
	}
	free(name);
}

static void summary(const struct plan_import *im, const char *table)
{
	struct plan_import_counts c = plan_import_counts(im);
	size_t e = plan_import_error_count(im);
	char *name = term_text(table);
	fprintf(stderr, "%s: ", name);
	free(name);
	fprintf(stderr, plan_trn("%zu row", "%zu rows", c.rows), c.rows);
	fputs(", ", stderr);
	fprintf(stderr, plan_trn("%zu element", "%zu elements", c.elements),
		c.elements);
	fputs(", ", stderr);
	fprintf(stderr, plan_trn("%zu indicator", "%zu indicators",
				 c.indicators), c.indicators);
	fputs(", ", stderr);
	fprintf(stderr, plan_trn("%zu target", "%zu targets", c.targets),
		c.targets);
	fputs(", ", stderr);
	fprintf(stderr, plan_trn("%zu pagu", "%zu pagu", c.budgets), c.budgets);
	fputs(": ", stderr);
	fprintf(stderr, plan_trn("%zu error", "%zu errors", e), e);
	fputc('\n', stderr);
}

static int run(struct opts *o, const char *table)
{
	char err[512];
	struct plan_arena *a = plan_arena_new();
	struct plan_header *h = &o->c.header;
	h->parents = o->parents;
	h->nparents = o->nparents;
	int status = 2;
	struct plan_import_map *map = NULL;
	struct plan_import *im = NULL;
	char *buf = NULL;
	size_t len = 0;
	if (!o->period || plan_header_period(h, o->period) < 0) {
		status = bad_usage(o->period ? _("bad period (YYYY or "
						 "YYYY-YYYY)")
				   : _("no period given (--period)"), o->period);
		goto out;
	}
	if (plan_header_complete(h, o->c.tables, a, err, sizeof err) < 0) {
		trouble("%s", err);
		goto out;
	}
	if (o->map && !(map = plan_import_map_load(o->map, err, sizeof err))) {
		trouble("%s", err);
		goto out;
	}
	if (!(buf = read_table(table, &len))) {
		trouble("%s: %s", table, plan_strerror(errno));
		goto out;
	}
	struct plan_import_opts io = {h, map, o->baseline_year, table};
	im = plan_import_read(buf, len, table, &io);
	print_problems(im, table);
	if (plan_import_refused(im)) {
		status = 1;
		goto out;
	}
	struct output out;
	if (output_open_new(&out, o->c.output, o->c.force) < 0)
		goto out;
	if (output_finish(&out, plan_import_write(out.fp, im)) < 0)
		goto out;
	if (!o->c.quiet)
		summary(im, table);
	status = plan_import_error_count(im) ? 1 : 0;
out:
	plan_import_free(im);
	plan_import_map_free(map);
	free(buf);
	plan_arena_free(a);
	return status;
}

int main(int argc, char **argv)
{
	struct opts o = {0};
	int status = tool_options(&tool, &o.c, &o, argc, argv);
	if (status < 0 && o.c.tables_failed)
		status = 2;
	else if (status < 0 && o.c.header.kind == KIND_NONE)
		status = bad_usage(_("no kind given (--kind)"), NULL);
	else if (status < 0 && optind != argc - 1)
		status = bad_usage(optind >= argc ? _("no table given")
				   : _("one table at a time"), NULL);
	if (status < 0)
		print_table_faults(o.c.tables, false);
	if (status < 0)
		status = run(&o, argv[optind]);
	tool_release(&o.c);
	free(o.parents);
	return status;
}
