#include "model/model_priv.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "base/value.h"

/* Building ------------------------------------------------------------ */

struct builder {
	struct plan_doc *doc;
	struct plan_arena *a;
	struct plan_vec elements;
};

static struct plan_str str_of(const struct ynode *n)
{
	struct plan_str s = {NULL, 0, n};
	if (ynode_is_text(n)) {
		s.s = n->text;
		s.len = n->len;
	}
	return s;
}

static struct plan_str get_str(const struct ynode *map, const char *key)
{
	return str_of(plan_ynode_get(map, key));
}

/* Pair i of map holds a value written the spreadsheet way, or the first
 * half of one that a decimal comma split (see plan_yearval.sheet). */
static bool value_sheet(const struct ynode *map, size_t i)
{
	const struct ynode *v = map->pairs[i].value;
	bool pct;
	if (ynode_is_text(v) &&
	    plan_value_sheet_misread(v->text, v->len, NULL, &pct))
		return true;
	return ynode_is_text(v) && v->split;
}

static struct plan_yearmap year_map(struct builder *b, const struct ynode *n,
				    bool money)
{
	struct plan_yearmap m = {NULL, NULL, 0};
	if (!n || n->type != YNODE_MAP)
		return m;
	m.node = n;
	m.n = n->npairs;
	m.v = plan_arena_alloc(b->a, n->npairs * sizeof *m.v);
	for (size_t i = 0; i < n->npairs; i++) {
		struct plan_yearval *y = &m.v[i];
		y->key = n->pairs[i].key;
		y->value = n->pairs[i].value;
		y->year = plan_year_parse(y->key->text, y->key->len);
		y->null = ynode_is_null(y->value);
		if (money && ynode_is_text(y->value) && y->value->split)
			y->sheet = true;	/* schema's: left out */
		else if (money && ynode_is_text(y->value))
			y->money_ok = plan_money_parse(y->value->text,
						       y->value->len,
						       &y->amount) ==
				      PLAN_MONEY_OK;
		else if (!money)
			y->sheet = value_sheet(n, i);
	}
	return m;
}

static void read_indicator(struct builder *b, const struct ynode *n,
			   struct plan_indicator *ind)
{
	ind->node = n;
	ind->id = get_str(n, "id");
	ind->code = get_str(n, "code");
	ind->name = get_str(n, "name");
	ind->unit = get_str(n, "unit");
	struct plan_str dir = get_str(n, "direction");
	ind->direction = !dir.s ? DIR_UP
		: plan_ynode_text_is(dir.node, "down") ? DIR_DOWN
		: plan_ynode_text_is(dir.node, "exact") ? DIR_EXACT : DIR_UP;
	const struct ynode *base = plan_ynode_get(n, "baseline");
	ind->baseline_year = -1;
	if (base && base->type == YNODE_MAP) {
		ind->baseline_node = base;
		struct plan_str y = get_str(base, "year");
		if (y.s)
			ind->baseline_year = plan_year_parse(y.s, y.len);
		ind->baseline_value = get_str(base, "value");
		for (size_t i = 0; i < base->npairs; i++)
			if (base->pairs[i].key->key == YKEY_VALUE)
				ind->baseline_sheet = value_sheet(base, i);
	}
	ind->targets = year_map(b, plan_ynode_get(n, "targets"), false);
	ind->actuals = year_map(b, plan_ynode_get(n, "actuals"), false);
	ind->targets_forward = year_map(b, plan_ynode_get(n, "targets_forward"),
					false);
}

static void read_indicators(struct builder *b, const struct ynode *seq,
			    struct plan_element *e)
{
	if (!seq || seq->type != YNODE_SEQ)
		return;
	e->indicators = plan_arena_alloc(b->a,
					 seq->nitems * sizeof *e->indicators);
	for (size_t i = 0; i < seq->nitems; i++) {
		if (seq->items[i]->type != YNODE_MAP)
			continue;
		struct plan_indicator *ind = &e->indicators[e->nindicators++];
		read_indicator(b, seq->items[i], ind);
		ind->index = i + 1;
	}
}

/* A list of references: strings, or {ref, reviewed} mappings.  A lone
 * string is taken as a list of one (the schema says whether it may be). */
static struct plan_ref *read_refs(struct builder *b, const struct ynode *n,
				  size_t *count)
{
	*count = 0;
	if (!n)
		return NULL;
	size_t cap = n->type == YNODE_SEQ ? n->nitems : 1;
	struct plan_ref *refs = plan_arena_alloc(b->a, cap * sizeof *refs);
	for (size_t i = 0; i < cap; i++) {
		const struct ynode *it = n->type == YNODE_SEQ ? n->items[i] : n;
		struct plan_ref *r = &refs[*count];
		if (ynode_is_text(it)) {
			r->text = it->text;
			r->node = it;
		} else if (it->type == YNODE_MAP) {
			const struct ynode *ref = plan_ynode_get(it, "ref");
			if (!ynode_is_text(ref))
				continue;
			r->text = ref->text;
			r->node = ref;
			struct plan_str rev = get_str(it, "reviewed");
			r->reviewed = rev.s;
			r->reviewed_node = rev.node;
		} else {
			continue;
		}
		(*count)++;
	}
	return refs;
}

static void read_element(struct builder *b, const struct ynode *n,
			 enum plan_elem_type t, struct plan_element *parent,
			 size_t index, struct plan_vec *siblings);

/* The section tree (base/vocab.h) as the builder reads it: per element
 * type, the key number of the list of its children (YKEY_NONE for none)
 * and their type.  Worked out once, not once a document. */
static struct {
	unsigned char key;
	signed char type;
} children_of[EL_TYPE_COUNT];
static pthread_once_t children_once = PTHREAD_ONCE_INIT;

static void children_init(void)
{
	for (int t = 0; t < EL_TYPE_COUNT; t++) {
		int c = plan_section_child((enum plan_elem_type)t);
		const char *key = c < 0 ? "" : plan_elem_type_key(c);
		children_of[t].key = (unsigned char)plan_ytree_key_number(
			key, strlen(key));
		children_of[t].type = (signed char)c;
	}
}

/* The keys read_element looks at, found in one pass over the element's
 * pairs by the number the loader gave each key: a lookup each was a scan
 * of them all, a dozen times an element.  ytree has kept only the first
 * of duplicate keys. */
struct elem_keys {
	const struct ynode *code, *name, *id, *unit, *location, *rank,
		*sasaran, *indicators, *budget, *budget_forward, *supports,
		*tik;
	const struct ynode *children;	/* the list of the element's type's
					   children (children_of) */
};

static const struct ynode **elem_key_slot(struct elem_keys *k,
					  enum ykey key)
{
	switch (key) {
	case YKEY_ID: return &k->id;
	case YKEY_CODE: return &k->code;
	case YKEY_NAME: return &k->name;
	case YKEY_UNIT: return &k->unit;
	case YKEY_RANK: return &k->rank;
	case YKEY_BUDGET: return &k->budget;
	case YKEY_SASARAN: return &k->sasaran;
	case YKEY_SUPPORTS: return &k->supports;
	case YKEY_LOCATION: return &k->location;
	case YKEY_INDICATORS: return &k->indicators;
	case YKEY_BUDGET_FORWARD: return &k->budget_forward;
	default: return NULL;
	}
}

/* An element of type t's keys into k. */
static void find_elem_keys(const struct ynode *n, enum plan_elem_type t,
			   struct elem_keys *k)
{
	unsigned char list = children_of[t].key;
	memset(k, 0, sizeof *k);
	for (size_t i = 0; i < n->npairs; i++) {
		const struct ynode *kn = n->pairs[i].key;
		unsigned char key = kn->key;
		const struct ynode **slot = elem_key_slot(k, (enum ykey)key);
		/* `tik` has no number of its own (ytree.h): the few keys
		 * without one are told by their text */
		if (!slot && key == YKEY_NONE && kn->len == 3 &&
		    !memcmp(kn->text, "tik", 3))
			slot = &k->tik;
		if (slot && !*slot)
			*slot = n->pairs[i].value;
		if (key == list && list != YKEY_NONE && !k->children)
			k->children = n->pairs[i].value;
	}
}

static void read_section(struct builder *b, const struct ynode *seq,
			 enum plan_elem_type t, struct plan_element *parent,
			 struct plan_vec *out)
{
	if (!seq || seq->type != YNODE_SEQ)
		return;
	for (size_t i = 0; i < seq->nitems; i++)
		if (seq->items[i]->type == YNODE_MAP)
			read_element(b, seq->items[i], t, parent, i + 1, out);
}

static const char *effective_unit(const struct builder *b,
				  const struct plan_element *e)
{
	if (e->extra->unit.s)
		return e->extra->unit.s;
	if (e->parent)
		return e->parent->eff_unit;
	return b->doc->unit_code.s;
}

const struct plan_elem_extra plan_elem_extra_none;

/* The elements SPEC 3.6 lets carry `tik:`. */
static bool may_carry_tik(enum plan_elem_type t)
{
	return t == EL_PROGRAM || t == EL_KEGIATAN || t == EL_SUB_KEGIATAN ||
	       t == EL_VKEGIATAN;
}

/* A `tik:` mapping, or NULL (a tik of another shape is the schema's). */
static const struct plan_tik *read_tik(struct builder *b,
				       const struct ynode *n)
{
	if (!n || n->type != YNODE_MAP)
		return NULL;
	struct plan_tik *t = plan_arena_alloc(b->a, sizeof *t);
	t->node = n;
	t->type = get_str(n, "type");
	t->application = get_str(n, "application");
	const struct ynode *c = plan_ynode_get(n, "clearance");
	if (c && c->type == YNODE_MAP) {
		t->clearance = c;
		t->status = get_str(c, "status");
		t->ref = get_str(c, "ref");
		t->date = get_str(c, "date");
	}
	return t;
}

static const struct plan_elem_extra *read_extra(struct builder *b,
						const struct elem_keys *k,
						enum plan_elem_type t)
{
	struct plan_elem_extra x = {
		.id_key = str_of(k->id),
		.unit = str_of(k->unit),
		.location = str_of(k->location),
		.rank = str_of(k->rank),
		.budget_forward = year_map(b, k->budget_forward, true),
	};
	if (t == EL_PROGRAM)
		x.links = read_refs(b, k->sasaran, &x.nlinks);
	if (may_carry_tik(t))
		x.tik = read_tik(b, k->tik);
	if (!x.id_key.node && !x.unit.node && !x.location.node &&
	    !x.rank.node && !x.links && !x.budget_forward.node && !x.tik)
		return &plan_elem_extra_none;
	struct plan_elem_extra *p = plan_arena_take(b->a, sizeof *p);
	*p = x;
	return p;
}

static void read_element(struct builder *b, const struct ynode *n,
			 enum plan_elem_type t, struct plan_element *parent,
			 size_t index, struct plan_vec *siblings)
{
	struct elem_keys k;
	find_elem_keys(n, t, &k);
	struct plan_element *e = plan_arena_alloc(b->a, sizeof *e);
	e->type = t;
	e->node = n;
	e->parent = parent;
	e->index = index;
	e->code = str_of(k.code);
	e->name = str_of(k.name);
	e->extra = read_extra(b, &k, t);
	e->id = e->extra->id_key.s ? e->extra->id_key.s : e->code.s;
	e->eff_unit = effective_unit(b, e);
	read_indicators(b, k.indicators, e);
	e->budget = year_map(b, k.budget, true);
	size_t nsupports;
	e->supports = read_refs(b, k.supports, &nsupports);
	e->nsupports = (uint32_t)nsupports;
	e->order = b->elements.len;
	plan_vec_push(b->a, &b->elements, e);
	plan_vec_push(b->a, siblings, e);

	struct plan_vec kids = {NULL, 0, 0};
	if (k.children)
		read_section(b, k.children,
			     (enum plan_elem_type)children_of[t].type, e, &kids);
	e->children = (struct plan_element **)kids.items;
	e->nchildren = kids.len;
}

static void read_period(struct plan_doc *d)
{
	const struct ynode *p = plan_ynode_get(d->root, "period");
	d->period_start = d->period_end = -1;
	if (!p || p->type != YNODE_MAP)
		return;
	d->period_node = p;
	struct plan_str s = get_str(p, "start"), e = get_str(p, "end");
	if (s.s)
		d->period_start = plan_year_parse(s.s, s.len);
	if (e.s)
		d->period_end = plan_year_parse(e.s, e.len);
}

#define FIELD(name, key, pointed_at) \
	{key, offsetof(struct plan_doc, name), pointed_at}

const struct plan_doc_field plan_doc_fields[PLAN_DOC_NFIELDS] = {
	FIELD(plan, "plan", false),
	FIELD(id, "id", true),
	FIELD(kind_s, "kind", false),
	FIELD(level_s, "level", false),
	FIELD(region, "region", false),
	FIELD(region_name, "region_name", false),
	FIELD(status, "status", false),
	FIELD(adopted, "adopted", true),
	FIELD(inaugurated, "inaugurated", true),
	FIELD(revised, "revised", false),
};

static void read_header(struct plan_doc *d)
{
	const struct ynode *r = d->root;
	for (size_t i = 0; i < PLAN_DOC_NFIELDS; i++)
		*plan_doc_field_str(d, &plan_doc_fields[i]) =
			get_str(r, plan_doc_fields[i].key);
	const struct ynode *unit = plan_ynode_get(r, "unit");
	if (unit && unit->type == YNODE_MAP) {
		d->unit_code = get_str(unit, "code");
		d->unit_name = get_str(unit, "name");
	}
	d->kind = plan_kind_parse(d->kind_s.s);
	d->level = plan_level_parse(d->level_s.s);
	read_period(d);
}

struct plan_doc *plan_doc_build(const struct ynode *root, const char *file,
				struct plan_arena *a)
{
	struct plan_doc *d = plan_arena_alloc(a, sizeof *d);
	d->arena = a;
	d->file = file;
	d->root = root;
	read_header(d);
	struct builder b = {d, a, {NULL, 0, 0}};
	pthread_once(&children_once, children_init);
	const struct ynode *parents = plan_ynode_get(root, "parents");
	d->parents = read_refs(&b, parents, &d->nparents);

	struct plan_vec top = {NULL, 0, 0};
	for (int t = 0; t < EL_TYPE_COUNT; t++)
		if (plan_section_parent((enum plan_elem_type)t) ==
		    PLAN_SECTION_DOC)
			read_section(&b, plan_ynode_get(root,
							plan_elem_type_key(t)),
				     (enum plan_elem_type)t, NULL, &top);
	d->top = (struct plan_element **)top.items;
	d->ntop = top.len;
	d->elements = (struct plan_element **)b.elements.items;
	d->nelements = b.elements.len;
	return d;
}

/* No budget, or zero in every year: the village asks for higher funds
 * (an amount that is not money counts as funded: budget-format's). */
static bool budget_zero(const struct plan_yearmap *m)
{
	for (size_t i = 0; i < m->n; i++)
		if (!m->v[i].money_ok || m->v[i].amount != 0)
			return false;
	return true;
}

bool plan_orphan_kind(const struct plan_doc *d, const struct plan_element *e)
{
	switch (e->type) {
	case EL_PROGRAM:
		return d->kind == KIND_RPJMD || d->kind == KIND_RKPD;
	case EL_PROPOSAL:
		return true;
	case EL_VKEGIATAN:
		return budget_zero(&e->budget);
	default:
		return false;
	}
}

/* Naming ------------------------------------------------------------- */

const char *plan_element_ref(const struct plan_doc *d,
			     const struct plan_element *e)
{
	if (!d->id.s || !e || !e->id)
		return NULL;
	return plan_arena_printf(d->arena, "%s#%s", d->id.s, e->id);
}

/* e's breadcrumb, and with an indicator index (1-based; 0 for none) the
 * indicator's step after it. */
static const char *breadcrumb(const struct plan_doc *d,
			      const struct plan_element *e, size_t indicator)
{
	const struct plan_element *chain[64];
	size_t k = 0, len = 1;
	for (const struct plan_element *p = e; p && k < 64; p = p->parent) {
		chain[k++] = p;
		len += plan_crumb_step_len((int)p->type, p->id);
	}
	if (indicator)
		len += plan_crumb_step_len(PLAN_CRUMB_INDICATOR, NULL);
	char *buf = plan_arena_alloc(d->arena, len);
	size_t o = 0;
	buf[0] = '\0';
	while (k--)
		o = plan_crumb_step(buf, len, o, (int)chain[k]->type,
				    chain[k]->id, chain[k]->index);
	if (indicator)
		plan_crumb_step(buf, len, o, PLAN_CRUMB_INDICATOR, NULL,
				indicator);
	return buf;
}

const char *plan_element_breadcrumb(const struct plan_doc *d,
				    const struct plan_element *e)
{
	return e ? breadcrumb(d, e, 0) : NULL;
}

const char *plan_indicator_breadcrumb(const struct plan_doc *d,
				      const struct plan_element *e,
				      size_t index)
{
	return breadcrumb(d, e, index);
}
