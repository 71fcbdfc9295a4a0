/*
 * table.c - the bytes of a table into rows of cells: the encoding (UTF-8
 * with or without a byte-order mark; anything else is refused with what
 * it looks like), the separator (`,` or `;`, whichever the header row
 * uses more), the quoting (libcsv, strict), and rows numbered the way a
 * spreadsheet numbers them (a blank line is a row; a cell with a line
 * break inside its quotes is not two).
 */
#include "import/import_priv.h"

#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "base/i18n.h"
#include "base/value.h"

struct reader {
	struct plan_import *im;
	const char **cells;		/* of the row being read (malloc'd) */
	size_t n, cap;
	unsigned rowno;			/* the row being read */
	bool after_cr;			/* the last thing was a CR ending a row */
	struct plan_irow *rows;		/* malloc'd, moved to the arena */
	size_t nrows, rcap;
	/* the first cell that is not UTF-8 */
	unsigned bad_row, bad_col;
	unsigned char bad_byte;
};

/* The length of the valid UTF-8 prefix of s[0..n). */
static size_t utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		size_t k;
		unsigned min;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			k = 1, min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 2, min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3, min = 0x10000;
		} else {
			return i;
		}
		if (i + k >= n)
			return i;
		unsigned cp = c & (0x3F >> k);
		for (size_t j = 1; j <= k; j++) {
			if ((s[i + j] & 0xC0) != 0x80)
				return i;
			cp = cp << 6 | (s[i + j] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += k + 1;
	}
	return n;
}

static void on_cell(void *data, size_t len, void *ctx)
{
	struct reader *r = ctx;
	const char *s = data ? data : "";
	r->after_cr = false;
	if (!r->bad_row) {
		size_t ok = utf8_valid((const unsigned char *)s, len);
		if (ok < len) {
			r->bad_row = r->rowno;
			r->bad_col = (unsigned)r->n + 1;
			r->bad_byte = (unsigned char)s[ok];
		}
	}
	plan_trim_blanks(&s, &len);
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->cells = plan_xrealloc(r->cells, r->cap * sizeof *r->cells);
	}
	r->cells[r->n++] = plan_arena_strndup(r->im->arena, s, len);
}

static void on_row(int term, void *ctx)
{
	struct reader *r = ctx;
	if (term == '\n' && r->after_cr && r->n == 0) {
		r->after_cr = false;	/* the LF of a CRLF */
		return;
	}
	r->after_cr = term == '\r';
	if (r->n) {
		if (r->nrows == r->rcap) {
			r->rcap = r->rcap ? r->rcap * 2 : 64;
			r->rows = plan_xrealloc(r->rows,
						r->rcap * sizeof *r->rows);
		}
		struct plan_irow *row = &r->rows[r->nrows++];
		row->rowno = r->rowno;
		row->n = r->n;
		row->cell = plan_arena_alloc(r->im->arena,
					     r->n * sizeof *row->cell);
		memcpy(row->cell, r->cells, r->n * sizeof *row->cell);
	}
	r->n = 0;
	r->rowno++;
}

/* The character byte b stands for in Windows-1252, as UTF-8 in buf. */
static const char *cp1252_char(unsigned char b, char buf[4])
{
	static const unsigned short c1[32] = {
		0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
		0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
	unsigned cp = b >= 0xA0 ? b : b >= 0x80 ? c1[b - 0x80] : 0;
	if (!cp || cp == 0xA0)
		return NULL;
	if (cp < 0x800) {
		buf[0] = (char)(0xC0 | cp >> 6);
		buf[1] = (char)(0x80 | (cp & 0x3F));
		buf[2] = '\0';
	} else {
		buf[0] = (char)(0xE0 | cp >> 12);
		buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (cp & 0x3F));
		buf[3] = '\0';
	}
	return buf;
}

static void refuse_encoding(struct plan_import *im, const struct reader *r)
{
	char ch[4];
	const char *c = cp1252_char(r->bad_byte, ch);
	const char *hint = _("save the table as \"CSV UTF-8\" and import it "
			     "again");
	im->refused = true;
	if (c)
		plan_import_report(im, PLAN_IMPORT_ERROR, r->bad_row,
				   r->bad_col, hint,
				   _("the table is not UTF-8: byte 0x%02X is "
				     "'%s' in Windows-1252, the encoding the "
				     "table seems to be in"),
				   r->bad_byte, c);
	else
		plan_import_report(im, PLAN_IMPORT_ERROR, r->bad_row,
				   r->bad_col, hint,
				   _("the table is not UTF-8 (byte 0x%02X)"),
				   r->bad_byte);
}

/* Files that are not text tables at all, named for what they are. */
static bool refuse_binary(struct plan_import *im, const char *buf,
			  size_t len)
{
	const unsigned char *u = (const unsigned char *)buf;
	const char *what = NULL;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
			 (u[0] == 0xFE && u[1] == 0xFF)))
		what = _("the table is UTF-16");
	else if (len >= 4 && !memcmp(buf, "PK\x03\x04", 4))
		what = _("this is a spreadsheet workbook (.xlsx or .ods), "
			 "not a CSV table");
	else if (len >= 4 && !memcmp(buf, "\xD0\xCF\x11\xE0", 4))
		what = _("this is an Excel 97-2003 workbook (.xls), not a CSV "
			 "table");
	else if (memchr(buf, '\0', len))
		what = _("the table holds NUL bytes: it is not a text table");
	if (!what)
		return false;
	im->refused = true;
	plan_import_report(im, PLAN_IMPORT_ERROR, 1, 1,
			   _("save the table as \"CSV UTF-8\" and import it "
			     "again"), "%s", what);
	return true;
}

/* `;` when the header row has more of them than of `,` outside quotes. */
static char detect_separator(const char *buf, size_t len)
{
	size_t commas = 0, semis = 0;
	bool quoted = false;
	for (size_t i = 0; i < len; i++) {
		char c = buf[i];
		if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '\n' || c == '\r'))
			break;
		else if (!quoted && c == ',')
			commas++;
		else if (!quoted && c == ';')
			semis++;
	}
	return semis > commas ? ';' : ',';
}

static void parse_error(struct plan_import *im, const struct reader *r,
			bool at_end)
{
	im->refused = true;
	if (at_end)
		plan_import_report(im, PLAN_IMPORT_ERROR, r->rowno,
				   (unsigned)r->n + 1, NULL,
				   _("a quoted cell is not closed before the "
				     "end of the table"));
	else
		plan_import_report(im, PLAN_IMPORT_ERROR, r->rowno,
				   (unsigned)r->n + 1,
				   _("a cell that holds a quote must be quoted "
				     "as a whole, with its quotes doubled: "
				     "\"say \"\"hi\"\"\""),
				   _("a quote inside an unquoted cell, or "
				     "text after a closing quote"));
}

bool plan_import_table(struct plan_import *im, const char *buf, size_t len)
{
	if (refuse_binary(im, buf, len))
		return false;
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
		buf += 3, len -= 3;
	im->sep = detect_separator(buf, len);

	struct csv_parser p;
	struct reader r = {.im = im, .rowno = 1};
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
		abort();	/* only fails for lack of memory */
	csv_set_delim(&p, (unsigned char)im->sep);
	bool ok = csv_parse(&p, buf, len, on_cell, on_row, &r) == len;
	if (!ok)
		parse_error(im, &r, false);
	else if (csv_fini(&p, on_cell, on_row, &r) != 0) {
		ok = false;
		parse_error(im, &r, true);
	}
	csv_free(&p);
	if (ok && r.bad_row) {
		refuse_encoding(im, &r);
		ok = false;
	}
	if (ok && r.nrows == 0) {
		im->refused = true;
		plan_import_report(im, PLAN_IMPORT_ERROR, 1, 1, NULL,
				   _("the table is empty"));
		ok = false;
	}
	if (ok) {
		im->rows = plan_arena_alloc(im->arena,
					    r.nrows * sizeof *im->rows);
		memcpy(im->rows, r.rows, r.nrows * sizeof *im->rows);
		im->nrows = r.nrows;
	}
	free(r.rows);
	free(r.cells);
	return ok;
}
