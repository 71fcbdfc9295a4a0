/* plan-new - the skeleton of a new plan document. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "import/import.h"

static const char usage_line[] =
	N_("usage: plan-new [-o file] [--force] [--level level] [--unit code]\n"
	"                [--unit-name name] [--id id] [--regions file]\n"
	"                kind region period\n");

static const char help_text[] =
	N_("Print the skeleton of a new plan document: the header filled in, the\n"
	"parents the kind usually names and examples of its sections, as\n"
	"comments.  REGION is a Kemendagri code (indonesia for national kinds);\n"
	"PERIOD is YYYY or YYYY-YYYY (one year of a five-year kind starts its\n"
	"period).\n"
	"\n"
	"  -o, --output FILE     write the document to FILE (atomically)\n"
	"      --force           replace FILE when it exists\n"
	"      --level LEVEL     nagari or kelurahan for a four-part region code\n"
	"                        (default desa)\n"
	"      --unit CODE       the unit's code (renstra, renja, renstra-kl,\n"
	"                        renja-kl)\n"
	"      --unit-name NAME  the unit's name\n"
	"      --id ID           document id (default REGION/KIND/PERIOD)\n"
	"      --regions FILE    Kemendagri region table (CSV): region_name\n"
	"      --lang en|id      language of the messages: English or Indonesian\n"
	"                        (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)\n"
	"  -h, --help            this help\n"
	"      --version         print the version\n"
	"\n"
	"Exit status: 0 written, 2 usage or I/O trouble.\n");

struct opts {
	struct plan_header h;
	const char *output;
	bool force;
	struct plan_tables *tables;
	bool tables_failed;
};

enum {
	OPT_FORCE = 256, OPT_LEVEL, OPT_UNIT, OPT_UNIT_NAME, OPT_ID,
	OPT_REGIONS, OPT_VERSION
};

static const char shortopts[] = "o:h";

static const struct option longopts[] = {
	{"output", required_argument, NULL, 'o'},
	{"force", no_argument, NULL, OPT_FORCE},
	{"level", required_argument, NULL, OPT_LEVEL},
	{"unit", required_argument, NULL, OPT_UNIT},
	{"unit-name", required_argument, NULL, OPT_UNIT_NAME},
	{"id", required_argument, NULL, OPT_ID},
	{"regions", required_argument, NULL, OPT_REGIONS},
	LANG_OPTION,
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, OPT_VERSION},
	{NULL, 0, NULL, 0},
};

static int take_option(struct opts *o, int c, const char *arg)
{
	switch (c) {
	case 'o': o->output = arg; return -1;
	case OPT_FORCE: o->force = true; return -1;
	case OPT_LEVEL:
		if ((o->h.level = plan_level_parse(arg)) == LEVEL_NONE)
			return bad_usage(_("unknown level"), arg);
		return -1;
	case OPT_UNIT: o->h.unit_code = arg; return -1;
	case OPT_UNIT_NAME: o->h.unit_name = arg; return -1;
	case OPT_ID: o->h.id = arg; return -1;
	case OPT_REGIONS:
		if (load_regions(o->tables, arg) < 0)
			o->tables_failed = true;
		return -1;
	case OPT_LANG: return lang_option(arg);
	case 'h': fputs(_(usage_line), stdout); fputs(_(help_text), stdout); return 0;
	case OPT_VERSION: printf("plan-new %s\n", PLAN_VERSION); return 0;
	default: return bad_usage(NULL, NULL);
	}
}

/* The skeleton must validate clean: a finding means the options asked
 * for a document the contract does not allow. */
static int self_check(const struct opts *o, const char *text, size_t len)
{
	struct plan_findings *f = plan_findings_new(NULL);
	plan_text_check(text, len, "-", o->tables, f);
	plan_findings_sort(f);
	size_t n = plan_findings_count(f);
	for (size_t i = 0; i < n; i++) {
		const struct plan_finding *x = plan_findings_get(f, i);
		trouble(_("such a document would not validate: %s [%s]"),
			x->message, plan_rule_info(x->rule)->name);
	}
	plan_findings_free(f);
	return n ? -1 : 0;
}

static int run(struct opts *o, char **args)
{
	char err[512];
	struct plan_arena *a = plan_arena_new();
	char *text = NULL;
	size_t len = 0;
	int status = 2;
	if ((o->h.kind = plan_kind_parse(args[0])) == KIND_NONE) {
		status = bad_usage(_("unknown kind"), args[0]);
		goto out;
	}
	o->h.region = args[1];
	if (plan_header_period(&o->h, args[2]) < 0) {
		status = bad_usage(_("bad period (YYYY or YYYY-YYYY)"), args[2]);
		goto out;
	}
	if (plan_header_complete(&o->h, o->tables, a, err, sizeof err) < 0) {
		trouble("%s", err);
		goto out;
	}
	if (o->h.unit_code && !o->h.unit_name) {
		trouble(_("kind '%s' needs the unit's name too "
			  "(--unit-name)"),
			args[0]);
		goto out;
	}
	FILE *m = open_memstream(&text, &len);
	if (!m) {
		trouble("%s", plan_strerror(errno));
		goto out;
	}
	int w = plan_skeleton_write(m, &o->h, o->tables);
	if (fclose(m) != 0 || w < 0) {
		trouble("%s", plan_strerror(errno ? errno : ENOMEM));
		goto out;
	}
	if (self_check(o, text, len) < 0)
		goto out;
	struct output out;
	if (output_open_new(&out, o->output, o->force) < 0)
		goto out;
	fwrite(text, 1, len, out.fp);
	if (output_close(&out) < 0)
		goto out;
	status = 0;
out:
	free(text);
	plan_arena_free(a);
	return status;
}

int main(int argc, char **argv)
{
	progname = "plan-new";
	progusage = usage_line;
	struct opts o = {0};
	o.tables = plan_tables_new();
	lang_init(argc, argv, shortopts, longopts);
	int status = -1;
	for (int c; status < 0 &&
		    (c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1;)
		status = take_option(&o, c, optarg);
	if (status < 0 && o.tables_failed)
		status = 2;
	else if (status < 0 && argc - optind != 3)
		status = bad_usage(_("give kind, region and period"), NULL);
	if (status < 0)
		print_table_faults(o.tables, false);
	if (status < 0)
		status = run(&o, argv + optind);
	plan_tables_free(o.tables);
	return status;
}
