/*
 * patch.c - the mechanical fixes of findings as one unified diff
 * (plan-validate --fix, SPEC 7).
 *
 * The file is read again and parsed again with libyaml, so that each
 * fixed value is found by its node's position with its exact extent in
 * bytes, its quoting and whether it stands in a flow collection; the
 * value must still read as the finding saw it.  Only those bytes change:
 * comments, spacing and line ends stay, and so does everything a hunk
 * shows as context.
 */
#include "import/import_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "base/i18n.h"
#include "base/value.h"
#include "yaml/ytree.h"

#define CONTEXT 3
#define MAX_FILE (64u << 20)
#define MAX_FLOW 1024

/* One replacement: bytes [start, end) of the file become text. */
struct edit {
	unsigned line, column;	/* where the finding's value starts */
	const char *old;
	size_t oldlen;
	const char *want;	/* the value to write */
	unsigned to_line, to_column;	/* a span's last scalar, or 0 */
	const char *to_old;
	size_t to_oldlen;
	size_t start, end;
	char *text;		/* malloc'd, quoted for YAML */
	size_t finding;		/* index in the findings list */
	bool ok;		/* found, and still as the finding saw it */
};

struct file_fix {
	const char *path;	/* as the findings name it */
	char *rel;		/* relative to the working directory */
	char *buf;
	size_t len;
	size_t *line_at;	/* byte offset of each line's start */
	size_t nlines;
	struct edit *e;
	size_t ne;
	struct edit *open;	/* a span whose last scalar is to come */
	const char *why;	/* not fixed: why */
};

/* --- paths ------------------------------------------------------------ */

/* An absolute path without `.`, `..` and empty parts ("" for /);
 * malloc'd. */
static char *normalise(const char *abs)
{
	size_t o = 0;
	char *out = plan_xmalloc(strlen(abs) + 1);
	for (const char *p = abs; *p;) {
		while (*p == '/')
			p++;
		const char *q = p;
		while (*q && *q != '/')
			q++;
		size_t len = (size_t)(q - p);
		if (len == 2 && p[0] == '.' && p[1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
		} else if (len && !(len == 1 && p[0] == '.')) {
			out[o++] = '/';
			memcpy(out + o, p, len);
			o += len;
		}
		p = q;
	}
	out[o] = '\0';
	return out;
}

/* path relative to cwd, without `.` or `..` parts (what git apply
 * takes); NULL when it is not below cwd.  malloc'd. */
static char *relative_to(const char *cwd, const char *path)
{
	size_t n = strlen(cwd) + strlen(path) + 2;
	char *abs = plan_xmalloc(n);
	snprintf(abs, n, "%s%s%s", path[0] == '/' ? "" : cwd,
		 path[0] == '/' ? "" : "/", path);
	char *p = normalise(abs), *base = normalise(cwd);
	size_t bl = strlen(base);
	char *rel = NULL;
	if (!strncmp(p, base, bl) && p[bl] == '/' && p[bl + 1])
		rel = plan_xstrdup(p + bl + 1);
	free(abs);
	free(p);
	free(base);
	return rel;
}

/* A name a patch can carry: no control characters, quotes or
 * backslashes (git would quote it, patch would not read that). */
static bool patch_name_ok(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7F || *s == '"' ||
		    *s == '\\')
			return false;
	return true;
}

/* --- positions -------------------------------------------------------- */

static bool utf8_ok(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned c = u[i];
		size_t k = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1
			 : c >= 0xE0 && c <= 0xEF ? 2
			 : c >= 0xF0 && c <= 0xF4 ? 3 : 4;
		if (k == 4 || (k && i + k >= n))
			return false;
		for (size_t j = 1; j <= k; j++)
			if ((u[i + j] & 0xC0) != 0x80)
				return false;
		i += k + 1;
	}
	return true;
}

static void index_lines(struct file_fix *f)
{
	size_t n = 1;
	for (size_t i = 0; i < f->len; i++)
		n += f->buf[i] == '\n';
	f->line_at = plan_xmalloc((n + 1) * sizeof *f->line_at);
	f->nlines = 0;
	f->line_at[f->nlines++] = 0;
	for (size_t i = 0; i < f->len; i++)
		if (f->buf[i] == '\n' && i + 1 < f->len)
			f->line_at[f->nlines++] = i + 1;
	f->line_at[f->nlines] = f->len;
}

/* The byte offset of a 0-based line and code-point column, as libyaml
 * counts them (a byte-order mark is not a column); SIZE_MAX when the
 * file has no such place. */
static size_t offset_of(const struct file_fix *f, size_t line, size_t col)
{
	if (line >= f->nlines)
		return SIZE_MAX;
	size_t i = f->line_at[line];
	if (line == 0 && f->len >= 3 && !memcmp(f->buf, "\xEF\xBB\xBF", 3))
		i = 3;
	for (; col > 0; col--) {
		if (i >= f->len || f->buf[i] == '\n')
			return SIZE_MAX;
		i++;
		while (i < f->len && ((unsigned char)f->buf[i] & 0xC0) == 0x80)
			i++;
	}
	return i;
}

/* --- the new text ----------------------------------------------------- */

/* A plain value stays plain when the new text is a number (an amount, a
 * target: what the fixes of budget-format and number-format write), and
 * is quoted where YAML would read the new text as something else. */
static char *quoted(const char *text, yaml_scalar_style_t style, bool flow)
{
	char *s = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&s, &n);
	if (!m)
		abort();
	if (style == YAML_SINGLE_QUOTED_SCALAR_STYLE &&
	    plan_yaml_single_ok(text))
		plan_yaml_put_single(m, text);
	else if (style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ||
		 style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
		 (!plan_is_number(text, strlen(text)) &&
		  plan_yaml_needs_quotes(text, flow)))
		plan_yaml_put_double(m, text);
	else
		fputs(text, m);
	if (fclose(m) != 0)
		abort();
	return s;
}

static struct edit *edit_at(struct file_fix *f, size_t *from,
			    unsigned line, unsigned col)
{
	while (*from < f->ne &&
	       (f->e[*from].line < line ||
		(f->e[*from].line == line && f->e[*from].column < col)))
		(*from)++;
	if (*from < f->ne && f->e[*from].line == line &&
	    f->e[*from].column == col)
		return &f->e[*from];
	return NULL;
}

/* A span's last scalar (a comma run's last piece): where it ends is
 * where the span ends, when it still reads as the finding saw it. */
static void close_span(struct file_fix *f, const yaml_event_t *ev)
{
	struct edit *e = f->open;
	unsigned line = (unsigned)ev->start_mark.line + 1;
	unsigned col = (unsigned)ev->start_mark.column + 1;
	if (line < e->to_line || (line == e->to_line && col < e->to_column))
		return;
	f->open = NULL;
	if (line != e->to_line || col != e->to_column || ev->data.scalar.tag ||
	    ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE ||
	    ev->data.scalar.length != e->to_oldlen ||
	    memcmp(ev->data.scalar.value, e->to_old, e->to_oldlen))
		return;
	e->end = offset_of(f, ev->end_mark.line, ev->end_mark.column);
	e->ok = e->end != SIZE_MAX && e->end > e->start;
}

/* A scalar event at the place of edits: their extent and new text. */
static void place(struct file_fix *f, size_t *from, const yaml_event_t *ev,
		  bool flow)
{
	unsigned line = (unsigned)ev->start_mark.line + 1;
	unsigned col = (unsigned)ev->start_mark.column + 1;
	const yaml_char_t *v = ev->data.scalar.value;
	size_t vlen = ev->data.scalar.length;
	yaml_scalar_style_t st = ev->data.scalar.style;
	size_t i = *from;
	if (f->open)
		close_span(f, ev);
	for (struct edit *e; (e = edit_at(f, &i, line, col)); i++) {
		if (ev->data.scalar.tag || ev->data.scalar.anchor ||
		    st == YAML_LITERAL_SCALAR_STYLE ||
		    st == YAML_FOLDED_SCALAR_STYLE ||
		    vlen != e->oldlen || memcmp(v, e->old, vlen))
			continue;
		e->start = offset_of(f, ev->start_mark.line,
				     ev->start_mark.column);
		e->end = offset_of(f, ev->end_mark.line, ev->end_mark.column);
		if (e->start == SIZE_MAX || e->end == SIZE_MAX ||
		    e->end <= e->start)
			continue;
		e->text = quoted(e->want, st, flow);
		e->ok = !e->to_line;
		if (e->to_line)
			f->open = e;
	}
	*from = i;
}

/* Parse the file and place every edit; false when it no longer parses. */
static bool locate(struct file_fix *f)
{
	yaml_parser_t p;
	yaml_event_t ev;
	bool stack[MAX_FLOW];
	size_t depth = 0, from = 0;
	bool ok = true, done = false;
	if (!yaml_parser_initialize(&p))
		abort();
	yaml_parser_set_input_string(&p, (const unsigned char *)f->buf,
				     f->len);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			ok = false;
			break;
		}
		switch (ev.type) {
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if (depth == MAX_FLOW) {
				ok = done = true;
				break;
			}
			stack[depth++] =
				ev.type == YAML_SEQUENCE_START_EVENT
				? ev.data.sequence_start.style ==
				  YAML_FLOW_SEQUENCE_STYLE
				: ev.data.mapping_start.style ==
				  YAML_FLOW_MAPPING_STYLE;
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			if (depth)
				depth--;
			break;
		case YAML_SCALAR_EVENT:
			place(f, &from, &ev, depth && stack[depth - 1]);
			break;
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	return ok;
}

/* --- the diff --------------------------------------------------------- */

static size_t line_of(const struct file_fix *f, size_t off)
{
	size_t lo = 0, hi = f->nlines;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (f->line_at[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Lines [a, b) of the file, each prefixed with c. */
static void put_lines(FILE *out, const struct file_fix *f, size_t a,
		      size_t b, char c)
{
	for (size_t l = a; l < b; l++) {
		size_t s = f->line_at[l], e = f->line_at[l + 1];
		putc(c, out);
		fwrite(f->buf + s, 1, e - s, out);
		if (e == s || f->buf[e - 1] != '\n')
			fputs("\n\\ No newline at end of file\n", out);
	}
}

/* The text of lines [a, b) with the edits e[0..ne) applied; malloc'd,
 * *n bytes. */
static char *new_text(const struct file_fix *f, size_t a, size_t b,
		      const struct edit *const *e, size_t ne, size_t *n)
{
	char *s = NULL;
	FILE *m = open_memstream(&s, n);
	if (!m)
		abort();
	size_t at = f->line_at[a], end = f->line_at[b];
	for (size_t i = 0; i < ne; i++) {
		fwrite(f->buf + at, 1, e[i]->start - at, m);
		fputs(e[i]->text, m);
		at = e[i]->end;
	}
	fwrite(f->buf + at, 1, end - at, m);
	if (fclose(m) != 0)
		abort();
	return s;
}

/* A change: old lines [a, b), the edits that fall in them, and what the
 * lines become. */
struct change {
	size_t a, b;
	const struct edit **e;
	size_t ne;
	char *text;
	size_t len, newlines;
};

static void change_text(const struct file_fix *f, struct change *c)
{
	c->text = new_text(f, c->a, c->b, c->e, c->ne, &c->len);
	c->newlines = 0;
	for (size_t i = 0; i < c->len; i++)
		c->newlines += c->text[i] == '\n';
	if (c->len && c->text[c->len - 1] != '\n')
		c->newlines++;
}

static void put_new(FILE *out, const struct change *c)
{
	for (size_t i = 0; i < c->len;) {
		const char *nl = memchr(c->text + i, '\n', c->len - i);
		size_t k = nl ? (size_t)(nl - c->text) + 1 - i : c->len - i;
		putc('+', out);
		fwrite(c->text + i, 1, k, out);
		if (!nl)
			fputs("\n\\ No newline at end of file\n", out);
		i += k;
	}
}

static void write_file(FILE *out, struct file_fix *f)
{
	const struct edit **ok = plan_xmalloc((f->ne + 1) * sizeof *ok);
	struct change *ch = plan_xmalloc((f->ne + 1) * sizeof *ch);
	size_t nok = 0, nch = 0;
	for (size_t i = 0; i < f->ne; i++)
		if (f->e[i].ok)
			ok[nok++] = &f->e[i];
	for (size_t i = 0; i < nok; i++) {
		size_t a = line_of(f, ok[i]->start);
		size_t b = line_of(f, ok[i]->end > ok[i]->start
				      ? ok[i]->end - 1 : ok[i]->start) + 1;
		if (nch && a < ch[nch - 1].b) {
			if (b > ch[nch - 1].b)
				ch[nch - 1].b = b;
			ch[nch - 1].ne++;
		} else {
			ch[nch++] = (struct change){a, b, &ok[i], 1, NULL, 0, 0};
		}
	}
	for (size_t i = 0; i < nch; i++)
		change_text(f, &ch[i]);
	fprintf(out, "--- a/%s\n+++ b/%s\n", f->rel, f->rel);
	long delta = 0;
	for (size_t i = 0; i < nch;) {
		/* a hunk: changes whose contexts touch */
		size_t j = i + 1;
		while (j < nch && ch[j].a <= ch[j - 1].b + 2 * CONTEXT)
			j++;
		size_t hs = ch[i].a > CONTEXT ? ch[i].a - CONTEXT : 0;
		size_t he = ch[j - 1].b + CONTEXT < f->nlines
			? ch[j - 1].b + CONTEXT : f->nlines;
		size_t oldn = he - hs, newn = oldn;
		for (size_t k = i; k < j; k++)
			newn = newn - (ch[k].b - ch[k].a) + ch[k].newlines;
		fprintf(out, "@@ -%zu,%zu +%ld,%zu @@\n", hs + 1, oldn,
			(long)hs + 1 + delta, newn);
		size_t at = hs;
		for (size_t k = i; k < j; k++) {
			put_lines(out, f, at, ch[k].a, ' ');
			put_lines(out, f, ch[k].a, ch[k].b, '-');
			put_new(out, &ch[k]);
			at = ch[k].b;
		}
		put_lines(out, f, at, he, ' ');
		delta += (long)newn - (long)oldn;
		i = j;
	}
	for (size_t i = 0; i < nch; i++)
		free(ch[i].text);
	free(ch);
	free(ok);
}

/* --- the files -------------------------------------------------------- */

static int cmp_edit(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	return (x->finding > y->finding) - (x->finding < y->finding);
}

/* Edits that overlap an earlier one are dropped; so are two different
 * texts for one value (one fix each, or none). */
static void drop_overlaps(struct file_fix *f)
{
	const struct edit *last = NULL;
	for (size_t i = 0; i < f->ne; i++) {
		struct edit *e = &f->e[i];
		if (!e->ok)
			continue;
		if (last && e->start < last->end &&
		    !(e->start == last->start && e->end == last->end &&
		      !strcmp(e->text, last->text)))
			e->ok = false;
		else
			last = e;
	}
}

static bool prepare(struct file_fix *f, const char *cwd)
{
	f->rel = relative_to(cwd, f->path);
	if (!f->rel || !patch_name_ok(f->rel)) {
		f->why = f->rel ? _("its name cannot be written in a patch")
				: _("it is not below the working directory");
		return false;
	}
	f->buf = plan_ytree_read_file(f->path, MAX_FILE, &f->len);
	if (!f->buf) {
		f->why = plan_strerror(errno);
		return false;
	}
	if (f->len > MAX_FILE || !utf8_ok(f->buf, f->len)) {
		f->why = f->len > MAX_FILE ? _("it is too large")
					   : _("it is not UTF-8");
		return false;
	}
	index_lines(f);
	qsort(f->e, f->ne, sizeof *f->e, cmp_edit);
	if (!locate(f)) {
		f->why = _("it is no longer well-formed YAML");
		return false;
	}
	size_t found = 0;
	for (size_t i = 0; i < f->ne; i++)
		found += f->e[i].ok;
	if (!found) {
		f->why = _("its values have changed since they were checked");
		return false;
	}
	drop_overlaps(f);
	return true;
}

static void release(struct file_fix *f)
{
	for (size_t i = 0; i < f->ne; i++)
		free(f->e[i].text);
	free(f->e);
	free(f->buf);
	free(f->line_at);
	free(f->rel);
}

static bool fixable(const struct plan_finding *x)
{
	return x->fix && !x->waived;
}

int plan_fix_patch(FILE *out, const struct plan_findings *l,
		   const char *cwd, bool *fixed, plan_fix_note_fn note,
		   void *ctx)
{
	size_t n = plan_findings_count(l);
	int files = 0;
	if (fixed)
		memset(fixed, 0, n * sizeof *fixed);
	for (size_t i = 0; i < n;) {
		const struct plan_finding *x = plan_findings_get(l, i);
		if (!fixable(x)) {
			i++;
			continue;
		}
		/* the findings of one file are together: the list is sorted */
		struct file_fix f = {.path = x->file};
		size_t j = i, m = 0;
		while (j < n && !strcmp(plan_findings_get(l, j)->file, x->file))
			m += fixable(plan_findings_get(l, j++));
		f.e = plan_xmalloc(m * sizeof *f.e);
		for (j = i; j < n; j++) {
			const struct plan_finding *y = plan_findings_get(l, j);
			if (strcmp(y->file, x->file))
				break;
			if (!fixable(y))
				continue;
			f.e[f.ne++] = (struct edit){
				.line = y->fix->line, .column = y->fix->column,
				.old = y->fix->old, .oldlen = y->fix->oldlen,
				.want = y->fix->text, .finding = j,
				.to_line = y->fix->to_line,
				.to_column = y->fix->to_column,
				.to_old = y->fix->to_old,
				.to_oldlen = y->fix->to_oldlen};
		}
		if (prepare(&f, cwd)) {
			write_file(out, &f);
			files++;
			for (size_t k = 0; k < f.ne; k++)
				if (f.e[k].ok && fixed)
					fixed[f.e[k].finding] = true;
			for (size_t k = 0; k < f.ne; k++)
				if (!f.e[k].ok && note) {
					note(ctx, f.path, _("a value has "
						"changed since it was checked, "
						"or overlaps another fix"));
					break;
				}
		} else if (note) {
			note(ctx, f.path, f.why);
		}
		release(&f);
		i = j;
	}
	fflush(out);
	return ferror(out) ? -1 : files;
}
