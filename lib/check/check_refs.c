/*
 * check_refs.c - duplicate-id, and the internal references of a document
 * (program `sasaran:`): ref-unresolved, ref-kind (SPEC 3.3, 3.5).
 *
 * Ids go into a hash table sized for the whole document, so a document
 * with thousands of elements costs one pass for ids and one for links.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_priv.h"
#include "base/i18n.h"

/* One slot of an open-addressing table keyed by (k1, k2): the id table
 * uses (id, NULL), the unit table (id, effective unit) of defaulted ids. */
struct id_slot {
	const char *k1, *k2;		/* k1 NULL: an empty slot */
	uint64_t hash;
	const struct plan_element *first;	/* the first element with the key */
	size_t ndistinct;		/* elements that are not duplicates */
	bool explicit_seen;		/* some element wrote the id as `id:` */
	bool unitless_seen;		/* a defaulted one without a unit */
};

struct id_table {
	struct id_slot *slots;
	size_t mask;
};

static uint64_t fnv_str(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3u;
	}
	return h;
}

static uint64_t key_hash(const char *k1, const char *k2)
{
	uint64_t h = fnv_str(0xcbf29ce484222325u, k1);

	if (k2) {
		h ^= 0xff;		/* a byte no key holds: "ab"+"c" != "a"+"bc" */
		h *= 0x100000001b3u;
		h = fnv_str(h, k2);
	}
	return h;
}

/* Room for n keys at a load factor of at most 1/2: the table never grows. */
static void table_init(struct id_table *t, size_t n)
{
	size_t cap = 16;

	while (cap < 2 * n + 1)
		cap *= 2;
	t->slots = plan_xmalloc(cap * sizeof *t->slots);
	memset(t->slots, 0, cap * sizeof *t->slots);
	t->mask = cap - 1;
}

static bool key_eq(const struct id_slot *s, uint64_t h, const char *k1,
		   const char *k2)
{
	if (s->hash != h || strcmp(s->k1, k1) != 0)
		return false;
	if (!s->k2 || !k2)
		return s->k2 == k2;
	return strcmp(s->k2, k2) == 0;
}

/* The slot of (k1, k2): the existing one, or else an empty one claimed for
 * it when add is set (then *added is true), or else NULL. */
static struct id_slot *table_slot(struct id_table *t, const char *k1,
				  const char *k2, bool add, bool *added)
{
	uint64_t h = key_hash(k1, k2);
	size_t i = (size_t)h & t->mask;

	if (added)
		*added = false;
	for (;; i = (i + 1) & t->mask) {
		struct id_slot *s = &t->slots[i];

		if (!s->k1) {
			if (!add)
				return NULL;
			s->k1 = k1;
			s->k2 = k2;
			s->hash = h;
			*added = true;
			return s;
		}
		if (key_eq(s, h, k1, k2))
			return s;
	}
}

static unsigned elem_line(const struct plan_element *e)
{
	return e->node ? e->node->line : 1;
}

static void report_explicit_dup(const struct plan_check *c,
				const struct plan_element *e,
				const struct plan_element *earlier)
{
	plan_check_report(c, RULE_DUPLICATE_ID, PLAN_SEV_DEFAULT, e->node, e,
		     _("give each element an id of its own; ids share one "
		     "namespace per document"),
		     _("duplicate id '%s': the %s at line %u already has it"),
		     e->id, plan_elem_type_word(earlier->type), elem_line(earlier));
}

static void report_unit_dup(const struct plan_check *c,
			    const struct plan_element *e,
			    const struct plan_element *earlier)
{
	if (e->eff_unit)
		plan_check_report(c, RULE_DUPLICATE_ID, PLAN_SEV_DEFAULT, e->node,
			     e, _("merge the two, or give one another `unit:` "
			     "or an explicit `id:`"),
			     _("duplicate id '%s': the %s at line %u has the "
			     "same code and unit '%s'"), e->id,
			     plan_elem_type_word(earlier->type), elem_line(earlier),
			     e->eff_unit);
	else
		plan_check_report(c, RULE_DUPLICATE_ID, PLAN_SEV_DEFAULT, e->node,
			     e, _("merge the two, or give each its `unit:` or "
			     "an explicit `id:`"),
			     _("duplicate id '%s': the %s at line %u has the "
			     "same code and no unit tells them apart"), e->id,
			     plan_elem_type_word(earlier->type), elem_line(earlier));
}

/*
 * A defaulted id that repeats another defaulted one is a duplicate unless
 * both elements have an effective unit and the units differ (an element
 * without a unit cannot be told apart from the others).  Returns the
 * earlier element it clashes with, or NULL.
 */
static const struct plan_element *unit_clash(struct id_table *units,
					     const struct id_slot *ids,
					     const struct plan_element *e)
{
	struct id_slot *u;
	bool added;

	if (!e->eff_unit)
		return ids->first;
	u = table_slot(units, e->id, e->eff_unit, true, &added);
	if (added) {
		u->first = e;
		return ids->unitless_seen ? ids->first : NULL;
	}
	return u->first;
}

/* Record e's id; report it when it repeats an earlier element's. */
static void add_id(const struct plan_check *c, struct id_table *ids,
		   struct id_table *units, const struct plan_element *e)
{
	bool added;
	struct id_slot *s = table_slot(ids, e->id, NULL, true, &added);
	const struct plan_element *clash = NULL;

	if (added) {
		s->first = e;
		if (plan_element_id_defaulted(e) && e->eff_unit)
			unit_clash(units, s, e);
	} else if (!plan_element_id_defaulted(e) || s->explicit_seen) {
		clash = s->first;
		report_explicit_dup(c, e, clash);
	} else if ((clash = unit_clash(units, s, e)) != NULL) {
		report_unit_dup(c, e, clash);
	}
	if (!clash)
		s->ndistinct++;
	if (!plan_element_id_defaulted(e))
		s->explicit_seen = true;
	else if (!e->eff_unit)
		s->unitless_seen = true;
}

/* The id of a sasaran under el, for a "name this instead" hint. */
static const char *some_sasaran(const struct plan_element *el)
{
	for (size_t i = 0; i < el->nchildren; i++)
		if (el->children[i]->type == EL_SASARAN &&
		    el->children[i]->id)
			return el->children[i]->id;
	return NULL;
}

/* An element id's form, [A-Za-z0-9._-]+ (SPEC 3.3).  Other text in
 * `sasaran:` is the schema's finding: one bad value, one finding. */
static bool id_shaped(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= '0' && *s <= '9') || *s == '.' || *s == '_' ||
		      *s == '-'))
			return false;
	return true;
}

static void report_unresolved(const struct plan_check *c,
			      const struct plan_element *e,
			      const struct plan_ref *r)
{
	plan_check_report(c, RULE_REF_UNRESOLVED, PLAN_SEV_DEFAULT, r->node, e,
		     _("write the id of a sasaran of this document"),
		     _("sasaran '%s' is not in this document"), r->text);
}

static void report_wrong_kind(const struct plan_check *c,
			      const struct plan_element *e,
			      const struct plan_ref *r,
			      const struct plan_element *target)
{
	const char *sas = some_sasaran(target);
	const char *hint = sas ?
		plan_arena_printf(c->doc->arena, _("name one of its sasaran, "
				  "e.g. '%s'"), sas) :
		_("name a sasaran of this document");

	plan_check_report(c, RULE_REF_KIND, PLAN_SEV_DEFAULT, r->node, e, hint,
		     _("'%s' is a %s, not a sasaran"), r->text,
		     plan_elem_type_word(target->type));
}

static void check_link(const struct plan_check *c, struct id_table *ids,
		       const struct plan_element *e, const struct plan_ref *r)
{
	const struct id_slot *s;

	if (!r->text || !id_shaped(r->text))
		return;		/* the schema's business */
	s = table_slot(ids, r->text, NULL, false, NULL);
	if (!s)
		report_unresolved(c, e, r);
	else if (s->ndistinct > 1)
		plan_check_report(c, RULE_REF_UNRESOLVED, PLAN_SEV_DEFAULT,
			     r->node, e, _("give those elements explicit `id:`s "
			     "and name the one you mean"),
			     _("'%s' is ambiguous: %zu elements of different "
			     "units have that code"), r->text, s->ndistinct);
	else if (s->first->type != EL_SASARAN)
		report_wrong_kind(c, e, r, s->first);
}

void plan_check_ids_refs(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	struct id_table ids, units;

	table_init(&ids, d->nelements);
	table_init(&units, d->nelements);
	for (size_t i = 0; i < d->nelements; i++)
		if (d->elements[i]->id)
			add_id(c, &ids, &units, d->elements[i]);
	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];

		for (size_t j = 0; j < e->extra->nlinks; j++)
			check_link(c, &ids, e, &e->extra->links[j]);
	}
	free(ids.slots);
	free(units.slots);
}
