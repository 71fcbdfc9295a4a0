#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo/repo_priv.h"
#include "base/i18n.h"

struct repo_doc *plan_repo_find(const struct plan_repo *r, const char *id,
			   size_t len)
{
	return plan_strmap_get(&r->by_id, id, len);
}

/*
 * The element id table: (document, id) -> the element's global number,
 * 8 bytes a slot.  Bit 31 of the number marks the id ambiguous: a
 * defaulted id shared by elements of different units (SPEC 3.5;
 * duplicate-id has dealt with the rest).  The first element keeps the
 * key, as it did in a map.
 */
#define ID_AMBIGUOUS UINT32_C(0x80000000)
#define ID_MAX_ELEMENTS (ID_AMBIGUOUS - 2)

/* 2^31 elements or links are 400 GB of model: memory ran out long
 * before, and this is the same end (arena.h). */
static void too_many(void)
{
	fputs("fatal: more elements or links than the index can number\n",
	      stderr);
	abort();
}

/* The number (with its mark) of the element of rd whose id is id[0..len),
 * or PLAN_HMAP_NONE; *p is where the walk stopped.  A slot is only
 * compared with elements of its own document. */
static uint32_t id_find(const struct plan_repo *r, const struct repo_doc *rd,
			const char *id, size_t len, struct plan_hprobe *p)
{
	uint64_t h = plan_hash_seeded(id, len, rd->doc->seq);
	for (uint32_t v = plan_hmap_first(&r->ids, h, p); v != PLAN_HMAP_NONE;
	     v = plan_hmap_next(&r->ids, p)) {
		size_t g = v & ~ID_AMBIGUOUS;
		if (g >= rd->base && g - rd->base < rd->doc->nelements) {
			const char *other = r->elems[g]->id;
			if (!strncmp(other, id, len) && !other[len])
				return v;
		}
	}
	return PLAN_HMAP_NONE;
}

static void index_element(struct plan_repo *r, const struct repo_doc *rd,
			  const struct plan_element *e)
{
	struct plan_hprobe p;
	uint32_t v = id_find(r, rd, e->id, strlen(e->id), &p);
	if (v == PLAN_HMAP_NONE) {
		plan_hmap_insert(&r->ids, &p, (uint32_t)(rd->base + e->order));
		return;
	}
	const struct plan_element *old = r->elems[v & ~ID_AMBIGUOUS];
	if (plan_element_id_defaulted(old) && plan_element_id_defaulted(e) &&
	    old->eff_unit && e->eff_unit && strcmp(old->eff_unit, e->eff_unit))
		plan_hmap_replace(&r->ids, &p, v | ID_AMBIGUOUS);
}

/* Every element by global number, and the id table. */
static void index_elements(struct plan_repo *r)
{
	if (r->nelements > ID_MAX_ELEMENTS)
		too_many();
	r->elems = plan_xmalloc((r->nelements + 1) * sizeof *r->elems);
	plan_hmap_reserve(&r->ids, r->nelements);
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		for (size_t k = 0; k < d->nelements; k++) {
			r->elems[r->docs[i].base + k] = d->elements[k];
			if (d->elements[k]->id)
				index_element(r, &r->docs[i], d->elements[k]);
		}
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
	if (r->nlinks == ID_MAX_ELEMENTS)
		too_many();
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
static void build_csr(struct plan_repo *r, bool incoming, uint32_t **startp,
		      const struct plan_link ***listp)
{
	size_t n = r->nelements;
	uint32_t *start = plan_xmalloc((n + 2) * sizeof *start);
	memset(start, 0, (n + 2) * sizeof *start);
	const struct plan_link **list =
		plan_xmalloc((r->nlinks + 1) * sizeof *list);
	for (size_t i = 0; i < r->nlinks; i++) {
		const struct plan_link *l = &r->links[i];
		size_t g = incoming ? plan_repo_element_number(r, l->to_doc, l->to)
				    : plan_repo_element_number(r, l->from_doc, l->from);
		start[g + 2]++;
	}
	for (size_t g = 2; g < n + 2; g++)
		start[g] += start[g - 1];
	for (size_t i = 0; i < r->nlinks; i++) {
		const struct plan_link *l = &r->links[i];
		size_t g = incoming ? plan_repo_element_number(r, l->to_doc, l->to)
				    : plan_repo_element_number(r, l->from_doc, l->from);
		list[start[g + 1]++] = l;
	}
	*startp = start;
	*listp = list;
}

static struct repo_doc *doc_of(const struct plan_repo *r,
			       const struct plan_doc *d)
{
	return d->seq < r->ndocs && r->docs[d->seq].doc == d
		? &r->docs[d->seq] : NULL;
}

size_t plan_repo_element_number(const struct plan_repo *r, const struct plan_doc *d,
			   const struct plan_element *e)
{
	return doc_of(r, d)->base + e->order;
}

static size_t links_of(const struct plan_repo *r, const struct plan_doc *d,
		       const struct plan_element *e, const uint32_t *start,
		       const struct plan_link **list,
		       const struct plan_link *const **links)
{
	if (!r->indexed || !start) {
		*links = NULL;
		return 0;
	}
	size_t g = plan_repo_element_number(r, d, e);
	*links = list + start[g];
	return start[g + 1] - start[g];
}

size_t plan_repo_links_to(const struct plan_repo *r, const struct plan_doc *d,
			  const struct plan_element *e,
			  const struct plan_link *const **links)
{
	return links_of(r, d, e, r->in_start, r->in_links, links);
}

/* Build the document and element indexes; idempotent. */
static void build_index(struct plan_repo *r, struct plan_findings *out)
{
	if (r->indexed)
		return;
	r->indexed = true;
	size_t base = 0;
	for (size_t i = 0; i < r->ndocs; i++) {
		struct repo_doc *rd = &r->docs[i];
		rd->base = base;
		base += rd->doc->nelements;
		const struct plan_doc *d = rd->doc;
		if (!d->id.s)
			continue;
		struct repo_doc *first =
			plan_strmap_put(&r->by_id, d->id.s, d->id.len, rd);
		if (first != rd)
			report_duplicate_document(rd, first, out);
	}
	index_elements(r);
	collect_links(r);
	build_csr(r, false, &r->out_start, &r->out_links);
	build_csr(r, true, &r->in_start, &r->in_links);
}

const struct plan_doc *plan_repo_find_doc(const struct plan_repo *r,
					  const char *id)
{
	struct repo_doc *rd = plan_repo_find(r, id, strlen(id));
	return rd ? rd->doc : NULL;
}

static const struct plan_element *
resolve_in(const struct plan_repo *r, const struct repo_doc *rd,
	   const char *el, bool *ambiguous)
{
	struct plan_hprobe p;
	uint32_t v = id_find(r, rd, el, strlen(el), &p);
	if (v == PLAN_HMAP_NONE)
		return NULL;	/* unknown, or not indexed yet */
	if (v & ID_AMBIGUOUS) {
		*ambiguous = true;
		return NULL;
	}
	return r->elems[v];
}

const struct plan_element *plan_repo_resolve(const struct plan_repo *r,
					     const char *ref,
					     const struct plan_doc **doc,
					     bool *ambiguous)
{
	const char *hash = strchr(ref, '#');
	size_t dlen = hash ? (size_t)(hash - ref) : strlen(ref);
	struct repo_doc *rd = plan_repo_find(r, ref, dlen);
	*doc = rd ? rd->doc : NULL;
	*ambiguous = false;
	if (!rd || !hash)
		return NULL;
	return resolve_in(r, rd, hash + 1, ambiguous);
}

void plan_repo_check(struct plan_repo *r, struct plan_findings *out)
{
	build_index(r, out);
	plan_repo_check_refs(r, out);
	plan_repo_check_parents(r, out);
	plan_repo_check_supports(r, out);
	plan_repo_check_align(r, out);
	plan_repo_check_suspect(r, out);
	plan_repo_check_indicators(r, out);
	plan_repo_check_tik(r, out);
}
