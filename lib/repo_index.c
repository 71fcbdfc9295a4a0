#include <string.h>

#include "repo_priv.h"
#include "i18n.h"

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
			 _("give each document an id of its own"),
			 _("document id '%s' is already declared by '%s'"),
			 d->id.s, first->doc->file);
}

static void add_link(struct plan_repo *r, size_t *cap, struct plan_link l)
{
	if (r->nlinks == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		r->links = plan_xrealloc(r->links, *cap * sizeof *r->links);
	}
	r->links[r->nlinks++] = l;
}

static void collect_links(struct plan_repo *r)
{
	size_t cap = 0;
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		for (size_t k = 0; k < d->nelements; k++) {
			const struct plan_element *e = d->elements[k];
			for (size_t s = 0; s < e->nsupports; s++) {
				struct plan_link l = {d, e, &e->supports[s],
						      NULL, NULL};
				bool amb;
				l.to = plan_repo_resolve(r, l.ref->text,
							 &l.to_doc, &amb);
				if (l.to)
					add_link(r, &cap, l);
			}
		}
	}
}

/* Counting sort of the links by element number, one way. */
static void build_csr(struct plan_repo *r, bool incoming, size_t **startp,
		      const struct plan_link ***listp)
{
	size_t n = r->nelements;
	size_t *start = plan_xmalloc((n + 2) * sizeof *start);
	memset(start, 0, (n + 2) * sizeof *start);
	const struct plan_link **list =
		plan_xmalloc((r->nlinks + 1) * sizeof *list);
	for (size_t i = 0; i < r->nlinks; i++) {
		const struct plan_link *l = &r->links[i];
		size_t g = incoming ? repo_element_number(r, l->to_doc, l->to)
				    : repo_element_number(r, l->from_doc, l->from);
		start[g + 2]++;
	}
	for (size_t g = 2; g < n + 2; g++)
		start[g] += start[g - 1];
	for (size_t i = 0; i < r->nlinks; i++) {
		const struct plan_link *l = &r->links[i];
		size_t g = incoming ? repo_element_number(r, l->to_doc, l->to)
				    : repo_element_number(r, l->from_doc, l->from);
		list[start[g + 1]++] = l;
	}
	*startp = start;
	*listp = list;
}

struct repo_doc *repo_doc_of(const struct plan_repo *r,
			     const struct plan_doc *d)
{
	return d->seq < r->ndocs && r->docs[d->seq].doc == d
		? &r->docs[d->seq] : NULL;
}

size_t repo_element_number(const struct plan_repo *r, const struct plan_doc *d,
			   const struct plan_element *e)
{
	return repo_doc_of(r, d)->base + e->order;
}

static size_t links_of(const struct plan_repo *r, const struct plan_doc *d,
		       const struct plan_element *e, const size_t *start,
		       const struct plan_link **list,
		       const struct plan_link *const **links)
{
	if (!r->indexed || !start) {
		*links = NULL;
		return 0;
	}
	size_t g = repo_element_number(r, d, e);
	*links = list + start[g];
	return start[g + 1] - start[g];
}

size_t plan_repo_links_from(const struct plan_repo *r,
			    const struct plan_doc *d,
			    const struct plan_element *e,
			    const struct plan_link *const **links)
{
	return links_of(r, d, e, r->out_start, r->out_links, links);
}

size_t plan_repo_links_to(const struct plan_repo *r, const struct plan_doc *d,
			  const struct plan_element *e,
			  const struct plan_link *const **links)
{
	return links_of(r, d, e, r->in_start, r->in_links, links);
}

void repo_index(struct plan_repo *r, struct plan_findings *out)
{
	if (r->indexed)
		return;
	r->indexed = true;
	size_t base = 0;
	for (size_t i = 0; i < r->ndocs; i++) {
		struct repo_doc *rd = &r->docs[i];
		rd->base = base;
		base += rd->doc->nelements;
		index_elements(rd);
		const struct plan_doc *d = rd->doc;
		if (!d->id.s)
			continue;
		struct repo_doc *first =
			strmap_put(&r->by_id, d->id.s, d->id.len, rd);
		if (first != rd)
			report_duplicate_document(rd, first, out);
	}
	collect_links(r);
	build_csr(r, false, &r->out_start, &r->out_links);
	build_csr(r, true, &r->in_start, &r->in_links);
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
	repo_check_parents(r, out);
	repo_check_supports(r, out);
	repo_check_align(r, out);
	repo_check_suspect(r, out);
}
