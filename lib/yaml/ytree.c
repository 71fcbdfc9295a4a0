#include "yaml/ytree.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "base/hmap.h"
#include "base/i18n.h"
#include "base/value.h"
#include "yaml/yproblem.h"

/* A mapping or sequence being built.  Children collect in a scratch array
 * that is reused across siblings; the finished node gets an exact-size
 * copy in the arena. */
struct frame {
	struct ynode *node;
	struct ynode **kids;	/* seq: items; map: key, value, key, ... */
	size_t n, cap;
	struct ynode *pending_key;	/* map: a key waiting for its value */
	bool drop_value;	/* the pending key was refused */
	bool dup_piece;		/* the pending key repeats one, but may be
				   a piece of a comma run: judged with
				   its value (see piece_of_run) */
	uint32_t key_hash;	/* of the pending key, once keys is used */
	struct plan_hmap keys;	/* big maps: key hash -> kids slot */
};

struct loader {
	yaml_parser_t parser;
	struct plan_arena *arena;
	struct plan_findings *out;
	const char *name;
	const struct yload_limits *lim;
	struct frame *stack;
	size_t depth, stack_cap;	/* open collections being built */
	unsigned event_depth;		/* all open collections */
	int docs;
	bool ignoring;			/* past the first document */
	bool fatal, alias_seen;
	struct ynode *root;
	struct yload_result *res;
};

static struct plan_pos mark_pos(const struct loader *L, yaml_mark_t m)
{
	return (struct plan_pos){L->name, (unsigned)m.line + 1,
				 (unsigned)m.column + 1};
}

static struct ynode *new_node(struct loader *L, enum ynode_type t,
			      yaml_mark_t m)
{
	struct ynode *n = plan_arena_take(L->arena, sizeof *n);
	*n = (struct ynode){.type = t, .line = (unsigned)m.line + 1,
			    .column = (unsigned)m.column + 1};
	return n;
}

static bool same_key(const struct ynode *a, const struct ynode *b)
{
	return a->len == b->len && !memcmp(a->text, b->text, a->len);
}

static uint64_t key_hash(const struct ynode *k)
{
	return plan_hash(k->text, k->len);
}

/* Small maps are scanned; beyond this many keys a hash keeps adding a key
 * O(1), so "10 MB of keys" stays linear. */
#define LINEAR_KEYS 16

/* Whether key is in f already; beyond LINEAR_KEYS, f->keys has room
 * for it afterwards and f->key_hash is its hash. */
static bool key_seen(struct frame *f, const struct ynode *key)
{
	size_t nkeys = (f->n + 1) / 2;
	if (nkeys <= LINEAR_KEYS) {
		for (size_t s = 0; s < f->n; s += 2)
			if (same_key(f->kids[s], key))
				return true;
		return false;
	}
	if (!f->keys.slots) {
		plan_hmap_reserve(&f->keys, nkeys);
		for (size_t s = 0; s < f->n; s += 2)
			plan_hmap_add(&f->keys, key_hash(f->kids[s]),
				      (uint32_t)s);
	}
	plan_hmap_reserve(&f->keys, nkeys);
	struct plan_hprobe p;
	f->key_hash = (uint32_t)key_hash(key);
	for (uint32_t v = plan_hmap_first(&f->keys, f->key_hash, &p);
	     v != PLAN_HMAP_NONE; v = plan_hmap_next(&f->keys, &p))
		if (same_key(f->kids[v], key))
			return true;
	return false;
}

static void frame_push_kid(struct frame *f, struct ynode *n)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->kids = plan_xrealloc(f->kids, f->cap * sizeof *f->kids);
	}
	f->kids[f->n++] = n;
}

static void map_push_pair(struct frame *f, struct ynode *key,
			  struct ynode *value)
{
	frame_push_kid(f, key);
	if (f->keys.slots)	/* key_seen() hashed it and made room */
		plan_hmap_add(&f->keys, f->key_hash, (uint32_t)f->n - 1);
	frame_push_kid(f, value);
}

static bool digit_run(const struct ynode *n, bool sign, bool dots,
		      bool percent);
static bool run_head(const struct ynode *n);

static bool plain_scalar(const struct ynode *n)
{
	return n->type == YNODE_SCALAR && n->style == YSTYLE_PLAIN &&
	       !n->tagged;
}

/* Key k, about to be pair f->n / 2 of a flow mapping, would continue a
 * comma run if its value is null (ytree.h): right after the `,` that
 * ends the run's first value, or the key of its latest piece. */
static bool piece_of_run(const struct frame *f, const struct ynode *k)
{
	if (!f->node->flow || f->n < 2 || !plain_scalar(k) ||
	    !digit_run(k, false, false, true))
		return false;
	const struct ynode *pk = f->kids[f->n - 2], *pv = f->kids[f->n - 1];
	const struct ynode *end = NULL;
	if (!pv->null) {
		if (plain_scalar(pv) && run_head(pv))
			end = pv;
	} else if (pk->split && pk->text[pk->len - 1] != '%') {
		end = pk;
	}
	return end && end->line == k->line &&
	       k->column == end->column + end->len + 1;
}

static void duplicate_key(struct loader *L, const struct ynode *k)
{
	struct plan_pos pos = {L->name, k->line, k->column};
	plan_finding_add(L->out, RULE_DUPLICATE_KEY, PLAN_SEV_DEFAULT, pos,
			 NULL, NULL,
			 _("remove one of them, or merge their contents"),
			 _("duplicate key '%.*s'"),
			 (int)(k->len > 80 ? 80 : k->len), k->text);
}

/* Why a key cannot be used, as a finding; false if it can.  A repeated
 * key that may be a piece of a comma run waits for its value. */
static bool reject_key(struct loader *L, struct frame *f, struct ynode *k)
{
	struct plan_pos pos = {L->name, k->line, k->column};
	f->dup_piece = false;
	if (k->type != YNODE_SCALAR)
		plan_finding_add(L->out, RULE_SCHEMA, PLAN_SEV_DEFAULT, pos,
				 NULL, NULL, _("write the key as plain text"),
				 _("a key must be a scalar, not a %s"),
				 k->type == YNODE_MAP ? _("mapping") : _("list"));
	else if (memchr(k->text, '\0', k->len))
		plan_finding_add(L->out, RULE_SCHEMA, PLAN_SEV_DEFAULT, pos,
				 NULL, NULL, NULL,
				 _("a key contains a NUL character"));
	else if (key_seen(f, k) && !(f->dup_piece = piece_of_run(f, k)))
		duplicate_key(L, k);
	else
		return false;
	return true;
}

/* Pair (k, v) joins f: marks the comma run it continues, if any. */
static bool take_pair(struct loader *L, struct frame *f, struct ynode *k,
		      struct ynode *v)
{
	bool piece = v->null && v->type == YNODE_SCALAR && !v->tagged &&
		     piece_of_run(f, k);
	if (f->dup_piece && !piece) {
		duplicate_key(L, k);
		return false;
	}
	if (piece) {
		k->split = true;
		f->kids[f->n - 1]->split |= !f->kids[f->n - 1]->null;
	}
	return true;
}

/* Hand a finished node to its parent (or make it the root). */
static void attach(struct loader *L, struct ynode *n)
{
	if (!L->depth) {
		L->root = n;
		return;
	}
	struct frame *f = &L->stack[L->depth - 1];
	if (f->node->type == YNODE_SEQ) {
		frame_push_kid(f, n);
	} else if (!f->pending_key) {
		f->pending_key = n;
		f->drop_value = reject_key(L, f, n);
	} else {
		if (!f->drop_value && take_pair(L, f, f->pending_key, n))
			map_push_pair(f, f->pending_key, n);
		f->pending_key = NULL;
		f->drop_value = false;
		f->dup_piece = false;
	}
}

static void open_collection(struct loader *L, enum ynode_type t,
			    const yaml_event_t *ev)
{
	if (L->depth == L->stack_cap) {
		size_t cap = L->stack_cap ? L->stack_cap * 2 : 16;
		L->stack = plan_xrealloc(L->stack, cap * sizeof *L->stack);
		memset(L->stack + L->stack_cap, 0,
		       (cap - L->stack_cap) * sizeof *L->stack);
		L->stack_cap = cap;
	}
	struct frame *f = &L->stack[L->depth++];
	f->node = new_node(L, t, ev->start_mark);
	f->node->flow = t == YNODE_MAP
		? ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
		: ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
	f->n = 0;
	f->pending_key = NULL;
	f->drop_value = false;
	f->dup_piece = false;
	if (f->keys.slots)
		plan_hmap_release(&f->keys);
}

static void close_collection(struct loader *L)
{
	struct frame *f = &L->stack[--L->depth];
	struct ynode *n = f->node;
	if (n->type == YNODE_SEQ) {
		n->nitems = (uint32_t)f->n;
		n->items = plan_arena_take(L->arena, f->n * sizeof *n->items);
		if (f->n)
			memcpy(n->items, f->kids, f->n * sizeof *n->items);
	} else {
		n->npairs = (uint32_t)(f->n / 2);
		n->keyed = true;
		n->pairs = plan_arena_take(L->arena,
					   n->npairs * sizeof *n->pairs);
		for (size_t i = 0; i < n->npairs; i++) {
			n->pairs[i].key = f->kids[2 * i];
			n->pairs[i].value = f->kids[2 * i + 1];
		}
	}
	attach(L, n);
}

static enum yscalar_style scalar_style(yaml_scalar_style_t s)
{
	switch (s) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE: return YSTYLE_SINGLE;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return YSTYLE_DOUBLE;
	case YAML_LITERAL_SCALAR_STYLE: return YSTYLE_LITERAL;
	case YAML_FOLDED_SCALAR_STYLE: return YSTYLE_FOLDED;
	default: return YSTYLE_PLAIN;
	}
}

static void fail(struct loader *L, enum plan_rule rule, yaml_mark_t m,
		 const char *hint, const char *msg)
{
	plan_finding_add(L->out, rule, PLAN_SEV_DEFAULT, mark_pos(L, m), NULL,
			 NULL, hint, "%s", msg);
	L->fatal = true;
}

static const char *const key_text[YKEY_COUNT] = {
	[YKEY_ACTUALS] = "actuals", [YKEY_BASELINE] = "baseline",
	[YKEY_BIDANG] = "bidang", [YKEY_BUDGET] = "budget",
	[YKEY_BUDGET_FORWARD] = "budget_forward", [YKEY_CODE] = "code",
	[YKEY_DIRECTION] = "direction", [YKEY_ID] = "id",
	[YKEY_INDICATORS] = "indicators", [YKEY_KEGIATAN] = "kegiatan",
	[YKEY_LOCATION] = "location", [YKEY_MISI] = "misi",
	[YKEY_NAME] = "name", [YKEY_PROGRAMS] = "programs",
	[YKEY_PROPOSALS] = "proposals", [YKEY_RANK] = "rank",
	[YKEY_SASARAN] = "sasaran", [YKEY_SUB_BIDANG] = "sub_bidang",
	[YKEY_SUB_KEGIATAN] = "sub_kegiatan", [YKEY_SUPPORTS] = "supports",
	[YKEY_TARGETS] = "targets", [YKEY_TARGETS_FORWARD] = "targets_forward",
	[YKEY_TUJUAN] = "tujuan", [YKEY_UNIT] = "unit", [YKEY_VALUE] = "value",
	[YKEY_YEAR] = "year",
};

/* The number of a key: a switch on the length leaves one to six
 * fixed-size compares, where a scan of the list cost a hundred
 * instructions per key.  Each case names keys of its length only. */
static enum ykey key_of(const char *s, size_t len)
{
#define K(id) if (!memcmp(s, key_text[id], len)) return id
	switch (len) {
	case 2: K(YKEY_ID); break;
	case 4:
		K(YKEY_CODE); K(YKEY_NAME); K(YKEY_UNIT); K(YKEY_YEAR);
		K(YKEY_MISI); K(YKEY_RANK);
		break;
	case 5: K(YKEY_VALUE); break;
	case 6: K(YKEY_BUDGET); K(YKEY_TUJUAN); K(YKEY_BIDANG); break;
	case 7: K(YKEY_TARGETS); K(YKEY_SASARAN); K(YKEY_ACTUALS); break;
	case 8:
		K(YKEY_KEGIATAN); K(YKEY_SUPPORTS); K(YKEY_BASELINE);
		K(YKEY_PROGRAMS); K(YKEY_LOCATION);
		break;
	case 9: K(YKEY_DIRECTION); K(YKEY_PROPOSALS); break;
	case 10: K(YKEY_INDICATORS); K(YKEY_SUB_BIDANG); break;
	case 12: K(YKEY_SUB_KEGIATAN); break;
	case 14: K(YKEY_BUDGET_FORWARD); break;
	case 15: K(YKEY_TARGETS_FORWARD); break;
	}
#undef K
	return YKEY_NONE;
}

/* Keys of plan files repeat in every element: point them at one static
 * copy instead of copying each (a quarter of a tree's strings).  Years
 * are the keys of every budget and target. */
static const char *interned(const char *s, size_t len, enum ykey k)
{
	static const char years[][5] = {
		"2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027",
		"2028", "2029", "2030", "2031", "2032", "2033", "2034", "2035",
	};
	if (k != YKEY_NONE)
		return key_text[k];
	if (len == 4 && s[0] == '2' && s[1] == '0' &&
	    (s[2] == '2' || s[2] == '3') && s[3] >= '0' && s[3] <= '9') {
		unsigned y = (unsigned)(s[2] - '2') * 10 + (unsigned)(s[3] - '0');
		return y < sizeof years / sizeof *years ? years[y] : NULL;
	}
	return NULL;
}

static bool expecting_key(const struct loader *L)
{
	if (!L->depth)
		return false;
	const struct frame *f = &L->stack[L->depth - 1];
	return f->node->type == YNODE_MAP && !f->pending_key;
}

/* Worked out once, as the scalar is built: the schema, the model and the
 * checks ask it of every value, and a test of the text each time was
 * branch upon unpredictable branch. */
static bool scalar_is_null(const struct ynode *n)
{
	if (n->style != YSTYLE_PLAIN || n->tagged)
		return false;
	switch (n->len) {
	case 0:
		return true;
	case 1:
		return n->text[0] == '~';
	case 4:
		return !memcmp(n->text, "null", 4) ||
		       !memcmp(n->text, "Null", 4) ||
		       !memcmp(n->text, "NULL", 4);
	default:
		return false;
	}
}

static void on_scalar(struct loader *L, yaml_event_t *ev)
{
	if (ev->data.scalar.length > L->lim->max_scalar ||
	    ev->data.scalar.length >= UINT32_MAX) {
		char msg[128];
		snprintf(msg, sizeof msg,
			 _("scalar of %zu bytes is larger than the limit of %zu"),
			 ev->data.scalar.length, L->lim->max_scalar);
		fail(L, RULE_LIMIT, ev->start_mark,
		     _("split the text, or raise the limit with --max-scalar"),
		     msg);
		return;
	}
	struct ynode *n = new_node(L, YNODE_SCALAR, ev->start_mark);
	n->len = (uint32_t)ev->data.scalar.length;
	const char *text = (const char *)ev->data.scalar.value;
	const char *key = NULL;
	if (expecting_key(L) && n->len < 16) {
		n->key = (unsigned char)key_of(text, n->len);
		key = interned(text, n->len, n->key);
	}
	n->text = key ? key : plan_arena_strndup(L->arena, text, n->len);
	n->style = scalar_style(ev->data.scalar.style);
	n->tagged = ev->data.scalar.tag != NULL;
	n->null = scalar_is_null(n);
	attach(L, n);
}

static void on_anchor(struct loader *L, const yaml_char_t *anchor,
		      yaml_mark_t m)
{
	if (!anchor)
		return;
	plan_finding_add(L->out, RULE_YAML_ALIAS, PLAN_SEV_DEFAULT,
			 mark_pos(L, m), NULL, NULL,
			 _("write the value out in full"),
			 _("anchors are not allowed in plan files ('&%.40s')"),
			 (const char *)anchor);
	L->alias_seen = true;
}

/* Only the first document is built; the rest is still parsed (so syntax
 * errors and depth are caught) but not kept. */
static bool building(const struct loader *L)
{
	return !L->ignoring && !L->fatal;
}

static void on_start(struct loader *L, yaml_event_t *ev, enum ynode_type t)
{
	if (++L->event_depth > L->lim->max_depth) {
		char msg[96];
		snprintf(msg, sizeof msg, _("nesting deeper than %u levels"),
			 L->lim->max_depth);
		fail(L, RULE_YAML_DEPTH, ev->start_mark,
		     _("flatten the structure: plan files need far fewer levels"),
		     msg);
		return;
	}
	on_anchor(L, t == YNODE_MAP ? ev->data.mapping_start.anchor
				    : ev->data.sequence_start.anchor,
		  ev->start_mark);
	if (building(L))
		open_collection(L, t, ev);
}

static void on_document_start(struct loader *L, yaml_event_t *ev)
{
	if (++L->docs == 2) {
		L->res->extra_doc_line = (unsigned)ev->start_mark.line + 1;
		L->res->extra_doc_column = (unsigned)ev->start_mark.column + 1;
		L->ignoring = true;
	}
}

/* One event; false when loading is over. */
static bool on_event(struct loader *L, yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_STREAM_END_EVENT:
		return false;
	case YAML_DOCUMENT_START_EVENT:
		on_document_start(L, ev);
		break;
	case YAML_ALIAS_EVENT:
		plan_finding_add(L->out, RULE_YAML_ALIAS, PLAN_SEV_DEFAULT,
				 mark_pos(L, ev->start_mark), NULL, NULL,
				 _("write the value out in full"),
				 _("aliases are not allowed in plan files ('*%.40s')"),
				 (const char *)ev->data.alias.anchor);
		L->alias_seen = true;
		if (building(L)) {
			/* an empty plain scalar: null, and text as promised */
			struct ynode *n = new_node(L, YNODE_SCALAR,
						   ev->start_mark);
			n->text = "";
			n->null = true;
			attach(L, n);
		}
		break;
	case YAML_SCALAR_EVENT:
		on_anchor(L, ev->data.scalar.anchor, ev->start_mark);
		if (building(L))
			on_scalar(L, ev);
		break;
	case YAML_SEQUENCE_START_EVENT:
		on_start(L, ev, YNODE_SEQ);
		break;
	case YAML_MAPPING_START_EVENT:
		on_start(L, ev, YNODE_MAP);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		L->event_depth--;
		if (building(L))
			close_collection(L);
		break;
	default:
		break;
	}
	return !L->fatal;
}

static void syntax_error(struct loader *L, const char *buf, size_t len)
{
	plan_yproblem_add(L->out, L->name, &L->parser, buf, len);
	L->fatal = true;
}

static void loader_release(struct loader *L)
{
	for (size_t i = 0; i < L->stack_cap; i++) {
		free(L->stack[i].kids);
		plan_hmap_release(&L->stack[i].keys);
	}
	free(L->stack);
	yaml_parser_delete(&L->parser);
}

/* A file of size bytes, past the limit of max: one finding, nothing
 * loaded. */
static void too_big(struct plan_findings *out, const char *name, size_t size,
		    size_t max, struct yload_result *res)
{
	plan_finding_add(out, RULE_LIMIT, PLAN_SEV_DEFAULT,
			 (struct plan_pos){name, 1, 1}, NULL, NULL,
			 _("split the plan, or raise the limit with --max-file"),
			 _("file of %zu bytes is larger than the limit of %zu"),
			 size, max);
	res->fatal = true;
}

int plan_ytree_load_mem(const char *buf, size_t len, const char *name,
		   const struct yload_limits *limits, struct plan_arena *a,
		   struct plan_findings *out, struct yload_result *res)
{
	static const struct yload_limits defaults = YLOAD_LIMITS_DEFAULT;
	struct loader L = {0};
	L.arena = a;
	L.out = out;
	L.name = plan_arena_strdup(a, name);
	L.lim = limits ? limits : &defaults;
	L.res = res;
	memset(res, 0, sizeof *res);
	if (len > L.lim->max_file) {
		too_big(out, L.name, len, L.lim->max_file, res);
		return 0;
	}
	if (!yaml_parser_initialize(&L.parser))
		abort();	/* only fails on out of memory */
	yaml_parser_set_input_string(&L.parser, (const unsigned char *)buf,
				     len);
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&L.parser, &ev)) {
			syntax_error(&L, buf, len);
			break;
		}
		bool more = on_event(&L, &ev);
		yaml_event_delete(&ev);
		if (!more)
			break;
	}
	loader_release(&L);
	res->fatal = L.fatal;
	res->aliased = L.alias_seen;
	res->root = res->fatal ? NULL : L.root;
	res->empty = !L.fatal && (!L.root || (L.root->type == YNODE_SCALAR &&
					      ynode_is_null(L.root)));
	if (res->empty)
		res->root = NULL;
	return 0;
}

/* plan_ytree_read_file, and the size fstat gave in *size. */
static char *read_file(const char *path, size_t max, size_t *len,
		       size_t *size)
{
	/* O_NONBLOCK: a FIFO named as a plan must not hang the run */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st) < 0) {
		close(fd);
		return NULL;
	}
	if (S_ISDIR(st.st_mode) || !S_ISREG(st.st_mode)) {
		close(fd);
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return NULL;
	}
	*size = (uintmax_t)st.st_size < SIZE_MAX ? (size_t)st.st_size : SIZE_MAX;
	/* max + 1 bytes tell a file past the limit: never read more */
	size_t want = max < SIZE_MAX ? max + 1 : max;
	size_t cap = (uintmax_t)st.st_size < max ? (size_t)st.st_size + 1
		: want < 65536 ? want : 65536;
	char *buf = plan_xmalloc(cap);
	size_t n = 0;
	for (;;) {
		if (n == cap) {
			if (n >= want)
				break;
			cap = cap < want / 2 ? cap * 2 : want;
			buf = plan_xrealloc(buf, cap);
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			free(buf);
			close(fd);
			errno = e;
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	*len = n;
	return buf;
}

char *plan_ytree_read_file(const char *path, size_t max, size_t *len)
{
	size_t size;
	return read_file(path, max, len, &size);
}

int plan_ytree_load_file(const char *path, const char *name,
		    const struct yload_limits *limits, struct plan_arena *a,
		    struct plan_findings *out, struct yload_result *res)
{
	static const struct yload_limits defaults = YLOAD_LIMITS_DEFAULT;
	const struct yload_limits *lim = limits ? limits : &defaults;
	size_t len = 0, size = 0;
	char *buf = read_file(path, lim->max_file, &len, &size);
	if (!buf)
		return -1;
	if (len > lim->max_file) {
		/* read no further than the limit: the size is the file's */
		memset(res, 0, sizeof *res);
		too_big(out, plan_arena_strdup(a, name), size > len ? size : len,
			lim->max_file, res);
		free(buf);
		return 0;
	}
	int r = plan_ytree_load_mem(buf, len, name, lim, a, out, res);
	free(buf);
	return r;
}

const struct ypair *plan_ynode_pair(const struct ynode *map, const char *key)
{
	size_t len = strlen(key);
	return plan_ynode_pair_key(map, key, len, key_of(key, len));
}

enum ykey plan_ytree_key_number(const char *s, size_t len)
{
	return key_of(s, len);
}

const struct ypair *plan_ynode_pair_key(const struct ynode *map, const char *key,
				   size_t len, enum ykey k)
{
	if (!map || map->type != YNODE_MAP)
		return NULL;
	bool by_number = k != YKEY_NONE && map->keyed;
	for (size_t i = 0; i < map->npairs; i++) {
		const struct ynode *kn = map->pairs[i].key;
		if (by_number ? kn->key == k
			      : kn->len == len && !memcmp(kn->text, key, len))
			return &map->pairs[i];
	}
	return NULL;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* s[0..len) is digits: with a leading '-' when sign, single dots between
 * digits when dots, and a trailing `%` or ` %` when percent. */
static bool digits_in(const char *s, size_t len, bool sign, bool dots,
		      bool percent)
{
	size_t i = 0;
	if (percent && len && s[len - 1] == '%')
		len -= len > 1 && s[len - 2] == ' ' ? 2 : 1;
	if (sign && len && s[0] == '-')
		i++;
	if (i == len || !is_digit(s[i]) || !is_digit(s[len - 1]))
		return false;
	for (; i < len; i++)
		if (!is_digit(s[i]) &&
		    !(dots && s[i] == '.' && is_digit(s[i + 1])))
			return false;
	return true;
}

static bool digit_run(const struct ynode *n, bool sign, bool dots,
		      bool percent)
{
	return digits_in(n->text, n->len, sign, dots, percent);
}

/* The first piece of a comma run: digits, or an amount after `Rp`, `Rp.`
 * or `IDR` (`{2026: Rp 3.100.000.000,00}`). */
static bool run_head(const struct ynode *n)
{
	const char *s = n->text;
	size_t len = n->len;
	if (digits_in(s, len, true, true, false))
		return true;
	return plan_money_skip_currency(&s, &len) &&
	       digits_in(s, len, false, true, false);
}

bool plan_ynode_comma_tail(const struct ynode *map, size_t i)
{
	return map && map->type == YNODE_MAP && map->flow && i > 0 &&
	       i < map->npairs && map->pairs[i].key->split;
}

size_t plan_ynode_comma_end(const struct ynode *map, size_t i)
{
	while (plan_ynode_comma_tail(map, i))
		i++;
	return i;
}

const struct ynode *plan_ynode_get(const struct ynode *map, const char *key)
{
	const struct ypair *p = plan_ynode_pair(map, key);
	return p ? p->value : NULL;
}

bool plan_ynode_text_is(const struct ynode *n, const char *s)
{
	size_t len = strlen(s);
	return n && n->type == YNODE_SCALAR && n->len == len &&
	       !memcmp(n->text, s, len);
}
