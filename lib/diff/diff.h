/*
 * diff.h - two plans compared by meaning, not by line (SPEC 7, plan-diff).
 *
 * Documents are matched by id (or, with PLAN_DIFF_BY_CODE, by kind and
 * period), elements by id (the id defaulting to the code) within a
 * document, indicators by code else by folded name (SPEC 3.2).  What
 * differs comes out as data: a list of changes, each with its document,
 * element, field, kind of change, old and new value and, for money, the
 * delta.  Nothing here prints; lib/diff_emit.c writes a diff as text,
 * csv, json or markdown.
 *
 * Matching is linear: one hash map of keys per document, one of indicators
 * per document, documents by id in another.  Reordered lists and keys,
 * quoting, `1_200_000_000` against `1200000000`, `4.0` against `4.00`,
 * white space in names, and a sub-kegiatan written `.03` against `.0003`
 * are no difference.
 *
 * Ownership: a plan_diff owns its change list and every string it made;
 * the strings of plan text in it point into the documents compared, so
 * the documents (their repositories) must outlive the diff.  Breadcrumbs
 * are allocated in the documents' arenas.
 */
#ifndef PLAN_DIFF_H
#define PLAN_DIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "model/model.h"
#include "repo/repo.h"

enum plan_diff_by {
	PLAN_DIFF_BY_ID,	/* the same plan in two versions */
	PLAN_DIFF_BY_CODE	/* plans of different regions or levels:
				   programs, kegiatan and sub-kegiatan by
				   nomenclature code, the level digit N of
				   X.XX.XX.N.YY not counting */
};

enum plan_change_kind {
	PLAN_CHANGE_ADDED,
	PLAN_CHANGE_REMOVED,
	PLAN_CHANGE_RENAMED,	/* same id or code, new name */
	PLAN_CHANGE_CHANGED
};

/* What --only selects; a change is in exactly one class. */
enum plan_change_class {
	PLAN_CLASS_STRUCTURE = 1,	/* elements, names, links, doc fields */
	PLAN_CLASS_BUDGET = 2,		/* budget, budget_forward, totals */
	PLAN_CLASS_TARGETS = 4		/* anything about an indicator */
};

struct plan_change {
	enum plan_change_kind kind;
	enum plan_change_class cls;
	const char *doc;		/* document id */
	const char *element;		/* "<doc id>#<element id>"; NULL for
					   the document itself */
	const char *breadcrumb;		/* "Program 2.16.03 › Kegiatan ..."; NULL
					   for the document itself */
	enum plan_elem_type type;	/* the element's, when element is set */
	const char *indicator;		/* the indicator's code, else its name,
					   when the change is about one */
	const char *indicator_name;	/* and its name (may equal indicator) */
	/* "name", "budget.2026", "targets.2026", "supports", ...; NULL when a
	 * whole element or indicator was added or removed */
	const char *field;
	/* Values as written (NULL when absent).  For an element or indicator
	 * added or removed: its name. */
	const char *old_value, *new_value;
	bool money;			/* values are amounts of rupiah */
	bool has_delta;			/* both amounts known: new - old */
	int64_t delta;
	size_t below;			/* element added or removed: how many
					   elements under it come and go with
					   it (not listed separately) */
};

enum plan_doc_status {
	PLAN_DOC_SAME, PLAN_DOC_CHANGED, PLAN_DOC_ADDED, PLAN_DOC_REMOVED
};

struct plan_diff_doc {
	enum plan_doc_status status;
	const char *id;			/* the new id, else the old */
	const char *old_id, *new_id;	/* NULL on the side it is missing */
	const char *old_file, *new_file;
	size_t first, n;		/* its changes: [first, first + n) */
};

struct plan_diff_opts {
	enum plan_diff_by by;
	unsigned only;			/* PLAN_CLASS_* mask; 0: every class */
	const char *const *ignore;	/* field names left out (see
					   plan_diff_ignores) */
	size_t nignore;
	/* Pair the two sides' documents whatever their ids when each side
	 * holds exactly one (two files named on the command line). */
	bool pair_single;
	/* Called after each document of new is compared (for progress);
	 * may be NULL. */
	void (*progress)(void *ctx, size_t done, size_t total);
	void *progress_ctx;
};

struct plan_diff;

/* Compare every document of old with new's.  Never fails. */
struct plan_diff *plan_diff_repos(const struct plan_repo *old,
				  const struct plan_repo *new_,
				  const struct plan_diff_opts *o);
/* Compare two documents (either may be NULL: added or removed). */
struct plan_diff *plan_diff_docs(const struct plan_doc *old,
				 const struct plan_doc *new_,
				 const struct plan_diff_opts *o);
void plan_diff_free(struct plan_diff *d);

/* Repositories loaded with headers_only are compared a pair at a time,
 * each pair read again from its files (and not at all when the files
 * hold the same bytes): memory then follows what differs.  A file that
 * could not be read again is trouble ("path: why"), the pair left out. */
size_t plan_diff_trouble_count(const struct plan_diff *d);
const char *plan_diff_trouble(const struct plan_diff *d, size_t i);

/* Documents in output order: new's order, then those only in old.  Only
 * documents that differ are listed. */
size_t plan_diff_doc_count(const struct plan_diff *d);
const struct plan_diff_doc *plan_diff_doc(const struct plan_diff *d,
					  size_t i);
size_t plan_diff_change_count(const struct plan_diff *d);
const struct plan_change *plan_diff_change(const struct plan_diff *d,
					   size_t i);

struct plan_diff_counts {
	size_t docs_same, docs_changed, docs_added, docs_removed;
	size_t added, removed, renamed, changed;	/* changes by kind */
};
struct plan_diff_counts plan_diff_counts(const struct plan_diff *d);
/* No difference at all (after --ignore and --only). */
bool plan_diff_same(const struct plan_diff *d);

/* Whether a change with this field and indicator is left out by
 * `--ignore name`: name equals the field or a dot-prefix of it
 * (`budget` takes `budget.2026`, not `budget_forward.2027`);
 * `indicators` takes every change about an indicator. */
bool plan_diff_ignores(const char *name, const char *field,
		       const char *indicator);

/* "added", "removed", "renamed", "changed". */
const char *plan_change_kind_name(enum plan_change_kind k);
/* "budget", "targets", "structure" -> class, or 0. */
unsigned plan_change_class_parse(const char *s);

/* Writers (lib/diff_emit.c). */
enum plan_diff_format {
	PLAN_DIFF_TEXT, PLAN_DIFF_CSV, PLAN_DIFF_JSON, PLAN_DIFF_MARKDOWN
};
/* "text", "csv", "json", "markdown" (also "md"); -1 if unknown. */
int plan_diff_format_parse(const char *s);

struct plan_diff_emit_opts {
	enum plan_diff_format format;
	bool color;			/* text: ANSI colours */
	bool stat;			/* counts only */
	bool excel;			/* csv: the spreadsheet dialect
					   (out/csvout.h) */
	const char *old_label, *new_label;	/* the paths compared */
	const char *tool, *version;	/* json */
	enum plan_diff_by by;		/* json, markdown say which */
};

/* Write d to out.  Returns 0, or -1 on a write error. */
int plan_diff_emit(FILE *out, const struct plan_diff *d,
		   const struct plan_diff_emit_opts *o);

#endif
