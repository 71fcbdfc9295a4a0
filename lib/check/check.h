/*
 * check.h - the document-local checks of SPEC 4 over one plan document.
 */
#ifndef PLAN_CHECK_H
#define PLAN_CHECK_H

#include "base/finding.h"
#include "model/model.h"
#include "tables/tables.h"

/* Run every document-local rule on doc; tables may be NULL. */
void plan_check_local(const struct plan_doc *doc,
		      const struct plan_tables *tables,
		      struct plan_findings *out);

#endif
