/* plan-trace - the supports chain: up, down, orphans, coverage,
 * fingerprints (SPEC 7).  Options, loading, the exit status: the analyses
 * are lib/trace/trace.c, the writers lib/trace/trace_out.c. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common.h"
#include "repo/config.h"
#include "repo/repo.h"
#include "tables/tables.h"
#include "trace/trace.h"
#include "trace/trace_out.h"

static const char usage_line[] =
	N_("usage: plan-trace [-q] [-f format] [--excel] [-o file] [-j jobs]\n"
	"                  [--regions file] [--verbose]\n"
	"                  (--up ref | --down ref | --orphans | --coverage [doc|ref] |\n"
	"                   --fingerprint ref) path...\n");

static const char help_text[] =
	N_("Follow the supports links between plans, both ways.\n"
	"\n"
	"      --up REF          the chain from element REF (doc#element) up to the top\n"
	"      --down REF        every element below that supports REF, as a tree\n"
	"      --orphans         elements that should support something and do not\n"
	"      --coverage [DOC|REF]  which lower regions support each element of\n"
	"                        DOC (or the one element REF; default: the documents\n"
	"                        of the highest level loaded); the word after\n"
	"                        --coverage is taken as DOC or REF unless it is a path\n"
	"      --fingerprint REF the fingerprint to write in a `reviewed:` field\n"
	"  -f, --format FORMAT   text (default), json, csv or dot\n"
	"      --excel           csv for a spreadsheet: ';' between fields, a byte-order\n"
	"                        mark, decimal commas\n"
	"  -o, --output FILE     write to FILE (atomically)\n"
	"  -q, --quiet           print nothing; the exit status tells\n"
	"      --regions FILE    Kemendagri region table (CSV): region names, and\n"
	"                        every region counted by --coverage\n"
	"      --verbose         list every faulty row of the region table\n"
	"  -j, --jobs N          files loaded in parallel (default: all cores)\n"
	"      --lang en|id      language of the messages: English or Indonesian\n"
	"                        (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)\n"
	"  -h, --help            this help\n"
	"      --version         print the version\n"
	"\n"
	"Exit status: 0 all well, 1 orphans or coverage gaps found (a region\n"
	"with no plan loaded is not a gap),\n"
	"2 unknown reference, usage or I/O trouble.\n");

enum mode { MODE_NONE, MODE_UP, MODE_DOWN, MODE_ORPHANS, MODE_COVERAGE,
	    MODE_FINGERPRINT };
struct opts {
	struct tool_opts c;
	enum mode mode;
	const char *target;		/* REF or DOC; NULL for none */
	char **paths;
	size_t npaths;
	bool coverage_pending;		/* bare --coverage: the next word may
					   be its target */
};

enum {
	OPT_UP = 256, OPT_DOWN, OPT_ORPHANS, OPT_COVERAGE, OPT_FINGERPRINT
};

static const struct option options[] = {
	{"up", required_argument, NULL, OPT_UP},
	{"down", required_argument, NULL, OPT_DOWN},
	{"orphans", no_argument, NULL, OPT_ORPHANS},
	{"coverage", optional_argument, NULL, OPT_COVERAGE},
	{"fingerprint", required_argument, NULL, OPT_FINGERPRINT},
	{NULL, 0, NULL, 0},
};

/* ---- Options -------------------------------------------------------- */

static int set_mode(struct opts *o, enum mode m, const char *target)
{
	if (o->mode != MODE_NONE)
		return bad_usage(_("give only one of --up, --down, --orphans, "
				 "--coverage and --fingerprint"), NULL);
	o->mode = m;
	o->target = target;
	o->coverage_pending = m == MODE_COVERAGE && !target;
	return -1;
}

/* A word after a bare --coverage is its target unless it is a path: a
 * reference with '#', or nothing on disk. */
static void take_operand(struct opts *o, char *arg)
{
	struct stat st;
	if (o->coverage_pending && (strchr(arg, '#') || stat(arg, &st) < 0)) {
		o->target = arg;
		o->coverage_pending = false;
		return;
	}
	o->coverage_pending = false;
	o->paths[o->npaths++] = arg;
}

/* One option; returns -1 to go on, else the exit status. */
static int take_option(void *opts, int c, char *arg)
{
	struct opts *o = opts;
	if (c != 1)
		o->coverage_pending = false;
	switch (c) {
	case 1: take_operand(o, arg); return -1;
	case OPT_UP: return set_mode(o, MODE_UP, arg);
	case OPT_DOWN: return set_mode(o, MODE_DOWN, arg);
	case OPT_ORPHANS: return set_mode(o, MODE_ORPHANS, NULL);
	case OPT_COVERAGE: return set_mode(o, MODE_COVERAGE, arg);
	case OPT_FINGERPRINT: return set_mode(o, MODE_FINGERPRINT, arg);
	default: return tool_option(&o->c, c, arg);
	}
}

/* Operands in order: a bare --coverage sees the word that follows it. */
static const struct tool tool = {
	.name = "plan-trace", .usage = usage_line, .help = help_text,
	.shared = TAKES_FORMAT | TAKES_EXCEL | TAKES_OUTPUT | TAKES_QUIET |
		  TAKES_JOBS | TAKES_REGIONS | TAKES_VERBOSE,
	.options = options, .take = take_option, .in_order = true,
	.format_parse = plan_trace_format_parse, .csv = PLAN_TRACE_CSV,
};

/* Parse argv into o; returns -1 to go on, else the exit status. */
static int parse_args(struct opts *o, int argc, char **argv)
{
	o->paths = plan_xmalloc((size_t)argc * sizeof *o->paths);
	int status = tool_options(&tool, &o->c, o, argc, argv);
	for (int i = optind; status < 0 && i < argc; i++)
		o->paths[o->npaths++] = argv[i];
	if (status >= 0)
		return status;
	if (o->c.tables_failed)
		return 2;
	if (o->mode == MODE_NONE)
		return bad_usage(_("give one of --up, --down, --orphans, "
				 "--coverage and --fingerprint"), NULL);
	if (!o->npaths)
		return bad_usage(_("no path given"), NULL);
	if (o->mode == MODE_FINGERPRINT && o->c.format == PLAN_TRACE_DOT)
		return bad_usage(_("--fingerprint has no dot format"), NULL);
	return excel_format(&o->c);
}

/* ---- Running -------------------------------------------------------- */

/* Why ref cannot be used, on stderr; exit status 2. */
static int bad_ref(const struct plan_lookup *l, const char *ref)
{
	const char *hash = strchr(ref, '#');
	int dlen = hash ? (int)(hash - ref) : (int)strlen(ref);
	switch (l->status) {
	case PLAN_LOOKUP_DOCUMENT:
		trouble(_("'%s' names a document: give an element as '%s#ID'"),
			ref, ref);
		return 2;
	case PLAN_LOOKUP_AMBIGUOUS:
		trouble(_("'%s' is ambiguous: elements of different units share "
			"this code (give them explicit ids)"), ref);
		return 2;
	default:
		break;
	}
	char *what = l->status == PLAN_LOOKUP_NO_DOCUMENT
		? format_text(_("no document '%.*s' is loaded"), dlen, ref)
		: format_text(_("document '%.*s' has no element '%s'"), dlen,
			      ref, hash + 1);
	char *also = l->suggestion
		? format_text(_("; did you mean '%s'?"), l->suggestion) : NULL;
	trouble("%s%s", what, also ? also : "");
	free(what);
	free(also);
	return 2;
}

/* The element (or, when doc_ok, document) named by ref; 2 after saying
 * why not, else 0. */
static int find_target(const struct plan_repo *r, const char *ref,
		       bool doc_ok, const struct plan_doc **d,
		       const struct plan_element **e)
{
	struct plan_lookup l;
	plan_lookup(&l, r, ref);
	int status = 0;
	if (l.status == PLAN_LOOKUP_ELEMENT ||
	    (doc_ok && l.status == PLAN_LOOKUP_DOCUMENT)) {
		*d = l.doc;
		*e = l.el;
	} else {
		status = bad_ref(&l, ref);
	}
	plan_lookup_release(&l);
	return status;
}

static int open_out(const struct opts *o, struct output *file,
		    struct plan_trace_out *w)
{
	if (output_open(file, o->c.output) < 0)
		return -1;
	bool color = o->c.format == PLAN_TRACE_TEXT && !o->c.output &&
		     want_color(stdout);
	*w = (struct plan_trace_out){file->fp, o->c.format, color, o->c.tables,
				     PLAN_VERSION, o->c.excel};
	return 0;
}

static int run_tree(const struct opts *o, const struct plan_trace_out *w,
		    const struct plan_repo *r, const struct plan_doc *d,
		    const struct plan_element *e)
{
	struct plan_trace t;
	plan_trace_build(&t, r, d, e, o->mode == MODE_UP ? PLAN_TRACE_UP
							 : PLAN_TRACE_DOWN);
	if (!o->c.quiet)
		plan_trace_write_tree(w, &t);
	plan_trace_release(&t);
	return 0;
}

static int run_orphans(const struct opts *o, const struct plan_trace_out *w,
		       const struct plan_repo *r)
{
	struct plan_orphans l;
	plan_orphans_find(&l, r);
	if (!o->c.quiet)
		plan_trace_write_orphans(w, &l);
	int status = l.n > 0;
	plan_orphans_release(&l);
	return status;
}

static int run_coverage(const struct opts *o, const struct plan_trace_out *w,
			const struct plan_repo *r, const struct plan_doc *d,
			const struct plan_element *e)
{
	struct plan_coverage c;
	plan_coverage_init(&c, r, o->c.tables);
	if (d)
		plan_coverage_add(&c, d, e);
	else
		plan_coverage_add_top(&c);
	if (d && !e && !c.nitems && !o->c.quiet)
		note(_("no element of '%s' is counted: coverage counts the "
		       "elements of rpjpn, rpjmn and rkp, and the tujuan, "
		       "sasaran and programs of rpjpd, rpjmd and rkpd"),
		     d->id.s);
	if (!o->c.quiet)
		plan_trace_write_coverage(w, &c);
	int status = c.gaps > 0;
	plan_coverage_release(&c);
	return status;
}

/* Run the mode on the loaded repository; returns the exit status. */
static int analyse(const struct opts *o, const struct plan_repo *r)
{
	const struct plan_doc *d = NULL;
	const struct plan_element *e = NULL;
	bool need = o->mode != MODE_ORPHANS &&
		    (o->mode != MODE_COVERAGE || o->target);
	if (need && find_target(r, o->target, o->mode == MODE_COVERAGE, &d,
				&e))
		return 2;
	struct output file;
	struct plan_trace_out w = {.format = o->c.format};
	if (!o->c.quiet && open_out(o, &file, &w) < 0)
		return 2;
	int status = 0;
	if (o->mode == MODE_UP || o->mode == MODE_DOWN)
		status = run_tree(o, &w, r, d, e);
	else if (o->mode == MODE_ORPHANS)
		status = run_orphans(o, &w, r);
	else if (o->mode == MODE_COVERAGE)
		status = run_coverage(o, &w, r, d, e);
	else if (!o->c.quiet)
		plan_trace_write_fingerprint(&w, d, e);
	if (!o->c.quiet && output_close(&file) < 0)
		status = 2;
	return status;
}

/* Files that did not parse declare nothing: say so, once per file, as a
 * trace through them would silently stop. */
static void warn_unparsed(const struct opts *o, const struct plan_findings *l)
{
	const char *last = NULL;
	for (size_t i = 0; !o->c.quiet && i < plan_findings_count(l); i++) {
		const struct plan_finding *f = plan_findings_get(l, i);
		if (!plan_rule_unread(f->rule) ||
		    (last && !strcmp(last, f->file)))
			continue;
		last = f->file;
		warning(_("%s: not read as a plan (see plan-validate)"),
			f->file);
	}
}

/* The region table of the repository's `.plan.yaml` (searched upward
 * from the first path), unless --regions gave one.  Returns 0, or -1
 * after printing trouble. */
static int config_regions(struct opts *o)
{
	bool bad = false;
	if (!o->c.have_regions)
		plan_config_free(open_repo_config(NULL, o->paths[0],
						  o->c.tables, false, true,
						  &bad));
	if (!o->c.quiet)
		print_table_faults(o->c.tables, o->c.verbose);
	return bad ? -1 : 0;
}

static int trace(struct opts *o)
{
	if (config_regions(o) < 0)
		return 2;
	struct plan_repo_opts ro = {
		.limits = YLOAD_LIMITS_DEFAULT, .tables = o->c.tables,
		.jobs = o->c.jobs, .compact = true,
	};
	struct plan_findings *l = plan_findings_new(NULL);
	struct plan_repo *r = load_checked(&ro, o->c.quiet, o->paths, o->npaths,
					   l);
	warn_unparsed(o, l);
	size_t nt = repo_trouble(r);
	int status = plan_repo_doc_count(r) || !nt ? analyse(o, r) : 2;
	plan_findings_free(l);
	plan_repo_free(r);
	return nt ? 2 : status;
}

int main(int argc, char **argv)
{
	struct opts o = {0};
	int status = parse_args(&o, argc, argv);
	if (status < 0)
		status = trace(&o);
	free(o.paths);
	tool_release(&o.c);
	return status;
}
