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
#include "base/hmap.h"
#include "base/i18n.h"

/* One key of a table: the id table's keys are (id, NULL), the unit
 * table's (id, effective unit) of defaulted ids. */
struct id_entry {
	const char *id, *unit;
	const struct plan_element *first;	/* the first element with the key */
	size_t ndistinct;		/* elements that are not duplicates */
	bool explicit_seen;		/* some element wrote the id as `id:` */
	bool unitless_seen;		/* a defaulted one without a unit */
};

struct id_table {
	struct plan_hmap index;		/* hash -> entry number */
	struct id_entry *v;
	size_t n;
};

/* Room for n keys: the table never grows. */
static void table_init(struct id_table *t, size_t n)
{
	plan_hmap_init(&t->index);
	plan_hmap_reserve(&t->index, n);
	t->v = plan_xmalloc(n * sizeof *t->v);
	t->n = 0;
}

static void table_release(struct id_table *t)
{
	plan_hmap_release(&t->index);
	free(t->v);
}

static bool key_eq(const struct id_entry *e, const char *id,
		   const char *unit)
{
	if (strcmp(e->id, id) != 0)
		return false;
	if (!e->unit || !unit)
		return e->unit == unit;
	return strcmp(e->unit, unit) == 0;
}

/* The entry of (id, unit): the existing one, or else a new one when add
 * is set (then *added is true), or else NULL. */
static struct id_entry *table_entry(struct id_table *t, const char *id,
				    const char *unit, bool add, bool *added)
{
	uint64_t h = plan_hash(id, strlen(id));
	struct plan_hprobe p;

	if (unit)
		h = plan_hash_seeded(unit, strlen(unit), h);
	if (added)
		*added = false;
	for (uint32_t v = plan_hmap_first(&t->index, h, &p);
	     v != PLAN_HMAP_NONE; v = plan_hmap_next(&t->index, &p))
		if (key_eq(&t->v[v], id, unit))
			return &t->v[v];
	if (!add)
		return NULL;
	plan_hmap_insert(&t->index, &p, (uint32_t)t->n);
	*added = true;
	t->v[t->n] = (struct id_entry){.id = id, .unit = unit};
	return &t->v[t->n++];
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
					     const struct id_entry *ids,
					     const struct plan_element *e)
{
	struct id_entry *u;
	bool added;

	if (!e->eff_unit)
		return ids->first;
	u = table_entry(units, e->id, e->eff_unit, true, &added);
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
	struct id_entry *s = table_entry(ids, e->id, NULL, true, &added);
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
	const struct id_entry *s;

	if (!r->text || !id_shaped(r->text))
		return;		/* the schema's business */
	s = table_entry(ids, r->text, NULL, false, NULL);
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
	table_release(&ids);
	table_release(&units);
}
