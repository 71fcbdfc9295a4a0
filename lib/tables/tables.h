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

/*
 * Nomenclature by year (SPEC 5): the nomenclature files loaded after
 * this call are in force from year on (before any call: from year 0).
 * Loads with the same year make one set.
 */
void plan_tables_nomenclature_from(struct plan_tables *t, int year);

/* The nomenclature set in force for a document whose period begins in
 * year: the latest whose `from` is not after it; with year < 0 (not
 * known) the latest of all.  NULL when there is none.  Valid while t
 * lives and no table is loaded into it. */
struct plan_nomenclature;
const struct plan_nomenclature *plan_tables_nomenclature(
	const struct plan_tables *t, int year);

/* The official name of a nomenclature code in set n, or NULL.  Follows
 * SPEC 5: a code `B.BB.01...` not listed is looked up as the template
 * `X.XX.01...`, a four-digit sub-kegiatan `00NN` also as `NN`.  When
 * several files list a code, the first names it.  Footnote marks
 * (`******)`) are not part of a name. */
const char *plan_nomenclature_code_name(const struct plan_nomenclature *n,
					const char *code);
/* The name of program code in the file of set n whose level is level (1
 * provinsi, 2 kab/kota: a file is the provinsi one when most of its
 * kegiatan carry level digit 1), looked up as above, or NULL.  *judged
 * is false when the set has no file of that level (the name cannot be
 * judged), true otherwise. */
const char *plan_nomenclature_program_name(const struct plan_nomenclature *n,
					   const char *code, int level,
					   bool *judged);
/* The codes of set n whose name is name[0..len) (compared as
 * plan_name_eq() does), in table order, each with the level of the file
 * listing it (0: unknown); at most max into out.  Returns how many. */
struct plan_named {
	const char *code;		/* as the table writes it (X.XX.01...) */
	int level;
};
size_t plan_nomenclature_codes_named(const struct plan_nomenclature *n,
				     const char *name, size_t len,
				     struct plan_named *out, size_t max);

/* plan_nomenclature_code_name() in the latest set. */
const char *plan_tables_code_name(const struct plan_tables *t,
				  const char *code);

/* Notes on faulty rows ("regions.csv:1234: duplicate code 11.01 ..."). */
size_t plan_tables_note_count(const struct plan_tables *t);
const char *plan_tables_note(const struct plan_tables *t, size_t i);

/* The faulty rows of each table loaded, in load order, for one line per
 * table (SPEC 5): its notes are plan_tables_note(first_note ...
 * first_note + notes - 1). */
struct plan_table_faults {
	const char *path;
	size_t first_note, notes;
	size_t duplicates, orphans, malformed;
};
size_t plan_tables_fault_count(const struct plan_tables *t);
const struct plan_table_faults *plan_tables_faults(
	const struct plan_tables *t, size_t i);

/* Number of rows loaded (regions; nomenclature, of every set). */
size_t plan_tables_region_count(const struct plan_tables *t);
/* The code of the i-th region in table order (i < the count), or NULL. */
const char *plan_tables_region_code(const struct plan_tables *t, size_t i);
size_t plan_tables_code_count(const struct plan_tables *t);

#endif
