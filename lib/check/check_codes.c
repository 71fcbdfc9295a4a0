/*
 * plan_check_codes.c - code-format, code-parent, code-level, code-unknown
 * (SPEC 3.5 and 4).
 *
 * One pass over the elements in document order.  Each code value gets at
 * most one finding, tried in the order format, parent, level, unknown: a
 * malformed code says nothing reliable about its parent, its level digit
 * or the table, and a code that does not extend its parent's or carries
 * the wrong level digit would only repeat itself as "not in the table".
 *
 * Choices where SPEC is silent:
 * - national kinds (and a document of unknown kind at level nasional) use
 *   free codes; their unit codes are free text and not checked;
 * - unit codes (`unit.code`, an element's own `unit`) are checked in every
 *   other kind, village kinds included, as SPEC 3.5 says code rules apply
 *   to regional and village kinds;
 * - proposal codes and the codes of misi, tujuan and sasaran follow no
 *   nomenclature and are not checked;
 * - code-unknown looks up program, kegiatan and sub-kegiatan codes only:
 *   village codes ("1", "2.6") are not in the Kepmendagri tables and would
 *   collide with their urusan rows;
 * - a program code listed only in the table of the other level is
 *   judged by that name (the first listing's);
 * - the codes a name belongs to are looked for among the programs,
 *   kegiatan and sub-kegiatan of the document's level (urusan and bidang
 *   rows are no place for an element), written as the plan writes codes.
 */
#include <stdio.h>
#include <string.h>

#include "check/check_priv.h"
#include "base/i18n.h"
#include "base/value.h"

static bool is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/*
 * s[0..len) is n dot-separated runs of digits of exactly the widths w[].
 * The nomenclature and region codes are all of this shape.
 */
static bool digit_shape(const char *s, size_t len, const unsigned char *w,
			size_t n)
{
	size_t pos = 0;

	for (size_t i = 0; i < n; i++) {
		if (i > 0) {
			if (pos >= len || s[pos] != '.')
				return false;
			pos++;
		}
		for (unsigned k = 0; k < w[i]; k++, pos++)
			if (pos >= len || !is_digit(s[pos]))
				return false;
	}
	return pos == len;
}

static const unsigned char W_PROGRAM[] = {1, 2, 2};
static const unsigned char W_KEGIATAN[] = {1, 2, 2, 1, 2};
static const unsigned char W_SUB2[] = {1, 2, 2, 1, 2, 2};
static const unsigned char W_SUB4[] = {1, 2, 2, 1, 2, 4};
static const unsigned char W_UNIT7[] = {1, 2, 1, 2, 1, 2, 2};
static const unsigned char W_UNIT8[] = {1, 2, 1, 2, 1, 2, 2, 4};
#define NW(a) (sizeof(a) / sizeof((a)[0]))

/* Offset of the level digit N in X.XX.XX.N... */
#define LEVEL_DIGIT 8

/* How a nomenclature code of element type t fails its form. */
enum code_fault {
	CODE_OK,
	CODE_MALFORMED,
	CODE_TEMPLATE,		/* X.XX.01... as the tables spell it */
	CODE_BAD_N		/* the level digit is neither 1 nor 2 */
};

/* The digit shape of s for a regional element type, ignoring N's value. */
static bool regional_shape(enum plan_elem_type t, const char *s, size_t len)
{
	switch (t) {
	case EL_PROGRAM:
		return digit_shape(s, len, W_PROGRAM, NW(W_PROGRAM));
	case EL_KEGIATAN:
		return digit_shape(s, len, W_KEGIATAN, NW(W_KEGIATAN));
	case EL_SUB_KEGIATAN:
		return digit_shape(s, len, W_SUB2, NW(W_SUB2)) ||
		       digit_shape(s, len, W_SUB4, NW(W_SUB4));
	default:
		return false;
	}
}

/* The template keeps the letters X for urusan and bidang: `X.XX.` then
 * digits of the element's shape.  Checked as the shape of `0.00.` + rest. */
static bool is_template(enum plan_elem_type t, const char *s, size_t len)
{
	char buf[24];

	if (len < 5 || len >= sizeof(buf) || memcmp(s, "X.XX.", 5) != 0)
		return false;
	memcpy(buf, "0.00.", 5);
	memcpy(buf + 5, s + 5, len - 5);
	return regional_shape(t, buf, len);
}

static enum code_fault regional_fault(enum plan_elem_type t, const char *s,
				      size_t len)
{
	if (!regional_shape(t, s, len))
		return is_template(t, s, len) ? CODE_TEMPLATE : CODE_MALFORMED;
	if (t != EL_PROGRAM && s[LEVEL_DIGIT] != '1' && s[LEVEL_DIGIT] != '2')
		return CODE_BAD_N;
	return CODE_OK;
}

static bool village_ok(enum plan_elem_type t, const char *s, size_t len)
{
	if (len < 1 || s[0] < '1' || s[0] > '5')
		return false;
	switch (t) {
	case EL_BIDANG:
		return len == 1;
	case EL_SUB_BIDANG:
		return len == 3 && s[1] == '.' && s[2] >= '1' && s[2] <= '9';
	case EL_VKEGIATAN:
		return len == 6 && s[1] == '.' && s[2] >= '1' && s[2] <= '9' &&
		       s[3] == '.' && is_digit(s[4]) && is_digit(s[5]);
	default:
		return false;
	}
}

static bool is_alnum(char ch)
{
	return is_digit(ch) || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= 'a' && ch <= 'z');
}

/* [A-Za-z0-9][A-Za-z0-9.-]* */
static bool free_code_ok(const char *s, size_t len)
{
	if (len == 0 || !is_alnum(s[0]))
		return false;
	for (size_t i = 1; i < len; i++)
		if (!is_alnum(s[i]) && s[i] != '.' && s[i] != '-')
			return false;
	return true;
}

static bool unit_code_ok(const char *s, size_t len)
{
	return digit_shape(s, len, W_UNIT7, NW(W_UNIT7)) ||
	       digit_shape(s, len, W_UNIT8, NW(W_UNIT8));
}

static bool is_nomenclature(enum plan_elem_type t)
{
	return t == EL_PROGRAM || t == EL_KEGIATAN || t == EL_SUB_KEGIATAN;
}

static bool is_village(enum plan_elem_type t)
{
	return t == EL_BIDANG || t == EL_SUB_BIDANG || t == EL_VKEGIATAN;
}

/* The form to write, and an example, for each element type. */
static const char *type_form(enum plan_elem_type t)
{
	switch (t) {
	case EL_PROGRAM: return _("X.XX.XX (urusan, bidang, program)");
	case EL_KEGIATAN: return _("X.XX.XX.N.XX (program, level digit, kegiatan)");
	case EL_SUB_KEGIATAN: return _("X.XX.XX.N.XX.XXXX (or .XX as in the 2020 tables)");
	case EL_BIDANG: return _("one digit 1 to 5");
	case EL_SUB_BIDANG: return _("<bidang>.N with N from 1 to 9");
	case EL_VKEGIATAN: return _("<sub-bidang>.NN");
	default: return _("a code");
	}
}

static const char *type_example(enum plan_elem_type t)
{
	switch (t) {
	case EL_PROGRAM: return "2.16.03";
	case EL_KEGIATAN: return "2.16.03.2.02";
	case EL_SUB_KEGIATAN: return "2.16.03.2.02.0003";
	case EL_BIDANG: return "2";
	case EL_SUB_BIDANG: return "2.6";
	case EL_VKEGIATAN: return "2.6.05";
	default: return "";
	}
}

/*
 * A zero-padded reading of s ("2.16.3" -> "2.16.03") when s has the right
 * number of digit runs, each no longer than its width; the last run of a
 * sub-kegiatan pads to the current four digits.  False when there is none.
 */
static bool padded(enum plan_elem_type t, const char *s, size_t len,
		   char out[32])
{
	const unsigned char *w;
	size_t n, pos = 0, o = 0;

	switch (t) {
	case EL_PROGRAM: w = W_PROGRAM; n = NW(W_PROGRAM); break;
	case EL_KEGIATAN: w = W_KEGIATAN; n = NW(W_KEGIATAN); break;
	case EL_SUB_KEGIATAN: w = W_SUB4; n = NW(W_SUB4); break;
	default: return false;
	}
	for (size_t i = 0; i < n; i++) {
		size_t start, run;

		if (i > 0 && (pos >= len || s[pos++] != '.'))
			return false;
		start = pos;
		while (pos < len && is_digit(s[pos]))
			pos++;
		run = pos - start;
		if (run == 0 || run > w[i])
			return false;
		if (i > 0)
			out[o++] = '.';
		for (size_t k = run; k < w[i]; k++)
			out[o++] = '0';
		memcpy(out + o, s + start, run);
		o += run;
	}
	out[o] = '\0';
	return pos == len && regional_fault(t, out, o) == CODE_OK;
}

/* The urusan and bidang of a unit code ("2.16" of 2.16.2.20...), for the
 * hint on a template code; NULL unless the unit code is well-formed. */
static const char *unit_bidang(const struct plan_element *e, char out[8])
{
	const char *u = e->eff_unit;

	if (u == NULL || !unit_code_ok(u, strlen(u)))
		return NULL;
	memcpy(out, u, 4);
	out[4] = '\0';
	return out;
}

static void report_template(const struct plan_check *c,
			    const struct plan_element *e)
{
	char bid[8];
	const char *b = unit_bidang(e, bid);
	const char *hint;

	if (b != NULL)
		hint = plan_arena_printf(c->doc->arena,
					 _("write '%s%.*s' for unit %s"), b,
					 (int)(e->code.len - 4), e->code.s + 4,
					 e->eff_unit);
	else
		hint = _("write the urusan and bidang of the responsible unit, as in 2.16.01");
	plan_check_report(c, RULE_CODE_FORMAT, PLAN_SEV_DEFAULT, e->code.node, e,
		     hint,
		     _("%s code '%.*s' is the nomenclature template: write the unit's bidang in place of 'X.XX'"),
		     plan_elem_type_word(e->type), SUBJ(&e->code));
}

static void report_malformed(const struct plan_check *c,
			     const struct plan_element *e)
{
	char fix[32];
	const char *hint;

	if (e->code.len < 24 && padded(e->type, e->code.s, e->code.len, fix))
		hint = plan_arena_printf(c->doc->arena, _("did you mean '%s'?"),
					 fix);
	else
		hint = plan_arena_printf(c->doc->arena, _("as in %s"),
					 type_example(e->type));
	plan_check_report(c, RULE_CODE_FORMAT, PLAN_SEV_DEFAULT, e->code.node, e,
		     hint, _("%s code '%.*s' is malformed: write %s"),
		     plan_elem_type_word(e->type), SUBJ(&e->code), type_form(e->type));
}

/* Returns true when the code is well-formed (nothing reported). */
static bool check_regional_format(const struct plan_check *c,
				  const struct plan_element *e)
{
	switch (regional_fault(e->type, e->code.s, e->code.len)) {
	case CODE_OK:
		return true;
	case CODE_TEMPLATE:
		report_template(c, e);
		return false;
	case CODE_BAD_N:
		plan_check_report(c, RULE_CODE_FORMAT, PLAN_SEV_DEFAULT,
			     e->code.node, e,
			     _("the fourth part is 1 for provinsi and 2 for kabupaten/kota"),
			     _("%s code '%.*s' has level digit '%c': write 1 or 2"),
			     plan_elem_type_word(e->type), SUBJ(&e->code),
			     e->code.s[LEVEL_DIGIT]);
		return false;
	default:
		report_malformed(c, e);
		return false;
	}
}

static bool check_village_format(const struct plan_check *c,
				 const struct plan_element *e)
{
	if (village_ok(e->type, e->code.s, e->code.len))
		return true;
	plan_check_report(c, RULE_CODE_FORMAT, PLAN_SEV_DEFAULT, e->code.node, e,
		     plan_arena_printf(c->doc->arena, _("as in %s"),
				       type_example(e->type)),
		     _("%s code '%.*s' is malformed: write %s"),
		     plan_elem_type_word(e->type), SUBJ(&e->code), type_form(e->type));
	return false;
}

static bool code_well_formed(const struct plan_element *e)
{
	if (e->code.s == NULL)
		return false;
	if (is_village(e->type))
		return village_ok(e->type, e->code.s, e->code.len);
	return regional_fault(e->type, e->code.s, e->code.len) == CODE_OK;
}

/* Returns true when nothing was reported.  The parent's code is checked
 * (again: cheaper than remembering) so that a malformed parent, already
 * reported, does not make its children wrong too. */
static bool check_parent(const struct plan_check *c,
			 const struct plan_element *e)
{
	const struct plan_element *p = e->parent;
	size_t n;

	if (p == NULL || !code_well_formed(p))
		return true;
	n = p->code.len;
	if (e->code.len > n && e->code.s[n] == '.' &&
	    memcmp(e->code.s, p->code.s, n) == 0)
		return true;
	plan_check_report(c, RULE_CODE_PARENT, PLAN_SEV_DEFAULT, e->code.node, e,
		     plan_arena_printf(c->doc->arena,
				       _("write a code beginning with '%.*s.', or move the %s under the %s it belongs to"),
				       SUBJ(&p->code), plan_elem_type_word(e->type),
				       plan_elem_type_word(p->type)),
		     _("%s code '%.*s' does not extend its %s's code '%.*s'"),
		     plan_elem_type_word(e->type), SUBJ(&e->code), plan_elem_type_word(p->type),
		     SUBJ(&p->code));
	return false;
}

/* The level digit a document's level asks for, or 0 when none does. */
static char level_digit(enum plan_level l)
{
	switch (l) {
	case LEVEL_PROVINSI:
		return '1';
	case LEVEL_KABUPATEN:
	case LEVEL_KOTA:
	case LEVEL_KECAMATAN:
		return '2';
	default:
		return 0;
	}
}

static bool check_level(const struct plan_check *c,
			const struct plan_element *e)
{
	char want = level_digit(c->doc->level), fix[32];

	if (e->type == EL_PROGRAM || want == 0 ||
	    e->code.s[LEVEL_DIGIT] == want)
		return true;
	memcpy(fix, e->code.s, e->code.len);	/* well-formed: < 18 bytes */
	fix[e->code.len] = '\0';
	fix[LEVEL_DIGIT] = want;
	plan_check_report(c, RULE_CODE_LEVEL, PLAN_SEV_DEFAULT, e->code.node, e,
		     plan_arena_printf(c->doc->arena,
				       _("the level digit is 1 for provinsi and 2 for kabupaten/kota: write '%s'"),
				       fix),
		     _("%s code '%.*s' is a %s code in a %s plan"),
		     plan_elem_type_word(e->type), SUBJ(&e->code),
		     e->code.s[LEVEL_DIGIT] == '1' ? _("provincial") :
		     _("kabupaten/kota"), plan_level_name(c->doc->level));
	return false;
}

/* ---- code-form ---- */

/* A sub-kegiatan of the 2020 tables (.XX) is 15 bytes, of 2021 on
 * (.XXXX) 17. */
#define SUB2_LEN 15

/* The same code in the other form into out (32 bytes); false when it has
 * none (.0105 has no two-digit spelling). */
static bool other_form(const struct plan_str *code, char out[32])
{
	if (code->len == SUB2_LEN) {
		memcpy(out, code->s, SUB2_LEN - 2);
		memcpy(out + SUB2_LEN - 2, "00", 2);
		memcpy(out + SUB2_LEN, code->s + SUB2_LEN - 2, 2);
		out[SUB2_LEN + 2] = '\0';
		return true;
	}
	if (code->s[SUB2_LEN - 2] != '0' || code->s[SUB2_LEN - 1] != '0')
		return false;
	memcpy(out, code->s, SUB2_LEN - 2);
	memcpy(out + SUB2_LEN - 2, code->s + SUB2_LEN, 2);
	out[SUB2_LEN] = '\0';
	return true;
}

/* ---- code-unknown ---- */

/* The level whose table judges a program's name: 1 provinsi, 2 the
 * kab/kota table (kecamatan documents too); 0 none. */
static int table_level(enum plan_level l)
{
	char d = level_digit(l);
	return d ? d - '0' : 0;
}

static size_t count_dots(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == '.';
	return n;
}

/* A table's code written as the plan writes codes (into out, 32 bytes):
 * the template's X.XX as the plan code's urusan and bidang, a
 * sub-kegiatan in the plan code's form.  False when it cannot be. */
static bool plan_spelling(const char *tcode, const struct plan_str *mine,
			  char out[32])
{
	size_t n = strlen(tcode);
	if (n < 5 || n > 17)
		return false;
	memcpy(out, tcode, n + 1);
	if (!memcmp(out, "X.XX", 4))
		memcpy(out, mine->s, 4);	/* mine is well-formed */
	if (count_dots(out) == 5 && mine->len != n &&
	    count_dots(mine->s) == 5) {
		struct plan_str t = {out, n, NULL};
		char other[32];
		if (!other_form(&t, other))
			return false;
		memcpy(out, other, strlen(other) + 1);
	}
	return true;
}

/* Up to three codes whose official name is e's name, other than e's own
 * code, written as the plan writes codes: the same element type and
 * parent first, then the same type (SPEC 4).  Urusan and bidang rows,
 * and codes of the other level, are no candidates.  Returns how many,
 * joined into out ("2.20.02, 2.21.02 and 2.22.02"). */
static size_t name_owners(const struct plan_check *c,
			  const struct plan_element *e, int level,
			  char *out, size_t outlen)
{
	struct plan_named found[64];
	size_t n = plan_nomenclature_codes_named(c->nomen, e->name.s,
		plan_name_unmarked(e->name.s, e->name.len), found, 64);
	size_t mydots = count_dots(e->code.s), k = 0;
	size_t plen = (size_t)(strrchr(e->code.s, '.') - e->code.s);
	char cand[3][32];
	for (int rank = 0; rank < 3 && k < 3; rank++) {
		for (size_t i = 0; i < n && k < 3; i++) {
			char code[32];
			size_t dots = count_dots(found[i].code);
			if (dots < 2 || !plan_spelling(found[i].code, &e->code,
						       code) ||
			    !strcmp(code, e->code.s))
				continue;
			if (level && dots == 2 && found[i].level &&
			    found[i].level != level)
				continue;
			if (level && dots >= 4 && code[LEVEL_DIGIT] - '0' != level)
				continue;
			bool type = dots == mydots;
			bool parent = type && !strncmp(code, e->code.s, plen) &&
				      code[plen] == '.';
			if ((type ? (parent ? 0 : 1) : 2) != rank)
				continue;
			bool dup = false;
			for (size_t j = 0; j < k; j++)
				dup |= !strcmp(cand[j], code);
			if (!dup)
				memcpy(cand[k++], code, strlen(code) + 1);
		}
	}
	if (k == 1)
		snprintf(out, outlen, "%s", cand[0]);
	else if (k == 2)
		snprintf(out, outlen, _("%s and %s"), cand[0], cand[1]);
	else if (k == 3)
		snprintf(out, outlen, _("%s, %s and %s"), cand[0], cand[1],
			 cand[2]);
	return k;
}

/* No code but e's own, of any type or level, has e's name as its
 * official name: then writing the official name is the one fix
 * (plan-validate --fix, SPEC 7). */
static bool name_is_only_mine(const struct plan_check *c,
			      const struct plan_element *e)
{
	struct plan_named found[64];
	size_t n = plan_nomenclature_codes_named(c->nomen, e->name.s,
		plan_name_unmarked(e->name.s, e->name.len), found, 64);
	for (size_t i = 0; i < n; i++) {
		char code[32];
		if (!plan_spelling(found[i].code, &e->code, code) ||
		    strcmp(code, e->code.s) != 0)
			return false;
	}
	return true;
}

static void check_unknown(const struct plan_check *c,
			  const struct plan_element *e)
{
	const char *official;
	int level = table_level(c->doc->level);
	char owners[128];
	size_t nowners;

	if (c->nomen == NULL)
		return;
	official = plan_nomenclature_code_name(c->nomen, e->code.s);
	if (official == NULL) {
		nowners = e->name.s ? name_owners(c, e, level, owners,
						  sizeof owners) : 0;
		plan_check_report(c, RULE_CODE_UNKNOWN, PLAN_SEV_DEFAULT,
			     e->code.node, e,
			     nowners ? plan_arena_printf(c->doc->arena,
					_("the name is that of %s"), owners) :
			     _("check the code against the current nomenclature table"),
			     _("%s code '%.*s' is not in the nomenclature table"),
			     plan_elem_type_word(e->type), SUBJ(&e->code));
		return;
	}
	if (e->name.s == NULL)
		return;
	if (e->type == EL_PROGRAM) {
		/* program codes carry no level digit: the name is judged by
		 * the table of the document's level, or not at all */
		bool judged;
		const char *mine = plan_nomenclature_program_name(
			c->nomen, e->code.s, level, &judged);
		if (!judged)
			return;
		if (mine)
			official = mine;
	}
	/* a name copied from the table with its footnote marks is the
	 * official name too */
	if (plan_name_eq(e->name.s, plan_name_unmarked(e->name.s, e->name.len),
			 official, strlen(official)))
		return;
	nowners = name_owners(c, e, level, owners, sizeof owners);
	if (nowners > 0) {
		plan_check_report(c, RULE_CODE_UNKNOWN, PLAN_SEV_DEFAULT,
			     e->code.node, e,
			     plan_arena_printf(c->doc->arena,
					       nowners == 1 ?
					       _("if the name is right, write code: %s; %.*s is '%s'") :
					       _("if the name is right, write the code of the one meant (%s); %.*s is '%s'"),
					       owners, SUBJ(&e->code), official),
			     _("%s code '%.*s' does not fit its name '%.*s': the name is that of %s"),
			     plan_elem_type_word(e->type), SUBJ(&e->code), SUBJ(&e->name),
			     owners);
		return;
	}
	plan_check_report(c, RULE_CODE_UNKNOWN, PLAN_SEV_DEFAULT, e->name.node, e,
		     plan_arena_printf(c->doc->arena, _("write name: %s"),
				       official),
		     _("%s name '%.*s' differs from the official name '%s' of %.*s"),
		     plan_elem_type_word(e->type), SUBJ(&e->name), official,
		     SUBJ(&e->code));
	if (name_is_only_mine(c, e))
		plan_check_fix(c, e->name.node, official);
}

static void check_unit_code(const struct plan_check *c,
			    const struct plan_str *u,
			    const struct plan_element *e)
{
	if (u->s == NULL || unit_code_ok(u->s, u->len))
		return;
	plan_check_report(c, RULE_CODE_FORMAT, PLAN_SEV_DEFAULT, u->node, e,
		     _("as in 2.16.2.20.2.21.01.0000"),
		     _("unit code '%.*s' is malformed: write X.XX.X.XX.X.XX.XX, optionally followed by .XXXX"),
		     SUBJ(u));
}

static void check_national_element(const struct plan_check *c,
				   const struct plan_element *e)
{
	if (!is_nomenclature(e->type) && !is_village(e->type))
		return;
	if (e->code.s == NULL || free_code_ok(e->code.s, e->code.len))
		return;
	plan_check_report(c, RULE_CODE_FORMAT, PLAN_SEV_DEFAULT, e->code.node, e,
		     _("as in PN-1.PP-2"),
		     _("%s code '%.*s' is malformed: write letters, digits, '.' and '-', beginning with a letter or a digit"),
		     plan_elem_type_word(e->type), SUBJ(&e->code));
}

static void check_element(const struct plan_check *c,
			  const struct plan_element *e)
{
	check_unit_code(c, &e->extra->unit, e);
	if (e->code.s == NULL)
		return;		/* absent or not a scalar: schema's */
	if (is_village(e->type)) {
		if (check_village_format(c, e))
			check_parent(c, e);
		return;
	}
	if (!is_nomenclature(e->type))
		return;
	if (check_regional_format(c, e) && check_parent(c, e) &&
	    check_level(c, e))
		check_unknown(c, e);
}

/* SPEC 4 code-form: both spellings of sub-kegiatan codes in one document;
 * one finding, at the first code of the less common form (on a tie, of
 * the form that comes second). */
static void check_form(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;
	const struct plan_element *first[2] = {NULL, NULL};
	size_t count[2] = {0, 0};

	for (size_t i = 0; i < d->nelements; i++) {
		const struct plan_element *e = d->elements[i];
		if (e->type != EL_SUB_KEGIATAN || e->code.s == NULL ||
		    regional_fault(e->type, e->code.s, e->code.len) != CODE_OK)
			continue;
		int four = e->code.len != SUB2_LEN;
		if (count[four]++ == 0)
			first[four] = e;
	}
	if (!count[0] || !count[1])
		return;
	int less = count[0] < count[1] ? 0 : count[1] < count[0] ? 1 :
		   first[0]->order > first[1]->order ? 0 : 1;
	const struct plan_element *e = first[less];
	const char *form[2] = {_("two-digit (.XX)"), _("four-digit (.XXXX)")};
	char fix[32];
	const char *hint;
	if (!other_form(&e->code, fix))
		hint = plan_arena_printf(c->doc->arena,
					 _("'%.*s' has no two-digit spelling: write the other sub-kegiatan codes with four digits"),
					 SUBJ(&e->code));
	else if (count[less] == 1)
		hint = plan_arena_printf(c->doc->arena,
					 _("write '%s': one document writes every sub-kegiatan code in one form"),
					 fix);
	else
		hint = plan_arena_printf(c->doc->arena,
					 plan_trn("write '%s', and the other %zu code of that form likewise: one document writes every sub-kegiatan code in one form",
						  "write '%s', and the other %zu codes of that form likewise: one document writes every sub-kegiatan code in one form",
						  count[less] - 1),
					 fix, count[less] - 1);
	plan_check_report(c, RULE_CODE_FORM, PLAN_SEV_DEFAULT, e->code.node, e,
			  hint,
			  _("sub-kegiatan code '%.*s' is in the %s form, but %zu of the document's %zu sub-kegiatan codes are in the %s form"),
			  SUBJ(&e->code), form[less], count[!less],
			  count[0] + count[1], form[!less]);
}

static bool doc_is_national(const struct plan_doc *d)
{
	if (d->kind != KIND_NONE)
		return plan_kind_is_national(d->kind);
	return d->level == LEVEL_NASIONAL;
}

void plan_check_codes(const struct plan_check *c)
{
	const struct plan_doc *d = c->doc;

	if (doc_is_national(d)) {
		for (size_t i = 0; i < d->nelements; i++)
			check_national_element(c, d->elements[i]);
		return;
	}
	check_unit_code(c, &d->unit_code, NULL);
	for (size_t i = 0; i < d->nelements; i++)
		check_element(c, d->elements[i]);
	check_form(c);
}
