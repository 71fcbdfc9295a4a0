/*
 * escape.c - plan text into each output format (see escape.h).  The
 * terminal, GitHub and JSON escapers decode UTF-8 (ill-formed sequences
 * become U+FFFD); the others work on bytes, which UTF-8 allows: every
 * byte they act on is ASCII, or the lead byte 0xC2 of a C1 control.
 */
#include "out/escape.h"

#include <csv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"

/* ---- UTF-8 and control characters ---------------------------------- */

static const char REPLACEMENT[] = "\xEF\xBF\xBD";	/* U+FFFD */

/* Length of the well-formed UTF-8 sequence at s with its code point in
 * *cp, or 0 when s starts with an ill-formed one (overlong forms,
 * surrogates and values past U+10FFFF included).  s is NUL-terminated,
 * and NUL is never a continuation byte, so reading stops in time. */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
	size_t n;
	uint32_t c = s[0], min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, c &= 0x1F, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, c &= 0x0F, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, c &= 0x07, min = 0x10000;
	else
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

/* The end of a control string (OSC, DCS, ...): BEL, ST (ESC \ or
 * U+009C), or the end of the text. */
static const unsigned char *skip_string(const unsigned char *s)
{
	for (; *s; s++) {
		if (*s == 0x07)
			return s + 1;
		if (s[0] == 0x1B && s[1] == '\\')
			return s + 2;
		if (s[0] == 0xC2 && s[1] == 0x9C)
			return s + 2;
	}
	return s;
}

/* Past the parameters, intermediates and final byte of a CSI. */
static const unsigned char *skip_csi(const unsigned char *s)
{
	while (*s >= 0x20 && *s <= 0x3F)
		s++;
	if (*s >= 0x40 && *s <= 0x7E)
		s++;
	return s;
}

/* s points just past an ESC: past the rest of its sequence. */
static const unsigned char *skip_escape(const unsigned char *s)
{
	if (*s == '[')
		return skip_csi(s + 1);
	if (*s && strchr("]PX^_", *s))
		return skip_string(s + 1);
	while (*s >= 0x20 && *s <= 0x2F)
		s++;
	if (*s >= 0x30 && *s <= 0x7E)
		s++;
	return s;
}

/* s points just past the C1 control c: past what it introduces. */
static const unsigned char *skip_c1(const unsigned char *s, uint32_t c)
{
	if (c == 0x9B)
		return skip_csi(s);
	if (c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F)
		return skip_string(s);
	return s;
}

/*
 * Plain text with nothing a terminal acts on: ESC sequences and C1
 * controls (and what they introduce) go, TAB, LF and CR become a space so
 * that words stay apart and a message stays on one line, other C0
 * controls and DEL go, and ill-formed UTF-8 becomes U+FFFD.  With
 * keep_nl, LF and CR are passed to put_nl instead (GitHub escapes them).
 */
static void put_clean(FILE *out, const char *text, bool keep_nl,
		      void (*put_byte)(FILE *, int))
{
	const unsigned char *s = (const unsigned char *)(text ? text : "");
	while (*s) {
		uint32_t c;
		size_t n = utf8_decode(s, &c);
		if (!n) {
			for (const char *r = REPLACEMENT; *r; r++)
				put_byte(out, (unsigned char)*r);
			s++;
		} else if (c == 0x1B) {
			s = skip_escape(s + 1);
		} else if (c >= 0x80 && c <= 0x9F) {
			s = skip_c1(s + n, c);
		} else if (c == '\n' || c == '\r' || c == '\t') {
			put_byte(out, keep_nl && c != '\t' ? (int)c : ' ');
			s++;
		} else if (c < 0x20 || c == 0x7F) {
			s++;
		} else {
			for (size_t i = 0; i < n; i++)
				put_byte(out, s[i]);
			s += n;
		}
	}
}

static void raw_byte(FILE *out, int c)
{
	putc(c, out);
}

void plan_put_text(FILE *out, const char *s)
{
	put_clean(out, s, false, raw_byte);
}

/* GitHub workflow commands: the message part escapes %, CR and LF... */
static void gh_data_byte(FILE *out, int c)
{
	if (c == '%')
		fputs("%25", out);
	else if (c == '\r')
		fputs("%0D", out);
	else if (c == '\n')
		fputs("%0A", out);
	else
		putc(c, out);
}

/* ...and a property value also `:` and `,`, which end it. */
static void gh_prop_byte(FILE *out, int c)
{
	if (c == ':')
		fputs("%3A", out);
	else if (c == ',')
		fputs("%2C", out);
	else
		gh_data_byte(out, c);
}

void plan_put_gh_data(FILE *out, const char *s)
{
	put_clean(out, s, true, gh_data_byte);
}

void plan_put_gh_prop(FILE *out, const char *s)
{
	put_clean(out, s, true, gh_prop_byte);
}

static void put_json_escape(FILE *out, uint32_t c)
{
	static const char *const shorts[] = {
		['\b'] = "\\b", ['\f'] = "\\f", ['\n'] = "\\n",
		['\r'] = "\\r", ['\t'] = "\\t",
	};
	if (c < sizeof shorts / sizeof *shorts && shorts[c])
		fputs(shorts[c], out);
	else
		fprintf(out, "\\u%04x", (unsigned)c);
}

/* JSON keeps every character: controls (C0, DEL, C1) and the two line
 * separators JavaScript chokes on are escaped, ill-formed UTF-8 becomes
 * U+FFFD.  NULL is written as null. */
void plan_put_json_string(FILE *out, const char *text)
{
	if (!text) {
		fputs("null", out);
		return;
	}
	const unsigned char *s = (const unsigned char *)text;
	putc('"', out);
	while (*s) {
		uint32_t c;
		size_t n = utf8_decode(s, &c);
		if (!n) {
			fputs(REPLACEMENT, out);
			n = 1;
		} else if (c == '"' || c == '\\') {
			putc('\\', out);
			putc((int)c, out);
		} else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) ||
			   c == 0x2028 || c == 0x2029) {
			put_json_escape(out, c);
		} else {
			fwrite(s, 1, n, out);
		}
		s += n;
	}
	putc('"', out);
}


/* ---- Terminal ------------------------------------------------------- */

/* Plain text folded onto one line first, then cleaned: folding the raw
 * bytes keeps what an escape sequence swallows the same as before. */
void plan_put_text_line(FILE *out, const char *s)
{
	s = s ? s : "";
	size_t n = strlen(s);
	char small[256], *b = n < sizeof small ? small : plan_xmalloc(n + 1);
	char *w = b;
	bool space = false;
	for (const char *p = s; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = w != b;
			continue;
		}
		if (space)
			*w++ = ' ';
		space = false;
		*w++ = *p;
	}
	*w = '\0';
	plan_put_text(out, b);
	if (b != small)
		free(b);
}

void plan_put_sgr(FILE *out, bool on, const char *code)
{
	if (on)
		fprintf(out, "\033[%sm", code);
}

/* ---- SARIF ---------------------------------------------------------- */

void plan_put_uri(FILE *out, const char *path)
{
	static const char safe[] = "abcdefghijklmnopqrstuvwxyz"
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/";
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	putc('"', out);
	if (path[0] == '/')
		fputs("file://", out);
	for (const unsigned char *s = (const unsigned char *)path; *s; s++) {
		if (strchr(safe, *s))
			putc(*s, out);
		else
			fprintf(out, "%%%02X", *s);
	}
	putc('"', out);
}


/* ---- CSV ------------------------------------------------------------ */

int plan_put_csv(FILE *out, const char *s, bool neutralise)
{
	s = s ? s : "";
	if (neutralise && *s && strchr("=+-@\t\r", *s)) {
		size_t n = strlen(s);
		char *q = plan_xmalloc(n + 2);
		q[0] = '\'';
		memcpy(q + 1, s, n + 1);
		int r = csv_fwrite(out, q, n + 1);
		free(q);
		return r;
	}
	return csv_fwrite(out, s, strlen(s));
}

/* ---- Markdown ------------------------------------------------------- */

void plan_put_md(FILE *out, const char *s, unsigned flags)
{
	bool fold = flags & PLAN_MD_FOLD, strict = flags & PLAN_MD_STRICT;
	const char *specials = strict ? "\\`*_[]<>|#~!" : "\\`*_[]<>|~";
	bool space = false;
	for (const unsigned char *p = (const unsigned char *)(s ? s : "");
	     *p; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r' ||
		    (fold && *p == ' ')) {
			if (fold)
				space = true;
			else
				putc(' ', out);
			continue;
		}
		if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p++;	/* a C1 control (U+0080-U+009F): CSI, OSC */
			continue;
		}
		if (*p < 0x20 || *p == 0x7f)
			continue;
		if (space)
			putc(' ', out);
		space = false;
		if (strict && *p == '&') {
			fputs("&amp;", out);
			continue;
		}
		if (strchr(specials, *p))
			putc('\\', out);
		putc(*p, out);
	}
}

/* ---- HTML ----------------------------------------------------------- */

void plan_put_html(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		unsigned char ch = (unsigned char)*s;
		switch (ch) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default:
			if (ch >= 0x20 || ch == '\t' || ch == '\n')
				putc(ch, out);
			else if (ch == '\r')
				putc(' ', out);
		}
	}
}

/* ---- Graphviz ------------------------------------------------------- */

void plan_put_dot(FILE *out, const char *s)
{
	for (s = s ? s : ""; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == 0xc2 && (unsigned char)s[1] >= 0x80 &&
			 (unsigned char)s[1] <= 0x9f)
			fputc(' ', out), s++;	/* C1 control: CSI, OSC */
		else
			fputc(c < 0x20 || c == 0x7f ? ' ' : c, out);
	}
}

void plan_put_dot_string(FILE *out, const char *s)
{
	putc('"', out);
	plan_put_dot(out, s);
	putc('"', out);
}
