/*
 * repo_priv.h - inside the repository (lib/ only): its documents, the
 * index, and the stages of loading and cross-checking.
 */
#ifndef PLAN_REPO_PRIV_H
#define PLAN_REPO_PRIV_H

#include "repo/repo.h"
#include "base/hmap.h"
#include "base/walk.h"


struct repo_doc {
	struct plan_doc *doc;
	size_t base;			/* global number of its first element */
	bool duplicate;			/* a later file declaring an id
					   already declared */
};

struct plan_near;

struct plan_repo {
	struct plan_repo_opts o;
	struct plan_files files;
	size_t nfiles;			/* read */
	struct repo_doc *docs;		/* plan documents, in file order */
	size_t ndocs, capdocs;
	size_t nelements;
	struct strmap by_id;		/* document id -> struct repo_doc *
					   (index + 1 as pointer) */
	/* (document, element id) -> global element number: one index of
	 * 8-byte slots for the whole repository, where a map per document
	 * cost 100 bytes an element (repo_index.c) */
	struct plan_hmap ids;
	const struct plan_element **elems;	/* by global number */
	bool indexed;
	/* the supports graph: every resolved link, and per element (global
	 * number) the links out of it and into it, CSR style */
	struct plan_link *links;
	size_t nlinks;
	const struct plan_link **out_links, **in_links;
	uint32_t *out_start, *in_start;	/* nelements + 1 entries; 32 bits
					   as the id table's numbers */
	/* document ids with each `/` part in turn left out, as (hash,
	 * document index) sorted: "did you mean" (repo_near.c), built when
	 * first needed.  Sorted, not hashed: thousands of ids share a key
	 * (every 2026 RKPDes with its region left out), which an open
	 * hash map probes quadratically. */
	struct plan_near *near;
	size_t nnear;
	bool near_built;
	char **trouble;
	size_t ntrouble;
	/* compact runs: the arenas the loaders copied documents into */
	struct plan_arena **kept;
	size_t nkept;
};

/* What one loading thread reads with.  In compact runs a file's tree and
 * model are built in the scratch arena, reset after each file, and the
 * compact copy goes to keep, one arena for all of the thread's documents:
 * no malloc, free or fresh page per file, and no half-empty block per
 * document.  Other runs give each document an arena of its own. */
struct repo_loader {
	struct plan_arena *scratch, *keep;
	struct plan_strpool *pool;	/* of keep, for the load only */
};
void plan_repo_loader_init(struct repo_loader *l, const struct plan_repo *r);
/* Hand keep to the repository and free the rest (one thread at a time). */
void plan_repo_loader_done(struct plan_repo *r, struct repo_loader *l);

/* Load and locally check one file: the plan document, or NULL (not a plan,
 * not parsable, or unreadable: then *err is an errno).  Thread-safe. */
struct plan_doc *plan_repo_load_file(const struct plan_repo *r,
				struct repo_loader *l,
				const struct plan_file *file,
				struct plan_findings *out, int *err);

/* Load files [first, files.n) on o.jobs threads (repo_load.c); documents
 * and findings come out in file order whatever the number of threads. */
void plan_repo_load_files(struct plan_repo *r, size_t first,
		     struct plan_findings *out);
/* Take what one file gave (in file order): document, findings, trouble;
 * local is left empty. */
void plan_repo_accept(struct plan_repo *r, const struct plan_file *file,
		 struct plan_doc *d, int err, struct plan_findings *local,
		 struct plan_findings *out);

struct repo_doc *plan_repo_find(const struct plan_repo *r, const char *id,
			   size_t len);

/* The global number of an element of d. */
size_t plan_repo_element_number(const struct plan_repo *r, const struct plan_doc *d,
			   const struct plan_element *e);

/* The first item of each key in (file, line, column) order, for the
 * rules that compare every later item with it (indicator-unit across
 * documents, tik-duplicate): repo_first.c. */
struct plan_first {
	const struct plan_doc *d;
	const void *item;		/* the rule's: indicator, element */
	const struct ynode *node;	/* where the item stands */
};
struct plan_firsts {
	struct strmap map;		/* key -> struct plan_first */
	struct plan_arena *a;		/* copies of the keys, the entries */
};
/* Item (at node of d) becomes the first of key unless one before it is. */
void plan_firsts_offer(struct plan_firsts *f, const char *key, size_t len,
		       const struct plan_doc *d, const void *item,
		       const struct ynode *node);
/* The first of key, or NULL. */
const struct plan_first *plan_firsts_get(const struct plan_firsts *f,
					 const char *key, size_t len);
/* A rule's walk over its items: with out NULL it offers each item, else
 * it compares each with the first of its key and reports into out. */
typedef void plan_firsts_pass(struct plan_repo *r, struct plan_firsts *f,
			      struct plan_findings *out);
/* Both walks of pass, the second only when any item was offered. */
void plan_firsts_run(struct plan_repo *r, plan_firsts_pass *pass,
		     struct plan_findings *out);

/* Cross-document rule families (repo_*.c), each over the indexed repo. */
void plan_repo_check_refs(struct plan_repo *r, struct plan_findings *out);
/* parent-kind, parent-region, parent-period, schedule across documents */
void plan_repo_check_parents(struct plan_repo *r, struct plan_findings *out);
/* supports-level, supports-cycle, orphan */
void plan_repo_check_supports(struct plan_repo *r, struct plan_findings *out);
/* align-missing, align-target, align-budget */
void plan_repo_check_align(struct plan_repo *r, struct plan_findings *out);
/* suspect-link */
void plan_repo_check_suspect(struct plan_repo *r, struct plan_findings *out);
/* indicator-unit across documents, indicator-rollup (repo_indicators.c) */
void plan_repo_check_indicators(struct plan_repo *r, struct plan_findings *out);
/* tik-duplicate (repo_tik.c) */
void plan_repo_check_tik(struct plan_repo *r, struct plan_findings *out);

#endif
