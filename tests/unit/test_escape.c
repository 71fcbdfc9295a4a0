/* test_escape.c - plan text into each output format (lib/out/escape.c).
 * plan_put_text and plan_put_json_string are tested in test_emit.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "out/escape.h"

/* What f writes for s with flags (ignored by the one-argument kinds). */
enum kind { TEXT_LINE, GH_DATA, GH_PROP, URI, CSV, CSV_PLAIN, MD, HTML,
	    DOT, DOT_STRING };

static char *put(enum kind k, const char *s, unsigned flags)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	switch (k) {
	case TEXT_LINE: plan_put_text_line(fp, s); break;
	case GH_DATA: plan_put_gh_data(fp, s); break;
	case GH_PROP: plan_put_gh_prop(fp, s); break;
	case URI: plan_put_uri(fp, s); break;
	case CSV: assert_int_equal(plan_put_csv(fp, s, true), 0); break;
	case CSV_PLAIN: assert_int_equal(plan_put_csv(fp, s, false), 0); break;
	case MD: plan_put_md(fp, s, flags); break;
	case HTML: plan_put_html(fp, s); break;
	case DOT: plan_put_dot(fp, s); break;
	case DOT_STRING: plan_put_dot_string(fp, s); break;
	}
	fclose(fp);
	return buf;
}

static void expect(enum kind k, const char *s, unsigned flags,
		   const char *want)
{
	char *got = put(k, s, flags);
	assert_string_equal(got, want);
	free(got);
}

static void test_text_line(void **state)
{
	(void)state;
	expect(TEXT_LINE, "  Jalan \t desa\r\n baru  ", 0, "Jalan desa baru");
	expect(TEXT_LINE, "a\033[31mb", 0, "ab");
	expect(TEXT_LINE, NULL, 0, "");
	/* longer than the stack buffer: the same folding */
	char big[600];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	big[100] = big[101] = ' ';
	char *got = put(TEXT_LINE, big, 0);
	assert_int_equal(strlen(got), sizeof big - 2);
	assert_int_equal(got[100], ' ');
	assert_int_equal(got[101], 'x');
	free(got);
}

static void test_sgr(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	(void)state;
	plan_put_sgr(fp, true, "1;31");
	plan_put_sgr(fp, false, "1;31");
	plan_put_sgr(fp, true, "");
	fclose(fp);
	assert_string_equal(buf, "\033[1;31m\033[m");
	free(buf);
}

static void test_github(void **state)
{
	(void)state;
	expect(GH_DATA, "100% done\r\nnext: a,b", 0,
	       "100%25 done%0D%0Anext: a,b");
	expect(GH_PROP, "a:b,c%\n", 0, "a%3Ab%2Cc%25%0A");
	expect(GH_DATA, "x\033[2Jy\tz", 0, "xy z");
}

static void test_uri(void **state)
{
	(void)state;
	expect(URI, "./13/rkpd 2026.yaml", 0, "\"13/rkpd%202026.yaml\"");
	expect(URI, "/srv/p\"q.yaml", 0, "\"file:///srv/p%22q.yaml\"");
}

/* Formula starters get an apostrophe; quotes are doubled inside the
 * quoted field; figures pass unchanged. */
static void test_csv(void **state)
{
	(void)state;
	expect(CSV, "=HYPERLINK(\"x\")", 0, "\"'=HYPERLINK(\"\"x\"\")\"");
	expect(CSV, "+1", 0, "\"'+1\"");
	expect(CSV, "-1", 0, "\"'-1\"");
	expect(CSV, "@SUM(A1)", 0, "\"'@SUM(A1)\"");
	expect(CSV, "\tx", 0, "\"'\tx\"");
	expect(CSV, "\rx", 0, "\"'\rx\"");
	expect(CSV, "Jalan, desa", 0, "\"Jalan, desa\"");
	expect(CSV, "", 0, "\"\"");
	expect(CSV, NULL, 0, "\"\"");
	expect(CSV_PLAIN, "-1200", 0, "\"-1200\"");
}

static void test_markdown(void **state)
{
	(void)state;
	/* plan-diff's: white space folded, none at the end */
	expect(MD, "a  *b*\n|c| ", PLAN_MD_FOLD, "a \\*b\\* \\|c\\|");
	expect(MD, "#1 & <b>!", PLAN_MD_FOLD, "#1 & \\<b\\>!");
	/* plan-report's: & and raw HTML inert, # and ! escaped, each break a
	 * space */
	expect(MD, "#1 & <b>!", PLAN_MD_STRICT, "\\#1 &amp; \\<b\\>\\!");
	expect(MD, "a\n\nb ", PLAN_MD_STRICT, "a  b ");
	/* controls dropped in both, a C1 with its lead byte */
	expect(MD, "a\x01\x7f" "b\xc2\x9b" "c", PLAN_MD_FOLD, "abc");
	expect(MD, "a\x01\x7f" "b\xc2\x9b" "c", PLAN_MD_STRICT, "abc");
	expect(MD, NULL, PLAN_MD_STRICT, "");
}

static void test_html(void **state)
{
	(void)state;
	expect(HTML, "<a href=\"x\">'&'</a>", 0,
	       "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
	expect(HTML, "a\tb\nc\rd\x01" "e", 0, "a\tb\nc de");
}

static void test_dot(void **state)
{
	(void)state;
	expect(DOT, "a\"b\\N", 0, "a\\\"b\\\\N");
	expect(DOT, "a\nb\x7f" "c\xc2\x9b" "d", 0, "a b c d");
	expect(DOT_STRING, "PN-1", 0, "\"PN-1\"");
	expect(DOT_STRING, NULL, 0, "\"\"");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_line),
		cmocka_unit_test(test_sgr),
		cmocka_unit_test(test_github),
		cmocka_unit_test(test_uri),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_dot),
	};
	return cmocka_run_group_tests_name("escape", tests, NULL, NULL);
}
