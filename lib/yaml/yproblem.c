/* yproblem.c - libyaml's errors as findings a planner can act on (see
 * yproblem.h).  libyaml only says what it expected; what the planner
 * did wrong is read back from the source line at the error. */
#include "yaml/yproblem.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"

/* Every problem and context libyaml 0.2 can report on a plan file, as
 * it spells them: the msgids of their translations.  A string not listed
 * (a later libyaml's) is shown as libyaml wrote it. */
static const char *const libyaml_words[] = {
	/* reader */
	N_("invalid leading UTF-8 octet"),
	N_("invalid trailing UTF-8 octet"),
	N_("incomplete UTF-8 octet sequence"),
	N_("invalid length of a UTF-8 sequence"),
	N_("invalid Unicode character"),
	N_("control characters are not allowed"),
	N_("incomplete UTF-16 character"),
	N_("incomplete UTF-16 surrogate pair"),
	N_("unexpected low surrogate area"),
	N_("input is too long"),
	/* scanner */
	N_("found character that cannot start any token"),
	N_("mapping values are not allowed in this context"),
	N_("mapping keys are not allowed in this context"),
	N_("block sequence entries are not allowed in this context"),
	N_("could not find expected ':'"),
	N_("found unexpected end of stream"),
	N_("found unexpected document indicator"),
	N_("found unknown escape character"),
	N_("found a tab character that violates indentation"),
	N_("found a tab character where an indentation space is expected"),
	N_("did not find expected alphabetic or numeric character"),
	N_("did not find expected comment or line break"),
	N_("did not find expected whitespace or line break"),
	N_("did not find expected hexdecimal number"),
	N_("found invalid Unicode character escape code"),
	N_("found an indentation indicator equal to 0"),
	N_("did not find expected tag URI"),
	N_("did not find expected '!'"),
	N_("did not find URI escaped octet"),
	N_("found unknown directive name"),
	N_("could not find expected directive name"),
	N_("found unexpected non-alphabetical character"),
	N_("did not find expected digit or '.' character"),
	N_("found extremely long version number"),
	N_("did not find expected version number"),
	N_("did not find expected whitespace"),
	N_("did not find the expected '>'"),
	N_("found unexpected ':'"),
	/* parser */
	N_("did not find expected <document start>"),
	N_("did not find expected node content"),
	N_("did not find expected key"),
	N_("did not find expected '-' indicator"),
	N_("did not find expected ',' or ']'"),
	N_("did not find expected ',' or '}'"),
	N_("found undefined tag handle"),
	N_("found duplicate %YAML directive"),
	N_("found incompatible YAML document"),
	N_("found duplicate %TAG directive"),
	/* contexts */
	N_("while scanning for the next token"),
	N_("while scanning a plain scalar"),
	N_("while scanning a quoted scalar"),
	N_("while scanning a block scalar"),
	N_("while scanning a simple key"),
	N_("while scanning an anchor"),
	N_("while scanning an alias"),
	N_("while scanning a tag"),
	N_("while scanning a directive"),
	N_("while scanning a %YAML directive"),
	N_("while scanning a %TAG directive"),
	N_("while scanning a tag directive"),
	N_("while parsing a block mapping"),
	N_("while parsing a block collection"),
	N_("while parsing a flow sequence"),
	N_("while parsing a flow mapping"),
	N_("while parsing a block node"),
	N_("while parsing a flow node"),
	N_("while parsing a node"),
	N_("while parsing a quoted scalar"),
	N_("while parsing a tag"),
	N_("while parsing a tag directive"),
	N_("while parsing a %TAG directive"),
};

/* libyaml's text in the current language, when the catalogue has it. */
static const char *yaml_word(const char *s)
{
	for (size_t i = 0; i < sizeof libyaml_words / sizeof *libyaml_words;
	     i++)
		if (!strcmp(s, libyaml_words[i]))
			return _(libyaml_words[i]);
	return s;
}

/* ---- The source, as libyaml counts lines and columns --------------- */

struct line {
	const char *s;
	size_t n;		/* bytes, without the line break */
};

/* The length of the line break at b[i], 0 if none: libyaml breaks lines
 * at \r\n, \r, \n, NEL, LS and PS. */
static size_t break_len(const char *b, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)b + i;
	size_t left = len - i;
	if (u[0] == '\n')
		return 1;
	if (u[0] == '\r')
		return left > 1 && u[1] == '\n' ? 2 : 1;
	if (left > 1 && u[0] == 0xC2 && u[1] == 0x85)
		return 2;
	if (left > 2 && u[0] == 0xE2 && u[1] == 0x80 &&
	    (u[2] == 0xA8 || u[2] == 0xA9))
		return 3;
	return 0;
}

/* Line no (0-based) of buf; false past the end. */
static bool line_at(const char *buf, size_t len, size_t no, struct line *l)
{
	size_t i = len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3) ? 3 : 0;
	for (size_t k = 0; k < no; k++) {
		size_t b;
		while (i < len && !(b = break_len(buf, len, i)))
			i++;
		if (i >= len)
			return false;
		i += b;
	}
	size_t start = i;
	while (i < len && !break_len(buf, len, i))
		i++;
	*l = (struct line){buf + start, i - start};
	return true;
}

/* The byte offset of column col (0-based, in code points) of l; l->n
 * when the line is shorter. */
static size_t col_off(const struct line *l, size_t col)
{
	size_t i = 0;
	for (size_t c = 0; c < col && i < l->n; c++)
		do
			i++;
		while (i < l->n && ((unsigned char)l->s[i] & 0xC0) == 0x80);
	return i;
}

static size_t skip_blanks(const struct line *l, size_t i)
{
	while (i < l->n && (l->s[i] == ' ' || l->s[i] == '\t'))
		i++;
	return i;
}

static bool is_quote(char c)
{
	return c == '"' || c == '\'';
}

/* The end of the quoted scalar opening at l->s[i], past its closing
 * quote, or 0 when it does not close on this line. */
static size_t quoted_end(const struct line *l, size_t i)
{
	char q = l->s[i];
	for (size_t k = i + 1; k < l->n; k++) {
		if (q == '"' && l->s[k] == '\\')
			k++;
		else if (l->s[k] == q && q == '\'' && k + 1 < l->n &&
			 l->s[k + 1] == '\'')
			k++;
		else if (l->s[k] == q)
			return k + 1;
	}
	return 0;
}

/* A block line `  - key: value  # note`, taken apart: where the text
 * starts (past the indentation), where its value starts (past `- ` and
 * `key: `; the text's start when there is neither), where the value's
 * plain text ends (before a comment and trailing blanks), and where its
 * key is when it has one. */
struct kv {
	size_t text, val, val_end, key, key_len;
	bool has_key;
};

static size_t plain_end(const struct line *l, size_t i)
{
	size_t e = i;
	while (e < l->n && !(l->s[e] == '#' && e > i &&
			     (l->s[e - 1] == ' ' || l->s[e - 1] == '\t')))
		e++;
	while (e > i && (l->s[e - 1] == ' ' || l->s[e - 1] == '\t'))
		e--;
	return e;
}

/* The ':' of `key: value` or of `key:` at the end of the line. */
static bool key_colon(const struct line *l, size_t k)
{
	return l->s[k] == ':' && (k + 1 == l->n || l->s[k + 1] == ' ' ||
				  l->s[k + 1] == '\t');
}

static struct kv parse_kv(const struct line *l)
{
	struct kv kv = {0};
	size_t i = skip_blanks(l, 0);
	kv.text = i;
	while (i < l->n && l->s[i] == '-' && (i + 1 == l->n || l->s[i + 1] == ' '))
		i = skip_blanks(l, i + 1);
	kv.key = kv.val = i;
	size_t k = i;
	if (k < l->n && is_quote(l->s[k])) {
		k = quoted_end(l, k);
		if (!k)
			k = l->n;
	} else {
		while (k < l->n && !key_colon(l, k) &&
		       !(l->s[k] == '#' && k > i && l->s[k - 1] == ' '))
			k++;
	}
	if (k > i && k < l->n && key_colon(l, k)) {
		kv.has_key = true;
		kv.key_len = k - i;
		kv.val = skip_blanks(l, k + 1);
	}
	kv.val_end = plain_end(l, kv.val);
	return kv;
}

/* ---- The words of a finding ---------------------------------------- */

/* Where libyaml stopped, and what it said. */
struct at {
	const yaml_parser_t *p;
	const char *buf;
	size_t len;
	struct line l;		/* the problem's line (empty past the end) */
	size_t off;		/* the problem's byte in it */
};

#define HINT_MAX 600
/* A suggested line longer than this is not shown: described instead. */
#define SHOW_MAX 240

/* `key: "value"`: the text of l from its start to the value, and the
 * value quoted for YAML ("…", or '…' when it holds " or \), in
 * backticks unless it holds one, into out; false when it is too long to
 * show. */
static bool quoted_line(const struct line *l, const struct kv *kv,
			char out[SHOW_MAX + 16])
{
	const char *v = l->s + kv->val;
	size_t vn = kv->val_end - kv->val;
	size_t pn = kv->val - kv->text;
	if (!vn || pn + 2 * vn > SHOW_MAX)
		return false;
	bool dq = !memchr(v, '"', vn) && !memchr(v, '\\', vn);
	char q = dq ? '"' : '\'';
	bool tick = !memchr(l->s + kv->text, '`', kv->val_end - kv->text);
	size_t o = 0;
	if (tick)
		out[o++] = '`';
	memcpy(out + o, l->s + kv->text, pn);
	o += pn;
	out[o++] = q;
	for (size_t i = 0; i < vn; i++) {
		if (!dq && v[i] == '\'')
			out[o++] = '\'';
		out[o++] = v[i];
	}
	out[o++] = q;
	if (tick)
		out[o++] = '`';
	out[o] = '\0';
	return true;
}

/* The hint "quote the value: `key: "value"`" for the line's value. */
static void quote_hint(const struct at *a, const struct kv *kv,
		       char hint[HINT_MAX])
{
	char shown[SHOW_MAX + 16];
	if (quoted_line(&a->l, kv, shown))
		snprintf(hint, HINT_MAX, _("quote the value: %s"), shown);
	else
		snprintf(hint, HINT_MAX, "%s",
			 _("quote the value: put it between double quotes"));
}

/* A key as written, for a message: at most 60 bytes. */
static int key_shown(size_t n)
{
	return n > 60 ? 60 : (int)n;
}

struct said {
	const char *msg;	/* formatted into msgbuf, or libyaml's */
	char msgbuf[400];
	char hint[HINT_MAX];
	bool has_hint;
};

#define SAY(s, ...) snprintf((s)->msgbuf, sizeof (s)->msgbuf, __VA_ARGS__)
#define HINT(s, ...) ((s)->has_hint = true, \
		      snprintf((s)->hint, sizeof (s)->hint, __VA_ARGS__))

static bool problem_is(const struct at *a, const char *s)
{
	return a->p->problem && !strcmp(a->p->problem, s);
}

static bool context_is(const struct at *a, const char *s)
{
	return a->p->context && !strcmp(a->p->context, s);
}

static char at_char(const struct at *a)
{
	return a->off < a->l.n ? a->l.s[a->off] : '\0';
}

/* A tab where YAML wants spaces: libyaml says so, or finds a tab where
 * a token should start. */
static bool tab(const struct at *a, struct said *s)
{
	const char *p = a->p->problem;
	if (!strstr(p, "tab character") &&
	    !(problem_is(a, "found character that cannot start any token") &&
	      at_char(a) == '\t'))
		return false;
	SAY(s, "%s", _("a tab character cannot indent YAML"));
	HINT(s, "%s", _("indent with spaces; set the editor to insert "
			"spaces for the Tab key"));
	return true;
}

/* `name: Program Aplikasi Informatika: SPBE`: a second ': ' on a line,
 * in a plain value. */
static bool colon_in_value(const struct at *a, const struct kv *kv,
			   struct said *s)
{
	if (!kv->has_key || a->off <= kv->val || a->off >= kv->val_end ||
	    strchr("\"'[{|>&*!", a->l.s[kv->val]))
		return false;
	SAY(s, _("the value of '%.*s' contains ': ', which YAML reads as "
		 "the start of another key"),
	    key_shown(kv->key_len), a->l.s + kv->key);
	s->has_hint = true;
	quote_hint(a, kv, s->hint);
	return true;
}

/* Whether the problem's line, its text at byte indent, starts deeper
 * than the nearest line above it that is neither blank nor a comment. */
static bool deeper_than_above(const struct at *a, size_t indent)
{
	for (size_t no = a->p->problem_mark.line; no-- > 0;) {
		struct line l;
		if (!line_at(a->buf, a->len, no, &l))
			return false;
		size_t t = skip_blanks(&l, 0);
		if (t < l.n && l.s[t] != '#')
			return indent > t;
	}
	return false;
}

/* `  kind: rkpd` under `id: x`: a key indented deeper than the line
 * above, which libyaml reads as more of that line's value. */
static bool key_too_deep(const struct at *a, const struct kv *kv,
			 struct said *s)
{
	if (kv->has_key && kv->key + kv->key_len != a->off)
		return false;
	size_t k = kv->key, n = a->off - k;
	if (at_char(a) != ':' || !n || is_quote(a->l.s[k]) ||
	    !deeper_than_above(a, kv->text))
		return false;
	SAY(s, _("'%.*s' is indented deeper than the line above it, so YAML "
		 "reads it as more of that line's value"),
	    key_shown(n), a->l.s + k);
	HINT(s, _("indent '%.*s' like the keys beside it; if the line "
		  "continues the value above, quote that value"),
	     key_shown(n), a->l.s + k);
	return true;
}

/* The quote that opened a value on a line before the problem's and
 * did not close there: the line and column (0-based) of the nearest. */
static bool open_quote_above(const struct at *a, char q, size_t *line,
			     size_t *col)
{
	size_t from = a->p->context ? a->p->context_mark.line : 0;
	for (size_t no = a->p->problem_mark.line; no-- > from;) {
		struct line l;
		if (!line_at(a->buf, a->len, no, &l))
			return false;
		struct kv kv = parse_kv(&l);
		if (kv.val < l.n && l.s[kv.val] == q && !quoted_end(&l, kv.val)) {
			*line = no;
			*col = 0;
			for (size_t i = 0; i < kv.val; i++)
				*col += ((unsigned char)l.s[i] & 0xC0) != 0x80;
			return true;
		}
	}
	return false;
}

static void close_quote_hint(struct said *s, char q)
{
	HINT(s, _("close it with %c at the end of the value, on the same "
		  "line"), q);
}

/* A quote left open: at the end of the file, or closed only by the
 * next quoted value further down. */
static bool open_quote(const struct at *a, struct said *s)
{
	const yaml_parser_t *p = a->p;
	if (context_is(a, "while scanning a quoted scalar") &&
	    (problem_is(a, "found unexpected end of stream") ||
	     problem_is(a, "found unexpected document indicator"))) {
		struct line l;
		char q = '"';
		if (line_at(a->buf, a->len, p->context_mark.line, &l)) {
			size_t o = col_off(&l, p->context_mark.column);
			if (o < l.n && is_quote(l.s[o]))
				q = l.s[o];
		}
		SAY(s, _("the quote opened at line %zu, column %zu is never "
			 "closed"), p->context_mark.line + 1,
		    p->context_mark.column + 1);
		close_quote_hint(s, q);
		return true;
	}
	/* `region: "13"` after an open `name: "Program A`: the quote
	 * before the problem closes the one left open above */
	size_t i = a->off, nq = 0;
	while (i > 0 && (a->l.s[i - 1] == ' ' || a->l.s[i - 1] == '\t'))
		i--;
	if (!i || !is_quote(a->l.s[i - 1]))
		return false;
	char q = a->l.s[i - 1];
	for (size_t k = 0; k < i; k++)
		nq += a->l.s[k] == q && (q == '\'' || !k || a->l.s[k - 1] != '\\');
	size_t line, col;
	if (nq % 2 == 0 || !open_quote_above(a, q, &line, &col)) {
		if (!problem_is(a, "did not find expected key"))
			return false;
		SAY(s, "%s", _("text after the closing quote of a value"));
		HINT(s, "%s", _("put the whole value inside the quotes, or "
				"remove them"));
		return true;
	}
	SAY(s, _("the quote opened at line %zu, column %zu is not closed on "
		 "its line"), line + 1, col + 1);
	close_quote_hint(s, q);
	return true;
}

/* `[a, b` or `{2026: 5750000000` without its closing bracket, or
 * something other than ', ' between the entries. */
static bool open_flow(const struct at *a, struct said *s)
{
	const yaml_parser_t *p = a->p;
	bool seq = problem_is(a, "did not find expected ',' or ']'");
	if (!seq && !problem_is(a, "did not find expected ',' or '}'"))
		return false;
	size_t line = p->context_mark.line + 1, col = p->context_mark.column + 1;
	if (p->problem_mark.line != p->context_mark.line) {
		if (seq) {
			SAY(s, _("the list opened with '[' at line %zu, column "
				 "%zu is not closed"), line, col);
			HINT(s, "%s", _("end the list with ']'; separate its "
					"items with ', '"));
		} else {
			SAY(s, _("the mapping opened with '{' at line %zu, "
				 "column %zu is not closed"), line, col);
			HINT(s, "%s", _("end the mapping with '}'; write it as "
					"{key: value, key: value}"));
		}
	} else if (seq) {
		SAY(s, _("expected ', ' or ']' here, in the list opened at "
			 "column %zu"), col);
		HINT(s, "%s", _("separate the items with ', ', and quote an "
				"item that contains ':', ',' or a bracket"));
	} else {
		SAY(s, _("expected ', ' or '}' here, in the mapping opened at "
			 "column %zu"), col);
		HINT(s, "%s", _("write {key: value, key: value}, and quote a "
				"value that contains ':', ',' or a brace"));
	}
	return true;
}

/* A line that starts out of step with its block mapping or list. */
static bool out_of_step(const struct at *a, const struct kv *kv,
			struct said *s)
{
	bool in_map = problem_is(a, "did not find expected key");
	if (!in_map && !problem_is(a, "did not find expected '-' indicator"))
		return false;
	if (a->off != kv->text || a->off >= a->l.n)
		return false;	/* not at the start of its line */
	const yaml_parser_t *p = a->p;
	if (in_map && at_char(a) == '-') {
		SAY(s, "%s", _("a list item where a key is expected"));
		HINT(s, "%s", _("put the list under a key, indented deeper "
				"than the key, or line the item up with the "
				"other items of its list"));
	} else if (in_map) {
		if (kv->text == col_off(&a->l, p->context_mark.column))
			return false;	/* in step: something else is wrong */
		SAY(s, "%s", _("this line is indented differently from the "
			       "keys of its mapping"));
		HINT(s, _("start it in the column of the keys it belongs "
			  "with (the mapping starts at line %zu, column %zu); "
			  "indent with spaces"),
		     p->context_mark.line + 1, p->context_mark.column + 1);
	} else {
		SAY(s, "%s", _("this line is indented differently from the "
			       "items of its list"));
		HINT(s, _("each item starts with '- ' in column %zu (as at "
			  "line %zu), and an item's keys line up under its "
			  "first key"),
		     p->context_mark.column + 1, p->context_mark.line + 1);
	}
	return true;
}

/* `name: @foo`: a value starting with a character YAML reserves. */
static bool reserved_start(const struct at *a, const struct kv *kv,
			   struct said *s)
{
	char c = at_char(a);
	if (!problem_is(a, "found character that cannot start any token") ||
	    !strchr("@`%", c) || !c || a->off != kv->val)
		return false;
	SAY(s, _("a value cannot start with '%c'"), c);
	s->has_hint = true;
	quote_hint(a, kv, s->hint);
	return true;
}

/* "C:\data" in double quotes. */
static bool bad_escape(const struct at *a, struct said *s)
{
	if (!problem_is(a, "found unknown escape character") ||
	    at_char(a) != '\\' || a->off + 1 >= a->l.n)
		return false;
	size_t n = 1;
	while (a->off + 1 + n < a->l.n &&
	       ((unsigned char)a->l.s[a->off + 1 + n] & 0xC0) == 0x80)
		n++;
	SAY(s, _("'\\%.*s' is not an escape that YAML knows"), (int)n,
	    a->l.s + a->off + 1);
	HINT(s, "%s", _("in double quotes a backslash starts an escape: "
			"write \\\\ for a backslash, or use single quotes"));
	return true;
}

/* `foo` alone on a line of a mapping; `name: - a`. */
static bool not_key_value(const struct at *a, struct said *s)
{
	const yaml_parser_t *p = a->p;
	if (problem_is(a, "could not find expected ':'") &&
	    context_is(a, "while scanning a simple key")) {
		SAY(s, _("line %zu is not 'key: value': the ':' is missing"),
		    p->context_mark.line + 1);
		HINT(s, "%s", _("write ': ' after the key, or indent the line "
				"deeper if it continues the value above"));
		return true;
	}
	if (problem_is(a, "block sequence entries are not allowed in this "
			  "context")) {
		SAY(s, "%s", _("a list cannot start on the line of its key"));
		HINT(s, "%s", _("start the list on the next line, indented "
				"under the key, or quote the value if the '-' "
				"belongs to it"));
		return true;
	}
	return false;
}

/* ` ty.` (a comment's second half) above the first key: the document
 * is that line's text (and the lines after it, up to a ':'), and the
 * keys after it have nowhere to go. */
static bool text_before_keys(const struct at *a, struct said *s)
{
	if (!problem_is(a, "did not find expected <document start>") &&
	    !problem_is(a, "mapping values are not allowed in this context"))
		return false;
	for (size_t no = 0; no < a->p->problem_mark.line; no++) {
		struct line l;
		if (!line_at(a->buf, a->len, no, &l))
			return false;
		struct kv kv = parse_kv(&l);
		if (kv.text == l.n || l.s[kv.text] == '#' || l.s[kv.text] == '%' ||
		    (l.n - kv.text >= 3 && !memcmp(l.s + kv.text, "---", 3)))
			continue;	/* blank, comment, directive, --- */
		if (kv.has_key || strchr("-[{", l.s[kv.text]))
			return false;
		SAY(s, _("line %zu is neither 'key: value' nor a comment, so "
			 "YAML takes the whole document to be that text"),
		    no + 1);
		HINT(s, "%s", _("start a comment with '#', or write the line "
				"as 'key: value'"));
		return true;
	}
	return false;
}

/* Our words for a scanner or parser error, or libyaml's translated. */
static void describe(const struct at *a, struct said *s)
{
	const yaml_parser_t *p = a->p;
	struct kv kv = parse_kv(&a->l);
	s->msg = s->msgbuf;
	if (tab(a, s) || open_quote(a, s) || open_flow(a, s) ||
	    out_of_step(a, &kv, s) || reserved_start(a, &kv, s) ||
	    bad_escape(a, s) || not_key_value(a, s) ||
	    text_before_keys(a, s))
		return;
	if (problem_is(a, "mapping values are not allowed in this context") &&
	    (colon_in_value(a, &kv, s) || key_too_deep(a, &kv, s)))
		return;
	s->msg = yaml_word(p->problem);
	if (p->context)
		HINT(s, _("%s at line %zu, column %zu"), yaml_word(p->context),
		     p->context_mark.line + 1, p->context_mark.column + 1);
}

/* libyaml gives reader errors as a byte offset only: find its line and
 * column (code points) in the buffer. */
static struct plan_pos offset_pos(const char *name, const char *buf,
				  size_t len, size_t off)
{
	struct plan_pos p = {name, 1, 1};
	size_t i = 0;
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
		i = 3;
	for (; i < off && i < len; i++) {
		unsigned char c = (unsigned char)buf[i];
		if (c == '\n' || (c == '\r' && (i + 1 >= len || buf[i + 1] != '\n'))) {
			p.line++;
			p.column = 1;
		} else if (c != '\r' && (c & 0xC0) != 0x80) {
			p.column++;
		}
	}
	return p;
}

void plan_yproblem_add(struct plan_findings *out, const char *name,
		       const yaml_parser_t *p, const char *buf, size_t len)
{
	if (p->error == YAML_MEMORY_ERROR || !p->problem) {
		plan_finding_add(out, RULE_YAML_SYNTAX, PLAN_SEV_DEFAULT,
				 (struct plan_pos){name, 1, 1}, NULL, NULL,
				 NULL, "%s",
				 p->error == YAML_MEMORY_ERROR
				 ? _("out of memory while parsing")
				 : _("cannot parse YAML"));
		return;
	}
	if (p->error == YAML_READER_ERROR) {
		struct plan_pos pos = offset_pos(name, buf, len,
						 p->problem_offset);
		const char *hint = _("save the file as UTF-8");
		const char *msg = yaml_word(p->problem);
		if (p->problem_value >= 0)
			plan_finding_add(out, RULE_YAML_SYNTAX,
					 PLAN_SEV_DEFAULT, pos, NULL, NULL, hint,
					 "%s (#%X)", msg,
					 (unsigned)p->problem_value);
		else
			plan_finding_add(out, RULE_YAML_SYNTAX,
					 PLAN_SEV_DEFAULT, pos, NULL, NULL, hint,
					 "%s", msg);
		return;
	}
	struct at a = {p, buf, len, {"", 0}, 0};
	if (line_at(buf, len, p->problem_mark.line, &a.l))
		a.off = col_off(&a.l, p->problem_mark.column);
	struct said s = {0};
	describe(&a, &s);
	struct plan_pos pos = {name, (unsigned)p->problem_mark.line + 1,
			       (unsigned)p->problem_mark.column + 1};
	plan_finding_add(out, RULE_YAML_SYNTAX, PLAN_SEV_DEFAULT, pos, NULL,
			 NULL, s.has_hint ? s.hint : NULL, "%s", s.msg);
}
