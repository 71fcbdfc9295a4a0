/* diff_tik.c - an element's `tik:` mark compared field by field (SPEC
 * 3.6): tik.type, tik.application and tik.clearance.{status,ref,date},
 * like any other field, so that `--ignore tik` leaves them all out. */
#include "diff/diff_priv.h"

static const char *text(const struct plan_tik *t, const struct plan_str *s)
{
	return t ? s->s : NULL;
}

void plan_diff_tik(struct diff_pair *p, const struct plan_tik *a,
		   const struct plan_tik *b)
{
	static const struct plan_tik none;
	if (!a && !b)
		return;
	const struct plan_tik *x = a ? a : &none, *y = b ? b : &none;
	plan_diff_text_field(p, "tik.type", text(a, &x->type),
			     text(b, &y->type));
	plan_diff_text_field(p, "tik.application", text(a, &x->application),
			     text(b, &y->application));
	plan_diff_text_field(p, "tik.clearance.status", text(a, &x->status),
			     text(b, &y->status));
	plan_diff_text_field(p, "tik.clearance.ref", text(a, &x->ref),
			     text(b, &y->ref));
	plan_diff_text_field(p, "tik.clearance.date", text(a, &x->date),
			     text(b, &y->date));
}
