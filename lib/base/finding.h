/*
 * finding.h - what the checks report: rule, severity, position, breadcrumb,
 * message, hint; the rule table; a collection that sorts and counts.
 *
 * The rule table is the single source of rule names and default
 * severities: --disable, the config file, docs and SARIF metadata all read
 * it.  A finding list owns copies of every string given to it, so the
 * documents it was made from may be freed at once.
 */
#ifndef PLAN_FINDING_H
#define PLAN_FINDING_H

#include <stdbool.h>
#include <stddef.h>

enum plan_severity {
	PLAN_SEV_ERROR,
	PLAN_SEV_WARNING,
	PLAN_SEV_INFO,
	PLAN_SEV_OFF,		/* only in a rule configuration */
	PLAN_SEV_DEFAULT	/* "the rule's own severity" when adding */
};

/* Rule ids, in the order of SPEC section 4's table. */
enum plan_rule {
	RULE_YAML_SYNTAX,
	RULE_DUPLICATE_KEY,
	RULE_YAML_ALIAS,
	RULE_YAML_DEPTH,
	RULE_LIMIT,
	RULE_NOT_A_PLAN,
	RULE_SCHEMA,
	RULE_DUPLICATE_ID,
	RULE_DUPLICATE_DOCUMENT,
	RULE_REF_UNRESOLVED,
	RULE_REF_EXTERNAL,
	RULE_REF_KIND,
	RULE_CODE_FORMAT,
	RULE_CODE_PARENT,
	RULE_CODE_LEVEL,
	RULE_CODE_UNKNOWN,
	RULE_REGION_FORMAT,
	RULE_REGION_UNKNOWN,
	RULE_NUMBER_FORMAT,
	RULE_CODE_FORM,
	RULE_INDICATOR_MISSING,
	RULE_KIND_LEVEL,
	RULE_PERIOD,
	RULE_TARGET_MISSING,
	RULE_TARGET_TREND,
	RULE_TARGET_OUTSIDE,
	RULE_BUDGET_FORMAT,
	RULE_BUDGET_SUM,
	RULE_PARENT_KIND,
	RULE_PARENT_REGION,
	RULE_PARENT_PERIOD,
	RULE_ALIGN_MISSING,
	RULE_ALIGN_TARGET,
	RULE_ALIGN_BUDGET,
	RULE_SUPPORTS_LEVEL,
	RULE_SUPPORTS_CYCLE,
	RULE_ORPHAN,
	RULE_SCHEDULE,
	RULE_INDICATOR_UNKNOWN,
	RULE_INDICATOR_UNIT,
	RULE_INDICATOR_ROLLUP,
	RULE_TIK_CLEARANCE,
	RULE_TIK_DUPLICATE,
	RULE_TIK_UNMARKED,
	RULE_SUSPECT_LINK,
	RULE_COUNT
};

struct plan_rule_info {
	const char *name;		/* "budget-sum" */
	enum plan_severity severity;	/* default */
	bool mandatory;			/* cannot be disabled or waived */
	const char *summary;		/* one line, for --help, SARIF, docs */
};

const struct plan_rule_info *plan_rule_info(enum plan_rule r);
/* A finding of rule r means that its file was not read as a plan (it
 * did not parse, or was refused: yaml-syntax, yaml-alias, yaml-depth,
 * limit), so the file declares nothing: no document, no element, no
 * link through it. */
bool plan_rule_unread(enum plan_rule r);
/* The rule called name, or -1. */
int plan_rule_lookup(const char *name);
const char *plan_severity_name(enum plan_severity s);

/* Per-run rule configuration: severity overrides (PLAN_SEV_OFF disables). */
struct plan_rule_config {
	enum plan_severity severity[RULE_COUNT];	/* PLAN_SEV_DEFAULT = as table */
};
void plan_rule_config_init(struct plan_rule_config *c);
/* Returns -1 for a mandatory rule, which cannot be turned off. */
int plan_rule_config_set(struct plan_rule_config *c, enum plan_rule r,
			 enum plan_severity s);

struct plan_waiver_info {
	const char *reason;
	const char *until;		/* ISO date or NULL */
};

/*
 * A finding's mechanical fix (plan-validate --fix, SPEC 7): the scalar
 * that starts at line:column of the finding's file, whose text as the
 * loader read it is `old` (quotes and escapes removed), is to read `text`
 * instead.  Only rules whose finding has exactly one right value set one:
 * budget-format thousands separators, number-format, and the name-only
 * code-unknown and region-unknown.  The patch writer (import/import.h)
 * finds the value's bytes in the file, checks that they still read `old`,
 * and quotes `text` the way the value was quoted (adding quotes where
 * YAML needs them), so the fix never touches another byte.  A rule
 * attaches it with one call after adding the finding:
 *
 *	plan_check_report(c, RULE_BUDGET_FORMAT, ..., v, e, hint, ...);
 *	plan_check_fix(c, v, "1200000000");	   (check/check_priv.h)
 *
 * or, outside lib/check, plan_finding_fix() below.  The strings live in
 * the findings list's arena, like every other string of a finding.
 */
struct plan_fix {
	unsigned line, column;		/* 1-based, as the value node's */
	const char *old;		/* the value's text as read */
	size_t oldlen;			/* bytes of old (may hold NUL) */
	const char *text;		/* what it must read instead */
	/* A span (plan_finding_fix_span): the bytes from the value up to
	 * the end of the scalar at to_line:to_column reading to_old are
	 * replaced.  to_line 0: the value alone. */
	unsigned to_line, to_column;
	const char *to_old;
	size_t to_oldlen;
};

struct plan_finding {
	enum plan_rule rule;
	enum plan_severity severity;
	const char *file;
	unsigned line, column;		/* 1-based */
	const char *element;		/* "<doc id>#<element id>" or NULL */
	const char *breadcrumb;		/* or NULL */
	const char *message;
	const char *hint;		/* or NULL */
	const struct plan_waiver_info *waived;	/* NULL when not waived */
	const struct plan_fix *fix;	/* NULL: no mechanical fix */
};

/* Where a finding points: a file and a 1-based position. */
struct plan_pos {
	const char *file;
	unsigned line, column;
};

struct plan_findings;

/* An empty list; config may be NULL (all rules at their defaults).  The
 * list keeps the config pointer: it must outlive the list. */
struct plan_findings *plan_findings_new(const struct plan_rule_config *config);
void plan_findings_free(struct plan_findings *l);

/*
 * Add a finding.  sev PLAN_SEV_DEFAULT takes the rule's severity; the
 * configuration may then turn it off, in which case nothing is added.
 * element, breadcrumb and hint may be NULL.  All strings are copied.
 */
void plan_finding_add(struct plan_findings *l, enum plan_rule rule,
		      enum plan_severity sev, struct plan_pos pos,
		      const char *element, const char *breadcrumb,
		      const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 8, 9)));

/*
 * The length of s[0..len) quoted back in a message ("%.*s"): at most
 * PLAN_SUBJECT_MAX bytes, cut on a UTF-8 character boundary, so that a
 * 16 MiB scalar does not become a 16 MiB message.
 */
#define PLAN_SUBJECT_MAX 80
int plan_subject_len(const char *s, size_t len);

/*
 * Attach a fix to the finding that the last plan_finding_add() on l
 * added: the value at line:column reading old (oldlen bytes) is to read
 * text.  Does nothing when that call added nothing (its rule is off), so
 * a rule may call it unconditionally.  Strings are copied.
 */
void plan_finding_fix(struct plan_findings *l, unsigned line,
		      unsigned column, const char *old, size_t oldlen,
		      const char *text);

/*
 * The same for a value that commas split in a flow mapping ({2026:
 * 3,100,000,000}, SPEC 3.2): everything from the value at line:column
 * (reading old) to the end of the scalar at to_line:to_column (reading
 * to_old: the run's last piece) is to read text.
 */
void plan_finding_fix_span(struct plan_findings *l, unsigned line,
			   unsigned column, const char *old, size_t oldlen,
			   unsigned to_line, unsigned to_column,
			   const char *to_old, size_t to_oldlen,
			   const char *text);

/* Remove every finding. */
void plan_findings_clear(struct plan_findings *l);

/* Move every finding of src to the end of dst; src is left empty. */
void plan_findings_take(struct plan_findings *dst, struct plan_findings *src);

/* Sort by file (bytes), line, column, rule name, message; drop exact
 * duplicates (same rule, position and message). */
void plan_findings_sort(struct plan_findings *l);

size_t plan_findings_count(const struct plan_findings *l);
/* The i-th finding; waived may be set through plan_finding_waive(). */
const struct plan_finding *plan_findings_get(const struct plan_findings *l,
					     size_t i);
void plan_finding_waive(struct plan_findings *l, size_t i,
			const char *reason, const char *until);

struct plan_counts {
	size_t errors, warnings, infos, waived;
};
/* Counts by severity; waived findings count only as waived. */
struct plan_counts plan_findings_counts(const struct plan_findings *l);

#endif
