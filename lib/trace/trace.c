/* trace.c - the supports chain walked both ways, and orphans (see
 * trace.h; coverage is coverage.c).  Only the public repository API is
 * used: the graph is plan_repo_links_to() downwards and the `supports`
 * entries, resolved, upwards (so that entries into documents not loaded
 * show too). */
#include "trace/trace.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/hmap.h"
#include "base/value.h"

/* Elements met are kept in an index (base/hmap.h) under the hash of
 * their address. */
static uint64_t elem_hash(const struct plan_element *e)
{
	return plan_hash(&e, sizeof e);
}

/* ---- Looking a reference up ---------------------------------------- */

void plan_lookup(struct plan_lookup *l, const struct plan_repo *r,
		 const char *ref)
{
	bool amb;
	const char *hash = strchr(ref, '#');
	memset(l, 0, sizeof *l);
	l->el = plan_repo_resolve(r, ref, &l->doc, &amb);
	if (!l->doc) {
		l->status = PLAN_LOOKUP_NO_DOCUMENT;
		l->suggestion = plan_repo_suggest(r, ref, NULL);
	} else if (!hash) {
		l->status = PLAN_LOOKUP_DOCUMENT;
	} else if (l->el) {
		l->status = PLAN_LOOKUP_ELEMENT;
	} else if (amb) {
		l->status = PLAN_LOOKUP_AMBIGUOUS;
	} else {
		l->status = PLAN_LOOKUP_NO_ELEMENT;
		l->suggestion = plan_repo_suggest(r, ref, NULL);
	}
}

void plan_lookup_release(struct plan_lookup *l)
{
	free(l->suggestion);
	l->suggestion = NULL;
}

/* ---- Naming regions ------------------------------------------------- */

const char *plan_region_display(const struct plan_tables *t,
				const char *code, const char *fallback)
{
	if (!code || !*code)
		return "Indonesia";
	const char *name = t ? plan_tables_region_name(t, code) : NULL;
	if (name)
		return name;
	return fallback && *fallback ? fallback : code;
}

const char *plan_doc_region_display(const struct plan_tables *t,
				    const struct plan_doc *d)
{
	return plan_region_display(t, d->region.s, d->region_name.s);
}

/* ---- Up and down ---------------------------------------------------- */

struct frame {
	size_t node, next;
};

struct builder {
	struct plan_trace *t;
	size_t cap;
	bool *open;			/* per node: on the path being walked */
	struct plan_hmap seen;		/* element -> its first node */
	struct frame *stack;
	size_t nstack, capstack;
	const struct plan_repo *r;
};

static size_t add_node(struct builder *b, struct plan_trace_node n)
{
	struct plan_trace *t = b->t;
	if (t->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 16;
		t->nodes = plan_xrealloc(t->nodes, b->cap * sizeof *t->nodes);
		b->open = plan_xrealloc(b->open, b->cap * sizeof *b->open);
	}
	b->open[t->n] = false;
	t->nodes[t->n] = n;
	return t->n++;
}

static void push(struct builder *b, size_t node)
{
	if (b->nstack == b->capstack) {
		b->capstack = b->capstack ? 2 * b->capstack : 16;
		b->stack = plan_xrealloc(b->stack,
					 b->capstack * sizeof *b->stack);
	}
	b->stack[b->nstack++] = (struct frame){node, 0};
	b->open[node] = true;
}

/* Some element below e in its document, or e itself, has a link into it
 * (the part is worth showing in a down tree).  The parts form a tree, so
 * a plain stack walks them. */
static bool leads_somewhere(const struct plan_repo *r, const struct plan_doc *d,
			    const struct plan_element *e)
{
	const struct plan_element **stack = plan_xmalloc(16 * sizeof *stack);
	size_t n = 0, cap = 16;
	bool found = false;
	stack[n++] = e;
	while (n && !found) {
		const struct plan_link *const *links;
		const struct plan_element *p = stack[--n];
		found = plan_repo_links_to(r, d, p, &links) > 0;
		for (size_t k = 0; k < p->nchildren; k++) {
			if (n == cap) {
				cap *= 2;
				stack = plan_xrealloc(stack, cap * sizeof *stack);
			}
			stack[n++] = p->children[k];
		}
	}
	free(stack);
	return found;
}

/* Up: the supports entries, or, for an element without any, the element
 * it is part of.  Down: the links into it, then its parts. */
static size_t branch_count(const struct builder *b,
			   const struct plan_trace_node *at)
{
	const struct plan_link *const *links;
	if (b->t->dir == PLAN_TRACE_UP)
		return at->el->nsupports ? at->el->nsupports : !!at->el->parent;
	return plan_repo_links_to(b->r, at->doc, at->el, &links) +
	       at->el->nchildren;
}

static bool down_branch(const struct builder *b,
			const struct plan_trace_node *p, size_t i,
			struct plan_trace_node *n)
{
	const struct plan_link *const *links;
	size_t nl = plan_repo_links_to(b->r, p->doc, p->el, &links);
	if (i < nl) {
		n->doc = links[i]->from_doc;
		n->el = links[i]->from;
		n->ref = links[i]->ref;
		return true;
	}
	n->doc = p->doc;
	n->el = p->el->children[i - nl];
	n->part = true;
	return leads_somewhere(b->r, n->doc, n->el);
}

static void up_branch(const struct builder *b, const struct plan_trace_node *p,
		      size_t i, struct plan_trace_node *n)
{
	bool amb;
	if (!p->el->nsupports) {
		n->doc = p->doc;
		n->el = p->el->parent;
		n->part = true;
		return;
	}
	n->ref = &p->el->supports[i];
	n->el = plan_repo_resolve(b->r, n->ref->text, &n->doc, &amb);
	if (!n->doc)
		n->mark = PLAN_TRACE_NOT_LOADED;
	else if (!n->el)
		n->mark = PLAN_TRACE_NOT_FOUND;
}

/* The i-th branch of node at, as a node not yet placed; false when it is
 * not to be shown (a part with nothing below it). */
static bool branch(const struct builder *b, size_t at, size_t i,
		   struct plan_trace_node *n)
{
	const struct plan_trace_node *p = &b->t->nodes[at];
	*n = (struct plan_trace_node){.parent = at, .depth = p->depth + 1,
				      .mark = PLAN_TRACE_NEW};
	if (b->t->dir == PLAN_TRACE_DOWN)
		return down_branch(b, p, i, n);
	up_branch(b, p, i, n);
	return true;
}

/* The first node of el, or idx (which becomes its first) if it has none. */
static size_t first_node(struct builder *b, const struct plan_element *el,
			 size_t idx)
{
	struct plan_hprobe p;
	plan_hmap_reserve(&b->seen, b->seen.len + 1);
	for (uint32_t v = plan_hmap_first(&b->seen, elem_hash(el), &p);
	     v != PLAN_HMAP_NONE; v = plan_hmap_next(&b->seen, &p))
		if (b->t->nodes[v].el == el)
			return v;
	plan_hmap_insert(&b->seen, &p, (uint32_t)idx);
	return idx;
}

/* Place a branch: a new element is walked next, one met before is a
 * leaf (a repeat, or a cycle when it is on the path). */
static void place(struct builder *b, struct plan_trace_node n)
{
	size_t idx = b->t->n;
	if (n.mark != PLAN_TRACE_NEW) {
		n.first = idx;
		add_node(b, n);
		return;
	}
	size_t first = first_node(b, n.el, idx);
	n.first = first;
	if (first != idx)
		n.mark = b->open[first] ? PLAN_TRACE_CYCLE : PLAN_TRACE_REPEAT;
	add_node(b, n);
	if (first == idx)
		push(b, idx);
}

void plan_trace_build(struct plan_trace *t, const struct plan_repo *r,
		      const struct plan_doc *d, const struct plan_element *e,
		      enum plan_trace_dir dir)
{
	struct builder b = {.t = t, .r = r};
	memset(t, 0, sizeof *t);
	t->dir = dir;
	plan_hmap_init(&b.seen);
	size_t root = add_node(&b, (struct plan_trace_node){
		.doc = d, .el = e, .parent = PLAN_TRACE_NONE,
		.mark = PLAN_TRACE_NEW});
	first_node(&b, e, root);
	push(&b, root);
	while (b.nstack) {
		struct frame *f = &b.stack[b.nstack - 1];
		if (f->next == branch_count(&b, &t->nodes[f->node])) {
			b.open[f->node] = false;
			b.nstack--;
			continue;
		}
		/* place() may grow the stack: f is not used after it */
		struct plan_trace_node n;
		if (branch(&b, f->node, f->next++, &n))
			place(&b, n);
	}
	plan_hmap_release(&b.seen);
	free(b.open);
	free(b.stack);
}

void plan_trace_release(struct plan_trace *t)
{
	free(t->nodes);
	t->nodes = NULL;
	t->n = 0;
}

/* ---- Orphans -------------------------------------------------------- */

/* The lowest level rank of the documents at each region code. */
struct rank_index {
	struct strmap by_region;	/* code -> rank + 1, as a pointer */
	bool nasional;
};

static void rank_index_build(struct rank_index *x, const struct plan_repo *r)
{
	plan_strmap_init(&x->by_region);
	x->nasional = false;
	for (size_t i = 0; i < plan_repo_doc_count(r); i++) {
		const struct plan_doc *d = plan_repo_doc(r, i);
		int rank = plan_level_rank(d->level);
		if (rank == 0)
			x->nasional = true;
		if (rank <= 0 || !d->region.s)
			continue;
		void *v = (void *)(uintptr_t)(rank + 1);
		void *old = plan_strmap_put(&x->by_region, d->region.s,
				       d->region.len, v);
		if ((uintptr_t)old > (uintptr_t)v)
			plan_strmap_set(&x->by_region, d->region.s, d->region.len,
				   v);
	}
}

/* A plan of a higher level for d's region or an ancestor is loaded. */
static bool has_higher_plan(const struct rank_index *x,
			    const struct plan_doc *d)
{
	int rank = plan_level_rank(d->level);
	if (rank <= 0)
		return false;
	if (x->nasional)
		return true;
	const char *s = d->region.s;
	for (size_t n = 1; s && n <= d->region.len; n++) {
		if (n < d->region.len && s[n] != '.')
			continue;
		uintptr_t v = (uintptr_t)plan_strmap_get(&x->by_region, s, n);
		if (v && (int)v - 1 < rank)
			return true;
	}
	return false;
}

static void add_orphan(struct plan_orphans *o, size_t *cap,
		       const struct plan_doc *d, const struct plan_element *e)
{
	if (o->n == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		o->v = plan_xrealloc(o->v, *cap * sizeof *o->v);
	}
	o->v[o->n++] = (struct plan_orphan){d, e};
}

void plan_orphans_find(struct plan_orphans *o, const struct plan_repo *r)
{
	struct rank_index x;
	size_t cap = 0;
	memset(o, 0, sizeof *o);
	rank_index_build(&x, r);
	for (size_t i = 0; i < plan_repo_doc_count(r); i++) {
		const struct plan_doc *d = plan_repo_doc(r, i);
		if (!has_higher_plan(&x, d))
			continue;
		o->judged++;
		for (size_t k = 0; k < d->nelements; k++) {
			const struct plan_element *e = d->elements[k];
			if (!e->nsupports && plan_orphan_kind(d, e))
				add_orphan(o, &cap, d, e);
		}
	}
	plan_strmap_release(&x.by_region);
}

void plan_orphans_release(struct plan_orphans *o)
{
	free(o->v);
	memset(o, 0, sizeof *o);
}
