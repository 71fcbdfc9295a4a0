/* diff.c - documents paired, document fields, the change list. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "base/value.h"
#include "base/vocab.h"
#include "diff/diff_priv.h"

bool plan_diff_ignores(const char *name, const char *field,
		       const char *indicator)
{
	if (!strcmp(name, "indicators") || !strcmp(name, "indicator"))
		return indicator != NULL;
	if (!field)
		return false;
	size_t n = strlen(name);
	return !strncmp(field, name, n) && (field[n] == '\0' || field[n] == '.');
}

static enum plan_change_class class_of(const char *field, const char *ind)
{
	if (ind)
		return PLAN_CLASS_TARGETS;
	if (field && (!strncmp(field, "budget.", 7) || !strcmp(field, "budget") ||
		      !strncmp(field, "budget_forward.", 15)))
		return PLAN_CLASS_BUDGET;
	return PLAN_CLASS_STRUCTURE;
}

static bool left_out(const struct plan_diff *d, const char *field,
		     const char *ind, enum plan_change_class cls)
{
	if (d->o.only && !(d->o.only & cls))
		return true;
	for (size_t i = 0; i < d->o.nignore; i++)
		if (plan_diff_ignores(d->o.ignore[i], field, ind))
			return true;
	return false;
}

static struct plan_change *push_change(struct diff_pair *p,
				       enum plan_change_kind kind,
				       const char *field)
{
	struct plan_diff *d = p->d;
	enum plan_change_class cls = class_of(field, p->ind_label);
	if (left_out(d, field, p->ind_label, cls))
		return NULL;
	if (d->nchanges == d->capchanges) {
		d->capchanges = d->capchanges ? 2 * d->capchanges : 64;
		d->changes = plan_xrealloc(d->changes,
					   d->capchanges * sizeof *d->changes);
	}
	struct plan_change *c = &d->changes[d->nchanges++];
	memset(c, 0, sizeof *c);
	c->kind = kind;
	c->cls = cls;
	c->doc = p->docid;
	c->field = field;
	c->indicator = p->ind_label;
	c->indicator_name = p->ind_name;
	if (p->el) {
		c->element = plan_element_ref(p->el_doc, p->el);
		c->breadcrumb = plan_element_breadcrumb(p->el_doc, p->el);
		c->type = p->el->type;
	}
	return c;
}

void plan_diff_add(struct diff_pair *p, enum plan_change_kind kind,
	      const char *field, const char *old_value, const char *new_value)
{
	struct plan_change *c = push_change(p, kind, field);
	if (c) {
		c->old_value = old_value;
		c->new_value = new_value;
	}
}

static const char *digits(struct plan_diff *d, const int64_t *v)
{
	return v ? plan_arena_printf(d->a, "%" PRId64, *v) : NULL;
}

void plan_diff_add_money(struct diff_pair *p, enum plan_change_kind kind,
		    const char *field, const int64_t *old_amount,
		    const int64_t *new_amount)
{
	struct plan_change *c = push_change(p, kind, field);
	if (!c)
		return;
	c->money = true;
	c->old_value = digits(p->d, old_amount);
	c->new_value = digits(p->d, new_amount);
	if (old_amount && new_amount) {
		/* both are in [0, INT64_MAX]: the difference fits */
		c->has_delta = true;
		c->delta = *new_amount - *old_amount;
	}
}

/* Document fields --------------------------------------------------- */

static const char *period_text(struct plan_diff *d, const struct plan_doc *doc)
{
	if (doc->period_start < 0 || doc->period_end < 0)
		return doc->period_node ? "(malformed)" : NULL;
	return plan_arena_printf(d->a, "%d-%d", doc->period_start,
				 doc->period_end);
}

static const char *doc_text(const struct plan_doc *doc, const char *key)
{
	return plan_diff_scalar(plan_ynode_get(doc->root, key));
}

/* The pagu per year and over all years; an overflow is no amount. */
static void doc_totals(struct diff_pair *p)
{
	struct diff_ents a = plan_diff_doc_total(p->old), b = plan_diff_doc_total(p->new_);
	plan_diff_year_maps(p, "budget", &a, &b, true);
	int64_t sa = 0, sb = 0;
	bool oka = true, okb = true;
	for (size_t i = 0; i < a.n; i++)
		oka = oka && a.v[i].money && plan_money_add(sa, a.v[i].amount, &sa);
	for (size_t i = 0; i < b.n; i++)
		okb = okb && b.v[i].money && plan_money_add(sb, b.v[i].amount, &sb);
	if (oka && okb && sa != sb)
		plan_diff_add_money(p, PLAN_CHANGE_CHANGED, "budget", &sa, &sb);
	else if (oka != okb)
		plan_diff_add(p, PLAN_CHANGE_CHANGED, "budget",
			 oka ? digits(p->d, &sa) : "overflow",
			 okb ? digits(p->d, &sb) : "overflow");
	plan_diff_ents_release(&a);
	plan_diff_ents_release(&b);
}

static void doc_fields(struct diff_pair *p)
{
	const struct plan_doc *o = p->old, *n = p->new_;
	bool code = p->d->o.by == PLAN_DIFF_BY_CODE;
	p->el = NULL;
	p->ind_label = p->ind_name = NULL;
	if (!code) {
		plan_diff_text_field(p, "id", o->id.s, n->id.s);
		plan_diff_value_field(p, "plan", o->plan.s, n->plan.s);
	}
	plan_diff_text_field(p, "kind", o->kind_s.s, n->kind_s.s);
	plan_diff_text_field(p, "period", period_text(p->d, o), period_text(p->d, n));
	if (!code) {
		plan_diff_text_field(p, "level", o->level_s.s, n->level_s.s);
		plan_diff_text_field(p, "region", o->region.s, n->region.s);
		plan_diff_text_field(p, "region_name", o->region_name.s,
				n->region_name.s);
		plan_diff_text_field(p, "unit.code", o->unit_code.s, n->unit_code.s);
		plan_diff_text_field(p, "unit.name", o->unit_name.s, n->unit_name.s);
		plan_diff_text_field(p, "status", o->status.s, n->status.s);
		plan_diff_text_field(p, "adopted", o->adopted.s, n->adopted.s);
		plan_diff_text_field(p, "revised", o->revised.s, n->revised.s);
		plan_diff_text_field(p, "inaugurated", o->inaugurated.s,
				n->inaugurated.s);
		plan_diff_text_field(p, "visi", doc_text(o, "visi"), doc_text(n, "visi"));
		plan_diff_ref_sets(p, "parents", o->parents, o->nparents, n->parents,
			      n->nparents);
	}
	doc_totals(p);
}

/* Documents ------------------------------------------------------------ */

static struct plan_diff *diff_new(const struct plan_diff_opts *o)
{
	struct plan_diff *d = plan_xmalloc(sizeof *d);
	memset(d, 0, sizeof *d);
	d->a = plan_arena_new();
	if (o)
		d->o = *o;
	return d;
}

void plan_diff_free(struct plan_diff *d)
{
	if (!d)
		return;
	free(d->docs);
	free(d->changes);
	for (size_t i = 0; i < d->nkept; i++)
		plan_arena_free(d->kept[i]);
	free(d->kept);
	free(d->trouble);
	plan_arena_free(d->a);
	free(d);
}

static const char *id_of(const struct plan_doc *doc)
{
	return doc->id.s ? doc->id.s : doc->file;
}

static void add_trouble(struct plan_diff *d, const char *why)
{
	d->trouble = plan_xrealloc(d->trouble,
				   (d->ntrouble + 1) * sizeof *d->trouble);
	d->trouble[d->ntrouble++] = plan_arena_strdup(d->a, why);
}

/* The pair o, n of header-only documents as whole ones, read again into
 * *a; false when there is nothing to compare: the files are the same
 * bytes (docs_same counted), or one could not be read (trouble). */
static bool reread_pair(struct plan_diff *d, const struct plan_doc **o,
			const struct plan_doc **n, struct plan_arena **a)
{
	if (plan_repo_same_source(d->reread_old, *o, *n) == 1) {
		d->docs_same++;
		return false;
	}
	*a = plan_arena_new();
	const char *why = NULL;
	const struct plan_doc *fo = plan_repo_reread(d->reread_old, *o, *a, &why);
	const struct plan_doc *fn =
		fo ? plan_repo_reread(d->reread_new, *n, *a, &why) : NULL;
	if (!fn) {
		add_trouble(d, why);
		plan_arena_free(*a);
		*a = NULL;
		return false;
	}
	*o = fo;
	*n = fn;
	return true;
}

/* The arena of a pair read again lives as long as its changes. */
static void keep_pair(struct plan_diff *d, struct plan_arena *a, bool changed)
{
	if (!a)
		return;
	if (!changed) {
		plan_arena_free(a);
		return;
	}
	d->kept = plan_xrealloc(d->kept, (d->nkept + 1) * sizeof *d->kept);
	d->kept[d->nkept++] = a;
}

static void compare_pair(struct plan_diff *d, const struct plan_doc *o,
			 const struct plan_doc *n)
{
	struct plan_arena *a = NULL;
	if (o && n && d->reread_old && !reread_pair(d, &o, &n, &a))
		return;
	struct diff_pair p = {.d = d, .old = o, .new_ = n};
	struct plan_diff_doc dd = {PLAN_DOC_CHANGED, NULL, NULL, NULL, NULL,
				   NULL, d->nchanges, 0};
	const struct plan_doc *named = n ? n : o;
	dd.id = p.docid = id_of(named);
	if (o)
		dd.old_id = id_of(o), dd.old_file = o->file;
	if (n)
		dd.new_id = id_of(n), dd.new_file = n->file;
	if (o && n) {
		doc_fields(&p);
		plan_diff_elements(&p);
		plan_diff_pair_release(&p);
		keep_pair(d, a, d->nchanges > dd.first);
		if (d->nchanges == dd.first) {
			d->docs_same++;
			return;
		}
	} else {
		dd.status = n ? PLAN_DOC_ADDED : PLAN_DOC_REMOVED;
		/* a whole document is structure: --only budget leaves it out */
		if (left_out(d, NULL, NULL, PLAN_CLASS_STRUCTURE))
			return;
	}
	dd.n = d->nchanges - dd.first;
	if (d->ndocs == d->capdocs) {
		d->capdocs = d->capdocs ? 2 * d->capdocs : 16;
		d->docs = plan_xrealloc(d->docs, d->capdocs * sizeof *d->docs);
	}
	d->docs[d->ndocs++] = dd;
}

struct plan_diff *plan_diff_docs(const struct plan_doc *old,
				 const struct plan_doc *new_,
				 const struct plan_diff_opts *o)
{
	struct plan_diff *d = diff_new(o);
	if (old || new_)
		compare_pair(d, old, new_);
	return d;
}

/* What documents are paired on: the id, or by code the kind, period and
 * unit (a kota's rpjmd with the province's rpjmd). */
static const char *pair_key(struct plan_diff *d, const struct plan_doc *doc)
{
	if (d->o.by != PLAN_DIFF_BY_CODE)
		return id_of(doc);
	return plan_arena_printf(d->a, "%s/%d-%d/%s",
				 doc->kind_s.s ? doc->kind_s.s : "",
				 doc->period_start, doc->period_end,
				 doc->unit_code.s ? doc->unit_code.s : "");
}

static void pair_repos(struct plan_diff *d, const struct plan_repo *old,
		       const struct plan_repo *new_)
{
	size_t no = plan_repo_doc_count(old), nn = plan_repo_doc_count(new_);
	struct strmap olds;
	plan_strmap_init(&olds);
	bool *used = plan_xmalloc(no + 1);
	memset(used, 0, no + 1);
	for (size_t i = 0; i < no; i++) {
		const char *k = pair_key(d, plan_repo_doc(old, i));
		/* the first of equal keys counts (SPEC 3.3) */
		plan_strmap_put(&olds, k, strlen(k), (void *)(uintptr_t)(i + 1));
	}
	struct strmap seen;
	plan_strmap_init(&seen);
	for (size_t i = 0; i < nn; i++) {
		const struct plan_doc *n = plan_repo_doc(new_, i);
		const char *k = pair_key(d, n);
		if (plan_strmap_put(&seen, k, strlen(k), (void *)n) != n)
			continue;	/* a later document of the same id */
		uintptr_t j = (uintptr_t)plan_strmap_get(&olds, k, strlen(k));
		if (j)
			used[j - 1] = true;
		compare_pair(d, j ? plan_repo_doc(old, j - 1) : NULL, n);
		if (d->o.progress)
			d->o.progress(d->o.progress_ctx, i + 1, nn);
	}
	for (size_t i = 0; i < no; i++) {
		const struct plan_doc *o = plan_repo_doc(old, i);
		const char *k = pair_key(d, o);
		if (!used[i] && (uintptr_t)plan_strmap_get(&olds, k, strlen(k)) == i + 1)
			compare_pair(d, o, NULL);
	}
	free(used);
	plan_strmap_release(&olds);
	plan_strmap_release(&seen);
}

struct plan_diff *plan_diff_repos(const struct plan_repo *old,
				  const struct plan_repo *new_,
				  const struct plan_diff_opts *o)
{
	struct plan_diff *d = diff_new(o);
	if (plan_repo_headers_only(old) || plan_repo_headers_only(new_)) {
		d->reread_old = old;
		d->reread_new = new_;
	}
	if (d->o.pair_single && plan_repo_doc_count(old) == 1 &&
	    plan_repo_doc_count(new_) == 1)
		compare_pair(d, plan_repo_doc(old, 0), plan_repo_doc(new_, 0));
	else
		pair_repos(d, old, new_);
	return d;
}

/* Access ---------------------------------------------------------------- */

size_t plan_diff_trouble_count(const struct plan_diff *d)
{
	return d->ntrouble;
}

const char *plan_diff_trouble(const struct plan_diff *d, size_t i)
{
	return i < d->ntrouble ? d->trouble[i] : NULL;
}

size_t plan_diff_doc_count(const struct plan_diff *d)
{
	return d->ndocs;
}

const struct plan_diff_doc *plan_diff_doc(const struct plan_diff *d, size_t i)
{
	return i < d->ndocs ? &d->docs[i] : NULL;
}

size_t plan_diff_change_count(const struct plan_diff *d)
{
	return d->nchanges;
}

const struct plan_change *plan_diff_change(const struct plan_diff *d,
					   size_t i)
{
	return i < d->nchanges ? &d->changes[i] : NULL;
}

struct plan_diff_counts plan_diff_counts(const struct plan_diff *d)
{
	struct plan_diff_counts c = {.docs_same = d->docs_same};
	for (size_t i = 0; i < d->ndocs; i++)
		switch (d->docs[i].status) {
		case PLAN_DOC_ADDED: c.docs_added++; break;
		case PLAN_DOC_REMOVED: c.docs_removed++; break;
		default: c.docs_changed++; break;
		}
	for (size_t i = 0; i < d->nchanges; i++)
		switch (d->changes[i].kind) {
		case PLAN_CHANGE_ADDED: c.added++; break;
		case PLAN_CHANGE_REMOVED: c.removed++; break;
		case PLAN_CHANGE_RENAMED: c.renamed++; break;
		default: c.changed++; break;
		}
	return c;
}

bool plan_diff_same(const struct plan_diff *d)
{
	return d->ndocs == 0;
}

const char *plan_change_kind_name(enum plan_change_kind k)
{
	static const char *const names[] = {"added", "removed", "renamed",
					    "changed"};
	return (unsigned)k < 4 ? names[k] : "";
}

unsigned plan_change_class_parse(const char *s)
{
	static const char *const names[] = {"structure", "budget", "targets"};
	_Static_assert(PLAN_CLASS_STRUCTURE == 1 && PLAN_CLASS_BUDGET == 2 &&
		       PLAN_CLASS_TARGETS == 4, "one bit per name, in order");
	int i = plan_word_find(names, 3, s);
	return i < 0 ? 0 : 1u << i;
}
