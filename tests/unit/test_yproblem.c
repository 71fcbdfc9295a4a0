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

/* The one finding of loading buf[0..len): yaml-syntax at line:col,
 * fatal. */
static const struct plan_finding *err_n(struct tu_fx *fx, const char *buf,
					size_t len, unsigned line,
					unsigned col)
{
	struct yload_result res;
	plan_findings_clear(fx->f);
	assert_int_equal(plan_ytree_load_mem(buf, len, "t.yaml", NULL, fx->a,
					     fx->f, &res), 0);
	assert_true(res.fatal);
	return tu_expect_only(fx->f, RULE_YAML_SYNTAX, line, col,
			      PLAN_SEV_ERROR);
}

static const struct plan_finding *err(struct tu_fx *fx, const char *yaml,
				      unsigned line, unsigned col)
{
	return err_n(fx, yaml, strlen(yaml), line, col);
}

static void is(const char *got, const char *want)
{
	assert_non_null(got);
	assert_string_equal(got, want);
}

/* ---- Tabs ----------------------------------------------------------- */

static void test_tab_violates_indentation(void **state)
{
	/* libyaml: "found a tab character that violates indentation" */
	const struct plan_finding *f = err(*state, "id: x\nkind: rkpd\n\tlevel: kota\n",
					   3, 1);
	is(f->message, "a tab character cannot indent YAML");
	is(f->hint, "indent with spaces; set the editor to insert spaces "
	   "for the Tab key");
}

static void test_tab_cannot_start_token(void **state)
{
	/* libyaml: "found character that cannot start any token" */
	const struct plan_finding *f = err(*state, "programs:\n\t- code: 1\n",
					   2, 1);
	is(f->message, "a tab character cannot indent YAML");
}

static void test_tab_after_spaces(void **state)
{
	const struct plan_finding *f = err(*state, "a:\n  - b: 1\n  \t c: 2\n",
					   3, 3);
	is(f->message, "a tab character cannot indent YAML");
}

/* ---- ': ' in a plain value ------------------------------------------ */

static void test_colon_in_value(void **state)
{
	const struct plan_finding *f = err(*state,
		"id: x\nname: Program Aplikasi Informatika: SPBE\n", 2, 35);
	is(f->message, "the value of 'name' contains ': ', which YAML reads "
	   "as the start of another key");
	is(f->hint, "quote the value: "
	   "`name: \"Program Aplikasi Informatika: SPBE\"`");
}

static void test_colon_in_value_list_item_and_comment(void **state)
{
	const struct plan_finding *f = err(*state,
		"programs:\n  - name: Program: SPBE   # the old name\n", 2, 18);
	is(f->hint, "quote the value: `- name: \"Program: SPBE\"`");
}

static void test_colon_in_value_with_double_quote(void **state)
{
	/* a value holding " is quoted with ', and its ' doubled */
	const struct plan_finding *f = err(*state,
		"name: Program \"Satu\" Jum'at: A\n", 1, 28);
	is(f->hint, "quote the value: `name: 'Program \"Satu\" Jum''at: A'`");
}

static void test_colon_in_value_crlf(void **state)
{
	const struct plan_finding *f = err(*state,
		"id: x\r\nname: a: b\r\nkind: rkpd\r\n", 2, 8);
	is(f->hint, "quote the value: `name: \"a: b\"`");
}

static void test_colon_in_value_after_bom_and_multibyte(void **state)
{
	/* columns count code points; the BOM is no column */
	const struct plan_finding *f = err(*state,
		"\xEF\xBB\xBF" "name: Dinas Komunikasi \xE2\x80\x93 Statistik: "
		"SPBE\n", 1, 35);
	is(f->hint, "quote the value: `name: \"Dinas Komunikasi "
	   "\xE2\x80\x93 Statistik: SPBE\"`");
}

static void test_colon_in_long_value_not_shown(void **state)
{
	char y[700] = "name: ";
	memset(y + 6, 'a', 300);
	strcpy(y + 306, ": b\n");
	const struct plan_finding *f = err(*state, y, 1, 307);
	is(f->hint, "quote the value: put it between double quotes");
}

static void test_colon_in_value_backtick(void **state)
{
	/* no backticks around a suggestion that holds one */
	const struct plan_finding *f = err(*state, "name: `x`: y\n", 1, 7);
	is(f->message, "a value cannot start with '`'");
	is(f->hint, "quote the value: name: \"`x`: y\"");
}

/* ---- A key indented deeper than the line above ----------------------- */

static void test_key_too_deep(void **state)
{
	const struct plan_finding *f = err(*state, "id: x\n  kind: rkpd\n",
					   2, 7);
	is(f->message, "'kind' is indented deeper than the line above it, "
	   "so YAML reads it as more of that line's value");
	is(f->hint, "indent 'kind' like the keys beside it; if the line "
	   "continues the value above, quote that value");
}

/* ---- Quotes --------------------------------------------------------- */

static void test_quote_never_closed(void **state)
{
	const struct plan_finding *f = err(*state,
		"id: x\nname: 'Program A\nkind: rkpd\n", 4, 1);
	is(f->message, "the quote opened at line 2, column 7 is never closed");
	is(f->hint, "close it with ' at the end of the value, on the same "
	   "line");
}

static void test_quote_closed_by_a_later_value(void **state)
{
	/* the open quote of line 2 ends at the first quote of line 4 */
	const struct plan_finding *f = err(*state,
		"id: x\nname: \"Program A\nkind: rkpd\nregion: \"13\"\n", 4, 10);
	is(f->message, "the quote opened at line 2, column 7 is not closed "
	   "on its line");
	tu_contains(f->hint, "close it with \"");
}

static void test_text_after_closing_quote(void **state)
{
	const struct plan_finding *f = err(*state,
		"id: x\nname: \"Program\" Aplikasi\n", 2, 17);
	is(f->message, "text after the closing quote of a value");
	is(f->hint, "put the whole value inside the quotes, or remove them");
}

static void test_unknown_escape(void **state)
{
	const struct plan_finding *f = err(*state, "file: \"C:\\data\"\n", 1, 10);
	is(f->message, "'\\d' is not an escape that YAML knows");
	tu_contains(f->hint, "write \\\\ for a backslash");
}

/* ---- Brackets ------------------------------------------------------- */

static void test_flow_list_not_closed(void **state)
{
	const struct plan_finding *f = err(*state,
		"id: x\nparents: [a, b\nkind: rkpd\n", 3, 5);
	is(f->message, "the list opened with '[' at line 2, column 10 is "
	   "not closed");
	is(f->hint, "end the list with ']'; separate its items with ', '");
}

static void test_flow_mapping_not_closed(void **state)
{
	const struct plan_finding *f = err(*state,
		"budget: {2026: 5750000000\nunit: x\n", 2, 5);
	is(f->message, "the mapping opened with '{' at line 1, column 9 is "
	   "not closed");
}

static void test_flow_mapping_same_line(void **state)
{
	const struct plan_finding *f = err(*state,
		"targets: {2026: 80, 2027: 90: x}\n", 1, 29);
	is(f->message, "expected ', ' or '}' here, in the mapping opened at "
	   "column 10");
}

/* ---- Indentation of blocks ------------------------------------------ */

static void test_list_item_out_of_step(void **state)
{
	const struct plan_finding *f = err(*state,
		"programs:\n  - code: 1\n    name: a\n   kind: b\n", 4, 4);
	is(f->message, "this line is indented differently from the items of "
	   "its list");
	is(f->hint, "each item starts with '- ' in column 3 (as at line 2), "
	   "and an item's keys line up under its first key");
}

static void test_list_item_where_key_expected(void **state)
{
	const struct plan_finding *f = err(*state,
		"programs:\n  - code: 1\n    name: a\n - code: 2\n", 4, 2);
	is(f->message, "a list item where a key is expected");
}

static void test_missing_colon(void **state)
{
	const struct plan_finding *f = err(*state,
		"id: x\nProgram Aplikasi\nkind: rkpd\n", 3, 1);
	is(f->message, "line 2 is not 'key: value': the ':' is missing");
}

static void test_list_on_key_line(void **state)
{
	const struct plan_finding *f = err(*state, "name: - a\n", 1, 7);
	is(f->message, "a list cannot start on the line of its key");
}

static void test_text_before_the_first_key(void **state)
{
	/* a comment broken in two: its second half is the document */
	struct tu_fx *fx = *state;
	const struct plan_finding *f = err(fx,
		"# An RPJPD gives milestones, not a target for every year of "
		"its\n twenty.\n# expect: none\nplan: 1\n", 4, 1);
	is(f->message, "line 2 is neither 'key: value' nor a comment, so "
	   "YAML takes the whole document to be that text");
	is(f->hint, "start a comment with '#', or write the line as "
	   "'key: value'");

	/* after a blank line the text goes on up to the first ':' */
	f = err(fx, "# An RPJPD gives milestones\n twenty.\n\nplan: 1\n",
		4, 5);
	is(f->message, "line 2 is neither 'key: value' nor a comment, so "
	   "YAML takes the whole document to be that text");
}

static void test_reserved_first_character(void **state)
{
	const struct plan_finding *f = err(*state, "unit: @diskominfo\n",
					   1, 7);
	is(f->message, "a value cannot start with '@'");
	is(f->hint, "quote the value: `unit: \"@diskominfo\"`");
}

/* ---- The rest: libyaml's words, translated ---------------------------- */

static void test_other_problem_keeps_libyaml_text(void **state)
{
	/* an extra ']': nothing of ours fits */
	const struct plan_finding *f = err(*state, "id: x\nparents: [a, b]]\n",
					   2, 16);
	is(f->message, "did not find expected key");
	is(f->hint, "while parsing a block mapping at line 1, column 1");
}

/* ---- Indonesian: every word of the finding ----------------------------- */

static void test_indonesian_tab(void **state)
{
	plan_lang_set(PLAN_LANG_ID);
	const struct plan_finding *f = err(*state, "a:\n\tb: 1\n", 2, 1);
	is(f->message, "karakter tab tidak boleh dipakai untuk indentasi YAML");
	is(f->hint, "buat indentasi dengan spasi; atur editor agar tombol "
	   "Tab menyisipkan spasi");
}

static void test_indonesian_colon(void **state)
{
	plan_lang_set(PLAN_LANG_ID);
	const struct plan_finding *f = err(*state,
		"name: Program Aplikasi Informatika: SPBE\n", 1, 35);
	is(f->message, "nilai 'name' mengandung ': ', yang dibaca YAML "
	   "sebagai awal kunci lain");
	is(f->hint, "beri tanda kutip pada nilainya: "
	   "`name: \"Program Aplikasi Informatika: SPBE\"`");
}

static void test_indonesian_other_problem(void **state)
{
	plan_lang_set(PLAN_LANG_ID);
	const struct plan_finding *f = err(*state, "id: x\nparents: [a, b]]\n",
					   2, 16);
	is(f->message, "tidak menemukan kunci yang seharusnya ada");
	is(f->hint, "saat membaca mapping blok pada baris 1, kolom 1");
}

static void test_indonesian_reader_error(void **state)
{
	plan_lang_set(PLAN_LANG_ID);
	static const char y[] = "a: x\xFFy\n";
	const struct plan_finding *f = err_n(*state, y, sizeof y - 1, 1, 5);
	is(f->message, "oktet awal UTF-8 tidak sah (#FF)");
	is(f->hint, "simpan berkas sebagai UTF-8");
}

TU_MAIN("yproblem", tu_setup, teardown,
	TU_TEST(test_tab_violates_indentation),
	TU_TEST(test_tab_cannot_start_token),
	TU_TEST(test_tab_after_spaces),
	TU_TEST(test_colon_in_value),
	TU_TEST(test_colon_in_value_list_item_and_comment),
	TU_TEST(test_colon_in_value_with_double_quote),
	TU_TEST(test_colon_in_value_crlf),
	TU_TEST(test_colon_in_value_after_bom_and_multibyte),
	TU_TEST(test_colon_in_long_value_not_shown),
	TU_TEST(test_colon_in_value_backtick),
	TU_TEST(test_key_too_deep),
	TU_TEST(test_quote_never_closed),
	TU_TEST(test_quote_closed_by_a_later_value),
	TU_TEST(test_text_after_closing_quote),
	TU_TEST(test_unknown_escape),
	TU_TEST(test_flow_list_not_closed),
	TU_TEST(test_flow_mapping_not_closed),
	TU_TEST(test_flow_mapping_same_line),
	TU_TEST(test_list_item_out_of_step),
	TU_TEST(test_list_item_where_key_expected),
	TU_TEST(test_missing_colon),
	TU_TEST(test_list_on_key_line),
	TU_TEST(test_text_before_the_first_key),
	TU_TEST(test_reserved_first_character),
	TU_TEST(test_other_problem_keeps_libyaml_text),
	TU_TEST(test_indonesian_tab),
	TU_TEST(test_indonesian_colon),
	TU_TEST(test_indonesian_other_problem),
	TU_TEST(test_indonesian_reader_error))
