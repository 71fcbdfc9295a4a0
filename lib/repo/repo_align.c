/*
 * align-missing, align-target, align-budget (SPEC 4): a document against
 * each loaded, same-region parent of a kind it derives from.
 *
 * Each parent is indexed once (however many documents name it) by scope,
 * normalised code and normalised unit, so every element of a child costs
 * a constant number of look-ups: linear at national scale.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo/repo_priv.h"
#include "base/i18n.h"
#include "base/value.h"

#define QUOTE_MAX 60	/* bytes of plan text quoted back in a message */

/* The elements of one parent document, for matching.  The scope of a
 * kegiatan (sub-kegiatan) is its program (kegiatan): it is looked for
 * only under the element its parent matched.  Programs and village
 * kegiatan have scope 0. */
struct align_index {
	bool has[EL_TYPE_COUNT];	/* the levels the document has */
	struct strmap exact;		/* scope, code, unit -> element */
	struct strmap nounit;		/* scope, code -> first without unit */
	struct strmap any;		/* scope, code -> first element */
	struct plan_arena *keys;
};

/* A growable key, reused for every look-up. */
struct key {
	char *s;
	size_t len, cap;
};

/* One child document against one parent. */
struct pair {
	const struct plan_doc *d, *p;
	struct align_index *x;
	bool budget;			/* renja against its RKPD */
	struct key *k;
	struct plan_findings *out;
};

/* --- keys ------------------------------------------------------------ */

static void key_add(struct key *k, const char *s, size_t n)
{
	if (k->len + n > k->cap) {
		while (k->len + n > k->cap)
			k->cap = k->cap ? k->cap * 2 : 128;
		k->s = plan_xrealloc(k->s, k->cap);
	}
	if (n)
		memcpy(k->s + k->len, s, n);
	k->len += n;
}

/* The 2020 tables' sub-kegiatan `.03` is the 2021 tables' `.0003`
 * (SPEC 3.5): pad a short numeric last part to four digits. */
static void key_code(struct key *k, const struct plan_element *e)
{
	const char *s = e->code.s;
	size_t n = e->code.len, tail = 0;
	while (tail < n && s[n - 1 - tail] >= '0' && s[n - 1 - tail] <= '9')
		tail++;
	bool short_part = tail > 0 && tail < 4 && tail < n &&
			  s[n - 1 - tail] == '.';
	if (e->type != EL_SUB_KEGIATAN || !short_part) {
		key_add(k, s, n);
		return;
	}
	key_add(k, s, n - tail);
	key_add(k, "000", 4 - tail);
	key_add(k, s + n - tail, tail);
}

/* A unit code with and without the `.0000` of the unit itself (as
 * opposed to one of its sub-units) is the same unit. */
static void key_unit(struct key *k, const char *unit)
{
	size_t n = strlen(unit);
	if (n > 5 && !strcmp(unit + n - 5, ".0000"))
		n -= 5;
	key_add(k, "", 1);
	key_add(k, unit, n);
}

/* scope NUL code: the key for an element under a matched scope. */
static void key_start(struct key *k, size_t scope, const struct plan_element *e)
{
	k->len = 0;
	key_add(k, (const char *)&scope, sizeof scope);
	key_code(k, e);
}

/* --- the index of a parent -------------------------------------------- */

static bool aligned_type(enum plan_elem_type t)
{
	return t == EL_PROGRAM || t == EL_KEGIATAN || t == EL_SUB_KEGIATAN ||
	       t == EL_VKEGIATAN;
}

static size_t scope_of(const struct plan_element *e)
{
	return e->type == EL_VKEGIATAN || !e->parent ? 0
						     : e->parent->order + 1;
}

static void index_put(struct align_index *x, struct strmap *m,
		      const struct key *k, const struct plan_element *e)
{
	if (plan_strmap_get(m, k->s, k->len))
		return;		/* the first one stands, as for ids */
	plan_strmap_put(m, plan_arena_strndup(x->keys, k->s, k->len), k->len,
		   (void *)e);
}

static struct align_index *index_build(const struct plan_doc *p,
				       struct key *k)
{
	struct align_index *x = plan_xmalloc(sizeof *x);
	memset(x, 0, sizeof *x);
	plan_strmap_init(&x->exact);
	plan_strmap_init(&x->nounit);
	plan_strmap_init(&x->any);
	x->keys = plan_arena_new();
	for (size_t i = 0; i < p->nelements; i++) {
		const struct plan_element *e = p->elements[i];
		if (!aligned_type(e->type) || !e->code.s)
			continue;
		x->has[e->type] = true;
		key_start(k, scope_of(e), e);
		index_put(x, &x->any, k, e);
		if (!e->eff_unit) {
			index_put(x, &x->nounit, k, e);
			continue;
		}
		key_unit(k, e->eff_unit);
		index_put(x, &x->exact, k, e);
	}
	return x;
}

static void index_free(struct align_index *x)
{
	if (!x)
		return;
	plan_strmap_release(&x->exact);
	plan_strmap_release(&x->nounit);
	plan_strmap_release(&x->any);
	plan_arena_free(x->keys);
	free(x);
}

/* The parent's element for e under scope: same code, and the same unit
 * where both have one.  When only another unit has the code, *other is
 * set to it (for the message). */
static const struct plan_element *match(struct pair *p, size_t scope,
					const struct plan_element *e,
					const struct plan_element **other)
{
	struct key *k = p->k;
	*other = NULL;
	key_start(k, scope, e);
	if (!e->eff_unit)
		return plan_strmap_get(&p->x->any, k->s, k->len);
	size_t base = k->len;
	key_unit(k, e->eff_unit);
	const struct plan_element *m = plan_strmap_get(&p->x->exact, k->s, k->len);
	if (m)
		return m;
	m = plan_strmap_get(&p->x->nounit, k->s, base);
	if (!m)
		*other = plan_strmap_get(&p->x->any, k->s, base);
	return m;
}

/* --- findings --------------------------------------------------------- */

/* s[0..n) cut to at most QUOTE_MAX bytes at a UTF-8 boundary, with "..."
 * when cut, into buf (QUOTE_MAX + 4 bytes). */
static const char *quote(const char *s, size_t n, char *buf)
{
	if (!s)
		return "";
	if (n <= QUOTE_MAX) {
		memcpy(buf, s, n);
		buf[n] = '\0';
		return buf;
	}
	n = QUOTE_MAX;
	while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;		/* not in the middle of a character */
	memcpy(buf, s, n);
	memcpy(buf + n, "...", 4);
	return buf;
}

static struct plan_pos pos_of(const struct plan_doc *d, const struct ynode *n)
{
	return (struct plan_pos){d->file, n->line, n->column};
}

static void report_missing(struct pair *p, const struct plan_element *e,
			   const struct plan_element *scope,
			   const struct plan_element *other)
{
	char where[256] = "", unit[256] = "", hint[512];
	if (scope && scope->code.s)
		snprintf(where, sizeof where, _(" under %s '%.*s'"),
			 plan_elem_type_word(scope->type), (int)scope->code.len,
			 scope->code.s);
	if (other) {
		snprintf(unit, sizeof unit, _(" for unit '%s'"), e->eff_unit);
		snprintf(hint, sizeof hint, _("'%s' has it for unit '%s' only: "
			 "correct the code or the unit, or add the %s to '%s' "
			 "for this unit first"), p->p->id.s, other->eff_unit,
			 plan_elem_type_word(e->type), p->p->id.s);
	} else {
		snprintf(hint, sizeof hint, _("write a code that '%s' has, or "
			 "add the %s to '%s' first"), p->p->id.s, plan_elem_type_word(e->type),
			 p->p->id.s);
	}
	plan_finding_add(p->out, RULE_ALIGN_MISSING, PLAN_SEV_DEFAULT,
			 pos_of(p->d, e->node), plan_element_ref(p->d, e),
			 plan_element_breadcrumb(p->d, e), hint,
			 _("%s '%.*s' is not%s in parent plan '%s'%s"),
			 plan_elem_type_word(e->type), (int)e->code.len, e->code.s, where,
			 p->p->id.s, unit);
}

/* --- align-target ----------------------------------------------------- */

static bool str_eq(struct plan_str a, struct plan_str b)
{
	return a.len == b.len && !memcmp(a.s, b.s, a.len);
}

/* The same indicator (SPEC 3.2): where both have a code the codes decide,
 * otherwise the folded names. */
static const struct plan_indicator *same_indicator(
	const struct plan_element *m, const struct plan_indicator *ci)
{
	for (size_t i = 0; i < m->nindicators; i++) {
		const struct plan_indicator *pi = &m->indicators[i];
		if (ci->code.s && pi->code.s) {
			if (str_eq(ci->code, pi->code))
				return pi;
		} else if (ci->name.s && pi->name.s &&
			   plan_fold_eq(ci->name.s, ci->name.len, pi->name.s,
					pi->name.len)) {
			return pi;
		}
	}
	return NULL;
}

static const struct ynode *target_for(const struct plan_indicator *ind,
				      int year)
{
	for (size_t i = 0; i < ind->targets.n; i++) {
		const struct plan_yearval *v = &ind->targets.v[i];
		if (v->year == year && ynode_is_text(v->value))
			return v->sheet ? NULL : v->value;	/* number-format's */
	}
	return NULL;
}

/* What a child target c says against the parent's t: NULL when they
 * agree; else the words of the message, *sev set. */
static const char *judge(const struct ynode *c, const struct ynode *t,
			 enum plan_direction dir, enum plan_severity *sev)
{
	*sev = PLAN_SEV_WARNING;
	if (!plan_is_number(c->text, c->len) ||
	    !plan_is_number(t->text, t->len))
		return plan_fold_eq(c->text, c->len, t->text, t->len)
			? NULL : _("differs from");
	int cmp = plan_number_cmp(c->text, c->len, t->text, t->len);
	if (!cmp)
		return NULL;
	if (dir == DIR_EXACT) {
		*sev = PLAN_SEV_ERROR;
		return _("differs from the exact");
	}
	if ((dir == DIR_UP) == (cmp < 0)) {
		*sev = PLAN_SEV_ERROR;
		return dir == DIR_UP ? _("is below") : _("is above");
	}
	return _("is more ambitious than");
}

static void report_target(struct pair *p, const struct plan_element *e,
			  const struct plan_indicator *ci,
			  const struct plan_yearval *cv, const struct ynode *t,
			  const char *verdict, enum plan_severity sev)
{
	char hint[512], qn[QUOTE_MAX + 4], qc[QUOTE_MAX + 4],
		qt[QUOTE_MAX + 4];
	quote(t->text, t->len, qt);
	snprintf(hint, sizeof hint, sev == PLAN_SEV_ERROR
		 ? _("write '%s' as '%s' does, or agree a change of the parent "
		   "plan first")
		 : _("write '%s' as '%s' does, unless the difference is meant"),
		 qt, p->p->id.s);
	plan_finding_add(p->out, RULE_ALIGN_TARGET, sev, pos_of(p->d, cv->key),
			 plan_element_ref(p->d, e),
			 plan_indicator_breadcrumb(p->d, e, ci->index), hint,
			 _("target for %d of '%s' is '%s', which %s '%s' in "
			 "parent plan '%s'"), cv->year,
			 quote(ci->name.s, ci->name.len, qn),
			 quote(cv->value->text, cv->value->len, qc), verdict,
			 qt, p->p->id.s);
}

static void align_indicator(struct pair *p, const struct plan_element *e,
			    const struct plan_indicator *ci,
			    const struct plan_indicator *pi)
{
	for (size_t i = 0; i < ci->targets.n; i++) {
		const struct plan_yearval *cv = &ci->targets.v[i];
		if (cv->year < 0 || cv->sheet || !ynode_is_text(cv->value))
			continue;
		const struct ynode *t = target_for(pi, cv->year);
		enum plan_severity sev;
		const char *verdict = t ? judge(cv->value, t, pi->direction,
						&sev) : NULL;
		if (verdict)
			report_target(p, e, ci, cv, t, verdict, sev);
	}
}

static void align_targets(struct pair *p, const struct plan_element *e,
			  const struct plan_element *m)
{
	for (size_t i = 0; i < e->nindicators; i++) {
		const struct plan_indicator *pi =
			same_indicator(m, &e->indicators[i]);
		if (pi)
			align_indicator(p, e, &e->indicators[i], pi);
	}
}

/* --- align-budget ----------------------------------------------------- */

static const struct plan_yearval *budget_for(const struct plan_element *e,
					     int year)
{
	for (size_t i = 0; i < e->budget.n; i++)
		if (e->budget.v[i].year == year && e->budget.v[i].money_ok)
			return &e->budget.v[i];
	return NULL;
}

/* "for Y it is A here, B there" for every year both give whose amounts
 * differ, into text; returns how many, *first set to the first. */
static int budget_diffs(const struct plan_element *e,
			const struct plan_element *m, char *text, size_t size,
			const struct plan_yearval **first,
			const struct plan_yearval **theirs)
{
	size_t len = 0;
	int nbad = 0;
	text[0] = '\0';
	for (size_t i = 0; i < e->budget.n; i++) {
		const struct plan_yearval *v = &e->budget.v[i], *w;
		if (v->year < 0 || !v->money_ok ||
		    !(w = budget_for(m, v->year)) || w->amount == v->amount)
			continue;
		if (!nbad++) {
			*first = v;
			*theirs = w;
		}
		char here[40], there[40];
		plan_money_prose(v->amount, here);
		plan_money_prose(w->amount, there);
		int n = len < size
			? snprintf(text + len, size - len,
				   _("%sfor %d it is %s here, %s there"),
				   len ? "; " : "", v->year, here, there)
			: 0;
		len += n > 0 ? (size_t)n : 0;
	}
	return nbad;
}

/* One finding per element, naming every year that differs; only years
 * both give, and only budgets as written (not sums of children: a level
 * left without budgets in one plan is not a difference). */
static void align_budget(struct pair *p, const struct plan_element *e,
			 const struct plan_element *m)
{
	char text[1024], hint[256];
	const struct plan_yearval *v = NULL, *w = NULL;
	int nbad = budget_diffs(e, m, text, sizeof text, &v, &w);
	if (!nbad)
		return;
	struct plan_pos pos = pos_of(p->d, e->node);
	const char *el = plan_element_ref(p->d, e);
	const char *crumb = plan_element_breadcrumb(p->d, e);
	if (nbad == 1) {
		char own[40], theirs[40];
		plan_money_prose(v->amount, own);
		plan_money_prose(w->amount, theirs);
		snprintf(hint, sizeof hint, _("write %lld for %d as the RKPD "
			 "does, or get the RKPD changed first"),
			 (long long)w->amount, v->year);
		plan_finding_add(p->out, RULE_ALIGN_BUDGET, PLAN_SEV_DEFAULT,
				 pos, el, crumb, hint, _("budget of %s '%.*s' "
				   "for %d is %s, but %s in RKPD '%s'"),
				 plan_elem_type_word(e->type), (int)e->code.len, e->code.s,
				 v->year, own, theirs, p->p->id.s);
		return;
	}
	plan_finding_add(p->out, RULE_ALIGN_BUDGET, PLAN_SEV_DEFAULT, pos, el,
			 crumb, _("write the RKPD's amounts, or get the RKPD "
			   "changed first"), _("budget of %s '%.*s' differs from "
			 "RKPD '%s': %s"), plan_elem_type_word(e->type), (int)e->code.len,
			 e->code.s, p->p->id.s, text);
}

/* --- walking the child ------------------------------------------------ */

/* Bidang 5 (bencana, darurat, mendesak) needs no RPJMDes entry. */
static bool village_exempt(const struct plan_element *e)
{
	while (e->parent)
		e = e->parent;
	return e->type == EL_BIDANG && e->code.s && e->code.len == 1 &&
	       e->code.s[0] == '5';
}

static void align_element(struct pair *p, const struct plan_element *e,
			  const struct plan_element *scope);

static void align_children(struct pair *p, const struct plan_element *e,
			   const struct plan_element *scope)
{
	for (size_t i = 0; i < e->nchildren; i++)
		align_element(p, e->children[i], scope);
}

/* e, whose parent matched scope (NULL at the top). */
static void align_element(struct pair *p, const struct plan_element *e,
			  const struct plan_element *scope)
{
	if (e->type == EL_BIDANG || e->type == EL_SUB_BIDANG) {
		align_children(p, e, NULL);
		return;
	}
	if (!aligned_type(e->type) || !p->x->has[e->type] || !e->code.s ||
	    (e->type == EL_VKEGIATAN && village_exempt(e)))
		return;	/* a level the parent does not have ends the walk */
	const struct plan_element *other;
	const struct plan_element *m = match(p, scope ? scope->order + 1 : 0,
					     e, &other);
	if (!m) {
		report_missing(p, e, scope, other);
		return;	/* its children are not reported again */
	}
	align_targets(p, e, m);
	if (p->budget)
		align_budget(p, e, m);
	align_children(p, e, m);
}

/* --- pairs ------------------------------------------------------------ */

static bool kinds_pair(enum plan_kind child, enum plan_kind parent)
{
	switch (child) {
	case KIND_RENSTRA:
	case KIND_RKPD:
		return parent == KIND_RPJMD;
	case KIND_RENJA:
		return parent == KIND_RKPD || parent == KIND_RENSTRA;
	case KIND_RKPDES:
		return parent == KIND_RPJMDES;
	default:
		return false;
	}
}

/* The region code that "same region" compares: a kecamatan's is its
 * kabupaten/kota's (SPEC 3.3). */
static size_t region_len(const struct plan_doc *d)
{
	if (!d->region.s)
		return 0;
	if (d->level != LEVEL_KECAMATAN)
		return d->region.len;
	const char *dot = memchr(d->region.s, '.', d->region.len);
	const char *end = dot ? memchr(dot + 1, '.', d->region.s +
				       d->region.len - dot - 1) : NULL;
	return end ? (size_t)(end - d->region.s) : d->region.len;
}

static bool same_region(const struct plan_doc *a, const struct plan_doc *b)
{
	size_t n = region_len(a);
	return n && n == region_len(b) && !memcmp(a->region.s, b->region.s, n);
}

/* The parent named by the i-th `parents` entry of d that d aligns with,
 * or NULL; an entry naming a parent named before is skipped. */
static struct repo_doc *aligned_parent(const struct plan_repo *r,
				       const struct plan_doc *d, size_t i)
{
	const char *id = d->parents[i].text;
	struct repo_doc *rd = plan_repo_find(r, id, strlen(id));
	if (!rd || rd->doc == d || !kinds_pair(d->kind, rd->doc->kind) ||
	    !same_region(d, rd->doc))
		return NULL;
	for (size_t j = 0; j < i; j++)
		if (plan_repo_find(r, d->parents[j].text,
			      strlen(d->parents[j].text)) == rd)
			return NULL;
	return rd;
}

const struct plan_doc *plan_repo_aligned_parent(const struct plan_repo *r,
						const struct plan_doc *d,
						size_t i)
{
	const struct repo_doc *rd = aligned_parent(r, d, i);
	return rd ? rd->doc : NULL;
}

/* A child document against one of its parents (both repo_doc numbers). */
struct work {
	size_t parent, child;
};

static int cmp_work(const void *pa, const void *pb)
{
	const struct work *a = pa, *b = pb;
	if (a->parent != b->parent)
		return a->parent < b->parent ? -1 : 1;
	return a->child < b->child ? -1 : a->child > b->child;
}

/* Every (parent, child) to align, grouped by parent: each parent's index
 * is built once and freed when its children are done, so at most one is
 * held at a time (holding them all cost 80 MB nationally). */
static struct work *collect_work(const struct plan_repo *r, size_t *n)
{
	struct work *w = NULL;
	size_t len = 0, cap = 0;
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct plan_doc *d = r->docs[i].doc;
		for (size_t j = 0; j < d->nparents; j++) {
			struct repo_doc *rd = aligned_parent(r, d, j);
			if (!rd)
				continue;
			if (len == cap) {
				cap = cap ? cap * 2 : 64;
				w = plan_xrealloc(w, cap * sizeof *w);
			}
			w[len++] = (struct work){(size_t)(rd - r->docs), i};
		}
	}
	if (len)
		qsort(w, len, sizeof *w, cmp_work);
	*n = len;
	return w;
}

void plan_repo_check_align(struct plan_repo *r, struct plan_findings *out)
{
	size_t n;
	struct work *w = collect_work(r, &n);
	struct key k = {NULL, 0, 0};
	struct align_index *x = NULL;
	for (size_t i = 0; i < n; i++) {
		const struct plan_doc *d = r->docs[w[i].child].doc;
		const struct plan_doc *p = r->docs[w[i].parent].doc;
		if (!i || w[i].parent != w[i - 1].parent) {
			index_free(x);
			x = index_build(p, &k);
		}
		struct pair pr = {d, p, x,
				  d->kind == KIND_RENJA && p->kind == KIND_RKPD,
				  &k, out};
		for (size_t t = 0; t < d->ntop; t++)
			align_element(&pr, d->top[t], NULL);
	}
	index_free(x);
	free(w);
	free(k.s);
}
