/* test_yproblem.c - libyaml's errors in a planner's words
 * (lib/yaml/yproblem.c): each common mistake gets our message and hint,
 * in English and in Indonesian, at libyaml's position under yaml-syntax;
 * the rest keep libyaml's text, translated, never half and half. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "base/lang.h"
#include "yaml/ytree.h"

/* Back to English after each test: the language is the library's. */
static int teardown(void **state)
{
	plan_lang_set(PLAN_LANG_EN);
	return tu_teardown(state);
}

/* The one finding of loading yaml: yaml-syntax at line:col, fatal. */
static const struct plan_finding *err(struct tu_fx *fx, const char *yaml,
				      unsigned line, unsigned col)
{
	struct yload_result res;
	plan_findings_clear(fx->f);
	assert_int_equal(plan_ytree_load_mem(yaml, strlen(yaml), "t.yaml", NULL,
					     fx->a, fx->f, &res), 0);
	assert_true(res.fatal);
	return tu_expect_only(fx->f, RULE_YAML_SYNTAX, line, col,
			      PLAN_SEV_ERROR);
}

/* A mistake in a plan file and what is said of it at line:col: its
 * message and hint (NULL: not checked), the hint whole or, with
 * hint_part, a part of it. */
struct problem {
	const char *yaml;
	unsigned line, col;
	const char *msg, *hint;
	bool hint_part;
};

static const struct problem english[] = {
	/* ---- Tabs ---- */
	/* libyaml: "found a tab character that violates indentation" */
	{"id: x\nkind: rkpd\n\tlevel: kota\n", 3, 1,
	 "a tab character cannot indent YAML",
	 "indent with spaces; set the editor to insert spaces for the Tab key",
	 false},
	/* libyaml: "found character that cannot start any token" */
	{"programs:\n\t- code: 1\n", 2, 1,
	 "a tab character cannot indent YAML", NULL, false},
	{"a:\n  - b: 1\n  \t c: 2\n", 3, 3,
	 "a tab character cannot indent YAML", NULL, false},

	/* ---- ': ' in a plain value ---- */
	{"id: x\nname: Program Aplikasi Informatika: SPBE\n",
	 2, 35, "the value of 'name' contains ': ', which YAML reads as the "
	 "start of another key", "quote the value: "
	 "`name: \"Program Aplikasi Informatika: SPBE\"`", false},
	/* in a list item, before a comment */
	{"programs:\n  - name: Program: SPBE   # the old name\n",
	 2, 18, NULL, "quote the value: `- name: \"Program: SPBE\"`", false},
	/* a value holding " is quoted with ', and its ' doubled */
	{"name: Program \"Satu\" Jum'at: A\n", 1, 28, NULL,
	 "quote the value: `name: 'Program \"Satu\" Jum''at: A'`", false},
	{"id: x\r\nname: a: b\r\nkind: rkpd\r\n", 2, 8, NULL,
	 "quote the value: `name: \"a: b\"`", false},
	/* columns count code points; the BOM is no column */
	{"\xEF\xBB\xBF" "name: Dinas Komunikasi \xE2\x80\x93 "
	 "Statistik: SPBE\n", 1, 35, NULL, "quote the value: `name: \"Dinas "
	 "Komunikasi \xE2\x80\x93 Statistik: SPBE\"`", false},
	/* no backticks around a suggestion that holds one */
	{"name: `x`: y\n", 1, 7,
	 "a value cannot start with '`'", "quote the value: name: \"`x`: y\"",
	 false},

	/* ---- A key indented deeper than the line above ---- */
	{"id: x\n  kind: rkpd\n", 2, 7,
	 "'kind' is indented deeper than the line above it, so YAML reads it "
	 "as more of that line's value", "indent 'kind' like the keys beside "
	 "it; if the line continues the value above, quote that value",
	 false},

	/* ---- Quotes ---- */
	{"id: x\nname: 'Program A\nkind: rkpd\n", 4, 1,
	 "the quote opened at line 2, column 7 is never closed",
	 "close it with ' at the end of the value, on the same line", false},
	/* the open quote of line 2 ends at the first quote of line 4 */
	{"id: x\nname: \"Program A\nkind: rkpd\nregion: \"13\"\n",
	 4, 10, "the quote opened at line 2, column 7 is not closed on its "
	 "line", "close it with \"", true},
	{"id: x\nname: \"Program\" Aplikasi\n", 2, 17,
	 "text after the closing quote of a value",
	 "put the whole value inside the quotes, or remove them", false},
	{"file: \"C:\\data\"\n", 1, 10,
	 "'\\d' is not an escape that YAML knows",
	 "write \\\\ for a backslash", true},

	/* ---- Brackets ---- */
	{"id: x\nparents: [a, b\nkind: rkpd\n", 3, 5,
	 "the list opened with '[' at line 2, column 10 is not closed",
	 "end the list with ']'; separate its items with ', '", false},
	{"budget: {2026: 5750000000\nunit: x\n", 2, 5,
	 "the mapping opened with '{' at line 1, column 9 is not closed",
	 NULL, false},
	{"targets: {2026: 80, 2027: 90: x}\n", 1, 29,
	 "expected ', ' or '}' here, in the mapping opened at column 10",
	 NULL, false},

	/* ---- Indentation of blocks ---- */
	{"programs:\n  - code: 1\n    name: a\n   kind: b\n", 4, 4,
	 "this line is indented differently from the items of its list",
	 "each item starts with '- ' in column 3 (as at line 2), and an "
	 "item's keys line up under its first key", false},
	{"programs:\n  - code: 1\n    name: a\n - code: 2\n", 4, 2,
	 "a list item where a key is expected", NULL, false},
	{"id: x\nProgram Aplikasi\nkind: rkpd\n", 3, 1,
	 "line 2 is not 'key: value': the ':' is missing", NULL, false},
	{"name: - a\n", 1, 7,
	 "a list cannot start on the line of its key", NULL, false},
	/* a comment broken in two: its second half is the document */
	{"# An RPJPD gives milestones, not a target for every "
	 "year of its\n twenty.\n# expect: none\nplan: 1\n", 4, 1,
	 "line 2 is neither 'key: value' nor a comment, so YAML takes the "
	 "whole document to be that text", "start a comment with '#', or "
	 "write the line as 'key: value'", false},
	/* after a blank line the text goes on up to the first ':' */
	{"# An RPJPD gives milestones\n twenty.\n\nplan: 1\n", 4, 5,
	 "line 2 is neither 'key: value' nor a comment, so YAML takes the "
	 "whole document to be that text", NULL, false},
	{"unit: @diskominfo\n", 1, 7,
	 "a value cannot start with '@'",
	 "quote the value: `unit: \"@diskominfo\"`", false},

	/* ---- The rest: libyaml's words, translated ---- */
	/* an extra ']': nothing of ours fits */
	{"id: x\nparents: [a, b]]\n", 2, 16,
	 "did not find expected key",
	 "while parsing a block mapping at line 1, column 1", false},
};

/* Indonesian: every word of the finding. */
static const struct problem indonesian[] = {
	{"a:\n\tb: 1\n", 2, 1,
	 "karakter tab tidak boleh dipakai untuk indentasi YAML",
	 "buat indentasi dengan spasi; atur editor agar tombol Tab menyisipkan "
	 "spasi", false},
	{"name: Program Aplikasi Informatika: SPBE\n", 1, 35,
	 "nilai 'name' mengandung ': ', yang dibaca YAML sebagai awal kunci "
	 "lain", "beri tanda kutip pada nilainya: "
	 "`name: \"Program Aplikasi Informatika: SPBE\"`", false},
	{"id: x\nparents: [a, b]]\n", 2, 16,
	 "tidak menemukan kunci yang seharusnya ada",
	 "saat membaca pemetaan blok pada baris 1, kolom 1", false},
	{"a: x\xFFy\n", 1, 5, "oktet awal UTF-8 tidak sah (#FF)",
	 "simpan berkas sebagai UTF-8", false},
};

/* The finding of p's mistake is as p says; else the test fails, naming
 * its text. */
static void problem_is(struct tu_fx *fx, const struct problem *p)
{
	const struct plan_finding *f = err(fx, p->yaml, p->line, p->col);
	bool hint_ok = !p->hint || (f->hint && (p->hint_part ?
			strstr(f->hint, p->hint) != NULL :
			!strcmp(f->hint, p->hint)));

	if ((p->msg && strcmp(f->message, p->msg)) || !hint_ok)
		fail_msg("'%s': message '%s', hint '%s'", p->yaml, f->message,
			 f->hint ? f->hint : "(none)");
}

static void test_english(void **state)
{
	for (size_t i = 0; i < sizeof english / sizeof *english; i++)
		problem_is(*state, &english[i]);
}

static void test_indonesian(void **state)
{
	plan_lang_set(PLAN_LANG_ID);
	for (size_t i = 0; i < sizeof indonesian / sizeof *indonesian; i++)
		problem_is(*state, &indonesian[i]);
}

/* A value too long to repeat in the hint. */
static void test_colon_in_long_value_not_shown(void **state)
{
	char y[700] = "name: ";
	memset(y + 6, 'a', 300);
	strcpy(y + 306, ": b\n");
	const struct plan_finding *f = err(*state, y, 1, 307);
	assert_non_null(f->hint);
	assert_string_equal(f->hint,
			    "quote the value: put it between double quotes");
}

TU_MAIN("yproblem", tu_setup, teardown,
	TU_TEST(test_english),
	TU_TEST(test_indonesian),
	TU_TEST(test_colon_in_long_value_not_shown))
