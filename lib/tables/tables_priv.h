/*
 * tables_priv.h - what tables.c lends the other tables of lib/tables
 * (indicators.c): its CSV reader, and a slot in struct plan_tables, so
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

/*
 * The CSV reader of every table.  The header row names the columns (any
 * order, others ignored; compared folding case and blanks at the ends);
 * each later row as wide as the header goes to spec->row with the cells
 * of the wanted columns.  Rows of another width and what the callbacks
 * note become the table's faults (plan_tables_faults(), in line order)
 * when the whole file reads.
 */
#define PLAN_CSV_MAXCOLS 4

struct plan_csvload;		/* a file being read */

struct plan_csvcell {
	const char *s;		/* trimmed of blanks, NUL-terminated ("" when
				   the column is absent); valid in the call */
	size_t len;
};

struct plan_csvspec {
	const char *const *cols;	/* the columns wanted, lower case */
	size_t ncols;			/* at most PLAN_CSV_MAXCOLS */
	size_t nrequired;		/* the first nrequired must be there */
	/* A data row that began at line; cell[i] is cols[i]'s. */
	void (*row)(struct plan_csvload *ld, void *ud, unsigned line,
		    const struct plan_csvcell *cell);
	/* After the last row of a file read to its end; may be NULL. */
	void (*end)(struct plan_csvload *ld, void *ud);
};

/* Read path into t as spec says (ud goes to its callbacks).  0, or -1
 * with err set as plan_tables_load_regions() says: then nothing is
 * noted, and the caller drops the rows it took. */
int plan_tables_read_csv(struct plan_tables *t, const char *path,
			 const struct plan_csvspec *spec, void *ud,
			 char *err, size_t errlen);

enum plan_csvnote {
	PLAN_CSVNOTE_DUPLICATE,	/* a code listed twice in one file */
	PLAN_CSVNOTE_ORPHAN,	/* a parent not in the table */
	PLAN_CSVNOTE_MALFORMED
};

/* A faulty row at line: "path:line: " and the message (copied). */
void plan_csvload_note(struct plan_csvload *ld, enum plan_csvnote kind,
		       unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#endif
