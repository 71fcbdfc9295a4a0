/*
 * write.c - an imported plan as YAML in the style of examples/: two
 * spaces of indentation, keys in the order of docs/format.md, year maps
 * and baselines in flow style, money as plain integers; region, unit and
 * village codes quoted, other values only where YAML needs it.
 */
#include "import/import_priv.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

struct writer {
	FILE *out;
	const struct plan_import *im;
	size_t *torder, *border;	/* target / budget slots by year */
};

static void indent(FILE *out, int n)
{
	fprintf(out, "%*s", n, "");
}

/* key: [a, b, ...] of the strings of l, when there are any. */
static void flow_list(FILE *out, int ind, const char *key,
		      const struct plan_vec *l)
{
	if (!l->len)
		return;
	indent(out, ind);
	fprintf(out, "%s: [", key);
	for (size_t i = 0; i < l->len; i++) {
		if (i)
			fputs(", ", out);
		plan_yaml_put_scalar(out, l->items[i], true);
	}
	fputs("]\n", out);
}

static void key_scalar(FILE *out, int ind, const char *key, const char *v)
{
	indent(out, ind);
	fprintf(out, "%s: ", key);
	plan_yaml_put_scalar(out, v, false);
	putc('\n', out);
}

static void key_quoted(FILE *out, int ind, const char *key, const char *v)
{
	indent(out, ind);
	fprintf(out, "%s: ", key);
	plan_yaml_put_double(out, v);
	putc('\n', out);
}

void plan_header_write(FILE *out, const struct plan_header *h)
{
	fputs("plan: 1\n", out);
	key_scalar(out, 0, "id", h->id);
	key_scalar(out, 0, "kind", plan_kind_name(h->kind));
	key_scalar(out, 0, "level", plan_level_name(h->level));
	if (h->level != LEVEL_NASIONAL) {
		key_quoted(out, 0, "region", h->region);
		if (h->region_name)
			key_scalar(out, 0, "region_name", h->region_name);
	}
	if (h->unit_code) {
		fputs("unit:\n", out);
		if (plan_kind_is_national(h->kind))
			key_scalar(out, 2, "code", h->unit_code);
		else
			key_quoted(out, 2, "code", h->unit_code);
		if (h->unit_name)
			key_scalar(out, 2, "name", h->unit_name);
	}
	fprintf(out, "period: {start: %d, end: %d}\n", h->start, h->end);
	key_scalar(out, 0, "status", h->status);
	if (h->adopted)
		fprintf(out, "adopted: %s\n", h->adopted);
	if (h->nparents) {
		fputs("parents:\n", out);
		for (size_t i = 0; i < h->nparents; i++) {
			fputs("  - ", out);
			plan_yaml_put_scalar(out, h->parents[i], false);
			putc('\n', out);
		}
	}
}

static int cmp_year(const void *a, const void *b, const int *years)
{
	int x = years[*(const size_t *)a], y = years[*(const size_t *)b];
	return (x > y) - (x < y);
}

/* qsort has no context argument: the years are handed over here. */
static const int *sort_years;

static int cmp_slot(const void *a, const void *b)
{
	return cmp_year(a, b, sort_years);
}

static size_t *by_year(const int *years, size_t n)
{
	size_t *o = plan_xmalloc((n + 1) * sizeof *o);
	for (size_t i = 0; i < n; i++)
		o[i] = i;
	sort_years = years;
	qsort(o, n, sizeof *o, cmp_slot);
	sort_years = NULL;
	return o;
}

static void put_value(FILE *out, const struct plan_ival *v)
{
	if (v->number)
		fputs(v->text, out);
	else
		plan_yaml_put_scalar(out, v->text, true);
}

static void write_indicator(const struct writer *w, int ind,
			    const struct plan_iind *x)
{
	FILE *out = w->out;
	const struct plan_import *im = w->im;
	bool first = true;
#define KEY(k) do { indent(out, first ? ind - 2 : ind); \
		     fputs(first ? "- " k ": " : k ": ", out); \
		     first = false; } while (0)
	if (x->code) {
		KEY("code");
		plan_yaml_put_scalar(out, x->code, false);
		putc('\n', out);
	}
	KEY("name");
	plan_yaml_put_scalar(out, x->name, false);
	putc('\n', out);
	if (x->unit) {
		KEY("unit");
		plan_yaml_put_scalar(out, x->unit, false);
		putc('\n', out);
	}
	if (x->direction) {
		KEY("direction");
		fprintf(out, "%s\n", x->direction);
	}
	if (x->baseline.text) {
		KEY("baseline");
		fprintf(out, "{year: %d, value: ", im->baseline_year);
		put_value(out, &x->baseline);
		fputs("}\n", out);
	}
	KEY("targets");
	putc('{', out);
	const char *sep = "";
	for (size_t k = 0; k < im->ntargets; k++) {
		size_t i = w->torder[k];
		if (!x->targets[i].text)
			continue;
		fprintf(out, "%s%d: ", sep, im->target_year[i]);
		put_value(out, &x->targets[i]);
		sep = ", ";
	}
	fputs("}\n", out);
#undef KEY
}

/* The unit and x-opd an element inherits (from its parent, or the
 * document). */
static const char *inherited_unit(const struct plan_import *im,
				  const struct plan_ielem *p)
{
	for (; p; p = p->parent)
		if (p->unit_code)
			return p->unit_code;
	return im->header.unit_code;
}

static const char *inherited_opd(const struct plan_ielem *p)
{
	for (; p; p = p->parent)
		if (p->opd)
			return p->opd;
	return NULL;
}

static bool differs(const char *a, const char *b)
{
	return a && (!b || strcmp(a, b));
}

static void write_element(const struct writer *w, int ind,
			  const struct plan_ielem *e);

static void write_list(const struct writer *w, int ind, const char *key,
		       const struct plan_vec *v)
{
	indent(w->out, ind);
	fprintf(w->out, "%s:\n", key);
	for (size_t i = 0; i < v->len; i++)
		write_element(w, ind + 4, v->items[i]);
}

static void write_budget(const struct writer *w, int ind,
			 const struct plan_ielem *e)
{
	const struct plan_import *im = w->im;
	const char *sep = "";
	bool any = false;
	for (size_t i = 0; i < im->nbudgets; i++)
		any |= e->budget[i].state == 1;
	if (!any)
		return;
	indent(w->out, ind);
	fputs("budget: {", w->out);
	for (size_t k = 0; k < im->nbudgets; k++) {
		size_t i = w->border[k];
		if (e->budget[i].state != 1)
			continue;
		fprintf(w->out, "%s%d: %" PRId64, sep, im->budget_year[i],
			e->budget[i].amount);
		sep = ", ";
	}
	fputs("}\n", w->out);
}

static void write_element(const struct writer *w, int ind,
			  const struct plan_ielem *e)
{
	FILE *out = w->out;
	const struct plan_import *im = w->im;
	bool village = plan_kind_is_village(im->header.kind);
	indent(out, ind - 2);
	fputs("- ", out);
	if (e->id) {
		fputs("id: ", out);
		plan_yaml_put_scalar(out, e->id, false);
		putc('\n', out);
		if (e->code)
			indent(out, ind);
	}
	if (e->code) {
		fputs("code: ", out);
		if (village)
			plan_yaml_put_double(out, e->code);
		else
			plan_yaml_put_scalar(out, e->code, false);
		putc('\n', out);
	}
	if (e->name)
		key_scalar(out, ind, "name", e->name);
	if (differs(e->unit_code, inherited_unit(im, e->parent)))
		key_quoted(out, ind, "unit", e->unit_code);
	if (differs(e->opd, inherited_opd(e->parent)))
		key_scalar(out, ind, "x-opd", e->opd);
	for (size_t i = 0; i < im->next; i++)
		if (e->ext[i])
			key_scalar(out, ind, im->ext_key[i], e->ext[i]);
	flow_list(out, ind, "sasaran", &e->sasaran);
	flow_list(out, ind, "supports", &e->supports);
	if (e->indicators.len) {
		indent(out, ind);
		fputs("indicators:\n", out);
		for (size_t i = 0; i < e->indicators.len; i++)
			write_indicator(w, ind + 4, e->indicators.items[i]);
	}
	write_budget(w, ind, e);
	if (e->children.len) {
		const struct plan_ielem *c = e->children.items[0];
		write_list(w, ind, plan_elem_type_key(c->type), &e->children);
	}
}

int plan_import_write(FILE *out, const struct plan_import *im)
{
	struct writer w = {out, im, by_year(im->target_year, im->ntargets),
			   by_year(im->budget_year, im->nbudgets)};
	if (im->source)
		fprintf(out, "# Imported by plan-import from %s.\n", im->source);
	plan_header_write(out, &im->header);
	if (im->top.len) {
		const struct plan_ielem *e = im->top.items[0];
		write_list(&w, 0, plan_elem_type_key(e->type), &im->top);
	}
	free(w.torder);
	free(w.border);
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}
