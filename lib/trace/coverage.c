/* coverage.c - which lower regions serve each counted element of a
 * higher plan (SPEC 7 plan-trace --coverage; see trace.h).
 *
 * The region index holds the regions loaded (each document's region and
 * its ancestors) and, with a region table, the table's children and
 * grandchildren of every document's region: all that a unit can count.
 * Elements are numbered across the repository (a document's first
 * number plus the element's place in it), so the walk's visited set is
 * an array of generation stamps: no hashing, nothing cleared between
 * items.
 *
 * "Through other elements" (SPEC 7) includes a plan's own restatement of
 * an element in the plans derived from it: a kabupaten links its RKPD
 * programs to the provincial RKPD (annual to annual), and the provincial
 * RKPD program 2.16.03 is the RPJMD program 2.16.03 of its parent RPJMD
 * for its year (align-* pair them the same way).  Without that step no
 * correctly linked region could ever serve an RPJMD program, since an
 * RKPD may not `supports` its own RPJMD (same level). */
#include "trace/trace.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/hmap.h"

#define NONE SIZE_MAX

/* ---- Which elements are counted ------------------------------------- */

bool plan_coverage_counted(const struct plan_doc *d,
			   const struct plan_element *e)
{
	switch (d->kind) {
	case KIND_RPJPN: case KIND_RPJMN: case KIND_RKP:
		return true;
	case KIND_RPJPD: case KIND_RPJMD: case KIND_RKPD:
		return e->type == EL_TUJUAN || e->type == EL_SASARAN ||
		       e->type == EL_PROGRAM;
	default:
		return false;
	}
}

/* ---- The region index ----------------------------------------------- */

struct cov_region {
	const char *code;		/* in the index's arena */
	const char *name;
	size_t parent;			/* NONE at the root */
	size_t child0, nchild;		/* into plan_cov_index.children */
	int rank;
	enum plan_level level;		/* of the first document there */
	uint32_t mark;			/* == gen: serves the current item */
	bool loaded;			/* a document of it or below it */
	bool has_docs;			/* a document of exactly this region */
	bool kelurahan;			/* never counted */
	bool counted;			/* counted for some item */
};

struct docel {
	const struct plan_doc *doc;
	const struct plan_element *el;
};

struct plan_cov_index {
	struct plan_arena *arena;
	struct cov_region *v;
	size_t n, cap;
	struct strmap by_code;		/* code -> region number + 1 */
	size_t *children;		/* region numbers, grouped by parent,
					   in code order */
	size_t *doc_region;		/* by document seq */
	size_t *elem0;			/* by document seq: its first element
					   number */
	uint32_t *seen;			/* by element number: == gen once met
					   in the current walk */
	/* A program's `sasaran:` links reversed: the programs that serve
	 * element number k are served[serve0[k] .. serve0[k + 1]).  NULL
	 * when no document has such links. */
	uint32_t *serve0;
	struct docel *served;
	/* The elements of derived plans by (parent document, type, code);
	 * derives[seq]: some loaded plan derives from document seq.  NULL
	 * when none does. */
	struct counterpart *derived;
	size_t nderived;
	bool *derives;
	uint32_t gen;
};

/* An element of a plan derived from the document numbered parent. */
struct counterpart {
	size_t parent;
	struct docel at;
};

/* A desa code's fourth part begins with 2 (or 3, desa adat); 1 is a
 * kelurahan, which has no plans of its own. */
static bool kelurahan_code(const char *code, size_t len)
{
	size_t dots = 0, i = 0;
	for (; i < len && dots < 3; i++)
		dots += code[i] == '.';
	return dots == 3 && i < len && code[i] == '1';
}

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
	g->parent = NONE;
	for (size_t i = 0; i < len; i++)
		g->rank += code[i] == '.';
	g->rank += len > 0;
	g->kelurahan = kelurahan_code(code, len);
	plan_strmap_put(&x->by_code, g->code, len,
			(void *)(uintptr_t)(x->n + 1));
	return x->n++;
}

/* The region of code and its ancestors (cut at each '.'), all loaded;
 * returns the region of code itself. */
static size_t region_chain(struct plan_cov_index *x, const char *code,
			   size_t len)
{
	size_t self = region_add(x, code, len), child = self;
	x->v[self].loaded = true;
	while (len > 0) {
		while (len > 0 && code[len - 1] != '.')
			len--;
		if (len > 0)
			len--;		/* drop the '.' */
		size_t up = region_add(x, code, len);
		if (x->v[child].parent != NONE)
			break;		/* the rest is known already */
		x->v[child].parent = up;
		x->v[up].loaded = true;
		child = up;
	}
	return self;
}

static void index_doc(struct plan_cov_index *x, const struct plan_doc *d)
{
	const char *code = d->region.s ? d->region.s : "";
	size_t g = region_chain(x, code, d->region.s ? d->region.len : 0);
	x->doc_region[d->seq] = g;
	struct cov_region *reg = &x->v[g];
	reg->has_docs = true;
	if (d->level == LEVEL_KELURAHAN)
		reg->kelurahan = true;
	if (reg->level == LEVEL_NONE)
		reg->level = d->level;
	if (!reg->name && d->region_name.s && *d->region_name.s)
		reg->name = d->region_name.s;
}

/* The table's children of region g, added below it (a region loaded is
 * there already, with its parent); returns how many the table lists. */
static size_t table_children(struct plan_cov_index *x,
			     const struct plan_tables *t, size_t g,
			     const char *const **kids)
{
	size_t n = plan_tables_region_children(t, x->v[g].code, kids);
	for (size_t i = 0; i < n; i++) {
		size_t k = region_add(x, (*kids)[i], strlen((*kids)[i]));
		if (x->v[k].parent == NONE && k != 0)
			x->v[k].parent = g;
	}
	return n;
}

/* Every region of the table on the two levels below each document's
 * region: the regions its elements' units count. */
static void index_table(struct plan_cov_index *x, const struct plan_tables *t)
{
	size_t n0 = x->n;
	for (size_t g = 0; g < n0; g++) {
		if (!x->v[g].has_docs)
			continue;
		const char *const *kids;
		size_t nk = table_children(x, t, g, &kids);
		for (size_t i = 0; i < nk; i++) {
			const char *const *grand;
			uintptr_t k = (uintptr_t)plan_strmap_get(&x->by_code,
								 kids[i], strlen(kids[i]));
			table_children(x, t, k - 1, &grand);
		}
	}
}

struct sort_key {
	size_t parent;
	const char *code;
	size_t region;
};

static int by_parent_code(const void *a, const void *b)
{
	const struct sort_key *p = a, *q = b;
	if (p->parent != q->parent)
		return p->parent < q->parent ? -1 : 1;
	return strcmp(p->code, q->code);
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

/* The number of e of d across the repository. */
static size_t elem_no(const struct plan_cov_index *x, const struct plan_doc *d,
		      const struct plan_element *e)
{
	return x->elem0[d->seq] + e->order;
}

/* The sasaran an internal link names (ids: the document's), or NULL. */
static const struct plan_element *sasaran_named(const struct strmap *ids,
						const char *id)
{
	const struct plan_element *s = plan_strmap_get(ids, id, strlen(id));
	return s && s->type == EL_SASARAN ? s : NULL;
}

/* Calls fn for each (program, sasaran) pair of d's `sasaran:` links. */
static void sasaran_links(const struct plan_doc *d, struct strmap *ids,
			  void (*fn)(void *ctx, const struct plan_doc *d,
				     const struct plan_element *prog,
				     const struct plan_element *sas),
			  void *ctx)
{
	bool any = false;
	for (size_t i = 0; i < d->nelements && !any; i++)
		any = d->elements[i]->extra->nlinks > 0;
	if (!any)
		return;
	plan_strmap_init(ids);
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		if (e->type == EL_SASARAN && e->id)
			plan_strmap_put(ids, e->id, strlen(e->id), (void *)e);
	}
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		for (size_t k = 0; k < e->extra->nlinks; k++) {
			const struct plan_element *s =
				sasaran_named(ids, e->extra->links[k].text);
			if (s)
				fn(ctx, d, e, s);
		}
	}
	plan_strmap_release(ids);
}

static void count_served(void *ctx, const struct plan_doc *d,
			 const struct plan_element *prog,
			 const struct plan_element *sas)
{
	struct plan_cov_index *x = ctx;
	(void)prog;
	x->serve0[elem_no(x, d, sas) + 1]++;
}

static void fill_served(void *ctx, const struct plan_doc *d,
			const struct plan_element *prog,
			const struct plan_element *sas)
{
	struct plan_cov_index *x = ctx;
	/* serve0[k] counts up to the end of k's run as it fills */
	x->served[x->serve0[elem_no(x, d, sas)]++] =
		(struct docel){d, prog};
}

/* The programs serving each sasaran, in two passes over the documents
 * that have `sasaran:` links (count, then fill). */
static void index_served(struct plan_cov_index *x, const struct plan_repo *r,
			 size_t nel)
{
	struct strmap ids;
	size_t nd = plan_repo_doc_count(r);
	x->serve0 = plan_xmalloc((nel + 2) * sizeof *x->serve0);
	memset(x->serve0, 0, (nel + 2) * sizeof *x->serve0);
	for (size_t i = 0; i < nd; i++)
		sasaran_links(plan_repo_doc(r, i), &ids, count_served, x);
	for (size_t k = 1; k <= nel; k++)
		x->serve0[k] += x->serve0[k - 1];
	if (!x->serve0[nel]) {
		free(x->serve0);
		x->serve0 = NULL;
		return;
	}
	x->served = plan_xmalloc(x->serve0[nel] * sizeof *x->served);
	for (size_t i = 0; i < nd; i++)
		sasaran_links(plan_repo_doc(r, i), &ids, fill_served, x);
	/* each run's start moved to its end: shift back */
	memmove(x->serve0 + 1, x->serve0, nel * sizeof *x->serve0);
	x->serve0[0] = 0;
}

/* ---- The plans derived from a document -------------------------------- */

static bool restated_type(enum plan_elem_type t)
{
	return t == EL_TUJUAN || t == EL_SASARAN || t == EL_PROGRAM;
}

static int cmp_key(size_t parent, enum plan_elem_type type,
		   struct plan_str code, const struct counterpart *b)
{
	if (parent != b->parent)
		return parent < b->parent ? -1 : 1;
	if (type != b->at.el->type)
		return type < b->at.el->type ? -1 : 1;
	size_t n = code.len < b->at.el->code.len ? code.len : b->at.el->code.len;
	int c = memcmp(code.s, b->at.el->code.s, n);
	if (c)
		return c;
	return code.len < b->at.el->code.len ? -1 : code.len > b->at.el->code.len;
}

static int cmp_counterpart(const void *pa, const void *pb)
{
	const struct counterpart *a = pa, *b = pb;
	int c = cmp_key(a->parent, a->at.el->type, a->at.el->code, b);
	if (c)
		return c;
	if (a->at.doc->seq != b->at.doc->seq)	/* qsort is not stable */
		return a->at.doc->seq < b->at.doc->seq ? -1 : 1;
	return (a->at.el->order > b->at.el->order) -
	       (a->at.el->order < b->at.el->order);
}

static void add_counterparts(struct plan_cov_index *x, size_t *cap,
			     const struct plan_doc *d, size_t parent)
{
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		if (!restated_type(e->type) || !e->code.s)
			continue;
		if (x->nderived == *cap) {
			*cap = *cap ? 2 * *cap : 64;
			x->derived = plan_xrealloc(x->derived,
						   *cap * sizeof *x->derived);
		}
		x->derived[x->nderived++] = (struct counterpart){parent, {d, e}};
	}
	x->derives[parent] = true;
}

static void index_derived(struct plan_cov_index *x, const struct plan_repo *r)
{
	size_t nd = plan_repo_doc_count(r), cap = 0;
	x->derives = plan_xmalloc((nd + 1) * sizeof *x->derives);
	memset(x->derives, 0, (nd + 1) * sizeof *x->derives);
	for (size_t i = 0; i < nd; i++) {
		const struct plan_doc *d = plan_repo_doc(r, i);
		for (size_t j = 0; j < d->nparents; j++) {
			const struct plan_doc *p = plan_repo_aligned_parent(r, d, j);
			if (p)
				add_counterparts(x, &cap, d, p->seq);
		}
	}
	if (!x->nderived) {
		free(x->derives);
		x->derives = NULL;
		return;
	}
	qsort(x->derived, x->nderived, sizeof *x->derived, cmp_counterpart);
}

/* The first counterpart of e of document d, or NULL; the others follow
 * it while cmp_key() says 0. */
static const struct counterpart *counterparts(const struct plan_cov_index *x,
					      const struct plan_doc *d,
					      const struct plan_element *e)
{
	if (!x->derives || !x->derives[d->seq] || !e->code.s ||
	    !restated_type(e->type))
		return NULL;
	size_t lo = 0, hi = x->nderived;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_key(d->seq, e->type, e->code, &x->derived[mid]) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == x->nderived || cmp_key(d->seq, e->type, e->code,
					 &x->derived[lo]))
		return NULL;
	return &x->derived[lo];
}

static struct plan_cov_index *index_build(const struct plan_repo *r,
					  const struct plan_tables *t)
{
	struct plan_cov_index *x = plan_xmalloc(sizeof *x);
	memset(x, 0, sizeof *x);
	x->arena = plan_arena_new();
	plan_strmap_init(&x->by_code);
	size_t nd = plan_repo_doc_count(r), nel = 0;
	x->doc_region = plan_xmalloc((nd + 1) * sizeof *x->doc_region);
	x->elem0 = plan_xmalloc((nd + 1) * sizeof *x->elem0);
	region_add(x, "", 0);		/* the root, nasional: region 0 */
	for (size_t i = 0; i < nd; i++) {
		const struct plan_doc *d = plan_repo_doc(r, i);
		index_doc(x, d);
		x->elem0[i] = nel;
		nel += d->nelements;
	}
	if (plan_tables_has_regions(t))
		index_table(x, t);
	for (size_t i = 0; i < x->n; i++)
		x->v[i].name = plan_region_display(t, x->v[i].code,
						   x->v[i].name);
	region_children(x);
	x->seen = plan_xmalloc((nel + 1) * sizeof *x->seen);
	memset(x->seen, 0, (nel + 1) * sizeof *x->seen);
	index_served(x, r, nel);
	index_derived(x, r);
	return x;
}

static void index_free(struct plan_cov_index *x)
{
	if (!x)
		return;
	plan_arena_free(x->arena);
	free(x->v);
	free(x->children);
	free(x->doc_region);
	free(x->elem0);
	free(x->seen);
	free(x->serve0);
	free(x->served);
	free(x->derived);
	free(x->derives);
	plan_strmap_release(&x->by_code);
	free(x);
}

/* ---- One item: the walk down ---------------------------------------- */

/* Mark the region of d and its ancestors as serving the current item. */
static void mark_regions(struct plan_cov_index *x, const struct plan_doc *d)
{
	size_t g = x->doc_region[d->seq];
	while (g != NONE && x->v[g].mark != x->gen) {
		x->v[g].mark = x->gen;
		g = x->v[g].parent;
	}
}

struct walk {
	struct plan_cov_index *x;
	struct docel *stack;
	size_t n, cap;
};

static void push(struct walk *w, const struct plan_doc *d,
		 const struct plan_element *e)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->stack = plan_xrealloc(w->stack, w->cap * sizeof *w->stack);
	}
	w->stack[w->n++] = (struct docel){d, e};
}

/* Push (d, e) unless met already in this walk; true when pushed. */
static bool meet(struct walk *w, const struct plan_doc *d,
		 const struct plan_element *e)
{
	uint32_t *s = &w->x->seen[elem_no(w->x, d, e)];
	if (*s == w->x->gen)
		return false;
	*s = w->x->gen;
	push(w, d, e);
	return true;
}

/* What serves at: its parts (what serves a part serves the whole: not
 * counted as serving), its counterparts in the plans derived from its
 * plan (the same element restated: not counted either), the programs
 * naming it in `sasaran:`, the elements linking to it.  Returns the
 * number of servers newly met. */
static size_t step(struct walk *w, const struct plan_repo *r,
		   struct docel at)
{
	struct plan_cov_index *x = w->x;
	size_t met = 0;
	for (size_t k = 0; k < at.el->nchildren; k++)
		meet(w, at.doc, at.el->children[k]);
	const struct counterpart *c = counterparts(x, at.doc, at.el);
	for (; c && c < x->derived + x->nderived &&
	       !cmp_key(at.doc->seq, at.el->type, at.el->code, c); c++)
		push(w, c->at.doc, c->at.el);	/* not met: a link into it
						   still counts it */
	if (x->serve0) {
		size_t k = elem_no(x, at.doc, at.el);
		for (uint32_t i = x->serve0[k]; i < x->serve0[k + 1]; i++)
			met += meet(w, x->served[i].doc, x->served[i].el);
	}
	const struct plan_link *const *links;
	size_t nl = plan_repo_links_to(r, at.doc, at.el, &links);
	for (size_t i = 0; i < nl; i++)
		if (meet(w, links[i]->from_doc, links[i]->from)) {
			met++;
			mark_regions(x, links[i]->from_doc);
		}
	return met;
}

/* Walk everything below (d, e), marking the regions it lies in; returns
 * the number of elements met that serve it. */
static size_t walk_below(struct plan_cov_index *x, const struct plan_repo *r,
			 const struct plan_doc *d, const struct plan_element *e)
{
	struct walk w = {.x = x};
	size_t met = 0;
	x->gen++;
	meet(&w, d, e);
	while (w.n) {
		struct docel at = w.stack[--w.n];
		met += step(&w, r, at);
	}
	free(w.stack);
	return met;
}

/* ---- One item: the units -------------------------------------------- */

static bool countable(const struct cov_region *g)
{
	return !g->kelurahan;
}

static size_t countable_children(const struct plan_cov_index *x,
				 const struct cov_region *u)
{
	size_t n = 0;
	for (size_t i = 0; i < u->nchild; i++)
		n += countable(&x->v[x->children[u->child0 + i]]);
	return n;
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
					g->mark == gen, g->loaded};
}

static void fill_unit(struct plan_coverage *c, struct plan_cov_unit *u,
		      size_t g)
{
	struct plan_cov_index *x = c->index;
	const struct cov_region *reg = &x->v[g];
	memset(u, 0, sizeof *u);
	u->region = cov_region(reg, x->gen);
	u->children_word = children_word(x, reg);
	u->children = plan_arena_alloc(x->arena, (countable_children(x, reg)
						  + 1) * sizeof *u->children);
	for (size_t i = 0; i < reg->nchild; i++) {
		struct cov_region *k = &x->v[x->children[reg->child0 + i]];
		if (!countable(k))
			continue;
		struct plan_cov_region *ch = &u->children[u->nchildren++];
		*ch = cov_region(k, x->gen);
		u->nsupported += ch->supported;
		u->nno_plan += !ch->loaded;
		if (!ch->loaded && !k->counted)
			c->no_plan++;
		k->counted = true;
	}
}

/* The units of an item: its own region, then each child region with
 * children of its own. */
static void fill_units(struct plan_coverage *c, struct plan_cov_item *it)
{
	struct plan_cov_index *x = c->index;
	size_t own = x->doc_region[it->doc->seq];
	const struct cov_region *reg = &x->v[own];
	size_t n = 1;
	for (size_t i = 0; i < reg->nchild; i++)
		n += countable_children(x, &x->v[x->children[reg->child0 + i]])
		     > 0;
	it->units = plan_arena_alloc(x->arena, n * sizeof *it->units);
	it->nunits = 0;
	if (countable_children(x, reg))
		fill_unit(c, &it->units[it->nunits++], own);
	for (size_t i = 0; i < reg->nchild; i++) {
		size_t g = x->children[reg->child0 + i];
		if (countable(&x->v[g]) && countable_children(x, &x->v[g]))
			fill_unit(c, &it->units[it->nunits++], g);
	}
	for (size_t i = 0; i < it->nunits; i++)
		c->gaps += plan_cov_unit_gap(&it->units[i]);
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
	it->supporters = walk_below(c->index, c->repo, d, e);
	fill_units(c, it);
}

/* ---- The public face ------------------------------------------------ */

void plan_coverage_init(struct plan_coverage *c, const struct plan_repo *r,
			const struct plan_tables *t)
{
	memset(c, 0, sizeof *c);
	c->repo = r;
	c->tables = t;
	c->regions_from_table = plan_tables_has_regions(t);
	c->index = index_build(r, t);
}

void plan_coverage_add(struct plan_coverage *c, const struct plan_doc *d,
		       const struct plan_element *e)
{
	if (e)
		add_item(c, d, e);
	/* e's descendants follow it in document order, up to the first
	 * element whose order is past its subtree */
	size_t from = e ? e->order + 1 : 0;
	for (size_t i = from; i < d->nelements; i++) {
		const struct plan_element *k = d->elements[i];
		if (e) {
			const struct plan_element *p = k->parent;
			while (p && p != e)
				p = p->parent;
			if (!p)
				break;
		}
		if (k->id && plan_coverage_counted(d, k))
			add_item(c, d, k);
	}
}

/* Whether d has an element coverage counts. */
static bool doc_counts(const struct plan_doc *d)
{
	for (size_t i = 0; i < d->nelements; i++)
		if (d->elements[i]->id && plan_coverage_counted(d, d->elements[i]))
			return true;
	return false;
}

void plan_coverage_add_top_of(struct plan_coverage *c,
			      const struct plan_doc *const *docs, size_t n)
{
	int top = -1;
	bool *use = plan_xmalloc((n + 1) * sizeof *use);
	for (size_t i = 0; i < n; i++) {
		const struct plan_doc *d = docs[i];
		int rank = plan_level_rank(d->level);
		/* a second file declaring the same id is not the document */
		use[i] = rank >= 0 && d->id.s &&
			 plan_repo_find_doc(c->repo, d->id.s) == d &&
			 doc_counts(d);
		if (use[i] && (top < 0 || rank < top))
			top = rank;
	}
	for (size_t i = 0; i < n; i++)
		if (use[i] && plan_level_rank(docs[i]->level) == top)
			plan_coverage_add(c, docs[i], NULL);
	free(use);
}

void plan_coverage_add_top(struct plan_coverage *c)
{
	size_t n = plan_repo_doc_count(c->repo);
	const struct plan_doc **docs = plan_xmalloc((n + 1) * sizeof *docs);
	for (size_t i = 0; i < n; i++)
		docs[i] = plan_repo_doc(c->repo, i);
	plan_coverage_add_top_of(c, docs, n);
	free(docs);
}

void plan_coverage_release(struct plan_coverage *c)
{
	index_free(c->index);
	free(c->items);
	memset(c, 0, sizeof *c);
}
