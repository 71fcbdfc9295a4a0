/*
 * trace.h - the supports chain of a repository, walked both ways (SPEC
 * 3.4, 7 plan-trace): up from an element to the national priority it
 * serves, down to every element below that serves it; the elements that
 * serve nothing (orphans); and coverage, which lower regions serve each
 * element of a higher plan.
 *
 * The analyses print nothing: they return data for the front ends
 * (plan-trace writes it, plan-report reuses the coverage).  Every
 * function takes a repository after plan_repo_check(), which builds the
 * supports graph.  Results own their arrays; documents, elements and
 * text in them point into the repository, so release a result before
 * freeing the repository.
 *
 * Costs: a trace is linear in the nodes it returns (each element is
 * expanded once; a second meeting is a leaf marked as a repeat, which
 * also stops cycles); orphans one pass over the elements; coverage one
 * pass over the documents (and the region table's children and
 * grandchildren of their regions) for the region index, then per element
 * the part of the graph below it, each element met once.  No recursion:
 * chains of any depth are walked with explicit stacks.
 */
#ifndef PLAN_TRACE_H
#define PLAN_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"
#include "repo/repo.h"
#include "tables/tables.h"

/* ---- Looking a reference up ---------------------------------------- */

enum plan_lookup_status {
	PLAN_LOOKUP_ELEMENT,	/* "doc#el" found: doc and el set */
	PLAN_LOOKUP_DOCUMENT,	/* a bare document id found: doc set */
	PLAN_LOOKUP_NO_DOCUMENT,	/* no loaded document has that id */
	PLAN_LOOKUP_NO_ELEMENT,	/* the document has no such element */
	PLAN_LOOKUP_AMBIGUOUS	/* a code shared by several units */
};

struct plan_lookup {
	enum plan_lookup_status status;
	const struct plan_doc *doc;
	const struct plan_element *el;
	/* For NO_DOCUMENT and NO_ELEMENT: the nearest reference that does
	 * exist ("did you mean"): plan_repo_suggest(), the same as
	 * plan-validate's ref-external and ref-unresolved hints; NULL when
	 * nothing is close.  Owned by the lookup. */
	char *suggestion;
};

/* Resolve ref ("doc#el" or "doc") in r into *l.  Release l afterwards. */
void plan_lookup(struct plan_lookup *l, const struct plan_repo *r,
		 const char *ref);
void plan_lookup_release(struct plan_lookup *l);

/* ---- Naming regions ------------------------------------------------- */

/* The name to show for a region code: the region table's (t may be NULL),
 * else fallback (a document's region_name; may be NULL), else the code
 * itself; "Indonesia" for the empty code (nasional).  Never NULL. */
const char *plan_region_display(const struct plan_tables *t,
				const char *code, const char *fallback);
/* The same for a document's region. */
const char *plan_doc_region_display(const struct plan_tables *t,
				    const struct plan_doc *d);

/* ---- Up and down ---------------------------------------------------- */

enum plan_trace_dir {
	PLAN_TRACE_UP,		/* what the element supports, to the top */
	PLAN_TRACE_DOWN		/* what supports the element (or one of its
				   parts), to the bottom */
};

enum plan_trace_mark {
	PLAN_TRACE_NEW,		/* first meeting: its own branches follow */
	PLAN_TRACE_REPEAT,	/* met before elsewhere in the tree: a leaf;
				   `first` is its first node */
	PLAN_TRACE_CYCLE,	/* met before on the path to here: the
				   supports links go round in a circle */
	PLAN_TRACE_NOT_LOADED,	/* up only: a supports entry into a document
				   that is not loaded (doc, el NULL) */
	PLAN_TRACE_NOT_FOUND	/* up only: into a loaded document, naming
				   nothing there (doc set, el NULL) */
};

#define PLAN_TRACE_NONE SIZE_MAX

struct plan_trace_node {
	const struct plan_doc *doc;
	const struct plan_element *el;
	/* The supports entry between this node and its parent, as written
	 * (up: in the parent's element; down: in this node's); NULL at the
	 * root. */
	const struct plan_ref *ref;
	size_t parent;			/* PLAN_TRACE_NONE at the root */
	size_t depth;			/* 0 at the root */
	size_t first;			/* the first node of the same element
					   (its own index when NEW) */
	enum plan_trace_mark mark;
	/* Reached through the element tree, not a supports link (ref is
	 * NULL): up, the element this one is part of, shown when this one
	 * has no supports entry of its own (a kegiatan serves what its
	 * program serves); down, a part of this one that something below
	 * serves (what serves a kegiatan serves its program). */
	bool part;
};

struct plan_trace {
	enum plan_trace_dir dir;
	struct plan_trace_node *nodes;	/* pre-order: node 0 is the root, a
					   node's branches follow it, in
					   file order of the links */
	size_t n;
};

/* The tree of the supports chain from (d, e) in direction dir into *t.
 * Release t afterwards. */
void plan_trace_build(struct plan_trace *t, const struct plan_repo *r,
		      const struct plan_doc *d, const struct plan_element *e,
		      enum plan_trace_dir dir);
void plan_trace_release(struct plan_trace *t);

/* ---- Orphans -------------------------------------------------------- */

/* plan_orphan_kind() (model.h) says which elements may be orphans. */

struct plan_orphan {
	const struct plan_doc *doc;
	const struct plan_element *el;
};

struct plan_orphans {
	struct plan_orphan *v;		/* in document, then element order */
	size_t n;
	size_t judged;			/* documents that have a higher plan
					   of an ancestor region loaded */
};

/* Every element of plan_orphan_kind() with no `supports` entry, in a
 * document for which a plan of a higher level for an ancestor region is
 * loaded (without one there is nothing it could have supported).
 * Release o afterwards. */
void plan_orphans_find(struct plan_orphans *o, const struct plan_repo *r);
void plan_orphans_release(struct plan_orphans *o);

/* ---- Coverage ------------------------------------------------------- */

/*
 * Coverage (SPEC 7): for each counted element X of a higher plan, which
 * lower regions serve it.  A region serves X when an element of a
 * document of that region, or of a region below it, reaches X through
 * supports links, directly or through other elements: links into X or
 * into one of its parts (what serves a kegiatan serves its program), a
 * program's `sasaran:` (a program serves the sasaran it names), and so on
 * down the chain, the parts of every element met included.
 *
 * The units: X's own region, whose child regions are counted (nasional:
 * provinces; provinsi: kabupaten/kota; kabupaten/kota: kecamatan), then
 * each of those child regions that has children of its own, whose
 * children are counted ("supported by 12 of 19 kabupaten/kota of Sumatera
 * Barat").  Two levels below X's region; kelurahan never.
 *
 * Without a region table the regions counted are the regions loaded: the
 * regions of the documents and their ancestors.  With one, every region
 * of the table on those two levels is counted too, and a region with no
 * loaded document of its own or below it (nothing that could carry a
 * supports link) is "no plan loaded": counted, shown apart, never a gap.
 */

/* Whether e of d is an element lower plans are meant to serve: every
 * element of rpjpn, rpjmn and rkp documents; the tujuan, sasaran and
 * programs of rpjpd, rpjmd and rkpd documents.  Not misi, kegiatan or
 * sub-kegiatan of regional plans (the region's own work), nothing of unit
 * plans, village plans or Musrenbang. */
bool plan_coverage_counted(const struct plan_doc *d,
			   const struct plan_element *e);

struct plan_cov_region {
	const char *code;		/* "" for nasional */
	const char *name;		/* plan_region_display(); never NULL */
	int rank;			/* code depth: 0 nasional, 1 provinsi,
					   2 kabupaten/kota, 3 kecamatan,
					   4 desa/nagari */
	bool supported;
	bool loaded;			/* a document of it or of a region
					   below it is loaded; false: "no
					   plan loaded", not a gap */
};

struct plan_cov_unit {
	struct plan_cov_region region;	/* the administrative unit */
	const char *children_word;	/* "provinsi", "kabupaten/kota",
					   "kecamatan", "desa", "nagari" */
	struct plan_cov_region *children;	/* in code order */
	size_t nchildren;		/* every region counted */
	size_t nsupported;
	size_t nno_plan;		/* of them with no plan loaded; the
					   gaps are the rest not supported */
};

/* Whether u has a gap: a region with a plan loaded that does not serve
 * the item. */
static inline bool plan_cov_unit_gap(const struct plan_cov_unit *u)
{
	return u->nsupported + u->nno_plan < u->nchildren;
}

struct plan_cov_item {
	const struct plan_doc *doc;
	const struct plan_element *el;
	size_t direct;			/* links into it (not its parts) */
	size_t supporters;		/* elements below that serve it or
					   its parts, directly or through the
					   chain */
	struct plan_cov_unit *units;	/* [0]: its own region (when that has
					   children); then each child region
					   with children, in code order */
	size_t nunits;
};

struct plan_cov_index;

struct plan_coverage {
	const struct plan_repo *repo;
	const struct plan_tables *tables;
	bool regions_from_table;	/* false: counting the regions loaded */
	struct plan_cov_item *items;	/* in the order added */
	size_t nitems, capitems;
	size_t gaps;			/* units with a gap */
	size_t no_plan;			/* distinct regions counted with no
					   plan loaded */
	struct plan_cov_index *index;	/* private */
};

/* An empty coverage over r; t (may be NULL) names the regions and, when
 * it holds regions, lists the regions counted.  Both must outlive c. */
void plan_coverage_init(struct plan_coverage *c, const struct plan_repo *r,
			const struct plan_tables *t);
/* With e NULL, every counted element of d in document order; else e
 * itself (counted or not: it was asked for) and the counted elements
 * below it in d. */
void plan_coverage_add(struct plan_coverage *c, const struct plan_doc *d,
		       const struct plan_element *e);
/* The counted elements of the documents, among docs[0..n), at the
 * highest level that has any (the RPJMN and RKP of a national
 * repository; a province's RPJMD and RKPD, not its Renja); a second file
 * declaring a document id is not that document. */
void plan_coverage_add_top_of(struct plan_coverage *c,
			      const struct plan_doc *const *docs, size_t n);
/* The same over every document of the repository. */
void plan_coverage_add_top(struct plan_coverage *c);
void plan_coverage_release(struct plan_coverage *c);

#endif
