/*
 * schema_check.c - validating a document's tree against a compiled schema,
 * and turning violations into `schema` findings (SPEC 4).
 *
 * Typing (SPEC 3.2): a plain, untagged null is null; every other scalar
 * is a string, and also a number or an integer when its text reads as
 * one, quoted or not; plain true/false are also booleans.
 *
 * A null value under a key means the key is absent (SPEC 3.2): it is not
 * validated and does not satisfy `required`; an unknown key is reported
 * whatever its value.
 *
 * One bad value, one finding:
 * - a subschema marked x-rule is not evaluated at all: that rule checks
 *   the value (see schemas/defs.schema.yaml);
 * - a scalar gets at most one of type, const, enum, pattern, minimum,
 *   maximum, and a value that fails its type gets nothing else;
 * - enum and const hold scalars (the compiler says so): a list or a
 *   mapping where they stand fails its type, the types of their values;
 * - anyOf/oneOf are first tried without recording anything; when all
 *   fail, the errors reported are those of one branch: among the branches
 *   that accept the value's type, the one with the fewest errors (the
 *   first on a tie).  When no branch accepts the type, one type error
 *   names the types the branches accept;
 * - `if` is evaluated without recording;
 * - errors are recorded structurally and turned into text only once,
 *   after duplicates at the same node have been dropped.
 *
 * Nothing here writes to the schema, and all state is in a context on the
 * caller's stack: concurrent checks on one schema are safe.  Memory is
 * allocated only when a document has errors.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/value.h"
#include "base/vocab.h"
#include "schema/schema_priv.h"

/* Nested schema applications on one path.  A path through the schemas of
 * schemas/ is a few dozen deep; beyond this a $ref cycle that consumes no
 * instance is assumed, which would be a schema defect: the branch is
 * taken as passing rather than recursing without end. */
#define MAX_RDEPTH 1024
#define MAX_CRUMBS 64

enum ekind {
	EK_MISSING, EK_UNKNOWN, EK_NOTALLOWED,	/* about keys */
	EK_TYPE, EK_CONST, EK_ENUM, EK_PATTERN, EK_MIN, EK_MAX,
	EK_MINITEMS, EK_NOT, EK_ONEOF		/* about values */
};

struct verr {
	enum ekind kind;
	const struct ynode *at;		/* where the finding points */
	const struct ynode *ctx;	/* whose breadcrumb it carries */
	const struct ynode *key;	/* the key, or the value's key */
	const struct sch *s;		/* the failing (sub)schema */
	const char *hint;		/* the x-hint in effect */
	unsigned types;			/* EK_TYPE: what was expected */
	bool entry;			/* the value is an entry of key's list */
	size_t seq;			/* order of recording */
};

struct vctx {
	bool collect;			/* record errors (else: stop at one) */
	unsigned rdepth;
	const struct ynode *key;	/* the current value's key */
	bool entry;
	const char *hint;
	struct verr *e;
	size_t n, cap, seq;
};

/* ---- typing ---- */

static bool is_bool_text(const struct ynode *n)
{
	static const char *const b[] = {"true", "True", "TRUE",
					"false", "False", "FALSE"};

	if (n->style != YSTYLE_PLAIN || n->tagged || n->len < 4 ||
	    n->len > 5 || !strchr("tTfF", n->text[0]))
		return false;
	for (size_t i = 0; i < 6; i++)
		if (plan_ynode_text_is(n, b[i]))
			return true;
	return false;
}

/* The types a node has under SPEC 3.2's reading (ST_* bits). */
static unsigned node_types(const struct ynode *n)
{
	unsigned t = ST_STRING;

	if (n->type == YNODE_MAP)
		return ST_OBJECT;
	if (n->type == YNODE_SEQ)
		return ST_ARRAY;
	if (ynode_is_null(n))
		return ST_NULL;
	if (plan_is_number(n->text, n->len)) {
		t |= ST_NUMBER;
		if (memchr(n->text, '.', n->len) == NULL)
			t |= ST_INTEGER;
	} else if (is_bool_text(n)) {
		t |= ST_BOOLEAN;
	}
	return t;
}

/* ---- recording ---- */

static int record(struct vctx *c, enum ekind k, const struct ynode *at,
		  const struct ynode *ctx, const struct ynode *key,
		  const struct sch *s)
{
	struct verr *x;

	if (!c->collect)
		return 1;
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->e = plan_xrealloc(c->e, c->cap * sizeof *c->e);
	}
	x = &c->e[c->n++];
	x->kind = k;
	x->at = at;
	x->ctx = ctx;
	x->key = key ? key : c->key;
	x->entry = key ? false : c->entry;
	x->s = s;
	x->hint = s && s->xhint ? s->xhint : c->hint;
	x->types = s ? s->types : 0;
	x->seq = c->seq++;
	return 1;
}

/* An error about value n itself. */
static int value_err(struct vctx *c, enum ekind k, const struct ynode *n,
		     const struct sch *s)
{
	return record(c, k, n, n, NULL, s);
}

static int type_err(struct vctx *c, const struct ynode *n, unsigned types)
{
	int r = value_err(c, EK_TYPE, n, NULL);

	if (c->collect)
		c->e[c->n - 1].types = types;
	return r;
}

/* ---- evaluation ---- */

static int v(struct vctx *c, const struct sch *s, const struct ynode *n);

static bool passes(struct vctx *c, const struct sch *s, const struct ynode *n)
{
	bool saved = c->collect;
	int e;

	c->collect = false;
	e = v(c, s, n);
	c->collect = saved;
	return e == 0;
}

static bool same_value(const struct ynode *a, const struct ynode *n)
{
	if (a->type != YNODE_SCALAR || n->type != YNODE_SCALAR)
		return false;
	if (ynode_is_null(a) || ynode_is_null(n))
		return ynode_is_null(a) && ynode_is_null(n);
	if (a->len == n->len && memcmp(a->text, n->text, a->len) == 0)
		return true;
	return plan_is_number(a->text, a->len) &&
	       plan_is_number(n->text, n->len) &&
	       plan_number_cmp(a->text, a->len, n->text, n->len) == 0;
}

static bool in_enum(const struct ynode *list, const struct ynode *n)
{
	for (size_t i = 0; i < list->nitems; i++)
		if (same_value(list->items[i], n))
			return true;
	return false;
}

/* The types the values of enum and const have (they hold scalars only):
 * what a list or a mapping that meets them is told to be instead. */
static unsigned value_types(const struct sch *s)
{
	unsigned t = s->constv ? node_types(s->constv) : 0;

	for (size_t i = 0; s->enumv && i < s->enumv->nitems; i++)
		t |= node_types(s->enumv->items[i]);
	return t;
}

/* The value keywords of a scalar: the first that fails is the one. */
static int v_scalar(struct vctx *c, const struct sch *s,
		    const struct ynode *n, unsigned t)
{
	if (s->constv && !same_value(s->constv, n))
		return value_err(c, EK_CONST, n, s);
	if (s->enumv && !in_enum(s->enumv, n))
		return value_err(c, EK_ENUM, n, s);
	if (s->pattern && (t & ST_STRING) &&
	    !plan_sre_match(s->pattern, n->text, n->len))
		return value_err(c, EK_PATTERN, n, s);
	if (!(t & ST_NUMBER))
		return 0;
	if (s->minimum && plan_number_cmp(n->text, n->len, s->minimum->text,
					  s->minimum->len) < 0)
		return value_err(c, EK_MIN, n, s);
	if (s->maximum && plan_number_cmp(n->text, n->len, s->maximum->text,
					  s->maximum->len) > 0)
		return value_err(c, EK_MAX, n, s);
	return 0;
}

/* Validate the value of pair p, which is now "the current value". */
static int v_child(struct vctx *c, const struct sch *s,
		   const struct ypair *p)
{
	const struct ynode *key = c->key;
	bool entry = c->entry;
	const char *hint = c->hint;
	int e;

	c->key = p->key;
	c->entry = false;
	c->hint = NULL;
	e = v(c, s, p->value);
	c->key = key;
	c->entry = entry;
	c->hint = hint;
	return e;
}

static const struct sch_prop *find_prop(const struct sch *s,
					const struct ynode *key)
{
	if (key->key != YKEY_NONE) {	/* see plan_ynode_pair_key() */
		for (size_t i = 0; i < s->nprops; i++)
			if (s->props[i].key == key->key)
				return &s->props[i];
		return NULL;
	}
	for (size_t i = 0; i < s->nprops; i++)
		if (s->props[i].len == key->len &&
		    s->props[i].name[0] == key->text[0] &&
		    memcmp(s->props[i].name, key->text, key->len) == 0)
			return &s->props[i];
	return NULL;
}

/* The pair p under the property pr that names its key. */
static int v_prop(struct vctx *c, const struct sch_prop *pr,
		  const struct ynode *map, const struct ypair *p)
{
	if (ynode_is_null(p->value))
		return 0;
	if (pr->s->always_false && !pr->s->skip)
		return record(c, EK_NOTALLOWED, p->key, map, p->key, pr->s);
	return v_child(c, pr->s, p);
}

static int v_pair(struct vctx *c, const struct sch *s, const struct ynode *map,
		  const struct ypair *p)
{
	const struct sch_prop *pr = find_prop(s, p->key);
	bool null = ynode_is_null(p->value), matched = pr != NULL;
	int e = 0;

	if (pr)
		e += v_prop(c, pr, map, p);
	for (size_t i = 0; i < s->npprops; i++) {
		if (!plan_sre_match(s->pprops[i].re, p->key->text, p->key->len))
			continue;
		matched = true;
		if (!null)
			e += v_child(c, s->pprops[i].s, p);
	}
	/* one finding for a comma run, at its first piece (comma_split) */
	size_t i = (size_t)(p - map->pairs);
	bool later_piece = plan_ynode_comma_tail(map, i) &&
			   plan_ynode_comma_tail(map, i - 1);
	if (!matched && s->addl && s->addl->always_false && !later_piece)
		e += record(c, EK_UNKNOWN, p->key, map, p->key, s);
	else if (!matched && s->addl && !null)
		e += v_child(c, s->addl, p);
	if (s->pnames) {
		struct ypair kp = {p->key, p->key};

		e += v_child(c, s->pnames, &kp);
	}
	return e;
}

static int v_object(struct vctx *c, const struct sch *s,
		    const struct ynode *n)
{
	int e = 0;

	if (!s->npprops && !s->addl && !s->pnames && s->nprops < n->npairs) {
		/* Only named properties (an if, a then, an overlay): the
		 * other keys are none of its business, so look its few
		 * properties up rather than each key among them.  Findings
		 * are sorted later, so the order they come in does not
		 * matter. */
		for (size_t i = 0; i < s->nprops; i++) {
			const struct sch_prop *pr = &s->props[i];
			const struct ypair *p = plan_ynode_pair_key(
				n, pr->name, pr->len, pr->key);

			if (p)
				e += v_prop(c, &s->props[i], n, p);
			if (e && !c->collect)
				return e;
		}
	} else {
		for (size_t i = 0; i < n->npairs; i++) {
			e += v_pair(c, s, n, &n->pairs[i]);
			if (e && !c->collect)
				return e;
		}
	}
	for (size_t i = 0; i < s->nreq; i++) {
		const struct sch_req *r = &s->req[i];
		const struct ypair *p = plan_ynode_pair_key(n, r->name->text,
						       r->name->len, r->key);
		const struct ynode *val = p ? p->value : NULL;

		if (val == NULL || ynode_is_null(val))
			e += record(c, EK_MISSING, n, n, r->name, s);
	}
	return e;
}

static int v_array(struct vctx *c, const struct sch *s,
		   const struct ynode *n)
{
	bool entry = c->entry;
	const char *hint = c->hint;
	int e = 0;

	if (s->has_min_items && n->nitems < s->min_items)
		e += value_err(c, EK_MINITEMS, n, s);
	c->entry = true;
	c->hint = NULL;
	for (size_t i = 0; s->items && i < n->nitems; i++) {
		e += v(c, s->items, n->items[i]);
		if (e && !c->collect)
			break;
	}
	c->entry = entry;
	c->hint = hint;
	return e;
}

/* The types a branch accepts, following $refs; 0 when it does not say. */
static unsigned branch_types(const struct sch *s)
{
	for (int hops = 0; s && hops < 16; hops++, s = s->ref)
		if (s->types)
			return s->types;
	return 0;
}

/* All branches failed: keep the errors of the most specific one. */
static int best_branch(struct vctx *c, struct sch *const *b, size_t nb,
		       const struct ynode *n)
{
	unsigned t = node_types(n), all = 0;
	size_t start = c->n, best = SIZE_MAX;

	for (size_t i = 0; i < nb; i++) {
		unsigned bt = branch_types(b[i]);
		size_t mark = c->n, cnt;

		all |= bt;
		if (bt && !(bt & t))
			continue;
		v(c, b[i], n);
		cnt = c->n - mark;
		if (cnt > 0 && cnt < best) {
			memmove(&c->e[start], &c->e[mark], cnt * sizeof *c->e);
			best = cnt;
		}
		c->n = start + (best == SIZE_MAX ? 0 : best);
	}
	if (best == SIZE_MAX)
		return type_err(c, n, all);
	return (int)best;
}

static int v_alternatives(struct vctx *c, const struct sch *s,
			  struct sch *const *b, size_t nb, bool one,
			  const struct ynode *n)
{
	size_t ok = 0;

	for (size_t i = 0; i < nb && (one || ok == 0); i++)
		ok += passes(c, b[i], n);
	if (ok == 1 || (ok > 1 && !one))
		return 0;
	if (ok > 1)
		return value_err(c, EK_ONEOF, n, s);
	if (!c->collect)
		return 1;
	return best_branch(c, b, nb, n);
}

static int v_apply(struct vctx *c, const struct sch *s, const struct ynode *n)
{
	int e = 0;

	if (s->ref)
		e += v(c, s->ref, n);
	for (size_t i = 0; i < s->nall && (c->collect || !e); i++)
		e += v(c, s->all[i], n);
	if (s->nany && (c->collect || !e))
		e += v_alternatives(c, s, s->any, s->nany, false, n);
	if (s->none && (c->collect || !e))
		e += v_alternatives(c, s, s->one, s->none, true, n);
	if (s->not_ && (c->collect || !e) && passes(c, s->not_, n))
		e += value_err(c, EK_NOT, n, s);
	if (s->if_ && (c->collect || !e)) {
		const struct sch *branch = passes(c, s->if_, n) ? s->then_ :
				           s->else_;
		if (branch)
			e += v(c, branch, n);
	}
	return e;
}

/* Whether n has one of the types; the full typing of a scalar (number?
 * boolean?) is only worked out when a string will not do. */
static bool has_type(const struct ynode *n, unsigned types)
{
	if (n->type == YNODE_MAP)
		return types & ST_OBJECT;
	if (n->type == YNODE_SEQ)
		return types & ST_ARRAY;
	if ((types & ST_STRING) && !ynode_is_null(n))
		return true;
	return types & node_types(n);
}

/* The typing v_scalar() needs: numbers only when a bound is there. */
static unsigned scalar_types(const struct sch *s, const struct ynode *n)
{
	if (s->minimum || s->maximum)
		return node_types(n);
	return ynode_is_null(n) ? ST_NULL : ST_STRING;
}

static int v_body(struct vctx *c, const struct sch *s, const struct ynode *n)
{
	unsigned t;
	int e;

	if (s->types && !has_type(n, s->types))
		return type_err(c, n, s->types);
	/* a list or a mapping equals no value of an enum or const: it is
	 * the wrong type, as if the values' types had been written */
	if (n->type != YNODE_SCALAR && (s->enumv || s->constv))
		return type_err(c, n, value_types(s));
	if (n->type == YNODE_SCALAR && !s->has_scalar_kw)	/* most leaves */
		return s->has_apply ? v_apply(c, s, n) : 0;
	t = n->type == YNODE_SCALAR ? scalar_types(s, n) : 0;
	e = n->type == YNODE_SCALAR ? v_scalar(c, s, n, t) : 0;
	if (e == 0 && n->type == YNODE_MAP)
		e = v_object(c, s, n);
	else if (e == 0 && n->type == YNODE_SEQ)
		e = v_array(c, s, n);
	if ((e && !c->collect) || !s->has_apply)
		return e;
	return e + v_apply(c, s, n);
}

static int v(struct vctx *c, const struct sch *s, const struct ynode *n)
{
	const char *hint = c->hint;
	int e;

	if (s->skip || s->always_true)
		return 0;
	if (s->always_false)
		return value_err(c, EK_NOT, n, s);
	if (c->rdepth >= MAX_RDEPTH)
		return 0;
	c->rdepth++;
	if (s->xhint)
		c->hint = s->xhint;
	e = v_body(c, s, n);
	c->hint = hint;
	c->rdepth--;
	return e;
}

/* ---- messages ---- */

/* At most 60 bytes of a scalar, cut on a character boundary, up to the
 * first control character: a message is one line. */
static int quote_len(const struct ynode *n, bool *cut)
{
	size_t i = 0;

	while (i < n->len && i < 60 && (unsigned char)n->text[i] >= 0x20 &&
	       n->text[i] != 0x7f)
		i++;
	*cut = i < n->len;
	while (*cut && i > 0 && ((unsigned char)n->text[i] & 0xC0) == 0x80)
		i--;
	return (int)i;
}

static void found_words(const struct ynode *n, char *buf, size_t len)
{
	bool cut;
	int q;

	if (n->type == YNODE_MAP)
		snprintf(buf, len, _("a mapping"));
	else if (n->type == YNODE_SEQ)
		snprintf(buf, len, _("a list"));
	else if (ynode_is_null(n))
		snprintf(buf, len, _("an empty value"));
	else {
		q = quote_len(n, &cut);
		snprintf(buf, len, "'%.*s%s'", q, n->text, cut ? "..." : "");
	}
}

/* "a string or a mapping": numbers are strings to a planner, so a string
 * says it all where both are allowed. */
static void type_words(unsigned t, char *buf, size_t len)
{
	const char *w[4];
	size_t k = 0;

	if (t & ST_STRING)
		w[k++] = _("a string");
	else if (t & ST_NUMBER)
		w[k++] = _("a number");
	else if (t & ST_INTEGER)
		w[k++] = _("a whole number");
	else if (t & ST_BOOLEAN)
		w[k++] = _("true or false");
	if (t & ST_OBJECT)
		w[k++] = _("a mapping");
	if (t & ST_ARRAY)
		w[k++] = _("a list");
	if (k == 0)
		w[k++] = _("nothing");
	snprintf(buf, len, "%s%s%s%s%s", w[0], k > 1 ? _(" or ") : "",
		 k > 1 ? w[1] : "", k > 2 ? _(" or ") : "", k > 2 ? w[2] : "");
}

/* The subject of a value error: "'kind'", "'parents' entry". */
static void subject(const struct verr *x, char *buf, size_t len)
{
	bool cut;
	int q;

	if (x->key == NULL) {
		snprintf(buf, len, _("the document"));
		return;
	}
	q = quote_len(x->key, &cut);
	snprintf(buf, len, "'%.*s'%s", q, x->key->text,
		 x->entry ? _(" entry") : "");
}

static void enum_words(const struct ynode *list, char *buf, size_t len)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < list->nitems && o + 1 < len; i++) {
		const struct ynode *it = list->items[i];
		const char *t = ynode_is_null(it) ? "null" : it->text;
		bool dup = false;

		for (size_t j = 0; j < i; j++)
			dup |= plan_ynode_text_is(list->items[j], t);
		if (!dup && t)
			o += (size_t)snprintf(buf + o, len - o, "%s%s",
					      o ? ", " : "", t);
	}
}

/* "did you mean 'targets'?" when exactly one allowed key is closest and
 * close enough; NULL otherwise. */
static const char *did_you_mean(const struct sch *s, const struct ynode *key,
				char *buf, size_t len)
{
	unsigned max = key->len >= 5 ? 2 : 1, best = max + 1;
	const char *cand = NULL;
	bool tie = false;

	if (key->len > 64 || strlen(key->text) != key->len)
		return NULL;
	for (size_t i = 0; i < s->nprops; i++) {
		unsigned d = plan_edit_distance(key->text, s->props[i].name,
						max);
		if (d < best)
			best = d, cand = s->props[i].name, tie = false;
		else if (d == best)
			tie = true;
	}
	if (cand == NULL || tie || best > max)
		return NULL;
	snprintf(buf, len, _("did you mean '%s'?"), cand);
	return buf;
}

struct msg {
	char text[512];
	char hint[160];
	const char *h;
	/* a comma run's fix: from's value to the end of to (--fix) */
	const struct ynode *fix_from, *fix_to;
	char fix[96];
};

/* Whether the values of map schema s are money (budget-format's). */
static bool money_values(const struct sch *s)
{
	for (size_t i = 0; i < s->npprops; i++) {
		const struct sch *v = s->pprops[i].s;
		for (unsigned d = 0; v && !v->xrule && d < 8; d++)
			v = v->ref;
		if (v && v->xrule && strcmp(v->xrule, "budget-format") == 0)
			return true;
	}
	return false;
}

/* The pieces of the comma run whose first comma comes before pair i:
 * "3,100,000,000" into buf (cut at size).  Returns its length, 0 when
 * it was cut. */
static size_t run_text(const struct ynode *map, size_t i, size_t end,
		       char *buf, size_t size)
{
	const struct ynode *head = map->pairs[i - 1].value;
	size_t o = (size_t)snprintf(buf, size, "%.*s", (int)head->len,
				    head->text);
	for (; i < end && o < size; i++)
		o += (size_t)snprintf(buf + o, size - o, ",%.*s",
				      (int)map->pairs[i].key->len,
				      map->pairs[i].key->text);
	return o < size ? o : 0;	/* cut: no number to give */
}

/* The number to write for the split value s[0..len): money as
 * plan-import reads it, else the SPEC 3.2 reading of a target. */
static bool run_number(bool money, const char *s, size_t len, char *num,
		       size_t size)
{
	bool pct;
	if (money) {
		int64_t v;
		if (plan_value_sheet_money(s, len, &v) != PLAN_SHEET_MONEY_OK)
			return false;
		snprintf(num, size, "%lld", (long long)v);
		return true;
	}
	return len < size && plan_value_sheet_misread(s, len, num, &pct);
}

/* {2026: 7,5}: YAML splits the value at the comma, and the key `5` is
 * unknown (SPEC 3.2); thousands commas split it in more pieces.  Says so,
 * once at the first piece, and what to write. */
static bool comma_split(const struct verr *x, struct msg *m)
{
	const struct ynode *map = x->ctx;
	size_t i = 0;

	while (i < map->npairs && map->pairs[i].key != x->key)
		i++;
	if (i == map->npairs || !plan_ynode_comma_tail(map, i))
		return false;
	const struct ynode *head = map->pairs[i - 1].value;
	size_t end = plan_ynode_comma_end(map, i);
	char joined[96], num[96];
	size_t jlen = run_text(map, i, end, joined, sizeof joined);
	int hq = head->len > 40 ? 40 : (int)head->len;
	int kq = x->key->len > 40 ? 40 : (int)x->key->len;
	if (end == i + 1)
		snprintf(m->text, sizeof m->text,
			 _("a decimal comma split '%.*s,%.*s' in two: YAML reads the value '%.*s' and a key '%.*s'"),
			 hq, head->text, kq, x->key->text, hq, head->text, kq,
			 x->key->text);
	else
		snprintf(m->text, sizeof m->text,
			 _("commas split '%s' in %zu pieces: YAML reads the value '%.*s' and %zu keys without a value"),
			 joined, end - i + 1, hq, head->text, end - i);
	if (run_number(money_values(x->s), joined, jlen, num, sizeof num)) {
		snprintf(m->hint, sizeof m->hint,
			 _("write %s: in a flow mapping {...} a comma separates entries"),
			 num);
		m->h = m->hint;
		m->fix_from = head;
		m->fix_to = map->pairs[end - 1].key;
		snprintf(m->fix, sizeof m->fix, "%s", num);
	}
	return true;
}

static void key_message(const struct verr *x, struct msg *m)
{
	bool cut;
	int q = quote_len(x->key, &cut);

	switch (x->kind) {
	case EK_MISSING:
		snprintf(m->text, sizeof m->text, _("missing required key '%.*s'"),
			 q, x->key->text);
		if (plan_ynode_get(x->at, x->key->text))
			m->h = _("the key is there, but has no value");
		break;
	case EK_UNKNOWN:
		if (comma_split(x, m))
			break;
		snprintf(m->text, sizeof m->text, _("unknown key '%.*s%s'"), q,
			 x->key->text, cut ? "..." : "");
		m->h = did_you_mean(x->s, x->key, m->hint, sizeof m->hint);
		if (m->h == NULL)
			m->h = x->s->xhint ? _(x->s->xhint) : NULL;
		break;
	default:	/* EK_NOTALLOWED */
		snprintf(m->text, sizeof m->text,
			 _("key '%.*s' is not allowed here"), q, x->key->text);
		m->h = x->hint ? _(x->hint) : NULL;
		break;
	}
}

static void value_message(const struct verr *x, struct msg *m)
{
	char subj[96], found[80], want[400];

	subject(x, subj, sizeof subj);
	found_words(x->at, found, sizeof found);
	m->h = x->hint ? _(x->hint) : NULL;
	switch (x->kind) {
	case EK_TYPE:
		type_words(x->types, want, sizeof want);
		snprintf(m->text, sizeof m->text, _("expected %s, found %s"), want,
			 found);
		break;
	case EK_CONST:
		found_words(x->s->constv, want, sizeof want);
		snprintf(m->text, sizeof m->text, _("%s must be %s, found %s"),
			 subj, want, found);
		break;
	case EK_ENUM:
		enum_words(x->s->enumv, want, sizeof want);
		snprintf(m->text, sizeof m->text, _("%s must be one of: %s"), subj,
			 want);
		break;
	case EK_PATTERN:
		snprintf(m->text, sizeof m->text, _("malformed %s: %s"), subj,
			 found);
		if (m->h == NULL) {
			snprintf(m->hint, sizeof m->hint, _("write text matching %s"),
				 x->s->pattern_src);
			m->h = m->hint;
		}
		break;
	case EK_MIN:
	case EK_MAX:
		snprintf(m->text, sizeof m->text, _("%s must be at %s %s, found %s"),
			 subj, x->kind == EK_MIN ? _("least") : _("most"),
			 x->kind == EK_MIN ? x->s->minimum->text :
			 x->s->maximum->text, found);
		break;
	case EK_MINITEMS:
		snprintf(m->text, sizeof m->text, _("%s needs at least %zu entries"),
			 subj, x->s->min_items);
		break;
	case EK_ONEOF:
		snprintf(m->text, sizeof m->text,
			 _("%s matches more than one of its forms"), subj);
		break;
	default:	/* EK_NOT */
		snprintf(m->text, sizeof m->text, _("%s: %s is not allowed here"),
			 subj, found);
		break;
	}
}

/* ---- emitting: duplicates, breadcrumbs ---- */

static bool is_value_kind(enum ekind k)
{
	return k >= EK_TYPE;
}

/* Order by node, then missing keys by name, then recording order; a value
 * keeps only its first error, a key each of its own. */
static int cmp_err(const void *pa, const void *pb)
{
	const struct verr *a = pa, *b = pb;
	uintptr_t x = (uintptr_t)a->at, y = (uintptr_t)b->at;
	int k;

	if (x != y)
		return x < y ? -1 : 1;
	if (is_value_kind(a->kind) != is_value_kind(b->kind))
		return is_value_kind(a->kind) ? 1 : -1;
	if (a->kind == EK_MISSING && b->kind == EK_MISSING &&
	    (k = strcmp(a->key->text, b->key->text)) != 0)
		return k;
	if (a->kind != b->kind && !is_value_kind(a->kind))
		return a->kind < b->kind ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static bool same_err(const struct verr *a, const struct verr *b)
{
	if (a->at != b->at || is_value_kind(a->kind) != is_value_kind(b->kind))
		return false;
	if (is_value_kind(a->kind))
		return true;
	return a->kind == b->kind && (a->kind != EK_MISSING ||
				      strcmp(a->key->text, b->key->text) == 0);
}

static size_t dedupe(struct verr *e, size_t n)
{
	size_t k = 0;

	qsort(e, n, sizeof *e, cmp_err);
	for (size_t i = 0; i < n; i++)
		if (k == 0 || !same_err(&e[k - 1], &e[i]))
			e[k++] = e[i];
	return k;
}

struct crumb {
	int type;		/* enum plan_elem_type, or
				   PLAN_CRUMB_INDICATOR */
	const struct ynode *el;
	size_t index;		/* 1-based */
};

struct emitter {
	struct verr *e;		/* sorted by ctx */
	size_t n;
	bool *done;
	const char *file, *docid;
	struct plan_findings *out;
	struct crumb path[MAX_CRUMBS];
	size_t depth;
};

static int cmp_ctx(const void *pa, const void *pb)
{
	uintptr_t x = (uintptr_t)((const struct verr *)pa)->ctx;
	uintptr_t y = (uintptr_t)((const struct verr *)pb)->ctx;

	return x < y ? -1 : x > y;
}

static const char *elem_id(const struct ynode *el)
{
	const struct ynode *id = plan_ynode_get(el, "id");

	if (!ynode_is_text(id))
		id = plan_ynode_get(el, "code");
	return ynode_is_text(id) && strlen(id->text) == id->len &&
	       id->len < 100 ? id->text : NULL;
}

static void crumb_text(const struct emitter *m, char *buf, size_t len)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < m->depth && o + 1 < len; i++) {
		const struct crumb *k = &m->path[i];

		o = plan_crumb_step(buf, len, o, k->type,
				    k->type >= 0 ? elem_id(k->el) : NULL,
				    k->index);
	}
}

/* "<doc id>#<element id>" of the innermost element, or NULL. */
static const char *element_ref(const struct emitter *m, char *buf,
			       size_t len)
{
	for (size_t i = m->depth; i-- > 0;) {
		const char *id;

		if (m->path[i].type < 0)
			continue;
		id = elem_id(m->path[i].el);
		if (id == NULL || m->docid == NULL)
			return NULL;
		snprintf(buf, len, "%s#%s", m->docid, id);
		return buf;
	}
	return NULL;
}

static void emit_one(struct emitter *m, const struct verr *x, bool crumbs)
{
	struct msg msg = {.h = NULL};
	char crumb[600], el[256];
	const char *ref = crumbs ? element_ref(m, el, sizeof el) : NULL;

	if (is_value_kind(x->kind))
		value_message(x, &msg);
	else
		key_message(x, &msg);
	if (crumbs)
		crumb_text(m, crumb, sizeof crumb);
	plan_finding_add(m->out, RULE_SCHEMA, PLAN_SEV_DEFAULT,
			 (struct plan_pos){m->file, x->at->line, x->at->column},
			 ref, crumbs && m->depth ? crumb : NULL, msg.h, "%s",
			 msg.text);
	if (msg.fix_from)
		plan_finding_fix_span(m->out, msg.fix_from->line,
				      msg.fix_from->column, msg.fix_from->text,
				      msg.fix_from->len, msg.fix_to->line,
				      msg.fix_to->column, msg.fix_to->text,
				      msg.fix_to->len, msg.fix);
}

/* Emit the errors whose breadcrumb is that of node n. */
static void emit_at(struct emitter *m, const struct ynode *n)
{
	struct verr key = {.ctx = n};
	struct verr *x = bsearch(&key, m->e, m->n, sizeof *m->e, cmp_ctx);

	if (x == NULL)
		return;
	while (x > m->e && x[-1].ctx == n)
		x--;
	for (; x < m->e + m->n && x->ctx == n; x++) {
		if (!m->done[x - m->e])
			emit_one(m, x, true);
		m->done[x - m->e] = true;
	}
}

/* The element type of the entries of list `key` under an element of type
 * parent (PLAN_SECTION_DOC: the document), or -1 when they are not
 * elements: the section tree of base/vocab.h. */
static int section_type(int parent, const struct ynode *key)
{
	return key->type == YNODE_SCALAR
		? plan_section_type(parent, key->text, key->len) : -1;
}

#define NOT_ELEMENT (-2)

static void visit(struct emitter *m, const struct ynode *n, int type,
		  unsigned depth);

/* The entries of a section or an indicator list: each one a crumb. */
static void visit_list(struct emitter *m, const struct ynode *list,
		       int type, unsigned depth)
{
	emit_at(m, list);
	for (size_t i = 0; i < list->nitems; i++) {
		const struct ynode *it = list->items[i];
		bool push = m->depth < MAX_CRUMBS && it->type == YNODE_MAP;

		if (push)
			m->path[m->depth++] = (struct crumb){type, it, i + 1};
		visit(m, it, type < 0 ? NOT_ELEMENT : type, depth + 1);
		m->depth -= push;
	}
}

/* type: the element type of mapping n, PLAN_SECTION_DOC for the
 * document's root, NOT_ELEMENT for anything else. */
static void visit(struct emitter *m, const struct ynode *n, int type,
		  unsigned depth)
{
	emit_at(m, n);
	if (depth > 2 * MAX_CRUMBS)
		return;
	for (size_t i = 0; n->type == YNODE_SEQ && i < n->nitems; i++)
		visit(m, n->items[i], NOT_ELEMENT, depth + 1);
	for (size_t i = 0; n->type == YNODE_MAP && i < n->npairs; i++) {
		const struct ypair *p = &n->pairs[i];
		int st = type == NOT_ELEMENT ? -1 : section_type(type, p->key);

		if (p->value->type == YNODE_SEQ && st >= 0)
			visit_list(m, p->value, st, depth + 1);
		else if (p->value->type == YNODE_SEQ && type != NOT_ELEMENT &&
			 plan_ynode_text_is(p->key, "indicators"))
			visit_list(m, p->value, PLAN_CRUMB_INDICATOR, depth + 1);
		else
			visit(m, p->value, NOT_ELEMENT, depth + 1);
	}
}

static void emit_all(struct vctx *c, const struct ynode *root,
		     const char *file, struct plan_findings *out)
{
	const struct ynode *id = plan_ynode_get(root, "id");
	struct emitter m = {.file = file, .out = out};

	m.n = dedupe(c->e, c->n);
	m.e = c->e;
	qsort(m.e, m.n, sizeof *m.e, cmp_ctx);
	m.done = plan_xcalloc(m.n, sizeof *m.done);
	m.docid = ynode_is_text(id) && strlen(id->text) == id->len ?
		  id->text : NULL;
	visit(&m, root, PLAN_SECTION_DOC, 0);
	for (size_t i = 0; i < m.n; i++)
		if (!m.done[i])		/* below the crumb depth bound */
			emit_one(&m, &m.e[i], false);
	free(m.done);
}

void plan_schema_check(const struct plan_schema *s, const struct ynode *root,
		       const char *file, struct plan_findings *out)
{
	struct vctx c = {.collect = true};

	if (s == NULL || root == NULL)
		return;
	v(&c, s->root, root);
	if (c.n > 0)
		emit_all(&c, root, file, out);
	free(c.e);
}
