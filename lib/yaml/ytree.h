/*
 * ytree.h - YAML file -> positioned node tree (libyaml events).
 *
 * The tree keeps what a plan checker needs and generic loaders lose: every
 * node's 1-based line and column (columns in Unicode code points), every
 * scalar's source text and quoting style.  Nothing is typed here: "2.10"
 * stays the text 2.10 and the schema decides what it is (SPEC 3.2).
 *
 * The loader enforces the limits on the event stream itself: depth is
 * counted as *_START events arrive, so libyaml's quadratic deep-flow case
 * never runs long; aliases are refused before they can multiply; scalars
 * and files beyond the size limits are refused.  What it refuses becomes a
 * finding (yaml-syntax, duplicate-key, yaml-alias, yaml-depth, limit).
 *
 * Ownership: every node and string lives in the arena passed to the load
 * call; the tree dies with it.
 */
#ifndef PLAN_YTREE_H
#define PLAN_YTREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/finding.h"

enum ynode_type { YNODE_SCALAR, YNODE_MAP, YNODE_SEQ };

enum yscalar_style {
	YSTYLE_PLAIN,
	YSTYLE_SINGLE,
	YSTYLE_DOUBLE,
	YSTYLE_LITERAL,
	YSTYLE_FOLDED
};

struct ynode;

/* The keys plan files write again and again, numbered as the loader reads
 * them: a mapping key's node carries its number (YKEY_NONE for any other
 * key, and for every value), so that readers switch on it rather than
 * compare text. */
enum ykey {
	YKEY_NONE, YKEY_ACTUALS, YKEY_BASELINE, YKEY_BIDANG, YKEY_BUDGET,
	YKEY_BUDGET_FORWARD, YKEY_CODE, YKEY_DIRECTION, YKEY_ID,
	YKEY_INDICATORS, YKEY_KEGIATAN, YKEY_LOCATION, YKEY_MISI, YKEY_NAME,
	YKEY_PROGRAMS, YKEY_PROPOSALS, YKEY_RANK, YKEY_SASARAN,
	YKEY_SUB_BIDANG, YKEY_SUB_KEGIATAN, YKEY_SUPPORTS, YKEY_TARGETS,
	YKEY_TARGETS_FORWARD, YKEY_TUJUAN, YKEY_UNIT, YKEY_VALUE, YKEY_YEAR,
	YKEY_COUNT
};

struct ypair {
	struct ynode *key;	/* always a scalar */
	struct ynode *value;
};

struct ynode {
	/* scalars */
	const char *text;		/* source text, NUL-terminated */
	union {
		/* mappings: pairs in source order, duplicates removed (but
		   for the pieces of a comma run: plan_ynode_comma_tail) */
		struct ypair *pairs;
		/* sequences */
		struct ynode **items;
	};	/* one storage: npairs is 0 but for a mapping, nitems but
		   for a sequence, so a loop on the wrong one runs 0 times */
	uint32_t len;			/* scalar bytes; may hold NUL: use len */
	uint32_t npairs, nitems;
	uint32_t line, column;		/* 1-based; a block map: its first key */
	unsigned char type;		/* enum ynode_type */
	unsigned char style;		/* enum yscalar_style */
	bool flow : 1;			/* written in flow style ([..] / {..}) */
	bool tagged : 1;		/* an explicit tag (!!str, !x) was given */
	bool null : 1;			/* a null scalar: see ynode_is_null() */
	bool keyed : 1;			/* a mapping whose key nodes carry their
					   numbers (enum ykey): the loader's */
	bool split : 1;			/* a piece of a value that commas split
					   in a flow mapping: on the value
					   before the first comma, and on the
					   key of each later piece (see
					   plan_ynode_comma_tail) */
	unsigned char key;		/* enum ykey */
};
/* Small on purpose (40 bytes): a national run builds tens of millions. */

struct yload_limits {
	size_t max_file;	/* bytes; default 64 MiB */
	size_t max_scalar;	/* bytes; default 16 MiB */
	unsigned max_depth;	/* nested collections, top map = 1; default 64 */
};
#define YLOAD_LIMITS_DEFAULT { 64u << 20, 16u << 20, 64 }

struct yload_result {
	struct ynode *root;	/* NULL when the file is not usable YAML
				   (syntax, depth, limit) or is empty */
	bool fatal;		/* a finding stopped the load */
	bool aliased;		/* anchors or aliases were found (and
				   reported); aliases read as null */
	bool empty;		/* no document, or an empty one */
	/* the start of a second document (a plan file holds one): 0 if none */
	unsigned extra_doc_line, extra_doc_column;
};

/*
 * Load the YAML in buf[0..len) as the file called name (used in findings;
 * the arena keeps its own copy).  Findings go to out.  Returns 0; never
 * fails for bad input (that is what findings are for).
 */
int plan_ytree_load_mem(const char *buf, size_t len, const char *name,
		   const struct yload_limits *limits, struct plan_arena *a,
		   struct plan_findings *out, struct yload_result *res);

/*
 * Read the file at path and load it as plan_ytree_load_mem() does, name being
 * how findings name it.  Returns -1 with errno set when the file cannot be
 * read (the caller reports that as trouble, not as a finding); a file
 * larger than limits->max_file is a `limit` finding, not an error.
 */
int plan_ytree_load_file(const char *path, const char *name,
		    const struct yload_limits *limits, struct plan_arena *a,
		    struct plan_findings *out, struct yload_result *res);

/*
 * The bytes of the file at path (malloc'd, *len of them), as
 * plan_ytree_load_file() reads them: a regular file only, opened so that a FIFO
 * never blocks, and no more than max + 1 bytes (what is too big is a
 * limit, never read in full).  NULL with errno set on failure.
 */
char *plan_ytree_read_file(const char *path, size_t max, size_t *len);

/* Helpers for readers of the tree. */

/* The value under key in a mapping, or NULL (also for non-mappings). */
const struct ynode *plan_ynode_get(const struct ynode *map, const char *key);
/* The pair whose key is key, or NULL (a key with a number is found by
 * its number, see plan_ynode_pair_key). */
const struct ypair *plan_ynode_pair(const struct ynode *map, const char *key);
/* The number of key text s[0..len) (YKEY_NONE if it has none). */
enum ykey plan_ytree_key_number(const char *s, size_t len);
/* The pair whose key is key (len bytes, number k, YKEY_NONE if it has
 * none).  In a mapping the loader made (`keyed`) every key with that text
 * carries the number, so only numbers are compared; in any other tree
 * (built by hand, or copied) the texts are. */
const struct ypair *plan_ynode_pair_key(const struct ynode *map, const char *key,
				   size_t len, enum ykey k);
/* True for a plain null: `~`, `null`, `Null`, `NULL` or empty, unquoted and
 * untagged (SPEC 3.2: absent, never text).  The loader sets the flag. */
static inline bool ynode_is_null(const struct ynode *n)
{
	return n && n->null;
}
/* A non-null scalar. */
static inline bool ynode_is_text(const struct ynode *n)
{
	return n && n->type == YNODE_SCALAR && !n->null;
}
/*
 * In a flow mapping, YAML reads `{2026: 7,5}` as the entries `2026: 7`
 * and `5` (no value): a decimal comma splits a value in two, and
 * thousands commas in more (`{2026: 3,100,000,000}`: `3`, then the keys
 * `100`, `000`, `000`).  The loader marks such a run (ynode.split): a
 * plain value of digits (maybe a `-`, single dots), then plain keys of
 * digits without a value, each right after the `,` that ends the piece
 * before it on the same line (only the last may end in `%`).  The pieces
 * of a run stay in the mapping even when they repeat a key (`000`), and
 * are no duplicate-key finding.  True when pair i of map is a piece of a
 * run after its first comma.
 */
bool plan_ynode_comma_tail(const struct ynode *map, size_t i);
/* For pair i that starts a run's pieces (a comma tail whose pair before
 * holds the run's first value): the index one past its last piece. */
size_t plan_ynode_comma_end(const struct ynode *map, size_t i);

/* Scalar text equals s. */
bool plan_ynode_text_is(const struct ynode *n, const char *s);

#endif
