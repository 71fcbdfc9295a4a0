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
	"A document that plan-validate would give an error is refused; its\n"
	"warnings are told on stderr as notes, and the document is written.\n"
	"\n"
	"Exit status: 0 written, 2 usage or I/O trouble.\n");

/* Every option of plan-new is one of plan-import's too. */
static const struct tool tool = {
	.name = "plan-new", .usage = usage_line, .help = help_text,
	.shared = TAKES_OUTPUT | TAKES_FORCE | TAKES_HEADER | TAKES_REGIONS,
};

/* The skeleton is checked as plan-validate checks it: an error means the
 * options asked for a document the contract does not allow, and is
 * refused; a warning (a transitional RPD of four years) is what
 * plan-validate lets pass, so the document is written and the warning
 * told as a note. */
static int self_check(const struct tool_opts *o, const char *text,
		      size_t len)
{
	struct plan_findings *f = plan_findings_new(NULL);
	plan_text_check(text, len, "-", o->tables, f);
	plan_findings_sort(f);
	size_t n = plan_findings_count(f), errors = 0;
	for (size_t i = 0; i < n; i++)
		errors += plan_findings_get(f, i)->severity == PLAN_SEV_ERROR;
	for (size_t i = 0; i < n; i++) {
		const struct plan_finding *x = plan_findings_get(f, i);
		const char *rule = plan_rule_info(x->rule)->name;
		if (x->severity == PLAN_SEV_ERROR)
			trouble(_("such a document would not validate: %s "
				  "[%s]"), x->message, rule);
		else if (!errors)
			note(_("plan-validate will say: %s: %s [%s]"),
			     plan_severity_name(x->severity), x->message, rule);
	}
	plan_findings_free(f);
	return errors ? -1 : 0;
}

static int run(struct tool_opts *o, char **args)
{
	char err[512];
	struct plan_arena *a = plan_arena_new();
	char *text = NULL;
	size_t len = 0;
	int status = 2;
	if ((o->header.kind = plan_kind_parse(args[0])) == KIND_NONE) {
		status = bad_usage(_("unknown kind"), args[0]);
		goto out;
	}
	o->header.region = args[1];
	if (plan_header_period(&o->header, args[2]) < 0) {
		status = bad_usage(_("bad period (YYYY or YYYY-YYYY)"), args[2]);
		goto out;
	}
	if (plan_header_complete(&o->header, o->tables, a, err,
				 sizeof err) < 0) {
		trouble("%s", err);
		goto out;
	}
	if (o->header.unit_code && !o->header.unit_name) {
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
	int w = plan_skeleton_write(m, &o->header, o->tables);
	if (fclose(m) != 0 || w < 0) {
		trouble("%s", plan_strerror(errno ? errno : ENOMEM));
		goto out;
	}
	if (self_check(o, text, len) < 0)
		goto out;
	struct output out;
	if (output_open_new(&out, o->output, o->force) < 0)
		goto out;
	bool written = fwrite(text, 1, len, out.fp) == len;
	if (output_finish(&out, written ? 0 : -1) < 0)
		goto out;
	status = 0;
out:
	free(text);
	plan_arena_free(a);
	return status;
}

int main(int argc, char **argv)
{
	struct tool_opts o;
	int status = tool_options(&tool, &o, NULL, argc, argv);
	if (status < 0 && o.tables_failed)
		status = 2;
	else if (status < 0 && argc - optind != 3)
		status = bad_usage(_("give kind, region and period"), NULL);
	if (status < 0)
		print_table_faults(o.tables, false);
	if (status < 0)
		status = run(&o, argv + optind);
	tool_release(&o);
	return status;
}
