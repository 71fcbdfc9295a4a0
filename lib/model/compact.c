/*
 * compact.c - a document without its tree.
 *
 * After the local checks, cross-document rules need only the model: ids,
 * codes, names, units, indicators, budgets, references, and where each of
 * them stands.  Copying that into a fresh arena and dropping the tree
 * makes a national run grow with the number of elements, not with the
 * bytes read.  Nodes the cross-document rules and plan-trace point at
 * are kept as stubs (position and scalar text, no children): the
 * document's root, id, dates and period, each element's and indicator's
 * mapping, targets, and references.  Other values keep their text only,
 * budget entries their year and amount (and an unreadable amount its
 * node): a national repository has two
 * million elements, and each node less is 100 MB less.
 */
#include <stdlib.h>
#include <string.h>

#include "model/model_priv.h"
#include "base/strpool.h"

struct copier {
	struct plan_arena *a;
	struct plan_strpool *pool;	/* or NULL */
	struct plan_element **old_of;	/* by element order: the new one */
};

/* A node already copied forwards to its stub: the model may point to one
 * node from two places, and both must get the same stub.  The old tree is
 * spent anyway, so the mark costs neither a map nor a hash. */
#define FORWARDED 0xffu

static struct ynode *stub(struct copier *c, const struct ynode *n)
{
	if (!n)
		return NULL;
	if (n->type == FORWARDED)
		return (struct ynode *)(void *)n->items;
	struct ynode *s = plan_arena_take(c->a, sizeof *s);
	*s = (struct ynode){.type = n->type, .line = n->line,
			    .column = n->column, .flow = n->flow,
			    .style = n->style, .tagged = n->tagged,
			    .null = n->null, .key = n->key};
	if (n->type == YNODE_SCALAR) {
		s->len = n->len;
		s->text = plan_arena_strndup(c->a, n->text, n->len);
	}
	/* the forward is kept in the items field, converted there and back
	 * (C11 6.3.2.3p7), never read through it */
	struct ynode *old = (struct ynode *)n;
	old->type = FORWARDED;
	old->items = (struct ynode **)(void *)s;
	return s;
}

/* A plan_str's text is its node's text (model.c reads it so). */
static struct plan_str str(struct copier *c, struct plan_str s)
{
	struct plan_str r = {NULL, 0, stub(c, s.node)};
	if (s.s && r.node) {
		r.s = r.node->text;
		r.len = r.node->len;
	}
	return r;
}

/* The text alone, for values no cross-document rule points at; shared
 * with equal texts when pooled (names, which repeat across regions). */
static struct plan_str text_only(struct copier *c, struct plan_str s,
				 bool pooled)
{
	struct plan_str r = {NULL, s.len, NULL};
	if (s.s && pooled && c->pool)
		r.s = plan_strpool_get(c->pool, s.s, s.len);
	else if (s.s)
		r.s = plan_arena_strndup(c->a, s.s, s.len);
	return r;
}

/* Budgets are compared by year and amount, never pointed at: their
 * entries keep no nodes (2 of the 5 nodes an element has, nationally),
 * except an amount that cannot be read, which plan-report lists with its
 * place and text (rare: each is a budget-format finding). */
static struct plan_yearmap amounts(struct copier *c, struct plan_yearmap m)
{
	struct plan_yearmap r = {NULL, NULL, m.n};
	if (!m.n)
		return r;
	r.v = plan_arena_take(c->a, m.n * sizeof *r.v);
	for (size_t i = 0; i < m.n; i++) {
		r.v[i] = m.v[i];
		r.v[i].key = NULL;
		r.v[i].value = m.v[i].null || m.v[i].money_ok
			? NULL : stub(c, m.v[i].value);
	}
	return r;
}

static struct plan_yearmap yearmap(struct copier *c, struct plan_yearmap m)
{
	struct plan_yearmap r = m;
	r.node = stub(c, m.node);
	if (!m.n)
		return r;
	r.v = plan_arena_take(c->a, m.n * sizeof *r.v);
	for (size_t i = 0; i < m.n; i++) {
		r.v[i] = m.v[i];
		r.v[i].key = stub(c, m.v[i].key);
		r.v[i].value = stub(c, m.v[i].value);
	}
	return r;
}

static struct plan_ref *refs(struct copier *c, const struct plan_ref *v,
			     size_t n)
{
	if (!n)
		return NULL;
	struct plan_ref *r = plan_arena_take(c->a, n * sizeof *r);
	for (size_t i = 0; i < n; i++) {
		r[i].node = stub(c, v[i].node);
		r[i].text = r[i].node->text;
		r[i].reviewed_node = stub(c, v[i].reviewed_node);
		r[i].reviewed = v[i].reviewed ? r[i].reviewed_node->text : NULL;
	}
	return r;
}

static void indicator(struct copier *c, struct plan_indicator *dst,
		      const struct plan_indicator *src)
{
	*dst = *src;
	dst->node = stub(c, src->node);
	dst->id = str(c, src->id);
	dst->code = str(c, src->code);
	dst->name = str(c, src->name);
	dst->unit = str(c, src->unit);
	dst->baseline_node = stub(c, src->baseline_node);
	dst->baseline_value = str(c, src->baseline_value);
	dst->targets = yearmap(c, src->targets);
	dst->actuals = yearmap(c, src->actuals);
	dst->targets_forward = yearmap(c, src->targets_forward);
}

/* The tik mark: tik-duplicate points at the application, the report
 * reads the texts. */
static const struct plan_tik *tik(struct copier *c, const struct plan_tik *t)
{
	if (!t)
		return NULL;
	struct plan_tik *n = plan_arena_take(c->a, sizeof *n);
	n->node = stub(c, t->node);
	n->type = text_only(c, t->type, true);
	n->application = str(c, t->application);
	n->clearance = stub(c, t->clearance);
	n->status = text_only(c, t->status, true);
	n->ref = text_only(c, t->ref, false);
	n->date = text_only(c, t->date, false);
	return n;
}

static const struct plan_elem_extra *extra(struct copier *c,
					   const struct plan_elem_extra *x)
{
	if (x == &plan_elem_extra_none)
		return x;
	struct plan_elem_extra *n = plan_arena_take(c->a, sizeof *n);
	n->id_key = text_only(c, x->id_key, false);
	n->unit = text_only(c, x->unit, false);
	n->location = text_only(c, x->location, false);
	n->rank = text_only(c, x->rank, false);
	n->links = refs(c, x->links, x->nlinks);
	n->budget_forward = amounts(c, x->budget_forward);
	n->nlinks = x->nlinks;
	n->tik = tik(c, x->tik);
	return n;
}

static struct plan_element *element(struct copier *c,
				    const struct plan_doc *nd,
				    const struct plan_element *e)
{
	struct plan_element *n = plan_arena_take(c->a, sizeof *n);
	*n = *e;
	n->node = stub(c, e->node);
	n->parent = e->parent ? c->old_of[e->parent->order] : NULL;
	n->code = text_only(c, e->code, false);
	n->name = text_only(c, e->name, true);
	n->extra = extra(c, e->extra);
	n->id = n->extra->id_key.s ? n->extra->id_key.s : n->code.s;
	n->eff_unit = n->extra->unit.s ? n->extra->unit.s
		    : n->parent ? n->parent->eff_unit : nd->unit_code.s;
	n->indicators = e->nindicators
		? plan_arena_take(c->a, e->nindicators * sizeof *n->indicators)
		: NULL;
	for (size_t i = 0; i < e->nindicators; i++)
		indicator(c, &n->indicators[i], &e->indicators[i]);
	n->budget = amounts(c, e->budget);
	n->supports = refs(c, e->supports, e->nsupports);
	n->children = e->nchildren
		? plan_arena_take(c->a, e->nchildren * sizeof *n->children)
		: NULL;
	return n;
}

static void header(struct copier *c, struct plan_doc *n, struct plan_doc *d)
{
	n->root = stub(c, d->root);
	for (size_t i = 0; i < PLAN_DOC_NFIELDS; i++) {
		const struct plan_doc_field *f = &plan_doc_fields[i];
		struct plan_str s = *plan_doc_field_str(d, f);
		*plan_doc_field_str(n, f) = f->pointed_at ? str(c, s)
							  : text_only(c, s, false);
	}
	n->unit_code = text_only(c, d->unit_code, false);
	n->unit_name = text_only(c, d->unit_name, false);
	n->period_node = stub(c, d->period_node);
	n->parents = refs(c, d->parents, d->nparents);
}

static void copy_elements(struct copier *c, struct plan_doc *n,
			  const struct plan_doc *d)
{
	c->old_of = plan_xmalloc((d->nelements + 1) * sizeof *c->old_of);
	n->elements = plan_arena_alloc(c->a, (d->nelements + 1) *
					     sizeof *n->elements);
	/* pre-order: a parent is copied before its children */
	for (size_t i = 0; i < d->nelements; i++)
		n->elements[i] = c->old_of[i] = element(c, n, d->elements[i]);
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		for (size_t k = 0; k < e->nchildren; k++)
			n->elements[i]->children[k] =
				c->old_of[e->children[k]->order];
	}
	n->top = plan_arena_alloc(c->a, (d->ntop + 1) * sizeof *n->top);
	for (size_t i = 0; i < d->ntop; i++)
		n->top[i] = c->old_of[d->top[i]->order];
	free(c->old_of);
}

/* The header, and the elements when with_elements; else none. */
static struct plan_doc *compact(struct plan_doc *d, struct plan_arena *into,
				struct plan_strpool *pool, bool with_elements)
{
	struct copier c = {into, pool, NULL};
	struct plan_doc *n = plan_arena_take(c.a, sizeof *n);
	*n = *d;
	n->arena = c.a;
	n->file = plan_arena_strdup(c.a, d->file);
	header(&c, n, d);
	if (with_elements) {
		copy_elements(&c, n, d);
	} else {
		n->elements = n->top = NULL;
		n->nelements = n->ntop = 0;
	}
	return n;
}

struct plan_doc *plan_doc_compact_header_consume(struct plan_doc *d,
						 struct plan_arena *into,
						 struct plan_strpool *pool)
{
	return compact(d, into, pool, false);
}

struct plan_doc *plan_doc_compact_consume(struct plan_doc *d,
					  struct plan_arena *into,
					  struct plan_strpool *pool)
{
	return compact(d, into, pool, true);
}
