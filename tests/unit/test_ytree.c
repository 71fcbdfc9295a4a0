/* test_ytree.c - the YAML loader (lib/ytree.c): positions, source text,
 * duplicate keys, aliases, depth, limits, errors, encodings, documents. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "yaml/ytree.h"

static struct yload_result loaded;	/* of the last load */

/* Load buf[0..len) with limits lim (NULL: the defaults). */
static const struct ynode *load_n(struct tu_fx *fx, const char *buf,
				  size_t len, const struct yload_limits *lim)
{
	assert_int_equal(plan_ytree_load_mem(buf, len, "t.yaml", lim, fx->a,
					     fx->f, &loaded), 0);
	return loaded.root;
}

static const struct ynode *load(struct tu_fx *fx, const char *yaml)
{
	return load_n(fx, yaml, strlen(yaml), NULL);
}

static void none(const struct tu_fx *fx)
{
	tu_count(fx->f, 0);
}

/* The tree of yaml, which loads without a finding. */
static const struct ynode *clean(struct tu_fx *fx, const char *yaml)
{
	const struct ynode *r = load(fx, yaml);

	none(fx);
	return r;
}

/* The only finding, which must be of rule at line:col. */
static const struct plan_finding *only(const struct tu_fx *fx,
				       enum plan_rule rule, unsigned line,
				       unsigned col)
{
	const struct plan_finding *f = tu_expect_only(fx->f, rule, line, col,
						      PLAN_SEV_ERROR);

	assert_string_equal(f->file, "t.yaml");
	return f;
}

#define SYNTAX(...) {.rule = RULE_YAML_SYNTAX, PLAN_SEV_ERROR, __VA_ARGS__}
#define DUP(...) {.rule = RULE_DUPLICATE_KEY, PLAN_SEV_ERROR, __VA_ARGS__}
#define ALIAS(...) {.rule = RULE_YAML_ALIAS, PLAN_SEV_ERROR, __VA_ARGS__}
#define DEPTH(...) {.rule = RULE_YAML_DEPTH, PLAN_SEV_ERROR, __VA_ARGS__}
#define LIMIT(...) {.rule = RULE_LIMIT, PLAN_SEV_ERROR, __VA_ARGS__}

static void text(const struct ynode *n, const char *s)
{
	assert_non_null(n);
	assert_int_equal(n->type, YNODE_SCALAR);
	assert_non_null(n->text);
	assert_int_equal(n->len, strlen(s));
	assert_string_equal(n->text, s);
}

/* The value of key in map m, a collection of type, flow or block, at
 * line:col. */
static const struct ynode *coll(const struct ynode *m, const char *key,
				enum ynode_type type, bool flow, unsigned line,
				unsigned col)
{
	const struct ynode *n = plan_ynode_get(m, key);

	assert_non_null(n);
	if (n->type != type || n->flow != flow)
		fail_msg("'%s': type %d, flow %d; expected %d, %d", key,
			 (int)n->type, n->flow, (int)type, flow);
	tu_at(n, line, col);
	return n;
}

/* The keys of map m are the texts given, in this order, then NULL. */
static void keys(const struct ynode *m, ...)
{
	va_list ap;
	size_t i = 0;

	assert_non_null(m);
	va_start(ap, m);
	for (const char *k; (k = va_arg(ap, const char *)); i++) {
		if (i >= m->npairs)
			fail_msg("no key %zu, expected '%s'", i, k);
		text(m->pairs[i].key, k);
	}
	va_end(ap);
	assert_int_equal(m->npairs, i);
}

/* Positions ---------------------------------------------------------- */

static void test_columns_count_code_points(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "\xC3\xA9: \xC3\xB1x\n\xE2\x80\xBA"
				      "\xE2\x80\xBA: [\xF0\x9F\x98\x80, b]\n");

	assert_int_equal(r->type, YNODE_MAP);
	tu_at(r, 1, 1);
	assert_int_equal(r->npairs, 2);
	tu_at(r->pairs[0].key, 1, 1);
	text(r->pairs[0].key, "\xC3\xA9");
	/* `ñx` is libyaml's column 3, our 4 */
	tu_at(r->pairs[0].value, 1, 4);
	text(r->pairs[0].value, "\xC3\xB1x");
	const struct ynode *seq = r->pairs[1].value;
	tu_at(seq, 2, 5);
	assert_int_equal(seq->nitems, 2);
	tu_at(seq->items[0], 2, 6);
	tu_at(seq->items[1], 2, 9);
}

static void test_block_map_starts_at_first_key(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "# head\n\nouter:\n  # a comment\n\n"
				      "    inner: 1\n    other: 2\n");

	tu_at(r, 3, 1);
	const struct ynode *m = coll(r, "outer", YNODE_MAP, false, 6, 5);
	tu_at(plan_ynode_get(m, "other"), 7, 12);
}

static void test_flow_map_at_brace(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "period: {start: 2025, end: 2029}\n"
				      "p2:   {  a: x }\n");

	const struct ynode *p = coll(r, "period", YNODE_MAP, true, 1, 9);
	tu_at(plan_ynode_get(p, "start"), 1, 17);
	tu_at(plan_ynode_get(p, "end"), 1, 28);
	tu_at(plan_ynode_get(r, "p2"), 2, 7);
	tu_at(plan_ynode_get(plan_ynode_get(r, "p2"), "a"), 2, 13);
}

static void test_sequences_at_dash(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "misi:\n  - id: M1\n    name: Satu\n"
				      "  -   id: M2\nlist:\n- a\n- [b, c]\n");

	const struct ynode *s = coll(r, "misi", YNODE_SEQ, false, 2, 3);
	assert_int_equal(s->nitems, 2);
	/* an item mapping starts at its first key, after the dash */
	tu_at(s->items[0], 2, 5);
	tu_at(s->items[1], 4, 7);
	text(plan_ynode_get(s->items[1], "id"), "M2");
	const struct ynode *l = plan_ynode_get(r, "list");
	tu_at(l, 6, 1);
	tu_at(l->items[0], 6, 3);
	assert_int_equal(l->items[1]->type, YNODE_SEQ);
	assert_true(l->items[1]->flow);
	tu_at(l->items[1], 7, 3);
	tu_at(l->items[1]->items[1], 7, 7);
}

static void test_pairs_in_source_order(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "z: 1\na: 2\nm: 3\n");

	keys(r, "z", "a", "m", NULL);
	text(r->pairs[2].value, "3");
	tu_at(r->pairs[2].value, 3, 4);
}

/* Known keys carry their number; other keys and every value do not. */
static void test_key_numbers(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "code: name\n"
				      "'sub_kegiatan': [kegiatan]\ncodes: 1\n"
				      "budget_forward: {2026: 1}\n");

	assert_int_equal(r->npairs, 4);
	assert_int_equal(r->pairs[0].key->key, YKEY_CODE);
	assert_int_equal(r->pairs[0].value->key, YKEY_NONE);	/* "name" */
	assert_int_equal(r->pairs[1].key->key, YKEY_SUB_KEGIATAN);
	assert_int_equal(r->pairs[1].value->items[0]->key, YKEY_NONE);
	assert_int_equal(r->pairs[2].key->key, YKEY_NONE);
	assert_int_equal(r->pairs[3].key->key, YKEY_BUDGET_FORWARD);
	assert_int_equal(r->pairs[3].value->pairs[0].key->key, YKEY_NONE);
	text(r->pairs[3].value->pairs[0].key, "2026");

	/* looked up by number, by text when there is none */
	assert_ptr_equal(plan_ynode_pair_key(r, "code", 4, YKEY_CODE), &r->pairs[0]);
	assert_ptr_equal(plan_ynode_pair_key(r, "sub_kegiatan", 12,
					YKEY_SUB_KEGIATAN), &r->pairs[1]);
	assert_ptr_equal(plan_ynode_pair_key(r, "codes", 5, YKEY_NONE), &r->pairs[2]);
	assert_null(plan_ynode_pair_key(r, "cod", 3, YKEY_NONE));
	assert_null(plan_ynode_pair_key(r, "name", 4, YKEY_NAME));
	assert_null(plan_ynode_pair_key(r->pairs[0].value, "code", 4, YKEY_CODE));
	assert_int_equal(plan_ytree_key_number("targets_forward", 15),
			 YKEY_TARGETS_FORWARD);
	assert_int_equal(plan_ytree_key_number("targets_forward", 14), YKEY_NONE);
	assert_int_equal(plan_ytree_key_number("targets_forwardx", 16), YKEY_NONE);
	assert_int_equal(plan_ytree_key_number("", 0), YKEY_NONE);
}

/* A tree not made by the loader (built by hand, or copied) carries no key
 * numbers: a numbered key is still found, by its text. */
static void test_pair_key_hand_built_tree(void **state)
{
	(void)state;
	struct ynode k0 = {.text = "name", .len = 4, .type = YNODE_SCALAR};
	struct ynode k1 = {.text = "code", .len = 4, .type = YNODE_SCALAR};
	struct ynode v = {.text = "x", .len = 1, .type = YNODE_SCALAR};
	struct ypair pairs[] = {{&k0, &v}, {&k1, &v}};
	struct ynode map = {.pairs = pairs, .npairs = 2, .type = YNODE_MAP};
	assert_ptr_equal(plan_ynode_pair_key(&map, "code", 4, YKEY_CODE),
			 &pairs[1]);
	assert_ptr_equal(plan_ynode_pair_key(&map, "name", 4, YKEY_NAME),
			 &pairs[0]);
	assert_ptr_equal(plan_ynode_pair(&map, "code"), &pairs[1]);
	assert_null(plan_ynode_pair_key(&map, "unit", 4, YKEY_UNIT));
}

/* Every numbered key, in enum order, read back as its number; one byte
 * more or less is no key. */
static void test_every_key_number(void **state)
{
	(void)state;
	static const char *const words[YKEY_COUNT] = {
		NULL, "actuals", "baseline", "bidang", "budget",
		"budget_forward", "code", "direction", "id", "indicators",
		"kegiatan", "location", "misi", "name", "programs",
		"proposals", "rank", "sasaran", "sub_bidang", "sub_kegiatan",
		"supports", "targets", "targets_forward", "tujuan", "unit",
		"value", "year",
	};
	for (int k = 1; k < YKEY_COUNT; k++) {
		char buf[32];
		size_t n = strlen(words[k]);
		assert_int_equal(plan_ytree_key_number(words[k], n), k);
		memcpy(buf, words[k], n);
		buf[n] = 's';
		assert_int_equal(plan_ytree_key_number(buf, n + 1), YKEY_NONE);
		assert_int_equal(plan_ytree_key_number(words[k], n - 1), YKEY_NONE);
	}
}

/* Source text and style ---------------------------------------------- */

/* Each value alone, as "v: VALUE": its text, style and tag, at 1:4. */
static void test_source_text_and_style(void **state)
{
	static const struct {
		const char *yaml, *text;
		enum yscalar_style style;
		bool tagged;
	} cases[] = {
		{"v: 2.10\n", "2.10", YSTYLE_PLAIN, false},
		{"v: \"2.10\"\n", "2.10", YSTYLE_DOUBLE, false},
		{"v: '13.70'\n", "13.70", YSTYLE_SINGLE, false},
		{"v: |\n  line one\n  line two\n", "line one\nline two\n",
		 YSTYLE_LITERAL, false},
		{"v: >\n  folded\n  text\n", "folded text\n", YSTYLE_FOLDED,
		 false},
		{"v: 0123\n", "0123", YSTYLE_PLAIN, false},
		{"v: 1e3\n", "1e3", YSTYLE_PLAIN, false},
		{"v: yes\n", "yes", YSTYLE_PLAIN, false},
		{"v: !!str 12\n", "12", YSTYLE_PLAIN, true},
		{"v: !mine x\n", "x", YSTYLE_PLAIN, true},
		{"v: \"tab\\there\"\n", "tab\there", YSTYLE_DOUBLE, false},
	};
	struct tu_fx *fx = *state;

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct ynode *n = plan_ynode_get(clean(fx, cases[i].yaml),
						       "v");
		text(n, cases[i].text);
		if (n->style != cases[i].style ||
		    n->tagged != cases[i].tagged || n->line != 1 ||
		    n->column != 4)
			fail_msg("'%s': style %d, tagged %d, at %u:%u",
				 cases[i].yaml, n->style, n->tagged,
				 (unsigned)n->line, (unsigned)n->column);
	}
}

static void test_nul_in_double_quoted(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "a: \"a\\0b\"\n");

	const struct ynode *n = plan_ynode_get(r, "a");
	assert_non_null(n);
	assert_int_equal(n->len, 3);
	assert_memory_equal(n->text, "a\0b", 4);	/* and terminated */
	assert_false(plan_ynode_text_is(n, "a"));
}

static void test_nul_in_key_refused(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "ok: 1\n\"a\\0b\": 2\n");

	only(fx, RULE_SCHEMA, 2, 1);
	keys(r, "ok", NULL);
}

/* Duplicate and non-scalar keys -------------------------------------- */

static void test_duplicate_key_second_reported_first_kept(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "a: 1\nb: 2\n  # comment\n"
				     "a:\n  nested: dropped\nc: 3\n");

	const struct plan_finding *f = only(fx, RULE_DUPLICATE_KEY, 4, 1);
	tu_contains(f->message, "'a'");
	assert_non_null(f->hint);
	keys(r, "a", "b", "c", NULL);
	text(r->pairs[0].value, "1");
	text(plan_ynode_get(r, "a"), "1");
	tu_at(plan_ynode_get(r, "c"), 6, 4);
}

static void test_duplicate_key_in_flow_and_nested(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "m: {x: 1, y: 2, x: 3}\n"
				     "n:\n  - k: 1\n    k: 2\n");

	plan_findings_sort(fx->f);
	TU_WANT(fx->f, DUP(1, 17), DUP(4, 5));
	const struct ynode *m = plan_ynode_get(r, "m");
	keys(m, "x", "y", NULL);
	text(plan_ynode_get(m, "x"), "1");
	const struct ynode *item = plan_ynode_get(r, "n")->items[0];
	keys(item, "k", NULL);
	text(plan_ynode_get(item, "k"), "1");
}

static void test_same_key_in_different_maps(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "a:\n  x: 1\nb:\n  x: 2\n"
				      "c: [{x: 1}, {x: 2}]\n");

	text(plan_ynode_get(plan_ynode_get(r, "b"), "x"), "2");
}

static void test_duplicate_key_differs_by_quoting_only(void **state)
{
	struct tu_fx *fx = *state;
	/* keys are compared by their text: "a" and a are the same key */
	load(fx, "a: 1\n\"a\": 2\n");
	only(fx, RULE_DUPLICATE_KEY, 2, 1);
}

/* A map of n keys k0..k(n-1), one a line, then `dup` again if dup >= 0. */
static char *many_keys(size_t n, int dup)
{
	size_t cap = n * 24 + 64, len = 0;
	char *buf = malloc(cap);

	assert_non_null(buf);
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, cap - len, "k%zu: v%zu\n",
					i, i);
	if (dup >= 0)
		snprintf(buf + len, cap - len, "k%d: again\n", dup);
	return buf;
}

static void test_many_keys_hash_path(void **state)
{
	struct tu_fx *fx = *state;
	char *buf = many_keys(40, 7);
	const struct ynode *r = load(fx, buf);

	free(buf);
	only(fx, RULE_DUPLICATE_KEY, 41, 1);
	assert_int_equal(r->npairs, 40);
	text(plan_ynode_get(r, "k7"), "v7");
	text(plan_ynode_get(r, "k39"), "v39");
}

static void test_many_keys_no_false_duplicates(void **state)
{
	struct tu_fx *fx = *state;
	char *buf = many_keys(5000, -1);
	const struct ynode *r = load(fx, buf);

	free(buf);
	none(fx);
	assert_int_equal(r->npairs, 5000);
	char key[16], val[16];
	for (size_t i = 0; i < 5000; i += 499) {
		snprintf(key, sizeof key, "k%zu", i);
		snprintf(val, sizeof val, "v%zu", i);
		text(plan_ynode_get(r, key), val);
	}
}

static void test_many_keys_duplicates_of_first_and_last(void **state)
{
	struct tu_fx *fx = *state;
	char *buf = many_keys(1000, 0);
	size_t len = strlen(buf);
	char *more = realloc(buf, len + 32);

	assert_non_null(more);
	strcpy(more + len, "k999: again\nk17: again\n");
	load(fx, more);
	free(more);
	assert_int_equal(plan_findings_count(fx->f), 3);
	for (size_t i = 0; i < 3; i++) {
		const struct plan_finding *f = plan_findings_get(fx->f, i);
		assert_int_equal(f->rule, RULE_DUPLICATE_KEY);
		assert_int_equal(f->line, 1001 + i);
	}
	assert_int_equal(loaded.root->npairs, 1000);
}

/* A big map closed, then another big sibling at the same depth (the same
 * scratch frame): the key set of the first must not leak into the second. */
static void test_key_set_reset_between_maps(void **state)
{
	struct tu_fx *fx = *state;
	char buf[4096];
	size_t len = 0;

	for (int i = 0; i < 30; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len,
					"%sk%d: %d\n", i ? "  " : "- ", i, i);
	for (int i = 0; i < 20; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len,
					"%sj%d: %d\n", i ? "  " : "- ", i, i);
	snprintf(buf + len, sizeof buf - len, "  k3: x\n  k29: y\n  j5: z\n");
	const struct ynode *r = load(fx, buf);

	only(fx, RULE_DUPLICATE_KEY, 53, 3);
	assert_int_equal(r->nitems, 2);
	assert_int_equal(r->items[0]->npairs, 30);
	assert_int_equal(r->items[1]->npairs, 22);
	text(plan_ynode_get(r->items[1], "k3"), "x");
	text(plan_ynode_get(r->items[1], "j5"), "5");
	text(plan_ynode_get(r->items[0], "k3"), "3");
}

static void test_non_scalar_key(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "? [a, b]\n"
				     ": 1\n"
				     "c: 2\n");

	const struct plan_finding *f = only(fx, RULE_SCHEMA, 1, 3);
	tu_contains(f->message, "list");
	keys(r, "c", NULL);
	text(r->pairs[0].value, "2");
}

static void test_mapping_as_key(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "x: 0\n? {a: 1}\n: [v]\n");

	const struct plan_finding *f = only(fx, RULE_SCHEMA, 2, 3);
	tu_contains(f->message, "mapping");
	keys(r, "x", NULL);
}

/* Anchors and aliases ------------------------------------------------ */

static void test_anchor_and_alias(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "a: &x 1\nb: *x\n");

	assert_true(loaded.aliased);
	assert_false(loaded.fatal);
	plan_findings_sort(fx->f);
	TU_WANT(fx->f, ALIAS(1, 4, .part = "&x"), ALIAS(2, 4, .part = "*x"));
	/* the alias reads as null, and is still a well-formed scalar */
	const struct ynode *b = plan_ynode_get(r, "b");
	assert_non_null(b);
	assert_true(ynode_is_null(b));
	assert_false(ynode_is_text(b));
	assert_non_null(b->text);
	assert_int_equal(b->len, 0);
	tu_at(b, 2, 4);
}

static void test_anchor_on_collection_and_alias_key(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "base: &b {k: v}\nlist: &l\n  - 1\n"
				     "*b : 2\nz: 3\n");

	assert_true(loaded.aliased);
	plan_findings_sort(fx->f);
	TU_WANT(fx->f, ALIAS(1, 7), ALIAS(2, 7), ALIAS(4, 1));
	assert_non_null(r);
	text(plan_ynode_get(r, "z"), "3");
	/* the alias key is no key anyone can look up */
	assert_null(plan_ynode_get(r, "b"));
	assert_null(plan_ynode_get(r, "*b"));
	assert_int_equal(plan_ynode_get(r, "list")->nitems, 1);
}

static void test_alias_bomb_is_cheap(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx,
		"a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
		"b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
		"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
		"d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
		"e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n");

	assert_true(loaded.aliased);
	/* 4 anchors + 36 aliases, nothing multiplied */
	assert_int_equal(plan_findings_count(fx->f), 40);
	assert_int_equal(plan_ynode_get(r, "e")->nitems, 9);
	assert_true(ynode_is_null(plan_ynode_get(r, "e")->items[8]));
}

/* Depth -------------------------------------------------------------- */

static char *brackets(size_t n, bool close)
{
	char *buf = malloc(2 * n + 2);

	assert_non_null(buf);
	memset(buf, '[', n);
	if (close)
		memset(buf + n, ']', n);
	buf[close ? 2 * n : n] = '\n';
	buf[(close ? 2 * n : n) + 1] = '\0';
	return buf;
}

static void test_depth_64_flow_ok(void **state)
{
	struct tu_fx *fx = *state;
	char *buf = brackets(64, true);
	const struct ynode *r = load(fx, buf);

	free(buf);
	none(fx);
	assert_non_null(r);
	size_t depth = 1;
	for (; r->nitems; r = r->items[0])
		depth++;
	assert_int_equal(depth, 64);
}

static void test_depth_65_flow(void **state)
{
	struct tu_fx *fx = *state;
	char *buf = brackets(65, true);

	load(fx, buf);
	free(buf);
	const struct plan_finding *f = only(fx, RULE_YAML_DEPTH, 1, 65);
	tu_contains(f->message, "64");
	assert_true(loaded.fatal);
	assert_null(loaded.root);
	assert_false(loaded.empty);
}

/* n nested block maps: line i is "k:" indented by 2(i-1), the last
 * "k: v"; map i starts at line i, column 2i-1. */
static char *block_maps(size_t n)
{
	char *buf = malloc(n * (2 * n + 8));
	size_t len = 0;

	assert_non_null(buf);
	for (size_t i = 0; i < n; i++) {
		memset(buf + len, ' ', 2 * i);
		len += 2 * i;
		len += (size_t)sprintf(buf + len, i + 1 < n ? "k:\n" : "k: v\n");
	}
	return buf;
}

static void test_depth_block(void **state)
{
	struct tu_fx *fx = *state;
	char *buf = block_maps(64);

	load(fx, buf);
	free(buf);
	none(fx);
	assert_non_null(loaded.root);

	plan_findings_clear(fx->f);
	buf = block_maps(65);
	load(fx, buf);
	free(buf);
	only(fx, RULE_YAML_DEPTH, 65, 129);
	assert_null(loaded.root);
}

static void test_depth_pathological_flow(void **state)
{
	struct tu_fx *fx = *state;
	/* quadratic in libyaml 0.2.5 if it were parsed to the end: this must
	 * stop at the 65th `[` */
	char *buf = brackets(100000, false);

	load(fx, buf);
	free(buf);
	only(fx, RULE_YAML_DEPTH, 1, 65);
	assert_true(loaded.fatal);

	plan_findings_clear(fx->f);
	size_t n = 100000, len = 0;
	buf = malloc(5 * n + 1);
	assert_non_null(buf);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(buf + len, "{a: ");
	load(fx, buf);
	free(buf);
	only(fx, RULE_YAML_DEPTH, 1, 4 * 64 + 1);
}

/* Limits ------------------------------------------------------------- */

/* Loads under a lowered limit (0: the default). */
static const struct limit_case {
	size_t file, scalar;
	unsigned depth;
	const char *yaml;
	bool refused;		/* else it loads without a finding */
	struct tu_want want;	/* when refused: the one finding */
	const char *a;		/* when loaded: the text of key a, or NULL */
} limit_cases[] = {
	{0, 0, 3, "a: [[x]]\n", false, {0}, NULL},
	{0, 0, 3, "a: [[[x]]]\n", true, DEPTH(1, 6), NULL},
	/* a second document counts too */
	{0, 0, 2, "a: 1\n---\nb: [[x]]\n", true, DEPTH(3, 5), NULL},
	{0, 4, 0, "a: 1234\nb: \"\xC3\xA9\xC3\xA9\"\n", false, {0}, "1234"},
	{0, 4, 0, "a: 1\nb: 12345\n", true,
	 LIMIT(2, 4, .msg = "scalar of 5 bytes is larger than the limit of 4"),
	 NULL},
	/* a key is a scalar too; the limit counts bytes, not characters */
	{0, 4, 0, "\xC3\xA9\xC3\xA9\xC3\xA9: 1\n", true, LIMIT(1, 1), NULL},
	{10, 0, 0, "a: 123456\n", false, {0}, "123456"},
	{10, 0, 0, "a: 1234567\n", true, LIMIT(1, 1, .part = "11 bytes"),
	 NULL},
};

/* Load c's yaml as it says; the test fails naming it unless the load
 * goes as c says: refused (fatal, no tree) with its finding, or loaded. */
static void limit_is(struct tu_fx *fx, const struct limit_case *c)
{
	struct yload_limits lim = YLOAD_LIMITS_DEFAULT;
	size_t n = c->refused ? 1 : 0;

	lim.max_file = c->file ? c->file : lim.max_file;
	lim.max_scalar = c->scalar ? c->scalar : lim.max_scalar;
	lim.max_depth = c->depth ? c->depth : lim.max_depth;
	plan_findings_clear(fx->f);
	load_n(fx, c->yaml, strlen(c->yaml), &lim);
	if (plan_findings_count(fx->f) != n || loaded.fatal != c->refused ||
	    !loaded.root != c->refused || loaded.empty) {
		tu_dump(fx->f);
		fail_msg("'%s': %zu findings, fatal %d, tree %d, empty %d",
			 c->yaml, plan_findings_count(fx->f), loaded.fatal,
			 loaded.root != NULL, loaded.empty);
	}
	tu_want(fx->f, &c->want, n);
	if (c->a)
		text(plan_ynode_get(loaded.root, "a"), c->a);
}

static void test_limits(void **state)
{
	for (size_t i = 0; i < sizeof limit_cases / sizeof *limit_cases; i++)
		limit_is(*state, &limit_cases[i]);
}

/* Errors ------------------------------------------------------------- */

/* libyaml's errors: one yaml-syntax finding at the place, its message
 * and the context as the hint; the load is fatal, there is no tree. */
static void test_syntax_errors(void **state)
{
	static const struct {
		const char *yaml;
		size_t len;		/* 0: strlen */
		struct tu_want want;
	} cases[] = {
		/* in the planner's words: tests/unit/test_yproblem.c */
		{"a: b: c\n", 0, SYNTAX(1, 5, .part = "contains ': '",
					.hint = "`a: \"b: c\"`")},
		{"a: 1\nb:\n  c: 2\n d: 3\n", 0,
		 SYNTAX(4, 2, .msg = "this line is indented differently from "
			"the keys of its mapping",
			.hint = "the mapping starts at line 1, column 1")},
		{"a:\n\tb: 1\n", 0,
		 SYNTAX(2, 1, .msg = "a tab character cannot indent YAML",
			.hint = "indent with spaces")},
		{"a: [1, 2\nb: 3\n", 0,
		 SYNTAX(2, 2, .msg = "the list opened with '[' at line 1, "
			"column 4 is not closed", .hint = "']'")},
		/* libyaml's own words where none of ours fits */
		{"a: [1]]\n", 0,
		 SYNTAX(1, 7, .msg = "did not find expected key",
			.hint = "while parsing a block mapping at line 1, "
			"column 1")},
		{"a: 1\nb: 2\nc: x\xFFy\n", 0,
		 SYNTAX(3, 5, .msg = "invalid leading UTF-8 octet (#FF)",
			.hint = "")},
		/* BOM, CRLF, and two-byte é before the bad byte */
		{"\xEF\xBB\xBF" "a: 1\r\nb: 2\r\nc: \xC3\xA9x\xFF\r\n", 0,
		 SYNTAX(3, 6)},
		{"a: b\nc: \xC3", 0,
		 SYNTAX(2, 4, .msg = "incomplete UTF-8 octet sequence")},
		{"a: 1\nb: x\0y\n", 12, SYNTAX(2, 5, .msg = "control characters "
					       "are not allowed (#0)")},
	};
	struct tu_fx *fx = *state;

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *y = cases[i].yaml;
		plan_findings_clear(fx->f);
		load_n(fx, y, cases[i].len ? cases[i].len : strlen(y), NULL);
		tu_want(fx->f, &cases[i].want, 1);
		assert_string_equal(plan_findings_get(fx->f, 0)->file, "t.yaml");
		assert_true(loaded.fatal);
		assert_null(loaded.root);
	}
}

static void test_syntax_error_in_second_document(void **state)
{
	struct tu_fx *fx = *state;

	load(fx, "a: 1\n---\nb: [\n");
	assert_int_equal(loaded.extra_doc_line, 2);
	assert_true(loaded.fatal);
	assert_int_equal(plan_findings_count(fx->f), 1);
	assert_int_equal(plan_findings_get(fx->f, 0)->rule, RULE_YAML_SYNTAX);
}

/* Encodings ---------------------------------------------------------- */

static void test_utf8_bom(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "\xEF\xBB\xBFplan: 1\nid: x\n");

	none(fx);
	tu_at(r, 1, 1);
	text(r->pairs[0].key, "plan");
	tu_at(plan_ynode_get(r, "plan"), 1, 7);
	tu_at(plan_ynode_get(r, "id"), 2, 5);
}

static void test_crlf(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "a: 1\r\nb: 2\r\n\r\n"
				      "c: |\r\n  x\r\n  y\r\n"
				      "d: [p,\r\n    q]\r\n");

	tu_at(plan_ynode_get(r, "b"), 2, 4);
	const struct ynode *c = plan_ynode_get(r, "c");
	tu_at(c, 4, 4);
	text(c, "x\ny\n");
	const struct ynode *d = plan_ynode_get(r, "d");
	tu_at(d, 7, 4);
	tu_at(d->items[1], 8, 5);
	text(d->items[1], "q");
}

/* ascii as UTF-16 with a BOM; little endian unless be */
static size_t utf16(const char *ascii, bool be, unsigned char *out)
{
	size_t n = 0;

	out[n++] = be ? 0xFE : 0xFF;
	out[n++] = be ? 0xFF : 0xFE;
	for (const char *p = ascii; *p; p++) {
		unsigned c = (unsigned char)*p;
		if (c == '@')
			c = 0xE9;	/* é */
		out[n++] = (unsigned char)(be ? 0 : c);
		out[n++] = (unsigned char)(be ? c : 0);
	}
	return n;
}

static void test_utf16_with_bom(void **state)
{
	struct tu_fx *fx = *state;
	unsigned char buf[128];

	for (int be = 0; be < 2; be++) {
		size_t n = utf16("id: x\nname: @b\n", be, buf);
		const struct ynode *r = load_n(fx, (const char *)buf, n, NULL);
		none(fx);
		assert_non_null(r);
		text(plan_ynode_get(r, "id"), "x");
		const struct ynode *name = plan_ynode_get(r, "name");
		text(name, "\xC3\xA9" "b");
		tu_at(name, 2, 7);
	}
}

static void test_utf16_without_bom_fails(void **state)
{
	struct tu_fx *fx = *state;
	static const char y[] = "a\0:\0 \0x\0";

	load_n(fx, y, sizeof y - 1, NULL);
	assert_int_equal(plan_findings_count(fx->f), 1);
	assert_int_equal(plan_findings_get(fx->f, 0)->rule, RULE_YAML_SYNTAX);
	assert_true(loaded.fatal);
}

/* Documents ---------------------------------------------------------- */

static void test_empty_inputs(void **state)
{
	struct tu_fx *fx = *state;
	static const char *const empties[] = {
		"", "\n\n", "# only\n# comments\n", "---\n", "~\n",
		"null", "--- # x\n...\n", "\xEF\xBB\xBF",
	};

	for (size_t i = 0; i < sizeof empties / sizeof *empties; i++) {
		load(fx, empties[i]);
		none(fx);
		if (!loaded.empty)
			fail_msg("'%s' is not empty", empties[i]);
		assert_null(loaded.root);
		assert_false(loaded.fatal);
		assert_int_equal(loaded.extra_doc_line, 0);
	}
	/* a quoted "" or a scalar with text is a document */
	load(fx, "\"\"\n");
	assert_false(loaded.empty);
	assert_non_null(loaded.root);
	load(fx, "word\n");
	assert_false(loaded.empty);
	text(loaded.root, "word");
}

static void test_second_document(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = clean(fx, "a: 1\n# between\n---\nb: 2\n");

	assert_int_equal(loaded.extra_doc_line, 3);
	assert_int_equal(loaded.extra_doc_column, 1);
	assert_int_equal(r->npairs, 1);
	assert_null(plan_ynode_get(r, "b"));

	r = load(fx, "---\na: 1\n...\n---\nb: 2\n---\nc: 3\n");
	none(fx);
	assert_int_equal(loaded.extra_doc_line, 4);
	assert_int_equal(loaded.extra_doc_column, 1);
	text(plan_ynode_get(r, "a"), "1");
	assert_null(plan_ynode_get(r, "b"));

	/* explicit start of the first document is not a second one */
	load(fx, "---\na: 1\n");
	assert_int_equal(loaded.extra_doc_line, 0);
	assert_int_equal(loaded.extra_doc_column, 0);
}

static void test_aliases_in_second_document_reported(void **state)
{
	struct tu_fx *fx = *state;

	load(fx, "a: 1\n---\nb: *x\n");
	only(fx, RULE_YAML_ALIAS, 3, 4);
	assert_true(loaded.aliased);
}

static void test_result_reset_between_loads(void **state)
{
	struct tu_fx *fx = *state;

	load(fx, "a: &x 1\n---\nb: 2\n");
	assert_true(loaded.aliased);
	assert_int_equal(loaded.extra_doc_line, 2);
	load(fx, "c: 3\n");
	assert_false(loaded.aliased);
	assert_false(loaded.fatal);
	assert_false(loaded.empty);
	assert_int_equal(loaded.extra_doc_line, 0);
}

static void test_name_is_copied(void **state)
{
	struct tu_fx *fx = *state;
	char name[] = "plans/x.yaml";

	plan_ytree_load_mem("a: b: c\n", 8, name, NULL, fx->a, fx->f, &loaded);
	memset(name, 'z', sizeof name - 1);
	assert_string_equal(plan_findings_get(fx->f, 0)->file, "plans/x.yaml");
}

/* Files -------------------------------------------------------------- */

static void test_load_file(void **state)
{
	struct tu_fx *fx = *state;
	char dir[64], path[96];

	assert_true(tu_mkdtemp(dir, "test_ytree"));
	snprintf(path, sizeof path, "%s/p.yaml", dir);
	tu_write(dir, "p.yaml", "plan: 1\nid: \"a\\0b\"\nbad: [\n");

	assert_int_equal(plan_ytree_load_file(path, "shown.yaml", NULL, fx->a, fx->f,
					 &loaded), 0);
	assert_int_equal(plan_findings_count(fx->f), 1);
	assert_string_equal(plan_findings_get(fx->f, 0)->file, "shown.yaml");
	assert_int_equal(plan_findings_get(fx->f, 0)->rule, RULE_YAML_SYNTAX);

	/* too big: a limit finding, not an error */
	struct yload_limits lim = YLOAD_LIMITS_DEFAULT;
	lim.max_file = 8;
	plan_findings_clear(fx->f);
	assert_int_equal(plan_ytree_load_file(path, "shown.yaml", &lim, fx->a, fx->f,
					 &loaded), 0);
	assert_int_equal(plan_findings_count(fx->f), 1);
	assert_int_equal(plan_findings_get(fx->f, 0)->rule, RULE_LIMIT);
	assert_int_equal(plan_findings_get(fx->f, 0)->line, 1);
	/* the file's size, though only 9 bytes of it are read */
	assert_string_equal(plan_findings_get(fx->f, 0)->message,
			    "file of 26 bytes is larger than the limit of 8");

	/* a good one, with a NUL in a value read through the file path */
	tu_write(dir, "p.yaml", "plan: 1\nid: \"a\\0b\"\n");
	plan_findings_clear(fx->f);
	assert_int_equal(plan_ytree_load_file(path, "shown.yaml", NULL, fx->a, fx->f,
					 &loaded), 0);
	none(fx);
	assert_int_equal(plan_ynode_get(loaded.root, "id")->len, 3);

	/* a directory */
	errno = 0;
	assert_int_equal(plan_ytree_load_file(dir, dir, NULL, fx->a, fx->f,
					 &loaded), -1);
	assert_int_equal(errno, EISDIR);
	/* a missing file */
	snprintf(path, sizeof path, "%s/missing.yaml", dir);
	errno = 0;
	assert_int_equal(plan_ytree_load_file(path, path, NULL, fx->a, fx->f,
					 &loaded), -1);
	assert_int_equal(errno, ENOENT);
	none(fx);

	snprintf(path, sizeof path, "%s/p.yaml", dir);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);
}

/* A file past the limit is read no further than limit + 1 bytes, as the
 * header says: enough to know it is too big (it read up to twice the
 * limit, and 64 KiB past a small one). */
static void test_read_file_bound(void **state)
{
	char dir[64], path[96];

	(void)state;
	assert_true(tu_mkdtemp(dir, "test_ytree"));
	snprintf(path, sizeof path, "%s/big.yaml", dir);
	FILE *fp = tu_create(dir, "big.yaml");
	for (int i = 0; i < 300000; i++)
		fputc('#', fp);
	assert_int_equal(fclose(fp), 0);

	static const size_t max[] = {0, 1, 10, 1000, 65535, 65536, 100000,
				     150000, 299999};
	for (size_t i = 0; i < sizeof max / sizeof *max; i++) {
		size_t len = 0;
		char *buf = plan_ytree_read_file(path, max[i], &len);
		assert_non_null(buf);
		assert_int_equal(len, max[i] + 1);
		free(buf);
	}
	/* at or under the limit, the whole file */
	static const size_t whole[] = {300000, 300001, 1 << 20};
	for (size_t i = 0; i < sizeof whole / sizeof *whole; i++) {
		size_t len = 0;
		char *buf = plan_ytree_read_file(path, whole[i], &len);
		assert_non_null(buf);
		assert_int_equal(len, 300000);
		free(buf);
	}
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);
}

/* Helpers ------------------------------------------------------------ */

static void test_get_and_pair(void **state)
{
	struct tu_fx *fx = *state;
	const struct ynode *r = load(fx, "a: 1\nbb: [x]\n\"\": empty key\n");

	none(fx);
	const struct ypair *p = plan_ynode_pair(r, "bb");
	assert_non_null(p);
	text(p->key, "bb");
	assert_ptr_equal(p->value, plan_ynode_get(r, "bb"));
	assert_int_equal(p->value->type, YNODE_SEQ);
	assert_null(plan_ynode_get(r, "b"));
	assert_null(plan_ynode_get(r, "bbb"));
	assert_null(plan_ynode_pair(r, "A"));
	text(plan_ynode_get(r, ""), "empty key");
	/* not a mapping, or nothing at all */
	assert_null(plan_ynode_get(plan_ynode_get(r, "bb"), "x"));
	assert_null(plan_ynode_get(plan_ynode_get(r, "a"), "a"));
	assert_null(plan_ynode_get(NULL, "a"));
	assert_null(plan_ynode_pair(NULL, "a"));
	assert_true(plan_ynode_text_is(plan_ynode_get(r, "a"), "1"));
	assert_false(plan_ynode_text_is(plan_ynode_get(r, "a"), "10"));
	assert_false(plan_ynode_text_is(plan_ynode_get(r, "a"), ""));
	assert_false(plan_ynode_text_is(plan_ynode_get(r, "bb"), "x"));
	assert_false(plan_ynode_text_is(NULL, "x"));
}

/* Which values read as null and which as text, each alone as "v: VALUE". */
static void test_is_null(void **state)
{
	static const struct {
		const char *yaml;
		bool null, text;
	} cases[] = {
		{"v: ~\n", true, false}, {"v: null\n", true, false},
		{"v:\n", true, false}, {"v: Null\n", true, false},
		{"v: NULL\n", true, false},
		{"v: \"null\"\n", false, true},
		{"v: !!str null\n", false, true},
		{"v: ''\n", false, true}, {"v: nULL\n", false, true},
		{"v: '~'\n", false, true}, {"v: nul\n", false, true},
		{"v: 0\n", false, true},
		/* an explicit tag is never a plain null, even !!null */
		{"v: !!null null\n", false, true},
		{"v: {}\n", false, false}, {"v: []\n", false, false},
	};
	struct tu_fx *fx = *state;

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct ynode *n = plan_ynode_get(clean(fx, cases[i].yaml),
						       "v");
		if (ynode_is_null(n) != cases[i].null ||
		    ynode_is_text(n) != cases[i].text)
			fail_msg("'%s': null %d, text %d", cases[i].yaml,
				 ynode_is_null(n), ynode_is_text(n));
	}
	assert_false(ynode_is_null(NULL));
	assert_false(ynode_is_text(NULL));
}

TU_MAIN("ytree", tu_setup, tu_teardown,
	TU_TEST(test_columns_count_code_points),
	TU_TEST(test_pair_key_hand_built_tree),
	TU_TEST(test_block_map_starts_at_first_key),
	TU_TEST(test_flow_map_at_brace),
	TU_TEST(test_sequences_at_dash),
	TU_TEST(test_pairs_in_source_order),
	TU_TEST(test_key_numbers),
	TU_TEST(test_every_key_number),
	TU_TEST(test_source_text_and_style),
	TU_TEST(test_nul_in_double_quoted),
	TU_TEST(test_nul_in_key_refused),
	TU_TEST(test_duplicate_key_second_reported_first_kept),
	TU_TEST(test_duplicate_key_in_flow_and_nested),
	TU_TEST(test_same_key_in_different_maps),
	TU_TEST(test_duplicate_key_differs_by_quoting_only),
	TU_TEST(test_many_keys_hash_path),
	TU_TEST(test_many_keys_no_false_duplicates),
	TU_TEST(test_many_keys_duplicates_of_first_and_last),
	TU_TEST(test_key_set_reset_between_maps),
	TU_TEST(test_non_scalar_key),
	TU_TEST(test_mapping_as_key),
	TU_TEST(test_anchor_and_alias),
	TU_TEST(test_anchor_on_collection_and_alias_key),
	TU_TEST(test_alias_bomb_is_cheap),
	TU_TEST(test_depth_64_flow_ok),
	TU_TEST(test_depth_65_flow),
	TU_TEST(test_depth_block),
	TU_TEST(test_depth_pathological_flow),
	TU_TEST(test_limits),
	TU_TEST(test_read_file_bound),
	TU_TEST(test_syntax_errors),
	TU_TEST(test_syntax_error_in_second_document),
	TU_TEST(test_utf8_bom),
	TU_TEST(test_crlf),
	TU_TEST(test_utf16_with_bom),
	TU_TEST(test_utf16_without_bom_fails),
	TU_TEST(test_empty_inputs),
	TU_TEST(test_second_document),
	TU_TEST(test_aliases_in_second_document_reported),
	TU_TEST(test_result_reset_between_loads),
	TU_TEST(test_name_is_copied),
	TU_TEST(test_load_file),
	TU_TEST(test_get_and_pair),
	TU_TEST(test_is_null))
