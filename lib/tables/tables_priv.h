/*
 * tables_priv.h - what tables.c lends the other tables of lib/tables
 * (indicators.c): a slot in struct plan_tables and its list of notes, so
 * that a table read by another file lives and dies with the others and
 * its faulty rows are summarised with theirs.
 */
#ifndef PLAN_TABLES_PRIV_H
#define PLAN_TABLES_PRIV_H

#include "tables/tables.h"

struct plan_indtable;

/* The indicators table of t (NULL until one is loaded), and where it
 * goes. */
const struct plan_indtable *plan_tables_indtable(const struct plan_tables *t);
struct plan_indtable **plan_tables_indtable_slot(struct plan_tables *t);
/* Free an indicators table (indicators.c); NULL is fine. */
void plan_indtable_free(struct plan_indtable *it);

/* The faulty rows of one table loaded from path: n notes ("path:line:
 * what", in line order; copied), of which duplicates are duplicate
 * codes and the others malformed rows, as one entry of the faults
 * (plan_tables_faults()). */
void plan_tables_add_faults(struct plan_tables *t, const char *path,
			    const char *const *notes, size_t n,
			    size_t duplicates);

#endif
