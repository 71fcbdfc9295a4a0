/* report_satudata.c - the Satu Data table (SPEC 3.6, 7): for each
 * indicator code and year, the target of each region at every level,
 * the sum (minimum, maximum) of the level below where the indicators
 * table's aggregation says so, and how many of the regions expected
 * there report it, naming those that do not.  A code of aggregation
 * `none` adds nothing up, so no region is expected below it.
 *
 * A region's value for a code and year is a target of the code in one of
 * its documents: the annual plan's (rkp, rkpd, rkpdes) when one gives it,
 * else the medium-term plan's, else the long-term plan's, else that of
 * any other document of the region (a kecamatan's renja, say); among
 * equals the first loaded, and in it the first indicator in document
 * order.  The level below is the chain of repo/satudata.h (a kecamatan's
 * desa roll up to the kecamatan too).  The regions expected there are the
 * region table's when one is loaded, else the regions of the loaded
 * documents.  A code's rows start at the highest level where a loaded
 * document uses it: a provincial daftar data code has no nasional row
 * listing the other provinces as gaps.  --year picks the rows' year,
 * --level and --region the rows' regions; the level below is always read
 * from every loaded document. */
#include "report/report_priv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/value.h"
#include "repo/satudata.h"

/* A region's value for one code and year. */
struct sd_val {
	const char *code, *region;	/* region "" for nasional */
	int year, klass;		/* klass: lower wins */
	const struct plan_doc *d;
	const struct plan_indicator *ind;
	const struct ynode *value;
};

/* A row: a region with a value, or one step up from one. */
struct sd_row {
	const char *code, *region;
	int year, depth;
	size_t code_rank;		/* the table's order; codes not in it
					   after, by text */
};

struct sd {
	struct plan_report *rep;
	const struct plan_repo *r;
	const struct plan_tables *t;
	struct plan_arena *a;		/* keys, rows, lists */
	struct strmap vals;		/* "code\x1fyear\x1fregion" -> sd_val */
	struct plan_vec vlist;		/* the same values, in order taken */
	struct plan_vec lists;		/* the lists of `loaded` */
	struct strmap rowset;		/* the same keys -> row taken */
	struct strmap loaded;		/* parent region -> struct list of
					   loaded regions one step down */
	struct strmap below;		/* region -> struct list (table) */
	struct strmap listed;		/* "parent\x1fcode" already in loaded */
	struct strmap top;		/* code -> 1 + the depth of the highest
					   region whose documents use it */
	struct sd_row *rows;
	size_t nrows, caprows;
};

struct list {
	const char **v;
	size_t n, cap;
};

static int doc_class(const struct plan_doc *d)
{
	switch (d->kind) {
	case KIND_RKP: case KIND_RKPD: case KIND_RKPDES: return 0;
	case KIND_RPJMN: case KIND_RPJMD: case KIND_RPJMDES: return 1;
	case KIND_RPJPN: case KIND_RPJPD: return 2;
	default: return 3;
	}
}

static const char *doc_region(const struct plan_doc *d)
{
	return d->region.s && plan_level_rank(d->level) != 0 ? d->region.s : "";
}

/* "code\x1fyear\x1fregion" into buf (cap bytes); its length, or 0 when
 * it does not fit.  Built by hand: a national report makes a few hundred
 * thousand, and snprintf was most of this table's time. */
static size_t make_key(char *buf, size_t cap, const char *code, int year,
		       const char *region)
{
	size_t nc = strlen(code), nr = strlen(region);
	char y[12];
	int ny = 0;
	unsigned u = year < 0 ? 0 : (unsigned)year;
	do
		y[ny++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (nc + (size_t)ny + nr + 3 > cap)
		return 0;
	char *w = buf;
	memcpy(w, code, nc);
	w += nc;
	*w++ = '\x1f';
	while (ny)
		*w++ = y[--ny];
	*w++ = '\x1f';
	memcpy(w, region, nr + 1);
	return (size_t)(w - buf) + nr;
}

#define KEY_MAX 512

static const struct sd_val *val_get(struct sd *s, const char *code, int year,
				    const char *region)
{
	char buf[KEY_MAX];
	size_t n = make_key(buf, sizeof buf, code, year, region);
	return n ? plan_strmap_get(&s->vals, buf, n) : NULL;
}

static void list_push(struct plan_arena *a, struct list *l, const char *s)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 8;
		const char **v = plan_arena_alloc(a, cap * sizeof *v);
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = s;
}

/* ---- Values ----------------------------------------------------------- */

static void take_value(struct sd *s, const struct plan_doc *d,
		       const struct plan_indicator *ind,
		       const struct plan_yearval *v)
{
	if (v->year < 0 || !ynode_is_text(v->value))
		return;
	char buf[KEY_MAX];
	size_t n = make_key(buf, sizeof buf, ind->code.s, v->year,
			    doc_region(d));
	if (!n)
		return;		/* a code too long to be a code */
	struct sd_val *old = plan_strmap_get(&s->vals, buf, n);
	int klass = doc_class(d);
	if (old && old->klass <= klass)
		return;
	struct sd_val *x = old ? old : plan_arena_alloc(s->a, sizeof *x);
	*x = (struct sd_val){ind->code.s, doc_region(d), v->year, klass, d,
			     ind, v->value};
	if (!old) {
		plan_strmap_put(&s->vals, plan_arena_strndup(s->a, buf, n), n, x);
		plan_vec_push(s->a, &s->vlist, x);
	}
}

/* A document of region depth uses code: the code's rows may start there. */
static void note_use(struct sd *s, const char *code, int depth)
{
	size_t n = strlen(code);
	intptr_t old = (intptr_t)plan_strmap_get(&s->top, code, n);
	if (!old || depth + 1 < old)
		plan_strmap_set(&s->top, code, n, (void *)(intptr_t)(depth + 1));
}

static int top_depth(const struct sd *s, const char *code)
{
	intptr_t t = (intptr_t)plan_strmap_get(&s->top, code, strlen(code));
	return t ? (int)t - 1 : 0;
}

static void collect_values(struct sd *s)
{
	for (size_t i = 0; i < plan_repo_doc_count(s->r); i++) {
		const struct plan_doc *d = plan_repo_doc(s->r, i);
		if (d->level == LEVEL_KELURAHAN || plan_level_rank(d->level) < 0)
			continue;
		for (size_t k = 0; k < d->nelements; k++) {
			const struct plan_element *e = d->elements[k];
			for (size_t j = 0; j < e->nindicators; j++) {
				const struct plan_indicator *ind = &e->indicators[j];
				if (!ind->code.s || !*ind->code.s)
					continue;
				note_use(s, ind->code.s,
					 plan_region_depth(doc_region(d)));
				for (size_t y = 0; y < ind->targets.n; y++)
					take_value(s, d, ind, &ind->targets.v[y]);
			}
		}
	}
}

/* ---- Regions expected one step down ---------------------------------- */

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Without a region table: the regions of the loaded documents, under
 * their parent one step up the chain (and a desa under its kecamatan). */
static void loaded_add(struct sd *s, const char *parent, size_t plen,
		       const char *code)
{
	struct list *l = plan_strmap_get(&s->loaded, parent, plen);
	if (!l) {
		l = plan_arena_alloc(s->a, sizeof *l);
		plan_strmap_put(&s->loaded, plan_arena_strndup(s->a, parent, plen),
				plen, l);
		plan_vec_push(s->a, &s->lists, l);
	}
	/* a region has several documents: list it once, without a scan */
	char buf[KEY_MAX];
	size_t nc = strlen(code), n = plen + 1 + nc;
	if (n >= sizeof buf)
		return;
	memcpy(buf, parent, plen);
	buf[plen] = '\x1f';
	memcpy(buf + plen + 1, code, nc);
	if (plan_strmap_get(&s->listed, buf, n))
		return;
	plan_strmap_put(&s->listed, plan_arena_strndup(s->a, buf, n), n,
			(void *)1);
	list_push(s->a, l, code);
}

static void collect_loaded(struct sd *s)
{
	for (size_t i = 0; i < plan_repo_doc_count(s->r); i++) {
		const struct plan_doc *d = plan_repo_doc(s->r, i);
		const char *code = doc_region(d);
		int up = plan_satu_up(code);
		if (!*code || plan_region_kelurahan(code) ||
		    d->level == LEVEL_KELURAHAN)
			continue;
		if (up >= 0)
			loaded_add(s, code, (size_t)up, code);
		const char *last = strrchr(code, '.');
		if (plan_region_depth(code) == 4)	/* its kecamatan */
			loaded_add(s, code, (size_t)(last - code), code);
	}
	for (size_t i = 0; i < s->lists.len; i++) {
		struct list *l = s->lists.items[i];
		qsort(l->v, l->n, sizeof *l->v, str_cmp);
	}
}


/* The regions expected one step down from region. */
static const struct list *below(struct sd *s, const char *region)
{
	static const struct list none;
	size_t n = strlen(region);
	if (!plan_tables_has_regions(s->t)) {
		const struct list *l = plan_strmap_get(&s->loaded, region, n);
		return l ? l : &none;
	}
	struct list *l = plan_strmap_get(&s->below, region, n);
	if (!l) {
		const char **codes;
		l = plan_arena_alloc(s->a, sizeof *l);
		l->n = plan_satu_below(s->t, region, &codes);
		l->v = plan_arena_alloc(s->a, (l->n + 1) * sizeof *l->v);
		if (l->n)
			memcpy(l->v, codes, l->n * sizeof *l->v);
		free(codes);
		plan_strmap_put(&s->below, plan_arena_strndup(s->a, region, n),
				n, l);
	}
	return l;
}

/* ---- Rows ------------------------------------------------------------- */

static size_t code_rank(const struct sd *s, const char *code)
{
	const struct plan_indicator_def *def =
		plan_tables_indicator(s->t, code, strlen(code));
	return def ? def->index : plan_tables_indicator_count(s->t);
}

static void row_add(struct sd *s, const char *code, int year,
		    const char *region, size_t rlen)
{
	char buf[KEY_MAX], r0[KEY_MAX];
	if (rlen >= sizeof r0)
		return;
	memcpy(r0, region, rlen);
	r0[rlen] = '\0';
	size_t n = make_key(buf, sizeof buf, code, year, r0);
	if (!n || plan_strmap_get(&s->rowset, buf, n))
		return;
	const char *r = plan_arena_strndup(s->a, region, rlen);
	plan_strmap_put(&s->rowset, plan_arena_strndup(s->a, buf, n), n,
			(void *)1);
	if (s->nrows == s->caprows) {
		s->caprows = s->caprows ? 2 * s->caprows : 64;
		s->rows = plan_xrealloc(s->rows, s->caprows * sizeof *s->rows);
	}
	s->rows[s->nrows++] = (struct sd_row){code, r, year,
		plan_region_depth(r), 0};
}

/* Every region with a value, and for the codes that add up, the one up
 * the chain from it (where a gap shows when that region gives nothing),
 * unless it is above every region that uses the code: a level where no
 * plan uses a code has no gap in it. */
static void collect_rows(struct sd *s)
{
	for (size_t i = 0; i < s->vlist.len; i++) {
		const struct sd_val *v = s->vlist.items[i];
		row_add(s, v->code, v->year, v->region, strlen(v->region));
		const struct plan_indicator_def *def =
			plan_tables_indicator(s->t, v->code, strlen(v->code));
		if (!def || def->agg == PLAN_AGG_NONE)
			continue;	/* a region above without a value of its
					   own would show nothing */
		int depth = plan_region_depth(v->region);
		int top = top_depth(s, v->code);
		int up = plan_satu_up(v->region);
		/* the chain skips the kecamatan: a desa's step up is depth 2 */
		if (up >= 0 && (depth == 4 ? 2 : depth - 1) >= top)
			row_add(s, v->code, v->year, v->region, (size_t)up);
		if (depth == 4 && top <= 3)	/* its kecamatan */
			row_add(s, v->code, v->year, v->region,
				(size_t)(strrchr(v->region, '.') - v->region));
	}
	for (size_t i = 0; i < s->nrows; i++)
		s->rows[i].code_rank = code_rank(s, s->rows[i].code);
}

static int row_cmp(const void *a, const void *b)
{
	const struct sd_row *x = a, *y = b;
	int c;
	if (x->code_rank != y->code_rank)
		return x->code_rank < y->code_rank ? -1 : 1;
	if ((c = strcmp(x->code, y->code)) != 0)
		return c;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	if (x->depth != y->depth)
		return x->depth < y->depth ? -1 : 1;
	return strcmp(x->region, y->region);
}

/* The level word of a row: its document's, else by the code's depth. */
static enum plan_level row_level(const struct sd_row *w, const struct sd_val *v)
{
	static const enum plan_level by_depth[] = {
		LEVEL_NASIONAL, LEVEL_PROVINSI, LEVEL_KABUPATEN,
		LEVEL_KECAMATAN, LEVEL_DESA,
	};
	if (v && v->d->level != LEVEL_NONE)
		return v->d->level;
	if (w->depth == 2) {
		const char *dot = strchr(w->region, '.');
		return dot && dot[1] >= '7' ? LEVEL_KOTA : LEVEL_KABUPATEN;
	}
	return by_depth[w->depth > 4 ? 4 : w->depth];
}

static bool row_selected(const struct sd *s, const struct sd_row *w,
			 enum plan_level level)
{
	const struct plan_report_opts *o = &s->rep->opts;
	if (o->year >= 0 && w->year != o->year)
		return false;
	if (o->level != LEVEL_NONE && level != o->level)
		return false;
	if (o->region) {
		size_t n = strlen(o->region);
		if (strncmp(w->region, o->region, n) ||
		    (w->region[n] && w->region[n] != '.'))
			return false;
	}
	return true;
}

#define MISSING_NAMED 5

/* The level below: the figure, how many report, and who does not. */
struct below_sum {
	struct plan_satu_agg agg;
	size_t reporting, expected, left_out;
	char *missing;			/* "Name (code), ..." or NULL */
};

static void name_missing(struct sd *s, struct below_sum *b, size_t *named,
			 const char *code, bool text)
{
	if (*named == MISSING_NAMED)
		return;
	struct plan_report *rep = s->rep;
	const char *name = plan_report_region_name(rep, s->r, code);
	b->missing = plan_arena_printf(s->a, "%s%s%s (%s)%s",
		b->missing ? b->missing : "", b->missing ? ", " : "", name,
		code, text ? W(rep, ": not a number, left out") : "");
	(*named)++;
}

static void sum_below(struct sd *s, const struct sd_row *w,
		      enum plan_aggregation agg, struct below_sum *b)
{
	const struct list *l = below(s, w->region);
	size_t named = 0;
	memset(b, 0, sizeof *b);
	plan_satu_agg_init(&b->agg, agg);
	b->expected = l->n;
	for (size_t i = 0; i < l->n; i++) {
		const struct sd_val *v = val_get(s, w->code, w->year, l->v[i]);
		if (v && plan_satu_agg_add(&b->agg, v->value->text,
					   v->value->len)) {
			b->reporting++;
			continue;
		}
		if (v)
			b->left_out++;
		name_missing(s, b, &named, l->v[i], v != NULL);
	}
	size_t more = b->expected - b->reporting;
	if (more > named)
		b->missing = plan_arena_printf(s->a, "%s %s %zu %s",
			b->missing ? b->missing : "",
			W(s->rep, "and"), more - named,
			W(s->rep, "more"));
}

static const char *agg_word(struct plan_report *rep, enum plan_aggregation a)
{
	switch (a) {
	case PLAN_AGG_SUM: return W(rep, "sum");
	case PLAN_AGG_MIN: return W(rep, "min");
	case PLAN_AGG_MAX: return W(rep, "max");
	default: return W(rep, "none");
	}
}

static void number_cell(struct plan_report *rep, struct plan_rcell *c,
			struct plan_decimal d)
{
	char buf[PLAN_DECIMAL_BUF];
	plan_report_text(rep, c, plan_decimal_format(d, buf));
	c->kind = RCELL_NUMBER;
}

static void row_out(struct sd *s, struct plan_rtable *t, const struct sd_row *w)
{
	struct plan_report *rep = s->rep;
	const struct sd_val *v = val_get(s, w->code, w->year, w->region);
	enum plan_level level = row_level(w, v);
	if (!row_selected(s, w, level))
		return;
	const struct plan_indicator_def *def =
		plan_tables_indicator(s->t, w->code, strlen(w->code));
	enum plan_aggregation agg = def ? def->agg : PLAN_AGG_NONE;
	struct plan_rcell *c = plan_report_row(t);
	plan_report_text(rep, &c[0], w->code);
	if (def) {
		plan_report_text(rep, &c[1], def->name);
		plan_report_text(rep, &c[2], def->unit);
	} else if (v) {
		plan_report_textn(rep, &c[1], v->ind->name.s, v->ind->name.len);
		plan_report_textn(rep, &c[2], v->ind->unit.s, v->ind->unit.len);
	}
	plan_report_text(rep, &c[3], agg_word(rep, agg));
	plan_report_textf(rep, &c[4], "%d", w->year);
	plan_report_text(rep, &c[5], plan_level_name(level));
	plan_report_region_cells(rep, s->r, &c[6], w->region);
	struct plan_decimal mine;
	bool have_mine = false;
	if (v) {
		plan_report_textn(rep, &c[8], v->value->text, v->value->len);
		if (plan_is_number(v->value->text, v->value->len)) {
			c[8].kind = RCELL_NUMBER;
			have_mine = plan_decimal_parse(v->value->text,
						       v->value->len, &mine);
		}
		plan_report_text(rep, &c[9], v->d->id.s);
	}
	if (w->depth >= 4 || agg == PLAN_AGG_NONE)
		return;		/* a desa, or nothing added up: no region
				   is expected below */
	struct below_sum b;
	sum_below(s, w, agg, &b);
	/* a target that cannot be read is left out of the figure, which says
	 * so (the indicators section lists it) */
	c[10].left = (uint32_t)b.left_out;
	if (plan_satu_agg_ok(&b.agg)) {
		number_cell(rep, &c[10], b.agg.v);
		struct plan_decimal diff = b.agg.v;
		diff.m = -diff.m;
		if (have_mine && plan_decimal_add(&diff, mine))
			number_cell(rep, &c[11], diff);
	}
	if (!b.expected)
		return;		/* no region expected below: nothing to count */
	plan_report_count(&c[12], (int64_t)b.reporting);
	plan_report_count(&c[13], (int64_t)b.expected);
	plan_report_text(rep, &c[14], b.missing);
}

void plan_report_satudata(struct plan_report *rep, const struct plan_repo *r)
{
	static const char *const cols[] = {
		N_("code"), N_("indicator"), N_("unit"), N_("aggregation"),
		N_("year"), N_("level"), N_("region"), N_("region name"),
		N_("target"), N_("document"), N_("level below"),
		N_("difference"), N_("regions reporting"),
		N_("regions expected"), N_("not reporting"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "satudata",
		N_("Satu Data: indicators from desa to nasional"), 15, cols);
	t->optional = true;
	t->note = W(rep, "One row per indicator code, year and region, from "
		"the highest level at which a loaded plan uses the code. Level "
		"below: the sum, minimum or maximum (the indicators table's "
		"aggregation) of the targets one step down (provinces, "
		"kabupaten/kota, desa; a kecamatan's desa), over the regions "
		"that report it; difference: target minus that figure. "
		"Expected, for codes that add up: every region of the region "
		"table there, else the regions of the loaded plans. A region's "
		"target is its annual plan's, else its medium-term plan's, "
		"else another plan's.");
	if (!plan_tables_has_indicators(rep->opts.tables))
		return;
	struct sd s = {.rep = rep, .r = r, .t = rep->opts.tables,
		       .a = plan_arena_new()};
	struct strmap *maps[] = {&s.vals, &s.rowset, &s.loaded, &s.below,
				 &s.listed, &s.top};
	size_t nmaps = sizeof maps / sizeof *maps;
	for (size_t i = 0; i < nmaps; i++)
		plan_strmap_init(maps[i]);
	collect_values(&s);
	collect_loaded(&s);
	collect_rows(&s);
	if (s.nrows)
		qsort(s.rows, s.nrows, sizeof *s.rows, row_cmp);
	for (size_t i = 0; i < s.nrows; i++)
		row_out(&s, t, &s.rows[i]);
	free(s.rows);
	for (size_t i = 0; i < nmaps; i++)
		plan_strmap_release(maps[i]);
	plan_arena_free(s.a);
}
