/* report_left.c - the values the report could not read: noted while the
 * figures are made, listed in the `left-out` table (see report.h). */
#include "report/report_priv.h"

#include <stdlib.h>
#include <string.h>

void plan_report_left_out(struct plan_report *rep, const struct plan_doc *d,
			  const struct plan_element *e,
			  const struct plan_indicator *ind, const char *what,
			  int year, const struct ynode *value)
{
	struct report_left *l = plan_arena_alloc(rep->arena, sizeof *l);
	const struct ynode *at = value ? value : e->node;
	l->file = plan_arena_strdup(rep->arena, d->file);
	l->line = at ? at->line : 0;
	l->column = at ? at->column : 0;
	l->doc = d->id.s ? plan_arena_strdup(rep->arena, d->id.s) : NULL;
	/* the breadcrumb of plan-validate's finding */
	l->element = ind ? plan_arena_printf(rep->arena, "%s \xE2\x80\xBA "
					     "indikator %zu",
					     plan_element_breadcrumb(d, e),
					     ind->index)
			 : plan_arena_strdup(rep->arena,
					     plan_element_breadcrumb(d, e));
	l->what = what;
	l->year = year;
	l->text = value && value->type == YNODE_SCALAR
		? plan_arena_strndup(rep->arena, value->text, value->len)
		: NULL;
	plan_vec_push(rep->arena, &rep->left, l);
}

static int left_cmp(const void *a, const void *b)
{
	const struct report_left *p = *(const struct report_left *const *)a;
	const struct report_left *q = *(const struct report_left *const *)b;
	int c = strcmp(p->file, q->file);
	if (c)
		return c;
	if (p->line != q->line)
		return p->line < q->line ? -1 : 1;
	return (p->column > q->column) - (p->column < q->column);
}

void plan_report_left_table(struct plan_report *rep)
{
	static const char *const cols[] = {
		N_("file"), N_("line"), N_("column"), N_("document"),
		N_("element"), N_("value"), N_("year"), N_("as written"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "left-out",
		N_("Values left out"), 8, cols);
	t->optional = true;
	t->note = W(rep, "Values that cannot be read (budget-format, "
		"number-format) are left out of every total they would have "
		"entered, and each of those totals says how many.");
	if (rep->left.len)
		qsort(rep->left.items, rep->left.len, sizeof *rep->left.items,
		      left_cmp);
	plan_report_rows_reserve(t, rep->left.len);
	for (size_t i = 0; i < rep->left.len; i++) {
		const struct report_left *l = rep->left.items[i];
		struct plan_rcell *c = plan_report_row(t);
		plan_report_text(rep, &c[0], l->file);
		plan_report_count(&c[1], l->line);
		plan_report_count(&c[2], l->column);
		plan_report_text(rep, &c[3], l->doc);
		plan_report_text(rep, &c[4], l->element);
		plan_report_text(rep, &c[5], l->what);
		if (l->year >= 0)
			plan_report_textf(rep, &c[6], "%d", l->year);
		plan_report_text(rep, &c[7], l->text);
	}
}
