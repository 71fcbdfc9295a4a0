/* Cross-document references: ref-external and ref-unresolved (SPEC 3.3). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo/repo_priv.h"
#include "base/i18n.h"

static void report_ref(const struct plan_doc *d, const struct plan_element *e,
		       const struct plan_ref *ref, enum plan_rule rule,
		       const char *hint, const char *what,
		       struct plan_findings *out)
{
	plan_finding_add(out, rule, PLAN_SEV_DEFAULT,
			 (struct plan_pos){d->file, ref->node->line,
					   ref->node->column},
			 e ? plan_element_ref(d, e) : d->id.s,
			 e ? plan_element_breadcrumb(d, e) : NULL, hint,
			 "'%s' %s", ref->text, what);
}

/* One reference from d (element e, or the document's parents). */
static void check_ref(const struct plan_repo *r, const struct plan_doc *d,
		      const struct plan_element *e, const struct plan_ref *ref,
		      struct plan_findings *out)
{
	const struct plan_doc *target;
	bool ambiguous;
	const char *hash = strchr(ref->text, '#');
	const struct plan_element *t =
		plan_repo_resolve(r, ref->text, &target, &ambiguous);
	char hint[300];
	if (!target) {
		char *near = plan_repo_suggest(r, ref->text, d->id.s);
		bool has = near != NULL;
		if (has)
			snprintf(hint, sizeof hint, _("did you mean '%.200s'?"),
				 near);
		free(near);
		report_ref(d, e, ref, RULE_REF_EXTERNAL, has ? hint : NULL,
			   _("is in a document that is not loaded, so it is not checked"),
			   out);
		return;
	}
	if (!hash || t)
		return;
	if (ambiguous) {
		report_ref(d, e, ref, RULE_REF_UNRESOLVED,
			   _("several elements of different units share this code: give them explicit ids"),
			   _("is ambiguous"), out);
		return;
	}
	const char *near = plan_repo_near_element(target, hash + 1);
	if (near)
		snprintf(hint, sizeof hint,
			 _("check the element id after '#': did you mean '%.200s'?"),
			 near);
	report_ref(d, e, ref, RULE_REF_UNRESOLVED,
		   near ? hint : _("check the element id after '#'"),
		   _("names nothing in that document"), out);
}

void plan_repo_check_refs(struct plan_repo *r, struct plan_findings *out)
{
	plan_repo_near_index(r);
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		for (size_t p = 0; p < d->nparents; p++)
			check_ref(r, d, NULL, &d->parents[p], out);
		for (size_t k = 0; k < d->nelements; k++) {
			const struct plan_element *e = d->elements[k];
			for (size_t s = 0; s < e->nsupports; s++)
				check_ref(r, d, e, &e->supports[s], out);
		}
	}
}
