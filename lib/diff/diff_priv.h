/*
 * diff_priv.h - inside lib/diff*.c: the diff under construction, one
 * document pair's matching state, and the value comparisons.
 */
#ifndef PLAN_DIFF_PRIV_H
#define PLAN_DIFF_PRIV_H

#include "base/arena.h"
#include "diff/diff.h"
#include "base/hmap.h"

struct plan_diff {
	struct plan_arena *a;		/* field names, keys, values made */
	struct plan_diff_opts o;
	struct plan_diff_doc *docs;
	size_t ndocs, capdocs;
	struct plan_change *changes;
	size_t nchanges, capchanges;
	size_t docs_same;
	/* header-only repositories: pairs are read again from their files */
	const struct plan_repo *reread_old, *reread_new;
	struct plan_arena **kept;	/* of the pairs that differ */
	size_t nkept;
	const char **trouble;		/* "path: why", in a */
	size_t ntrouble;
};

/* One document pair being compared. */
struct diff_pair {
	struct plan_diff *d;
	const struct plan_doc *old, *new_;
	const char *docid;
	/* partners, by plan_element.order; NULL: unmatched (or not compared) */
	const struct plan_element **old_match, **new_match;
	const char **old_key, **new_key;	/* NULL: not compared */
	struct strmap keys;		/* key -> old element */
	struct strmap inds;		/* "<old order>\x1f<c|n><key>" ->
					   old indicator */
	size_t *ind_base;		/* old element order -> first flag */
	bool *ind_matched;
	/* what the next change is about */
	const struct plan_element *el;	/* the side that names it */
	const struct plan_doc *el_doc;
	const char *ind_label, *ind_name;
};

/* Record a change about the pair's current element and indicator; it is
 * dropped when --only or --ignore leave it out. */
void plan_diff_add(struct diff_pair *p, enum plan_change_kind kind,
	      const char *field, const char *old_value, const char *new_value);
/* The same for amounts: values are formatted as digits, delta set when
 * both are known. */
void plan_diff_add_money(struct diff_pair *p, enum plan_change_kind kind,
		    const char *field, const int64_t *old_amount,
		    const int64_t *new_amount);

/* Elements and indicators of a pair (diff_elem.c). */
void plan_diff_elements(struct diff_pair *p);
void plan_diff_pair_release(struct diff_pair *p);

/* Values (diff_values.c). ------------------------------------------- */

/* Equal after trimming and collapsing white space (case counts). */
bool plan_diff_text_eq(const char *a, const char *b);
/* A target, actual or baseline value: numbers as exact decimals, texts
 * folded (SPEC 3.2). */
bool plan_diff_value_eq(const char *a, const char *b);
/* A scalar's text, NULL when absent or null; "(list)" / "(mapping)" for
 * a collection where a scalar belongs. */
const char *plan_diff_scalar(const struct ynode *n);

/* One entry of a year map, or of an effective budget. */
struct diff_ent {
	int year;			/* -1 when the key is not a year */
	const char *key;		/* the key as written */
	const char *text;		/* the value as written */
	bool money;			/* amount is valid money */
	int64_t amount;
};
struct diff_ents {
	struct diff_ent *v;
	size_t n;
};
/* A year map's non-null entries, sorted by year then key (malloc'd). */
struct diff_ents plan_diff_ents_of(const struct plan_yearmap *m, bool money);
/* The effective budget of e (SPEC 4 budget-sum: a year it gives no
 * amount for stands for the sum of its children's), sorted by year. */
struct diff_ents plan_diff_effective_budget(const struct plan_element *e);
/* The document's pagu: the sum of the effective budgets of its top
 * programs, bidang and proposals. */
struct diff_ents plan_diff_doc_total(const struct plan_doc *d);
void plan_diff_ents_release(struct diff_ents *e);

/* Compare two entry lists into changes of field "<name>.<year>"; money
 * lists compare amounts, others compare values (plan_diff_value_eq). */
void plan_diff_year_maps(struct diff_pair *p, const char *name,
		    const struct diff_ents *a, const struct diff_ents *b,
		    bool money);
/* Compare two reference lists as sets: entries added and removed, a
 * reviewed fingerprint changed. */
void plan_diff_ref_sets(struct diff_pair *p, const char *field,
		   const struct plan_ref *a, size_t na,
		   const struct plan_ref *b, size_t nb);
/* A scalar field: changed, added or removed. */
void plan_diff_text_field(struct diff_pair *p, const char *field, const char *a,
		     const char *b);
void plan_diff_value_field(struct diff_pair *p, const char *field, const char *a,
		      const char *b);
/* An element's tik mark, field by field (diff_tik.c); either may be
 * NULL. */
void plan_diff_tik(struct diff_pair *p, const struct plan_tik *a,
		   const struct plan_tik *b);

#endif
