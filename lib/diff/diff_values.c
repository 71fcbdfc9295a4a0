/* diff_values.c - comparing values the way SPEC 3.2 reads them. */
#include <stdlib.h>
#include <string.h>

#include "diff/diff_priv.h"
#include "base/value.h"

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The next byte of s with white space trimmed and collapsed, or -1. */
static int ws_next(const char **s, bool *pending)
{
	const char *p = *s;
	bool space = false;
	while (*p && is_space(*p))
		p++, space = true;
	if (!*p)
		return -1;
	if (space && *pending) {
		*s = p;
		*pending = false;
		return ' ';
	}
	*s = p + 1;
	*pending = true;
	return (unsigned char)*p;
}

bool plan_diff_text_eq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	bool pa = false, pb = false;	/* a word seen: a space may come */
	for (;;) {
		int x = ws_next(&a, &pa), y = ws_next(&b, &pb);
		if (x != y)
			return false;
		if (x < 0)
			return true;
	}
}

bool plan_diff_value_eq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	size_t la = strlen(a), lb = strlen(b);
	bool na = plan_is_number(a, la), nb = plan_is_number(b, lb);
	if (na && nb)
		return plan_number_cmp(a, la, b, lb) == 0;
	return !na && !nb && plan_fold_eq(a, la, b, lb);
}

const char *plan_diff_scalar(const struct ynode *n)
{
	if (!n || ynode_is_null(n))
		return NULL;
	if (n->type == YNODE_SCALAR)
		return n->text;
	return n->type == YNODE_SEQ ? "(list)" : "(mapping)";
}

static int ent_cmp(const void *x, const void *y)
{
	const struct diff_ent *a = x, *b = y;
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	return strcmp(a->key, b->key);
}

struct diff_ents plan_diff_ents_of(const struct plan_yearmap *m, bool money)
{
	struct diff_ents e = {NULL, 0};
	if (!m->n)
		return e;
	e.v = plan_xmalloc(m->n * sizeof *e.v);
	for (size_t i = 0; i < m->n; i++) {
		const struct plan_yearval *y = &m->v[i];
		const char *t = plan_diff_scalar(y->value);
		if (!t)
			continue;	/* null: no entry (SPEC 3.2) */
		e.v[e.n++] = (struct diff_ent){y->year, y->key->text, t,
					       money && y->money_ok, y->amount};
	}
	qsort(e.v, e.n, sizeof *e.v, ent_cmp);
	return e;
}

void plan_diff_ents_release(struct diff_ents *e)
{
	free(e->v);
	e->v = NULL;
	e->n = 0;
}

/* a + b by year into a new list; an overflowing sum is not money. */
static struct diff_ents sum_merge(const struct diff_ents *a,
				  const struct diff_ents *b)
{
	struct diff_ents r = {plan_xmalloc((a->n + b->n + 1) * sizeof *r.v), 0};
	size_t i = 0, j = 0;
	while (i < a->n || j < b->n) {
		int c = i == a->n ? 1 : j == b->n ? -1
			: (a->v[i].year > b->v[j].year) - (a->v[i].year < b->v[j].year);
		if (c < 0) {
			r.v[r.n++] = a->v[i++];
		} else if (c > 0) {
			r.v[r.n++] = b->v[j++];
		} else {
			struct diff_ent s = a->v[i++];
			const struct diff_ent *t = &b->v[j++];
			s.money = s.money && t->money &&
				  plan_money_add(s.amount, t->amount, &s.amount);
			if (!s.money)
				s.text = "overflow";
			r.v[r.n++] = s;
		}
	}
	return r;
}

/* acc += b, replacing acc. */
static void sum_into(struct diff_ents *acc, const struct diff_ents *b)
{
	struct diff_ents r = sum_merge(acc, b);
	plan_diff_ents_release(acc);
	*acc = r;
}

/* The valid money entries of a budget, for sums. */
static struct diff_ents own_amounts(const struct plan_element *e)
{
	struct diff_ents o = plan_diff_ents_of(&e->budget, true);
	size_t k = 0;
	for (size_t i = 0; i < o.n; i++)
		if (o.v[i].year >= 0 && o.v[i].money)
			o.v[k++] = o.v[i];
	o.n = k;
	return o;
}

struct diff_ents plan_diff_effective_budget(const struct plan_element *e)
{
	struct diff_ents own = own_amounts(e), kids = {NULL, 0};
	for (size_t i = 0; i < e->nchildren; i++) {
		struct diff_ents c = plan_diff_effective_budget(e->children[i]);
		sum_into(&kids, &c);
		plan_diff_ents_release(&c);
	}
	/* own amounts win; children's sums fill the years without one */
	struct diff_ents r = {plan_xmalloc((own.n + kids.n + 1) * sizeof *r.v), 0};
	size_t i = 0, j = 0;
	while (i < own.n || j < kids.n) {
		if (j == kids.n || (i < own.n && own.v[i].year <= kids.v[j].year)) {
			if (j < kids.n && own.v[i].year == kids.v[j].year)
				j++;
			r.v[r.n++] = own.v[i++];
		} else {
			r.v[r.n++] = kids.v[j++];
		}
	}
	plan_diff_ents_release(&own);
	plan_diff_ents_release(&kids);
	return r;
}

struct diff_ents plan_diff_doc_total(const struct plan_doc *d)
{
	struct diff_ents acc = {NULL, 0};
	for (size_t i = 0; i < d->ntop; i++) {
		enum plan_elem_type t = d->top[i]->type;
		if (t != EL_PROGRAM && t != EL_BIDANG && t != EL_PROPOSAL)
			continue;
		struct diff_ents c = plan_diff_effective_budget(d->top[i]);
		sum_into(&acc, &c);
		plan_diff_ents_release(&c);
	}
	return acc;
}

static void money_pair(struct diff_pair *p, const char *field,
		       const struct diff_ent *a, const struct diff_ent *b)
{
	if (a && b && a->money && b->money) {
		if (a->amount != b->amount)
			plan_diff_add_money(p, PLAN_CHANGE_CHANGED, field, &a->amount,
				       &b->amount);
	} else if (a && b) {
		if (!plan_diff_text_eq(a->text, b->text))
			plan_diff_add(p, PLAN_CHANGE_CHANGED, field, a->text, b->text);
	} else if (a) {
		if (a->money)
			plan_diff_add_money(p, PLAN_CHANGE_REMOVED, field, &a->amount,
				       NULL);
		else
			plan_diff_add(p, PLAN_CHANGE_REMOVED, field, a->text, NULL);
	} else if (b->money) {
		plan_diff_add_money(p, PLAN_CHANGE_ADDED, field, NULL, &b->amount);
	} else {
		plan_diff_add(p, PLAN_CHANGE_ADDED, field, NULL, b->text);
	}
}

static const char *year_field(struct diff_pair *p, const char *name,
			      const struct diff_ent *e)
{
	return plan_arena_printf(p->d->a, "%s.%s", name, e->key);
}

void plan_diff_year_maps(struct diff_pair *p, const char *name,
		    const struct diff_ents *a, const struct diff_ents *b,
		    bool money)
{
	size_t i = 0, j = 0;
	while (i < a->n || j < b->n) {
		int c = i == a->n ? 1 : j == b->n ? -1 : ent_cmp(&a->v[i], &b->v[j]);
		const struct diff_ent *x = c <= 0 ? &a->v[i++] : NULL;
		const struct diff_ent *y = c >= 0 ? &b->v[j++] : NULL;
		const char *field = year_field(p, name, x ? x : y);
		if (money)
			money_pair(p, field, x, y);
		else if (x && y)
			plan_diff_value_field(p, field, x->text, y->text);
		else
			plan_diff_add(p, x ? PLAN_CHANGE_REMOVED : PLAN_CHANGE_ADDED,
				 field, x ? x->text : NULL, y ? y->text : NULL);
	}
}

static int ref_cmp(const void *x, const void *y)
{
	const struct plan_ref *const *a = x, *const *b = y;
	return strcmp((*a)->text, (*b)->text);
}

/* Pointers to the references, sorted by text, duplicates dropped. */
static const struct plan_ref **sorted_refs(const struct plan_ref *v, size_t n,
					   size_t *out)
{
	const struct plan_ref **s = plan_xmalloc((n + 1) * sizeof *s);
	for (size_t i = 0; i < n; i++)
		s[i] = &v[i];
	qsort(s, n, sizeof *s, ref_cmp);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!k || strcmp(s[k - 1]->text, s[i]->text))
			s[k++] = s[i];
	*out = k;
	return s;
}

static const char *reviewed_text(struct diff_pair *p, const struct plan_ref *r)
{
	return r->reviewed ? plan_arena_printf(p->d->a, "%s (reviewed %s)",
					       r->text, r->reviewed)
			   : r->text;
}

void plan_diff_ref_sets(struct diff_pair *p, const char *field,
		   const struct plan_ref *a, size_t na,
		   const struct plan_ref *b, size_t nb)
{
	size_t n, m, i = 0, j = 0;
	const struct plan_ref **x = sorted_refs(a, na, &n);
	const struct plan_ref **y = sorted_refs(b, nb, &m);
	while (i < n || j < m) {
		int c = i == n ? 1 : j == m ? -1 : strcmp(x[i]->text, y[j]->text);
		if (c < 0) {
			plan_diff_add(p, PLAN_CHANGE_REMOVED, field, x[i++]->text, NULL);
		} else if (c > 0) {
			plan_diff_add(p, PLAN_CHANGE_ADDED, field, NULL, y[j++]->text);
		} else {
			const struct plan_ref *r = x[i++], *s = y[j++];
			bool same = r->reviewed && s->reviewed
				? !strcmp(r->reviewed, s->reviewed)
				: r->reviewed == s->reviewed;
			if (!same)
				plan_diff_add(p, PLAN_CHANGE_CHANGED, field,
					 reviewed_text(p, r), reviewed_text(p, s));
		}
	}
	free(x);
	free(y);
}

static void scalar_field(struct diff_pair *p, const char *field,
			 const char *a, const char *b, bool same)
{
	if (same)
		return;
	enum plan_change_kind k = !a ? PLAN_CHANGE_ADDED
		: !b ? PLAN_CHANGE_REMOVED : PLAN_CHANGE_CHANGED;
	plan_diff_add(p, k, field, a, b);
}

void plan_diff_text_field(struct diff_pair *p, const char *field, const char *a,
		     const char *b)
{
	scalar_field(p, field, a, b, plan_diff_text_eq(a, b));
}

void plan_diff_value_field(struct diff_pair *p, const char *field, const char *a,
		      const char *b)
{
	scalar_field(p, field, a, b, plan_diff_value_eq(a, b));
}
