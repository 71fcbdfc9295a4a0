#include "out/emit.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "out/escape.h"

/*
 * Output formats (SPEC 6).  Every byte of plan text passes through one of
 * the escapers of out/escape.h, so a hostile name or message can neither
 * move the terminal, forge a line, nor break a JSON or workflow command.
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
/* text */

static const char *sev_color(enum plan_severity s)
{
	switch (s) {
	case PLAN_SEV_ERROR: return "1;31";
	case PLAN_SEV_WARNING: return "1;35";
	default: return "1;36";
	}
}

struct painter {
	FILE *out;
	bool on;
};

/* An SGR attribute ("1;31") when colouring. */
static void paint(const struct painter *p, const char *sgr)
{
	plan_put_sgr(p->out, p->on, sgr);
}

/* ": reason, until 2026-12-31" after the word "waived", the plan text
 * through put (the format's escaper). */
static void waiver_tail(FILE *out, const struct plan_waiver_info *w,
			void (*put)(FILE *, const char *))
{
	if (w->reason && *w->reason) {
		fputs(": ", out);
		put(out, w->reason);
	}
	if (w->until) {
		fputs(_(", until "), out);
		put(out, w->until);
	}
}

static void put_waiver(FILE *out, const struct plan_waiver_info *w)
{
	fputs(_(" (waived"), out);
	waiver_tail(out, w, plan_put_text);
	putc(')', out);
}

/* "path:line:col: severity: message [rule]" */
static void text_head(const struct painter *p, const struct plan_finding *f)
{
	FILE *out = p->out;
	const char *sev = f->waived ? "1;32" : sev_color(f->severity);
	paint(p, "1");
	plan_put_text(out, f->file);
	fprintf(out, ":%u:%u:", f->line, f->column);
	paint(p, "0");
	putc(' ', out);
	paint(p, sev);
	fputs(plan_severity_name(f->severity), out);
	if (f->waived)
		put_waiver(out, f->waived);
	putc(':', out);
	paint(p, "0");
	putc(' ', out);
	plan_put_text(out, f->message);
	fputs(" [", out);
	paint(p, sev);
	fputs(plan_rule_info(f->rule)->name, out);
	paint(p, "0");
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
	waiver_tail(out, w, plan_put_gh_data);
}

static void gh_finding(FILE *out, const struct plan_finding *f)
{
	fprintf(out, "::%s file=", gh_command(f));
	plan_put_gh_prop(out, f->file);
	fprintf(out, ",line=%u,col=%u,title=", f->line, f->column);
	plan_put_gh_prop(out, plan_rule_info(f->rule)->name);
	if (f->waived)
		plan_put_gh_prop(out, _(" (waived)"));
	fputs("::", out);
	plan_put_gh_data(out, f->message);
	if (f->breadcrumb && *f->breadcrumb) {
		fputs("%0A", out);
		plan_put_gh_data(out, f->breadcrumb);
	}
	if (f->hint && *f->hint) {
		fputs("%0A", out);
		fputs(_("hint: "), out);
		plan_put_gh_data(out, f->hint);
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
	plan_put_uri(out, f->file);
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
