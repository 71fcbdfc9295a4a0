/* trace.c - the supports chain walked both ways, orphans, coverage (see
 * trace.h).  Only the public repository API is used: the graph is
 * plan_repo_links_to() downwards and the `supports` entries, resolved,
 * upwards (so that entries into documents not loaded show too). */
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

/* How far a near miss may be: a third of the text, at most 3. */
static unsigned near_max(const char *s)
{
	size_t n = strlen(s) / 3;
	return n < 1 ? 1 : n > 3 ? 3 : (unsigned)n;
}

static const char *nearest_element(const struct plan_doc *d, const char *el)
{
	unsigned max = near_max(el), best = max + 1;
	const char *found = NULL;
	for (size_t i = 0; i < d->nelements; i++) {
		const char *id = d->elements[i]->id;
		if (!id)
			continue;
		unsigned k = plan_edit_distance(el, id, max);
		if (k < best) {
			best = k;
			found = id;
		}
	}
	return found;
}

static const struct plan_doc *nearest_doc(const struct plan_repo *r,
					  const char *id)
{
	unsigned max = near_max(id), best = max + 1;
	const struct plan_doc *found = NULL;
	for (size_t i = 0; i < plan_repo_doc_count(r); i++) {
		const struct plan_doc *d = plan_repo_doc(r, i);
		if (!d->id.s)
			continue;
		unsigned k = plan_edit_distance(id, d->id.s, max);
		if (k < best) {
			best = k;
			found = d;
		}
	}
	return found;
}

static char *join_ref(const char *doc, const char *el)
{
	size_t n = strlen(doc) + (el ? strlen(el) + 1 : 0) + 1;
	char *s = plan_xmalloc(n);
	strcpy(s, doc);
	if (el) {
		strcat(s, "#");
		strcat(s, el);
	}
	return s;
}

/* A document near the one named; its element el if it has it, else its
 * nearest. */
static char *suggest_doc(const struct plan_repo *r, const char *ref,
			 const char *hash)
{
	char *id = hash ? plan_xstrdup(ref) : NULL;
	if (id)
		id[hash - ref] = '\0';
	const struct plan_doc *d = nearest_doc(r, id ? id : ref);
	free(id);
	if (!d)
		return NULL;
	const char *el = NULL;
	if (hash) {
		bool amb;
		char *try = join_ref(d->id.s, hash + 1);
		const struct plan_doc *dd;
		el = plan_repo_resolve(r, try, &dd, &amb) || amb
			? hash + 1 : nearest_element(d, hash + 1);
		free(try);
	}
	return join_ref(d->id.s, el);
}

void plan_lookup(struct plan_lookup *l, const struct plan_repo *r,
		 const char *ref)
{
	bool amb;
	const char *hash = strchr(ref, '#');
	memset(l, 0, sizeof *l);
	l->el = plan_repo_resolve(r, ref, &l->doc, &amb);
	if (!l->doc) {
		l->status = PLAN_LOOKUP_NO_DOCUMENT;
		l->suggestion = suggest_doc(r, ref, hash);
	} else if (!hash) {
		l->status = PLAN_LOOKUP_DOCUMENT;
	} else if (l->el) {
		l->status = PLAN_LOOKUP_ELEMENT;
	} else if (amb) {
		l->status = PLAN_LOOKUP_AMBIGUOUS;
	} else {
		const char *near = nearest_element(l->doc, hash + 1);
		l->status = PLAN_LOOKUP_NO_ELEMENT;
		l->suggestion = near ? join_ref(l->doc->id.s, near) : NULL;
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

/* ---- Coverage: the regions loaded ----------------------------------- */

struct cov_region {
	const char *code;		/* in the index's arena */
	size_t parent;			/* PLAN_TRACE_NONE at the root */
	int rank;
	enum plan_level level;		/* of the first document there */
	const char *name;
	size_t child0, nchild;		/* into plan_cov_index.children */
	uint32_t mark;			/* == gen: serves the current item */
};

struct plan_cov_index {
	struct plan_arena *arena;
	struct cov_region *v;
	size_t n, cap;
	struct strmap by_code;		/* code -> region number + 1 */
	size_t *children;		/* region numbers, grouped by parent,
					   in code order */
	size_t *doc_region;		/* by document number (seq): its
					   region number */
	uint32_t gen;
};

static size_t region_add(struct plan_cov_index *x, const char *code,
			 size_t len)
{
	uintptr_t v = (uintptr_t)plan_strmap_get(&x->by_code, code, len);
	if (v)
		return v - 1;
	if (x->n == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 64;
		x->v = plan_xrealloc(x->v, x->cap * sizeof *x->v);
	}
	struct cov_region *g = &x->v[x->n];
	memset(g, 0, sizeof *g);
	g->code = plan_arena_strndup(x->arena, code, len);
	g->parent = PLAN_TRACE_NONE;
	for (size_t i = 0; i < len; i++)
		g->rank += code[i] == '.';
	g->rank += len > 0;
	plan_strmap_put(&x->by_code, g->code, len, (void *)(uintptr_t)(x->n + 1));
	return x->n++;
}

/* The region of code and its ancestors (cut at each '.'); returns the
 * region of code itself. */
static size_t region_chain(struct plan_cov_index *x, const char *code,
			   size_t len)
{
	size_t self = region_add(x, code, len), child = self;
	while (len > 0) {
		while (len > 0 && code[len - 1] != '.')
			len--;
		if (len > 0)
			len--;		/* drop the '.' */
		size_t up = region_add(x, code, len);
		if (x->v[child].parent != PLAN_TRACE_NONE)
			break;		/* the rest is known already */
		x->v[child].parent = up;
		child = up;
	}
	return self;
}

struct sort_key {
	size_t parent;
	const char *code;
	size_t region;
};

static int by_parent_code(const void *a, const void *b)
{
	const struct sort_key *x = a, *y = b;
	if (x->parent != y->parent)
		return x->parent < y->parent ? -1 : 1;
	return strcmp(x->code, y->code);
}

/* Children lists: every region but the root (region 0), sorted by
 * (parent, code), so each parent's children are one run in code order. */
static void region_children(struct plan_cov_index *x)
{
	size_t n = x->n - 1;
	struct sort_key *k = plan_xmalloc((n + 1) * sizeof *k);
	for (size_t i = 0; i < n; i++)
		k[i] = (struct sort_key){x->v[i + 1].parent, x->v[i + 1].code,
					 i + 1};
	qsort(k, n, sizeof *k, by_parent_code);
	x->children = plan_xmalloc((n + 1) * sizeof *x->children);
	for (size_t i = n; i-- > 0;) {
		struct cov_region *p = &x->v[k[i].parent];
		x->children[i] = k[i].region;
		p->child0 = i;
		p->nchild++;
	}
	free(k);
}

static void index_doc(struct plan_cov_index *x, const struct plan_doc *d)
{
	const char *code = d->region.s ? d->region.s : "";
	size_t g = region_chain(x, code, d->region.s ? d->region.len : 0);
	x->doc_region[d->seq] = g;
	struct cov_region *reg = &x->v[g];
	if (reg->level == LEVEL_NONE)
		reg->level = d->level;
	if (!reg->name && d->region_name.s && *d->region_name.s)
		reg->name = d->region_name.s;
}

static struct plan_cov_index *index_build(const struct plan_repo *r,
					  const struct plan_tables *t)
{
	struct plan_cov_index *x = plan_xmalloc(sizeof *x);
	memset(x, 0, sizeof *x);
	x->arena = plan_arena_new();
	plan_strmap_init(&x->by_code);
	size_t nd = plan_repo_doc_count(r);
	x->doc_region = plan_xmalloc((nd ? nd : 1) * sizeof *x->doc_region);
	region_add(x, "", 0);		/* the root, nasional: region 0 */
	for (size_t i = 0; i < nd; i++)
		index_doc(x, plan_repo_doc(r, i));
	for (size_t i = 0; i < x->n; i++)
		x->v[i].name = plan_region_display(t, x->v[i].code,
						   x->v[i].name);
	region_children(x);
	return x;
}

static void index_free(struct plan_cov_index *x)
{
	if (!x)
		return;
	plan_arena_free(x->arena);
	free(x->v);
	free(x->children);
	plan_strmap_release(&x->by_code);
	free(x->doc_region);
	free(x);
}

/* ---- Coverage: one item --------------------------------------------- */

/* Mark the region of d and its ancestors as serving the current item. */
static void mark_regions(struct plan_cov_index *x, const struct plan_doc *d)
{
	size_t g = x->doc_region[d->seq];
	while (g != PLAN_TRACE_NONE && x->v[g].mark != x->gen) {
		x->v[g].mark = x->gen;
		g = x->v[g].parent;
	}
}

struct walk {
	struct plan_hmap seen;		/* element -> its place in met */
	const struct plan_element **met;	/* the item, its parts, then
						   each element met below */
	size_t nmet, capmet;
	struct plan_orphan *stack;	/* (doc, element) pairs to walk */
	size_t n, cap;
};

/* Count e as met; false if it was met before. */
static bool meet(struct walk *w, const struct plan_element *e)
{
	struct plan_hprobe p;
	plan_hmap_reserve(&w->seen, w->nmet + 1);
	for (uint32_t v = plan_hmap_first(&w->seen, elem_hash(e), &p);
	     v != PLAN_HMAP_NONE; v = plan_hmap_next(&w->seen, &p))
		if (w->met[v] == e)
			return false;
	if (w->nmet == w->capmet) {
		w->capmet = w->capmet ? 2 * w->capmet : 64;
		w->met = plan_xrealloc(w->met, w->capmet * sizeof *w->met);
	}
	plan_hmap_insert(&w->seen, &p, (uint32_t)w->nmet);
	w->met[w->nmet++] = e;
	return true;
}

static void walk_push(struct walk *w, const struct plan_doc *d,
		      const struct plan_element *e)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 16;
		w->stack = plan_xrealloc(w->stack, w->cap * sizeof *w->stack);
	}
	w->stack[w->n++] = (struct plan_orphan){d, e};
}

/* The item and its parts (a Program Prioritas of a Prioritas Nasional, a
 * kegiatan of a program): what serves a part serves the whole.  Pushed
 * as the walk's starting points, and counted as met with number 0. */
static void seed_parts(struct walk *w, const struct plan_doc *d,
		       const struct plan_element *e)
{
	size_t from = w->n;
	meet(w, e);
	walk_push(w, d, e);
	for (size_t i = from; i < w->n; i++) {
		const struct plan_element *p = w->stack[i].el;
		for (size_t k = 0; k < p->nchildren; k++) {
			meet(w, p->children[k]);
			walk_push(w, d, p->children[k]);
		}
	}
}

/* Walk everything below (d, e) and its parts, marking the regions it
 * lies in; returns the number of elements met. */
static size_t walk_below(struct plan_cov_index *x, const struct plan_repo *r,
			 const struct plan_doc *d, const struct plan_element *e)
{
	struct walk w = {.n = 0};
	size_t met = 0;
	plan_hmap_init(&w.seen);
	seed_parts(&w, d, e);
	while (w.n) {
		struct plan_orphan at = w.stack[--w.n];
		const struct plan_link *const *links;
		size_t nl = plan_repo_links_to(r, at.doc, at.el, &links);
		for (size_t i = 0; i < nl; i++) {
			if (!meet(&w, links[i]->from))
				continue;
			met++;
			mark_regions(x, links[i]->from_doc);
			walk_push(&w, links[i]->from_doc, links[i]->from);
		}
	}
	free(w.stack);
	free(w.met);
	plan_hmap_release(&w.seen);
	return met;
}

static const char *children_word(const struct plan_cov_index *x,
				 const struct cov_region *u)
{
	static const char *const words[] = {
		"regions", "provinsi", "kabupaten/kota", "kecamatan", "desa"};
	int rank = u->rank + 1;
	if (rank != 4)
		return rank < 4 ? words[rank] : words[0];
	for (size_t i = 0; i < u->nchild; i++)
		if (x->v[x->children[u->child0 + i]].level == LEVEL_NAGARI)
			return "nagari";
	return words[4];
}

static struct plan_cov_region cov_region(const struct cov_region *g,
					 uint32_t gen)
{
	return (struct plan_cov_region){g->code, g->name, g->rank,
					g->mark == gen};
}

static void fill_unit(struct plan_cov_index *x, struct plan_cov_unit *u,
		      size_t g)
{
	const struct cov_region *reg = &x->v[g];
	u->region = cov_region(reg, x->gen);
	u->children_word = children_word(x, reg);
	u->nchildren = reg->nchild;
	u->children = plan_arena_alloc(x->arena,
				       reg->nchild * sizeof *u->children);
	u->nsupported = 0;
	for (size_t i = 0; i < reg->nchild; i++) {
		const struct cov_region *c = &x->v[x->children[reg->child0 + i]];
		u->children[i] = cov_region(c, x->gen);
		u->nsupported += u->children[i].supported;
	}
}

/* The units of an item: its own region, then each child region with
 * children of its own. */
static void fill_units(struct plan_coverage *c, struct plan_cov_item *it)
{
	struct plan_cov_index *x = c->index;
	size_t own = x->doc_region[it->doc->seq];
	const struct cov_region *reg = &x->v[own];
	size_t n = reg->nchild ? 1 : 0;
	for (size_t i = 0; i < reg->nchild; i++)
		n += x->v[x->children[reg->child0 + i]].nchild > 0;
	it->units = plan_arena_alloc(x->arena, (n ? n : 1) * sizeof *it->units);
	it->nunits = 0;
	if (reg->nchild)
		fill_unit(x, &it->units[it->nunits++], own);
	for (size_t i = 0; i < reg->nchild; i++) {
		size_t g = x->children[reg->child0 + i];
		if (x->v[g].nchild)
			fill_unit(x, &it->units[it->nunits++], g);
	}
	for (size_t i = 0; i < it->nunits; i++)
		c->gaps += it->units[i].nsupported < it->units[i].nchildren;
}

static void add_item(struct plan_coverage *c, const struct plan_doc *d,
		     const struct plan_element *e)
{
	if (c->nitems == c->capitems) {
		c->capitems = c->capitems ? 2 * c->capitems : 16;
		c->items = plan_xrealloc(c->items,
					 c->capitems * sizeof *c->items);
	}
	struct plan_cov_item *it = &c->items[c->nitems++];
	const struct plan_link *const *links;
	memset(it, 0, sizeof *it);
	it->doc = d;
	it->el = e;
	it->direct = plan_repo_links_to(c->repo, d, e, &links);
	c->index->gen++;
	it->supporters = walk_below(c->index, c->repo, d, e);
	fill_units(c, it);
}

void plan_coverage_init(struct plan_coverage *c, const struct plan_repo *r,
			const struct plan_tables *t)
{
	memset(c, 0, sizeof *c);
	c->repo = r;
	c->tables = t;
	c->index = index_build(r, t);
}

void plan_coverage_add(struct plan_coverage *c, const struct plan_doc *d,
		       const struct plan_element *e)
{
	if (e) {
		add_item(c, d, e);
		return;
	}
	for (size_t i = 0; i < d->nelements; i++)
		if (d->elements[i]->id)
			add_item(c, d, d->elements[i]);
}

void plan_coverage_add_top(struct plan_coverage *c)
{
	const struct plan_repo *r = c->repo;
	int top = -1;
	for (size_t i = 0; i < plan_repo_doc_count(r); i++) {
		int rank = plan_level_rank(plan_repo_doc(r, i)->level);
		if (rank >= 0 && (top < 0 || rank < top))
			top = rank;
	}
	for (size_t i = 0; top >= 0 && i < plan_repo_doc_count(r); i++) {
		const struct plan_doc *d = plan_repo_doc(r, i);
		/* a second file declaring the same id is not the document */
		if (plan_level_rank(d->level) == top && d->id.s &&
		    plan_repo_find_doc(r, d->id.s) == d)
			plan_coverage_add(c, d, NULL);
	}
}

void plan_coverage_release(struct plan_coverage *c)
{
	index_free(c->index);
	free(c->items);
	memset(c, 0, sizeof *c);
}
