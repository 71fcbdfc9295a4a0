/* diff_elem.c - the elements of one document pair: keys, matching, and
 * the field-by-field comparison of matched elements and indicators. */
#include <stdlib.h>
#include <string.h>

#include "diff/diff_priv.h"
#include "base/value.h"

static bool by_code(const struct diff_pair *p)
{
	return p->d->o.by == PLAN_DIFF_BY_CODE;
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

/* The dot-separated parts of a code, up to 8; 0 when one is not digits. */
static size_t code_parts(const char *c, const char *part[8], size_t len[8])
{
	size_t n = 0;
	for (const char *s = c;; n++) {
		const char *dot = strchr(s, '.');
		size_t l = dot ? (size_t)(dot - s) : strlen(s);
		if (n == 8 || !all_digits(s, l))
			return 0;
		part[n] = s;
		len[n] = l;
		if (!dot)
			return n + 1;
		s = dot + 1;
	}
}

/*
 * A nomenclature code as compared: a sub-kegiatan's `.03` (2020 tables)
 * is `.0003` (SPEC 3.5), and, comparing by code across levels, the level
 * digit N of X.XX.XX.N.YY (1 provinsi, 2 kabupaten/kota) counts for
 * nothing.  Codes of other forms (village, national) are kept as they are.
 */
static const char *norm_code(struct diff_pair *p, const char *code)
{
	const char *part[8];
	size_t len[8], n = code_parts(code, part, len);
	bool sub2 = n == 6 && len[5] == 2;
	bool level = by_code(p) && n >= 5 && len[3] == 1;
	if (!sub2 && !level)
		return code;
	char *out = plan_arena_alloc(p->d->a, strlen(code) + 3), *w = out;
	for (size_t i = 0; i < n; i++) {
		if (i)
			*w++ = '.';
		if (i == 3 && level) {
			*w++ = 'N';
			continue;
		}
		if (i == 5 && sub2)
			*w++ = '0', *w++ = '0';
		memcpy(w, part[i], len[i]);
		w += len[i];
	}
	*w = '\0';
	return out;
}

/* What an element is matched on, or NULL when it takes no part: by code,
 * only elements with a nomenclature code (misi, tujuan, sasaran and
 * proposals have ids of their own document). */
static const char *base_key(struct diff_pair *p, const struct plan_element *e)
{
	if (by_code(p)) {
		if (!e->code.s || e->type < EL_PROGRAM || e->type == EL_PROPOSAL)
			return NULL;
		return plan_arena_printf(p->d->a, "%d:%s", (int)e->type,
					 norm_code(p, e->code.s));
	}
	if (!e->id)
		return NULL;
	const char *id = plan_element_id_defaulted(e) ? norm_code(p, e->id)
						      : e->id;
	return plan_arena_printf(p->d->a, "%d:%s", (int)e->type, id);
}

struct key_count {
	unsigned n[2];
};

/* Count each base key per side, so that a code shared by elements of
 * different units (SPEC 3.5) can be told apart by unit on both sides. */
static void count_keys(struct diff_pair *p, const struct plan_doc *doc,
		       int side, const char **keys, struct strmap *counts)
{
	for (size_t i = 0; i < doc->nelements; i++) {
		keys[i] = base_key(p, doc->elements[i]);
		if (!keys[i])
			continue;
		struct key_count *c = plan_strmap_get(counts, keys[i], strlen(keys[i]));
		if (!c) {
			c = plan_arena_alloc(p->d->a, sizeof *c);
			plan_strmap_put(counts, keys[i], strlen(keys[i]), c);
		}
		c->n[side]++;
	}
}

static void qualify_keys(struct diff_pair *p, const struct plan_doc *doc,
			 const char **keys, const struct strmap *counts)
{
	for (size_t i = 0; i < doc->nelements; i++) {
		if (!keys[i])
			continue;
		const struct key_count *c = plan_strmap_get(counts, keys[i],
						       strlen(keys[i]));
		if (c->n[0] > 1 || c->n[1] > 1) {
			const char *u = doc->elements[i]->eff_unit;
			keys[i] = plan_arena_printf(p->d->a, "%s\x1f%s", keys[i],
						    u ? u : "");
		}
	}
}

static void match_elements(struct diff_pair *p)
{
	const struct plan_doc *o = p->old, *n = p->new_;
	struct strmap counts;
	plan_strmap_init(&counts);
	count_keys(p, o, 0, p->old_key, &counts);
	count_keys(p, n, 1, p->new_key, &counts);
	qualify_keys(p, o, p->old_key, &counts);
	qualify_keys(p, n, p->new_key, &counts);
	plan_strmap_release(&counts);
	for (size_t i = 0; i < o->nelements; i++)
		if (p->old_key[i])
			plan_strmap_put(&p->keys, p->old_key[i], strlen(p->old_key[i]),
				   o->elements[i]);
	for (size_t i = 0; i < n->nelements; i++) {
		if (!p->new_key[i])
			continue;
		const struct plan_element *e = plan_strmap_get(&p->keys, p->new_key[i],
							  strlen(p->new_key[i]));
		if (e && !p->old_match[e->order]) {
			p->old_match[e->order] = n->elements[i];
			p->new_match[i] = e;
		}
	}
}

/* Indicators ----------------------------------------------------------- */

static const char *ind_key(struct diff_pair *p, size_t order, char how,
			   const struct plan_str *s)
{
	if (how == 'c')
		return plan_arena_printf(p->d->a, "%zu\x1f" "c%s", order, s->s);
	char *f = plan_fold(s->s, s->len);
	const char *k = plan_arena_printf(p->d->a, "%zu\x1f" "n%s", order, f);
	free(f);
	return k;
}

static void index_indicators(struct diff_pair *p)
{
	const struct plan_doc *o = p->old;
	size_t total = 0;
	p->ind_base = plan_xmalloc((o->nelements + 1) * sizeof *p->ind_base);
	for (size_t i = 0; i < o->nelements; i++) {
		p->ind_base[i] = total;
		total += o->elements[i]->nindicators;
	}
	p->ind_matched = plan_xmalloc(total + 1);
	memset(p->ind_matched, 0, total + 1);
	for (size_t i = 0; i < o->nelements; i++) {
		const struct plan_element *e = o->elements[i];
		for (size_t k = 0; k < e->nindicators; k++) {
			struct plan_indicator *ind = &e->indicators[k];
			const char *key;
			if (ind->code.s) {
				key = ind_key(p, i, 'c', &ind->code);
				plan_strmap_put(&p->inds, key, strlen(key), ind);
			}
			if (ind->name.s) {
				key = ind_key(p, i, 'n', &ind->name);
				plan_strmap_put(&p->inds, key, strlen(key), ind);
			}
		}
	}
}

static const struct plan_indicator *find_indicator(struct diff_pair *p,
						   const struct plan_element *o,
						   const struct plan_indicator *ni)
{
	const struct plan_indicator *oi = NULL;
	const char *key;
	if (ni->code.s) {
		key = ind_key(p, o->order, 'c', &ni->code);
		oi = plan_strmap_get(&p->inds, key, strlen(key));
	}
	if (!oi && ni->name.s) {
		key = ind_key(p, o->order, 'n', &ni->name);
		oi = plan_strmap_get(&p->inds, key, strlen(key));
		/* two codes that differ are two indicators (SPEC 3.2) */
		if (oi && oi->code.s && ni->code.s)
			oi = NULL;
	}
	if (!oi)
		return NULL;
	bool *seen = &p->ind_matched[p->ind_base[o->order] +
				     (size_t)(oi - o->indicators)];
	if (*seen)
		return NULL;
	*seen = true;
	return oi;
}

static const char *ind_label(const struct plan_indicator *i)
{
	return i->code.s ? i->code.s : i->name.s ? i->name.s : "?";
}

static const char *direction_name(enum plan_direction d)
{
	return d == DIR_DOWN ? "down" : d == DIR_EXACT ? "exact" : "up";
}

static const char *baseline_text(struct diff_pair *p,
				 const struct plan_indicator *i)
{
	if (!i->baseline_node)
		return NULL;
	if (i->baseline_year < 0)
		return i->baseline_value.s;
	return plan_arena_printf(p->d->a, "%d: %s", i->baseline_year,
				 i->baseline_value.s ? i->baseline_value.s : "");
}

static void year_values(struct diff_pair *p, const char *name,
			const struct plan_yearmap *a, const struct plan_yearmap *b)
{
	struct diff_ents x = plan_diff_ents_of(a, false), y = plan_diff_ents_of(b, false);
	plan_diff_year_maps(p, name, &x, &y, false);
	plan_diff_ents_release(&x);
	plan_diff_ents_release(&y);
}

static void diff_indicator(struct diff_pair *p, const struct plan_indicator *a,
			   const struct plan_indicator *b)
{
	p->ind_label = ind_label(b);
	p->ind_name = b->name.s;
	if (a->name.s && b->name.s && !plan_fold_eq(a->name.s, a->name.len,
						     b->name.s, b->name.len))
		plan_diff_add(p, PLAN_CHANGE_RENAMED, "name", a->name.s, b->name.s);
	if (!by_code(p))
		plan_diff_text_field(p, "code", a->code.s, b->code.s);
	plan_diff_text_field(p, "unit", a->unit.s, b->unit.s);
	if (a->direction != b->direction)
		plan_diff_add(p, PLAN_CHANGE_CHANGED, "direction",
			 direction_name(a->direction), direction_name(b->direction));
	const char *ba = baseline_text(p, a), *bb = baseline_text(p, b);
	if (!(a->baseline_year == b->baseline_year &&
	      plan_diff_value_eq(a->baseline_value.s, b->baseline_value.s)))
		plan_diff_text_field(p, "baseline", ba, bb);
	year_values(p, "targets", &a->targets, &b->targets);
	year_values(p, "actuals", &a->actuals, &b->actuals);
	year_values(p, "targets_forward", &a->targets_forward,
		    &b->targets_forward);
	p->ind_label = NULL;
}

static void indicators(struct diff_pair *p, const struct plan_element *o,
		       const struct plan_element *e)
{
	for (size_t k = 0; k < e->nindicators; k++) {
		const struct plan_indicator *ni = &e->indicators[k];
		const struct plan_indicator *oi = find_indicator(p, o, ni);
		if (oi) {
			diff_indicator(p, oi, ni);
			continue;
		}
		p->ind_label = ind_label(ni);
		p->ind_name = ni->name.s;
		plan_diff_add(p, PLAN_CHANGE_ADDED, NULL, NULL, ni->name.s);
	}
	/* removed from an element that is still there: under its new name */
	for (size_t k = 0; k < o->nindicators; k++) {
		if (p->ind_matched[p->ind_base[o->order] + k])
			continue;
		p->ind_label = ind_label(&o->indicators[k]);
		p->ind_name = o->indicators[k].name.s;
		plan_diff_add(p, PLAN_CHANGE_REMOVED, NULL, o->indicators[k].name.s,
			 NULL);
	}
	p->ind_label = NULL;
	p->ind_name = NULL;
}

/* Elements ------------------------------------------------------------- */

static void budgets(struct diff_pair *p, const struct plan_element *o,
		    const struct plan_element *e)
{
	struct diff_ents x, y;
	if (by_code(p)) {
		/* kota plans often give the pagu per sub-kegiatan only */
		x = plan_diff_effective_budget(o);
		y = plan_diff_effective_budget(e);
	} else {
		x = plan_diff_ents_of(&o->budget, true);
		y = plan_diff_ents_of(&e->budget, true);
	}
	plan_diff_year_maps(p, "budget", &x, &y, true);
	plan_diff_ents_release(&x);
	plan_diff_ents_release(&y);
	x = plan_diff_ents_of(&o->extra->budget_forward, true);
	y = plan_diff_ents_of(&e->extra->budget_forward, true);
	plan_diff_year_maps(p, "budget_forward", &x, &y, true);
	plan_diff_ents_release(&x);
	plan_diff_ents_release(&y);
}

static const char *get_text(const struct plan_element *e, const char *key)
{
	return plan_diff_scalar(plan_ynode_get(e->node, key));
}

static const char *parent_crumb(const struct plan_doc *d,
				const struct plan_element *e)
{
	return e ? plan_element_breadcrumb(d, e) : NULL;
}

/* A parent that is not the partner of the old parent: moved. */
static void parent(struct diff_pair *p, const struct plan_element *o,
		   const struct plan_element *e)
{
	const struct plan_element *op = o->parent, *np = e->parent;
	if (!op && !np)
		return;
	if (op && np && p->old_match[op->order] == np)
		return;
	plan_diff_add(p, PLAN_CHANGE_CHANGED, "parent", parent_crumb(p->old, op),
		 parent_crumb(p->new_, np));
}

static void fields(struct diff_pair *p, const struct plan_element *o,
		   const struct plan_element *e)
{
	if (!by_code(p)) {
		plan_diff_text_field(p, "id", o->extra->id_key.s, e->extra->id_key.s);
		const char *a = o->code.s ? norm_code(p, o->code.s) : NULL;
		const char *b = e->code.s ? norm_code(p, e->code.s) : NULL;
		if (!plan_diff_text_eq(a, b))
			plan_diff_text_field(p, "code", o->code.s, e->code.s);
		parent(p, o, e);
	}
	if (o->name.s && e->name.s && !plan_diff_text_eq(o->name.s, e->name.s))
		plan_diff_add(p, PLAN_CHANGE_RENAMED, "name", o->name.s, e->name.s);
	else
		plan_diff_text_field(p, "name", o->name.s, e->name.s);
	plan_diff_text_field(p, "unit", o->extra->unit.s, e->extra->unit.s);
	if (!by_code(p)) {
		plan_diff_ref_sets(p, "sasaran", o->extra->links,
			      o->extra->nlinks, e->extra->links,
			      e->extra->nlinks);
		plan_diff_ref_sets(p, "supports", o->supports, o->nsupports,
			      e->supports, e->nsupports);
	}
	plan_diff_text_field(p, "location", o->extra->location.s,
			e->extra->location.s);
	plan_diff_value_field(p, "rank", o->extra->rank.s, e->extra->rank.s);
	plan_diff_value_field(p, "volume", get_text(o, "volume"), get_text(e, "volume"));
	plan_diff_text_field(p, "satuan", get_text(o, "satuan"), get_text(e, "satuan"));
	plan_diff_text_field(p, "sumber_dana", get_text(o, "sumber_dana"),
			get_text(e, "sumber_dana"));
	plan_diff_tik(p, o->extra->tik, e->extra->tik);
}

/* Elements under e that go with it (unmatched, compared). */
static size_t below(const struct plan_element *const *match,
		    const char *const *keys, const struct plan_element *e)
{
	size_t n = 0;
	for (size_t i = 0; i < e->nchildren; i++) {
		const struct plan_element *c = e->children[i];
		if (!match[c->order] && keys[c->order])
			n += 1 + below(match, keys, c);
	}
	return n;
}

static void whole(struct diff_pair *p, const struct plan_doc *doc,
		  const struct plan_element *e, enum plan_change_kind kind)
{
	p->el = e;
	p->el_doc = doc;
	size_t before = p->d->nchanges;
	bool added = kind == PLAN_CHANGE_ADDED;
	plan_diff_add(p, kind, NULL, added ? NULL : e->name.s, added ? e->name.s : NULL);
	if (p->d->nchanges > before)
		p->d->changes[before].below = added
			? below(p->new_match, p->new_key, e)
			: below(p->old_match, p->old_key, e);
}

/* Old children of o that nothing in the new document matched. */
static void removed_children(struct diff_pair *p, const struct plan_element *o)
{
	for (size_t i = 0; i < o->nchildren; i++) {
		const struct plan_element *c = o->children[i];
		if (p->old_key[c->order] && !p->old_match[c->order])
			whole(p, p->old, c, PLAN_CHANGE_REMOVED);
	}
}

static void visit(struct diff_pair *p, const struct plan_element *e)
{
	if (p->new_key[e->order]) {
		const struct plan_element *o = p->new_match[e->order];
		if (o) {
			p->el = e;
			p->el_doc = p->new_;
			fields(p, o, e);
			indicators(p, o, e);
			budgets(p, o, e);
			removed_children(p, o);
		} else if (!e->parent || p->new_match[e->parent->order]) {
			/* under an added element it comes with its parent */
			whole(p, p->new_, e, PLAN_CHANGE_ADDED);
		}
	}
	for (size_t i = 0; i < e->nchildren; i++)
		visit(p, e->children[i]);
}

void plan_diff_elements(struct diff_pair *p)
{
	size_t no = p->old->nelements, nn = p->new_->nelements;
	p->old_match = plan_xmalloc((no + 1) * sizeof *p->old_match);
	p->new_match = plan_xmalloc((nn + 1) * sizeof *p->new_match);
	p->old_key = plan_xmalloc((no + 1) * sizeof *p->old_key);
	p->new_key = plan_xmalloc((nn + 1) * sizeof *p->new_key);
	memset(p->old_match, 0, (no + 1) * sizeof *p->old_match);
	memset(p->new_match, 0, (nn + 1) * sizeof *p->new_match);
	plan_strmap_init(&p->keys);
	plan_strmap_init(&p->inds);
	match_elements(p);
	index_indicators(p);
	for (size_t i = 0; i < p->new_->ntop; i++)
		visit(p, p->new_->top[i]);
	for (size_t i = 0; i < p->old->ntop; i++) {
		const struct plan_element *o = p->old->top[i];
		if (p->old_key[o->order] && !p->old_match[o->order])
			whole(p, p->old, o, PLAN_CHANGE_REMOVED);
	}
}

void plan_diff_pair_release(struct diff_pair *p)
{
	free(p->old_match);
	free(p->new_match);
	free(p->old_key);
	free(p->new_key);
	free(p->ind_base);
	free(p->ind_matched);
	plan_strmap_release(&p->keys);
	plan_strmap_release(&p->inds);
}
