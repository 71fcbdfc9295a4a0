/*
 * model.h - the plan model: a ytree read as a plan document.
 *
 * One uniform element type stands for misi, tujuan, sasaran, program,
 * kegiatan, sub-kegiatan, bidang, sub-bidang, village kegiatan and
 * proposal, whatever section it came from.  The model is lenient: it takes
 * what has the right shape and leaves the rest to the `schema` rule, so
 * that every other rule can run on a half-broken document.  Every value
 * keeps its ynode, so a finding can point at it.
 *
 * Ownership: a plan_doc and everything it points to live in the arena it
 * was built in (the same arena as its tree).
 */
#ifndef PLAN_MODEL_H
#define PLAN_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/vocab.h"
#include "yaml/ytree.h"

enum plan_direction { DIR_UP, DIR_DOWN, DIR_EXACT };

/* A scalar value and where it stands; s is NULL when absent, null or not a
 * scalar (node is then whatever stood there, or NULL). */
struct plan_str {
	const char *s;
	size_t len;
	const struct ynode *node;
};

/* One entry of a year map (targets, actuals, budget). */
struct plan_yearval {
	int year;			/* -1 when the key is not a year */
	bool null;			/* the value is null: no amount */
	bool money_ok;			/* budgets only: value is valid money */
	/* targets and actuals: written the spreadsheet way (3,90;
	 * number-format) or split by commas ({2026: 7,5}; schema): counts
	 * as given for target-missing, takes part in no other rule.
	 * Budgets: split by commas ({2026: 3,100,000,000}; schema): not
	 * money_ok, and no budget-format finding either */
	bool sheet;
	const struct ynode *key, *value;
	int64_t amount;			/* budgets only */
};

struct plan_yearmap {
	const struct ynode *node;	/* the mapping, NULL when absent */
	struct plan_yearval *v;
	size_t n;
};

struct plan_indicator {
	const struct ynode *node;	/* the indicator's mapping */
	size_t index;			/* 1-based in its list */
	struct plan_str id, code, name, unit;
	enum plan_direction direction;
	const struct ynode *baseline_node;	/* NULL when absent */
	int baseline_year;		/* -1 when absent or not a year */
	struct plan_str baseline_value;
	bool baseline_sheet;		/* as plan_yearval.sheet */
	struct plan_yearmap targets, actuals, targets_forward;
};

/* A reference as written: internal ("S2.1.1"), cross-document
 * ("doc#el") or a document id ("doc"). */
struct plan_ref {
	const char *text;
	const struct ynode *node;
	const char *reviewed;		/* supports {ref, reviewed}: or NULL */
	const struct ynode *reviewed_node;
};

/* A `tik:` mapping (SPEC 3.6): the element is spending on information
 * and communication technology, which Diskominfo clears before the
 * budget is set.  Texts are NULL when absent. */
struct plan_tik {
	const struct ynode *node;	/* the tik mapping */
	struct plan_str type, application;
	const struct ynode *clearance;	/* its mapping, or NULL */
	struct plan_str status, ref, date;	/* the clearance's */
};

/* What few elements have: an explicit `id:` (misi, tujuan, sasaran), an
 * own `unit:`, a program's `sasaran:` links, a proposal's location and
 * rank, budgets beyond the period (`budget_forward`), a `tik:` mark.  Kept apart so that the two million sub-kegiatan of a national
 * run do not each carry them; an element without any points to
 * plan_elem_extra_none, so they read the same either way. */
struct plan_elem_extra {
	struct plan_str id_key;		/* explicit `id:` */
	struct plan_str unit;		/* own `unit:` */
	struct plan_ref *links;		/* internal: program `sasaran:` */
	size_t nlinks;
	struct plan_str location, rank;
	struct plan_yearmap budget_forward;
	/* its own `tik:` (programs, kegiatan, sub-kegiatan and village
	 * kegiatan only), or NULL; a child without one is covered by its
	 * nearest ancestor's */
	const struct plan_tik *tik;
};
extern const struct plan_elem_extra plan_elem_extra_none;

/* 160 bytes: a national run keeps two million. */
struct plan_element {
	enum plan_elem_type type;
	/* 32 bits: a file holds far fewer elements (--max-file) */
	uint32_t nchildren;
	uint32_t index;			/* 1-based in its list */
	uint32_t order;			/* position in plan_doc.elements */
	uint32_t nsupports;
	uint32_t nindicators;
	const struct ynode *node;	/* the element's mapping */
	struct plan_element *parent;	/* NULL at the top of a section */
	struct plan_element **children;
	struct plan_str code, name;
	const char *id;			/* id, else code; NULL if neither */
	const char *eff_unit;		/* own unit, nearest ancestor's, else
					   the document's unit.code; or NULL */
	struct plan_indicator *indicators;
	struct plan_yearmap budget;
	struct plan_ref *supports;
	const struct plan_elem_extra *extra;	/* never NULL */
};

/* Its id came from its code (no `id:`): such ids are unique per unit. */
static inline bool plan_element_id_defaulted(const struct plan_element *e)
{
	return !e->extra->id_key.s && e->code.s;
}

struct plan_doc {
	struct plan_arena *arena;
	const char *file;		/* as given or found */
	const struct ynode *root;
	struct plan_str plan, id, kind_s, level_s, region, region_name;
	struct plan_str unit_code, unit_name, status, adopted, inaugurated;
	struct plan_str revised;	/* date of the latest perubahan */
	enum plan_kind kind;
	enum plan_level level;
	const struct ynode *period_node;	/* NULL when absent */
	int period_start, period_end;	/* -1 when absent or not a year */
	struct plan_ref *parents;
	size_t nparents;
	/* every element in document (pre-)order */
	struct plan_element **elements;
	size_t nelements;
	/* the roots of each section (misi, programs, bidang, proposals) */
	struct plan_element **top;
	size_t ntop;
	size_t seq;			/* its place in a repository (set there) */
};

/*
 * Read the tree as a plan document.  root must be a mapping holding the key
 * `plan` (the caller decides not-a-plan).  file is kept as given (it must
 * outlive the document, e.g. be in the same arena).  Never fails: what is
 * missing or malformed is left absent for the rules to report.
 */
struct plan_doc *plan_doc_build(const struct ynode *root, const char *file,
				struct plan_arena *a);

/*
 * Keep only what cross-document rules and plan-trace read: copy d into
 * the arena `into` with stub nodes (position and scalar text; mappings and
 * sequences without children) for the root, the id, adopted, inaugurated
 * and period, each element's and indicator's mapping, indicator values
 * and targets, supports and parents references.  Other strings keep their
 * text with a NULL node; budget entries keep year, null, money_ok and
 * amount with a NULL key and, unless the amount cannot be read (!null
 * and !money_ok: plan-report lists it), a NULL value; the budget maps a
 * NULL node.
 * d is consumed (hence the name): its tree is spent by the copy, its
 * nodes overwritten; free or reset d's arena after, and do not read d
 * again.  The copy's arena is `into`,
 * which may hold many documents.  With a pool (of `into`; or NULL) equal
 * strings of all the documents copied are kept once.  For
 * whole-repository runs, after the local checks.
 */
struct plan_strpool;
struct plan_doc *plan_doc_compact_consume(struct plan_doc *d,
					  struct plan_arena *into,
					  struct plan_strpool *pool);
/* The same for the document's own fields only (root, id, kind, period,
 * unit, parents, ...): no elements.  d is consumed as well.  For tools that pair documents first
 * and read the few they need again (plan-diff). */
struct plan_doc *plan_doc_compact_header_consume(struct plan_doc *d,
						 struct plan_arena *into,
						 struct plan_strpool *pool);

/* Kinds, levels and the words of element types: base/vocab.h. */

/* The kinds of element the orphan rule asks a supports link of (SPEC 4
 * orphan): a program of an rpjmd or rkpd, a Musrenbang proposal, and a
 * village kegiatan with no budget or zero in every year (a proposal for
 * higher funding).  Says nothing of whether it has a link.  One
 * definition for plan-validate's orphan rule and plan-trace --orphans. */
bool plan_orphan_kind(const struct plan_doc *d, const struct plan_element *e);

/* "<doc id>#<element id>" in the document's arena, or NULL without ids. */
const char *plan_element_ref(const struct plan_doc *d,
			     const struct plan_element *e);
/* "Program 2.16.03 › Kegiatan 2.16.03.1.02" in the document's arena. */
const char *plan_element_breadcrumb(const struct plan_doc *d,
				    const struct plan_element *e);
/* "Program 2.16.03 › indikator 2": the breadcrumb of the indicator at
 * 1-based index of e (of the document when e is NULL: "indikator 2"), in
 * the document's arena. */
const char *plan_indicator_breadcrumb(const struct plan_doc *d,
				      const struct plan_element *e,
				      size_t index);

#endif
