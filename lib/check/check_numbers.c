/*
 * check_numbers.c - number-format (SPEC 3.2, 4): targets, actuals and
 * baselines written the way a spreadsheet in an Indonesian locale shows
 * them (3,90; 1.234,5; 1.234.567; 85%).  Such a value is text to every
 * numeric rule, so a drop from 4,00 to 3,90 would pass target-trend
 * unseen; the model marks it (plan_yearval.sheet) so that no other rule
 * reads it, and this rule says what to write.
 *
 * Choices where SPEC is silent:
 * - the entries of `targets_forward` are targets too and are checked;
 * - an entry whose key is not a year is the schema's, value and all;
 * - a value that a decimal comma split in a flow mapping ({2026: 7,5})
 *   is reported once, by the schema at the key `5`, not here.
 */
#include <stdbool.h>
#include <string.h>

#include "check/check_priv.h"
#include "base/i18n.h"
#include "base/value.h"

static bool unit_is_percent(const struct plan_indicator *ind)
{
	return ind->unit.s && plan_fold_eq(ind->unit.s, ind->unit.len, "%", 1);
}

/* What the text has that a number has not: "a decimal comma", ... */
static const char *faults(const struct plan_check *c, const struct ynode *v,
			  bool percent)
{
	const char *t = v->text;
	size_t from = 0, to = v->len;
	while (from < to && (t[from] == ' ' || t[from] == '\t'))
		from++;
	while (to > from && (t[to - 1] == '%' || t[to - 1] == ' ' ||
			     t[to - 1] == '\t'))
		to--;
	bool comma = memchr(t + from, ',', to - from) != NULL;
	/* a dot is a thousands dot beside a comma (1.234,5) or when the
	 * text is no number (1.234.567); in 85.5% it is a decimal point */
	bool dots = memchr(t + from, '.', to - from) != NULL &&
		    (comma || !plan_is_number(t + from, to - from));
	const char *what = comma && dots ? _("thousands dots and a decimal comma")
			 : comma ? _("a decimal comma")
			 : dots ? _("thousands dots") : NULL;
	if (!percent)
		return what;
	if (!what)
		return _("a percent sign");
	return plan_arena_printf(c->doc->arena, _("%s and a percent sign"),
				 what);
}

static void report(const struct plan_check *c, const struct plan_element *e,
		   const struct plan_indicator *ind, const struct ynode *v,
		   const char *subject)
{
	char *num = plan_arena_alloc(c->doc->arena, (size_t)v->len + 1);
	bool percent;
	if (!plan_value_sheet_misread(v->text, v->len, num, &percent))
		return;
	const char *hint;
	if (!percent)
		hint = plan_arena_printf(c->doc->arena, _("write %s"), num);
	else if (unit_is_percent(ind))
		hint = plan_arena_printf(c->doc->arena,
					 _("write %s: the unit says %%"), num);
	else
		hint = plan_arena_printf(c->doc->arena,
					 _("write %s, and say %% in the indicator's unit (unit: \"%%\")"),
					 num);
	plan_check_report_ind(c, RULE_NUMBER_FORMAT, PLAN_SEV_DEFAULT, v, e,
			      ind, hint,
			      _("%s '%.*s' has %s, so no check can read it as a number"),
			      subject, plan_subject_len(v->text, v->len),
			      v->text, faults(c, v, percent));
	/* the one fix, unless a `%` would be lost from an indicator whose
	 * unit does not say it (plan-validate --fix, SPEC 7) */
	if (!percent || unit_is_percent(ind))
		plan_check_fix(c, v, num);
}

static void check_map(const struct plan_check *c, const struct plan_element *e,
		      const struct plan_indicator *ind,
		      const struct plan_yearmap *m, const char *what)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct plan_yearval *y = &m->v[i];
		if (y->year < 0 || !y->sheet || !ynode_is_text(y->value))
			continue;
		report(c, e, ind, y->value,
		       plan_arena_printf(c->doc->arena, "%s %d", _(what),
					 y->year));
	}
}

static void check_indicator(const struct plan_check *c,
			    const struct plan_element *e,
			    const struct plan_indicator *ind)
{
	check_map(c, e, ind, &ind->targets, N_("target for"));
	check_map(c, e, ind, &ind->targets_forward,
		  N_("prakiraan maju target for"));
	check_map(c, e, ind, &ind->actuals, N_("actual for"));
	if (ind->baseline_sheet && ind->baseline_value.s)
		report(c, e, ind, ind->baseline_value.node,
		       C_("number-format subject", "baseline"));
}

void plan_check_numbers(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		for (size_t k = 0; k < e->nindicators; k++)
			check_indicator(c, e, &e->indicators[k]);
	}
}
