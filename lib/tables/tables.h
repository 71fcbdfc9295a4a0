/*
 * tables.h - reference tables (CSV, read with libcsv): Kemendagri region
 * codes and planning nomenclature (SPEC 5).
 *
 * Columns are found by name in the header row (`code` and `name`
 * required).  Real tables have flaws: duplicated codes and orphans (a row
 * whose `parent` is not in the table) are kept as notes for the caller to
 * print once; they never stop the load.
 */
#ifndef PLAN_TABLES_H
#define PLAN_TABLES_H

#include <stdbool.h>
#include <stddef.h>

struct plan_tables;

struct plan_tables *plan_tables_new(void);
void plan_tables_free(struct plan_tables *t);

/*
 * Load a table into t.  Returns 0, or -1 when the file cannot be read or
 * is not a usable table; then err (size errlen) says why as
 * "path:line: what" (or "path: strerror").  Faulty rows become notes.
 */
int plan_tables_load_regions(struct plan_tables *t, const char *path,
			     char *err, size_t errlen);
int plan_tables_load_nomenclature(struct plan_tables *t, const char *path,
				  char *err, size_t errlen);

bool plan_tables_has_regions(const struct plan_tables *t);
bool plan_tables_has_nomenclature(const struct plan_tables *t);

/* The official name of a region code, or NULL when it is not listed. */
const char *plan_tables_region_name(const struct plan_tables *t,
				    const char *code);
/* The regions directly below code ("" for the provinces) in table order:
 * their number, with *codes pointing at their codes (valid while t
 * lives). */
size_t plan_tables_region_children(const struct plan_tables *t,
				   const char *code,
				   const char *const **codes);

/* The official name of a nomenclature code, or NULL.  Follows SPEC 5: a
 * code `B.BB.01...` not listed is looked up as the template `X.XX.01...`,
 * a four-digit sub-kegiatan `00NN` also as `NN`. */
const char *plan_tables_code_name(const struct plan_tables *t,
				  const char *code);

/* Notes on faulty rows ("regions.csv:1234: duplicate code 11.01 ..."). */
size_t plan_tables_note_count(const struct plan_tables *t);
const char *plan_tables_note(const struct plan_tables *t, size_t i);

/* Number of rows loaded (regions, nomenclature). */
size_t plan_tables_region_count(const struct plan_tables *t);
size_t plan_tables_code_count(const struct plan_tables *t);

#endif
