/*
 * import.h - plans from what planners already have, and back to the file:
 * a table in the layout of SPEC 8 (or another one through a column map)
 * read into one plan document (plan-import); the skeleton of a new
 * document (plan-new); the mechanical fixes of findings as one unified
 * diff (plan-validate --fix).
 *
 * Nothing here writes a plan file: documents and patches go to a FILE the
 * caller opens, and the user applies a patch.  Nothing prints either:
 * problems with a table come back as a list, with their row and column.
 *
 * Ownership: a plan_import and a plan_import_map own everything they
 * point to until freed; strings of a plan_header belong to the caller
 * (plan_header_complete() puts what it makes in the arena it is given).
 */
#ifndef PLAN_IMPORT_H
#define PLAN_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/arena.h"
#include "base/finding.h"
#include "model/model.h"
#include "tables/tables.h"

/* --- the header of a new document --------------------------------- */

struct plan_header {
	enum plan_kind kind;
	enum plan_level level;		/* LEVEL_NONE: from the region code */
	const char *region;		/* NULL (or "indonesia") at nasional */
	const char *region_name;	/* NULL: none written */
	int start, end;			/* the period */
	const char *id;			/* NULL: REGION/KIND/PERIOD */
	const char *status;		/* NULL: draft */
	const char *unit_code, *unit_name;	/* unit kinds */
	const char *const *parents;	/* documents named in `parents` */
	size_t nparents;
	const char *adopted;		/* YYYY-MM-DD (checked by the
					   caller), or NULL: none written */
};

/*
 * PERIOD as "YYYY" or "YYYY-YYYY" into h->start and h->end.  A single year
 * of a medium- or long-term kind starts a period of the kind's usual
 * length (rpjmd 2025: 2025-2029; rpjmdes 2023: 2023-2028).  h->kind must
 * be set.  Returns 0, or -1 when text is no period.
 */
int plan_header_period(struct plan_header *h, const char *text);

/*
 * Fill in what h leaves out and check what it says, so that the header
 * alone validates clean: the level from the region code's depth (two
 * parts: kabupaten 01-69, kota 71-99; four parts: desa), the id
 * `REGION/KIND/PERIOD` (`indonesia/...` at nasional), status draft; the
 * region code's form and depth, the kind at the level, the period's
 * length (an annual kind: one year), the unit that unit kinds need.
 * With a region table (t, may be NULL) a region it does not list is an
 * error, and region_name, when not given, is the table's.  Strings made
 * go into a.  Returns 0, or -1 with the reason in err.
 */
int plan_header_complete(struct plan_header *h, const struct plan_tables *t,
			 struct plan_arena *a, char *err, size_t errlen);

/* --- plan-new ------------------------------------------------------ */

/*
 * Write the skeleton of a new document for the completed header h: the
 * header, the parents the kind usually names (as comments, with the
 * region names of t when given), and commented examples of the sections
 * the kind holds.  What is not commented validates clean.  Returns 0, or
 * -1 on a write error.
 */
int plan_skeleton_write(FILE *out, const struct plan_header *h,
			const struct plan_tables *t);

/* Check the text of a document as plan-validate checks one file alone
 * (YAML, schema, document-local rules; tables may be NULL): the
 * findings go to out.  plan-new checks its skeleton so. */
void plan_text_check(const char *buf, size_t len, const char *name,
		     const struct plan_tables *t, struct plan_findings *out);

/* --- plan-import --------------------------------------------------- */

/* A column map (--map FILE): YAML `{column of the table: column of SPEC
 * 8}`; a value `~` ignores the column, a value `x-NAME` keeps it as the
 * element's extension key. */
struct plan_import_map;

/* Read a map file.  Returns NULL with "path:line:col: what" in err when
 * it cannot be read or says something that is no column. */
struct plan_import_map *plan_import_map_load(const char *path, char *err,
					     size_t errlen);
void plan_import_map_free(struct plan_import_map *m);

struct plan_import_opts {
	const struct plan_header *header;	/* completed */
	const struct plan_import_map *map;	/* NULL: SPEC 8's names */
	int baseline_year;		/* 0: the period's first year - 1 */
	const char *source;		/* named in the document's first
					   comment line, or NULL */
};

enum plan_import_sev { PLAN_IMPORT_ERROR, PLAN_IMPORT_NOTE };

/* A problem with the table, at a cell (1-based; the header is row 1). */
struct plan_import_problem {
	enum plan_import_sev sev;
	unsigned row, column;
	const char *message;
	const char *hint;		/* or NULL */
};

struct plan_import;

/*
 * Read the table buf[0..len) (UTF-8 with or without a byte-order mark,
 * `,` or `;` between fields, CRLF or LF) called name, and build the plan
 * document it holds.  Never NULL.  Every cell that cannot be read with
 * certainty is a problem and is left out; a table that cannot be read at
 * all (another encoding, broken quoting, no code column) is refused.
 */
struct plan_import *plan_import_read(const char *buf, size_t len,
				     const char *name,
				     const struct plan_import_opts *o);
void plan_import_free(struct plan_import *im);

/* The problems, in row and column order (notes and errors). */
size_t plan_import_problem_count(const struct plan_import *im);
const struct plan_import_problem *plan_import_problem(
	const struct plan_import *im, size_t i);
/* Errors among them (the exit status is 1 when there is any). */
size_t plan_import_error_count(const struct plan_import *im);
/* The table was refused: there is no document to write. */
bool plan_import_refused(const struct plan_import *im);

/* What the document holds, for the summary line. */
struct plan_import_counts {
	size_t rows, elements, indicators, targets, budgets;
};
struct plan_import_counts plan_import_counts(const struct plan_import *im);

/* Write the document in the style of examples/ (two-space indentation,
 * keys in the order of docs/format.md, money as plain integers, codes
 * quoted where YAML would read a number).  Returns 0, or -1 on a write
 * error.  Not for a refused table. */
int plan_import_write(FILE *out, const struct plan_import *im);

/* --- plan-validate --fix ------------------------------------------- */

/* Told of a file whose fixes are not in the patch, and why. */
typedef void (*plan_fix_note_fn)(void *ctx, const char *file,
				 const char *why);

/*
 * Write the fixes of the unwaived findings of l that carry one
 * (plan_finding_fix) as one unified diff that `git apply` and `patch -p1`
 * accept: files in the order of l, paths relative to cwd (the absolute
 * working directory) with `a/` and `b/`, three lines of context.  Only
 * the bytes of each fixed value change; the new text is quoted as the old
 * one was, and quoted where YAML needs it.  A file outside cwd, not in
 * UTF-8, unreadable, or whose value no longer reads as the finding saw
 * it, is not fixed: note says so.  fixed (count of l entries, may be
 * NULL) tells which findings the patch fixes.  Returns the number of
 * files patched, or -1 on a write error.
 */
int plan_fix_patch(FILE *out, const struct plan_findings *l,
		   const char *cwd, bool *fixed, plan_fix_note_fn note,
		   void *ctx);

/* YAML: true when text s must be quoted to be read back as the same
 * string (in a flow collection when flow).  For writers of plan text. */
bool plan_yaml_needs_quotes(const char *s, bool flow);
/* Write s as a YAML scalar: plain when it can be, else double-quoted. */
void plan_yaml_put_scalar(FILE *out, const char *s, bool flow);

#endif
