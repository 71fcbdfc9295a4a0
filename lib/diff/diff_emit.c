/* diff_emit.c - a diff out as text, csv, json or markdown; plan text
 * escaped by out/escape.h. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/value.h"
#include "base/vocab.h"
#include "diff/diff.h"
#include "out/csvout.h"
#include "out/escape.h"

int plan_diff_format_parse(const char *s)
{
	static const char *const names[] = {
		[PLAN_DIFF_TEXT] = "text", [PLAN_DIFF_CSV] = "csv",
		[PLAN_DIFF_JSON] = "json", [PLAN_DIFF_MARKDOWN] = "markdown",
	};
	if (s && !strcmp(s, "md"))
		return PLAN_DIFF_MARKDOWN;
	return plan_word_find(names, 4, s);
}

/* An amount in rupiah in the messages' language; with sign, a difference
 * ("+Rp500"). */
static char *rupiah(int64_t n, bool sign, char buf[PLAN_MONEY_BUF])
{
	return plan_money_str(n, plan_lang_get(),
			      sign ? PLAN_MONEY_DELTA : PLAN_MONEY_RUPIAH, buf);
}

/* The fields of changes and the words text and markdown show them with
 * (csv and json keep the field: it is an interface): the label is the
 * English word, translated in its context, and a year map's field is its
 * name and the year ("budget.2026" is "budget 2026", "pagu 2026").  An
 * indicator's unit is its satuan, an element's the perangkat daerah. */
struct field_word {
	const char *field, *label;
};
#define FIELD_CTX "diff field"
#define IND_CTX "diff indicator field"
static const struct field_word elem_words[] = {
	{"id", NC_("diff field", "id")},
	{"plan", NC_("diff field", "plan")},
	{"kind", NC_("diff field", "kind")},
	{"period", NC_("diff field", "period")},
	{"level", NC_("diff field", "level")},
	{"region", NC_("diff field", "region")},
	{"region_name", NC_("diff field", "region_name")},
	{"unit.code", NC_("diff field", "unit code")},
	{"unit.name", NC_("diff field", "unit name")},
	{"status", NC_("diff field", "status")},
	{"adopted", NC_("diff field", "adopted")},
	{"revised", NC_("diff field", "revised")},
	{"inaugurated", NC_("diff field", "inaugurated")},
	{"visi", NC_("diff field", "visi")},
	{"parents", NC_("diff field", "parents")},
	{"budget", NC_("diff field", "budget")},
	{"budget_forward", NC_("diff field", "budget_forward")},
	{"name", NC_("diff field", "name")},
	{"code", NC_("diff field", "code")},
	{"unit", NC_("diff field", "unit")},
	{"parent", NC_("diff field", "parent")},
	{"sasaran", NC_("diff field", "sasaran")},
	{"supports", NC_("diff field", "supports")},
	{"location", NC_("diff field", "location")},
	{"rank", NC_("diff field", "rank")},
	{"volume", NC_("diff field", "volume")},
	{"satuan", NC_("diff field", "satuan")},
	{"sumber_dana", NC_("diff field", "sumber_dana")},
	{"tik.type", NC_("diff field", "tik type")},
	{"tik.application", NC_("diff field", "tik application")},
	{"tik.clearance.status", NC_("diff field", "tik clearance.status")},
	{"tik.clearance.ref", NC_("diff field", "tik clearance.ref")},
	{"tik.clearance.date", NC_("diff field", "tik clearance.date")},
};
static const struct field_word ind_words[] = {
	{"name", NC_("diff indicator field", "name")},
	{"code", NC_("diff indicator field", "code")},
	{"unit", NC_("diff indicator field", "unit")},
	{"direction", NC_("diff indicator field", "direction")},
	{"baseline", NC_("diff indicator field", "baseline")},
	{"targets", NC_("diff indicator field", "targets")},
	{"actuals", NC_("diff indicator field", "actuals")},
	{"targets_forward", NC_("diff indicator field", "targets_forward")},
};

/* The word of the first len bytes of field, or NULL. */
static const struct field_word *field_find(const char *field, size_t len,
					   bool ind)
{
	const struct field_word *w = ind ? ind_words : elem_words;
	size_t n = ind ? sizeof ind_words / sizeof *ind_words
		       : sizeof elem_words / sizeof *elem_words;
	for (size_t i = 0; i < n; i++)
		if (strlen(w[i].field) == len && !memcmp(w[i].field, field, len))
			return &w[i];
	return NULL;
}

/* A change's field as text and markdown show it (malloc'd).  The
 * document's own budget is the total of its elements' ("total budget
 * 2026", "jumlah pagu 2026"); a field of no known word is shown as
 * written, its first dot a space. */
static char *field_shown(const struct plan_change *c, bool doc_level)
{
	const char *f = c->field, *dot = strchr(f, '.');
	bool ind = c->indicator != NULL;
	const struct field_word *w = field_find(f, strlen(f), ind);
	const char *rest = "", *label;
	if (!w && dot && (w = field_find(f, (size_t)(dot - f), ind)))
		rest = dot + 1;
	if (!w) {
		char *l = plan_xstrdup(f), *d = strchr(l, '.');
		if (d)
			*d = ' ';
		return l;
	}
	if (doc_level && !strcmp(w->field, "budget"))
		label = _("total budget");
	else
		label = plan_trp(ind ? IND_CTX : FIELD_CTX, w->label);
	size_t n = strlen(label) + 1 + strlen(rest) + 1;
	char *s = plan_xmalloc(n);
	snprintf(s, n, "%s%s%s", label, *rest ? " " : "", rest);
	return s;
}

static void put_summary(FILE *out, const struct plan_diff *d)
{
	struct plan_diff_counts c = plan_diff_counts(d);
	size_t docs = c.docs_same + c.docs_changed + c.docs_added + c.docs_removed;
	size_t ch = c.added + c.removed + c.renamed + c.changed;
	fprintf(out, plan_trn("%zu document: %zu added, %zu removed, "
			      "%zu changed, %zu same; ",
			      "%zu documents: %zu added, %zu removed, "
			      "%zu changed, %zu same; ", docs),
		docs, c.docs_added, c.docs_removed, c.docs_changed,
		c.docs_same);
	fprintf(out, plan_trn("%zu change: %zu added, %zu removed, "
			      "%zu renamed, %zu changed\n",
			      "%zu changes: %zu added, %zu removed, "
			      "%zu renamed, %zu changed\n", ch),
		ch, c.added, c.removed, c.renamed, c.changed);
}

/* Text ----------------------------------------------------------------- */

struct text {
	FILE *out;
	bool color;
};

static void color(const struct text *t, const char *code)
{
	plan_put_sgr(t->out, t->color, code);
}

static const char *mark_of(enum plan_change_kind k)
{
	return k == PLAN_CHANGE_ADDED ? "+" : k == PLAN_CHANGE_REMOVED ? "-"
		: "\xC2\xB1";	/* ± */
}

static const char *color_of(enum plan_change_kind k)
{
	return k == PLAN_CHANGE_ADDED ? "32" : k == PLAN_CHANGE_REMOVED ? "31"
		: "33";
}

static void put_value(FILE *out, const struct plan_change *c, const char *v)
{
	char buf[PLAN_MONEY_BUF];
	if (c->money && v) {
		int64_t n = strtoll(v, NULL, 10);
		fputs(rupiah(n, false, buf), out);
	} else {
		plan_put_text_line(out, v ? v : "");
	}
}

static void put_indicator(FILE *out, const char *label, const char *name)
{
	fputs(PLAN_INDICATOR_LABEL " ", out);
	if (name && !strcmp(label, name)) {
		fputc('"', out);
		plan_put_text_line(out, label);
		fputc('"', out);
	} else {
		plan_put_text_line(out, label);
	}
}

/* A field's line: "± budget 2026: Rp1 → Rp2 (+Rp1)". */
static void text_field(const struct text *t, const struct plan_change *c,
		       int indent, bool doc_level)
{
	FILE *out = t->out;
	fprintf(out, "%*s", indent, "");
	color(t, color_of(c->kind));
	fprintf(out, "%s ", mark_of(c->kind));
	char *label = field_shown(c, doc_level);
	plan_put_text_line(out, label);
	free(label);
	fputs(": ", out);
	if (c->kind != PLAN_CHANGE_ADDED)
		put_value(out, c, c->old_value);
	if (c->kind != PLAN_CHANGE_ADDED && c->kind != PLAN_CHANGE_REMOVED)
		fputs(" \xE2\x86\x92 ", out);	/* → */
	if (c->kind != PLAN_CHANGE_REMOVED)
		put_value(out, c, c->new_value);
	if (c->has_delta) {
		char buf[PLAN_MONEY_BUF];
		fprintf(out, " (%s)", rupiah(c->delta, true, buf));
	}
	color(t, "");
	fputc('\n', out);
}

/* A whole element or indicator added or removed. */
static void text_whole(const struct text *t, const struct plan_change *c,
		       int indent)
{
	FILE *out = t->out;
	const char *name = c->kind == PLAN_CHANGE_ADDED ? c->new_value
							: c->old_value;
	fprintf(out, "%*s", indent, "");
	color(t, color_of(c->kind));
	fprintf(out, "%s ", mark_of(c->kind));
	if (c->indicator) {
		put_indicator(out, c->indicator, name);
		if (name && strcmp(name, c->indicator)) {
			fputs(": ", out);
			plan_put_text_line(out, name);
		}
	} else {
		plan_put_text_line(out, c->breadcrumb ? c->breadcrumb : "?");
		if (name) {
			fputs(": ", out);
			plan_put_text_line(out, name);
		}
		if (c->below)
			fprintf(out, plan_trn(" (with %zu element below)",
					      " (with %zu elements below)",
					      c->below), c->below);
	}
	color(t, "");
	fputc('\n', out);
}

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static void text_doc_head(const struct text *t, const struct plan_diff_doc *dd)
{
	FILE *out = t->out;
	if (dd->status == PLAN_DOC_ADDED || dd->status == PLAN_DOC_REMOVED) {
		bool add = dd->status == PLAN_DOC_ADDED;
		color(t, add ? "1;32" : "1;31");
		fprintf(out, "%s %s", add ? "+" : "-", _("document "));
		plan_put_text_line(out, dd->id);
		fputs(" (", out);
		plan_put_text_line(out, add ? dd->new_file : dd->old_file);
		fputs(")", out);
	} else {
		color(t, "1");
		fputs(_("document "), out);
		plan_put_text_line(out, dd->id);
		fputs(" (", out);
		plan_put_text_line(out, dd->old_file);
		fputs(" \xE2\x86\x92 ", out);
		plan_put_text_line(out, dd->new_file);
		fputs(")", out);
	}
	color(t, "");
	fputc('\n', out);
}

static void text_doc(const struct text *t, const struct plan_diff *d,
		     const struct plan_diff_doc *dd)
{
	text_doc_head(t, dd);
	const char *el = NULL, *ind = NULL;
	bool in_el = false;
	for (size_t i = dd->first; i < dd->first + dd->n; i++) {
		const struct plan_change *c = plan_diff_change(d, i);
		if (!c->element && !c->breadcrumb) {
			text_field(t, c, 2, true);
			continue;
		}
		if (!c->field && !c->indicator) {
			text_whole(t, c, 2);
			in_el = false;
			continue;
		}
		if (!in_el || !same_str(el, c->breadcrumb)) {
			fputs("  ", t->out);
			color(t, "1");
			plan_put_text_line(t->out, c->breadcrumb);
			color(t, "");
			fputc('\n', t->out);
			el = c->breadcrumb;
			in_el = true;
			ind = NULL;
		}
		if (!c->indicator) {
			ind = NULL;
			text_field(t, c, 4, false);
		} else if (!c->field) {
			text_whole(t, c, 4);
			ind = NULL;
		} else {
			if (!same_str(ind, c->indicator)) {
				fputs("    ", t->out);
				put_indicator(t->out, c->indicator,
					      c->indicator_name);
				fputc('\n', t->out);
				ind = c->indicator;
			}
			text_field(t, c, 6, false);
		}
	}
}

static void counts_of(const struct plan_diff *d, const struct plan_diff_doc *dd,
		      size_t k[4])
{
	k[0] = k[1] = k[2] = k[3] = 0;
	for (size_t i = dd->first; i < dd->first + dd->n; i++)
		k[plan_diff_change(d, i)->kind]++;
}

static const char *status_name(enum plan_doc_status s)
{
	static const char *const n[] = {N_("same"), N_("changed"), N_("added"),
					N_("removed")};
	return n[s];	/* an identifier in csv and json */
}

static void text_stat(const struct text *t, const struct plan_diff *d)
{
	for (size_t i = 0; i < plan_diff_doc_count(d); i++) {
		const struct plan_diff_doc *dd = plan_diff_doc(d, i);
		plan_put_text_line(t->out, dd->id);
		if (dd->status != PLAN_DOC_CHANGED) {
			fprintf(t->out, ": %s\n", _(status_name(dd->status)));
			continue;
		}
		size_t k[4];
		counts_of(d, dd, k);
		fprintf(t->out, _(": %zu added, %zu removed, %zu renamed, "
				  "%zu changed\n"), k[0], k[1], k[2], k[3]);
	}
}

static void emit_text(FILE *out, const struct plan_diff *d,
		      const struct plan_diff_emit_opts *o)
{
	struct text t = {out, o->color};
	if (plan_diff_same(d))
		return;		/* like diff(1): silence is sameness */
	if (o->stat) {
		text_stat(&t, d);
	} else {
		for (size_t i = 0; i < plan_diff_doc_count(d); i++)
			text_doc(&t, d, plan_diff_doc(d, i));
	}
	put_summary(out, d);
}

/* CSV ------------------------------------------------------------------ */

/* A row of text cells (out/csvout.h: text a spreadsheet would take for
 * a formula gets a leading apostrophe). */
static void csv_row(struct plan_csv *w, const char *const *cells, size_t n)
{
	for (size_t i = 0; i < n; i++)
		plan_csv_text(w, cells[i]);
	plan_csv_end(w);
}

/* Fields whose values are figures: budgets, targets, actuals. */
static bool numeric_field(const char *f)
{
	return f && (!strncmp(f, "budget", 6) || !strncmp(f, "targets", 7) ||
		     !strncmp(f, "actuals", 7));
}

static char *element_cell(const struct plan_change *c)
{
	const char *b = c->breadcrumb ? c->breadcrumb : "";
	if (!c->indicator)
		return plan_xstrdup(b);
	size_t o = strlen(b);
	size_t n = o + plan_crumb_step_len(PLAN_CRUMB_INDICATOR, c->indicator);
	char *s = plan_xmalloc(n);
	memcpy(s, b, o + 1);
	plan_crumb_step(s, n, o, PLAN_CRUMB_INDICATOR, c->indicator, 0);
	return s;
}

/* The old and new values of a figure are numbers for the spreadsheet
 * (a decimal comma with --excel), as is the delta: a negative delta is no
 * formula. */
static void csv_change(struct plan_csv *w, const struct plan_change *c)
{
	char *el = element_cell(c);
	const char *cells[] = {c->doc, el, c->field,
			       plan_change_kind_name(c->kind)};
	for (size_t i = 0; i < 4; i++)
		plan_csv_text(w, cells[i]);
	free(el);
	bool num = numeric_field(c->field);
	(num ? plan_csv_number : plan_csv_text)(w, c->old_value);
	(num ? plan_csv_number : plan_csv_text)(w, c->new_value);
	if (c->has_delta)
		plan_csv_int(w, (long long)c->delta);
	else
		plan_csv_text(w, "");
	plan_csv_end(w);
}

static void emit_csv_stat(struct plan_csv *w, const struct plan_diff *d)
{
	static const char *const head[] = {"document", "status", "added",
					   "removed", "renamed", "changed"};
	csv_row(w, head, 6);
	for (size_t i = 0; i < plan_diff_doc_count(d); i++) {
		const struct plan_diff_doc *dd = plan_diff_doc(d, i);
		size_t k[4];
		char n[4][24];
		counts_of(d, dd, k);
		for (int j = 0; j < 4; j++)
			snprintf(n[j], sizeof n[j], "%zu", k[j]);
		const char *cells[] = {dd->id, status_name(dd->status), n[0],
				       n[1], n[2], n[3]};
		csv_row(w, cells, 6);
	}
}

static void emit_csv(FILE *out, const struct plan_diff *d,
		     const struct plan_diff_emit_opts *o)
{
	struct plan_csv w;
	plan_csv_begin(&w, out, o->excel);
	if (o->stat) {
		emit_csv_stat(&w, d);
		return;
	}
	static const char *const head[] = {"document", "element", "field",
					   "change", "old", "new", "delta"};
	csv_row(&w, head, 7);
	for (size_t i = 0; i < plan_diff_doc_count(d); i++) {
		const struct plan_diff_doc *dd = plan_diff_doc(d, i);
		if (dd->status == PLAN_DOC_ADDED || dd->status == PLAN_DOC_REMOVED) {
			bool add = dd->status == PLAN_DOC_ADDED;
			const char *cells[] = {dd->id, "", "", status_name(dd->status),
					       add ? "" : dd->old_file,
					       add ? dd->new_file : "", ""};
			csv_row(&w, cells, 7);
		}
		for (size_t j = dd->first; j < dd->first + dd->n; j++)
			csv_change(&w, plan_diff_change(d, j));
	}
}

/* JSON ------------------------------------------------------------------ */

static void json_key(FILE *out, const char *key, const char *s, bool comma)
{
	fprintf(out, "%s\"%s\": ", comma ? ", " : "", key);
	plan_put_json_string(out, s);
}

static void json_counts(FILE *out, const size_t k[4])
{
	fprintf(out, "{\"added\": %zu, \"removed\": %zu, \"renamed\": %zu, "
		"\"changed\": %zu}", k[0], k[1], k[2], k[3]);
}

static void json_change(FILE *out, const struct plan_change *c)
{
	fputs("{", out);
	json_key(out, "element", c->element, false);
	json_key(out, "breadcrumb", c->breadcrumb, true);
	json_key(out, "indicator", c->indicator, true);
	json_key(out, "field", c->field, true);
	json_key(out, "change", plan_change_kind_name(c->kind), true);
	json_key(out, "old", c->old_value, true);
	json_key(out, "new", c->new_value, true);
	if (c->has_delta)	/* a string: past 2^53 a JSON number is not exact */
		fprintf(out, ", \"delta\": \"%" PRId64 "\"", c->delta);
	else
		fputs(", \"delta\": null", out);
	fprintf(out, ", \"money\": %s, \"below\": %zu}",
		c->money ? "true" : "false", c->below);
}

static void json_doc(FILE *out, const struct plan_diff *d,
		     const struct plan_diff_doc *dd, bool stat)
{
	size_t k[4];
	counts_of(d, dd, k);
	fputs("    {", out);
	json_key(out, "id", dd->id, false);
	json_key(out, "status", status_name(dd->status), true);
	json_key(out, "old_id", dd->old_id, true);
	json_key(out, "new_id", dd->new_id, true);
	json_key(out, "old_file", dd->old_file, true);
	json_key(out, "new_file", dd->new_file, true);
	fputs(", \"counts\": ", out);
	json_counts(out, k);
	if (!stat) {
		fputs(", \"changes\": [", out);
		for (size_t i = dd->first; i < dd->first + dd->n; i++) {
			fputs(i > dd->first ? ",\n      " : "\n      ", out);
			json_change(out, plan_diff_change(d, i));
		}
		fputs(dd->n ? "\n    ]" : "]", out);
	}
	fputs("}", out);
}

static void emit_json(FILE *out, const struct plan_diff *d,
		      const struct plan_diff_emit_opts *o)
{
	struct plan_diff_counts c = plan_diff_counts(d);
	size_t k[4] = {c.added, c.removed, c.renamed, c.changed};
	fputs("{", out);
	json_key(out, "tool", o->tool ? o->tool : "plan-diff", false);
	json_key(out, "version", o->version, true);
	json_key(out, "by", o->by == PLAN_DIFF_BY_CODE ? "code" : "id", true);
	json_key(out, "old", o->old_label, true);
	json_key(out, "new", o->new_label, true);
	fprintf(out, ", \"same\": %s,\n  \"summary\": {\"documents\": "
		"{\"same\": %zu, \"changed\": %zu, \"added\": %zu, "
		"\"removed\": %zu}, \"changes\": ",
		plan_diff_same(d) ? "true" : "false", c.docs_same,
		c.docs_changed, c.docs_added, c.docs_removed);
	json_counts(out, k);
	fputs("},\n  \"documents\": [", out);
	for (size_t i = 0; i < plan_diff_doc_count(d); i++) {
		fputs(i ? ",\n" : "\n", out);
		json_doc(out, d, plan_diff_doc(d, i), o->stat);
	}
	fputs(plan_diff_doc_count(d) ? "\n  ]}\n" : "]}\n", out);
}

/* Markdown ----------------------------------------------------------------- */

static void md_value(FILE *out, const struct plan_change *c, const char *v)
{
	char buf[PLAN_MONEY_BUF];
	if (c->money && v)
		fputs(rupiah(strtoll(v, NULL, 10), false, buf), out);
	else
		plan_put_md(out, v, PLAN_MD_FOLD);
}

static void md_change(FILE *out, const struct plan_change *c)
{
	char buf[PLAN_MONEY_BUF];
	fputs("| ", out);
	plan_put_md(out, c->breadcrumb ? c->breadcrumb : _("(document)"),
		    PLAN_MD_FOLD);
	if (c->indicator) {
		fputs(PLAN_CRUMB_SEP PLAN_INDICATOR_LABEL " ", out);
		plan_put_md(out, c->indicator, PLAN_MD_FOLD);
	}
	fputs(" | ", out);
	if (c->field) {
		char *label = field_shown(c, !c->element);
		plan_put_md(out, label, PLAN_MD_FOLD);
		free(label);
	}
	if (!c->field && c->below)
		fprintf(out, _("(with %zu below)"), c->below);
	fprintf(out, " | %s | ", _(plan_change_kind_name(c->kind)));
	md_value(out, c, c->old_value);
	fputs(" | ", out);
	md_value(out, c, c->new_value);
	fputs(" | ", out);
	if (c->has_delta)
		fputs(rupiah(c->delta, true, buf), out);
	fputs(" |\n", out);
}

static void md_doc(FILE *out, const struct plan_diff *d,
		   const struct plan_diff_doc *dd)
{
	fputs("#### ", out);
	plan_put_md(out, dd->id, PLAN_MD_FOLD);
	fprintf(out, " (%s)\n\n", _(status_name(dd->status)));
	if (!dd->n)
		return;
	fprintf(out, "| %s | %s | %s | %s | %s | %s |\n"
		"|---|---|---|---|---|---:|\n", _("element"), _("field"),
		_("change"), _("old"), _("new"), _("delta"));
	for (size_t i = dd->first; i < dd->first + dd->n; i++)
		md_change(out, plan_diff_change(d, i));
	fputc('\n', out);
}

static void md_stat(FILE *out, const struct plan_diff *d)
{
	fprintf(out, "| %s | %s | %s | %s | %s | %s |\n"
		"|---|---|---:|---:|---:|---:|\n", _("document"), _("status"),
		_("added"), _("removed"), _("renamed"), _("changed"));
	for (size_t i = 0; i < plan_diff_doc_count(d); i++) {
		const struct plan_diff_doc *dd = plan_diff_doc(d, i);
		size_t k[4];
		counts_of(d, dd, k);
		fputs("| ", out);
		plan_put_md(out, dd->id, PLAN_MD_FOLD);
		fprintf(out, " | %s | %zu | %zu | %zu | %zu |\n",
			_(status_name(dd->status)), k[0], k[1], k[2], k[3]);
	}
	fputc('\n', out);
}

static void emit_markdown(FILE *out, const struct plan_diff *d,
			  const struct plan_diff_emit_opts *o)
{
	fputs("### plan-diff", out);
	if (o->by == PLAN_DIFF_BY_CODE)
		fputs(_(" by code"), out);
	fputs("\n\n", out);
	if (plan_diff_same(d)) {
		fputs(_("No differences.\n"), out);
		return;
	}
	if (o->stat)
		md_stat(out, d);
	else
		for (size_t i = 0; i < plan_diff_doc_count(d); i++)
			md_doc(out, d, plan_diff_doc(d, i));
	put_summary(out, d);
}

int plan_diff_emit(FILE *out, const struct plan_diff *d,
		   const struct plan_diff_emit_opts *o)
{
	switch (o->format) {
	case PLAN_DIFF_CSV: emit_csv(out, d, o); break;
	case PLAN_DIFF_JSON: emit_json(out, d, o); break;
	case PLAN_DIFF_MARKDOWN: emit_markdown(out, d, o); break;
	default: emit_text(out, d, o); break;
	}
	if (ferror(out)) {
		if (!errno)
			errno = EIO;
		return -1;
	}
	return 0;
}
