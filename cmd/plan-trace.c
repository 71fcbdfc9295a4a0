/* plan-trace - the supports chain: up, down, orphans, coverage,
 * fingerprints (SPEC 7).  Options, loading and writing only: the analyses
 * are lib/trace.c. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common.h"
#include "repo/config.h"
#include "out/csvout.h"
#include "out/emit.h"
#include "model/fingerprint.h"
#include "repo/repo.h"
#include "tables/tables.h"
#include "trace/trace.h"

static const char usage_line[] =
	N_("usage: plan-trace [-q] [-f format] [--excel] [-o file] [-j jobs]\n"
	"                  [--regions file]\n"
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
	"  -j, --jobs N          files loaded in parallel (default: all cores)\n"
	"  -h, --help            this help\n"
	"      --version         print the version\n"
	"\n"
	"Exit status: 0 all well, 1 orphans or coverage gaps found (a region\n"
	"with no plan loaded is not a gap),\n"
	"2 unknown reference, usage or I/O trouble.\n");

enum mode { MODE_NONE, MODE_UP, MODE_DOWN, MODE_ORPHANS, MODE_COVERAGE,
	    MODE_FINGERPRINT };
enum format { FMT_TEXT, FMT_JSON, FMT_CSV, FMT_DOT };

struct opts {
	enum mode mode;
	const char *target;		/* REF or DOC; NULL for none */
	enum format format;
	const char *output;
	bool quiet, tables_failed, have_regions;
	bool format_given, excel;
	unsigned jobs;
	struct plan_tables *tables;
	char **paths;
	size_t npaths;
	bool coverage_pending;		/* bare --coverage: the next word may
					   be its target */
};

enum {
	OPT_UP = 256, OPT_DOWN, OPT_ORPHANS, OPT_COVERAGE, OPT_FINGERPRINT,
	OPT_REGIONS, OPT_EXCEL, OPT_VERSION
};

static const struct option longopts[] = {
	{"up", required_argument, NULL, OPT_UP},
	{"down", required_argument, NULL, OPT_DOWN},
	{"orphans", no_argument, NULL, OPT_ORPHANS},
	{"coverage", optional_argument, NULL, OPT_COVERAGE},
	{"fingerprint", required_argument, NULL, OPT_FINGERPRINT},
	{"format", required_argument, NULL, 'f'},
	{"excel", no_argument, NULL, OPT_EXCEL},
	{"output", required_argument, NULL, 'o'},
	{"quiet", no_argument, NULL, 'q'},
	{"jobs", required_argument, NULL, 'j'},
	{"regions", required_argument, NULL, OPT_REGIONS},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, OPT_VERSION},
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

static int set_format(struct opts *o, const char *arg)
{
	static const char *const names[] = {"text", "json", "csv", "dot"};
	for (int i = 0; i < 4; i++)
		if (!strcmp(arg, names[i])) {
			o->format = (enum format)i;
			o->format_given = true;
			return -1;
		}
	return bad_usage(_("unknown format"), arg);
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
static int take_option(struct opts *o, int c, char *arg)
{
	if (c != 1)
		o->coverage_pending = false;
	switch (c) {
	case 1: take_operand(o, arg); return -1;
	case OPT_UP: return set_mode(o, MODE_UP, arg);
	case OPT_DOWN: return set_mode(o, MODE_DOWN, arg);
	case OPT_ORPHANS: return set_mode(o, MODE_ORPHANS, NULL);
	case OPT_COVERAGE: return set_mode(o, MODE_COVERAGE, arg);
	case OPT_FINGERPRINT: return set_mode(o, MODE_FINGERPRINT, arg);
	case 'f': return set_format(o, arg);
	case 'o': o->output = arg; return -1;
	case 'q': o->quiet = true; return -1;
	case OPT_EXCEL: o->excel = true; return -1;
	case 'j': {
		long long n = parse_size(arg);
		if (n < 1 || n > 256)
			return bad_usage(_("bad number of jobs"), arg);
		o->jobs = (unsigned)n;
		return -1;
	}
	case OPT_REGIONS:
		o->have_regions = true;
		if (load_regions(o->tables, arg) < 0)
			o->tables_failed = true;
		return -1;
	case 'h': fputs(_(usage_line), stdout); fputs(_(help_text), stdout); return 0;
	case OPT_VERSION: printf("plan-trace %s\n", PLAN_VERSION); return 0;
	default: return bad_usage(NULL, NULL);
	}
}

/* Parse argv into o; returns -1 to go on, else the exit status.  The
 * leading '-' keeps operands in place, so a bare --coverage sees the word
 * that follows it. */
static int parse_args(struct opts *o, int argc, char **argv)
{
	int status = -1;
	o->paths = plan_xmalloc((size_t)argc * sizeof *o->paths);
	for (int c; status < 0 && (c = getopt_long(argc, argv, "-f:o:qj:h",
						   longopts, NULL)) != -1;)
		status = take_option(o, c, optarg);
	for (int i = optind; status < 0 && i < argc; i++)
		o->paths[o->npaths++] = argv[i];
	if (status >= 0)
		return status;
	if (o->tables_failed)
		return 2;
	if (o->mode == MODE_NONE)
		return bad_usage(_("give one of --up, --down, --orphans, "
				 "--coverage and --fingerprint"), NULL);
	if (!o->npaths)
		return bad_usage(_("no path given"), NULL);
	if (o->mode == MODE_FINGERPRINT && o->format == FMT_DOT)
		return bad_usage(_("--fingerprint has no dot format"), NULL);
	if (o->excel && o->format_given && o->format != FMT_CSV)
		return bad_usage(_("--excel writes csv"), NULL);
	if (o->excel)
		o->format = FMT_CSV;
	return -1;
}

/* ---- Writing: escapes and shared fields ----------------------------- */

struct out {
	FILE *fp;
	enum format format;
	bool color;
	const struct plan_tables *tables;
	struct plan_csv *csv;		/* FMT_CSV: the dialect and row state */
};

static void put_text(const struct out *o, const char *s)
{
	plan_put_text(o->fp, s ? s : "");
}

/* On a terminal: an ANSI attribute around what follows until reset. */
static void attr(const struct out *o, const char *code)
{
	if (o->color)
		fprintf(o->fp, "\033[%sm", code);
}

static void put_json(const struct out *o, const char *s)
{
	if (s)
		plan_put_json_string(o->fp, s);
	else
		fputs("null", o->fp);
}

/* A CSV cell in the dialect asked for (out/csvout.h: formula injection
 * neutralised); first says nothing more than the writer knows. */
static void csv_cell(const struct out *o, const char *s, bool first)
{
	(void)first;
	plan_csv_text(o->csv, s);
}

static void csv_num(const struct out *o, size_t n, bool first)
{
	(void)first;
	plan_csv_int(o->csv, (long long)n);
}

static void csv_end(const struct out *o)
{
	plan_csv_end(o->csv);
}

/* Text inside a Graphviz quoted string: quotes and backslashes escaped
 * (a backslash would start an escString such as \N), control characters
 * blanked. */
static void dot_chars(const struct out *o, const char *s)
{
	for (s = s ? s : ""; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(o->fp, "\\%c", c);
		else if (c == 0xc2 && (unsigned char)s[1] >= 0x80 &&
			 (unsigned char)s[1] <= 0x9f)
			fputc(' ', o->fp), s++;	/* C1 control: CSI, OSC */
		else
			fputc(c < 0x20 || c == 0x7f ? ' ' : c, o->fp);
	}
}

static void dot_str(const struct out *o, const char *s)
{
	fputc('"', o->fp);
	dot_chars(o, s);
	fputc('"', o->fp);
}

/* An element's type in json and csv: singular, stable words. */
static const char *type_name(enum plan_elem_type t)
{
	static const char *const names[EL_TYPE_COUNT] = {
		[EL_MISI] = "misi", [EL_TUJUAN] = "tujuan",
		[EL_SASARAN] = "sasaran", [EL_PROGRAM] = "program",
		[EL_KEGIATAN] = "kegiatan", [EL_SUB_KEGIATAN] = "sub_kegiatan",
		[EL_BIDANG] = "bidang", [EL_SUB_BIDANG] = "sub_bidang",
		[EL_VKEGIATAN] = "kegiatan", [EL_PROPOSAL] = "proposal",
	};
	return (unsigned)t < EL_TYPE_COUNT ? names[t] : NULL;
}

static const char *elem_ref(const struct plan_doc *d,
			    const struct plan_element *e)
{
	const char *r = plan_element_ref(d, e);
	return r ? r : d->id.s;
}

static const char *region_name(const struct out *o, const struct plan_doc *d)
{
	return plan_doc_region_display(o->tables, d);
}

/* "nagari Alahan Panjang", or "nasional" for a document without region. */
static void text_place(const struct out *o, const struct plan_doc *d)
{
	put_text(o, plan_level_name(d->level));
	if (d->region.s) {
		fputc(' ', o->fp);
		put_text(o, region_name(o, d));
	}
}

/* "nagari Alahan Panjang: 13.02.04.2001/rkpdes/2026#2.6.05  Name" */
static void text_elem(const struct out *o, const struct plan_doc *d,
		      const struct plan_element *e)
{
	text_place(o, d);
	fputs(": ", o->fp);
	attr(o, "1");
	put_text(o, elem_ref(d, e));
	attr(o, "0");
	fputs("  ", o->fp);
	put_text(o, e->name.s);
}

static void json_elem(const struct out *o, const struct plan_doc *d,
		      const struct plan_element *e)
{
	fputs("\"ref\":", o->fp);
	put_json(o, elem_ref(d, e));
	fputs(",\"document\":", o->fp);
	put_json(o, d->id.s);
	fputs(",\"element\":", o->fp);
	put_json(o, e->id);
	fputs(",\"type\":", o->fp);
	put_json(o, type_name(e->type));
	fputs(",\"name\":", o->fp);
	put_json(o, e->name.s);
	fputs(",\"level\":", o->fp);
	put_json(o, plan_level_name(d->level));
	fputs(",\"region\":", o->fp);
	put_json(o, d->region.s);
	fputs(",\"region_name\":", o->fp);
	put_json(o, region_name(o, d));
	fputs(",\"file\":", o->fp);
	put_json(o, d->file);
	fprintf(o->fp, ",\"line\":%u,\"column\":%u", e->node->line,
		e->node->column);
}

static const char elem_header[] =
	"ref,document,element,type,name,level,region,region_name,file,line,column";

static void csv_header(const struct out *o, const char *before,
		       const char *after)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s%s%s%s", before, *before ? "," : "",
		 elem_header, after);
	plan_csv_header(o->csv, buf);
}

static void csv_elem(const struct out *o, const struct plan_doc *d,
		     const struct plan_element *e, bool first)
{
	csv_cell(o, elem_ref(d, e), first);
	csv_cell(o, d->id.s, false);
	csv_cell(o, e->id, false);
	csv_cell(o, type_name(e->type), false);
	csv_cell(o, e->name.s, false);
	csv_cell(o, plan_level_name(d->level), false);
	csv_cell(o, d->region.s, false);
	csv_cell(o, region_name(o, d), false);
	csv_cell(o, d->file, false);
	csv_num(o, e->node->line, false);
	csv_num(o, e->node->column, false);
}

/* "level region\nref\nname", a node's label. */
static void dot_label(const struct out *o, const struct plan_doc *d,
		      const struct plan_element *e)
{
	fputc('"', o->fp);
	dot_chars(o, plan_level_name(d->level));
	if (d->region.s) {
		fputc(' ', o->fp);
		dot_chars(o, region_name(o, d));
	}
	fputs("\\n", o->fp);
	dot_chars(o, elem_ref(d, e));
	fputs("\\n", o->fp);
	dot_chars(o, e->name.s);
	fputc('"', o->fp);
}

static void json_head(const struct out *o, const char *mode)
{
	fprintf(o->fp, "{\"tool\":\"plan-trace\",\"version\":\"%s\","
		"\"mode\":\"%s\"", PLAN_VERSION, mode);
}

/* ---- Up and down ---------------------------------------------------- */

static const char *const mark_names[] = {
	"new", "repeat", "cycle", "not-loaded", "not-found"};

/* What follows a node in text: why it ends there, when it does. */
static const char *mark_note(enum plan_trace_mark m)
{
	switch (m) {
	case PLAN_TRACE_REPEAT: return _("(see above)");
	case PLAN_TRACE_CYCLE: return _("(cycle: supports links go round)");
	case PLAN_TRACE_NOT_LOADED: return _("(document not loaded)");
	case PLAN_TRACE_NOT_FOUND: return _("(no such element)");
	default: return NULL;
	}
}

/* How a node hangs from its parent: a supports link, or the element
 * tree; NULL at the root. */
static const char *via_name(const struct plan_trace_node *n)
{
	if (n->parent == PLAN_TRACE_NONE)
		return NULL;
	return n->part ? "part" : "supports";
}

/* The note for a node reached through the element tree. */
static const char *part_note(const struct plan_trace *t,
			     const struct plan_trace_node *n)
{
	if (!n->part)
		return NULL;
	return t->dir == PLAN_TRACE_UP ? _("(contains it)") : _("(part of it)");
}

static void text_note(const struct out *o, const char *note)
{
	if (!note)
		return;
	fputs("  ", o->fp);
	attr(o, "33");
	fputs(note, o->fp);
	attr(o, "0");
}

static void text_node(const struct out *o, const struct plan_trace *t,
		      const struct plan_trace_node *n)
{
	for (size_t i = 0; i < n->depth; i++)
		fputs("  ", o->fp);
	if (n->el) {
		text_elem(o, n->doc, n->el);
	} else {
		/* a document not loaded has no level or region to show */
		if (n->doc) {
			text_place(o, n->doc);
			fputs(": ", o->fp);
		}
		put_text(o, n->ref->text);
	}
	text_note(o, part_note(t, n));
	text_note(o, mark_note(n->mark));
	fputc('\n', o->fp);
}

static void text_tree(const struct out *o, const struct plan_trace *t)
{
	for (size_t i = 0; i < t->n; i++)
		text_node(o, t, &t->nodes[i]);
}

static void json_node(const struct out *o, const struct plan_trace_node *n)
{
	fputc('{', o->fp);
	if (n->el) {
		json_elem(o, n->doc, n->el);
	} else {
		fputs("\"ref\":", o->fp);
		put_json(o, n->ref->text);
		fputs(",\"document\":", o->fp);
		put_json(o, n->doc ? n->doc->id.s : NULL);
	}
	fputs(",\"via\":", o->fp);
	put_json(o, via_name(n));
	fprintf(o->fp, ",\"mark\":\"%s\",\"children\":[", mark_names[n->mark]);
}

/* The tree nested as JSON, from the pre-order list: every node's
 * "children" array stays open until a node of its depth or less comes
 * (no recursion, however deep the chain). */
static void json_tree(const struct out *o, const struct plan_trace *t)
{
	json_head(o, t->dir == PLAN_TRACE_UP ? "up" : "down");
	fputs(",\"tree\":", o->fp);
	for (size_t i = 0; i < t->n; i++) {
		size_t d = t->nodes[i].depth;
		if (i > 0 && d <= t->nodes[i - 1].depth) {
			for (size_t k = t->nodes[i - 1].depth; k >= d; k--) {
				fputs("]}", o->fp);
				if (k == 0)
					break;
			}
			fputc(',', o->fp);
		}
		json_node(o, &t->nodes[i]);
	}
	for (size_t k = t->n ? t->nodes[t->n - 1].depth + 1 : 0; k > 0; k--)
		fputs("]}", o->fp);
	fputs("}\n", o->fp);
}

static void csv_tree(const struct out *o, const struct plan_trace *t)
{
	csv_header(o, "depth,parent", ",via,mark");
	for (size_t i = 0; i < t->n; i++) {
		const struct plan_trace_node *n = &t->nodes[i];
		const struct plan_trace_node *p =
			n->parent == PLAN_TRACE_NONE ? NULL : &t->nodes[n->parent];
		csv_num(o, n->depth, true);
		csv_cell(o, p ? elem_ref(p->doc, p->el) : NULL, false);
		if (n->el) {
			csv_elem(o, n->doc, n->el, false);
		} else {
			csv_cell(o, n->ref->text, false);
			csv_cell(o, n->doc ? n->doc->id.s : NULL, false);
			for (int k = 0; k < 9; k++)
				csv_cell(o, NULL, false);
		}
		csv_cell(o, via_name(n), false);
		csv_cell(o, mark_names[n->mark], false);
		csv_end(o);
	}
}

/* One Graphviz node per element (a repeat is an edge to the first
 * meeting); edges point the way supports links do, lower to higher. */
static void dot_tree(const struct out *o, const struct plan_trace *t)
{
	fprintf(o->fp, "digraph \"%s\" {\n\trankdir=BT;\n"
		"\tnode [shape=box, fontsize=10];\n",
		t->dir == PLAN_TRACE_UP ? "up" : "down");
	for (size_t i = 0; i < t->n; i++) {
		const struct plan_trace_node *n = &t->nodes[i];
		if (n->first != i)
			continue;
		fprintf(o->fp, "\tn%zu [label=", i);
		if (n->el)
			dot_label(o, n->doc, n->el);
		else
			dot_str(o, n->ref->text);
		fputs(n->el ? (i ? "" : ", penwidth=2")
			    : ", style=dashed", o->fp);
		fputs("];\n", o->fp);
	}
	for (size_t i = 1; i < t->n; i++) {
		const struct plan_trace_node *n = &t->nodes[i];
		size_t lo = n->first, hi = n->parent;
		if (t->dir == PLAN_TRACE_UP) {
			lo = n->parent;
			hi = n->first;
		}
		fprintf(o->fp, "\tn%zu -> n%zu%s;\n", lo, hi,
			n->mark == PLAN_TRACE_CYCLE ? " [color=red]"
			: n->part ? " [style=dotted, arrowhead=none]" : "");
	}
	fputs("}\n", o->fp);
}

static void write_tree(const struct out *o, const struct plan_trace *t)
{
	switch (o->format) {
	case FMT_TEXT: text_tree(o, t); break;
	case FMT_JSON: json_tree(o, t); break;
	case FMT_CSV: csv_tree(o, t); break;
	case FMT_DOT: dot_tree(o, t); break;
	}
}

/* ---- Orphans -------------------------------------------------------- */

static void text_orphans(const struct out *o, const struct plan_orphans *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct plan_orphan *x = &l->v[i];
		fprintf(o->fp, "%s:%u:%u: ", x->doc->file, x->el->node->line,
			x->el->node->column);
		text_elem(o, x->doc, x->el);
		fputc('\n', o->fp);
	}
	fprintf(o->fp, plan_trn("%zu element has no supports link",
				"%zu elements have no supports link", l->n),
		l->n);
	fprintf(o->fp, plan_trn(", in %zu document with a higher plan loaded\n",
				", in %zu documents with a higher plan "
				"loaded\n", l->judged), l->judged);
}

static void json_orphans(const struct out *o, const struct plan_orphans *l)
{
	json_head(o, "orphans");
	fprintf(o->fp, ",\"documents_judged\":%zu,\"orphans\":[", l->judged);
	for (size_t i = 0; i < l->n; i++) {
		fputs(i ? ",{" : "{", o->fp);
		json_elem(o, l->v[i].doc, l->v[i].el);
		fputc('}', o->fp);
	}
	fputs("]}\n", o->fp);
}

static void csv_orphans(const struct out *o, const struct plan_orphans *l)
{
	csv_header(o, "", "");
	for (size_t i = 0; i < l->n; i++) {
		csv_elem(o, l->v[i].doc, l->v[i].el, true);
		csv_end(o);
	}
}

/* The orphans boxed by document, one cluster each. */
static void dot_orphans(const struct out *o, const struct plan_orphans *l)
{
	fputs("digraph orphans {\n\tnode [shape=box, fontsize=10];\n", o->fp);
	for (size_t i = 0; i < l->n; i++) {
		const struct plan_doc *d = l->v[i].doc;
		if (!i || l->v[i - 1].doc != d) {
			fprintf(o->fp, "%s\tsubgraph cluster_%zu {\n\t\tlabel=",
				i ? "\t}\n" : "", i);
			dot_str(o, d->id.s);
			fputs(";\n", o->fp);
		}
		fprintf(o->fp, "\t\tn%zu [label=", i);
		dot_label(o, d, l->v[i].el);
		fputs("];\n", o->fp);
	}
	fputs(l->n ? "\t}\n}\n" : "}\n", o->fp);
}

static void write_orphans(const struct out *o, const struct plan_orphans *l)
{
	switch (o->format) {
	case FMT_TEXT: text_orphans(o, l); break;
	case FMT_JSON: json_orphans(o, l); break;
	case FMT_CSV: csv_orphans(o, l); break;
	case FMT_DOT: dot_orphans(o, l); break;
	}
}

/* ---- Coverage ------------------------------------------------------- */

static const char *counting_note(const struct plan_coverage *c)
{
	return c->regions_from_table
		? _("counting every region of the region table")
		: _("counting the regions loaded (no region table)");
}

/* "Kota Bukittinggi (13.75)", or the code alone when it has no name. */
static void text_region(const struct out *o, const struct plan_cov_region *g)
{
	put_text(o, g->name);
	if (strcmp(g->name, g->code)) {
		fputs(" (", o->fp);
		put_text(o, g->code);
		fputc(')', o->fp);
	}
}

/* "supported by 1 of 38 kabupaten/kota of Jawa Timur; not by: ...;
 * 36 with no plan loaded": the gaps named, the regions without a plan
 * only counted. */
static void text_unit(const struct out *o, const struct plan_cov_unit *u)
{
	fputs("  ", o->fp);
	attr(o, plan_cov_unit_gap(u) ? "33" : "32");
	fprintf(o->fp, _("supported by %zu of %zu %s"), u->nsupported,
		u->nchildren, u->children_word);
	attr(o, "0");
	fputs(_(" of "), o->fp);
	put_text(o, u->region.name);
	const char *sep = _("; not by: ");
	for (size_t i = 0; i < u->nchildren; i++) {
		if (u->children[i].supported || !u->children[i].loaded)
			continue;
		fputs(sep, o->fp);
		text_region(o, &u->children[i]);
		sep = ", ";
	}
	if (u->nno_plan)
		fprintf(o->fp, _("; %zu with no plan loaded"), u->nno_plan);
	fputc('\n', o->fp);
}

/* The units after the first: those with a plan loaded in some region
 * each, then one line for the rest (with a region table, the kecamatan
 * of 37 kabupaten/kota nobody loaded). */
static void text_units(const struct out *o, const struct plan_cov_item *it)
{
	size_t empty = 0;
	const char *word = NULL;
	for (size_t k = 0; k < it->nunits; k++) {
		const struct plan_cov_unit *u = &it->units[k];
		if (k == 0 || u->nno_plan < u->nchildren) {
			text_unit(o, u);
		} else {
			empty++;
			word = u->children_word;
		}
	}
	if (!empty)
		return;
	fputs("  ", o->fp);
	fprintf(o->fp, _("no plan loaded in the %s of %zu %s"), word, empty,
		it->units[0].children_word);
	fputc('\n', o->fp);
}

static void text_coverage(const struct out *o, const struct plan_coverage *c)
{
	for (size_t i = 0; i < c->nitems; i++) {
		const struct plan_cov_item *it = &c->items[i];
		text_elem(o, it->doc, it->el);
		fprintf(o->fp, plan_trn("\n  %zu element serves it, %zu "
					"directly\n",
					"\n  %zu elements serve it, %zu "
					"directly\n", it->supporters),
			it->supporters, it->direct);
		text_units(o, it);
		if (!it->nunits)
			fputs(_("  no lower regions loaded\n"), o->fp);
	}
	fprintf(o->fp, plan_trn("%zu element", "%zu elements", c->nitems),
		c->nitems);
	fputs(", ", o->fp);
	fprintf(o->fp, plan_trn("%zu unit with gaps", "%zu units with gaps",
				c->gaps), c->gaps);
	if (c->no_plan) {
		fputs(", ", o->fp);
		fprintf(o->fp, plan_trn("%zu region with no plan loaded",
					"%zu regions with no plan loaded",
					c->no_plan), c->no_plan);
	}
	fprintf(o->fp, "; %s\n", counting_note(c));
}

static void json_region(const struct out *o, const struct plan_cov_region *g)
{
	fputs("{\"code\":", o->fp);
	put_json(o, g->code);
	fputs(",\"name\":", o->fp);
	put_json(o, g->name);
	fprintf(o->fp, ",\"supported\":%s,\"plan_loaded\":%s}",
		g->supported ? "true" : "false", g->loaded ? "true" : "false");
}

static void json_unit(const struct out *o, const struct plan_cov_unit *u)
{
	fputs("{\"region\":", o->fp);
	put_json(o, u->region.code);
	fputs(",\"name\":", o->fp);
	put_json(o, u->region.name);
	fputs(",\"counted\":", o->fp);
	put_json(o, u->children_word);
	fprintf(o->fp, ",\"supported\":%zu,\"no_plan\":%zu,\"total\":%zu,"
		"\"regions\":[", u->nsupported, u->nno_plan, u->nchildren);
	for (size_t i = 0; i < u->nchildren; i++) {
		if (i)
			fputc(',', o->fp);
		json_region(o, &u->children[i]);
	}
	fputs("]}", o->fp);
}

static void json_coverage(const struct out *o, const struct plan_coverage *c)
{
	json_head(o, "coverage");
	fputs(",\"counting\":", o->fp);
	put_json(o, c->regions_from_table ? "region table" : "regions loaded");
	fprintf(o->fp, ",\"gaps\":%zu,\"no_plan\":%zu,\"items\":[", c->gaps,
		c->no_plan);
	for (size_t i = 0; i < c->nitems; i++) {
		const struct plan_cov_item *it = &c->items[i];
		fputs(i ? ",{" : "{", o->fp);
		json_elem(o, it->doc, it->el);
		fprintf(o->fp, ",\"direct\":%zu,\"supporters\":%zu,\"units\":[",
			it->direct, it->supporters);
		for (size_t k = 0; k < it->nunits; k++) {
			if (k)
				fputc(',', o->fp);
			json_unit(o, &it->units[k]);
		}
		fputs("]}", o->fp);
	}
	fputs("]}\n", o->fp);
}

static void csv_cov_row(const struct out *o, const struct plan_cov_item *it,
			const struct plan_cov_unit *u,
			const struct plan_cov_region *g)
{
	csv_cell(o, elem_ref(it->doc, it->el), true);
	csv_cell(o, it->el->name.s, false);
	csv_cell(o, u ? u->region.code : NULL, false);
	csv_cell(o, u ? u->region.name : NULL, false);
	csv_cell(o, u ? u->children_word : NULL, false);
	csv_cell(o, g ? g->code : NULL, false);
	csv_cell(o, g ? g->name : NULL, false);
	csv_cell(o, g ? (g->supported ? "yes" : "no") : NULL, false);
	csv_cell(o, g ? (g->loaded ? "yes" : "no") : NULL, false);
	csv_end(o);
}

/* One row per item, unit and counted region; an item without units gets
 * one row with those cells empty, so that every item shows. */
static void csv_coverage(const struct out *o, const struct plan_coverage *c)
{
	plan_csv_header(o->csv, "element,name,unit,unit_name,counted,region,"
			"region_name,supported,plan_loaded");
	for (size_t i = 0; i < c->nitems; i++) {
		const struct plan_cov_item *it = &c->items[i];
		if (!it->nunits)
			csv_cov_row(o, it, NULL, NULL);
		for (size_t k = 0; k < it->nunits; k++)
			for (size_t j = 0; j < it->units[k].nchildren; j++)
				csv_cov_row(o, it, &it->units[k],
					    &it->units[k].children[j]);
	}
}

static void dot_region(const struct out *o, const struct plan_cov_region *g,
		       size_t item)
{
	fputs("\t", o->fp);
	dot_str(o, g->code);
	fputs(" [shape=ellipse, label=", o->fp);
	dot_str(o, g->name);
	fputs("];\n\t", o->fp);
	dot_str(o, g->code);
	fprintf(o->fp, " -> i%zu%s;\n", item,
		g->supported ? "" : " [style=dashed, color=red]");
}

/* Items as boxes, the counted regions as ellipses (named by their code,
 * so a region counted for several items is one node): a solid edge where
 * a region serves the item, a dashed red one where it does not.  Regions
 * with no plan loaded are left out of the picture. */
static void dot_coverage(const struct out *o, const struct plan_coverage *c)
{
	fputs("digraph coverage {\n\trankdir=BT;\n"
	      "\tnode [shape=box, fontsize=10];\n", o->fp);
	for (size_t i = 0; i < c->nitems; i++) {
		const struct plan_cov_item *it = &c->items[i];
		fprintf(o->fp, "\ti%zu [label=", i);
		dot_label(o, it->doc, it->el);
		fputs("];\n", o->fp);
		for (size_t k = 0; k < it->nunits; k++)
			for (size_t j = 0; j < it->units[k].nchildren; j++)
				if (it->units[k].children[j].loaded)
					dot_region(o, &it->units[k].children[j],
						   i);
	}
	fputs("}\n", o->fp);
}

static void write_coverage(const struct out *o, const struct plan_coverage *c)
{
	switch (o->format) {
	case FMT_TEXT: text_coverage(o, c); break;
	case FMT_JSON: json_coverage(o, c); break;
	case FMT_CSV: csv_coverage(o, c); break;
	case FMT_DOT: dot_coverage(o, c); break;
	}
}

/* ---- Fingerprint ---------------------------------------------------- */

static void write_fingerprint(const struct out *o, const struct plan_doc *d,
			      const struct plan_element *e)
{
	char hex[PLAN_FINGERPRINT_BUF];
	plan_fingerprint_hex(plan_fingerprint(e), hex);
	switch (o->format) {
	case FMT_JSON:
		json_head(o, "fingerprint");
		fputs(",\"ref\":", o->fp);
		put_json(o, elem_ref(d, e));
		fprintf(o->fp, ",\"fingerprint\":\"%s\"}\n", hex);
		break;
	case FMT_CSV:
		plan_csv_header(o->csv, "ref,fingerprint");
		csv_cell(o, elem_ref(d, e), true);
		csv_cell(o, hex, false);
		csv_end(o);
		break;
	default:
		fprintf(o->fp, "%s\n", hex);
		break;
	}
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
	case PLAN_LOOKUP_NO_DOCUMENT:
		fprintf(stderr, "%s: ", progname);
		fprintf(stderr, _("no document '%.*s' is loaded"), dlen, ref);
		break;
	default:
		fprintf(stderr, "%s: ", progname);
		fprintf(stderr, _("document '%.*s' has no element '%s'"),
			dlen, ref, hash + 1);
		break;
	}
	if (l->suggestion)
		fprintf(stderr, _("; did you mean '%s'?"), l->suggestion);
	fputc('\n', stderr);
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
		    struct out *w, struct plan_csv *csv)
{
	if (output_open(file, o->output) < 0)
		return -1;
	*w = (struct out){file->fp, o->format,
			  o->format == FMT_TEXT && !o->output &&
				  want_color(stdout),
			  o->tables, csv};
	if (o->format == FMT_CSV)
		plan_csv_begin(csv, file->fp, o->excel);
	return 0;
}

static int run_tree(const struct opts *o, const struct out *w,
		    const struct plan_repo *r, const struct plan_doc *d,
		    const struct plan_element *e)
{
	struct plan_trace t;
	plan_trace_build(&t, r, d, e, o->mode == MODE_UP ? PLAN_TRACE_UP
							 : PLAN_TRACE_DOWN);
	if (!o->quiet)
		write_tree(w, &t);
	plan_trace_release(&t);
	return 0;
}

static int run_orphans(const struct opts *o, const struct out *w,
		       const struct plan_repo *r)
{
	struct plan_orphans l;
	plan_orphans_find(&l, r);
	if (!o->quiet)
		write_orphans(w, &l);
	int status = l.n > 0;
	plan_orphans_release(&l);
	return status;
}

static int run_coverage(const struct opts *o, const struct out *w,
			const struct plan_repo *r, const struct plan_doc *d,
			const struct plan_element *e)
{
	struct plan_coverage c;
	plan_coverage_init(&c, r, o->tables);
	if (d)
		plan_coverage_add(&c, d, e);
	else
		plan_coverage_add_top(&c);
	if (d && !e && !c.nitems && !o->quiet) {
		fprintf(stderr, "%s: %s", progname, _("note: "));
		fprintf(stderr, _("no element of '%s' is counted: coverage counts "
				  "the elements of rpjpn, rpjmn and rkp, and the "
				  "tujuan, sasaran and programs of rpjpd, rpjmd "
				  "and rkpd"), d->id.s);
		fputc('\n', stderr);
	}
	if (!o->quiet)
		write_coverage(w, &c);
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
	struct plan_csv csv;
	struct out w = {.format = o->format};
	if (!o->quiet && open_out(o, &file, &w, &csv) < 0)
		return 2;
	int status = 0;
	if (o->mode == MODE_UP || o->mode == MODE_DOWN)
		status = run_tree(o, &w, r, d, e);
	else if (o->mode == MODE_ORPHANS)
		status = run_orphans(o, &w, r);
	else if (o->mode == MODE_COVERAGE)
		status = run_coverage(o, &w, r, d, e);
	else if (!o->quiet)
		write_fingerprint(&w, d, e);
	if (!o->quiet && output_close(&file) < 0)
		status = 2;
	return status;
}

/* Files that did not parse declare nothing: say so, once per file, as a
 * trace through them would silently stop. */
static void warn_unparsed(const struct opts *o, const struct plan_findings *l)
{
	const char *last = NULL;
	for (size_t i = 0; !o->quiet && i < plan_findings_count(l); i++) {
		const struct plan_finding *f = plan_findings_get(l, i);
		bool fatal = f->rule == RULE_YAML_SYNTAX ||
			     f->rule == RULE_YAML_ALIAS ||
			     f->rule == RULE_YAML_DEPTH || f->rule == RULE_LIMIT;
		if (!fatal || (last && !strcmp(last, f->file)))
			continue;
		last = f->file;
		fprintf(stderr, "%s: warning: ", progname);
		fprintf(stderr, _("%s: not read as a plan (see plan-validate)"),
			f->file);
		fputc('\n', stderr);
	}
}

/* The region table of the repository's `.plan.yaml` (searched upward
 * from the first path), unless --regions gave one.  Returns 0, or -1
 * after printing trouble. */
static int config_regions(struct opts *o)
{
	if (o->have_regions)
		return 0;
	bool bad;
	struct plan_config *c = open_repo_config(NULL, o->paths[0], o->tables,
						 false, true, &bad);
	plan_config_free(c);
	return bad ? -1 : 0;
}

static int trace(struct opts *o)
{
	if (config_regions(o) < 0)
		return 2;
	struct progress prog;
	progress_init(&prog, o->quiet);
	struct plan_repo_opts ro = {
		.limits = YLOAD_LIMITS_DEFAULT, .tables = o->tables,
		.jobs = o->jobs, .compact = true, .progress = progress_cb,
		.progress_ctx = &prog,
	};
	struct plan_repo *r = plan_repo_new(&ro);
	struct plan_findings *l = plan_findings_new(NULL);
	plan_repo_load(r, o->paths, o->npaths, l);
	plan_repo_check(r, l);
	progress_end(&prog);
	plan_findings_sort(l);
	warn_unparsed(o, l);
	size_t nt = plan_repo_trouble_count(r);
	for (size_t i = 0; i < nt; i++)
		trouble("%s", plan_repo_trouble(r, i));
	int status = plan_repo_doc_count(r) || !nt ? analyse(o, r) : 2;
	plan_findings_free(l);
	plan_repo_free(r);
	return nt ? 2 : status;
}

int main(int argc, char **argv)
{
	plan_i18n_init();
	progname = "plan-trace";
	progusage = usage_line;
	struct opts o = {.format = FMT_TEXT, .jobs = cpu_count()};
	o.tables = plan_tables_new();
	int status = parse_args(&o, argc, argv);
	if (status < 0)
		status = trace(&o);
	free(o.paths);
	plan_tables_free(o.tables);
	return status;
}
