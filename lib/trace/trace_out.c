/*
 * trace_out.c - plan-trace's results written as text, JSON, CSV or
 * Graphviz dot (see trace_out.h); plan text escaped by out/escape.h.
 */
#include "trace/trace_out.h"

#include <string.h>

#include "base/i18n.h"
#include "model/fingerprint.h"
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

/* A CSV cell, a comma before all but the first of a row. */
static void csv_cell(const struct plan_trace_out *o, const char *s, bool first)
{
	if (!first)
		fputc(',', o->fp);
	plan_put_csv(o->fp, s, true);
}

static void csv_num(const struct plan_trace_out *o, size_t n, bool first)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%zu", n);
	csv_cell(o, buf, first);
}

static void csv_end(const struct plan_trace_out *o)
{
	fputs("\r\n", o->fp);
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

static void csv_header(const struct plan_trace_out *o, const char *before,
		       const char *after)
{
	fprintf(o->fp, "%s%s%s%s\r\n", before, *before ? "," : "",
		elem_header, after);
}

static void csv_elem(const struct plan_trace_out *o, const struct plan_doc *d,
		     const struct plan_element *e, bool first)
{
	csv_cell(o, elem_ref(d, e), first);
	csv_cell(o, d->id.s, false);
	csv_cell(o, e->id, false);
	csv_cell(o, plan_elem_type_name(e->type), false);
	csv_cell(o, e->name.s, false);
	csv_cell(o, plan_level_name(d->level), false);
	csv_cell(o, d->region.s, false);
	csv_cell(o, region_name(o, d), false);
	csv_cell(o, d->file, false);
	csv_num(o, e->node->line, false);
	csv_num(o, e->node->column, false);
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
	fprintf(o->fp, plan_trn("%zu element has no supports link",
				"%zu elements have no supports link", l->n),
		l->n);
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
	csv_header(o, "", "");
	for (size_t i = 0; i < l->n; i++) {
		csv_elem(o, l->v[i].doc, l->v[i].el, true);
		csv_end(o);
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

static const char *counting_note(const struct plan_coverage *c,
				 const struct plan_tables *t)
{
	if (c->regions_from_table)
		return _("counting the regions of the region table");
	return t && plan_tables_has_regions(t)
		? _("counting the regions loaded (the region table gives names only)")
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

static void text_unit(const struct plan_trace_out *o,
		      const struct plan_cov_unit *u)
{
	bool gap = u->nsupported < u->nchildren;
	fputs("  ", o->fp);
	plan_put_sgr(o->fp, o->color, gap ? "33" : "32");
	fprintf(o->fp, _("supported by %zu of %zu %s"), u->nsupported,
		u->nchildren, u->children_word);
	plan_put_sgr(o->fp, o->color, "0");
	fputs(_(" of "), o->fp);
	plan_put_text(o->fp, u->region.name);
	const char *sep = _("; not by: ");
	for (size_t i = 0; i < u->nchildren; i++) {
		if (u->children[i].supported)
			continue;
		fputs(sep, o->fp);
		text_region(o, &u->children[i]);
		sep = ", ";
	}
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
		for (size_t k = 0; k < it->nunits; k++)
			text_unit(o, &it->units[k]);
		if (!it->nunits)
			fputs(_("  no lower regions loaded\n"), o->fp);
	}
	fprintf(o->fp, plan_trn("%zu element", "%zu elements", c->nitems),
		c->nitems);
	fputs(", ", o->fp);
	fprintf(o->fp, plan_trn("%zu unit with gaps", "%zu units with gaps",
				c->gaps), c->gaps);
	fprintf(o->fp, "; %s\n", counting_note(c, o->tables));
}

static void json_region(const struct plan_trace_out *o,
			const struct plan_cov_region *g)
{
	fputs("{\"code\":", o->fp);
	plan_put_json_string(o->fp, g->code);
	fputs(",\"name\":", o->fp);
	plan_put_json_string(o->fp, g->name);
	fprintf(o->fp, ",\"supported\":%s}", g->supported ? "true" : "false");
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
	fprintf(o->fp, ",\"supported\":%zu,\"total\":%zu,\"regions\":[",
		u->nsupported, u->nchildren);
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
	fprintf(o->fp, ",\"gaps\":%zu,\"items\":[", c->gaps);
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

static void csv_cov_row(const struct plan_trace_out *o,
			const struct plan_cov_item *it,
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
	csv_end(o);
}

/* One row per item, unit and counted region; an item without units gets
 * one row with those cells empty, so that every item shows. */
static void csv_coverage(const struct plan_trace_out *o,
			 const struct plan_coverage *c)
{
	fputs("element,name,unit,unit_name,counted,region,region_name,"
	      "supported\r\n", o->fp);
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
 * a region serves the item, a dashed red one where it does not. */
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
				dot_region(o, &it->units[k].children[j], i);
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
	case PLAN_TRACE_CSV:
		fputs("ref,fingerprint\r\n", o->fp);
		csv_cell(o, elem_ref(d, e), true);
		csv_cell(o, hex, false);
		csv_end(o);
		break;
	default:
		fprintf(o->fp, "%s\n", hex);
		break;
	}
	return done(o);
}
