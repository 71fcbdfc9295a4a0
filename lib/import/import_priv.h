/*
 * import_priv.h - what the files of lib/import share (lib/ only).
 *
 * plan-import runs in four steps over one arena: table.c reads the bytes
 * into rows of cells (encoding, separator, quoting), columns.c gives each
 * column of the header its meaning (SPEC 8's names, or a map), build.c
 * turns rows into elements and indicators, write.c writes the document.
 */
#ifndef PLAN_IMPORT_PRIV_H
#define PLAN_IMPORT_PRIV_H

#include <stdint.h>

#include "import/import.h"
#include "base/hmap.h"

/* --- YAML scalars (yaml_out.c) --------------------------------------- */

void plan_yaml_put_double(FILE *out, const char *s);
/* s can be written single-quoted (no control characters). */
bool plan_yaml_single_ok(const char *s);
void plan_yaml_put_single(FILE *out, const char *s);

/* The header keys of h, in the order of docs/format.md (write.c). */
void plan_header_write(FILE *out, const struct plan_header *h);

/* --- the table (table.c) --------------------------------------------- */

struct plan_irow {
	unsigned rowno;		/* 1-based, as a spreadsheet numbers rows */
	size_t n;		/* cells */
	const char **cell;	/* NUL-terminated, in the import's arena */
};

/* --- columns (columns.c) --------------------------------------------- */

enum plan_icol_kind {
	ICOL_NONE,		/* not imported */
	ICOL_CODE, ICOL_NAME, ICOL_INDICATOR, ICOL_IND_CODE, ICOL_SATUAN,
	ICOL_BASELINE, ICOL_TARGET, ICOL_BUDGET, ICOL_OPD, ICOL_SASARAN,
	ICOL_DIRECTION, ICOL_SUPPORTS,
	ICOL_EXT		/* x-NAME: an extension key of the element */
};

struct plan_icol {
	enum plan_icol_kind kind;
	int year;		/* ICOL_TARGET, ICOL_BUDGET */
	const char *ext;	/* ICOL_EXT: the key */
	size_t slot;		/* ICOL_TARGET / ICOL_BUDGET / ICOL_EXT: the
				   index among columns of its kind */
};

/* --- elements (build.c) ---------------------------------------------- */

struct plan_ival {		/* a target, or a baseline */
	const char *text;	/* NULL: absent */
	bool number;		/* write plain (a number) */
};

struct plan_iind {
	const char *code, *name, *unit;
	const char *direction;		/* up, down, exact, or NULL */
	struct plan_ival baseline;
	struct plan_ival *targets;	/* one per target column */
	unsigned row;
};

struct plan_ibudget {
	int64_t amount;
	unsigned row, column;	/* where the amount was first read */
	unsigned char state;	/* 0 none, 1 given, 2 dropped (rows
				   disagreed) */
};

struct plan_ielem {
	enum plan_elem_type type;
	const char *id;		/* explicit id, or NULL */
	const char *code, *name;
	const char *unit_key;	/* the unit cell folded ("" none) */
	const char *unit_code;	/* unit: (a code) or NULL */
	const char *opd;	/* x-opd (a name) or NULL */
	const char **ext;	/* one per x- column, NULL when empty */
	struct plan_vec sasaran;	/* const char * */
	struct plan_vec supports;	/* const char *: DOCID#ELEMID */
	struct plan_vec indicators;	/* struct plan_iind * */
	struct plan_ibudget *budget;	/* one per budget column */
	struct plan_vec children;	/* struct plan_ielem * */
	struct plan_ielem *parent;
	unsigned row, name_row;	/* first row; the row its name came from */
};

struct plan_import {
	struct plan_arena *arena;
	const char *name;		/* the table, as given */
	struct plan_header header;
	const struct plan_import_map *map;
	const char *source;
	int baseline_year;
	bool refused;
	struct plan_vec problems;	/* struct plan_import_problem * */
	size_t errors;

	char sep;			/* ',' or ';' */
	struct plan_irow *rows;
	size_t nrows;

	struct plan_icol *cols;
	size_t ncols;
	size_t ntargets, nbudgets, next;	/* columns of each kind */
	int *target_year, *budget_year;	/* by slot */
	const char **ext_key;		/* by slot */
	size_t *target_col, *budget_col, *ext_col;	/* by slot, 1-based */
	size_t col_of[ICOL_EXT + 1];	/* the column of a single kind,
					   1-based; 0 absent */

	struct plan_vec top;		/* struct plan_ielem * */
	struct plan_import_counts counts;
};

/* Record a problem at row:column (0 for "the table"). */
void plan_import_report(struct plan_import *im, enum plan_import_sev sev,
			unsigned row, unsigned column, const char *hint,
			const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* Bytes -> im->rows and im->sep; false (and im->refused) when the table
 * cannot be read. */
bool plan_import_table(struct plan_import *im, const char *buf, size_t len);
/* The header row -> im->cols; false (refused) without a code column or
 * with a column twice. */
bool plan_import_columns(struct plan_import *im);
/* Rows -> elements. */
void plan_import_build(struct plan_import *im);

/* Fold a column name: ASCII lower case without spaces, `_` and `-`.
 * Returns a string in a. */
char *plan_import_fold_column(struct plan_arena *a, const char *s);

#endif
