/* suspect-link (SPEC 4): a reviewed supports link whose target has changed
 * since, by its fingerprint (fingerprint.h). */
#include <stdio.h>
#include <string.h>

#include "model/fingerprint.h"
#include "repo/repo_priv.h"
#include "base/i18n.h"

#define QUOTE_MAX 40	/* of a reviewed value quoted back in a message */

/* One reviewed link of e whose target t resolved. */
static void check_link(const struct plan_doc *d, const struct plan_element *e,
		       const struct plan_ref *ref, const struct plan_element *t,
		       struct plan_findings *out)
{
	uint64_t fp = plan_fingerprint(t);
	char now[PLAN_FINGERPRINT_BUF];
	plan_fingerprint_hex(fp, now);
	struct plan_pos pos = {d->file, ref->node->line, ref->node->column};
	uint64_t was;
	size_t len = strlen(ref->reviewed);
	if (!plan_fingerprint_parse(ref->reviewed, len, &was)) {
		plan_finding_add(out, RULE_SUSPECT_LINK, PLAN_SEV_DEFAULT, pos,
				 plan_element_ref(d, e),
				 plan_element_breadcrumb(d, e),
				 _("review the link against the target, then "
				 "write the fingerprint that plan-trace "
				 "--fingerprint prints"),
				 _("reviewed '%.*s' of '%s' is not a fingerprint "
				 "(16 hex digits): the target's is now %s"),
				 (int)(len < QUOTE_MAX ? len : QUOTE_MAX),
				 ref->reviewed, ref->text, now);
		return;
	}
	if (was == fp)
		return;
	char hint[96];
	snprintf(hint, sizeof hint, _("review the link against the target, "
		 "then write 'reviewed: %s'"), now);
	plan_finding_add(out, RULE_SUSPECT_LINK, PLAN_SEV_DEFAULT, pos,
			 plan_element_ref(d, e), plan_element_breadcrumb(d, e),
			 hint, _("'%s' has changed since the link was reviewed: "
			 "its fingerprint is now %s, not %s"), ref->text, now,
			 ref->reviewed);
}

void plan_repo_check_suspect(struct plan_repo *r, struct plan_findings *out)
{
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		for (size_t k = 0; k < d->nelements; k++) {
			const struct plan_element *e = d->elements[k];
			for (size_t s = 0; s < e->nsupports; s++) {
				const struct plan_ref *ref = &e->supports[s];
				const struct plan_doc *td;
				bool amb;
				if (!ref->reviewed)
					continue;
				/* unresolved: ref-* says so, nothing more */
				const struct plan_element *t =
					plan_repo_resolve(r, ref->text, &td,
							  &amb);
				if (t)
					check_link(d, e, ref, t, out);
			}
		}
	}
}
