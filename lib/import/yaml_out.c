/*
 * yaml_out.c - plan text as YAML scalars: plain where a YAML reader,
 * ours or a generic one, reads back the same string, quoted otherwise.
 */
#include "import/import_priv.h"

#include <string.h>

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool word_is(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (!strcmp(s, *words))
			return true;
	return false;
}

/* [-+]?[0-9_]+ , 0x.., 0o.., 0b.. (YAML 1.1 and 1.2 integers) */
static bool looks_int(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b' ||
			    s[1] == 'X' || s[1] == 'O' || s[1] == 'B'))
		return s[2] != '\0';
	if (!is_digit(*s))
		return false;
	for (; *s; s++)
		if (!is_digit(*s) && *s != '_' && *s != ':')
			return false;	/* ':' for 1.1's 1:30 */
	return true;
}

/* [-+]?(digits)?.(digits)?([eE][-+]?digits)? with a digit somewhere,
 * and .inf / .nan */
static bool looks_float(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	static const char *const special[] = {".inf", ".Inf", ".INF", ".nan",
					      ".NaN", ".NAN", NULL};
	if (word_is(s, special))
		return true;
	bool digits = false, dot = false;
	for (; *s && *s != 'e' && *s != 'E'; s++) {
		if (is_digit(*s) || *s == '_')
			digits |= is_digit(*s);
		else if (*s == '.' && !dot)
			dot = true;
		else
			return false;
	}
	if (!digits)
		return false;
	if (!*s)
		return true;
	s++;
	if (*s == '-' || *s == '+')
		s++;
	if (!is_digit(*s))
		return false;
	while (is_digit(*s))
		s++;
	return !*s;
}

/* YYYY-M-D... (a timestamp in YAML 1.1) */
static bool looks_date(const char *s)
{
	for (int i = 0; i < 4; i++)
		if (!is_digit(s[i]))
			return false;
	return s[4] == '-' && is_digit(s[5]);
}

/* Would a generic YAML reader give this plain text another type? */
static bool looks_typed(const char *s)
{
	static const char *const words[] = {
		"~", "null", "Null", "NULL", "true", "True", "TRUE", "false",
		"False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on",
		"On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N", "<<", "=",
		NULL};
	return word_is(s, words) || looks_int(s) || looks_float(s) ||
	       looks_date(s);
}

bool plan_yaml_needs_quotes(const char *s, bool flow)
{
	size_t n = strlen(s);
	if (!n || s[0] == ' ' || s[n - 1] == ' ' || s[n - 1] == ':')
		return true;
	if (strchr("-?:,[]{}#&*!|>'\"%@`\t", s[0]))
		return true;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x20 || c == 0x7F)
			return true;
		if (c == ':' && (p[1] == ' ' || p[1] == '\t'))
			return true;
		if (c == '#' && (p[-1] == ' ' || p[-1] == '\t'))
			return true;
		if (flow && strchr(",[]{}", c))
			return true;
		/* U+0085, U+2028, U+2029 break lines in YAML 1.1 */
		if (c == 0xC2 && (unsigned char)p[1] == 0x85)
			return true;
		if (c == 0xE2 && (unsigned char)p[1] == 0x80 &&
		    ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
			return true;
		/* a BOM or no-break space inside a value survives only
		 * quoted in some readers */
		if (c == 0xEF && (unsigned char)p[1] == 0xBB &&
		    (unsigned char)p[2] == 0xBF)
			return true;
	}
	return looks_typed(s);
}

void plan_yaml_put_double(FILE *out, const char *s)
{
	putc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\t': fputs("\\t", out); break;
		case '\r': fputs("\\r", out); break;
		default:
			if (*p < 0x20 || *p == 0x7F)
				fprintf(out, "\\x%02X", *p);
			else if (*p == 0xC2 && p[1] == 0x85)
				fputs("\\N", out), p++;
			else if (*p == 0xE2 && p[1] == 0x80 && p[2] == 0xA8)
				fputs("\\L", out), p += 2;
			else if (*p == 0xE2 && p[1] == 0x80 && p[2] == 0xA9)
				fputs("\\P", out), p += 2;
			else if (*p == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
				fputs("\\uFEFF", out), p += 2;
			else
				putc(*p, out);
		}
	}
	putc('"', out);
}

bool plan_yaml_single_ok(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			return false;
	return true;
}

void plan_yaml_put_single(FILE *out, const char *s)
{
	putc('\'', out);
	for (; *s; s++) {
		if (*s == '\'')
			putc('\'', out);
		putc(*s, out);
	}
	putc('\'', out);
}

void plan_yaml_put_scalar(FILE *out, const char *s, bool flow)
{
	if (plan_yaml_needs_quotes(s, flow))
		plan_yaml_put_double(out, s);
	else
		fputs(s, out);
}
