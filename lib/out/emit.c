#include "out/emit.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"

/*
 * Output formats (SPEC 6).  Every byte of plan text passes through one of
 * the escapers at the top of this file, so a hostile name or message can
 * neither move the terminal, forge a line, nor break a JSON or workflow
 * command.
 *
 * text, one block per finding, then one summary line:
 *
 *   path:line:col: severity: message [rule]
 *       breadcrumb                       (when there is one)
 *       hint: hint                       (when there is one)
 *   12 files, 318 elements: 1 error, 4 warnings, 2 infos, 1 waived
 *
 * The indent is four spaces.  Errors and warnings are always counted in
 * the summary, infos and waived only when there are any; nouns take the
 * singular for 1 ("1 file", "1 error"); "waived" does not inflect.  A
 * waived finding shows its severity and the waiver in place of the bare
 * severity: "warning (waived: reason, until 2026-12-31): message [rule]".
 *
 * github: one workflow command per finding, then the summary line, which
 * the runner prints as plain log text:
 *
 *   ::error file=path,line=3,col=5,title=rule::message%0Abreadcrumb%0Ahint: hint
 *
 * (warning -> ::warning, info -> ::notice; a waived finding is a ::notice
 * titled "rule (waived)" with the waiver on its last line.)
 *
 * json and sarif: one pretty-printed object, one finding (result) per
 * line, ending in a newline.
 */

#ifndef PLAN_HOMEPAGE
#define PLAN_HOMEPAGE "https://github.com/plan-toolkit/plan-toolkit"
#endif
#define SARIF_SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/" \
	"schemas/sarif-schema-2.1.0.json"

int plan_format_parse(const char *s, bool github_actions)
{
	if (!s)
		return -1;
	if (!strcmp(s, "text"))
		return FORMAT_TEXT;
	if (!strcmp(s, "json"))
		return FORMAT_JSON;
	if (!strcmp(s, "github"))
		return FORMAT_GITHUB;
	if (!strcmp(s, "sarif"))
		return FORMAT_SARIF;
	if (!strcmp(s, "auto"))
		return github_actions ? FORMAT_GITHUB : FORMAT_TEXT;
	return -1;
}

/* ------------------------------------------------------------------ */
/* UTF-8 and control characters */

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

static void put_gh_data(FILE *out, const char *s)
{
	put_clean(out, s, true, gh_data_byte);
}

static void put_gh_prop(FILE *out, const char *s)
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

/* ------------------------------------------------------------------ */
/* text */

#define SGR(x) "\033[" x "m"

static const char *sev_color(enum plan_severity s)
{
	switch (s) {
	case PLAN_SEV_ERROR: return SGR("1;31");
	case PLAN_SEV_WARNING: return SGR("1;35");
	default: return SGR("1;36");
	}
}

struct painter {
	FILE *out;
	bool on;
};

static void paint(const struct painter *p, const char *sgr)
{
	if (p->on)
		fputs(sgr, p->out);
}

static void put_waiver(FILE *out, const struct plan_waiver_info *w)
{
	fputs(_(" (waived"), out);
	if (w->reason && *w->reason) {
		fputs(": ", out);
		plan_put_text(out, w->reason);
	}
	if (w->until) {
		fputs(_(", until "), out);
		plan_put_text(out, w->until);
	}
	putc(')', out);
}

/* "path:line:col: severity: message [rule]" */
static void text_head(const struct painter *p, const struct plan_finding *f)
{
	FILE *out = p->out;
	const char *sev = f->waived ? SGR("1;32") : sev_color(f->severity);
	paint(p, SGR("1"));
	plan_put_text(out, f->file);
	fprintf(out, ":%u:%u:", f->line, f->column);
	paint(p, SGR("0"));
	putc(' ', out);
	paint(p, sev);
	fputs(plan_severity_name(f->severity), out);
	if (f->waived)
		put_waiver(out, f->waived);
	putc(':', out);
	paint(p, SGR("0"));
	putc(' ', out);
	plan_put_text(out, f->message);
	fputs(" [", out);
	paint(p, sev);
	fputs(plan_rule_info(f->rule)->name, out);
	paint(p, SGR("0"));
	fputs("]\n", out);
}

static void text_finding(const struct painter *p, const struct plan_finding *f)
{
	text_head(p, f);
	if (f->breadcrumb && *f->breadcrumb) {
		fputs("    ", p->out);
		plan_put_text(p->out, f->breadcrumb);
		putc('\n', p->out);
	}
	if (f->hint && *f->hint) {
		fputs("    ", p->out);
		fputs(_("hint: "), p->out);
		plan_put_text(p->out, f->hint);
		putc('\n', p->out);
	}
}

static void summary_line(FILE *out, const struct plan_findings *l,
			 const struct plan_emit_opts *o)
{
	struct plan_counts c = plan_findings_counts(l);
	fprintf(out, plan_trn("%zu file", "%zu files", o->files), o->files);
	fputs(", ", out);
	fprintf(out, plan_trn("%zu element", "%zu elements", o->elements),
		o->elements);
	fputs(": ", out);
	fprintf(out, plan_trn("%zu error", "%zu errors", c.errors), c.errors);
	fputs(", ", out);
	fprintf(out, plan_trn("%zu warning", "%zu warnings", c.warnings),
		c.warnings);
	if (c.infos) {
		fputs(", ", out);
		fprintf(out, plan_trn("%zu info", "%zu infos", c.infos),
			c.infos);
	}
	if (c.waived) {
		fputs(", ", out);
		fprintf(out, _("%zu waived"), c.waived);
	}
	putc('\n', out);
}

static void emit_text(FILE *out, const struct plan_findings *l,
		      const struct plan_emit_opts *o)
{
	struct painter p = {out, o->color};
	for (size_t i = 0; i < plan_findings_count(l); i++)
		text_finding(&p, plan_findings_get(l, i));
	summary_line(out, l, o);
}

/* ------------------------------------------------------------------ */
/* github */

static const char *gh_command(const struct plan_finding *f)
{
	if (f->waived || f->severity == PLAN_SEV_INFO)
		return "notice";
	return f->severity == PLAN_SEV_ERROR ? "error" : "warning";
}

static void gh_waiver(FILE *out, const struct plan_waiver_info *w)
{
	fputs("%0A", out);
	fputs(_("waived"), out);
	if (w->reason && *w->reason) {
		fputs(": ", out);
		put_gh_data(out, w->reason);
	}
	if (w->until) {
		fputs(_(", until "), out);
		put_gh_data(out, w->until);
	}
}

static void gh_finding(FILE *out, const struct plan_finding *f)
{
	fprintf(out, "::%s file=", gh_command(f));
	put_gh_prop(out, f->file);
	fprintf(out, ",line=%u,col=%u,title=", f->line, f->column);
	put_gh_prop(out, plan_rule_info(f->rule)->name);
	if (f->waived)
		put_gh_prop(out, _(" (waived)"));
	fputs("::", out);
	put_gh_data(out, f->message);
	if (f->breadcrumb && *f->breadcrumb) {
		fputs("%0A", out);
		put_gh_data(out, f->breadcrumb);
	}
	if (f->hint && *f->hint) {
		fputs("%0A", out);
		fputs(_("hint: "), out);
		put_gh_data(out, f->hint);
	}
	if (f->waived)
		gh_waiver(out, f->waived);
	putc('\n', out);
}

static void emit_github(FILE *out, const struct plan_findings *l,
			const struct plan_emit_opts *o)
{
	for (size_t i = 0; i < plan_findings_count(l); i++)
		gh_finding(out, plan_findings_get(l, i));
	summary_line(out, l, o);
}

/* ------------------------------------------------------------------ */
/* json */

static void json_key(FILE *out, const char *key, const char *value)
{
	fprintf(out, "\"%s\": ", key);
	plan_put_json_string(out, value);
}

static void json_waiver(FILE *out, const struct plan_waiver_info *w)
{
	if (!w) {
		fputs("null", out);
		return;
	}
	putc('{', out);
	json_key(out, "reason", w->reason ? w->reason : "");
	fputs(", ", out);
	json_key(out, "until", w->until);
	putc('}', out);
}

static void json_finding(FILE *out, const struct plan_finding *f)
{
	fputs("    {", out);
	json_key(out, "rule", plan_rule_info(f->rule)->name);
	fputs(", ", out);
	json_key(out, "severity", plan_severity_name(f->severity));
	fputs(", ", out);
	json_key(out, "file", f->file);
	fprintf(out, ", \"line\": %u, \"column\": %u, ", f->line, f->column);
	json_key(out, "element", f->element);
	fputs(", ", out);
	json_key(out, "breadcrumb", f->breadcrumb);
	fputs(", ", out);
	json_key(out, "message", f->message);
	fputs(", ", out);
	json_key(out, "hint", f->hint);
	fputs(", \"waived\": ", out);
	json_waiver(out, f->waived);
	putc('}', out);
}

static void emit_json(FILE *out, const struct plan_findings *l,
		      const struct plan_emit_opts *o, const char *tool,
		      const char *version)
{
	struct plan_counts c = plan_findings_counts(l);
	fputs("{\n  ", out);
	json_key(out, "tool", tool);
	fputs(",\n  ", out);
	json_key(out, "version", version);
	fprintf(out, ",\n  \"summary\": {\"files\": %zu, \"documents\": %zu, "
		"\"errors\": %zu, \"warnings\": %zu, \"infos\": %zu, "
		"\"waived\": %zu},\n  \"findings\": [", o->files, o->documents,
		c.errors, c.warnings, c.infos, c.waived);
	size_t n = plan_findings_count(l);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",\n" : "\n", out);
		json_finding(out, plan_findings_get(l, i));
	}
	fputs(n ? "\n  ]\n}\n" : "]\n}\n", out);
}

/* ------------------------------------------------------------------ */
/* sarif */

/* A file as a URI reference: relative paths stay relative (a leading
 * "./" dropped), absolute ones become file:// URIs; every byte but the
 * unreserved ones and '/' is percent-encoded. */
static void put_uri(FILE *out, const char *path)
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

static const char *sarif_level(enum plan_severity s)
{
	switch (s) {
	case PLAN_SEV_ERROR: return "error";
	case PLAN_SEV_WARNING: return "warning";
	default: return "note";
	}
}

static void sarif_rules(FILE *out)
{
	for (int r = 0; r < RULE_COUNT; r++) {
		const struct plan_rule_info *ri = plan_rule_info(r);
		fputs(r ? ",\n            {" : "\n            {", out);
		json_key(out, "id", ri->name);
		fputs(", \"shortDescription\": {", out);
		json_key(out, "text", _(ri->summary));
		fputs("}, \"defaultConfiguration\": {", out);
		json_key(out, "level", sarif_level(ri->severity));
		fputs("}}", out);
	}
}

static void sarif_driver(FILE *out, const char *tool, const char *version)
{
	fputs("      \"tool\": {\n        \"driver\": {\n          ", out);
	json_key(out, "name", tool);
	fputs(",\n          ", out);
	json_key(out, "version", version);
	fputs(",\n          ", out);
	json_key(out, "informationUri", PLAN_HOMEPAGE);
	fputs(",\n          \"rules\": [", out);
	sarif_rules(out);
	fputs("\n          ]\n        }\n      },\n", out);
}

/* The message, with the hint on a line of its own. */
static void sarif_message(FILE *out, const struct plan_finding *f)
{
	fputs("\"message\": {\"text\": ", out);
	if (!f->hint || !*f->hint) {
		plan_put_json_string(out, f->message);
	} else {
		const char *label = _("hint: ");
		size_t n = strlen(f->message) + strlen(label) +
			   strlen(f->hint) + 2;
		char *buf = plan_xmalloc(n);
		snprintf(buf, n, "%s\n%s%s", f->message, label, f->hint);
		plan_put_json_string(out, buf);
		free(buf);
	}
	putc('}', out);
}

static void sarif_extras(FILE *out, const struct plan_finding *f)
{
	if (f->waived) {
		fputs(", \"suppressions\": [{\"kind\": \"external\", ", out);
		json_key(out, "justification",
			 f->waived->reason ? f->waived->reason : "");
		if (f->waived->until) {
			fputs(", \"properties\": {", out);
			json_key(out, "until", f->waived->until);
			putc('}', out);
		}
		fputs("}]", out);
	}
	if (f->element || f->breadcrumb) {
		fputs(", \"properties\": {", out);
		if (f->element)
			json_key(out, "element", f->element);
		if (f->element && f->breadcrumb)
			fputs(", ", out);
		if (f->breadcrumb)
			json_key(out, "breadcrumb", f->breadcrumb);
		putc('}', out);
	}
}

static void sarif_result(FILE *out, const struct plan_finding *f)
{
	fputs("        {", out);
	json_key(out, "ruleId", plan_rule_info(f->rule)->name);
	fprintf(out, ", \"ruleIndex\": %d, ", (int)f->rule);
	json_key(out, "level", sarif_level(f->severity));
	fputs(", ", out);
	sarif_message(out, f);
	fputs(", \"locations\": [{\"physicalLocation\": "
	      "{\"artifactLocation\": {\"uri\": ", out);
	put_uri(out, f->file);
	fprintf(out, "}, \"region\": {\"startLine\": %u, \"startColumn\": %u}"
		"}}]", f->line, f->column);
	sarif_extras(out, f);
	putc('}', out);
}

static void emit_sarif(FILE *out, const struct plan_findings *l,
		       const char *tool, const char *version)
{
	fputs("{\n  \"version\": \"2.1.0\",\n  ", out);
	json_key(out, "$schema", SARIF_SCHEMA);
	fputs(",\n  \"runs\": [\n    {\n", out);
	sarif_driver(out, tool, version);
	fputs("      \"columnKind\": \"unicodeCodePoints\",\n"
	      "      \"results\": [", out);
	size_t n = plan_findings_count(l);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",\n" : "\n", out);
		sarif_result(out, plan_findings_get(l, i));
	}
	fputs(n ? "\n      ]\n    }\n  ]\n}\n" : "]\n    }\n  ]\n}\n", out);
}

/* ------------------------------------------------------------------ */

int plan_emit(FILE *out, const struct plan_findings *l,
	      const struct plan_emit_opts *o)
{
	const char *tool = o->tool ? o->tool : "plan-validate";
#ifdef PLAN_VERSION
	const char *version = o->version ? o->version : PLAN_VERSION;
#else
	const char *version = o->version ? o->version : "0";
#endif
	switch (o->format) {
	case FORMAT_JSON:
		emit_json(out, l, o, tool, version);
		break;
	case FORMAT_GITHUB:
		emit_github(out, l, o);
		break;
	case FORMAT_SARIF:
		emit_sarif(out, l, tool, version);
		break;
	default:
		emit_text(out, l, o);
		break;
	}
	if (fflush(out) == EOF || ferror(out))
		return -1;
	return 0;
}
