/* test_emit.c - every output format byte for byte, and the escaping of
 * hostile plan text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "out/csvout.h"
#include "out/emit.h"
#include "out/escape.h"

/* Output of f(out) as a string (free it). */
static char *capture_emit(const struct plan_findings *l,
			  const struct plan_emit_opts *o, int *rc)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	assert_non_null(out);
	*rc = plan_emit(out, l, o);
	assert_int_equal(fclose(out), 0);
	return buf;
}

static char *render(const struct plan_findings *l, enum plan_format fmt,
		    bool color)
{
	struct plan_emit_opts o = {
		.format = fmt, .color = color, .tool = "plan-validate",
		.version = "0.1.0", .files = 3, .documents = 2, .elements = 40,
	};
	int rc;
	char *s = capture_emit(l, &o, &rc);
	assert_int_equal(rc, 0);
	return s;
}

typedef void put_fn(FILE *, const char *);

static char *capture_put(put_fn *put, const char *text)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	assert_non_null(out);
	put(out, text);
	assert_int_equal(fclose(out), 0);
	return buf;
}

static void expect_put(put_fn *put, const char *text, const char *want)
{
	char *got = capture_put(put, text);
	assert_string_equal(got, want);
	free(got);
}

/* got is want; a failure names the case first. */
static void expect_same(const char *name, const char *got, const char *want)
{
	if (strcmp(got, want))
		print_message("%s:\n", name);
	assert_string_equal(got, want);
}

static struct plan_pos at(const char *file, unsigned line, unsigned col)
{
	return (struct plan_pos){file, line, col};
}

/* Four findings of each severity, one of them waived, added out of order
 * so that the sort has work to do. */
static int setup_list(void **state)
{
	struct plan_findings *l = plan_findings_new(NULL);
	plan_finding_add(l, RULE_REF_EXTERNAL, PLAN_SEV_DEFAULT,
			 at("b c.yaml", 1, 1), NULL, NULL, NULL,
			 "'x/y' is not loaded");
	plan_finding_add(l, RULE_TARGET_TREND, PLAN_SEV_DEFAULT,
			 at("b c.yaml", 4, 3), "d#I1", NULL, NULL,
			 "target falls");
	plan_finding_add(l, RULE_CODE_UNKNOWN, PLAN_SEV_DEFAULT,
			 at("a.yaml", 7, 9), NULL, NULL, NULL,
			 "code '9.99' not in the table");
	plan_finding_add(l, RULE_BUDGET_SUM, PLAN_SEV_DEFAULT,
			 at("a.yaml", 3, 5), "d#P1", "Program 2.16.03",
			 "write 2750000000", "budget of %d differs", 2026);
	plan_findings_sort(l);
	plan_finding_waive(l, 3, "agreed with Bappeda", "2026-12-31");
	*state = l;
	return 0;
}

static int teardown_list(void **state)
{
	plan_findings_free(*state);
	return 0;
}

/* The list of setup_list() in each format, byte for byte. */
static const struct {
	const char *name;
	enum plan_format format;
	bool color;
	const char *want;
} formats[] = {
	{"text", FORMAT_TEXT, false,
	 "a.yaml:3:5: error: budget of 2026 differs [budget-sum]\n"
	 "    Program 2.16.03\n"
	 "    hint: write 2750000000\n"
	 "a.yaml:7:9: warning: code '9.99' not in the table"
	 " [code-unknown]\n"
	 "b c.yaml:1:1: info: 'x/y' is not loaded [ref-external]\n"
	 "b c.yaml:4:3: warning (waived: agreed with Bappeda, until"
	 " 2026-12-31): target falls [target-trend]\n"
	 "3 files, 40 elements: 1 error, 1 warning, 1 info, 1 waived\n"},
	{"text in colour", FORMAT_TEXT, true,
	 "\033[1ma.yaml:3:5:\033[0m \033[1;31merror:\033[0m budget of"
	 " 2026 differs [\033[1;31mbudget-sum\033[0m]\n"
	 "    Program 2.16.03\n"
	 "    hint: write 2750000000\n"
	 "\033[1ma.yaml:7:9:\033[0m \033[1;35mwarning:\033[0m code"
	 " '9.99' not in the table [\033[1;35mcode-unknown\033[0m]\n"
	 "\033[1mb c.yaml:1:1:\033[0m \033[1;36minfo:\033[0m 'x/y' is"
	 " not loaded [\033[1;36mref-external\033[0m]\n"
	 "\033[1mb c.yaml:4:3:\033[0m \033[1;32mwarning (waived: agreed"
	 " with Bappeda, until 2026-12-31):\033[0m target falls"
	 " [\033[1;32mtarget-trend\033[0m]\n"
	 "3 files, 40 elements: 1 error, 1 warning, 1 info, 1 waived\n"},
	{"json", FORMAT_JSON, false,
	 "{\n"
	 "  \"tool\": \"plan-validate\",\n"
	 "  \"version\": \"0.1.0\",\n"
	 "  \"summary\": {\"files\": 3, \"documents\": 2, \"errors\": 1,"
	 " \"warnings\": 1, \"infos\": 1, \"waived\": 1},\n"
	 "  \"findings\": [\n"
	 "    {\"rule\": \"budget-sum\", \"severity\": \"error\","
	 " \"file\": \"a.yaml\", \"line\": 3, \"column\": 5,"
	 " \"element\": \"d#P1\", \"breadcrumb\": \"Program 2.16.03\","
	 " \"message\": \"budget of 2026 differs\","
	 " \"hint\": \"write 2750000000\", \"waived\": null},\n"
	 "    {\"rule\": \"code-unknown\", \"severity\": \"warning\","
	 " \"file\": \"a.yaml\", \"line\": 7, \"column\": 9,"
	 " \"element\": null, \"breadcrumb\": null,"
	 " \"message\": \"code '9.99' not in the table\","
	 " \"hint\": null, \"waived\": null},\n"
	 "    {\"rule\": \"ref-external\", \"severity\": \"info\","
	 " \"file\": \"b c.yaml\", \"line\": 1, \"column\": 1,"
	 " \"element\": null, \"breadcrumb\": null,"
	 " \"message\": \"'x/y' is not loaded\","
	 " \"hint\": null, \"waived\": null},\n"
	 "    {\"rule\": \"target-trend\", \"severity\": \"warning\","
	 " \"file\": \"b c.yaml\", \"line\": 4, \"column\": 3,"
	 " \"element\": \"d#I1\", \"breadcrumb\": null,"
	 " \"message\": \"target falls\", \"hint\": null,"
	 " \"waived\": {\"reason\": \"agreed with Bappeda\","
	 " \"until\": \"2026-12-31\"}}\n"
	 "  ]\n"
	 "}\n"},
	{"github", FORMAT_GITHUB, false,
	 "::error file=a.yaml,line=3,col=5,title=budget-sum::budget of"
	 " 2026 differs%0AProgram 2.16.03%0Ahint: write 2750000000\n"
	 "::warning file=a.yaml,line=7,col=9,title=code-unknown::code"
	 " '9.99' not in the table\n"
	 "::notice file=b c.yaml,line=1,col=1,title=ref-external::'x/y'"
	 " is not loaded\n"
	 "::notice file=b c.yaml,line=4,col=3,title=target-trend"
	 " (waived)::target falls%0Awaived: agreed with Bappeda, until"
	 " 2026-12-31\n"
	 "3 files, 40 elements: 1 error, 1 warning, 1 info, 1 waived\n"},
};

static void test_formats(void **state)
{
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		char *got = render(*state, formats[i].format, formats[i].color);
		expect_same(formats[i].name, got, formats[i].want);
		free(got);
	}
}

static const char sarif_results[] =
	"      \"columnKind\": \"unicodeCodePoints\",\n"
	"      \"results\": [\n"
	"        {\"ruleId\": \"budget-sum\", \"ruleIndex\": 27,"
	" \"level\": \"error\", \"message\": {\"text\": \"budget of 2026"
	" differs\\nhint: write 2750000000\"}, \"locations\":"
	" [{\"physicalLocation\": {\"artifactLocation\": {\"uri\":"
	" \"a.yaml\"}, \"region\": {\"startLine\": 3, \"startColumn\": 5}}}],"
	" \"properties\": {\"element\": \"d#P1\", \"breadcrumb\":"
	" \"Program 2.16.03\"}},\n"
	"        {\"ruleId\": \"code-unknown\", \"ruleIndex\": 15,"
	" \"level\": \"warning\", \"message\": {\"text\": \"code '9.99' not"
	" in the table\"}, \"locations\": [{\"physicalLocation\":"
	" {\"artifactLocation\": {\"uri\": \"a.yaml\"}, \"region\":"
	" {\"startLine\": 7, \"startColumn\": 9}}}]},\n"
	"        {\"ruleId\": \"ref-external\", \"ruleIndex\": 10,"
	" \"level\": \"note\", \"message\": {\"text\": \"'x/y' is not"
	" loaded\"}, \"locations\": [{\"physicalLocation\":"
	" {\"artifactLocation\": {\"uri\": \"b%20c.yaml\"}, \"region\":"
	" {\"startLine\": 1, \"startColumn\": 1}}}]},\n"
	"        {\"ruleId\": \"target-trend\", \"ruleIndex\": 24,"
	" \"level\": \"warning\", \"message\": {\"text\": \"target falls\"},"
	" \"locations\": [{\"physicalLocation\": {\"artifactLocation\":"
	" {\"uri\": \"b%20c.yaml\"}, \"region\": {\"startLine\": 4,"
	" \"startColumn\": 3}}}], \"suppressions\": [{\"kind\": \"external\","
	" \"justification\": \"agreed with Bappeda\", \"properties\":"
	" {\"until\": \"2026-12-31\"}}], \"properties\": {\"element\":"
	" \"d#I1\"}}\n"
	"      ]\n"
	"    }\n"
	"  ]\n"
	"}\n";

static void test_sarif(void **state)
{
	char *got = render(*state, FORMAT_SARIF, false);
	const char *head =
		"{\n"
		"  \"version\": \"2.1.0\",\n"
		"  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/"
		"v2.1.0/os/schemas/sarif-schema-2.1.0.json\",\n"
		"  \"runs\": [\n"
		"    {\n"
		"      \"tool\": {\n"
		"        \"driver\": {\n"
		"          \"name\": \"plan-validate\",\n"
		"          \"version\": \"0.1.0\",\n";
	assert_memory_equal(got, head, strlen(head));
	assert_non_null(strstr(got, "\"informationUri\": \"http"));
	/* Every rule of the table, in its order, so ruleIndex is the enum. */
	const char *p = got;
	for (int r = 0; r < RULE_COUNT; r++) {
		char id[64];
		snprintf(id, sizeof id, "{\"id\": \"%s\", \"shortDescription\"",
			 plan_rule_info(r)->name);
		const char *q = strstr(p, id);
		assert_non_null(q);
		p = q + 1;
	}
	assert_non_null(strstr(got, "{\"id\": \"ref-external\","
			       " \"shortDescription\": {\"text\": \"a reference"
			       " into a document that is not loaded\"},"
			       " \"defaultConfiguration\": {\"level\":"
			       " \"note\"}}"));
	size_t n = strlen(got), m = strlen(sarif_results);
	assert_true(n > m);
	assert_string_equal(got + n - m, sarif_results);
	free(got);
}

static void test_sarif_uri(void **state)
{
	(void)state;
	struct plan_findings *l = plan_findings_new(NULL);
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT,
			 at("./my plans/35.78#a%b.yaml", 1, 1), NULL, NULL,
			 NULL, "m");
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT,
			 at("/abs/d\xc3\xa9sa.yaml", 2, 1), NULL, NULL, NULL,
			 "m");
	plan_findings_sort(l);
	char *got = render(l, FORMAT_SARIF, false);
	assert_non_null(strstr(got, "{\"uri\": \"my%20plans/35.78%23a%25b.yaml\"}"));
	assert_non_null(strstr(got, "{\"uri\": \"file:///abs/d%C3%A9sa.yaml\"}"));
	free(got);
	plan_findings_free(l);
}

/* The summary line's words for one and for many, with nothing said of
 * infos when there are none; an empty list in each format. */
static void test_summary(void **state)
{
	(void)state;
	struct plan_findings *l = plan_findings_new(NULL);
	struct plan_emit_opts o = {
		.format = FORMAT_TEXT, .tool = "plan-validate",
		.version = "0.1.0", .files = 1, .documents = 1, .elements = 1,
	};
	int rc;
	char *got = capture_emit(l, &o, &rc);
	assert_string_equal(got, "1 file, 1 element: 0 errors, 0 warnings\n");
	free(got);
	o.format = FORMAT_JSON;
	got = capture_emit(l, &o, &rc);
	assert_string_equal(got,
		"{\n  \"tool\": \"plan-validate\",\n  \"version\": \"0.1.0\",\n"
		"  \"summary\": {\"files\": 1, \"documents\": 1, \"errors\": 0,"
		" \"warnings\": 0, \"infos\": 0, \"waived\": 0},\n"
		"  \"findings\": []\n}\n");
	free(got);
	o.format = FORMAT_SARIF;
	got = capture_emit(l, &o, &rc);
	assert_non_null(strstr(got, "\"results\": []\n    }\n  ]\n}\n"));
	free(got);
	/* two of each severity */
	for (int i = 0; i < 2; i++) {
		plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT,
				 at("a.yaml", 1, 1 + i), NULL, NULL, NULL, "e");
		plan_finding_add(l, RULE_ORPHAN, PLAN_SEV_DEFAULT,
				 at("a.yaml", 2, 1 + i), NULL, NULL, NULL, "w");
		plan_finding_add(l, RULE_REF_EXTERNAL, PLAN_SEV_DEFAULT,
				 at("a.yaml", 3, 1 + i), NULL, NULL, NULL, "i");
	}
	plan_findings_sort(l);
	o = (struct plan_emit_opts){
		.format = FORMAT_TEXT, .files = 12, .elements = 318,
	};
	got = capture_emit(l, &o, &rc);
	const char *sum = "12 files, 318 elements: 2 errors, 2 warnings,"
			  " 2 infos\n";
	assert_string_equal(got + strlen(got) - strlen(sum), sum);
	free(got);
	plan_findings_free(l);
}

/* The same list twice gives the same bytes. */
static void test_stable(void **state)
{
	for (int f = FORMAT_TEXT; f <= FORMAT_SARIF; f++) {
		char *a = render(*state, (enum plan_format)f, false);
		char *b = render(*state, (enum plan_format)f, false);
		assert_string_equal(a, b);
		free(a);
		free(b);
	}
}

/* Plan text written with terminal escapes, line breaks, workflow-command
 * syntax, quotes and bytes that are not UTF-8. */
static const char hostile[] =
	"evil\033[31mred\033[0m\n::error file=x::forged\r% 100:, \"q\""
	" \x01\xff end";

static struct plan_findings *hostile_list(void)
{
	struct plan_findings *l = plan_findings_new(NULL);
	plan_finding_add(l, RULE_SCHEMA, PLAN_SEV_DEFAULT,
			 at("e:v,il\033[2J.yaml", 2, 1), NULL,
			 "Program \033]0;pwned\007X", "fix\nit", "%s", hostile);
	return l;
}

/* Each format of hostile_list(): the whole output or parts of it, and
 * never an escape byte. */
static const struct {
	const char *name;
	enum plan_format format;
	const char *whole, *parts[2];
} hostile_cases[] = {
	{"text", FORMAT_TEXT,
	 "e:v,il.yaml:2:1: error: evilred ::error file=x::forged % 100:,"
	 " \"q\" \xef\xbf\xbd end [schema]\n"
	 "    Program X\n"
	 "    hint: fix it\n"
	 "3 files, 40 elements: 1 error, 0 warnings\n", {NULL}},
	{"json", FORMAT_JSON, NULL,
	 {"{\"rule\": \"schema\", \"severity\": \"error\", \"file\":"
	  " \"e:v,il\\u001b[2J.yaml\", \"line\": 2, \"column\": 1,"
	  " \"element\": null, \"breadcrumb\":"
	  " \"Program \\u001b]0;pwned\\u0007X\", \"message\":"
	  " \"evil\\u001b[31mred\\u001b[0m\\n::error file=x::forged\\r%"
	  " 100:, \\\"q\\\" \\u0001\xef\xbf\xbd end\", \"hint\":"
	  " \"fix\\nit\", \"waived\": null}\n"}},
	{"github", FORMAT_GITHUB,
	 "::error file=e%3Av%2Cil.yaml,line=2,col=1,title=schema::"
	 "evilred%0A::error file=x::forged%0D%25 100:, \"q\""
	 " \xef\xbf\xbd end%0AProgram X%0Ahint: fix%0Ait\n"
	 "3 files, 40 elements: 1 error, 0 warnings\n", {NULL}},
	{"sarif", FORMAT_SARIF, NULL,
	 {"\"message\": {\"text\": \"evil\\u001b[31mred\\u001b[0m\\n"
	  "::error file=x::forged\\r% 100:, \\\"q\\\" \\u0001\xef\xbf\xbd"
	  " end\\nhint: fix\\nit\"}",
	  "{\"uri\": \"e%3Av%2Cil%1B%5B2J.yaml\"}"}},
};

static void test_hostile(void **state)
{
	struct plan_findings *l = hostile_list();

	(void)state;
	for (size_t i = 0; i < sizeof hostile_cases / sizeof *hostile_cases;
	     i++) {
		const char *name = hostile_cases[i].name;
		char *got = render(l, hostile_cases[i].format, false);
		if (hostile_cases[i].whole)
			expect_same(name, got, hostile_cases[i].whole);
		for (size_t k = 0; k < 2 && hostile_cases[i].parts[k]; k++)
			if (!strstr(got, hostile_cases[i].parts[k]))
				fail_msg("%s: no '%s' in:\n%s", name,
					 hostile_cases[i].parts[k], got);
		if (strchr(got, '\033'))
			fail_msg("%s: an escape byte in:\n%s", name, got);
		free(got);
	}
	plan_findings_free(l);
}

static void test_put_text(void **state)
{
	(void)state;
	put_fn *p = plan_put_text;
	expect_put(p, "Sumatera Barat \xe2\x80\x94 \xc3\xa9 \xe6\x97\xa5",
		   "Sumatera Barat \xe2\x80\x94 \xc3\xa9 \xe6\x97\xa5");
	expect_put(p, "a\033[1;31mb\033[0mc", "abc");
	expect_put(p, "a\033]0;title\007b\033]8;;http://x\033\\c", "abc");
	expect_put(p, "a\033Pq#0\033\\b", "ab");
	expect_put(p, "a\033(Bb\033=c\033", "abc");
	expect_put(p, "a\xc2\x9b" "31mb\xc2\x9d" "0;t\xc2\x9c" "c\xc2\x85" "d",
		   "abcd");
	expect_put(p, "t\tab\nnl\rcr", "t ab nl cr");
	expect_put(p, "\x01\x02\x7f" "x\x1f", "x");
	/* overlong '/', a surrogate, a stray continuation, a cut sequence */
	expect_put(p, "\xc0\xaf|\xed\xa0\x80|\x80|\xe2\x80",
		   "\xef\xbf\xbd\xef\xbf\xbd|\xef\xbf\xbd\xef\xbf\xbd"
		   "\xef\xbf\xbd|\xef\xbf\xbd|\xef\xbf\xbd\xef\xbf\xbd");
	expect_put(p, "\xf4\x90\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd"
		   "\xef\xbf\xbd\xef\xbf\xbd");
	expect_put(p, "\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80");
	expect_put(p, NULL, "");
}

static void test_put_json(void **state)
{
	(void)state;
	put_fn *p = plan_put_json_string;
	expect_put(p, NULL, "null");
	expect_put(p, "", "\"\"");
	expect_put(p, "a\"b\\c/d", "\"a\\\"b\\\\c/d\"");
	expect_put(p, "\b\f\n\r\t\x01\x1b\x7f",
		   "\"\\b\\f\\n\\r\\t\\u0001\\u001b\\u007f\"");
	expect_put(p, "\xc2\x85|\xe2\x80\xa8|\xe2\x80\xa9",
		   "\"\\u0085|\\u2028|\\u2029\"");
	expect_put(p, "\xc3\xa9\xf0\x9f\x98\x80", "\"\xc3\xa9\xf0\x9f\x98\x80\"");
	expect_put(p, "a\xffz\xc3", "\"a\xef\xbf\xbdz\xef\xbf\xbd\"");
}

static void test_format_parse(void **state)
{
	(void)state;
	assert_int_equal(plan_format_parse("text", false), FORMAT_TEXT);
	assert_int_equal(plan_format_parse("json", false), FORMAT_JSON);
	assert_int_equal(plan_format_parse("github", false), FORMAT_GITHUB);
	assert_int_equal(plan_format_parse("sarif", true), FORMAT_SARIF);
	assert_true(plan_format_parse("xml", false) == -1);
	assert_true(plan_format_parse("", false) == -1);
	assert_true(plan_format_parse(NULL, false) == -1);
	assert_true(plan_format_parse("JSON", false) == -1);
	assert_int_equal(plan_format_parse("auto", true), FORMAT_GITHUB);
	assert_int_equal(plan_format_parse("auto", false), FORMAT_TEXT);
}

static void test_write_error(void **state)
{
	FILE *full = fopen("/dev/full", "w");
	if (!full) {
		print_message("/dev/full cannot be opened\n");
		skip();
	}
	struct plan_emit_opts o = {.format = FORMAT_JSON, .files = 1};
	assert_int_equal(plan_emit(full, *state, &o), -1);
	fclose(full);
}

/* One CSV row in either dialect, as written. */
static char *csv_row(bool excel)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct plan_csv w;
	assert_non_null(fp);
	plan_csv_begin(&w, fp, excel);
	plan_csv_text(&w, "=HYPERLINK(\"x\")");
	plan_csv_text(&w, "-y");
	plan_csv_number(&w, "-5");
	plan_csv_number(&w, "3.90");
	plan_csv_number(&w, "3,90");	/* not a number: text */
	plan_csv_number(&w, "-2+3");	/* not a number: neutralised */
	plan_csv_int(&w, -200000000);
	plan_csv_text(&w, NULL);
	plan_csv_end(&w);
	plan_csv_header(&w, "a,b");
	fclose(fp);
	return buf;
}

static void test_csv_dialects(void **state)
{
	(void)state;
	char *s = csv_row(false);
	assert_string_equal(s, "\"'=HYPERLINK(\"\"x\"\")\",\"'-y\",\"-5\","
			    "\"3.90\",\"3,90\",\"'-2+3\",\"-200000000\",\"\"\r\n"
			    "a,b\r\n");
	free(s);
	s = csv_row(true);
	assert_string_equal(s, "\xEF\xBB\xBF\"'=HYPERLINK(\"\"x\"\")\";\"'-y\";"
			    "\"-5\";\"3,90\";\"3,90\";\"'-2+3\";\"-200000000\";"
			    "\"\"\r\na;b\r\n");
	free(s);
}

TU_MAIN_GROUP("emit", setup_list, teardown_list, NULL, NULL,
	TU_TEST(test_formats),
	TU_TEST(test_sarif),
	TU_TEST(test_sarif_uri),
	TU_TEST(test_summary),
	TU_TEST(test_stable),
	TU_TEST(test_hostile),
	TU_TEST(test_put_text),
	TU_TEST(test_put_json),
	TU_TEST(test_format_parse),
	TU_TEST(test_write_error),
	TU_TEST(test_csv_dialects))
