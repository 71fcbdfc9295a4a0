#include <string.h>

#include "repo_priv.h"

const struct plan_element repo_ambiguous;

struct repo_doc *repo_find(const struct plan_repo *r, const char *id,
			   size_t len)
{
	return strmap_get(&r->by_id, id, len);
}

/* Element ids of one document; a defaulted id shared by elements of
 * different units is ambiguous (duplicate-id has dealt with the rest). */
static void index_elements(struct repo_doc *rd)
{
	const struct plan_doc *d = rd->doc;
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		if (!e->id)
			continue;
		size_t len = strlen(e->id);
		const struct plan_element *old =
			strmap_put(&rd->elements, e->id, len, (void *)e);
		if (old != e && old != &repo_ambiguous && e->id_defaulted &&
		    old->id_defaulted && old->eff_unit && e->eff_unit &&
		    strcmp(old->eff_unit, e->eff_unit))
			strmap_set(&rd->elements, e->id, len,
				   (void *)&repo_ambiguous);
	}
}

static void report_duplicate_document(struct repo_doc *rd,
				      const struct repo_doc *first,
				      struct plan_findings *out)
{
	const struct plan_doc *d = rd->doc;
	rd->duplicate = true;
	plan_finding_add(out, RULE_DUPLICATE_DOCUMENT, PLAN_SEV_DEFAULT,
			 (struct plan_pos){d->file, d->id.node->line,
					   d->id.node->column},
			 d->id.s, NULL,
			 "give each document an id of its own",
			 "document id '%s' is already declared by '%s'",
			 d->id.s, first->doc->file);
}

void repo_index(struct plan_repo *r, struct plan_findings *out)
{
	if (r->indexed)
		return;
	r->indexed = true;
	for (size_t i = 0; i < r->ndocs; i++) {
		struct repo_doc *rd = &r->docs[i];
		index_elements(rd);
		const struct plan_doc *d = rd->doc;
		if (!d->id.s)
			continue;
		struct repo_doc *first =
			strmap_put(&r->by_id, d->id.s, d->id.len, rd);
		if (first != rd)
			report_duplicate_document(rd, first, out);
	}
}

const struct plan_doc *plan_repo_find_doc(const struct plan_repo *r,
					  const char *id)
{
	struct repo_doc *rd = repo_find(r, id, strlen(id));
	return rd ? rd->doc : NULL;
}

static const struct plan_element *
resolve_in(const struct repo_doc *rd, const char *el, bool *ambiguous)
{
	const struct plan_element *e = strmap_get(&rd->elements, el,
						  strlen(el));
	if (e == &repo_ambiguous) {
		*ambiguous = true;
		return NULL;
	}
	return e;
}

const struct plan_element *plan_repo_resolve(const struct plan_repo *r,
					     const char *ref,
					     const struct plan_doc **doc,
					     bool *ambiguous)
{
	const char *hash = strchr(ref, '#');
	size_t dlen = hash ? (size_t)(hash - ref) : strlen(ref);
	struct repo_doc *rd = repo_find(r, ref, dlen);
	*doc = rd ? rd->doc : NULL;
	*ambiguous = false;
	if (!rd || !hash)
		return NULL;
	return resolve_in(rd, hash + 1, ambiguous);
}

void plan_repo_check(struct plan_repo *r, struct plan_findings *out)
{
	repo_index(r, out);
	repo_check_refs(r, out);
}
