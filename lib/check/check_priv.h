/*
 * check_priv.h - what the rule families share (lib/ only).
 *
 * A rule family is one function over a plan_check; it reports through
 * plan_check_report(), which turns a node into a position and an element into
 * its reference and breadcrumb.
 */
#ifndef PLAN_CHECK_PRIV_H
#define PLAN_CHECK_PRIV_H

#include <stdarg.h>

#include "check/check.h"

struct plan_check {
	const struct plan_doc *doc;
	const struct plan_tables *tables;	/* may be NULL */
	struct plan_findings *out;
	/* the nomenclature in force for the document (SPEC 5), or NULL */
	const struct plan_nomenclature *nomen;
};

/* Report rule at node (NULL: the document's root, or 1:1), about element
 * el (NULL: the document) and, when ind is not NULL, its indicator ind
 * (the breadcrumb then ends in "› indikator N").  hint may be NULL. */
void plan_check_report_ind(const struct plan_check *c, enum plan_rule rule,
		      enum plan_severity sev, const struct ynode *node,
		      const struct plan_element *el,
		      const struct plan_indicator *ind, const char *hint,
		      const char *fmt, ...)
	__attribute__((format(printf, 8, 9)));
/* The same with the arguments in ap. */
void plan_check_vreport(const struct plan_check *c, enum plan_rule rule,
			enum plan_severity sev, const struct ynode *node,
			const struct plan_element *el,
			const struct plan_indicator *ind, const char *hint,
			const char *fmt, va_list ap)
	__attribute__((format(printf, 8, 0)));
/* The same about el itself: (c, rule, sev, node, el, hint, fmt, ...). */
#define plan_check_report(c, rule, sev, node, el, hint, ...) \
	plan_check_report_ind(c, rule, sev, node, el, NULL, hint, __VA_ARGS__)

/* Attach a mechanical fix to the finding just reported: the scalar node
 * is to read text (see plan_finding_fix in base/finding.h).  One line
 * after the plan_check_report() it belongs to. */
void plan_check_fix(const struct plan_check *c, const struct ynode *node,
		    const char *text);

/* The "%.*s" arguments for a plan_str quoted in a message, capped
 * (plan_subject_len). */
#define SUBJ(str) plan_subject_len((str)->s, (str)->len), (str)->s

/* The families, one file each. */
void plan_check_ids_refs(const struct plan_check *c);	/* check_refs.c */
void plan_check_codes(const struct plan_check *c);		/* plan_check_codes.c */
void plan_check_region_kind_period(const struct plan_check *c); /* check_doc.c */
void plan_check_targets(const struct plan_check *c);		/* plan_check_targets.c */
void plan_check_numbers(const struct plan_check *c);		/* check_numbers.c */
void plan_check_budgets(const struct plan_check *c);		/* check_budget.c */
void plan_check_schedule_local(const struct plan_check *c);	/* check_doc.c */
void plan_check_indicators(const struct plan_check *c);	/* check_indicators.c */
void plan_check_tik(const struct plan_check *c);		/* check_tik.c */

#endif
