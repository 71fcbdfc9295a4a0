#include "tables/tables.h"

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
#include "base/value.h"
#include "tables/tables_priv.h"

/*
 * A table is an array of rows plus an index (base/hmap.h) of row numbers
 * under their codes' hashes, eight bytes a slot, so the full region table
 * (~92k rows) indexes in 2 MB and a look-up is one or two probes.
 */
struct row {
	const char *code, *name;
	unsigned seen_in;		/* the last load that listed the code */
	unsigned seen_line;		/* and its line there */
};

struct table {
	struct row *rows;
	size_t len, cap;
	struct plan_hmap index;		/* code -> row */
};

/* A code whose name is some name, in a chain per name (table order). */
struct named {
	const char *code;
	struct named *next;
	unsigned char level;		/* of the file that lists it, or 0 */
};

/* The nomenclature files in force from one year on (SPEC 5). */
struct plan_nomenclature {
	int from;
	struct table codes;		/* every code; the first listing wins */
	/* program names by the level of the file listing them (1 provinsi,
	 * 2 kab/kota): program codes carry no level digit, and the two
	 * tables name some programs differently */
	struct table programs[2];
	bool have_level[2];
	struct strmap by_name;		/* plan_name_key -> struct named */
};

struct plan_tables {
	struct plan_arena *arena;	/* every code, name and note */
	struct table regions;
	bool have_regions;
	unsigned loads;			/* files loaded so far, for seen_in */
	struct strmap children;		/* region code -> struct kids */
	struct plan_vec notes;
	struct plan_nomenclature *sets;	/* by `from`, ascending */
	size_t nsets;
	int from;			/* the set the next loads go to */
	struct plan_table_faults *faults;	/* one per table loaded */
	size_t nfaults;
	struct plan_indtable *indicators;	/* indicators.c; or NULL */
};

static uint64_t code_hash(const char *code)
{
	return plan_hash(code, strlen(code));
}

static void table_release(struct table *tb)
{
	free(tb->rows);
	plan_hmap_release(&tb->index);
	memset(tb, 0, sizeof *tb);
}

/* The row of code, or PLAN_HMAP_NONE; *p is where the walk stopped. */
static uint32_t table_find(const struct table *tb, const char *code,
			   struct plan_hprobe *p)
{
	for (uint32_t v = plan_hmap_first(&tb->index, code_hash(code), p);
	     v != PLAN_HMAP_NONE; v = plan_hmap_next(&tb->index, p))
		if (!strcmp(tb->rows[v].code, code))
			return v;
	return PLAN_HMAP_NONE;
}

static const struct row *table_get(const struct table *tb,
				   const char *code)
{
	struct plan_hprobe p;
	uint32_t v = table_find(tb, code, &p);
	return v == PLAN_HMAP_NONE ? NULL : &tb->rows[v];
}

/* Room for one more row, so that a walk made next stays valid. */
static void table_reserve(struct table *tb)
{
	plan_hmap_reserve(&tb->index, tb->len + 1);
	if (tb->len == tb->cap) {
		tb->cap = tb->cap ? 2 * tb->cap : 512;
		tb->rows = plan_xrealloc(tb->rows, tb->cap * sizeof *tb->rows);
	}
}

/* Add r where a walk for its code ended (after table_reserve). */
static void table_put(struct table *tb, const struct plan_hprobe *p,
		      const struct row *r)
{
	plan_hmap_insert(&tb->index, p, (uint32_t)tb->len);
	tb->rows[tb->len++] = *r;
}

/* Forget the rows from n on (a load that failed half-way). */
static void table_truncate(struct table *tb, size_t n)
{
	if (n == tb->len)
		return;
	tb->len = n;
	plan_hmap_clear(&tb->index);
	for (size_t r = 0; r < n; r++)
		plan_hmap_add(&tb->index, code_hash(tb->rows[r].code),
			      (uint32_t)r);
}

static void children_release(struct plan_tables *t);

struct plan_tables *plan_tables_new(void)
{
	struct plan_tables *t = plan_xmalloc(sizeof *t);
	memset(t, 0, sizeof *t);
	t->arena = plan_arena_new();
	return t;
}

void plan_tables_free(struct plan_tables *t)
{
	if (!t)
		return;
	children_release(t);
	plan_indtable_free(t->indicators);
	table_release(&t->regions);
	for (size_t i = 0; i < t->nsets; i++) {
		struct plan_nomenclature *n = &t->sets[i];
		table_release(&n->codes);
		table_release(&n->programs[0]);
		table_release(&n->programs[1]);
		plan_strmap_release(&n->by_name);
	}
	free(t->sets);
	free(t->faults);
	plan_arena_free(t->arena);
	free(t);
}

/* ------------------------------------------------------------------ */
/* Reading a CSV table (tables_priv.h).  libcsv reports no positions, so
 * the input is fed to it one physical line at a time and the reader
 * always knows the current line (a quoted newline simply spans two
 * feeds). */

struct field {
	char *s;
	size_t len, cap;
};

struct note {
	unsigned line;
	size_t seq;			/* keeps one line's notes in order */
	enum plan_csvnote kind;
	const char *text;
};

struct plan_csvload {
	struct plan_tables *t;
	const struct plan_csvspec *spec;
	void *ud;			/* the spec's callbacks' */
	const char *path;
	unsigned cur_line;		/* line being fed to libcsv */
	unsigned rec_line;		/* line where the record began */
	bool rec_started;
	size_t nfield;			/* fields seen in this record */
	bool header_done;
	size_t ncols;			/* fields of the header row */
	long col[PLAN_CSV_MAXCOLS];	/* each wanted column's place, or -1 */
	struct field f[PLAN_CSV_MAXCOLS];
	struct note *notes;
	size_t nnotes, capnotes;
};

static void field_set(struct field *f, const void *s, size_t n)
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

/* Codes and names are compared exactly, so stray blanks of a quoted cell
 * go: the cell is f's text trimmed, ended in place. */
static struct plan_csvcell field_cell(struct field *f)
{
	if (!f->s)
		return (struct plan_csvcell){"", 0};
	char *s = f->s;
	size_t len = f->len;
	while (len && isspace((unsigned char)s[0]))
		s++, len--;
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	s[len] = '\0';
	return (struct plan_csvcell){s, len};
}

void plan_csvload_note(struct plan_csvload *ld, enum plan_csvnote kind,
		       unsigned line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (ld->nnotes == ld->capnotes) {
		ld->capnotes = ld->capnotes ? 2 * ld->capnotes : 16;
		ld->notes = plan_xrealloc(ld->notes,
					  ld->capnotes * sizeof *ld->notes);
	}
	struct note *n = &ld->notes[ld->nnotes];
	n->line = line;
	n->kind = kind;
	n->seq = ld->nnotes++;
	n->text = plan_arena_printf(ld->t->arena, "%s:%u: %s", ld->path, line,
				    msg);
}

static bool header_is(const void *s, size_t n, const char *want)
{
	const unsigned char *p = s;
	while (n && isspace(p[0]))
		p++, n--;
	while (n && isspace(p[n - 1]))
		n--;
	if (n != strlen(want))
		return false;
	for (size_t i = 0; i < n; i++)
		if (tolower(p[i]) != want[i])
			return false;
	return true;
}

static void take_field(struct plan_csvload *ld, const void *s, size_t n)
{
	const struct plan_csvspec *sp = ld->spec;
	if (!ld->rec_started) {	/* several records on one line (bare CR) */
		ld->rec_started = true;
		ld->rec_line = ld->cur_line;
	}
	if (!s)
		n = 0;
	if (ld->nfield == 0)	/* a short row must not see the last one's */
		for (size_t c = 0; c < sp->ncols; c++)
			ld->f[c].len = 0;
	for (size_t c = 0; c < sp->ncols; c++) {
		if (!ld->header_done && ld->col[c] < 0 &&
		    header_is(s, n, sp->cols[c])) {
			ld->col[c] = (long)ld->nfield;
			break;
		}
		if (ld->header_done && ld->col[c] == (long)ld->nfield) {
			field_set(&ld->f[c], s, n);
			break;
		}
	}
	ld->nfield++;
}

static void on_field(void *s, size_t n, void *ud)
{
	take_field(ud, s, n);
}

static bool have_required(const struct plan_csvload *ld)
{
	for (size_t c = 0; c < ld->spec->nrequired; c++)
		if (ld->col[c] < 0)
			return false;
	return true;
}

static void on_record(int term, void *ud)
{
	struct plan_csvload *ld = ud;
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
	if (!have_required(ld))
		return;		/* the load fails on the header */
	if (n != ld->ncols) {
		plan_csvload_note(ld, PLAN_CSVNOTE_MALFORMED, line,
			plan_trn("%zu field, expected %zu (row skipped)",
				 "%zu fields, expected %zu (row skipped)", n),
			n, ld->ncols);
		return;
	}
	struct plan_csvcell cell[PLAN_CSV_MAXCOLS];
	for (size_t c = 0; c < ld->spec->ncols; c++)
		cell[c] = field_cell(&ld->f[c]);
	ld->spec->row(ld, ld->ud, line, cell);
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

/* libcsv drops lines of blanks, so a record begins on the first line
 * with something else in it. */
static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

static bool csv_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* A whole line (n bytes, its LF included) without a quote, and without a
 * CR but before its LF, means what it says: fields between commas, with
 * libcsv's blanks (spaces, tabs) dropped from their ends.  Such a line is
 * split here, sparing libcsv's byte-at-a-time machine: the region table
 * is 92k of them, and libcsv took 5% of a province's check.  Only when
 * libcsv is between records; false sends the line to libcsv. */
static bool plain_record(struct plan_csvload *ld, const char *s, size_t n)
{
	size_t body = n - 1;
	if (body && s[body - 1] == '\r')
		body--;
	if (memchr(s, '"', body) || memchr(s, '\r', body) || blank(s, body))
		return false;
	const char *end = s + body;	/* take_field starts the record */
	for (const char *f = s;; f++) {
		const char *e = f;
		while (e < end && *e != ',')
			e++;
		const char *a = f, *z = e;
		while (a < z && csv_blank(*a))
			a++;
		while (z > a && csv_blank(z[-1]))
			z--;
		take_field(ld, a, (size_t)(z - a));
		if (e == end)
			break;
		f = e;
	}
	on_record(CSV_LF, ld);
	return true;
}

/* Feed buf to the parser line by line; 0, or -1 on a CSV syntax error.
 * buf may end mid-line: the parser keeps its state between feeds. */
static int feed(struct plan_csvload *ld, struct csv_parser *p,
		const char *buf, size_t len)
{
	while (len) {
		const char *nl = memchr(buf, '\n', len);
		size_t n = nl ? (size_t)(nl - buf) + 1 : len;
		/* !rec_started: libcsv is between records, blanks at most
		 * skipped, so what follows may be read without it */
		bool plain = nl && !ld->rec_started && plain_record(ld, buf, n);
		if (!plain && !ld->rec_started && !blank(buf, n)) {
			ld->rec_started = true;
			ld->rec_line = ld->cur_line;
		}
		if (!plain && csv_parse(p, buf, n, on_field, on_record, ld) != n)
			return -1;
		buf += n;
		len -= n;
		if (nl)
			ld->cur_line++;
	}
	return 0;
}

/* libcsv's complaint in a planner's words: in strict mode the one it
 * makes is a quote that neither opens nor closes a field. */
static const char *csv_problem(int e)
{
	if (e == CSV_EPARSE)
		return _("a quote in the middle of a field (inside quotes, "
			 "write a quote twice: \"\")");
	return csv_strerror(e);
}

/* Stream fp through the parser; 0, or -1 with err set. */
static int parse_stream(struct plan_csvload *ld, FILE *fp,
			struct csv_parser *p, char *err, size_t errlen)
{
	char buf[1 << 16];
	size_t n;
	bool first = true;
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
		const char *s = buf;
		if (first && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
			s += 3, n -= 3;
		first = false;
		if (feed(ld, p, s, n))
			return fail(err, errlen, _("%s:%u: CSV syntax error: %s"),
				    ld->path, ld->cur_line,
				    csv_problem(csv_error(p)));
	}
	if (ferror(fp))
		return fail(err, errlen, "%s: %s", ld->path, plan_strerror(errno));
	if (csv_fini(p, on_field, on_record, ld) != 0)
		return fail(err, errlen, _("%s:%u: unterminated quoted field"),
			    ld->path,
			    ld->rec_started ? ld->rec_line : ld->cur_line);
	return 0;
}

static int parse_file(struct plan_csvload *ld, FILE *fp, char *err,
		      size_t errlen)
{
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return fail(err, errlen, _("%s: out of memory"), ld->path);
	int rc = parse_stream(ld, fp, &p, err, errlen);
	csv_free(&p);
	if (rc)
		return rc;
	if (!ld->header_done)
		return fail(err, errlen, _("%s: empty file, no header row"),
			    ld->path);
	for (size_t c = 0; c < ld->spec->nrequired; c++)
		if (ld->col[c] < 0)
			return fail(err, errlen,
				    _("%s:1: no '%s' column in the header"),
				    ld->path, ld->spec->cols[c]);
	return 0;
}

static int note_cmp(const void *a, const void *b)
{
	const struct note *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The table's notes, in line order within the file, and its line in
 * the list of faults. */
static void keep_notes(struct plan_csvload *ld)
{
	struct plan_tables *t = ld->t;
	struct plan_table_faults f = {
		plan_arena_strdup(t->arena, ld->path), t->notes.len,
		ld->nnotes, 0, 0, 0,
	};
	if (ld->nnotes)		/* qsort wants a real array even for none */
		qsort(ld->notes, ld->nnotes, sizeof *ld->notes, note_cmp);
	for (size_t i = 0; i < ld->nnotes; i++) {
		plan_vec_push(t->arena, &t->notes, (void *)ld->notes[i].text);
		switch (ld->notes[i].kind) {
		case PLAN_CSVNOTE_DUPLICATE: f.duplicates++; break;
		case PLAN_CSVNOTE_ORPHAN: f.orphans++; break;
		default: f.malformed++; break;
		}
	}
	t->faults = plan_xrealloc(t->faults,
				  (t->nfaults + 1) * sizeof *t->faults);
	t->faults[t->nfaults++] = f;
}

int plan_tables_read_csv(struct plan_tables *t, const char *path,
			 const struct plan_csvspec *spec, void *ud,
			 char *err, size_t errlen)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return fail(err, errlen, "%s: %s", path, plan_strerror(errno));
	struct plan_csvload ld = {
		.t = t, .spec = spec, .ud = ud, .path = path, .cur_line = 1,
	};
	for (size_t c = 0; c < PLAN_CSV_MAXCOLS; c++)
		ld.col[c] = -1;
	int rc = parse_file(&ld, fp, err, errlen);
	fclose(fp);
	if (rc == 0) {
		if (spec->end)
			spec->end(&ld, ud);
		keep_notes(&ld);
	}
	for (size_t c = 0; c < PLAN_CSV_MAXCOLS; c++)
		free(ld.f[c].s);
	free(ld.notes);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Loading the region and nomenclature tables. */

/* A parent not seen yet: checked when the whole file is in, as a table
 * need not list a parent before its children. */
struct pending_parent {
	const char *code, *parent;
	unsigned line;
};

enum { COL_CODE, COL_NAME, COL_PARENT };

struct loader {
	struct plan_tables *t;
	struct table *dst;
	unsigned load;			/* this load's number, for seen_in */
	struct plan_arena *scratch;	/* parent codes, freed after the load */
	struct pending_parent *parents;
	size_t nparents, capparents;
	/* nomenclature loads: the set, the codes this file listed (each
	 * with its name after its NUL), and its kegiatan by level digit */
	struct plan_nomenclature *set;
	const char **rows;
	size_t nrows, caprows;
	size_t level_digits[2];
};

/* Tables mostly list a parent before its children, so most parents are
 * checked at once; the rest wait for the end of the file. */
static void want_parent(struct loader *ld, const char *code,
			const struct plan_csvcell *parent, unsigned line)
{
	if (!parent->len)
		return;
	const struct row *r = table_get(ld->dst, parent->s);
	if (r && r->seen_in == ld->load)
		return;
	if (ld->nparents == ld->capparents) {
		ld->capparents = ld->capparents ? 2 * ld->capparents : 64;
		ld->parents = plan_xrealloc(ld->parents, ld->capparents *
					    sizeof *ld->parents);
	}
	ld->parents[ld->nparents++] = (struct pending_parent){
		code, plan_arena_strndup(ld->scratch, parent->s, parent->len),
		line};
}

/* Enter code s (with its name after its NUL) from line; false when this
 * file listed it before.  The first listing of a code wins, in a file (a
 * later one is a duplicate) and across files (provinsi and kab/kota
 * tables share their programs, which is no fault). */
static bool claim_code(struct loader *ld, struct plan_csvload *csv,
		       const char *s, size_t nc, unsigned line)
{
	struct table *tb = ld->dst;
	struct plan_hprobe p;
	table_reserve(tb);
	uint32_t v = table_find(tb, s, &p);
	if (v == PLAN_HMAP_NONE) {
		table_put(tb, &p, &(struct row){s, s + nc + 1, ld->load, line});
		return true;
	}
	struct row *old = &tb->rows[v];
	if (old->seen_in == ld->load) {
		plan_csvload_note(csv, PLAN_CSVNOTE_DUPLICATE, line,
				  _("duplicate code '%s' (first at line %u)"),
				  s, old->seen_line);
		return false;
	}
	old->seen_in = ld->load;
	old->seen_line = line;
	return true;
}

/* Digits, or the template's X, at each place of X.XX.XX.N.XX: the shape
 * of a program (3 parts) or a kegiatan (5) in a table. */
static int code_parts(const char *c)
{
	static const unsigned char w[] = {1, 2, 2, 1, 2, 0};
	int parts = 0;
	for (size_t p = 0; w[parts]; parts++) {
		if (parts && c[p++] != '.')
			return parts;
		for (unsigned k = 0; k < w[parts]; k++, p++)
			if (!isdigit((unsigned char)c[p]) && c[p] != 'X')
				return -1;
		if (c[p] == '\0')
			return parts + 1;
	}
	return -1;
}

static void remember_row(struct loader *ld, const char *code)
{
	if (ld->nrows == ld->caprows) {
		ld->caprows = ld->caprows ? 2 * ld->caprows : 1024;
		ld->rows = plan_xrealloc(ld->rows,
					 ld->caprows * sizeof *ld->rows);
	}
	ld->rows[ld->nrows++] = code;
	if (code_parts(code) == 5 && (code[8] == '1' || code[8] == '2'))
		ld->level_digits[code[8] - '1']++;
}

/* One row of data.  Code and name share one allocation: the big region
 * table has ~92k of each. */
static void keep_row(struct plan_csvload *csv, void *ud, unsigned line,
		     const struct plan_csvcell *cell)
{
	struct loader *ld = ud;
	const char *c = cell[COL_CODE].s, *nm = cell[COL_NAME].s;
	size_t nc = cell[COL_CODE].len, nn = cell[COL_NAME].len;
	if (!nc || !nn) {
		plan_csvload_note(csv, PLAN_CSVNOTE_MALFORMED, line,
				  _("empty %s (row skipped)"),
				  nc ? "name" : "code");
		return;
	}
	nn = plan_name_unmarked(nm, nn);	/* DAYAH******) */
	char *s = plan_arena_alloc(ld->t->arena, nc + nn + 2);
	memcpy(s, c, nc);
	memcpy(s + nc + 1, nm, nn);
	if (!claim_code(ld, csv, s, nc, line))
		return;
	want_parent(ld, s, &cell[COL_PARENT], line);
	if (ld->set)
		remember_row(ld, s);
}

static void note_orphans(struct plan_csvload *csv, void *ud)
{
	struct loader *ld = ud;
	for (size_t i = 0; i < ld->nparents; i++) {
		const struct pending_parent *pp = &ld->parents[i];
		const struct row *r = table_get(ld->dst, pp->parent);
		if (!r || r->seen_in != ld->load)
			plan_csvload_note(csv, PLAN_CSVNOTE_ORPHAN, pp->line,
				_("code '%s': parent '%s' is not in the table"),
				pp->code, pp->parent);
	}
}

static const char *const table_cols[] = {"code", "name", "parent"};
static const struct plan_csvspec table_spec = {
	.cols = table_cols, .ncols = 3, .nrequired = 2,	/* parent optional */
	.row = keep_row, .end = note_orphans,
};

/* A failed load leaves dst as it was: its new rows are dropped and its
 * notes never join the table's. */
static void index_rows(struct loader *ld);

/* Load path into dst (into set, when it is a nomenclature file); *loaded
 * (may be NULL) is set when it succeeds. */
static int load(struct plan_tables *t, struct table *dst,
		struct plan_nomenclature *set, bool *loaded,
		const char *path, char *err, size_t errlen)
{
	struct loader ld = {
		.t = t, .dst = dst, .load = ++t->loads,
		.scratch = plan_arena_new(), .set = set,
	};
	size_t before = dst->len;
	int rc = plan_tables_read_csv(t, path, &table_spec, &ld, err, errlen);
	if (rc == 0) {
		if (loaded)
			*loaded = true;
		if (set)
			index_rows(&ld);
	} else {
		table_truncate(dst, before);
	}
	free(ld.rows);
	free(ld.parents);
	plan_arena_free(ld.scratch);
	return rc;
}

/* The regions directly below each region, by code: what is below a code
 * is found from the codes themselves (a `.` boundary), so a table without
 * a `parent` column serves as well.  region-unknown reads it to find the
 * sibling a document's region name belongs to. */
struct kids {
	const char **v;
	size_t n, cap;
};

static void children_release(struct plan_tables *t)
{
	for (size_t i = 0; i < t->children.len; i++) {
		struct kids *k = t->children.v[i].value;
		free(k->v);
		free(k);
	}
	plan_strmap_release(&t->children);
}

static void children_build(struct plan_tables *t)
{
	children_release(t);
	for (size_t i = 0; i < t->regions.len; i++) {
		const char *code = t->regions.rows[i].code;
		const char *dot = strrchr(code, '.');
		size_t plen = dot ? (size_t)(dot - code) : 0;
		struct kids *k = plan_strmap_get(&t->children, code, plen);
		if (!k) {
			k = plan_xmalloc(sizeof *k);
			memset(k, 0, sizeof *k);
			plan_strmap_set(&t->children, code, plen, k);
		}
		if (k->n == k->cap) {
			k->cap = k->cap ? k->cap * 2 : 8;
			k->v = plan_xrealloc(k->v, k->cap * sizeof *k->v);
		}
		k->v[k->n++] = code;
	}
}

int plan_tables_load_regions(struct plan_tables *t, const char *path,
			     char *err, size_t errlen)
{
	if (load(t, &t->regions, NULL, &t->have_regions, path, err, errlen))
		return -1;
	children_build(t);
	return 0;
}

size_t plan_tables_region_children(const struct plan_tables *t,
				   const char *code,
				   const char *const **codes)
{
	*codes = NULL;
	if (!t || !t->have_regions || !code)
		return 0;
	const struct kids *k = plan_strmap_get(&t->children, code, strlen(code));
	if (!k)
		return 0;
	*codes = k->v;
	return k->n;
}

void plan_tables_nomenclature_from(struct plan_tables *t, int year)
{
	t->from = year;
}

/* The set of year t->from, made when there is none. */
static struct plan_nomenclature *set_for_loading(struct plan_tables *t)
{
	size_t i = 0;
	while (i < t->nsets && t->sets[i].from < t->from)
		i++;
	if (i < t->nsets && t->sets[i].from == t->from)
		return &t->sets[i];
	t->sets = plan_xrealloc(t->sets, (t->nsets + 1) * sizeof *t->sets);
	memmove(&t->sets[i + 1], &t->sets[i],
		(t->nsets - i) * sizeof *t->sets);
	t->nsets++;
	memset(&t->sets[i], 0, sizeof t->sets[i]);
	t->sets[i].from = t->from;
	return &t->sets[i];
}

int plan_tables_load_nomenclature(struct plan_tables *t, const char *path,
				  char *err, size_t errlen)
{
	size_t had = t->nsets;
	struct plan_nomenclature *set = set_for_loading(t);
	if (load(t, &set->codes, set, NULL, path, err, errlen) == 0)
		return 0;
	if (t->nsets > had) {	/* a set of one failed load: none */
		size_t i = (size_t)(set - t->sets);
		table_release(&set->codes);
		memmove(&t->sets[i], &t->sets[i + 1],
			(t->nsets - i - 1) * sizeof *t->sets);
		t->nsets--;
	}
	return -1;
}

/* Put code (name after its NUL) under its name key. */
static void index_name(struct plan_tables *t, struct plan_nomenclature *n,
		       const char *code, int level)
{
	const char *name = code + strlen(code) + 1;
	size_t len = strlen(name);
	char *key = plan_arena_alloc(t->arena, len + 1);
	size_t klen = plan_name_key(name, len, key);
	if (!klen)
		return;
	struct named *e = plan_arena_alloc(t->arena, sizeof *e);
	*e = (struct named){code, NULL, (unsigned char)level};
	struct named *head = plan_strmap_get(&n->by_name, key, klen);
	if (!head) {
		plan_strmap_set(&n->by_name, key, klen, e);
		return;
	}
	while (head->next)
		head = head->next;
	head->next = e;
}

/* After a load: the file's level from its kegiatan (SPEC 4: the
 * provinsi table is the one whose kegiatan carry level digit 1), its
 * program names under that level, every name in the name index. */
static void index_rows(struct loader *ld)
{
	struct plan_nomenclature *n = ld->set;
	size_t *d = ld->level_digits;
	int level = d[0] > d[1] ? 1 : d[1] > d[0] ? 2 : 0;
	if (level)
		n->have_level[level - 1] = true;
	for (size_t i = 0; i < ld->nrows; i++) {
		const char *code = ld->rows[i];
		index_name(ld->t, n, code, level);
		if (!level || code_parts(code) != 3)
			continue;
		struct table *tb = &n->programs[level - 1];
		struct plan_hprobe p;
		table_reserve(tb);
		if (table_find(tb, code, &p) == PLAN_HMAP_NONE)
			table_put(tb, &p, &(struct row){
				code, code + strlen(code) + 1, ld->load, 0});
	}
}

bool plan_tables_has_regions(const struct plan_tables *t)
{
	return t && t->have_regions;
}

bool plan_tables_has_nomenclature(const struct plan_tables *t)
{
	return t && t->nsets > 0;
}

const char *plan_tables_region_name(const struct plan_tables *t,
				    const char *code)
{
	if (!t || !code)
		return NULL;
	const struct row *r = table_get(&t->regions, code);
	return r ? r->name : NULL;
}

/* ------------------------------------------------------------------ */
/* Nomenclature look-up with the spellings SPEC 5 and 3.5 make equal. */

#define CODE_MAX 64

/* `B.BB.01...` -> `X.XX.01...` in out; false when code is not so shaped. */
static bool as_template(const char *code, char *out)
{
	const char *c = code;
	if (!(isdigit((unsigned char)c[0]) && c[1] == '.' &&
	      isdigit((unsigned char)c[2]) && isdigit((unsigned char)c[3]) &&
	      c[4] == '.' && c[5] == '0' && c[6] == '1' &&
	      (c[7] == '\0' || c[7] == '.')))
		return false;
	if (strlen(code) >= CODE_MAX)
		return false;
	strcpy(out, code);
	memcpy(out, "X.XX", 4);
	return true;
}

/* The sub-kegiatan (sixth part) in its other spelling: `00NN` <-> `NN`.
 * False when code has no such part. */
static bool other_subkeg(const char *code, char *out)
{
	const char *last = code;
	int dots = 0;
	for (const char *c = code; *c; c++)
		if (*c == '.')
			dots++, last = c + 1;
	size_t n = strlen(last), head = (size_t)(last - code);
	if (dots != 5 || head + 4 >= CODE_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)last[i]))
			return false;
	memcpy(out, code, head);
	if (n == 4 && last[0] == '0' && last[1] == '0')
		memcpy(out + head, last + 2, 3);
	else if (n == 2)
		snprintf(out + head, CODE_MAX - head, "00%s", last);
	else
		return false;
	return true;
}

static const char *code_get(const struct table *tb, const char *code)
{
	const struct row *r = table_get(tb, code);
	return r ? r->name : NULL;
}

/* code in tb, in the spellings SPEC 5 and 3.5 make equal. */
static const char *lookup(const struct table *tb, const char *code)
{
	char alt[CODE_MAX], tmpl[CODE_MAX];
	const char *name = code_get(tb, code);
	if (!name && other_subkeg(code, alt))
		name = code_get(tb, alt);
	bool have_tmpl = !name && as_template(code, tmpl);
	if (have_tmpl)
		name = code_get(tb, tmpl);
	if (!name && have_tmpl && other_subkeg(tmpl, alt))
		name = code_get(tb, alt);
	return name;
}

const struct plan_nomenclature *plan_tables_nomenclature(
	const struct plan_tables *t, int year)
{
	if (!t || !t->nsets)
		return NULL;
	if (year < 0)
		return &t->sets[t->nsets - 1];
	for (size_t i = t->nsets; i-- > 0;)
		if (t->sets[i].from <= year)
			return &t->sets[i];
	return NULL;
}

const char *plan_nomenclature_code_name(const struct plan_nomenclature *n,
					const char *code)
{
	return n && code ? lookup(&n->codes, code) : NULL;
}

const char *plan_nomenclature_program_name(const struct plan_nomenclature *n,
					   const char *code, int level,
					   bool *judged)
{
	*judged = n && code && (level == 1 || level == 2) &&
		  n->have_level[level - 1];
	return *judged ? lookup(&n->programs[level - 1], code) : NULL;
}

size_t plan_nomenclature_codes_named(const struct plan_nomenclature *n,
				     const char *name, size_t len,
				     struct plan_named *out, size_t max)
{
	char key[512];
	if (!n || len > sizeof key)
		return 0;
	size_t klen = plan_name_key(name, len, key), k = 0;
	if (!klen)
		return 0;
	for (const struct named *e = plan_strmap_get(&n->by_name, key, klen);
	     e && k < max; e = e->next)
		out[k++] = (struct plan_named){e->code, e->level};
	return k;
}

const char *plan_tables_code_name(const struct plan_tables *t,
				  const char *code)
{
	return plan_nomenclature_code_name(plan_tables_nomenclature(t, -1),
					   code);
}

size_t plan_tables_note_count(const struct plan_tables *t)
{
	return t ? t->notes.len : 0;
}

const char *plan_tables_note(const struct plan_tables *t, size_t i)
{
	return t && i < t->notes.len ? t->notes.items[i] : NULL;
}

size_t plan_tables_region_count(const struct plan_tables *t)
{
	return t ? t->regions.len : 0;
}

const char *plan_tables_region_code(const struct plan_tables *t, size_t i)
{
	return t && i < t->regions.len ? t->regions.rows[i].code : NULL;
}

size_t plan_tables_code_count(const struct plan_tables *t)
{
	size_t n = 0;
	for (size_t i = 0; t && i < t->nsets; i++)
		n += t->sets[i].codes.len;
	return n;
}

size_t plan_tables_fault_count(const struct plan_tables *t)
{
	return t ? t->nfaults : 0;
}

const struct plan_table_faults *plan_tables_faults(
	const struct plan_tables *t, size_t i)
{
	return t && i < t->nfaults ? &t->faults[i] : NULL;
}

/* ------------------------------------------------------------------ */
/* What indicators.c borrows (tables_priv.h). */

const struct plan_indtable *plan_tables_indtable(const struct plan_tables *t)
{
	return t ? t->indicators : NULL;
}

struct plan_indtable **plan_tables_indtable_slot(struct plan_tables *t)
{
	return &t->indicators;
}
