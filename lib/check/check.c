#include "check/check_priv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void plan_check_vreport(const struct plan_check *c, enum plan_rule rule,
			enum plan_severity sev, const struct ynode *node,
			const struct plan_element *el,
			const struct plan_indicator *ind, const char *hint,
			const char *fmt, va_list ap)
{
	const struct plan_doc *d = c->doc;
	if (!node)
		node = el ? el->node : d->root;
	struct plan_pos pos = {d->file, node ? node->line : 1,
			       node ? node->column : 1};
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	char *msg = plan_arena_alloc(d->arena, n > 0 ? (size_t)n + 1 : 1);
	if (n > 0)
		vsnprintf(msg, (size_t)n + 1, fmt, again);
	va_end(again);
	const char *crumb = ind ? plan_indicator_breadcrumb(d, el, ind->index)
			    : el ? plan_element_breadcrumb(d, el) : NULL;
	const char *element = el ? plan_element_ref(d, el) : d->id.s;
	plan_finding_add(c->out, rule, sev, pos, element, crumb, hint, "%s",
			 msg);
}

void plan_check_report_ind(const struct plan_check *c, enum plan_rule rule,
		      enum plan_severity sev, const struct ynode *node,
		      const struct plan_element *el,
		      const struct plan_indicator *ind, const char *hint,
		      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	plan_check_vreport(c, rule, sev, node, el, ind, hint, fmt, ap);
	va_end(ap);
}

void plan_check_fix(const struct plan_check *c, const struct ynode *node,
		    const char *text)
{
	if (node && node->type == YNODE_SCALAR)
		plan_finding_fix(c->out, node->line, node->column, node->text,
				 node->len, text);
}

void plan_check_local(const struct plan_doc *doc,
		      const struct plan_tables *tables,
		      struct plan_findings *out)
{
	struct plan_check c = {doc, tables, out,
			       plan_tables_nomenclature(tables,
							doc->period_start)};
	plan_check_ids_refs(&c);
	plan_check_codes(&c);
	plan_check_region_kind_period(&c);
	plan_check_targets(&c);
	plan_check_numbers(&c);
	plan_check_budgets(&c);
	plan_check_schedule_local(&c);
	plan_check_indicators(&c);
	plan_check_tik(&c);
}
