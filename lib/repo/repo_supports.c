/*
 * Cross-document rules over `supports` (SPEC 3.4, 4): supports-level,
 * supports-cycle, orphan.
 *
 * All three are linear in documents, elements and links: the level rule
 * looks at each resolved link once, cycles come from one iterative Tarjan
 * pass over the CSR graph of the index (national repositories have far
 * too many elements for recursion), and orphans consult a hash of the
 * loaded regions instead of comparing documents pairwise.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo/repo_priv.h"
#include "base/i18n.h"

/* ---- regions ---- */

struct region {
	const char *s;
	size_t len;			/* 0 when absent */
};

/* The region of a document; nasional has none (it is everyone's
 * ancestor, see is_above()). */
static struct region region_of(const struct plan_doc *d)
{
	if (!d->region.s || d->level == LEVEL_NASIONAL)
		return (struct region){NULL, 0};
	return (struct region){d->region.s, d->region.len};
}

/* b is a proper ancestor of a: a proper prefix at a `.` boundary. */
static bool region_is_ancestor(struct region b, struct region a)
{
	return b.len && b.len < a.len && !memcmp(a.s, b.s, b.len) &&
	       a.s[b.len] == '.';
}

/* ---- supports-level ---- */

static void level_finding(const struct plan_link *l,
			  struct plan_findings *out, const char *hint,
			  const char *msg)
{
	const struct plan_doc *d = l->from_doc;
	plan_finding_add(out, RULE_SUPPORTS_LEVEL, PLAN_SEV_DEFAULT,
			 (struct plan_pos){d->file, l->ref->node->line,
					   l->ref->node->column},
			 plan_element_ref(d, l->from),
			 plan_element_breadcrumb(d, l->from), hint, "%s", msg);
}

static void check_link_level(const struct plan_link *l,
			     struct plan_findings *out)
{
	const struct plan_doc *from = l->from_doc, *to = l->to_doc;
	int rf = plan_level_rank(from->level), rt = plan_level_rank(to->level);
	char msg[512], hint[256];

	if (rf < 0 || rt < 0)
		return;		/* an unknown level is the schema's finding */
	if (rt >= rf) {
		snprintf(msg, sizeof msg,
			 _("'%s' is in a %s plan, which is not above this %s plan"),
			 l->ref->text, plan_level_name(to->level),
			 plan_level_name(from->level));
		snprintf(hint, sizeof hint, "%s",
			 _("'supports' names what an element serves in a plan of a higher level; link down the other way, from the lower plan"));
		level_finding(l, out, hint, msg);
		return;
	}
	struct region a = region_of(from), b = region_of(to);
	if (to->level == LEVEL_NASIONAL || !a.len || !b.len ||
	    region_is_ancestor(b, a))
		return;
	snprintf(msg, sizeof msg,
		 _("'%s' is in a plan of region '%.*s', which is not above this plan's region '%.*s'"),
		 l->ref->text, (int)b.len, b.s, (int)a.len, a.s);
	snprintf(hint, sizeof hint,
		 _("link to a plan of a region that contains '%.*s' (or a national one)"),
		 (int)a.len, a.s);
	level_finding(l, out, hint, msg);
}

/* ---- supports-cycle: iterative Tarjan ---- */

/* One DFS frame: node, next out-link to follow, lowest visit number
 * reached from the node's subtree. */
struct frame {
	size_t v, next, low;
};

struct tarjan {
	const struct plan_repo *r;
	struct plan_findings *out;
	size_t n;
	size_t *tgt;		/* per link (index into r->links): target node */
	size_t *num;		/* 0 unvisited; 1..n visit number; > n: done,
				   n + 1 + its component */
	size_t counter, ncomp;
	size_t *stack, nstack;	/* Tarjan's stack; at most n entries */
	struct frame *frames;
	size_t nframes, capframes;
};

static bool done(const struct tarjan *t, size_t x)
{
	return x > t->n;
}

static size_t link_target(const struct tarjan *t, const struct plan_link *l)
{
	return t->tgt[(size_t)(l - t->r->links)];
}

static void visit(struct tarjan *t, size_t v)
{
	if (t->nframes == t->capframes) {
		t->capframes = t->capframes ? t->capframes * 2 : 64;
		t->frames = plan_xrealloc(t->frames,
					  t->capframes * sizeof *t->frames);
	}
	t->num[v] = ++t->counter;
	t->stack[t->nstack++] = v;
	t->frames[t->nframes++] =
		(struct frame){v, t->r->out_start[v], t->num[v]};
}

/* (file, line, column) order of the elements two links come from. */
static int elem_cmp(const struct plan_link *a, const struct plan_link *b)
{
	int c = strcmp(a->from_doc->file, b->from_doc->file);
	if (c)
		return c;
	const struct ynode *x = a->from->node, *y = b->from->node;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	return 0;
}

/* Report a component (stack[first..nstack), already marked with mark)
 * that goes round, at the first element's first link that stays in it. */
static void report_cycle(struct tarjan *t, size_t first, size_t mark)
{
	const struct plan_repo *r = t->r;
	/* every member has a link out: it is on a circle */
	size_t v = t->stack[first];
	for (size_t i = first + 1; i < t->nstack; i++) {
		size_t w = t->stack[i];
		if (elem_cmp(r->out_links[r->out_start[w]],
			     r->out_links[r->out_start[v]]) < 0)
			v = w;
	}
	for (size_t k = r->out_start[v]; k < r->out_start[v + 1]; k++) {
		const struct plan_link *l = r->out_links[k];
		if (t->num[link_target(t, l)] != mark)
			continue;
		const struct plan_doc *d = l->from_doc;
		size_t size = t->nstack - first;
		char msg[512];
		if (size == 1)
			snprintf(msg, sizeof msg,
				 _("'%s' names this element itself: a supports link goes round in a circle"),
				 l->ref->text);
		else
			snprintf(msg, sizeof msg,
				 _("supports links go round in a circle of %zu elements: following '%s' leads back here"),
				 size, l->ref->text);
		plan_finding_add(t->out, RULE_SUPPORTS_CYCLE, PLAN_SEV_DEFAULT,
			(struct plan_pos){d->file, l->ref->node->line,
					  l->ref->node->column},
			plan_element_ref(d, l->from),
			plan_element_breadcrumb(d, l->from),
			_("'supports' points up to plans of higher levels: remove the link that points down or sideways"),
			"%s", msg);
		return;
	}
}

static bool self_linked(const struct tarjan *t, size_t v)
{
	const struct plan_repo *r = t->r;
	for (size_t k = r->out_start[v]; k < r->out_start[v + 1]; k++)
		if (link_target(t, r->out_links[k]) == v)
			return true;
	return false;
}

/* v is the root of a component: pop it, and report it if it goes round. */
static void close_component(struct tarjan *t, size_t v)
{
	size_t first = t->nstack;
	while (t->stack[--first] != v)
		;
	size_t mark = t->n + 1 + t->ncomp++;
	for (size_t i = first; i < t->nstack; i++)
		t->num[t->stack[i]] = mark;
	if (t->nstack - first > 1 || self_linked(t, v))
		report_cycle(t, first, mark);
	t->nstack = first;
}

/* One step of the DFS: follow the top frame's next link, or finish it. */
static void step(struct tarjan *t)
{
	struct frame *f = &t->frames[t->nframes - 1];
	const struct plan_repo *r = t->r;

	if (f->next < r->out_start[f->v + 1]) {
		size_t w = link_target(t, r->out_links[f->next++]);
		if (t->num[w] == 0)
			visit(t, w);	/* f may move: not used after this */
		else if (!done(t, t->num[w]) && t->num[w] < f->low)
			f->low = t->num[w];
		return;
	}
	size_t v = f->v, low = f->low;
	t->nframes--;
	if (low == t->num[v])
		close_component(t, v);
	else if (t->nframes && t->frames[t->nframes - 1].low > low)
		t->frames[t->nframes - 1].low = low;
}

static void check_cycles(const struct plan_repo *r, struct plan_findings *out)
{
	struct tarjan t = {r, out, r->nelements, NULL, NULL, 0, 0, NULL, 0,
			   NULL, 0, 0};
	if (!r->nlinks || !r->out_start)
		return;
	t.tgt = plan_xmalloc(r->nlinks * sizeof *t.tgt);
	for (size_t i = 0; i < r->nlinks; i++)
		t.tgt[i] = plan_repo_element_number(r, r->links[i].to_doc,
					       r->links[i].to);
	t.num = plan_xmalloc((t.n + 1) * sizeof *t.num);
	memset(t.num, 0, (t.n + 1) * sizeof *t.num);
	t.stack = plan_xmalloc((t.n + 1) * sizeof *t.stack);
	for (size_t v = 0; v < t.n; v++) {
		if (t.num[v] || r->out_start[v] == r->out_start[v + 1])
			continue;	/* done, or leads nowhere */
		visit(&t, v);
		while (t.nframes)
			step(&t);
	}
	free(t.frames);
	free(t.stack);
	free(t.num);
	free(t.tgt);
}

/* ---- orphan ---- */

/* Per region code: the highest level (smallest rank) of the loaded plans
 * of that code, and a plan of that level to name in hints: rep[1] an
 * annual one, rep[0] another, the region's own plans before unit plans. */
struct region_top {
	int rank;
	const struct plan_doc *rep[2];
};

struct orphans {
	struct strmap by_region;	/* code -> struct region_top * */
	struct region_top *tops;
	struct region_top national;	/* rank -1: none loaded */
};

static bool unit_plan(enum plan_kind k)
{
	return k == KIND_RENSTRA || k == KIND_RENJA || k == KIND_RENSTRA_KL ||
	       k == KIND_RENJA_KL;
}

/* Keep d as the top plan of its region if it is of a higher level than
 * what is there, or a better plan of the same level to suggest. */
static void top_add(struct region_top *top, const struct plan_doc *d,
		    int rank)
{
	if (top->rank < 0 || rank < top->rank)
		*top = (struct region_top){rank, {NULL, NULL}};
	if (rank != top->rank)
		return;
	const struct plan_doc **rep = &top->rep[plan_kind_is_annual(d->kind)];
	if (!*rep || (unit_plan((*rep)->kind) && !unit_plan(d->kind)))
		*rep = d;
}

static void orphans_init(struct orphans *o, const struct plan_repo *r)
{
	size_t used = 0;
	plan_strmap_init(&o->by_region);
	o->tops = plan_xmalloc((r->ndocs + 1) * sizeof *o->tops);
	o->national = (struct region_top){-1, {NULL, NULL}};
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		int rank = plan_level_rank(d->level);
		struct region g = region_of(d);
		if (rank == 0)
			top_add(&o->national, d, rank);
		if (rank <= 0 || !g.len)
			continue;
		struct region_top *top = &o->tops[used];
		*top = (struct region_top){-1, {NULL, NULL}};
		struct region_top *have =
			plan_strmap_put(&o->by_region, g.s, g.len, top);
		if (have == top)
			used++;
		top_add(have, d, rank);
	}
}

static void orphans_release(struct orphans *o)
{
	plan_strmap_release(&o->by_region);
	free(o->tops);
}

static const struct plan_doc *suggest(const struct region_top *top,
				      const struct plan_doc *d)
{
	bool annual = plan_kind_is_annual(d->kind);
	return top->rep[annual] ? top->rep[annual] : top->rep[!annual];
}

/* The nearest loaded plan of a higher level for an ancestor region of d
 * (nasional included), or NULL. */
static const struct plan_doc *higher_plan(const struct orphans *o,
					  const struct plan_doc *d)
{
	int rank = plan_level_rank(d->level);
	struct region g = region_of(d);
	if (rank <= 0)
		return NULL;
	for (size_t i = g.len; i-- > 0;) {
		if (g.s[i] != '.')
			continue;
		const struct region_top *top =
			plan_strmap_get(&o->by_region, g.s, i);
		if (top && top->rank < rank)
			return suggest(top, d);
	}
	return o->national.rank == 0 ? suggest(&o->national, d) : NULL;
}

static void report_orphan(const struct plan_doc *d,
			  const struct plan_element *e,
			  const struct plan_doc *above,
			  struct plan_findings *out)
{
	char hint[512], what[32];
	snprintf(what, sizeof what, "%s", plan_elem_type_label(e->type));
	what[0] = (char)(what[0] >= 'A' && what[0] <= 'Z' ? what[0] - 'A' + 'a'
							  : what[0]);
	snprintf(hint, sizeof hint,
		 _("add 'supports:' naming what it serves in a plan above, such as an element of '%s'"),
		 above->id.s ? above->id.s : above->file);
	plan_finding_add(out, RULE_ORPHAN, PLAN_SEV_DEFAULT,
			 (struct plan_pos){d->file, e->node->line,
					   e->node->column},
			 plan_element_ref(d, e), plan_element_breadcrumb(d, e),
			 hint,
			 _("%s '%s' supports nothing: it has no 'supports' link to a higher plan"),
			 what, e->id ? e->id : "");
}

static void check_orphans(const struct plan_repo *r, struct plan_findings *out)
{
	struct orphans o;
	orphans_init(&o, r);
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		const struct plan_doc *above = higher_plan(&o, d);
		if (!above)
			continue;
		for (size_t k = 0; k < d->nelements; k++) {
			const struct plan_element *e = d->elements[k];
			if (!e->nsupports && plan_orphan_kind(d, e))
				report_orphan(d, e, above, out);
		}
	}
	orphans_release(&o);
}

void plan_repo_check_supports(struct plan_repo *r, struct plan_findings *out)
{
	for (size_t i = 0; i < r->nlinks; i++)
		check_link_level(&r->links[i], out);
	check_cycles(r, out);
	check_orphans(r, out);
}
