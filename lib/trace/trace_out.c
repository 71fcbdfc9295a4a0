/*
 * trace_out.c - plan-trace's results written as text, JSON, CSV or
 * Graphviz dot (see trace_out.h); plan text escaped by out/escape.h.
 */
#include "trace/trace_out.h"

#include <string.h>

#include "base/i18n.h"
#include "model/fingerprint.h"
#include "out/csvout.h"
#include "out/escape.h"

int plan_trace_format_parse(const char *s)
{
	static const char *const names[] = {"text", "json", "csv", "dot"};
	return plan_word_find(names, 4, s);
}

/* ---- Shared fields -------------------------------------------------- */

/* The writer to use: text for a format out of range. */
static unsigned format_of(const struct plan_trace_out *o)
{
	return (unsigned)o->format <= PLAN_TRACE_DOT ? (unsigned)o->format
						     : PLAN_TRACE_TEXT;
}

static int done(const struct plan_trace_out *o)
{
	return ferror(o->fp) ? -1 : 0;
}

/* CSV: one writer (out/csvout.h) per table, begun in the dialect asked
 * for; the cells are text (formulas neutralised) or whole numbers. */
static void csv_begin(const struct plan_trace_out *o, struct plan_csv *w)
{
	plan_csv_begin(w, o->fp, o->excel);
}

static const char *elem_ref(const struct plan_doc *d,
			    const struct plan_element *e)
{
	const char *r = plan_element_ref(d, e);
	return r ? r : d->id.s;
}

static const char *region_name(const struct plan_trace_out *o,
			       const struct plan_doc *d)
{
	return plan_doc_region_display(o->tables, d);
}

/* "nagari Alahan Panjang", or "nasional" for a document without region. */
static void text_place(const struct plan_trace_out *o, const struct plan_doc *d)
{
	plan_put_text(o->fp, plan_level_name(d->level));
	if (d->region.s) {
		fputc(' ', o->fp);
		plan_put_text(o->fp, region_name(o, d));
	}
}

/* "nagari Alahan Panjang: 13.02.04.2001/rkpdes/2026#2.6.05  Name" */
static void text_elem(const struct plan_trace_out *o, const struct plan_doc *d,
		      const struct plan_element *e)
{
	text_place(o, d);
	fputs(": ", o->fp);
	plan_put_sgr(o->fp, o->color, "1");
	plan_put_text(o->fp, elem_ref(d, e));
	plan_put_sgr(o->fp, o->color, "0");
	fputs("  ", o->fp);
	plan_put_text(o->fp, e->name.s);
}

static void json_elem(const struct plan_trace_out *o, const struct plan_doc *d,
		      const struct plan_element *e)
{
	fputs("\"ref\":", o->fp);
	plan_put_json_string(o->fp, elem_ref(d, e));
	fputs(",\"document\":", o->fp);
	plan_put_json_string(o->fp, d->id.s);
	fputs(",\"element\":", o->fp);
	plan_put_json_string(o->fp, e->id);
	fputs(",\"type\":", o->fp);
	plan_put_json_string(o->fp, plan_elem_type_name(e->type));
	fputs(",\"name\":", o->fp);
	plan_put_json_string(o->fp, e->name.s);
	fputs(",\"level\":", o->fp);
	plan_put_json_string(o->fp, plan_level_name(d->level));
	fputs(",\"region\":", o->fp);
	plan_put_json_string(o->fp, d->region.s);
	fputs(",\"region_name\":", o->fp);
	plan_put_json_string(o->fp, region_name(o, d));
	fputs(",\"file\":", o->fp);
	plan_put_json_string(o->fp, d->file);
	fprintf(o->fp, ",\"line\":%u,\"column\":%u", e->node->line,
		e->node->column);
}

static const char elem_header[] =
	"ref,document,element,type,name,level,region,region_name,file,line,column";

static void csv_header(struct plan_csv *w, const char *before,
		       const char *after)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s%s%s%s", before, *before ? "," : "",
		 elem_header, after);
	plan_csv_header(w, buf);
}

static void csv_elem(const struct plan_trace_out *o, struct plan_csv *w,
		     const struct plan_doc *d, const struct plan_element *e)
{
	plan_csv_text(w, elem_ref(d, e));
	plan_csv_text(w, d->id.s);
	plan_csv_text(w, e->id);
	plan_csv_text(w, plan_elem_type_name(e->type));
	plan_csv_text(w, e->name.s);
	plan_csv_text(w, plan_level_name(d->level));
	plan_csv_text(w, d->region.s);
	plan_csv_text(w, region_name(o, d));
	plan_csv_text(w, d->file);
	plan_csv_int(w, (long long)e->node->line);
	plan_csv_int(w, (long long)e->node->column);
}

/* "level region\nref\nname", a node's label. */
static void dot_label(const struct plan_trace_out *o, const struct plan_doc *d,
		      const struct plan_element *e)
{
	fputc('"', o->fp);
	plan_put_dot(o->fp, plan_level_name(d->level));
	if (d->region.s) {
		fputc(' ', o->fp);
		plan_put_dot(o->fp, region_name(o, d));
	}
	fputs("\\n", o->fp);
	plan_put_dot(o->fp, elem_ref(d, e));
	fputs("\\n", o->fp);
	plan_put_dot(o->fp, e->name.s);
	fputc('"', o->fp);
}

static void json_head(const struct plan_trace_out *o, const char *mode)
{
	fprintf(o->fp, "{\"tool\":\"plan-trace\",\"version\":\"%s\","
		"\"mode\":\"%s\"", o->version ? o->version : "", mode);
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

static void text_note(const struct plan_trace_out *o, const char *note)
{
	if (!note)
		return;
	fputs("  ", o->fp);
	plan_put_sgr(o->fp, o->color, "33");
	fputs(note, o->fp);
	plan_put_sgr(o->fp, o->color, "0");
}

static void text_node(const struct plan_trace_out *o,
		      const struct plan_trace *t,
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
		plan_put_text(o->fp, n->ref->text);
	}
	text_note(o, part_note(t, n));
	text_note(o, mark_note(n->mark));
	fputc('\n', o->fp);
}

static void text_tree(const struct plan_trace_out *o,
		      const struct plan_trace *t)
{
	for (size_t i = 0; i < t->n; i++)
		text_node(o, t, &t->nodes[i]);
}

static void json_node(const struct plan_trace_out *o,
		      const struct plan_trace_node *n)
{
	fputc('{', o->fp);
	if (n->el) {
		json_elem(o, n->doc, n->el);
	} else {
		fputs("\"ref\":", o->fp);
		plan_put_json_string(o->fp, n->ref->text);
		fputs(",\"document\":", o->fp);
		plan_put_json_string(o->fp, n->doc ? n->doc->id.s : NULL);
	}
	fputs(",\"via\":", o->fp);
	plan_put_json_string(o->fp, via_name(n));
	fprintf(o->fp, ",\"mark\":\"%s\",\"children\":[", mark_names[n->mark]);
}

/* The tree nested as JSON, from the pre-order list: every node's
 * "children" array stays open until a node of its depth or less comes
 * (no recursion, however deep the chain). */
static void json_tree(const struct plan_trace_out *o,
		      const struct plan_trace *t)
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

static void csv_tree(const struct plan_trace_out *o, const struct plan_trace *t)
{
	struct plan_csv csv, *w = &csv;
	csv_begin(o, w);
	csv_header(w, "depth,parent", ",via,mark");
	for (size_t i = 0; i < t->n; i++) {
		const struct plan_trace_node *n = &t->nodes[i];
		const struct plan_trace_node *p =
			n->parent == PLAN_TRACE_NONE ? NULL : &t->nodes[n->parent];
		plan_csv_int(w, (long long)n->depth);
		plan_csv_text(w, p ? elem_ref(p->doc, p->el) : NULL);
		if (n->el) {
			csv_elem(o, w, n->doc, n->el);
		} else {
			plan_csv_text(w, n->ref->text);
			plan_csv_text(w, n->doc ? n->doc->id.s : NULL);
			for (int k = 0; k < 9; k++)
				plan_csv_text(w, NULL);
		}
		plan_csv_text(w, via_name(n));
		plan_csv_text(w, mark_names[n->mark]);
		plan_csv_end(w);
	}
}

/* One Graphviz node per element (a repeat is an edge to the first
 * meeting); edges point the way supports links do, lower to higher. */
static void dot_tree(const struct plan_trace_out *o, const struct plan_trace *t)
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
			plan_put_dot_string(o->fp, n->ref->text);
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

int plan_trace_write_tree(const struct plan_trace_out *o,
			  const struct plan_trace *t)
{
	static void (*const w[])(const struct plan_trace_out *,
				 const struct plan_trace *) = {
		text_tree, json_tree, csv_tree, dot_tree};
	w[format_of(o)](o, t);
	return done(o);
}

/* ---- Orphans -------------------------------------------------------- */

static void text_orphans(const struct plan_trace_out *o,
			 const struct plan_orphans *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct plan_orphan *x = &l->v[i];
		fprintf(o->fp, "%s:%u:%u: ", x->doc->file, x->el->node->line,
			x->el->node->column);
		text_elem(o, x->doc, x->el);
		fputc('\n', o->fp);
	}
	/* Indonesian says "none" another way than a count */
	if (l->n == 0)
		fputs(_("0 elements have no supports link"), o->fp);
	else
		fprintf(o->fp, plan_trn("%zu element has no supports link",
					"%zu elements have no supports link",
					l->n), l->n);
	fprintf(o->fp, plan_trn(", in %zu document with a higher plan loaded\n",
				", in %zu documents with a higher plan "
				"loaded\n", l->judged), l->judged);
}

static void json_orphans(const struct plan_trace_out *o,
			 const struct plan_orphans *l)
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

static void csv_orphans(const struct plan_trace_out *o,
			const struct plan_orphans *l)
{
	struct plan_csv csv, *w = &csv;
	csv_begin(o, w);
	csv_header(w, "", "");
	for (size_t i = 0; i < l->n; i++) {
		csv_elem(o, w, l->v[i].doc, l->v[i].el);
		plan_csv_end(w);
	}
}

/* The orphans boxed by document, one cluster each. */
static void dot_orphans(const struct plan_trace_out *o,
			const struct plan_orphans *l)
{
	fputs("digraph orphans {\n\tnode [shape=box, fontsize=10];\n", o->fp);
	for (size_t i = 0; i < l->n; i++) {
		const struct plan_doc *d = l->v[i].doc;
		if (!i || l->v[i - 1].doc != d) {
			fprintf(o->fp, "%s\tsubgraph cluster_%zu {\n\t\tlabel=",
				i ? "\t}\n" : "", i);
			plan_put_dot_string(o->fp, d->id.s);
			fputs(";\n", o->fp);
		}
		fprintf(o->fp, "\t\tn%zu [label=", i);
		dot_label(o, d, l->v[i].el);
		fputs("];\n", o->fp);
	}
	fputs(l->n ? "\t}\n}\n" : "}\n", o->fp);
}

int plan_trace_write_orphans(const struct plan_trace_out *o,
			     const struct plan_orphans *l)
{
	static void (*const w[])(const struct plan_trace_out *,
				 const struct plan_orphans *) = {
		text_orphans, json_orphans, csv_orphans, dot_orphans};
	w[format_of(o)](o, l);
	return done(o);
}

/* ---- Coverage ------------------------------------------------------- */

static const char *counting_note(const struct plan_coverage *c)
{
	return c->regions_from_table
		? _("counting every region of the region table")
		: _("counting the regions loaded (no region table)");
}

/* "Kota Bukittinggi (13.75)", or the code alone when it has no name. */
static void text_region(const struct plan_trace_out *o,
			const struct plan_cov_region *g)
{
	plan_put_text(o->fp, g->name);
	if (strcmp(g->name, g->code)) {
		fputs(" (", o->fp);
		plan_put_text(o->fp, g->code);
		fputc(')', o->fp);
	}
}

/* "supported by 1 of 38 kabupaten/kota of Jawa Timur; not by: ...;
 * 36 with no plan loaded": the gaps named, the regions without a plan
 * only counted. */
static void text_unit(const struct plan_trace_out *o,
		      const struct plan_cov_unit *u)
{
	fputs("  ", o->fp);
	plan_put_sgr(o->fp, o->color, plan_cov_unit_gap(u) ? "33" : "32");
	fprintf(o->fp, _("supported by %zu of %zu %s"), u->nsupported,
		u->nchildren, u->children_word);
	plan_put_sgr(o->fp, o->color, "0");
	fputs(_(" of "), o->fp);
	plan_put_text(o->fp, u->region.name);
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
static void text_units(const struct plan_trace_out *o,
		       const struct plan_cov_item *it)
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

static void text_coverage(const struct plan_trace_out *o,
			  const struct plan_coverage *c)
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

static void json_region(const struct plan_trace_out *o,
			const struct plan_cov_region *g)
{
	fputs("{\"code\":", o->fp);
	plan_put_json_string(o->fp, g->code);
	fputs(",\"name\":", o->fp);
	plan_put_json_string(o->fp, g->name);
	fprintf(o->fp, ",\"supported\":%s,\"plan_loaded\":%s}",
		g->supported ? "true" : "false", g->loaded ? "true" : "false");
}

static void json_unit(const struct plan_trace_out *o,
		      const struct plan_cov_unit *u)
{
	fputs("{\"region\":", o->fp);
	plan_put_json_string(o->fp, u->region.code);
	fputs(",\"name\":", o->fp);
	plan_put_json_string(o->fp, u->region.name);
	fputs(",\"counted\":", o->fp);
	plan_put_json_string(o->fp, u->children_word);
	fprintf(o->fp, ",\"supported\":%zu,\"no_plan\":%zu,\"total\":%zu,"
		"\"regions\":[", u->nsupported, u->nno_plan, u->nchildren);
	for (size_t i = 0; i < u->nchildren; i++) {
		if (i)
			fputc(',', o->fp);
		json_region(o, &u->children[i]);
	}
	fputs("]}", o->fp);
}

static void json_coverage(const struct plan_trace_out *o,
			  const struct plan_coverage *c)
{
	json_head(o, "coverage");
	fputs(",\"counting\":", o->fp);
	plan_put_json_string(o->fp, c->regions_from_table ? "region table"
							   : "regions loaded");
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

static void csv_cov_row(struct plan_csv *w, const struct plan_cov_item *it,
			const struct plan_cov_unit *u,
			const struct plan_cov_region *g)
{
	plan_csv_text(w, elem_ref(it->doc, it->el));
	plan_csv_text(w, it->el->name.s);
	plan_csv_text(w, u ? u->region.code : NULL);
	plan_csv_text(w, u ? u->region.name : NULL);
	plan_csv_text(w, u ? u->children_word : NULL);
	plan_csv_text(w, g ? g->code : NULL);
	plan_csv_text(w, g ? g->name : NULL);
	plan_csv_text(w, g ? (g->supported ? "yes" : "no") : NULL);
	plan_csv_text(w, g ? (g->loaded ? "yes" : "no") : NULL);
	plan_csv_end(w);
}

/* One row per item, unit and counted region; an item without units gets
 * one row with those cells empty, so that every item shows. */
static void csv_coverage(const struct plan_trace_out *o,
			 const struct plan_coverage *c)
{
	struct plan_csv csv, *w = &csv;
	csv_begin(o, w);
	plan_csv_header(w, "element,name,unit,unit_name,counted,region,"
			"region_name,supported,plan_loaded");
	for (size_t i = 0; i < c->nitems; i++) {
		const struct plan_cov_item *it = &c->items[i];
		if (!it->nunits)
			csv_cov_row(w, it, NULL, NULL);
		for (size_t k = 0; k < it->nunits; k++)
			for (size_t j = 0; j < it->units[k].nchildren; j++)
				csv_cov_row(w, it, &it->units[k],
					    &it->units[k].children[j]);
	}
}

static void dot_region(const struct plan_trace_out *o,
		       const struct plan_cov_region *g, size_t item)
{
	fputs("\t", o->fp);
	plan_put_dot_string(o->fp, g->code);
	fputs(" [shape=ellipse, label=", o->fp);
	plan_put_dot_string(o->fp, g->name);
	fputs("];\n\t", o->fp);
	plan_put_dot_string(o->fp, g->code);
	fprintf(o->fp, " -> i%zu%s;\n", item,
		g->supported ? "" : " [style=dashed, color=red]");
}

/* Items as boxes, the counted regions as ellipses (named by their code,
 * so a region counted for several items is one node): a solid edge where
 * a region serves the item, a dashed red one where it does not.  Regions
 * with no plan loaded are left out of the picture. */
static void dot_coverage(const struct plan_trace_out *o,
			 const struct plan_coverage *c)
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

int plan_trace_write_coverage(const struct plan_trace_out *o,
			      const struct plan_coverage *c)
{
	static void (*const w[])(const struct plan_trace_out *,
				 const struct plan_coverage *) = {
		text_coverage, json_coverage, csv_coverage, dot_coverage};
	w[format_of(o)](o, c);
	return done(o);
}

/* ---- Fingerprint ---------------------------------------------------- */

int plan_trace_write_fingerprint(const struct plan_trace_out *o,
				 const struct plan_doc *d,
				 const struct plan_element *e)
{
	char hex[PLAN_FINGERPRINT_BUF];
	plan_fingerprint_hex(plan_fingerprint(e), hex);
	switch (o->format) {
	case PLAN_TRACE_JSON:
		json_head(o, "fingerprint");
		fputs(",\"ref\":", o->fp);
		plan_put_json_string(o->fp, elem_ref(d, e));
		fprintf(o->fp, ",\"fingerprint\":\"%s\"}\n", hex);
		break;
	case PLAN_TRACE_CSV: {
		struct plan_csv csv, *w = &csv;
		csv_begin(o, w);
		plan_csv_header(w, "ref,fingerprint");
		plan_csv_text(w, elem_ref(d, e));
		plan_csv_text(w, hex);
		plan_csv_end(w);
		break;
	}
	default:
		fprintf(o->fp, "%s\n", hex);
		break;
	}
	return done(o);
}
