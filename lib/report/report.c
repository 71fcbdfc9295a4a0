/* report.c - the report as data: the table builder, filters, the
 * documents section, achievement, urusan names (see report.h). */
#include "report/report_priv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hmap.h"
#include "base/i18n.h"
#include "base/strpool.h"
#include "trace/trace.h"
#include "base/value.h"

const char *const plan_report_table_names[] = {
	"documents", "document-counts", "budget-documents", "budget-year",
	"budget-level", "budget-region", "budget-urusan", "budget-program",
	"indicators", "satudata", "tik-items", "tik-summary", "coverage",
	"coverage-region", "validation", "left-out", NULL
};

/* ---- The builder ---------------------------------------------------- */

const char *plan_report_word(const struct plan_report *rep, const char *en)
{
	return plan_tr_lang(rep->opts.lang, en);
}

/* Whether cells of kind k hold text (else a number, or nothing). */
static bool text_kind(enum plan_rcell_kind k)
{
	return k == RCELL_TEXT || k == RCELL_NUMBER;
}

/* The row being filled goes into the table's arrays. */
static void row_flush(struct plan_rtable *t)
{
	if (!t->row || !t->nrows)
		return;
	size_t at = (t->nrows - 1) * t->ncols;
	for (size_t i = 0; i < t->ncols; i++) {
		const struct plan_rcell *c = &t->row[i];
		t->kinds[at + i] = (unsigned char)c->kind;
		if (text_kind(c->kind))
			t->vals[at + i].text = c->text;
		else
			t->vals[at + i].n = c->n;
		if (c->left && !t->left) {
			t->left = plan_xmalloc(t->cap * t->ncols * sizeof *t->left);
			memset(t->left, 0, t->cap * t->ncols * sizeof *t->left);
		}
		if (t->left)
			t->left[at + i] = c->left;
	}
}

static void table_room(struct plan_rtable *t, size_t rows)
{
	t->kinds = plan_xrealloc(t->kinds, rows * t->ncols);
	t->vals = plan_xrealloc(t->vals, rows * t->ncols * sizeof *t->vals);
	if (t->left) {
		t->left = plan_xrealloc(t->left,
					rows * t->ncols * sizeof *t->left);
		if (rows > t->cap)
			memset(t->left + t->cap * t->ncols, 0, (rows - t->cap) *
			       t->ncols * sizeof *t->left);
	}
	t->cap = rows;
}

/* A finished table gives back the room it did not fill: growing by half
 * leaves up to a third unused. */
static void table_finish(struct plan_rtable *t)
{
	row_flush(t);
	free(t->row);
	t->row = NULL;
	if (t->cap > t->nrows && t->nrows)
		table_room(t, t->nrows);
}

struct plan_rtable *plan_report_new_table(struct plan_report *rep, const char *name,
				 const char *title, size_t ncols,
				 const char *const *cols)
{
	struct plan_rtable *t = plan_arena_alloc(rep->arena, sizeof *t);
	t->name = name;
	t->title = W(rep, title);
	t->ncols = ncols;
	t->cols = plan_arena_alloc(rep->arena, ncols * sizeof *t->cols);
	for (size_t i = 0; i < ncols; i++)
		t->cols[i] = plan_arena_strdup(rep->arena, W(rep, cols[i]));
	t->left_word = W(rep, "left out");
	/* tables are built one after another: a new one ends the last */
	if (rep->ntables)
		table_finish(rep->tables[rep->ntables - 1]);
	if (rep->ntables == rep->cap_tables) {
		rep->cap_tables = rep->cap_tables ? 2 * rep->cap_tables : 16;
		rep->tables = plan_xrealloc(rep->tables, rep->cap_tables *
					    sizeof *rep->tables);
	}
	rep->tables[rep->ntables++] = t;
	return t;
}

void plan_report_rows_reserve(struct plan_rtable *t, size_t n)
{
	if (t->cap - t->nrows < n)
		table_room(t, t->nrows + n);
}

/* Rows live in malloc'd memory, which plan_report_free() releases. */
struct plan_rcell *plan_report_row(struct plan_rtable *t)
{
	row_flush(t);
	if (t->nrows == t->cap)
		table_room(t, t->cap < 16 ? 16 : t->cap + t->cap / 2);
	if (!t->row)
		t->row = plan_xmalloc(t->ncols * sizeof *t->row);
	memset(t->row, 0, t->ncols * sizeof *t->row);
	t->nrows++;
	return t->row;
}

void plan_report_textn(struct plan_report *rep, struct plan_rcell *c,
		  const char *s, size_t n)
{
	c->kind = s ? RCELL_TEXT : RCELL_EMPTY;
	/* pooled: a national indicator table names each document, unit
	 * and year again on every row */
	c->text = s ? plan_strpool_get(rep->pool, s, n) : NULL;
}

void plan_report_textf(struct plan_report *rep, struct plan_rcell *c,
		  const char *fmt, ...)
{
	char buf[128];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof buf) {
		plan_report_textn(rep, c, buf, (size_t)n);
		return;
	}
	char *s = plan_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	plan_report_textn(rep, c, s, (size_t)n);
	free(s);
}

void plan_report_text(struct plan_report *rep, struct plan_rcell *c,
		 const char *s)
{
	plan_report_textn(rep, c, s, s ? strlen(s) : 0);
}

void plan_report_count(struct plan_rcell *c, int64_t n)
{
	c->kind = RCELL_COUNT;
	c->n = n;
}

void plan_report_money(struct plan_rcell *c, int64_t n, bool overflow)
{
	c->kind = overflow ? RCELL_OVERFLOW : RCELL_MONEY;
	c->n = overflow ? 0 : n;
}

/* ---- Filters and names ---------------------------------------------- */

/* code equals prefix or continues it after a '.'. */
static bool region_under(const char *code, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	if (!code || len < n || memcmp(code, prefix, n) != 0)
		return false;
	return len == n || code[n] == '.' || n == 0;
}

/* Does document d pass the report's filters? */
static bool doc_selected(const struct plan_report *rep,
			 const struct plan_doc *d)
{
	const struct plan_report_opts *o = &rep->opts;
	if (o->level != LEVEL_NONE && d->level != o->level)
		return false;
	if (o->region && !region_under(d->region.s, d->region.len, o->region))
		return false;
	return true;
}

const char *plan_report_region_name(struct plan_report *rep,
			       const struct plan_repo *r, const char *code)
{
	(void)r;
	const char *fallback = plan_strmap_get(&rep->names, code, strlen(code));
	const char *s = plan_region_display(rep->opts.tables, code, fallback);
	return plan_strpool_get(rep->pool, s, strlen(s));
}

void plan_report_region_cells(struct plan_report *rep,
			      const struct plan_repo *r, struct plan_rcell *c,
			      const char *code)
{
	plan_report_text(rep, &c[0], code);
	plan_report_text(rep, &c[1],
			 plan_report_region_name(rep, r, code ? code : ""));
}

const char *plan_report_level_word(const struct plan_doc *d)
{
	return d->level != LEVEL_NONE ? plan_level_name(d->level)
		: d->level_s.s ? d->level_s.s : "?";
}

/* ---- Documents ------------------------------------------------------ */

static int doc_order(const void *a, const void *b)
{
	const struct plan_doc *p = *(const struct plan_doc *const *)a;
	const struct plan_doc *q = *(const struct plan_doc *const *)b;
	int ra = plan_level_rank(p->level), rb = plan_level_rank(q->level);
	if (ra != rb)
		return ra < rb ? -1 : 1;
	int c = strcmp(p->region.s ? p->region.s : "",
		       q->region.s ? q->region.s : "");
	if (c)
		return c;
	return strcmp(p->id.s ? p->id.s : "", q->id.s ? q->id.s : "");
}

const struct plan_doc **plan_report_selected_docs(const struct plan_report *rep,
					    const struct plan_repo *r, size_t *n)
{
	size_t total = plan_repo_doc_count(r);
	const struct plan_doc **v = plan_xmalloc((total + 1) * sizeof *v);
	*n = 0;
	for (size_t i = 0; i < total; i++)
		if (doc_selected(rep, plan_repo_doc(r, i)))
			v[(*n)++] = plan_repo_doc(r, i);
	qsort(v, *n, sizeof *v, doc_order);
	return v;
}

static void period_cell(struct plan_report *rep, struct plan_rcell *c,
			const struct plan_doc *d)
{
	if (d->period_start < 0 || d->period_end < 0)
		return;
	if (d->period_start == d->period_end)
		plan_report_textf(rep, c, "%d", d->period_start);
	else
		plan_report_textf(rep, c, "%d-%d", d->period_start, d->period_end);
}

static const char *kind_word(const struct plan_doc *d)
{
	return d->kind != KIND_NONE ? plan_kind_name(d->kind)
		: d->kind_s.s ? d->kind_s.s : "?";
}

static void document_list(struct plan_report *rep, const struct plan_repo *r,
			  const struct plan_doc **v, size_t n)
{
	static const char *const cols[] = {
		N_("document"), N_("kind"), N_("level"), N_("region"),
		N_("region name"), N_("period"), N_("status"), N_("file"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "documents",
		N_("Documents"), 8, cols);
	plan_report_rows_reserve(t, n);
	for (size_t i = 0; i < n; i++) {
		const struct plan_doc *d = v[i];
		struct plan_rcell *c = plan_report_row(t);
		plan_report_text(rep, &c[0], d->id.s);
		plan_report_text(rep, &c[1], kind_word(d));
		plan_report_text(rep, &c[2], plan_report_level_word(d));
		plan_report_region_cells(rep, r, &c[3], d->region.s);
		period_cell(rep, &c[5], d);
		plan_report_text(rep, &c[6], d->status.s);
		plan_report_text(rep, &c[7], d->file);
	}
}

/* Documents per level, kind and status: v is in level order already, so
 * equal triples are found by a stable sort on (level rank, kind,
 * status). */
struct lks {
	int rank;
	const char *level, *kind, *status;
};

static int lks_cmp(const void *a, const void *b)
{
	const struct lks *p = a, *q = b;
	int c;
	if (p->rank != q->rank)
		return p->rank < q->rank ? -1 : 1;
	if ((c = strcmp(p->level, q->level)) != 0)
		return c;
	if ((c = strcmp(p->kind, q->kind)) != 0)
		return c;
	return strcmp(p->status, q->status);
}

static void document_counts(struct plan_report *rep,
			    const struct plan_doc **v, size_t n)
{
	static const char *const cols[] = {
		N_("level"), N_("kind"), N_("status"), N_("documents"),
	};
	struct plan_rtable *t = plan_report_new_table(rep, "document-counts",
		N_("Documents per level, kind and status"), 4, cols);
	struct lks *k = plan_xmalloc((n + 1) * sizeof *k);
	for (size_t i = 0; i < n; i++)
		k[i] = (struct lks){ plan_level_rank(v[i]->level),
			plan_report_level_word(v[i]), kind_word(v[i]),
			v[i]->status.s ? v[i]->status.s : "-" };
	qsort(k, n, sizeof *k, lks_cmp);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && lks_cmp(&k[i], &k[j]) == 0; j++)
			;
		struct plan_rcell *c = plan_report_row(t);
		plan_report_text(rep, &c[0], k[i].level);
		plan_report_text(rep, &c[1], k[i].kind);
		plan_report_text(rep, &c[2], k[i].status);
		plan_report_count(&c[3], (int64_t)(j - i));
	}
	struct plan_rcell *c = plan_report_row(t);
	plan_report_text(rep, &c[0], W(rep, "Total"));
	plan_report_count(&c[3], (int64_t)n);
	t->ntotal = 1;
	free(k);
}

static void documents_section(struct plan_report *rep,
			      const struct plan_repo *r)
{
	size_t n;
	const struct plan_doc **v = plan_report_selected_docs(rep, r, &n);
	rep->ndocs = n;
	document_counts(rep, v, n);
	document_list(rep, r, v, n);
	free(v);
}

/* ---- The report ----------------------------------------------------- */

/* Region code -> the first region_name a document gives for it (the
 * fallback when no region table names it). */
static void name_index(struct plan_report *rep, const struct plan_repo *r)
{
	plan_strmap_init(&rep->names);
	for (size_t i = 0; i < plan_repo_doc_count(r); i++) {
		const struct plan_doc *d = plan_repo_doc(r, i);
		if (d->region.s && d->region_name.s)
			plan_strmap_put(&rep->names, d->region.s, d->region.len,
				   (void *)d->region_name.s);
	}
}

static const char *filter_text(struct plan_report *rep)
{
	const struct plan_report_opts *o = &rep->opts;
	char *s = NULL;
	if (o->level != LEVEL_NONE)
		s = plan_arena_printf(rep->arena, "%s %s",
				      W(rep, "level"),
				      plan_level_name(o->level));
	if (o->region)
		s = plan_arena_printf(rep->arena, "%s%s%s %s", s ? s : "",
				      s ? ", " : "",
				      W(rep, "region"), o->region);
	if (o->year >= 0)
		s = plan_arena_printf(rep->arena, "%s%s%s %d", s ? s : "",
				      s ? ", " : "", W(rep, "year"),
				      o->year);
	return s;
}

struct plan_report *plan_report_build(const struct plan_repo *r,
				      const struct plan_findings *findings,
				      const struct plan_report_opts *o)
{
	struct plan_report *rep = plan_xmalloc(sizeof *rep);
	memset(rep, 0, sizeof *rep);
	rep->arena = plan_arena_new();
	rep->pool = plan_strpool_new(rep->arena);
	rep->scratch = plan_arena_new();
	rep->opts = *o;
	if (o->region)
		rep->opts.region = plan_arena_strdup(rep->arena, o->region);
	rep->nfiles = plan_repo_file_count(r);
	rep->filters = filter_text(rep);
	name_index(rep, r);
	documents_section(rep, r);
	plan_report_budgets(rep, r);
	plan_report_indicators(rep, r);
	plan_report_satudata(rep, r);
	plan_report_tik(rep, r);
	plan_report_coverage(rep, r);
	if (findings)
		plan_report_validation(rep, r, findings);
	plan_report_left_table(rep);
	if (rep->ntables)
		table_finish(rep->tables[rep->ntables - 1]);
	plan_strmap_release(&rep->names);
	plan_strpool_free(rep->pool);
	rep->pool = NULL;
	plan_arena_free(rep->scratch);
	rep->scratch = NULL;
	rep->opts.tables = NULL;	/* not kept: may be freed after */
	return rep;
}

void plan_report_free(struct plan_report *rep)
{
	if (!rep)
		return;
	for (size_t i = 0; i < rep->ntables; i++) {
		free(rep->tables[i]->kinds);
		free(rep->tables[i]->vals);
		free(rep->tables[i]->left);
		free(rep->tables[i]->row);
	}
	free(rep->tables);
	plan_arena_free(rep->arena);
	free(rep);
}

size_t plan_report_table_count(const struct plan_report *rep)
{
	return rep->ntables;
}

const struct plan_rtable *plan_report_table(const struct plan_report *rep,
					    size_t i)
{
	return i < rep->ntables ? rep->tables[i] : NULL;
}

const struct plan_rtable *plan_report_find(const struct plan_report *rep,
					   const char *name)
{
	for (size_t i = 0; i < rep->ntables; i++)
		if (strcmp(rep->tables[i]->name, name) == 0)
			return rep->tables[i];
	return NULL;
}

const char *plan_rcell_text(const struct plan_rcell *c)
{
	return text_kind(c->kind) ? c->text : NULL;
}

struct plan_rcell plan_rtable_cell(const struct plan_rtable *t, size_t row,
				   size_t col)
{
	size_t at = row * t->ncols + col;
	struct plan_rcell c = { .kind = (enum plan_rcell_kind)t->kinds[at],
				.left = t->left ? t->left[at] : 0 };
	if (text_kind(c.kind))
		c.text = t->vals[at].text;
	else
		c.n = t->vals[at].n;
	return c;
}

const char *plan_rtable_text(const struct plan_rtable *t, size_t row,
			     size_t col)
{
	struct plan_rcell c = plan_rtable_cell(t, row, col);
	return plan_rcell_text(&c);
}

/* ---- Display -------------------------------------------------------- */

/* A number cell's text ("3.90", or a baseline "3.90 (2024)") with its
 * leading number in the report's language; the text as written when it
 * does not fit. */
static const char *number_display(const struct plan_report *rep,
				  const char *text, char buf[PLAN_RCELL_BUF])
{
	size_t n = strcspn(text, " ");
	size_t rest = strlen(text + n);
	if (rest >= PLAN_RCELL_BUF ||
	    !plan_number_str(text, n, rep->opts.lang, buf,
			     PLAN_RCELL_BUF - rest))
		return text;
	memcpy(buf + strlen(buf), text + n, rest + 1);
	return buf;
}

static const char *figure_display(const struct plan_report *rep,
				  const struct plan_rcell *c,
				  char buf[PLAN_RCELL_BUF])
{
	int64_t n = c->n;
	char digits[PLAN_MONEY_BUF];
	switch (c->kind) {
	case RCELL_EMPTY: return "";
	case RCELL_TEXT: return c->text;
	case RCELL_NUMBER: return number_display(rep, c->text, buf);
	case RCELL_COUNT: case RCELL_MONEY:	/* grouped like money */
		return plan_money_str(n, rep->opts.lang, PLAN_MONEY_FIGURE,
				      buf);
	case RCELL_OVERFLOW:
		snprintf(buf, 48, W(rep, "(beyond %s)"),
			 plan_money_str(PLAN_MONEY_MAX, rep->opts.lang,
					PLAN_MONEY_FIGURE, digits));
		return buf;
	case RCELL_PERCENT:
		snprintf(digits, sizeof digits, "%s%lld.%lld", n < 0 ? "-" : "",
			 (long long)(n < 0 ? -(n / 10) : n / 10),
			 (long long)(n < 0 ? -(n % 10) : n % 10));
		return plan_number_str(digits, strlen(digits), rep->opts.lang,
				       buf, PLAN_RCELL_BUF);
	}
	return "";
}

const char *plan_report_cell_display(const struct plan_report *rep,
				const struct plan_rcell *c,
				char buf[PLAN_RCELL_BUF])
{
	const char *s = figure_display(rep, c, buf);
	if (!c->left)
		return s;
	char fig[48];	/* a figure's display is shorter */
	bool one = c->left == 1;
	snprintf(fig, sizeof fig, "%.47s", s);
	snprintf(buf, PLAN_RCELL_BUF, "%s%s(%lu %s)", fig, *fig ? " " : "",
		 (unsigned long)c->left,
		 one ? W(rep, "value left out")
		     : W(rep, "values left out"));
	return buf;
}

/* ---- Urusan --------------------------------------------------------- */

static const char *const urusan[] = {
	N_("Mandatory affairs related to basic services"),
	N_("Mandatory affairs not related to basic services"),
	N_("Optional affairs"),
	N_("Supporting elements"),
	N_("Auxiliary elements"),
	N_("Oversight elements"),
	N_("Territorial elements"),
	N_("General government"),
};

const char *plan_urusan_name(char key, enum plan_lang lang)
{
	if (key == 'X')
		return plan_tr_lang(lang, N_("Support programmes (template X.XX)"));
	if (key < '1' || key > '8')
		return NULL;
	return plan_tr_lang(lang, urusan[key - '1']);
}

/* ---- Achievement ---------------------------------------------------- */

/* A number as an integer mantissa and a decimal scale; false beyond 18
 * significant digits (int64 holds every 18-digit mantissa). */
struct decimal {
	bool neg;
	int64_t m;
	int scale;
};

static bool decimal_parse(const char *s, size_t len, struct decimal *d)
{
	size_t i = 0, digits = 0;
	bool frac = false;
	memset(d, 0, sizeof *d);
	if (!plan_is_number(s, len))
		return false;
	if (s[0] == '-')
		d->neg = true, i = 1;
	for (; i < len; i++) {
		if (s[i] == '.') {
			frac = true;
			continue;
		}
		if (d->m == 0 && s[i] == '0' && !frac)
			continue;	/* leading zeros */
		if (++digits > 18)
			return false;
		d->m = d->m * 10 + (s[i] - '0');
		d->scale += frac;
	}
	return true;
}

static bool mul_pow10(int64_t *v, int k)
{
	while (k-- > 0)
		if (__builtin_mul_overflow(*v, 10, v))
			return false;
	return true;
}

/* num / den x 1000, rounded half away from zero. */
static bool ratio_tenths(struct decimal num, struct decimal den,
			 int64_t *out)
{
	if (den.m == 0)
		return false;
	int64_t a = num.m, b = den.m;
	int k = den.scale + 3 - num.scale;	/* a x 10^k / b */
	if (!(k >= 0 ? mul_pow10(&a, k) : mul_pow10(&b, -k)))
		return false;
	int64_t q = a / b, rem = a % b;
	if (rem >= b - rem)
		q++;
	*out = num.neg != den.neg && q ? -q : q;
	return true;
}

bool plan_achievement(const char *target, size_t tlen, const char *actual,
		      size_t alen, enum plan_direction dir, int64_t *tenths)
{
	struct decimal t, a;
	if (!decimal_parse(target, tlen, &t) || !decimal_parse(actual, alen, &a))
		return false;
	if (dir == DIR_EXACT && plan_number_cmp(target, tlen, actual, alen) == 0) {
		*tenths = 1000;
		return true;
	}
	return dir == DIR_DOWN ? ratio_tenths(t, a, tenths)
			       : ratio_tenths(a, t, tenths);
}
