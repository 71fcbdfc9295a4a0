/*
 * schema.c - loading and compiling the schemas of schemas/ (JSON Schema
 * 2020-12 in YAML) into the immutable form of schema_priv.h.
 *
 * Compiling once turns every keyword into a field, every pattern into a
 * matcher and every $ref into a pointer, so that checking a document
 * looks nothing up by name.  A keyword outside the subset we implement is
 * an error, not silently ignored: a schema that seems to say more than is
 * checked would make plan-validate and an editor disagree.
 *
 * Cycles: a $ref is compiled through a table from schema node to compiled
 * schema, entered before the schema's keywords are compiled, so recursive
 * definitions compile to a cyclic graph once.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/value.h"
#include "base/vocab.h"
#include "schema/schema_priv.h"
#include "schemas_gen.h"

#define MAX_FILES 16
#define ROOT_FILE "plan.schema.yaml"

struct sfile {
	const char *name;
	const struct ynode *root;
};

struct memo_ent {
	const struct ynode *key;
	struct sch *val;
};

struct compiler {
	struct plan_arena *a;
	struct sfile files[MAX_FILES];
	size_t nfiles;
	struct memo_ent *memo;	/* open addressing, power-of-two size */
	size_t memo_cap, memo_n;
	char *err;
	size_t errlen;
	bool failed;
};

static void cerr(struct compiler *c, size_t f, const struct ynode *at,
		 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void cerr(struct compiler *c, size_t f, const struct ynode *at,
		 const char *fmt, ...)
{
	char msg[200];
	va_list ap;

	if (c->failed)
		return;
	c->failed = true;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(c->err, c->errlen, "%s:%u:%u: %s", c->files[f].name,
		 at ? at->line : 1, at ? at->column : 1, msg);
}

/* ---- the node -> compiled schema table ---- */

static size_t memo_slot(const struct compiler *c, const struct ynode *k)
{
	size_t h = (size_t)((uintptr_t)k >> 4) * 0x9E3779B97F4A7C15u;

	return h & (c->memo_cap - 1);
}

static void memo_grow(struct compiler *c)
{
	struct memo_ent *old = c->memo;
	size_t oldcap = c->memo_cap;

	c->memo_cap = oldcap ? oldcap * 2 : 256;
	c->memo = plan_xcalloc(c->memo_cap, sizeof *c->memo);
	for (size_t i = 0; i < oldcap; i++) {
		size_t j;

		if (old[i].key == NULL)
			continue;
		for (j = memo_slot(c, old[i].key); c->memo[j].key;
		     j = (j + 1) & (c->memo_cap - 1))
			;
		c->memo[j] = old[i];
	}
	free(old);
}

static struct sch *memo_get(const struct compiler *c, const struct ynode *k)
{
	if (c->memo_cap == 0)
		return NULL;
	for (size_t j = memo_slot(c, k); c->memo[j].key;
	     j = (j + 1) & (c->memo_cap - 1))
		if (c->memo[j].key == k)
			return c->memo[j].val;
	return NULL;
}

static void memo_put(struct compiler *c, const struct ynode *k,
		     struct sch *v)
{
	size_t j;

	if (2 * (c->memo_n + 1) > c->memo_cap)
		memo_grow(c);
	for (j = memo_slot(c, k); c->memo[j].key;
	     j = (j + 1) & (c->memo_cap - 1))
		;
	c->memo[j].key = k;
	c->memo[j].val = v;
	c->memo_n++;
}

/* ---- $ref ---- */

static size_t file_index(const struct compiler *c, const char *name,
			 size_t len)
{
	for (size_t i = 0; i < c->nfiles; i++)
		if (strlen(c->files[i].name) == len &&
		    memcmp(c->files[i].name, name, len) == 0)
			return i;
	return (size_t)-1;
}

/* One JSON-pointer step (~1 is '/', ~0 is '~') from n, or NULL. */
static const struct ynode *pointer_step(const struct ynode *n,
					const char *seg, size_t len)
{
	char key[128];
	size_t k = 0;

	for (size_t i = 0; i < len && k + 1 < sizeof key; i++) {
		if (seg[i] == '~' && i + 1 < len && (seg[i + 1] == '0' ||
						     seg[i + 1] == '1')) {
			key[k++] = seg[i + 1] == '0' ? '~' : '/';
			i++;
		} else {
			key[k++] = seg[i];
		}
	}
	key[k] = '\0';
	if (n->type == YNODE_MAP)
		return plan_ynode_get(n, key);
	if (n->type == YNODE_SEQ) {
		char *end;
		unsigned long i = strtoul(key, &end, 10);

		return *end == '\0' && k > 0 && i < n->nitems ? n->items[i] :
		       NULL;
	}
	return NULL;
}

/* The node a $ref names: "file#/json/pointer", either part optional. */
static const struct ynode *resolve_ref(struct compiler *c, size_t *f,
				       const struct ynode *ref)
{
	const char *s = ref->text, *hash = strchr(s, '#'), *slash;
	const char *ptr = hash ? hash + 1 : "";
	size_t flen = hash ? (size_t)(hash - s) : strlen(s);
	const struct ynode *n;

	slash = memchr(s, '/', flen);
	while (slash) {			/* a directory part: the base name */
		flen -= (size_t)(slash + 1 - s);
		s = slash + 1;
		slash = memchr(s, '/', flen);
	}
	if (flen > 0) {
		size_t g = file_index(c, s, flen);

		if (g == (size_t)-1) {
			cerr(c, *f, ref, "$ref to unknown file '%.*s'",
			     (int)flen, s);
			return NULL;
		}
		*f = g;
	}
	n = c->files[*f].root;
	if (*ptr != '\0' && *ptr++ != '/') {
		cerr(c, *f, ref, "$ref '%s': only JSON pointers", ref->text);
		return NULL;
	}
	while (n && *ptr != '\0') {
		size_t len = strcspn(ptr, "/");

		n = pointer_step(n, ptr, len);
		ptr += len + (ptr[len] == '/');
	}
	if (n == NULL)
		cerr(c, *f, ref, "$ref '%s' names nothing", ref->text);
	return n;
}

/* ---- keywords ---- */

static struct sch *compile(struct compiler *c, size_t f,
			   const struct ynode *n);

static bool is_str(const struct ynode *v)
{
	return v && v->type == YNODE_SCALAR && !ynode_is_null(v);
}

static unsigned type_bit(const struct ynode *v)
{
	static const struct {
		const char *name;
		unsigned bit;
	} t[] = {
		{"null", ST_NULL}, {"boolean", ST_BOOLEAN},
		{"object", ST_OBJECT}, {"array", ST_ARRAY},
		{"number", ST_NUMBER}, {"integer", ST_INTEGER},
		{"string", ST_STRING},
	};

	for (size_t i = 0; v->type == YNODE_SCALAR && i < 7; i++)
		if (plan_ynode_text_is(v, t[i].name))
			return t[i].bit;
	return 0;
}

static bool kw_type(struct compiler *c, size_t f, struct sch *s,
		    const struct ynode *v)
{
	if (v->type == YNODE_SCALAR) {
		s->types = type_bit(v);
		return s->types != 0;
	}
	if (v->type != YNODE_SEQ || v->nitems == 0)
		return false;
	for (size_t i = 0; i < v->nitems; i++) {
		unsigned b = type_bit(v->items[i]);

		if (b == 0)
			return false;
		s->types |= b;
	}
	(void)c, (void)f;
	return true;
}

static bool kw_required(struct compiler *c, size_t f, struct sch *s,
			const struct ynode *v)
{
	(void)c, (void)f;
	if (v->type != YNODE_SEQ)
		return false;
	s->req = plan_arena_alloc(c->a, (v->nitems + 1) * sizeof *s->req);
	for (size_t i = 0; i < v->nitems; i++) {
		const struct ynode *name = v->items[i];
		if (!is_str(name))
			return false;
		s->req[s->nreq++] = (struct sch_req){name,
			(unsigned char)plan_ytree_key_number(name->text, name->len)};
	}
	return true;
}

static const struct sre *pattern(struct compiler *c, size_t f,
				 const struct ynode *v)
{
	char msg[120];
	const struct sre *re;

	if (!is_str(v) || strlen(v->text) != v->len)
		return NULL;
	re = plan_sre_compile(c->a, v->text, msg, sizeof msg);
	if (re == NULL)
		cerr(c, f, v, "pattern '%s': %s", v->text, msg);
	return re;
}

/* properties, or with patterns patternProperties: a subschema by name. */
static bool kw_props(struct compiler *c, size_t f, const struct ynode *v,
		     bool patterns, struct sch_prop **out, size_t *n)
{
	if (v->type != YNODE_MAP)
		return false;
	*out = plan_arena_alloc(c->a, (v->npairs + 1) * sizeof **out);
	for (size_t i = 0; i < v->npairs; i++) {
		const struct ynode *name = v->pairs[i].key;
		struct sch_prop *p = &(*out)[(*n)++];

		p->name = name->text;
		p->len = name->len;
		p->key = name->key;	/* the loader's number */
		p->re = patterns ? pattern(c, f, name) : NULL;
		p->s = compile(c, f, v->pairs[i].value);
		if (patterns && p->re == NULL)
			return c->failed;
	}
	return true;
}

static bool kw_pattern(struct compiler *c, size_t f, struct sch *s,
		       const struct ynode *v)
{
	s->pattern = pattern(c, f, v);
	s->pattern_src = v->text;
	return s->pattern != NULL || c->failed;
}

static bool kw_list(struct compiler *c, size_t f, const struct ynode *v,
		    struct sch ***out, size_t *n)
{
	if (v->type != YNODE_SEQ || v->nitems == 0)
		return false;
	*out = plan_arena_alloc(c->a, v->nitems * sizeof **out);
	for (size_t i = 0; i < v->nitems; i++)
		(*out)[(*n)++] = compile(c, f, v->items[i]);
	return true;
}

static bool kw_number(const struct ynode *v, const struct ynode **out)
{
	if (!is_str(v) || !plan_is_number(v->text, v->len))
		return false;
	*out = v;
	return true;
}

static bool kw_ref(struct compiler *c, size_t f, struct sch *s,
		   const struct ynode *v)
{
	const struct ynode *target;

	if (!is_str(v))
		return false;
	target = resolve_ref(c, &f, v);
	if (target)
		s->ref = compile(c, f, target);
	return true;
}

static bool kw_xrule(struct compiler *c, size_t f, struct sch *s,
		     const struct ynode *v)
{
	(void)c, (void)f;
	if (!is_str(v) || plan_rule_lookup(v->text) < 0)
		return false;
	s->xrule = v->text;
	s->skip = true;
	return true;
}

/* Keywords that only annotate: accepted, never checked. */
static bool is_annotation(const char *k)
{
	static const char *const ann[] = {
		"$schema", "$id", "$comment", "title", "description",
		"default", "examples", "format", "deprecated", "readOnly",
		"writeOnly",
	};

	for (size_t i = 0; i < sizeof ann / sizeof ann[0]; i++)
		if (strcmp(k, ann[i]) == 0)
			return true;
	return strncmp(k, "x-", 2) == 0 && strcmp(k, "x-rule") != 0 &&
	       strcmp(k, "x-hint") != 0;
}

/* Keywords that hold one subschema, and where it goes. */
static struct sch **sub_slot(struct sch *s, const char *k)
{
	if (strcmp(k, "additionalProperties") == 0) return &s->addl;
	if (strcmp(k, "propertyNames") == 0) return &s->pnames;
	if (strcmp(k, "items") == 0) return &s->items;
	if (strcmp(k, "not") == 0) return &s->not_;
	if (strcmp(k, "if") == 0) return &s->if_;
	if (strcmp(k, "then") == 0) return &s->then_;
	if (strcmp(k, "else") == 0) return &s->else_;
	return NULL;
}

static bool kw_count(const struct ynode *v, size_t *out)
{
	if (!is_str(v) || !plan_is_number(v->text, v->len) ||
	    strchr(v->text, '.') || v->text[0] == '-')
		return false;
	*out = strtoul(v->text, NULL, 10);
	return true;
}

/* Scalars only: the check compares values as scalars, and tells a list
 * or a mapping that it has the wrong type (schema_check.c). */
static bool kw_enum(struct sch *s, const struct ynode *v)
{
	s->enumv = v;
	if (v->type != YNODE_SEQ || v->nitems == 0)
		return false;
	for (size_t i = 0; i < v->nitems; i++)
		if (v->items[i]->type != YNODE_SCALAR)
			return false;
	return true;
}

/* $defs: compiled for their own sake, so a broken definition that no
 * $ref uses yet is still found. */
static bool kw_defs(struct compiler *c, size_t f, const struct ynode *v)
{
	if (v->type != YNODE_MAP)
		return false;
	for (size_t i = 0; i < v->npairs; i++)
		compile(c, f, v->pairs[i].value);
	return true;
}

/* Returns false when the keyword's value is malformed; sets *counts when
 * the keyword constrains anything (annotations do not). */
static bool keyword(struct compiler *c, size_t f, struct sch *s,
		    const char *k, const struct ynode *v, bool *counts)
{
	struct sch **slot = sub_slot(s, k);

	*counts = true;
	if (slot) {
		*slot = compile(c, f, v);
		return true;
	}
	if (strcmp(k, "type") == 0) return kw_type(c, f, s, v);
	if (strcmp(k, "required") == 0) return kw_required(c, f, s, v);
	if (strcmp(k, "properties") == 0)
		return kw_props(c, f, v, false, &s->props, &s->nprops);
	if (strcmp(k, "patternProperties") == 0)
		return kw_props(c, f, v, true, &s->pprops, &s->npprops);
	if (strcmp(k, "pattern") == 0) return kw_pattern(c, f, s, v);
	if (strcmp(k, "allOf") == 0) return kw_list(c, f, v, &s->all, &s->nall);
	if (strcmp(k, "anyOf") == 0) return kw_list(c, f, v, &s->any, &s->nany);
	if (strcmp(k, "oneOf") == 0) return kw_list(c, f, v, &s->one, &s->none);
	if (strcmp(k, "enum") == 0) return kw_enum(s, v);
	if (strcmp(k, "const") == 0)
		return (s->constv = v)->type == YNODE_SCALAR;
	if (strcmp(k, "minimum") == 0) return kw_number(v, &s->minimum);
	if (strcmp(k, "maximum") == 0) return kw_number(v, &s->maximum);
	if (strcmp(k, "minItems") == 0)
		return (s->has_min_items = kw_count(v, &s->min_items));
	if (strcmp(k, "$ref") == 0) return kw_ref(c, f, s, v);
	if (strcmp(k, "x-rule") == 0) return kw_xrule(c, f, s, v);
	*counts = false;
	if (strcmp(k, "$defs") == 0) return kw_defs(c, f, v);
	if (strcmp(k, "x-hint") == 0)
		return is_str(v) && (s->xhint = v->text) != NULL;
	if (is_annotation(k))
		return true;
	cerr(c, f, v, "unsupported keyword '%s'", k);
	return true;
}

static struct sch *compile_map(struct compiler *c, size_t f,
			       const struct ynode *n, struct sch *s)
{
	size_t nkw = 0;

	for (size_t i = 0; i < n->npairs && !c->failed; i++) {
		const char *k = n->pairs[i].key->text;
		bool counts;

		if (!keyword(c, f, s, k, n->pairs[i].value, &counts))
			cerr(c, f, n->pairs[i].value, "malformed '%s'", k);
		nkw += counts;
	}
	s->always_true = nkw == 0;
	/* `not: {}` (with at most an x-hint): a key that may not stand. */
	s->always_false = nkw == 1 && s->not_ && s->not_->always_true;
	s->bare_ref = nkw == 1 && s->ref && !s->xhint;
	s->has_apply = s->ref || s->nall || s->nany || s->none || s->not_ ||
		       s->if_;
	s->has_scalar_kw = s->constv || s->enumv || s->pattern ||
			   s->minimum || s->maximum;
	return s;
}

static struct sch *compile(struct compiler *c, size_t f,
			   const struct ynode *n)
{
	struct sch *s = memo_get(c, n);

	if (s)
		return s;
	s = plan_arena_alloc(c->a, sizeof *s);
	s->src = n;
	memo_put(c, n, s);
	if (n->type == YNODE_SCALAR && plan_ynode_text_is(n, "true"))
		s->always_true = true;
	else if (n->type == YNODE_SCALAR && plan_ynode_text_is(n, "false"))
		s->always_false = true;
	else if (n->type == YNODE_MAP)
		compile_map(c, f, n, s);
	else
		cerr(c, f, n, "a schema is a mapping, true or false");
	return s;
}

/* ---- loading ---- */

static bool add_file(struct compiler *c, const char *name,
		     const struct yload_result *res, struct plan_findings *fl)
{
	if (plan_findings_count(fl) > 0 || res->root == NULL) {
		const struct plan_finding *x = plan_findings_count(fl) ?
			plan_findings_get(fl, 0) : NULL;

		snprintf(c->err, c->errlen, "%s:%u:%u: %s", name,
			 x ? x->line : 1, x ? x->column : 1,
			 x ? x->message : "empty schema file");
		return false;
	}
	if (c->nfiles == MAX_FILES) {
		snprintf(c->err, c->errlen, "too many schema files");
		return false;
	}
	c->files[c->nfiles].name = plan_arena_strdup(c->a, name);
	c->files[c->nfiles++].root = res->root;
	return true;
}

/* A schema that is only a $ref (`name: {$ref: "#/$defs/text"}`, the
 * shape of most properties) checks exactly what its target does: pointing
 * at the target spares the check a v -> v_body -> v_apply round for each
 * value of a plan. */
static void skip_ref_only(struct sch **slot)
{
	struct sch *t = *slot;

	for (int hops = 0; t && t->bare_ref && hops < 16; hops++)
		t = t->ref;
	if (t && !t->bare_ref)	/* a cycle of bare $refs stays as written */
		*slot = t;
}

static void skip_ref_only_all(struct sch **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		skip_ref_only(&v[i]);
}

static void link_past_refs(struct sch *s)
{
	for (size_t i = 0; i < s->nprops; i++)
		skip_ref_only(&s->props[i].s);
	for (size_t i = 0; i < s->npprops; i++)
		skip_ref_only(&s->pprops[i].s);
	skip_ref_only_all(s->all, s->nall);
	skip_ref_only_all(s->any, s->nany);
	skip_ref_only_all(s->one, s->none);
	struct sch **one[] = {&s->addl, &s->pnames, &s->items, &s->ref,
			      &s->if_, &s->then_, &s->else_, &s->not_};
	for (size_t i = 0; i < sizeof one / sizeof *one; i++)
		skip_ref_only(one[i]);
}

/* Compile every file (so that each is checked), then take plan's root. */
static struct plan_schema *finish(struct compiler *c)
{
	struct plan_schema *s = NULL;
	size_t root = file_index(c, ROOT_FILE, strlen(ROOT_FILE));

	if (root == (size_t)-1)
		snprintf(c->err, c->errlen, "no %s", ROOT_FILE);
	for (size_t i = 0; root != (size_t)-1 && i < c->nfiles; i++)
		compile(c, i, c->files[i].root);
	if (root != (size_t)-1 && !c->failed) {
		s = plan_xmalloc(sizeof *s);
		s->arena = c->a;
		for (size_t j = 0; j < c->memo_cap; j++)
			if (c->memo[j].key)
				link_past_refs(c->memo[j].val);
		s->root = memo_get(c, c->files[root].root);
		skip_ref_only(&s->root);
		c->a = NULL;
	}
	free(c->memo);
	plan_arena_free(c->a);
	return s;
}

static void compiler_init(struct compiler *c, char *err, size_t errlen)
{
	memset(c, 0, sizeof *c);
	c->a = plan_arena_new();
	c->err = err;
	c->errlen = errlen;
	if (errlen)
		err[0] = '\0';
}

static struct plan_schema *load(const char *dir, char *err, size_t errlen)
{
	struct yload_limits lim = YLOAD_LIMITS_DEFAULT;
	struct compiler c;
	bool ok = true;

	compiler_init(&c, err, errlen);
	for (size_t i = 0; ok && plan_embedded_schemas[i].name; i++) {
		const char *name = plan_embedded_schemas[i].name;
		struct plan_findings *fl = plan_findings_new(NULL);
		struct yload_result res;

		if (dir == NULL) {
			plan_ytree_load_mem(plan_embedded_schemas[i].text,
				       plan_embedded_schemas[i].len, name, &lim,
				       c.a, fl, &res);
		} else {
			char *path = plan_arena_printf(c.a, "%s/%s", dir, name);

			if (plan_ytree_load_file(path, name, &lim, c.a, fl, &res)) {
				snprintf(err, errlen, "%s: %s", path,
					 plan_strerror(errno));
				ok = false;
			}
		}
		ok = ok && add_file(&c, name, &res, fl);
		plan_findings_free(fl);
	}
	if (!ok) {
		plan_arena_free(c.a);
		return NULL;
	}
	return finish(&c);
}

struct plan_schema *plan_schema_builtin(char *err, size_t errlen)
{
	return load(NULL, err, errlen);
}

struct plan_schema *plan_schema_load_dir(const char *dir, char *err,
					 size_t errlen)
{
	return load(dir, err, errlen);
}

void plan_schema_free(struct plan_schema *s)
{
	if (s == NULL)
		return;
	plan_arena_free(s->arena);
	free(s);
}

/*
 * One schema describes every kind (see plan.schema.yaml for why), so a
 * kind's schema is the whole plan schema; "plan" and the file stems
 * ("defs") name their own files.
 */
const char *plan_schema_text(const char *name)
{
	size_t len;

	if (name == NULL)
		return NULL;
	if (plan_kind_parse(name) != KIND_NONE)
		name = "plan";
	len = strlen(name);
	for (size_t i = 0; plan_embedded_schemas[i].name; i++) {
		const char *f = plan_embedded_schemas[i].name;

		if (strncmp(f, name, len) == 0 &&
		    strcmp(f + len, ".schema.yaml") == 0)
			return plan_embedded_schemas[i].text;
	}
	return NULL;
}
