/*
 * indicators.c - the indicators table (see indicators.h).
 *
 * A small table (a daftar data lists hundreds of codes, not the region
 * table's 92k rows), so it is read plainly: the file line by line into
 * libcsv, which reports no positions, so that each row's line is known
 * (a quoted newline simply spans two feeds), as tables.c does.
 */
#include "tables/indicators.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/hmap.h"
#include "tables/tables_priv.h"

struct plan_indtable {
	struct plan_arena *arena;	/* codes, names, units */
	struct plan_indicator_def *rows;
	size_t n, cap;
	struct strmap by_code;		/* code -> row number + 1 */
};

void plan_indtable_free(struct plan_indtable *it)
{
	if (!it)
		return;
	plan_strmap_release(&it->by_code);
	plan_arena_free(it->arena);
	free(it->rows);
	free(it);
}

static struct plan_indtable *indtable_new(void)
{
	struct plan_indtable *it = plan_xmalloc(sizeof *it);
	memset(it, 0, sizeof *it);
	it->arena = plan_arena_new();
	plan_strmap_init(&it->by_code);
	return it;
}

/* ---- Reading ---------------------------------------------------------- */

enum col { COL_CODE, COL_NAME, COL_UNIT, COL_AGG, NCOLS };
static const char *const col_names[NCOLS] = {
	"code", "name", "unit", "aggregation"
};

struct field {
	char *s;
	size_t len, cap;
};

struct loader {
	struct plan_tables *t;
	struct plan_indtable *it;
	const char *path;
	unsigned cur_line, rec_line;
	bool rec_started, header_done;
	size_t nfield, ncols;
	long col[NCOLS];		/* column of each, or -1 */
	struct field f[NCOLS];
	size_t first_row;		/* rows of earlier loads */
	struct plan_vec notes;		/* this load's, kept if it succeeds */
	size_t duplicates;		/* of them */
	struct plan_arena *scratch;	/* the notes' text */
};

static void note(struct loader *ld, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void note(struct loader *ld, unsigned line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	plan_vec_push(ld->scratch, &ld->notes,
		      plan_arena_printf(ld->scratch, "%s:%u: %s", ld->path,
					line, msg));
}

/* s[0..n) trimmed of blanks; *n updated. */
static const char *trim(const char *s, size_t *n)
{
	while (*n && isspace((unsigned char)s[0]))
		s++, (*n)--;
	while (*n && isspace((unsigned char)s[*n - 1]))
		(*n)--;
	return s;
}

/* Header names compare after folding case and blanks at the ends. */
static bool header_is(const char *s, size_t n, const char *want)
{
	s = trim(s, &n);
	if (n != strlen(want))
		return false;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)s[i]) != want[i])
			return false;
	return true;
}

static void field_set(struct field *f, const char *s, size_t n)
{
	if (n + 1 > f->cap) {
		f->cap = n + 64;
		f->s = plan_xrealloc(f->s, f->cap);
	}
	if (n)
		memcpy(f->s, s, n);
	f->s[n] = '\0';
	f->len = n;
}

static void on_field(void *s, size_t n, void *ud)
{
	struct loader *ld = ud;
	if (!ld->rec_started) {	/* several records on one line (bare CR) */
		ld->rec_started = true;
		ld->rec_line = ld->cur_line;
	}
	if (!s)
		n = 0;
	if (ld->nfield == 0)	/* a short row must not see the last one's */
		for (int c = 0; c < NCOLS; c++)
			ld->f[c].len = 0;
	for (int c = 0; c < NCOLS; c++) {
		if (!ld->header_done && ld->col[c] < 0 &&
		    header_is(s, n, col_names[c])) {
			ld->col[c] = (long)ld->nfield;
			break;
		}
		if (ld->header_done && ld->col[c] == (long)ld->nfield)
			field_set(&ld->f[c], s, n);
	}
	ld->nfield++;
}

static bool parse_agg(const char *s, size_t n, enum plan_aggregation *a)
{
	static const char *const names[] = {"none", "sum", "min", "max"};
	if (!n) {
		*a = PLAN_AGG_NONE;
		return true;
	}
	for (int i = 0; i < 4; i++)
		if (header_is(s, n, names[i])) {
			*a = (enum plan_aggregation)i;
			return true;
		}
	return false;
}

static const char *cell(struct loader *ld, enum col c, size_t *n)
{
	*n = ld->f[c].len;
	return trim(ld->f[c].s ? ld->f[c].s : "", n);
}

static void keep_row(struct loader *ld, unsigned line)
{
	struct plan_indtable *it = ld->it;
	size_t nc, nn, nu, na;
	const char *code = cell(ld, COL_CODE, &nc);
	const char *name = cell(ld, COL_NAME, &nn);
	const char *unit = cell(ld, COL_UNIT, &nu);
	const char *agg = ld->col[COL_AGG] >= 0 ? cell(ld, COL_AGG, &na) : "";
	if (ld->col[COL_AGG] < 0)
		na = 0;
	if (!nc || !nn || !nu) {
		note(ld, line, _("empty %s (row skipped)"),
		     !nc ? "code" : !nn ? "name" : "unit");
		return;
	}
	void *old = plan_strmap_get(&it->by_code, code, nc);
	if (old) {
		size_t k = (size_t)(uintptr_t)old - 1;
		if (k >= ld->first_row) {
			note(ld, line, _("duplicate code '%.*s' (first at line %u)"),
			     (int)nc, code, it->rows[k].line);
			ld->duplicates++;
		}
		return;		/* an earlier file's listing wins quietly */
	}
	struct plan_indicator_def d = {
		plan_arena_strndup(it->arena, code, nc),
		plan_arena_strndup(it->arena, name, nn),
		plan_arena_strndup(it->arena, unit, nu), PLAN_AGG_NONE, line,
		(unsigned)it->n,
	};
	if (!parse_agg(agg, na, &d.agg))
		note(ld, line, _("unknown aggregation '%.*s' (sum, min, max or "
				 "none): taken as none"), (int)na, agg);
	if (it->n == it->cap) {
		it->cap = it->cap ? 2 * it->cap : 64;
		it->rows = plan_xrealloc(it->rows, it->cap * sizeof *it->rows);
	}
	it->rows[it->n++] = d;
	plan_strmap_put(&it->by_code, d.code, nc, (void *)(uintptr_t)it->n);
}

static void on_record(int term, void *ud)
{
	struct loader *ld = ud;
	(void)term;
	unsigned line = ld->rec_started ? ld->rec_line : ld->cur_line;
	size_t n = ld->nfield;
	ld->nfield = 0;
	ld->rec_started = false;
	if (!ld->header_done) {
		ld->header_done = true;
		ld->ncols = n;
		return;
	}
	if (ld->col[COL_CODE] < 0 || ld->col[COL_NAME] < 0 ||
	    ld->col[COL_UNIT] < 0)
		return;		/* the load fails on the header */
	if (n != ld->ncols) {
		note(ld, line, plan_trn("%zu field, expected %zu (row skipped)",
					"%zu fields, expected %zu (row skipped)",
					n), n, ld->ncols);
		return;
	}
	keep_row(ld, line);
}

static int fail(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	if (err && errlen) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

/* Feed buf line by line; -1 on a CSV syntax error. */
static int feed(struct loader *ld, struct csv_parser *p, const char *buf,
		size_t len)
{
	while (len) {
		const char *nl = memchr(buf, '\n', len);
		size_t n = nl ? (size_t)(nl - buf) + 1 : len;
		if (!ld->rec_started && !blank(buf, n)) {
			ld->rec_started = true;
			ld->rec_line = ld->cur_line;
		}
		if (csv_parse(p, buf, n, on_field, on_record, ld) != n)
			return -1;
		buf += n;
		len -= n;
		if (nl)
			ld->cur_line++;
	}
	return 0;
}

static int parse(struct loader *ld, FILE *fp, char *err, size_t errlen)
{
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return fail(err, errlen, _("%s: out of memory"), ld->path);
	char buf[1 << 14];
	size_t n;
	bool first = true;
	int rc = 0;
	while (rc == 0 && (n = fread(buf, 1, sizeof buf, fp)) > 0) {
		const char *s = buf;
		if (first && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
			s += 3, n -= 3;
		first = false;
		if (feed(ld, &p, s, n))
			rc = fail(err, errlen, _("%s:%u: CSV syntax error: %s"),
				  ld->path, ld->cur_line,
				  csv_strerror(csv_error(&p)));
	}
	if (rc == 0 && ferror(fp))
		rc = fail(err, errlen, "%s: %s", ld->path, strerror(errno));
	if (rc == 0 && csv_fini(&p, on_field, on_record, ld) != 0)
		rc = fail(err, errlen, _("%s:%u: unterminated quoted field"),
			  ld->path,
			  ld->rec_started ? ld->rec_line : ld->cur_line);
	csv_free(&p);
	if (rc)
		return rc;
	if (!ld->header_done)
		return fail(err, errlen, _("%s: empty file, no header row"),
			    ld->path);
	for (int c = COL_CODE; c <= COL_UNIT; c++)
		if (ld->col[c] < 0)
			return fail(err, errlen,
				    _("%s:1: no '%s' column in the header"),
				    ld->path, col_names[c]);
	return 0;
}

/* Forget the rows from n on, after a load that failed half-way. */
static void truncate_rows(struct plan_indtable *it, size_t n)
{
	if (it->n == n)
		return;
	it->n = n;
	plan_strmap_release(&it->by_code);
	plan_strmap_init(&it->by_code);
	for (size_t i = 0; i < n; i++)
		plan_strmap_put(&it->by_code, it->rows[i].code,
				strlen(it->rows[i].code),
				(void *)(uintptr_t)(i + 1));
}

int plan_tables_load_indicators(struct plan_tables *t, const char *path,
				char *err, size_t errlen)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return fail(err, errlen, "%s: %s", path, strerror(errno));
	struct plan_indtable **slot = plan_tables_indtable_slot(t);
	bool fresh = !*slot;
	if (fresh)
		*slot = indtable_new();
	struct loader ld = {
		.t = t, .it = *slot, .path = path, .cur_line = 1,
		.first_row = (*slot)->n, .scratch = plan_arena_new(),
	};
	for (int c = 0; c < NCOLS; c++)
		ld.col[c] = -1;
	int rc = parse(&ld, fp, err, errlen);
	fclose(fp);
	if (rc == 0) {
		plan_tables_add_faults(t, path,
				       (const char *const *)ld.notes.items,
				       ld.notes.len, ld.duplicates);
	} else if (fresh) {
		plan_indtable_free(*slot);
		*slot = NULL;
	} else {
		truncate_rows(*slot, ld.first_row);
	}
	for (int c = 0; c < NCOLS; c++)
		free(ld.f[c].s);
	plan_arena_free(ld.scratch);
	return rc;
}

/* ---- Looking up ------------------------------------------------------- */

bool plan_tables_has_indicators(const struct plan_tables *t)
{
	return plan_tables_indtable(t) != NULL;
}

const struct plan_indicator_def *
plan_tables_indicator(const struct plan_tables *t, const char *code,
		      size_t len)
{
	const struct plan_indtable *it = plan_tables_indtable(t);
	if (!it || !code)
		return NULL;
	void *v = plan_strmap_get(&it->by_code, code, len);
	return v ? &it->rows[(size_t)(uintptr_t)v - 1] : NULL;
}

size_t plan_tables_indicator_count(const struct plan_tables *t)
{
	const struct plan_indtable *it = plan_tables_indtable(t);
	return it ? it->n : 0;
}

const struct plan_indicator_def *
plan_tables_indicator_at(const struct plan_tables *t, size_t i)
{
	const struct plan_indtable *it = plan_tables_indtable(t);
	return it && i < it->n ? &it->rows[i] : NULL;
}

const char *plan_aggregation_name(enum plan_aggregation a)
{
	switch (a) {
	case PLAN_AGG_SUM: return "sum";
	case PLAN_AGG_MIN: return "min";
	case PLAN_AGG_MAX: return "max";
	default: return "none";
	}
}
