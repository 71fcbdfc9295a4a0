/*
 * schema_priv.h - what lib/schema*.c share: the compiled form of a schema
 * and the pattern matcher.
 *
 * A compiled schema is immutable once plan_schema_builtin() or
 * plan_schema_load_dir() returns: plan_schema_check() only reads it, which
 * is what makes concurrent checks on one schema safe.
 */
#ifndef PLAN_SCHEMA_PRIV_H
#define PLAN_SCHEMA_PRIV_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "schema/schema.h"
#include "yaml/ytree.h"

/* ---- patterns (schema_re.c) ---- */

/*
 * The regexp subset that POSIX EREs and ECMAScript read alike: literals,
 * `\` before a punctuation character, bracket classes of ASCII literals
 * and ranges (no backslashes, no [:classes:]), groups, `|`, `^`, `$`,
 * `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`.  Anything else (`.`, `\d`,
 * back-references, lookaround, lazy quantifiers) is refused at compile
 * time, so a pattern never means one thing to plan-validate and another
 * to an editor.  Matching runs the pattern's DFA, or for a pattern too
 * big for one a Thompson NFA simulation: linear in the text either way,
 * no locks, no allocation; unanchored like JSON Schema's `pattern`.
 */
struct sre;

/* NULL and a message in err when pat is outside the subset or too big. */
struct sre *plan_sre_compile(struct plan_arena *a, const char *pat, char *err,
			size_t errlen);
bool plan_sre_match(const struct sre *re, const char *s, size_t len);
/* For tests: the NFA simulation the DFA is built from, and whether a
 * pattern has its DFA. */
bool plan_sre_match_nfa(const struct sre *re, const char *s, size_t len);
bool plan_sre_has_dfa(const struct sre *re);

/* ---- compiled schemas (schema.c) ---- */

/* Instance types, as a bit set (JSON Schema's seven). */
enum {
	ST_NULL = 1u << 0,
	ST_BOOLEAN = 1u << 1,
	ST_OBJECT = 1u << 2,
	ST_ARRAY = 1u << 3,
	ST_NUMBER = 1u << 4,
	ST_INTEGER = 1u << 5,
	ST_STRING = 1u << 6
};

struct sch;

/* A property, or a pattern property (re set) */
struct sch_prop {
	const char *name;
	size_t len;
	unsigned char key;		/* enum ykey of the name */
	const struct sre *re;		/* patternProperties: the name's */
	struct sch *s;
};

struct sch_req {
	const struct ynode *name;	/* as written in the schema */
	unsigned char key;		/* enum ykey of the name */
};

struct sch {
	const struct ynode *src;	/* where it was written (diagnostics) */
	bool always_true, always_false;	/* `true` / `false` (or not: {}) */
	bool skip;			/* x-rule: left to that rule */
	const char *xrule, *xhint;
	unsigned types;			/* 0: no `type` keyword */
	struct sch_prop *props;
	size_t nprops;
	struct sch_req *req;		/* required keys */
	size_t nreq;
	struct sch_prop *pprops;
	size_t npprops;
	struct sch *addl;		/* additionalProperties, or NULL */
	struct sch *pnames;		/* propertyNames, or NULL */
	struct sch *items;
	bool has_min_items;
	size_t min_items;
	const struct ynode *enumv;	/* the enum's sequence, or NULL */
	const struct ynode *constv;
	const struct sre *pattern;
	const char *pattern_src;
	const struct ynode *minimum, *maximum;	/* number scalars, or NULL */
	struct sch *ref;
	struct sch **all, **any, **one;
	size_t nall, nany, none;
	struct sch *if_, *then_, *else_, *not_;
	/* from the keywords: $ref and nothing else (not even a hint);
	 * any of ref..not_ above (v_apply has work); any of const, enum,
	 * pattern, minimum, maximum (a scalar has value keywords) */
	bool bare_ref, has_apply, has_scalar_kw;
};

struct plan_schema {
	struct plan_arena *arena;
	struct sch *root;
};

/* ---- validation (schema_check.c) ---- */


#endif
