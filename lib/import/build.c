/*
 * build.c - rows of a table into the elements of a plan (SPEC 8).
 *
 * A code's shape decides the element's type, and a row nests under the
 * nearest row above whose code its own extends.  A row whose code and
 * unit are those of an element already made (under the same parent) adds
 * to that element: its indicator, its pagu (which must be the same), its
 * sasaran; a row without a code adds to the element of the row above.
 * Values are converted only where their meaning is certain; every other
 * cell is a problem and is left out.
 */
#include "import/import_priv.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/value.h"

struct builder {
	struct plan_import *im;
	struct strmap latest;		/* code -> element of its latest row */
	struct strmap elems;		/* merge key -> element */
	struct strmap indicators;	/* element and folded name -> first */
	struct plan_ielem *cur;		/* the element of the row above */
	bool above_left_out;		/* the row above was left out */
	struct plan_vec all;		/* every element, in table order */
	const struct plan_irow *row;	/* the row being read */
};

enum shape { SHAPE_BAD, SHAPE_HEADING, SHAPE_ELEMENT };

/* --- cells ------------------------------------------------------------ */

static const char *cell_at(const struct plan_irow *r, size_t col1)
{
	return col1 && col1 - 1 < r->n ? r->cell[col1 - 1] : "";
}

static const char *cell(const struct builder *b, enum plan_icol_kind k)
{
	return cell_at(b->row, b->im->col_of[k]);
}

static unsigned col_no(const struct builder *b, enum plan_icol_kind k)
{
	return (unsigned)b->im->col_of[k];
}

/* Cells of the row in columns of kind k (targets, pagu, extensions),
 * by slot; "" where the row is short. */
static const char *slot_cell(const struct builder *b, enum plan_icol_kind k,
			     size_t slot, unsigned *col)
{
	const struct plan_import *im = b->im;
	const size_t *cols = k == ICOL_TARGET ? im->target_col
			     : k == ICOL_BUDGET ? im->budget_col : im->ext_col;
	*col = (unsigned)cols[slot];
	return cell_at(b->row, cols[slot]);
}

static bool any_slot(const struct builder *b, enum plan_icol_kind k,
		     size_t n)
{
	unsigned col;
	for (size_t i = 0; i < n; i++)
		if (*slot_cell(b, k, i, &col))
			return true;
	return false;
}

static bool indicator_content(const struct builder *b)
{
	return *cell(b, ICOL_INDICATOR) || *cell(b, ICOL_IND_CODE) ||
	       *cell(b, ICOL_BASELINE) || *cell(b, ICOL_DIRECTION) ||
	       any_slot(b, ICOL_TARGET, b->im->ntargets);
}

static bool row_blank(const struct plan_irow *r)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->cell[i][0])
			return false;
	return true;
}

static void problem(struct builder *b, unsigned col, const char *hint,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void problem(struct builder *b, unsigned col, const char *hint,
		    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = NULL;
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	msg = plan_arena_alloc(b->im->arena, n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	if (n > 0)
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	plan_import_report(b->im, PLAN_IMPORT_ERROR, b->row->rowno,
			   col ? col : 1, hint, "%s", msg);
}

/* --- codes ------------------------------------------------------------ */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Lengths of the dot-separated parts of code (at most 8); 0 parts when a
 * part is empty or holds a character that is not allowed (template X in
 * the first two parts only, when template). */
static size_t parts(const char *code, size_t len[8], bool template)
{
	size_t n = 0, run = 0;
	for (const char *p = code;; p++) {
		if (*p == '.' || !*p) {
			if (!run || n == 8)
				return 0;
			len[n++] = run;
			run = 0;
			if (!*p)
				return n;
			continue;
		}
		bool x = template && n < 2 && (*p == 'X' || *p == 'x');
		if (!is_digit(*p) && !x)
			return 0;
		run++;
	}
}

static bool lens_are(const size_t *len, size_t n, const char *want)
{
	if (strlen(want) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (len[i] != (size_t)(want[i] - '0'))
			return false;
	return true;
}

/* The byte length of code's first k parts. */
static size_t prefix_len(const char *code, size_t k)
{
	size_t i = 0;
	for (; code[i]; i++)
		if (code[i] == '.' && --k == 0)
			return i;
	return i;
}

static bool national_code_ok(const char *s)
{
	if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
	      is_digit(*s)))
		return false;
	for (; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      is_digit(*s) || *s == '.' || *s == '-' || *s == '_'))
			return false;
	return s[-1] != '.';
}

static size_t count_parts(const char *s)
{
	size_t n = 1;
	for (; *s; s++)
		n += *s == '.';
	return n;
}

/* What a code stands for in this kind of document: a heading, an element
 * of type *t (with the first *plen bytes the code of its parent; 0 at
 * the top), or nothing. */
static enum shape classify(const struct plan_import *im, const char *code,
			   enum plan_elem_type *t, size_t *plen)
{
	enum plan_kind k = im->header.kind;
	size_t len[8], n;
	*plen = 0;
	if (k == KIND_MUSRENBANG) {
		*t = EL_PROPOSAL;
		return national_code_ok(code) ? SHAPE_ELEMENT : SHAPE_BAD;
	}
	if (plan_kind_is_national(k)) {
		if (!national_code_ok(code) || (n = count_parts(code)) > 3)
			return SHAPE_BAD;
		static const enum plan_elem_type types[] = {
			EL_PROGRAM, EL_KEGIATAN, EL_SUB_KEGIATAN};
		*t = types[n - 1];
		*plen = n > 1 ? prefix_len(code, n - 1) : 0;
		return SHAPE_ELEMENT;
	}
	if (plan_kind_is_village(k)) {
		n = parts(code, len, false);
		if (lens_are(len, n, "1"))
			*t = EL_BIDANG;
		else if (lens_are(len, n, "11"))
			*t = EL_SUB_BIDANG, *plen = prefix_len(code, 1);
		else if (lens_are(len, n, "112"))
			*t = EL_VKEGIATAN, *plen = prefix_len(code, 2);
		else
			return SHAPE_BAD;
		return SHAPE_ELEMENT;
	}
	n = parts(code, len, true);
	if (lens_are(len, n, "1") || lens_are(len, n, "12"))
		return SHAPE_HEADING;
	if (lens_are(len, n, "122"))
		*t = EL_PROGRAM;
	else if (lens_are(len, n, "12212"))
		*t = EL_KEGIATAN, *plen = prefix_len(code, 3);
	else if (lens_are(len, n, "122122") || lens_are(len, n, "122124"))
		*t = EL_SUB_KEGIATAN, *plen = prefix_len(code, 5);
	else
		return SHAPE_BAD;
	return SHAPE_ELEMENT;
}

static const char *type_word(enum plan_elem_type t)
{
	switch (t) {
	case EL_KEGIATAN: case EL_VKEGIATAN: return _("kegiatan");
	case EL_SUB_KEGIATAN: return _("sub-kegiatan");
	case EL_SUB_BIDANG: return _("sub-bidang");
	default: return _("element");
	}
}

/* A unit code (digits in dotted parts, at least three), not a name. */
static bool is_unit_code(const char *s)
{
	size_t len[8];
	return parts(s, len, false) >= 3;
}

/* X.XX.01... with the urusan and bidang of a unit code: `X.XX.01` of
 * unit 2.16.2.20.2.21.01.0000 is 2.16.01 (SPEC 8). */
static const char *rewrite_template(struct plan_arena *a, const char *code,
				    const char *unit)
{
	if (!(code[0] == 'X' || code[0] == 'x') || !unit ||
	    !is_unit_code(unit))
		return code;
	size_t len[8];
	if (parts(unit, len, false) < 2 || len[0] != 1 || len[1] != 2)
		return code;
	return plan_arena_printf(a, "%.4s%s", unit, code + 4);
}

/* --- values ----------------------------------------------------------- */

static bool unit_is_percent(const char *unit)
{
	return unit && (!strcmp(unit, "%") || plan_fold_eq(unit, strlen(unit),
							  "persen", 6));
}

/* "target 2026" or "baseline", for a message: made only when one is. */
static const char *value_word(const struct builder *b, int year)
{
	return year ? plan_arena_printf(b->im->arena, _("target %d"), year)
		    : _("baseline");
}

/* A target or baseline cell (year: the target's, 0 for the baseline): a
 * number (converted where certain), a text, or a problem (left out:
 * returns an absent value). */
static struct plan_ival read_value(struct builder *b, unsigned col,
				   const char *s, const char *unit, int year)
{
	struct plan_ival v = {NULL, false};
	size_t len = strlen(s);
	if (!len)
		return v;
	char sep = b->im->sep;
	if (plan_value_sheet_ambiguous(s, len, sep)) {
		problem(b, col,
			sep == ';'
			? _("a table separated by ';' writes thousands with "
			    "'.': write the number without the dot, or with a "
			    "decimal comma")
			: _("a table separated by ',' may write thousands with "
			    "',': write the number without the comma, or with "
			    "a decimal point"),
			_("%s '%s' is ambiguous: a thousands separator or a "
			  "decimal one"), value_word(b, year), s);
		return v;
	}
	char *out = plan_arena_alloc(b->im->arena, len + 1);
	bool pct;
	enum plan_sheet_form f = plan_value_sheet_number(s, len, out, &pct);
	if (f == PLAN_SHEET_TEXT) {
		v.text = s;
		return v;
	}
	if (pct && !unit_is_percent(unit)) {
		if (unit && *unit)
			problem(b, col, _("write the number alone, or give the "
					  "indicator the satuan %"),
				_("%s '%s' has a percent sign but the satuan "
				  "is '%s'"), value_word(b, year), s, unit);
		else
			problem(b, col, _("write the number alone, or give the "
					  "indicator the satuan %"),
				_("%s '%s' has a percent sign but the "
				  "indicator has no satuan"),
				value_word(b, year), s);
		return v;
	}
	v.text = out;
	v.number = true;
	return v;
}

/* arah: up, down or exact, in English or Indonesian (naik, turun,
 * tetap); anything else is left out. */
static const char *read_direction(struct builder *b)
{
	static const struct {
		const char *word, *dir;
	} words[] = {{"up", "up"}, {"naik", "up"}, {"down", "down"},
		     {"turun", "down"}, {"exact", "exact"}, {"tetap", "exact"}};
	const char *s = cell(b, ICOL_DIRECTION);
	if (!*s)
		return NULL;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (plan_fold_eq(s, strlen(s), words[i].word,
				 strlen(words[i].word)))
			return words[i].dir;
	problem(b, col_no(b, ICOL_DIRECTION),
		_("write up (naik), down (turun) or exact (tetap)"),
		_("arah '%s' is not a direction: it is left out"), s);
	return NULL;
}

static void read_indicator(struct builder *b, struct plan_ielem *e)
{
	struct plan_import *im = b->im;
	if (!indicator_content(b))
		return;
	const char *name = cell(b, ICOL_INDICATOR);
	if (!*name) {
		problem(b, col_no(b, ICOL_INDICATOR) ? col_no(b, ICOL_INDICATOR)
						     : col_no(b, ICOL_CODE),
			_("give the indicator's name in the indikator column"),
			_("the row has targets or a baseline but no "
			  "indicator: they are left out"));
		return;
	}
	struct plan_iind *ind = plan_arena_alloc(im->arena, sizeof *ind);
	const char *code = cell(b, ICOL_IND_CODE), *unit = cell(b, ICOL_SATUAN);
	ind->name = name;
	ind->code = *code ? code : NULL;
	ind->unit = *unit ? unit : NULL;
	ind->direction = read_direction(b);
	ind->baseline = read_value(b, col_no(b, ICOL_BASELINE),
				   cell(b, ICOL_BASELINE), ind->unit, 0);
	ind->targets = plan_arena_alloc(im->arena,
					(im->ntargets + 1) * sizeof *ind->targets);
	for (size_t i = 0; i < im->ntargets; i++) {
		unsigned col;
		const char *s = slot_cell(b, ICOL_TARGET, i, &col);
		ind->targets[i] = read_value(b, col, s, ind->unit,
					     im->target_year[i]);
	}
	/* the same indicator twice in one element: kept, with a note (one
	 * look-up: an element may have thousands of rows) */
	char *f = plan_fold(name, strlen(name));
	const char *key = plan_arena_printf(im->arena, "%p|%s", (void *)e, f);
	free(f);
	const struct plan_iind *same = plan_strmap_put(&b->indicators, key,
						       strlen(key), ind);
	if (same != ind)
		plan_import_report(im, PLAN_IMPORT_NOTE, b->row->rowno,
				   col_no(b, ICOL_INDICATOR), NULL,
				   _("the element has an indicator '%s' "
				     "already (row %u)"), name, same->row);
	ind->row = b->row->rowno;
	plan_vec_push(im->arena, &e->indicators, ind);
}

static const char *money_text(int64_t v, char buf[32])
{
	snprintf(buf, 32, "%" PRId64, v);
	return buf;
}

static void money_problem(struct builder *b, unsigned col, const char *s,
			  int year, enum plan_sheet_money st)
{
	const char *hint = _("write whole rupiah in digits, e.g. `1200000000` "
			     "or `Rp 1.200.000.000`");
	switch (st) {
	case PLAN_SHEET_MONEY_NOT_WHOLE:
		problem(b, col, hint, _("pagu %d '%s' is not a whole number "
					"of rupiah"), year, s);
		break;
	case PLAN_SHEET_MONEY_NEGATIVE:
		problem(b, col, hint, _("pagu %d '%s' is negative"), year, s);
		break;
	case PLAN_SHEET_MONEY_AMBIGUOUS:
		problem(b, col, hint, _("pagu %d '%s' is ambiguous: a "
					"thousands separator or a decimal "
					"one"), year, s);
		break;
	case PLAN_SHEET_MONEY_OVERFLOW:
		problem(b, col, hint, _("pagu %d '%s' is larger than %lld "
					"rupiah"), year, s,
			(long long)PLAN_MONEY_MAX);
		break;
	default:
		problem(b, col, hint, _("pagu %d '%s' is not an amount of "
					"rupiah"), year, s);
	}
}

static void read_budgets(struct builder *b, struct plan_ielem *e)
{
	struct plan_import *im = b->im;
	for (size_t i = 0; i < im->nbudgets; i++) {
		unsigned col;
		const char *s = slot_cell(b, ICOL_BUDGET, i, &col);
		int64_t v;
		if (!*s)
			continue;
		enum plan_sheet_money st = plan_value_sheet_money(s, strlen(s),
								  &v);
		if (st != PLAN_SHEET_MONEY_OK) {
			money_problem(b, col, s, im->budget_year[i], st);
			continue;
		}
		struct plan_ibudget *x = &e->budget[i];
		if (x->state == 0) {
			*x = (struct plan_ibudget){v, b->row->rowno, col, 1};
		} else if (v != x->amount) {
			char a[32], c[32];
			problem(b, col,
				_("an element has one pagu a year: repeat it "
				  "on its other rows, or leave them empty"),
				_("pagu %d is %s here but %s on row %u: the "
				  "element's pagu for %d is left out"),
				im->budget_year[i], money_text(v, a),
				money_text(x->amount, c), x->row,
				im->budget_year[i]);
			x->state = 2;
		}
	}
}

/* --- elements --------------------------------------------------------- */

static struct plan_ielem *new_element(struct builder *b,
				      enum plan_elem_type t, const char *code,
				      const char *unit, const char *unit_key,
				      struct plan_ielem *parent)
{
	struct plan_import *im = b->im;
	struct plan_ielem *e = plan_arena_alloc(im->arena, sizeof *e);
	e->type = t;
	if (t == EL_PROPOSAL)
		e->id = code;
	else
		e->code = code;
	const char *name = cell(b, ICOL_NAME);
	e->name = *name ? name : NULL;
	e->name_row = b->row->rowno;
	e->unit_key = unit_key;
	if (*unit && is_unit_code(unit))
		e->unit_code = unit;
	else if (*unit)
		e->opd = unit;
	e->ext = plan_arena_alloc(im->arena, (im->next + 1) * sizeof *e->ext);
	e->budget = plan_arena_alloc(im->arena,
				     (im->nbudgets + 1) * sizeof *e->budget);
	e->parent = parent;
	e->row = b->row->rowno;
	plan_vec_push(im->arena, parent ? &parent->children : &im->top, e);
	plan_vec_push(im->arena, &b->all, e);
	return e;
}

/* s[0..n) has the form of a cross-document reference DOCID#ELEMID: a
 * document id (lower-case letters, digits, `. _ / -`), one `#`, an
 * element id (letters, digits, `. _ -`), as SPEC 3.3 and the schema. */
static bool is_cross_ref(const char *s, size_t n)
{
	const char *hash = memchr(s, '#', n);
	if (!hash || hash == s || hash == s + n - 1)
		return false;
	for (const char *p = s; p < hash; p++)
		if (!((*p >= 'a' && *p <= 'z') || is_digit(*p) || *p == '.' ||
		      *p == '_' || *p == '/' || *p == '-'))
			return false;
	for (const char *p = hash + 1; p < s + n; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      is_digit(*p) || *p == '.' || *p == '_' || *p == '-'))
			return false;
	return true;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Adds s to the strings of l unless it is there (a code's rows repeat
 * their references). */
static void push_once(struct plan_arena *a, struct plan_vec *l, const char *s)
{
	for (size_t i = 0; i < l->len; i++)
		if (!strcmp(l->items[i], s))
			return;
	plan_vec_push(a, l, (void *)s);
}

/* The supports cell: references separated by `;` or a line break; one
 * that is no DOCID#ELEMID is a problem and is left out, a repeat is
 * kept once. */
static void read_supports(struct builder *b, struct plan_ielem *e)
{
	struct plan_import *im = b->im;
	const char *s = cell(b, ICOL_SUPPORTS);
	while (*s) {
		size_t n = strcspn(s, ";\n");
		const char *p = s, *end = s + n;
		s = *end ? end + 1 : end;
		while (p < end && is_space(*p))
			p++;
		while (end > p && is_space(end[-1]))
			end--;
		if (p == end)
			continue;
		const char *ref = plan_arena_strndup(im->arena, p,
						     (size_t)(end - p));
		if (!is_cross_ref(p, (size_t)(end - p))) {
			problem(b, col_no(b, ICOL_SUPPORTS),
				_("write DOCID#ELEMID, as in "
				  "13/rkpd/2026#2.16.03; several separated "
				  "by ';' or a line break"),
				_("supports '%s' is not a reference to an "
				  "element of another document: it is left "
				  "out"), ref);
			continue;
		}
		push_once(im->arena, &e->supports, ref);
	}
}

/* The name, extension cells and sasaran of a row that adds to e. */
static void read_element_cells(struct builder *b, struct plan_ielem *e)
{
	struct plan_import *im = b->im;
	const char *name = cell(b, ICOL_NAME);
	if (*name && !e->name) {
		e->name = name;
		e->name_row = b->row->rowno;
	} else if (*name && !plan_fold_eq(name, strlen(name), e->name,
					  strlen(e->name))) {
		problem(b, col_no(b, ICOL_NAME),
			_("give one element one name on all its rows"),
			_("the name '%s' differs from '%s' on row %u: it is "
			  "left out"), name, e->name, e->name_row);
	}
	for (size_t i = 0; i < im->next; i++) {
		unsigned col;
		const char *s = slot_cell(b, ICOL_EXT, i, &col);
		if (!*s)
			continue;
		if (!e->ext[i])
			e->ext[i] = s;
		else if (strcmp(e->ext[i], s))
			problem(b, col, NULL,
				_("%s '%s' differs from '%s' above: it is "
				  "left out"), im->ext_key[i], s, e->ext[i]);
	}
	read_supports(b, e);
	const char *sas = cell(b, ICOL_SASARAN);
	if (*sas)
		push_once(im->arena, &e->sasaran, sas);
}

static void add_to(struct builder *b, struct plan_ielem *e)
{
	read_element_cells(b, e);
	read_budgets(b, e);
	read_indicator(b, e);
	b->cur = e;
	b->above_left_out = false;
}

static void left_out(struct builder *b)
{
	b->cur = NULL;
	b->above_left_out = true;
}

/* The words that open the total line ending a block of a Bappeda table
 * (folded): `JUMLAH`, `TOTAL`, `JUMLAH TOTAL`, `SUB TOTAL`, `Jumlah
 * Belanja`... */
static bool total_word(const char *f, size_t n)
{
	static const char *const words[] = {"jumlah", "total", "subtotal",
					    "sub total", "grand total"};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		size_t w = strlen(words[i]);
		if (n >= w && !memcmp(f, words[i], w) &&
		    (n == w || f[w] == ' '))
			return true;
	}
	return false;
}

/* A row without a code whose name is a total (a total word first, with
 * or without a trailing colon) and not the name of the element above:
 * its pagu is the sum of rows already read, never more money for the
 * element above, so the row is skipped. */
static bool total_row(const struct builder *b)
{
	const char *name = cell(b, ICOL_NAME);
	if (!*name)
		return false;
	if (b->cur && b->cur->name &&
	    plan_fold_eq(name, strlen(name), b->cur->name,
			 strlen(b->cur->name)))
		return false;
	char *f = plan_fold(name, strlen(name));
	size_t n = strlen(f);
	while (n && (f[n - 1] == ':' || f[n - 1] == ' '))
		n--;
	bool yes = total_word(f, n);
	free(f);
	return yes;
}

/* A row without a code: more for the element above. */
static void continuation(struct builder *b)
{
	if (total_row(b)) {
		/* nothing below a total adds to the block above it */
		b->cur = NULL;
		b->above_left_out = false;
		return;
	}
	if (!indicator_content(b) && !*cell(b, ICOL_SUPPORTS) &&
	    !any_slot(b, ICOL_BUDGET, b->im->nbudgets))
		return;		/* a text line between the rows */
	if (!b->cur) {
		problem(b, col_no(b, ICOL_CODE),
			b->above_left_out ? NULL
			: _("give the row the code of its element"),
			b->above_left_out
			? _("the row above was left out, so this row has "
			    "no element to add to")
			: _("a row without a code adds to the element "
			    "above it, and there is none"));
		return;
	}
	const char *unit = cell(b, ICOL_OPD);
	if (*unit && strcmp(b->cur->unit_key,
			    plan_import_fold_column(b->im->arena, unit)))
		problem(b, col_no(b, ICOL_OPD),
			_("give the row its own code, or the unit of the row "
			  "above"),
			_("the unit '%s' differs from the unit of the element "
			  "above: it is left out"), unit);
	add_to(b, b->cur);
}

static void heading(struct builder *b, const char *code)
{
	b->cur = NULL;
	b->above_left_out = false;
	if (*cell(b, ICOL_INDICATOR))
		problem(b, col_no(b, ICOL_INDICATOR), NULL,
			_("'%s' is an urusan or bidang heading, which has no "
			  "indicators in a plan: the indicator is left out"),
			code);
}

static void coded_row(struct builder *b, const char *code)
{
	struct plan_import *im = b->im;
	enum plan_elem_type t;
	size_t plen;
	enum shape sh = classify(im, code, &t, &plen);
	if (sh == SHAPE_HEADING) {
		heading(b, code);
		return;
	}
	if (sh == SHAPE_BAD) {
		problem(b, col_no(b, ICOL_CODE),
			plan_kind_is_village(im->header.kind)
			? _("village codes are bidang `2`, sub-bidang `2.6`, "
			    "kegiatan `2.6.05`")
			: plan_kind_is_national(im->header.kind) ||
			  im->header.kind == KIND_MUSRENBANG
			? _("codes are letters, digits, `.` and `-`")
			: _("program `X.XX.XX`, kegiatan `X.XX.XX.N.XX`, "
			    "sub-kegiatan `X.XX.XX.N.XX.XXXX`"),
			_("'%s' is not the code of an element: the row is "
			  "left out"), code);
		left_out(b);
		return;
	}
	const char *unit = cell(b, ICOL_OPD);
	const char *unit_key = plan_import_fold_column(im->arena, unit);
	code = rewrite_template(im->arena, code, unit);
	struct plan_ielem *parent = NULL;
	if (plen) {
		parent = plan_strmap_get(&b->latest, code, plen);
		if (!parent) {
			problem(b, col_no(b, ICOL_CODE),
				_("put the row below the row of its parent"),
				_("%s '%s' has no row above it with the code "
				  "'%.*s': the row is left out"),
				type_word(t), code, (int)plen, code);
			left_out(b);
			return;
		}
	}
	const char *key = plan_arena_printf(im->arena, "%p|%d|%s|%s",
					    (void *)parent, (int)t, code,
					    unit_key);
	struct plan_ielem *e = plan_strmap_get(&b->elems, key, strlen(key));
	if (!e) {
		e = new_element(b, t, code, unit, unit_key, parent);
		plan_strmap_put(&b->elems, key, strlen(key), e);
	}
	plan_strmap_set(&b->latest, code, strlen(code), e);
	add_to(b, e);
}

/* Codes that several elements carry get ids `<code>-<n>` in table order
 * (SPEC 8: one code for several units). */
static void shared_code_ids(struct builder *b)
{
	struct plan_import *im = b->im;
	struct strmap count;
	plan_strmap_init(&count);
	for (size_t i = 0; i < b->all.len; i++) {
		struct plan_ielem *e = b->all.items[i];
		if (!e->code)
			continue;
		uintptr_t n = (uintptr_t)plan_strmap_get(&count, e->code,
							 strlen(e->code));
		plan_strmap_set(&count, e->code, strlen(e->code),
				(void *)(n + 1));
	}
	struct strmap seen;
	plan_strmap_init(&seen);
	for (size_t i = 0; i < b->all.len; i++) {
		struct plan_ielem *e = b->all.items[i];
		if (!e->code || (uintptr_t)plan_strmap_get(&count, e->code,
							   strlen(e->code)) < 2)
			continue;
		uintptr_t n = (uintptr_t)plan_strmap_get(&seen, e->code,
							 strlen(e->code)) + 1;
		plan_strmap_set(&seen, e->code, strlen(e->code), (void *)n);
		e->id = plan_arena_printf(im->arena, "%s-%zu", e->code,
					  (size_t)n);
	}
	plan_strmap_release(&seen);
	plan_strmap_release(&count);
}

static void count(struct plan_import *im, const struct plan_ielem *e)
{
	im->counts.elements++;
	im->counts.indicators += e->indicators.len;
	for (size_t i = 0; i < e->indicators.len; i++) {
		const struct plan_iind *ind = e->indicators.items[i];
		for (size_t t = 0; t < im->ntargets; t++)
			im->counts.targets += ind->targets[t].text != NULL;
	}
	for (size_t i = 0; i < im->nbudgets; i++)
		im->counts.budgets += e->budget[i].state == 1;
	for (size_t i = 0; i < e->children.len; i++)
		count(im, e->children.items[i]);
}

void plan_import_build(struct plan_import *im)
{
	struct builder b = {.im = im};
	plan_strmap_init(&b.latest);
	plan_strmap_init(&b.elems);
	plan_strmap_init(&b.indicators);
	for (size_t r = 1; r < im->nrows; r++) {
		b.row = &im->rows[r];
		if (row_blank(b.row))
			continue;
		im->counts.rows++;
		const char *code = cell(&b, ICOL_CODE);
		if (*code)
			coded_row(&b, code);
		else
			continuation(&b);
	}
	shared_code_ids(&b);
	for (size_t i = 0; i < im->top.len; i++)
		count(im, im->top.items[i]);
	plan_strmap_release(&b.latest);
	plan_strmap_release(&b.elems);
	plan_strmap_release(&b.indicators);
}
