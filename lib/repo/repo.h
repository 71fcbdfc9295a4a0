/*
 * repo.h - a plan repository: the documents found under the paths given,
 * loaded and checked one by one, then checked across (SPEC 2, 3.3, 4).
 *
 * Loading a file runs its document-local checks at once (YAML, schema,
 * model, local rules); what cross-document rules need is kept in the
 * repository's index: documents by id, elements by "doc#element", the
 * supports graph both ways.
 *
 * Ownership: the repository owns its documents (one arena each) and its
 * index; plan_repo_free() releases everything.
 */
#ifndef PLAN_REPO_H
#define PLAN_REPO_H

#include <stdbool.h>
#include <stddef.h>

#include "base/finding.h"
#include "model/model.h"
#include "schema/schema.h"
#include "tables/tables.h"
#include "yaml/ytree.h"

struct plan_repo_opts {
	struct yload_limits limits;
	const struct plan_schema *schema;	/* NULL: no schema rule */
	const struct plan_tables *tables;	/* may be NULL */
	const struct plan_rule_config *config;	/* may be NULL */
	unsigned jobs;				/* worker threads; 0 = 1 */
	/* Drop each document's tree after its local checks, keeping only the
	 * model (plan_doc_compact_consume): for runs over a whole repository.
	 * Tools that read a document's tree leave it false. */
	bool compact;
	/* Compact, and keep only each document's own fields, no elements
	 * (plan_doc_compact_header_consume), for a tool that pairs documents
	 * and then reads again the few it needs (plan_repo_reread).  No
	 * cross-document check can run on such a repository. */
	bool headers_only;
	/* At most this many YAML files in one run (0: no limit); more is
	 * trouble, reported before anything is read. */
	size_t max_files;
	/* Called from the loading thread after each file (for progress);
	 * may be NULL. */
	void (*progress)(void *ctx, size_t done, size_t total);
	void *progress_ctx;
};

struct plan_repo;

/* An empty repository using o (copied; the pointers in it must outlive
 * the repository). */
struct plan_repo *plan_repo_new(const struct plan_repo_opts *o);
void plan_repo_free(struct plan_repo *r);

/*
 * Load every YAML file under the paths (walking directories), run the
 * document-local checks, and put their findings in out.  Paths that give
 * no YAML file, and files that cannot be read, are trouble: they are
 * returned by plan_repo_trouble(), not reported as findings.
 */
void plan_repo_load(struct plan_repo *r, char *const *paths, size_t npaths,
		    struct plan_findings *out);

/* The cross-document checks over everything loaded. */
void plan_repo_check(struct plan_repo *r, struct plan_findings *out);

/* "path: why" messages of what could not be read. */
size_t plan_repo_trouble_count(const struct plan_repo *r);
const char *plan_repo_trouble(const struct plan_repo *r, size_t i);

/* Files read (plan or not), plan documents, elements. */
size_t plan_repo_file_count(const struct plan_repo *r);
size_t plan_repo_doc_count(const struct plan_repo *r);
size_t plan_repo_element_count(const struct plan_repo *r);

/* The i-th plan document, in command-line then walk order. */
const struct plan_doc *plan_repo_doc(const struct plan_repo *r, size_t i);

/* Whether r was loaded with headers_only. */
bool plan_repo_headers_only(const struct plan_repo *r);

/* Document d of r (compact, say) read again from its file, tree and all,
 * into a, with the local checks run as the first time (findings dropped).
 * NULL when the file can no longer be read as a plan; then why says so
 * (a "path: reason" message in a). */
struct plan_doc *plan_repo_reread(const struct plan_repo *r,
				  const struct plan_doc *d,
				  struct plan_arena *a, const char **why);

/* Whether the files of a and b hold the same bytes (so the same plan):
 * 1, 0, or -1 when either cannot be read.  Read as r reads files. */
int plan_repo_same_source(const struct plan_repo *r, const struct plan_doc *a,
			  const struct plan_doc *b);

/* The document declared with id (the first file that declares it), or
 * NULL. */
const struct plan_doc *plan_repo_find_doc(const struct plan_repo *r,
					  const char *id);

/* Resolve "doc#element" (or "doc"); *doc is set when the document is
 * loaded; returns the element or NULL (also when the element id is
 * ambiguous, then *ambiguous is set). */
const struct plan_element *plan_repo_resolve(const struct plan_repo *r,
					     const char *ref,
					     const struct plan_doc **doc,
					     bool *ambiguous);

/*
 * "Did you mean" for a reference that names nothing (ref-external,
 * ref-unresolved, plan-trace): NULL when ref resolves or nothing is near
 * enough; else a malloc'd reference (caller frees).  A document that is
 * not loaded: the first loaded id nearest by edit distance (at most 2)
 * among those that differ in one `/` part only (63/rkpd/2026 for 63/rkpd/2025, not 13.08/rpjmd/2025-2029 for
 * 13.71/rpjmd/2025-2029), with the same element id when that
 * document has it, else the element plan_repo_near_element() finds (or
 * none); from (the id of the referring document, or NULL) rules out a
 * part written as in from (13.75/rpjmd/... from 13.75/rkpd/2026 means
 * its own region's plan, not 13.71's).  An element that the loaded
 * document lacks: that document's plan_repo_near_element().  Fast once
 * plan_repo_near_index() has run; a scan of the documents before.
 */
char *plan_repo_suggest(const struct plan_repo *r, const char *ref,
			const char *from);
void plan_repo_near_index(struct plan_repo *r);
/* The element id of d nearest to el: the one equal to it when leading
 * zeros of number parts are dropped (U-02 for U-2), else the nearest by
 * edit distance; only when a single id is best.  NULL when none. */
const char *plan_repo_near_element(const struct plan_doc *d, const char *el);

/* The document d derives from through its i-th `parents` entry and is
 * aligned with (SPEC 4 align-*: a loaded parent of the same region and a
 * kind it derives from; an entry naming a parent named before gives
 * NULL), or NULL. */
const struct plan_doc *plan_repo_aligned_parent(const struct plan_repo *r,
						const struct plan_doc *d,
						size_t i);

/* A resolved `supports` link: from an element to the element it serves. */
struct plan_link {
	const struct plan_doc *from_doc;
	const struct plan_element *from;
	const struct plan_ref *ref;		/* as written in from */
	const struct plan_doc *to_doc;
	const struct plan_element *to;
};

/* The links into e (what supports it), in file order; *links points into
 * the repository's index.  Valid after plan_repo_check(). */
size_t plan_repo_links_to(const struct plan_repo *r, const struct plan_doc *d,
			  const struct plan_element *e,
			  const struct plan_link *const **links);

#endif
