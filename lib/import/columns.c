/*
 * columns.c - what each column of a table means: SPEC 8's names (found
 * after folding case, spaces, `_` and `-`; Indonesian first, English
 * after), or what a column map (--map FILE) says.
 */
#include "import/import_priv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/value.h"
#include "yaml/ytree.h"

static const struct {
	const char *name;		/* folded */
	enum plan_icol_kind kind;
} names[] = {
	{"kode", ICOL_CODE}, {"code", ICOL_CODE},
	{"uraian", ICOL_NAME}, {"nama", ICOL_NAME}, {"name", ICOL_NAME},
	{"indikator", ICOL_INDICATOR}, {"indicator", ICOL_INDICATOR},
	{"kodeindikator", ICOL_IND_CODE}, {"indicatorcode", ICOL_IND_CODE},
	{"satuan", ICOL_SATUAN}, {"unit", ICOL_SATUAN},
	{"kondisiawal", ICOL_BASELINE}, {"baseline", ICOL_BASELINE},
	{"perangkatdaerah", ICOL_OPD}, {"opd", ICOL_OPD},
	{"unitkerja", ICOL_OPD},
	{"sasaran", ICOL_SASARAN},
	{"arah", ICOL_DIRECTION}, {"direction", ICOL_DIRECTION},
	{"supports", ICOL_SUPPORTS}, {"mendukung", ICOL_SUPPORTS},
	{"dukungan", ICOL_SUPPORTS},
};

/* The names as a planner writes them, for "did you mean". */
static const char *const spelled[] = {
	"kode", "uraian", "indikator", "kode indikator", "satuan",
	"kondisi awal", "target YYYY", "pagu YYYY", "perangkat daerah",
	"sasaran", "code", "name", "indicator", "indicator code", "unit",
	"baseline", "budget YYYY", "opd", "unit kerja", "arah", "direction",
	"supports", "mendukung", "dukungan", NULL};

char *plan_import_fold_column(struct plan_arena *a, const char *s)
{
	size_t n = strlen(s), o = 0;
	char *out = plan_arena_alloc(a, n + 1);
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ' ' || c == '_' || c == '-' || c == '\t')
			continue;
		out[o++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
	}
	out[o] = '\0';
	return out;
}

/* The meaning of a folded name: a kind, and the year of a target or a
 * pagu.  ICOL_NONE when it has none. */
static enum plan_icol_kind lookup(const char *f, int *year)
{
	*year = 0;
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcmp(f, names[i].name))
			return names[i].kind;
	static const struct {
		const char *prefix;
		enum plan_icol_kind kind;
	} yearly[] = {{"target", ICOL_TARGET}, {"pagu", ICOL_BUDGET},
		      {"budget", ICOL_BUDGET}};
	for (size_t i = 0; i < sizeof yearly / sizeof *yearly; i++) {
		size_t n = strlen(yearly[i].prefix);
		if (!strncmp(f, yearly[i].prefix, n) &&
		    (*year = plan_year_parse(f + n, strlen(f + n))) > 0)
			return yearly[i].kind;
	}
	return ICOL_NONE;
}

static bool ext_key_ok(const char *s)
{
	if (strncmp(s, "x-", 2) || !s[2])
		return false;
	for (s += 2; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
			return false;
	return true;
}

/* --- column maps ------------------------------------------------------ */

struct map_entry {
	const char *column;		/* folded */
	enum plan_icol_kind kind;	/* ICOL_NONE: ignored on purpose */
	int year;
	const char *ext;
};

struct plan_import_map {
	struct plan_arena *arena;
	struct map_entry *v;
	size_t n;
};

void plan_import_map_free(struct plan_import_map *m)
{
	if (!m)
		return;
	plan_arena_free(m->arena);
	free(m);
}

static const char *closest(struct plan_arena *a, const char *f)
{
	/* "targt 2019": the yearly names with the year written */
	size_t n = strlen(f);
	if (n > 4 && plan_year_parse(f + n - 4, 4) > 0) {
		static const char *const yearly[] = {"target", "pagu", "budget"};
		char *head = plan_arena_strndup(a, f, n - 4);
		for (size_t i = 0; i < 3; i++)
			if (plan_edit_distance(head, yearly[i], 2) <= 2)
				return plan_arena_printf(a, "%s %s", yearly[i],
							 f + n - 4);
	}
	const char *best = NULL;
	unsigned bestd = 4;
	for (size_t i = 0; spelled[i]; i++) {
		unsigned d = plan_edit_distance(
			f, plan_import_fold_column(a, spelled[i]), 3);
		if (d < bestd)
			bestd = d, best = spelled[i];
	}
	return best;
}

/* One entry of the map; false with err set when the value is no column. */
static bool map_entry_read(struct plan_import_map *m, const char *path,
			   const struct ypair *p, struct map_entry *e,
			   char *err, size_t errlen)
{
	const struct ynode *v = p->value;
	e->column = plan_import_fold_column(m->arena, p->key->text);
	e->kind = ICOL_NONE;
	e->ext = NULL;
	e->year = 0;
	if (ynode_is_null(v))
		return true;
	if (v->type != YNODE_SCALAR) {
		snprintf(err, errlen, _("%s:%u:%u: a column name is text"),
			 path, v->line, v->column);
		return false;
	}
	if (!strncmp(v->text, "x-", 2)) {
		if (!ext_key_ok(v->text)) {
			snprintf(err, errlen,
				 _("%s:%u:%u: '%s' is no extension key "
				   "(x- then letters, digits, _ and -)"),
				 path, v->line, v->column, v->text);
			return false;
		}
		e->kind = ICOL_EXT;
		e->ext = plan_arena_strdup(m->arena, v->text);
		return true;
	}
	const char *f = plan_import_fold_column(m->arena, v->text);
	e->kind = lookup(f, &e->year);
	if (e->kind != ICOL_NONE)
		return true;
	const char *near = closest(m->arena, f);
	int n = snprintf(err, errlen,
			 _("%s:%u:%u: '%s' is not a column of the standard "
			   "layout"), path, v->line, v->column, v->text);
	if (near && n > 0 && (size_t)n < errlen)
		snprintf(err + n, errlen - (size_t)n,
			 _(" (did you mean '%s'?)"), near);
	return false;
}

struct plan_import_map *plan_import_map_load(const char *path, char *err,
					     size_t errlen)
{
	struct plan_import_map *m = plan_xmalloc(sizeof *m);
	m->arena = plan_arena_new();
	m->v = NULL;
	m->n = 0;
	struct plan_findings *f = plan_findings_new(NULL);
	struct yload_limits lim = YLOAD_LIMITS_DEFAULT;
	struct yload_result res;
	bool ok = false;
	if (plan_ytree_load_file(path, path, &lim, m->arena, f, &res) < 0) {
		snprintf(err, errlen, "%s: %s", path, plan_strerror(errno));
	} else if (plan_findings_count(f)) {
		plan_findings_sort(f);
		const struct plan_finding *x = plan_findings_get(f, 0);
		snprintf(err, errlen, "%s:%u:%u: %s", x->file, x->line,
			 x->column, x->message);
	} else if (!res.root || res.root->type != YNODE_MAP) {
		snprintf(err, errlen,
			 _("%s: a column map is a mapping {column of the "
			   "table: column of the standard layout}"), path);
	} else {
		const struct ynode *r = res.root;
		m->v = plan_arena_alloc(m->arena,
					(r->npairs + 1) * sizeof *m->v);
		ok = true;
		for (uint32_t i = 0; ok && i < r->npairs; i++)
			ok = map_entry_read(m, path, &r->pairs[i],
					    &m->v[m->n++], err, errlen);
	}
	plan_findings_free(f);
	if (!ok) {
		plan_import_map_free(m);
		return NULL;
	}
	return m;
}

static const struct map_entry *map_find(const struct plan_import_map *m,
					const char *folded)
{
	for (size_t i = 0; m && i < m->n; i++)
		if (!strcmp(m->v[i].column, folded))
			return &m->v[i];
	return NULL;
}

/* --- the header row --------------------------------------------------- */

/* True when some row below the header has text in column c (0-based). */
static bool column_used(const struct plan_import *im, size_t c)
{
	for (size_t r = 1; r < im->nrows; r++)
		if (c < im->rows[r].n && im->rows[r].cell[c][0])
			return true;
	return false;
}

/* The column of the same meaning before c, 1-based; 0 if none. */
static size_t same_before(const struct plan_import *im, size_t c)
{
	const struct plan_icol *x = &im->cols[c];
	for (size_t i = 0; i < c; i++) {
		const struct plan_icol *y = &im->cols[i];
		if (y->kind != x->kind)
			continue;
		if ((x->kind == ICOL_TARGET || x->kind == ICOL_BUDGET) &&
		    x->year != y->year)
			continue;
		if (x->kind == ICOL_EXT && strcmp(x->ext, y->ext))
			continue;
		return i + 1;
	}
	return 0;
}

static void give_slot(struct plan_import *im, struct plan_icol *col)
{
	switch (col->kind) {
	case ICOL_TARGET: col->slot = im->ntargets++; break;
	case ICOL_BUDGET: col->slot = im->nbudgets++; break;
	case ICOL_EXT: col->slot = im->next++; break;
	default: break;
	}
}

static void slot_tables(struct plan_import *im)
{
	struct plan_arena *a = im->arena;
	im->target_year = plan_arena_alloc(a, (im->ntargets + 1) * sizeof(int));
	im->budget_year = plan_arena_alloc(a, (im->nbudgets + 1) * sizeof(int));
	im->ext_key = plan_arena_alloc(a, (im->next + 1) * sizeof(char *));
	im->target_col = plan_arena_alloc(a, (im->ntargets + 1) * sizeof(size_t));
	im->budget_col = plan_arena_alloc(a, (im->nbudgets + 1) * sizeof(size_t));
	im->ext_col = plan_arena_alloc(a, (im->next + 1) * sizeof(size_t));
	for (size_t c = 0; c < im->ncols; c++) {
		const struct plan_icol *col = &im->cols[c];
		if (col->kind == ICOL_TARGET) {
			im->target_year[col->slot] = col->year;
			im->target_col[col->slot] = c + 1;
		} else if (col->kind == ICOL_BUDGET) {
			im->budget_year[col->slot] = col->year;
			im->budget_col[col->slot] = c + 1;
		} else if (col->kind == ICOL_EXT) {
			im->ext_key[col->slot] = col->ext;
			im->ext_col[col->slot] = c + 1;
		} else if (col->kind != ICOL_NONE) {
			im->col_of[col->kind] = c + 1;
		}
	}
}

/* Map entries that name no column of this table: a note each. */
static void map_unused(struct plan_import *im, const char **folded)
{
	const struct plan_import_map *m = im->map;
	for (size_t i = 0; m && i < m->n; i++) {
		bool found = false;
		for (size_t c = 0; c < im->ncols && !found; c++)
			found = !strcmp(folded[c], m->v[i].column);
		if (!found)
			plan_import_report(im, PLAN_IMPORT_NOTE, 0, 0, NULL,
					   _("the map names a column '%s' that "
					     "the table does not have"),
					   m->v[i].column);
	}
}

bool plan_import_columns(struct plan_import *im)
{
	const struct plan_irow *h = &im->rows[0];
	im->ncols = h->n;
	im->cols = plan_arena_alloc(im->arena, h->n * sizeof *im->cols);
	const char **folded = plan_arena_alloc(im->arena,
					       h->n * sizeof *folded);
	bool ok = true;
	for (size_t c = 0; c < h->n; c++) {
		struct plan_icol *col = &im->cols[c];
		folded[c] = plan_import_fold_column(im->arena, h->cell[c]);
		const struct map_entry *e = map_find(im->map, folded[c]);
		if (e) {
			col->kind = e->kind;
			col->year = e->year;
			col->ext = e->ext;
		} else {
			col->kind = lookup(folded[c], &col->year);
			if (col->kind == ICOL_NONE && column_used(im, c))
				plan_import_report(
					im, PLAN_IMPORT_NOTE, h->rowno,
					(unsigned)c + 1,
					_("name it in a column map (--map) "
					  "to import it"),
					_("column '%s' is not imported"),
					h->cell[c]);
		}
		size_t before = col->kind != ICOL_NONE ? same_before(im, c) : 0;
		if (before) {
			ok = false;
			im->refused = true;
			plan_import_report(im, PLAN_IMPORT_ERROR, h->rowno,
					   (unsigned)c + 1, NULL,
					   _("column '%s' means the same as "
					     "column %zu"), h->cell[c], before);
			continue;
		}
		give_slot(im, col);
	}
	map_unused(im, folded);
	if (!ok)
		return false;
	slot_tables(im);
	if (!im->col_of[ICOL_CODE]) {
		im->refused = true;
		plan_import_report(im, PLAN_IMPORT_ERROR, h->rowno, 1,
				   _("name the column of the codes 'kode' (or "
				     "'code'), or give a column map (--map)"),
				   _("the table has no code column"));
		return false;
	}
	return true;
}
