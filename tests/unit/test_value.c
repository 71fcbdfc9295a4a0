/* test_value.c - typed readings of source text (lib/value.c, SPEC 3.2). */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "base/i18n.h"
#include "base/value.h"

#define S(x) x, strlen(x)

/* Money -------------------------------------------------------------- */

static void money_ok(const char *s, int64_t want)
{
	int64_t v = -42;
	enum plan_money_status st = plan_money_parse(S(s), &v);

	if (st != PLAN_MONEY_OK)
		fail_msg("'%s' rejected (%d)", s, (int)st);
	if (v != want)
		fail_msg("'%s' read as %lld", s, (long long)v);
}

static void money_is(const char *s, enum plan_money_status want)
{
	int64_t v = -42;
	enum plan_money_status st = plan_money_parse(S(s), &v);

	if (st != want)
		fail_msg("'%s': status %d, expected %d", s, (int)st, (int)want);
	assert_int_equal(v, -42);	/* untouched on failure */
}

static void test_money_parse_ok(void **state)
{
	(void)state;
	money_ok("0", 0);
	money_ok("7", 7);
	money_ok("1200000000", 1200000000);
	money_ok("1_200_000_000", 1200000000);
	money_ok("12_5", 125);
	money_ok("9223372036854775807", INT64_MAX);
	money_ok("9_223_372_036_854_775_807", INT64_MAX);
}

static void test_money_parse_overflow(void **state)
{
	(void)state;
	money_is("9223372036854775808", PLAN_MONEY_OVERFLOW);
	money_is("9223372036854775810", PLAN_MONEY_OVERFLOW);
	money_is("18446744073709551616", PLAN_MONEY_OVERFLOW);
	money_is("99999999999999999999999999999", PLAN_MONEY_OVERFLOW);
	money_is("9_223_372_036_854_775_808", PLAN_MONEY_OVERFLOW);
	/* malformed beats overflow */
	money_is("99999999999999999999999x", PLAN_MONEY_BAD);
}

static void test_money_parse_bad(void **state)
{
	static const char *const bad[] = {
		"1.200.000.000", "1,2 M", "1.2e9", "-5", "12.5", "0500",
		"00", "0_0", "1__0", "1_", "_1", "", " 1", "1 ", "+1",
		"1,000", "Rp1000", "1e3", "0x10", "\xD9\xA1",
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		money_is(bad[i], PLAN_MONEY_BAD);
	/* the length is what counts, not a NUL */
	int64_t v;
	assert_int_equal(plan_money_parse("12\0" "3", 4, &v), PLAN_MONEY_BAD);
	assert_int_equal(plan_money_parse("123", 2, &v), PLAN_MONEY_OK);
	assert_int_equal(v, 12);
}

static void test_money_add(void **state)
{
	int64_t s = 0;

	(void)state;
	assert_true(plan_money_add(1, 2, &s));
	assert_int_equal(s, 3);
	assert_true(plan_money_add(INT64_MAX - 1, 1, &s));
	assert_true(s == INT64_MAX);
	assert_false(plan_money_add(INT64_MAX, 1, &s));
	assert_false(plan_money_add(INT64_MAX / 2 + 1, INT64_MAX / 2 + 1, &s));
	assert_true(plan_money_add(0, INT64_MAX, &s));
	assert_true(s == INT64_MAX);
}

/* One way per language: 3,90 beside 23.700.000.000 (SPEC 6). */
static void test_number_str(void **state)
{
	char buf[64];
	const enum plan_lang en = PLAN_LANG_EN, id = PLAN_LANG_ID;
#define NUM(s, lang, want) \
	assert_string_equal(plan_number_str(s, strlen(s), lang, buf, \
					    sizeof buf), want)

	(void)state;
	NUM("3.90", id, "3,90");
	NUM("3.90", en, "3.90");
	NUM("0", id, "0");
	NUM("999", id, "999");
	NUM("1000", id, "1.000");
	NUM("1000", en, "1,000");
	NUM("23700000000", id, "23.700.000.000");
	NUM("1234567.125", id, "1.234.567,125");
	NUM("1234567.125", en, "1,234,567.125");
	NUM("-1234.5", id, "-1.234,5");
	NUM("-0.5", en, "-0.5");
	NUM("100.0", id, "100,0");	/* digits as written */
	NUM("4.50", en, "4.50");
	assert_ptr_equal(plan_number_str("12", 2, id, buf, sizeof buf), buf);
	/* only the len bytes */
	assert_string_equal(plan_number_str("1234 (2024)", 4, id, buf,
					    sizeof buf), "1.234");

	/* not numbers: NULL, buf untouched */
	strcpy(buf, "keep");
	assert_null(plan_number_str("80%", 3, id, buf, sizeof buf));
	assert_null(plan_number_str("1.200.000", 9, id, buf, sizeof buf));
	assert_null(plan_number_str("", 0, id, buf, sizeof buf));
	assert_null(plan_number_str("1.", 2, en, buf, sizeof buf));
	assert_string_equal(buf, "keep");

	/* exactly enough room, and one byte short */
	assert_string_equal(plan_number_str("1234.5", 6, id, buf, 8),
			    "1.234,5");
	assert_null(plan_number_str("1234.5", 6, id, buf, 7));
	assert_string_equal(buf, "1.234,5");
	/* an unknown language is English */
	NUM("1234.5", (enum plan_lang)7, "1,234.5");
#undef NUM
}

static void test_money_str(void **state)
{
	char buf[PLAN_MONEY_BUF];
	const enum plan_lang en = PLAN_LANG_EN, id = PLAN_LANG_ID;

	(void)state;
	assert_string_equal(plan_money_str(0, en, PLAN_MONEY_FIGURE, buf), "0");
	assert_string_equal(plan_money_str(999, en, PLAN_MONEY_FIGURE, buf),
			    "999");
	assert_string_equal(plan_money_str(1000, en, PLAN_MONEY_FIGURE, buf),
			    "1,000");
	assert_string_equal(plan_money_str(12500000000, id, PLAN_MONEY_FIGURE,
					   buf), "12.500.000.000");
	assert_string_equal(plan_money_str(100000, en, PLAN_MONEY_FIGURE, buf),
			    "100,000");
	assert_string_equal(plan_money_str(1234567, en, PLAN_MONEY_FIGURE,
					   buf), "1,234,567");
	assert_string_equal(plan_money_str(-1234567, id, PLAN_MONEY_FIGURE,
					   buf), "-1.234.567");
	assert_string_equal(plan_money_str(-5, en, PLAN_MONEY_FIGURE, buf),
			    "-5");
	assert_string_equal(plan_money_str(PLAN_MONEY_MAX, en,
					   PLAN_MONEY_FIGURE, buf),
			    "9,223,372,036,854,775,807");
	assert_string_equal(plan_money_str(INT64_MIN, id, PLAN_MONEY_FIGURE,
					   buf), "-9.223.372.036.854.775.808");
	assert_ptr_equal(plan_money_str(1, en, PLAN_MONEY_FIGURE, buf), buf);

	/* the other forms */
	assert_string_equal(plan_money_str(1200000000, id, PLAN_MONEY_DIGITS,
					   buf), "1200000000");
	assert_string_equal(plan_money_str(INT64_MIN, en, PLAN_MONEY_DIGITS,
					   buf), "-9223372036854775808");
	assert_string_equal(plan_money_str(1200000000, en, PLAN_MONEY_RUPIAH,
					   buf), "Rp1,200,000,000");
	assert_string_equal(plan_money_str(1200000000, id, PLAN_MONEY_RUPIAH,
					   buf), "Rp1.200.000.000");
	assert_string_equal(plan_money_str(500, en, PLAN_MONEY_DELTA, buf),
			    "+Rp500");
	assert_string_equal(plan_money_str(-500000, en, PLAN_MONEY_DELTA, buf),
			    "-Rp500,000");
	assert_string_equal(plan_money_str(0, en, PLAN_MONEY_DELTA, buf),
			    "Rp0");
	assert_string_equal(plan_money_str(-PLAN_MONEY_MAX, en,
					   PLAN_MONEY_RUPIAH, buf),
			    "-Rp9,223,372,036,854,775,807");
	assert_string_equal(plan_money_str(INT64_MIN, id, PLAN_MONEY_DELTA,
					   buf), "-Rp9.223.372.036.854.775.808");
	assert_string_equal(plan_money_str(1200000, en, PLAN_MONEY_PROSE, buf),
			    "1200000");
	assert_string_equal(plan_money_str(-1200000, id, PLAN_MONEY_PROSE,
					   buf), "-Rp1.200.000");
}

/* Numbers ------------------------------------------------------------ */

static void test_is_number(void **state)
{
	static const char *const yes[] = {
		"4", "4.0", "-3.5", "0", "-0", "007", "100.25", "0.001",
		"123456789012345678901234567890",
	};
	static const char *const no[] = {
		"3,94", "\xE2\x89\xA5 80", "-", "1.", ".5", "1e3", "", "+4",
		" 4", "4 ", "4.0.0", "--1", "1-", "WTP", "4%", "1_000", "-.5",
		"0x1", "\xD9\xA4",
	};

	(void)state;
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		if (!plan_is_number(S(yes[i])))
			fail_msg("'%s' is a number", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		if (plan_is_number(S(no[i])))
			fail_msg("'%s' is not a number", no[i]);
	assert_false(plan_is_number("4\0" "5", 3));
	assert_true(plan_is_number("45x", 2));
}

static int cmp(const char *a, const char *b)
{
	int c = plan_number_cmp(S(a), S(b));
	return c < 0 ? -1 : c > 0;
}

static void test_number_cmp(void **state)
{
	static const struct {
		const char *a, *b;
		int want;
	} cases[] = {
		{"4.0", "4.00", 0}, {"4", "4.0", 0}, {"10", "9.99", 1},
		{"-1", "0", -1}, {"-0", "0", 0}, {"-0.00", "0", 0},
		{"007", "7", 0}, {"007.50", "7.5", 0}, {"1.05", "1.5", -1},
		{"1.5", "1.55", -1}, {"2", "10", -1}, {"-2", "-10", 1},
		{"-2.5", "-2.25", -1}, {"0.1", "0.09", 1}, {"100", "99", 1},
		{"12345678901234567890", "12345678901234567891", -1},
		{"0.5", "-0.5", 1}, {"-0.5", "0", -1}, {"3", "3", 0},
		{"0", "0.0001", -1},
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int c = cmp(cases[i].a, cases[i].b), r = cmp(cases[i].b, cases[i].a);
		if (c != cases[i].want || r != -cases[i].want)
			fail_msg("%s vs %s: %d / %d, expected %d", cases[i].a,
				 cases[i].b, c, r, cases[i].want);
	}
}

static void canon(const char *s, const char *want)
{
	char buf[64];

	assert_ptr_equal(plan_number_canon(S(s), buf), buf);
	if (strcmp(buf, want))
		fail_msg("canon(%s) = '%s', expected '%s'", s, buf, want);
}

static void test_number_canon(void **state)
{
	(void)state;
	canon("4", "4");
	canon("4.0", "4");
	canon("4.50", "4.5");
	canon("007", "7");
	canon("007.070", "7.07");
	canon("0", "0");
	canon("000", "0");
	canon("-0", "0");
	canon("-0.000", "0");
	canon("-3.5", "-3.5");
	canon("-03.50", "-3.5");
	canon("0.05", "0.05");
	canon("-0.05", "-0.05");
	canon("100", "100");
	canon("10.0", "10");
}

/* Years and dates ---------------------------------------------------- */

static void test_year_parse(void **state)
{
	(void)state;
	assert_int_equal(plan_year_parse(S("2025")), 2025);
	assert_int_equal(plan_year_parse(S("0999")), 999);
	assert_int_equal(plan_year_parse(S("9999")), 9999);
	assert_int_equal(plan_year_parse(S("202")), -1);
	assert_int_equal(plan_year_parse(S("20255")), -1);
	assert_int_equal(plan_year_parse(S("20a5")), -1);
	assert_int_equal(plan_year_parse(S("-202")), -1);
	assert_int_equal(plan_year_parse(S(" 2025")), -1);
	assert_int_equal(plan_year_parse(S("")), -1);
	assert_int_equal(plan_year_parse("20251", 4), 2025);
}

static void date_ok(const char *s, int y, int m, int d)
{
	struct plan_date x = {0, 0, 0};

	if (!plan_date_parse(S(s), &x))
		fail_msg("'%s' rejected", s);
	assert_int_equal(x.year, y);
	assert_int_equal(x.month, m);
	assert_int_equal(x.day, d);
}

static void test_date_parse(void **state)
{
	static const char *const bad[] = {
		"2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00",
		"2026-01-32", "2025-02-29", "1900-02-29", "2026-04-31",
		"2026-1-01", "2026-01-1", "26-01-01", "2026/01/01",
		"2026-01-01T00:00", "2026-01-01 ", "", "2026-0a-01",
		"20260101", "2026-01--1",
	};
	struct plan_date d;

	(void)state;
	date_ok("2024-02-29", 2024, 2, 29);
	date_ok("2000-02-29", 2000, 2, 29);
	date_ok("2025-08-29", 2025, 8, 29);
	date_ok("2026-12-31", 2026, 12, 31);
	date_ok("2026-01-01", 2026, 1, 1);
	date_ok("2026-04-30", 2026, 4, 30);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (plan_date_parse(S(bad[i]), &d))
			fail_msg("'%s' accepted", bad[i]);
}

/* A date in a sentence: as written in English, in words in Indonesian
 * ("RKPD 2026 ditetapkan pada 15 Juli 2025"). */
static void test_date_prose(void **state)
{
	char buf[PLAN_DATE_BUF];

	(void)state;
	assert_string_equal(plan_date_prose((struct plan_date){2025, 7, 15},
					    buf), "2025-07-15");
	plan_lang_set(PLAN_LANG_ID);
	assert_string_equal(plan_date_prose((struct plan_date){2025, 7, 15},
					    buf), "15 Juli 2025");
	assert_string_equal(plan_date_prose((struct plan_date){2026, 1, 1},
					    buf), "1 Januari 2026");
	assert_string_equal(plan_date_prose((struct plan_date){2025, 12, 31},
					    buf), "31 Desember 2025");
	plan_lang_set(PLAN_LANG_EN);
	assert_string_equal(plan_date_prose((struct plan_date){2026, 1, 1},
					    buf), "2026-01-01");
}

static void add(int y, int m, int d, int n, int wy, int wm, int wd)
{
	struct plan_date r = plan_date_add_months((struct plan_date){y, m, d},
						  n);

	if (r.year != wy || r.month != wm || r.day != wd)
		fail_msg("%04d-%02d-%02d + %d = %04d-%02d-%02d, expected "
			 "%04d-%02d-%02d", y, m, d, n, r.year, r.month, r.day,
			 wy, wm, wd);
}

static void test_date_add_months(void **state)
{
	(void)state;
	add(2025, 8, 31, 1, 2025, 9, 30);
	add(2024, 1, 31, 1, 2024, 2, 29);
	add(2025, 1, 31, 1, 2025, 2, 28);
	add(2025, 2, 20, 6, 2025, 8, 20);
	add(2025, 2, 28, 1, 2025, 3, 28);
	add(2025, 11, 15, 1, 2025, 12, 15);
	add(2025, 12, 15, 1, 2026, 1, 15);
	add(2025, 8, 31, 6, 2026, 2, 28);
	add(2023, 8, 31, 6, 2024, 2, 29);
	add(2025, 3, 31, 0, 2025, 3, 31);
	add(2025, 3, 31, 24, 2027, 3, 31);
	add(2025, 3, 31, -1, 2025, 2, 28);
	add(2025, 1, 15, -1, 2024, 12, 15);
}

static void test_date_cmp(void **state)
{
	struct plan_date a = {2025, 8, 29}, b = {2025, 8, 30},
			 c = {2025, 9, 1}, d = {2026, 1, 1};

	(void)state;
	assert_int_equal(plan_date_cmp(a, a), 0);
	assert_true(plan_date_cmp(a, b) < 0);
	assert_true(plan_date_cmp(b, a) > 0);
	assert_true(plan_date_cmp(b, c) < 0);
	assert_true(plan_date_cmp(c, d) < 0);
	assert_true(plan_date_cmp(d, a) > 0);
}

/* Folding ------------------------------------------------------------ */

static void fold(const char *s, const char *want)
{
	char *f = plan_fold(S(s));

	if (strcmp(f, want))
		fail_msg("fold('%s') = '%s', expected '%s'", s, f, want);
	free(f);
}

static void test_fold(void **state)
{
	(void)state;
	fold("Persentase Layanan", "persentase layanan");
	fold("  PERSENTASE \t\n  layanan  ", "persentase layanan");
	fold("a\r\nb\fc\vd", "a b c d");
	fold("", "");
	fold("   \t ", "");
	fold("X", "x");
	/* ASCII only: É stays É */
	fold("\xC3\x89KONOMI Desa", "\xC3\x89konomi desa");
	fold("[]^_`{}@", "[]^_`{}@");
	/* the length counts, an embedded NUL is a byte like another */
	char *f = plan_fold("Ab\0Cd", 5);
	assert_memory_equal(f, "ab\0cd", 6);
	free(f);
}

/* Two names, and whether they are the same folded (white space runs as
 * one space) and by name (no white space at all). */
static void test_fold_eq_and_name_eq(void **state)
{
	static const struct {
		const char *a, *b;
		bool fold, name;
	} cases[] = {
		{"Persentase  Layanan", " persentase layanan ", true, true},
		{"a\tb", "A B", true, true}, {"", "  ", true, true},
		{"Kominfo", "KOMINFO", true, true}, {"ab", "a b", false, true},
		{"PENGARUS UTAMAAN", "Pengarusutamaan", false, true},
		{" Sumber  Daya ", "SUMBERDAYA", false, true},
		{"a", "ab", false, false}, {"ab", "a", false, false},
		{"abc", "abcd", false, false}, {"abcd", "abc", false, false},
		{"a", "", false, false},
		{"Perijinan", "Perizinan", false, false},
		/* ASCII only: É is not é */
		{"\xC3\x89", "\xC3\xA9", false, false},
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *a = cases[i].a, *b = cases[i].b;
		bool fold = plan_fold_eq(S(a), S(b));
		bool name = plan_name_eq(S(a), S(b));

		if (fold != cases[i].fold || name != cases[i].name)
			fail_msg("'%s' and '%s': folded %d, by name %d", a, b,
				 fold, name);
	}
}

static void test_fold_eq(void **state)
{
	(void)state;
	assert_true(plan_fold_eq("abc", 2, "AB", 2));
	/* agrees with plan_fold */
	static const char *const pairs[][2] = {
		{"  A  b ", "a B"}, {"x\n\ny", "X Y"}, {"Z", "z "},
		{"ab", "abc"},
	};
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		char *x = plan_fold(S(pairs[i][0])), *y = plan_fold(S(pairs[i][1]));
		assert_int_equal(plan_fold_eq(S(pairs[i][0]), S(pairs[i][1])),
				 !strcmp(x, y));
		free(x);
		free(y);
	}
}

static void test_edit_distance(void **state)
{
	(void)state;
	/* a and b at most max apart: their distance, else max + 1 */
	static const struct {
		const char *a, *b;
		unsigned max, want;
	} cases[] = {
		{"", "", 3, 0}, {"same", "same", 3, 0},
		{"budget", "budgte", 3, 2}, {"indicators", "indikators", 3, 1},
		{"kitten", "sitting", 3, 3}, {"", "abc", 3, 3},
		{"abc", "", 3, 3}, {"programs", "program", 3, 1},
		{"sasaran", "tujuan", 2, 3}, {"abcdef", "uvwxyz", 2, 3},
		{"", "abcdef", 2, 3}, {"kitten", "sitting", 2, 3},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		unsigned d = plan_edit_distance(cases[i].a, cases[i].b,
						cases[i].max);
		if (d != cases[i].want)
			fail_msg("'%s' to '%s' (at most %u): %u, expected %u",
				 cases[i].a, cases[i].b, cases[i].max, d,
				 cases[i].want);
	}
	/* 64 bytes, the longest a key gets a suggestion for */
	char a[65], b[65];
	memset(a, 'a', 64);
	a[64] = '\0';
	memcpy(b, a, sizeof b);
	b[40] = 'b';
	assert_int_equal(plan_edit_distance(a, b, 3), 1);
}

/* SPEC 3.2's spreadsheet forms: what number-format reads and the hint
 * writes, and what plan-import converts. */
static void sheet(const char *in, enum plan_sheet_form want_form,
		  const char *want, bool want_pct)
{
	char out[64];
	bool pct = !want_pct;
	enum plan_sheet_form f = plan_value_sheet_number(in, strlen(in), out,
							 &pct);
	if (f != want_form)
		fail_msg("'%s': form %d, expected %d", in, f, want_form);
	if (f != PLAN_SHEET_TEXT)
		assert_string_equal(out, want);
	assert_int_equal(pct, want_pct);
}

static void test_sheet_number(void **state)
{
	(void)state;
	sheet("3,90", PLAN_SHEET_COMMA, "3.90", false);
	sheet("-3,5", PLAN_SHEET_COMMA, "-3.5", false);
	sheet("12345,6", PLAN_SHEET_COMMA, "12345.6", false);
	sheet("1.234,5", PLAN_SHEET_COMMA, "1234.5", false);
	sheet("12.345.678,25", PLAN_SHEET_COMMA, "12345678.25", false);
	sheet("1.234.567", PLAN_SHEET_DOTS, "1234567", false);
	sheet("-1.234.567", PLAN_SHEET_DOTS, "-1234567", false);
	sheet("85%", PLAN_SHEET_NUMBER, "85", true);
	sheet("85 %", PLAN_SHEET_NUMBER, "85", true);
	sheet("85,5 %", PLAN_SHEET_COMMA, "85.5", true);
	sheet(" 3,90 ", PLAN_SHEET_COMMA, "3.90", false);
	/* numbers as SPEC 3.2 writes them: nothing to convert */
	sheet("1.234", PLAN_SHEET_NUMBER, "1.234", false);
	sheet("3.90", PLAN_SHEET_NUMBER, "3.90", false);
	sheet("-2", PLAN_SHEET_NUMBER, "-2", false);
	/* texts stay texts */
	sheet("3,5-4,0", PLAN_SHEET_TEXT, NULL, false);
	sheet(">= 85%", PLAN_SHEET_TEXT, NULL, false);
	sheet("WTP", PLAN_SHEET_TEXT, NULL, false);
	sheet("%", PLAN_SHEET_TEXT, NULL, false);
	sheet("", PLAN_SHEET_TEXT, NULL, false);
	sheet("1.23.456", PLAN_SHEET_TEXT, NULL, false);
	sheet("1234.567,8", PLAN_SHEET_TEXT, NULL, false);
	sheet("1,2,3", PLAN_SHEET_TEXT, NULL, false);
	sheet("85%%", PLAN_SHEET_TEXT, NULL, false);
	sheet(",5", PLAN_SHEET_TEXT, NULL, false);
	sheet("5,", PLAN_SHEET_TEXT, NULL, false);
	/* i17a's cases: more forms and near misses */
	sheet("1234,5", PLAN_SHEET_COMMA, "1234.5", false);
	sheet("85.5%", PLAN_SHEET_NUMBER, "85.5", true);
	sheet("1.234%", PLAN_SHEET_NUMBER, "1.234", true);
	sheet("1.234.567%", PLAN_SHEET_DOTS, "1234567", true);
	sheet("3,5\xE2\x80\x93" "4,0", PLAN_SHEET_TEXT, NULL, false);
	sheet("\xE2\x89\xA5" " 85%", PLAN_SHEET_TEXT, NULL, false);
	sheet("1.23,5", PLAN_SHEET_TEXT, NULL, false);
	sheet("1.2345,5", PLAN_SHEET_TEXT, NULL, false);
	sheet("1.234.56", PLAN_SHEET_TEXT, NULL, false);
	sheet("1,234,567", PLAN_SHEET_TEXT, NULL, false);
	sheet("85  %", PLAN_SHEET_TEXT, NULL, false);
	sheet("3,90,1", PLAN_SHEET_TEXT, NULL, false);
	sheet("1.234,", PLAN_SHEET_TEXT, NULL, false);
	sheet("--3,5", PLAN_SHEET_TEXT, NULL, false);
}

static void test_sheet_ambiguous(void **state)
{
	(void)state;
	assert_true(plan_value_sheet_ambiguous("1.234", 5, ';'));
	assert_true(plan_value_sheet_ambiguous("-12.345%", 8, ';'));
	assert_false(plan_value_sheet_ambiguous("1.234", 5, ','));
	assert_true(plan_value_sheet_ambiguous("1,234", 5, ','));
	assert_false(plan_value_sheet_ambiguous("1,234", 5, ';'));
	assert_false(plan_value_sheet_ambiguous("1.5", 3, ';'));
	assert_false(plan_value_sheet_ambiguous("1.2345", 6, ';'));
	assert_false(plan_value_sheet_ambiguous("1234.567", 8, ';'));
	assert_false(plan_value_sheet_ambiguous("1.234.567", 9, ';'));
	assert_false(plan_value_sheet_ambiguous("1.234,5", 7, ';'));
}

static void money(const char *in, enum plan_sheet_money want, int64_t amount)
{
	int64_t v = -1;
	enum plan_sheet_money st = plan_value_sheet_money(in, strlen(in), &v);
	if (st != want)
		fail_msg("'%s': status %d, expected %d", in, st, want);
	if (st == PLAN_SHEET_MONEY_OK && v != amount)
		fail_msg("'%s': %lld, expected %lld", in, (long long)v,
			 (long long)amount);
}

static void test_sheet_money(void **state)
{
	(void)state;
	money("1200000000", PLAN_SHEET_MONEY_OK, 1200000000);
	money("1_200_000_000", PLAN_SHEET_MONEY_OK, 1200000000);
	money("0", PLAN_SHEET_MONEY_OK, 0);
	money("1.200.000.000", PLAN_SHEET_MONEY_OK, 1200000000);
	money("Rp 1.200.000.000,00", PLAN_SHEET_MONEY_OK, 1200000000);
	money("Rp1.200.000.000", PLAN_SHEET_MONEY_OK, 1200000000);
	money("rp. 1.200.000", PLAN_SHEET_MONEY_OK, 1200000);
	money("Rp\xC2\xA0" "1.500", PLAN_SHEET_MONEY_OK, 1500);
	money("1,200,000,000", PLAN_SHEET_MONEY_OK, 1200000000);
	money("1,200,000.00", PLAN_SHEET_MONEY_OK, 1200000);
	money("1200000,00", PLAN_SHEET_MONEY_OK, 1200000);
	money("1200000.0", PLAN_SHEET_MONEY_OK, 1200000);
	money("9.223.372.036.854.775.807", PLAN_SHEET_MONEY_OK,
	      INT64_C(9223372036854775807));
	money("9.223.372.036.854.775.808", PLAN_SHEET_MONEY_OVERFLOW, 0);
	money("99999999999999999999", PLAN_SHEET_MONEY_OVERFLOW, 0);
	money("1.234", PLAN_SHEET_MONEY_AMBIGUOUS, 0);
	money("1,234", PLAN_SHEET_MONEY_AMBIGUOUS, 0);
	money("Rp 1,234", PLAN_SHEET_MONEY_AMBIGUOUS, 0);
	money("1.200.000,50", PLAN_SHEET_MONEY_NOT_WHOLE, 0);
	money("12,5", PLAN_SHEET_MONEY_NOT_WHOLE, 0);
	money("1.5", PLAN_SHEET_MONEY_NOT_WHOLE, 0);
	money("-5", PLAN_SHEET_MONEY_NEGATIVE, 0);
	money("Rp -1.000.000", PLAN_SHEET_MONEY_NEGATIVE, 0);
	money("1,2 M", PLAN_SHEET_MONEY_TEXT, 0);
	money("1.2e9", PLAN_SHEET_MONEY_TEXT, 0);
	money("0500", PLAN_SHEET_MONEY_TEXT, 0);
	money("Rp", PLAN_SHEET_MONEY_TEXT, 0);
	money("-", PLAN_SHEET_MONEY_TEXT, 0);
	money("1 200 000", PLAN_SHEET_MONEY_TEXT, 0);
	money("1.20.000", PLAN_SHEET_MONEY_TEXT, 0);
}

static void test_name_eq(void **state)
{
	(void)state;
	assert_int_equal(plan_name_unmarked(S("DAYAH******)")), 5);
	assert_int_equal(plan_name_unmarked(S("Desa ****)")), 4);
	assert_int_equal(plan_name_unmarked(S("Desa*")), 4);
	assert_int_equal(plan_name_unmarked(S("PROGRAM (UMKM)")), 14);
	assert_int_equal(plan_name_unmarked(S("*)")), 2);
	assert_int_equal(plan_name_unmarked(S("")), 0);
	char out[32];
	size_t n = plan_name_key(S(" Program  Jalan\t"), out);
	assert_int_equal(n, 12);
	assert_memory_equal(out, "programjalan", 12);
}

/* Spaces and tabs go from both ends, nothing else does. */
static void test_trim_blanks(void **state)
{
	const char *t = " \t 3,5 %\t \n";
	const char *s = t;
	size_t len = strlen(t);
	(void)state;
	plan_trim_blanks(&s, &len);
	assert_ptr_equal(s, t + 3);
	assert_int_equal(len, 8);	/* up to the newline, which stays */
	s = " \t ";
	len = 3;
	plan_trim_blanks(&s, &len);
	assert_int_equal(len, 0);
}

TU_MAIN("value", NULL, NULL,
	TU_TEST(test_money_parse_ok),
	TU_TEST(test_money_parse_overflow),
	TU_TEST(test_money_parse_bad),
	TU_TEST(test_money_add),
	TU_TEST(test_money_str),
	TU_TEST(test_number_str),
	TU_TEST(test_is_number),
	TU_TEST(test_number_cmp),
	TU_TEST(test_number_canon),
	TU_TEST(test_year_parse),
	TU_TEST(test_date_parse),
	TU_TEST(test_date_add_months),
	TU_TEST(test_date_prose),
	TU_TEST(test_date_cmp),
	TU_TEST(test_fold),
	TU_TEST(test_fold_eq_and_name_eq),
	TU_TEST(test_fold_eq),
	TU_TEST(test_edit_distance),
	TU_TEST(test_sheet_number),
	TU_TEST(test_sheet_ambiguous),
	TU_TEST(test_sheet_money),
	TU_TEST(test_name_eq),
	TU_TEST(test_trim_blanks))
