/*
 * check_priv.h - what the rule families share (lib/ only).
 *
 * A rule family is one function over a plan_check; it reports through
 * check_report(), which turns a node into a position and an element into
 * its reference and breadcrumb.
 */
#ifndef PLAN_CHECK_PRIV_H
#define PLAN_CHECK_PRIV_H

#include "check.h"

struct plan_check {
	const struct plan_doc *doc;
	const struct plan_tables *tables;	/* may be NULL */
	struct plan_findings *out;
};

/* Report rule at node (NULL: the document's root, or 1:1), about element
 * el (NULL: the document).  hint may be NULL. */
void check_report(const struct plan_check *c, enum plan_rule rule,
		  enum plan_severity sev, const struct ynode *node,
		  const struct plan_element *el, const char *hint,
		  const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* The same about an indicator of el: its breadcrumb ends in
 * "› indikator N". */
void check_report_ind(const struct plan_check *c, enum plan_rule rule,
		      enum plan_severity sev, const struct ynode *node,
		      const struct plan_element *el,
		      const struct plan_indicator *ind, const char *hint,
		      const char *fmt, ...)
	__attribute__((format(printf, 8, 9)));

/* The families, one file each. */
void check_ids_refs(const struct plan_check *c);	/* check_refs.c */
void check_codes(const struct plan_check *c);		/* check_codes.c */
void check_region_kind_period(const struct plan_check *c); /* check_doc.c */
void check_targets(const struct plan_check *c);		/* check_targets.c */
void check_budgets(const struct plan_check *c);		/* check_budget.c */
void check_schedule_local(const struct plan_check *c);	/* check_doc.c */

#endif
