/*
 * check_indicators.c - the document-local part of the Satu Data rules
 * (SPEC 3.6, 4): with an indicators table loaded, indicator-unknown (a
 * code not in the table, or a name that is not the table's) and
 * indicator-unit (a unit that is not the table's).  Codes that are not
 * in the table are compared across documents (repo_indicators.c).
 *
 * Codes compare exactly, as written (the table's are trimmed); names and
 * units after folding (SPEC 3.2).
 */
#include <string.h>

#include "check/check_priv.h"
#include "base/i18n.h"
#include "base/value.h"
#include "tables/indicators.h"

static void check_one(const struct plan_check *c,
		      const struct plan_element *e,
		      const struct plan_indicator *ind)
{
	const struct plan_indicator_def *def =
		plan_tables_indicator(c->tables, ind->code.s, ind->code.len);
	if (!def) {
		plan_check_report_ind(c, RULE_INDICATOR_UNKNOWN,
			PLAN_SEV_DEFAULT, ind->code.node, e, ind,
			_("use a code of the shared list of data (daftar "
			  "data), or have the code added to it"),
			_("indicator code '%.*s' is not in the indicators "
			  "table"), SUBJ(&ind->code));
		return;
	}
	if (ind->name.s && !plan_fold_eq(ind->name.s, ind->name.len,
					 def->name, strlen(def->name)))
		plan_check_report_ind(c, RULE_INDICATOR_UNKNOWN,
			PLAN_SEV_DEFAULT, ind->name.node, e, ind,
			plan_arena_printf(c->doc->arena,
				_("write the table's name, or check the code: "
				  "name: %s"), def->name),
			_("indicator '%.*s' has code %s, which the indicators "
			  "table calls '%s'"), SUBJ(&ind->name), def->code,
			def->name);
	if (ind->unit.s && !plan_fold_eq(ind->unit.s, ind->unit.len,
					 def->unit, strlen(def->unit)))
		plan_check_report_ind(c, RULE_INDICATOR_UNIT,
			PLAN_SEV_DEFAULT, ind->unit.node, e, ind,
			plan_arena_printf(c->doc->arena,
				_("one code is one measure in one unit at "
				  "every level: write unit: %s"), def->unit),
			_("unit '%.*s' of indicator code %s is not the "
			  "indicators table's '%s'"), SUBJ(&ind->unit),
			def->code, def->unit);
}

void plan_check_indicators(const struct plan_check *c)
{
	if (!plan_tables_has_indicators(c->tables))
		return;
	const struct plan_doc *d = c->doc;
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		for (size_t k = 0; k < e->nindicators; k++)
			if (e->indicators[k].code.s)
				check_one(c, e, &e->indicators[k]);
	}
}
