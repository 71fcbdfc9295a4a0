/* test_schema.c - the schema rule (lib/schema*.c over the schemas/ files). */
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "schema/schema_priv.h"

static struct plan_schema *S;	/* compiled once for the group */

static int group_setup(void **state)
{
	char err[256];

	(void)state;
	S = plan_schema_builtin(err, sizeof err);
	if (S == NULL)
		fprintf(stderr, "schema: %s\n", err);
	return S ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	plan_schema_free(S);
	return 0;
}

/* Check yaml; the schema findings, sorted. */
static const struct plan_findings *run(struct tu_fx *fx, const char *yaml)
{
	plan_schema_check(S, tu_tree(fx->a, yaml), "t.yaml", fx->f);
	plan_findings_sort(fx->f);
	return fx->f;
}

static void none(const struct plan_findings *l)
{
	tu_count(l, 0);
}

#define HEAD(kind, level, region) \
	"plan: 1\nid: t/" kind "/2026\nkind: " kind "\nlevel: " level "\n" \
	"region: " region "\nperiod: {start: 2026, end: 2026}\n"
#define RENJA HEAD("renja", "kota", "\"35.78\"") \
	"unit: {code: \"2.16.2.20.2.21.01.0000\", name: Dinas}\n"

/* A renja with one program (line 9) and one indicator (line 12). */
static const char *renja(char *buf, size_t n, const char *ind,
			 const char *prog)
{
	snprintf(buf, n, RENJA "programs:\n"
		 "  - code: 2.16.03\n"		/* line 9 */
		 "    name: Program Aplikasi Informatika\n"
		 "    indicators:\n"
		 "      - name: Persentase\n"	/* line 12 */
		 "        unit: \"%%\"\n"
		 "        %s\n"
		 "    %s\n", ind, prog);
	return buf;
}

#define SCHEMA(...) {.rule = RULE_SCHEMA, PLAN_SEV_ERROR, __VA_ARGS__}

/* A document (yaml, or the renja() of ind and prog) and the schema's
 * findings on it, sorted. */
struct schema_case {
	const char *name;
	const char *yaml, *ind, *prog;
	struct tu_want want[3];		/* up to a line 0 */
	const char *hint;	/* the first one's whole hint ("": none), or
				 * NULL: only want's part of it */
};

static const struct schema_case schema_cases[] = {
	{"clean", NULL, "targets: {2026: 85}", "budget: {2026: 12_500_000}",
	 {{0}}, NULL},
	{"unknown key", NULL,
	 "targets: {2026: 85}\n        tagets: {2026: 90}", "budget: {2026: 1}",
	 {SCHEMA(15, 9, .msg = "unknown key 'tagets'",
		 .crumb = "Program 2.16.03 \xE2\x80\xBA indikator 1",
		 .element = "t/renja/2026#2.16.03")},
	 "did you mean 'targets'?"},
	{"unknown key, nothing near it", NULL,
	 "targets: {2026: 85}", "keterangan: baru",
	 {SCHEMA(15, 5, .msg = "unknown key 'keterangan'")}, ""},
	/* targets missing: at the indicator's first key */
	{"missing key", NULL, "tagets: {2026: 85}", "budget: {2026: 1}",
	 {SCHEMA(12, 9, .msg = "missing required key 'targets'"),
	  SCHEMA(14, 9)}, NULL},
	/* a flow mapping starts at its '{' */
	{"missing in flow",
	 RENJA "programs:\n  - {code: 2.16.03, name: P, indicators: "
	 "[{name: I, targets: {2026: 1}}]}\n", NULL, NULL,
	 {SCHEMA(9, 43, .msg = "missing required key 'unit'")}, NULL},
	{"null is absent",
	 RENJA "status:\nadopted: ~\nprograms:\n"
	 "  - code: 2.16.03\n    name: ~\n    kegiatan:\n", NULL, NULL,
	 {SCHEMA(11, 5, .part = "missing required key 'name'",
		 .hint = "no value")}, NULL},
	{"wrong type",
	 RENJA "programs:\n  - code: 2.16.03\n    name: P\n"
	 "    kegiatan:\n      code: 2.16.03.2.01\n", NULL, NULL,
	 {SCHEMA(12, 7, .msg = "expected a list, found a mapping")}, NULL},
	{"wrong type, a scalar",
	 "plan: 1\nid: t/rkpd/2026\nkind: rkpd\nlevel: kota\n"
	 "region: \"35.78\"\nperiod: 2026\n", NULL, NULL,
	 {SCHEMA(6, 9, .msg = "expected a mapping, found '2026'")}, NULL},
	{"enum", HEAD("rkpd2", "kota", "\"35.78\""), NULL, NULL,
	 {SCHEMA(3, 7, .msg = "'kind' must be one of: rpjpn, rpjmn, rkp, "
		 "renstra-kl, renja-kl, rpjpd, rpjmd, rkpd, renstra, renja, "
		 "rpjmdes, rkpdes, musrenbang")}, NULL},
	/* enum and const compare scalars: a list or a mapping where they
	 * stand is the wrong type, in the types of their values */
	{"enum, a list where a word belongs",
	 HEAD("rkpd", "[kota]", "\"35.78\"") "status: [final]\n", NULL, NULL,
	 {SCHEMA(4, 8, .msg = "expected a string, found a list"),
	  SCHEMA(7, 9, .msg = "expected a string, found a list")}, NULL},
	{"pattern",
	 "plan: 1\nid: Sumbar RPJMD\nkind: rkpd\nlevel: kota\n"
	 "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n", NULL, NULL,
	 {SCHEMA(2, 5, .msg = "malformed 'id': 'Sumbar RPJMD'",
		 .hint = "lower-case")}, NULL},
	{"extensions", NULL,
	 "targets: {2026: 85, x-note: revised}\n        x-src: BPS",
	 "x-catatan: {a: [1, 2]}\n    budget: {2026: 5, x-sumber: APBD}"
	 "\nx-top: 1\nx-period: {start: 2026, end: 2026, x-p: 1}",
	 {{0}}, NULL},
	/* unquoted 35.78 and 2.10 stay text; quoting never changes a type,
	 * so "1", "2" and "2024" are numbers where one may stand */
	{"number typing",
	 "plan: \"1\"\nid: 35.78/musrenbang/2026\nkind: musrenbang\n"
	 "level: kota\nregion: 35.78\nperiod: {start: \"2026\", end: 2026}\n"
	 "proposals:\n  - id: U-1\n    code: 2.10\n    name: Jalan\n"
	 "    rank: \"2\"\n    location: 35.78\n"
	 "    indicators:\n      - {name: I, unit: km, "
	 "baseline: {year: \"2024\", value: \"3,94\"}, targets: {2026: 2.10}}\n",
	 NULL, NULL, {{0}}, NULL},
	/* one finding per bad value */
	{"year and rank bounds",
	 HEAD("musrenbang", "kota", "\"35.78\"")
	 "proposals:\n  - id: U-1\n    name: Jalan\n    rank: 0\n"
	 "  - id: U-2\n    name: Jalan\n    rank: 1.5\n"
	 "    indicators: [{name: I, unit: km, targets: {26: 1}}]\n",
	 NULL, NULL,
	 {SCHEMA(10, 11, .part = "'rank'"), SCHEMA(13, 11, .part = "'rank'"),
	  SCHEMA(14, 48, .msg = "unknown key '26'",
		 .hint = "four-digit years")}, NULL},
	{"money left to budget-format", NULL, "targets: {2026: 85}",
	 "budget: {2026: 1.200.000.000, 2027: -5, 2028: [1]}", {{0}}, NULL},
	/* malformed codes and regions are the business of their rules */
	{"codes left to code-format",
	 "plan: 1\nid: t/renja/2026\nkind: renja\nlevel: kota\n"
	 "region: \"35.15.07.13\"\nperiod: {start: 2026, end: 2026}\n"
	 "unit: {code: \"2.16\"}\n"
	 "programs:\n  - code: X.XX.03\n    name: P\n    unit: 7\n"
	 "    kegiatan:\n      - code: \"2.16.03.3.02\"\n"
	 "        name: K\n", NULL, NULL, {{0}}, NULL},
	{"a code's type is the schema's",
	 RENJA "programs:\n  - code: [2, 16]\n    name: P\n", NULL, NULL,
	 {SCHEMA(9, 11, .msg = "expected a string, found a list")}, NULL},
	{"programs in an rkpdes",
	 HEAD("rkpdes", "desa", "\"35.15.07.2013\"")
	 "programs:\n  - code: 2.16.03\n    name: P\n", NULL, NULL,
	 {SCHEMA(7, 1, .msg = "key 'programs' is not allowed here",
		 .hint = "bidang")}, NULL},
	{"bidang in an rkpd",
	 HEAD("rkpd", "kota", "\"35.78\"")
	 "bidang:\n  - code: \"1\"\n    name: B\n"
	 "proposals:\n  - id: U-1\n    name: P\n", NULL, NULL,
	 {SCHEMA(7, 1, .part = "'bidang'"),
	  SCHEMA(10, 1, .part = "'proposals'")}, NULL},
	{"supports, a bare document id", NULL, "targets: {2026: 85}",
	 "supports:\n      - 35.78/rkpd/2026#2.16.03\n"
	 "      - 35.78/rkpd/2026\n"
	 "      - {ref: 35/rkpd/2026#2.16.03, reviewed: 0123456789abcdef}",
	 {SCHEMA(17, 9, .msg = "malformed 'supports' entry: "
		 "'35.78/rkpd/2026'", .hint = "'parents'")}, NULL},
	/* the mapping branch's error, not "expected a string" */
	{"supports, the mapping branch", NULL, "targets: {2026: 85}",
	 "supports:\n      - {ref: 35/rkpd/2026#P, reviewd: x}",
	 {SCHEMA(16, 31, .msg = "unknown key 'reviewd'")},
	 "did you mean 'reviewed'?"},
	{"supports, a wrong type", NULL, "targets: {2026: 85}",
	 "supports:\n      - [a#b]",
	 {SCHEMA(16, 9, .msg = "expected a string or a mapping, found a "
		 "list")}, NULL},
	{"region and unit required",
	 "plan: 1\nid: t/renja/2026\nkind: renja\nlevel: kota\n"
	 "period: {start: 2026, end: 2026}\n", NULL, NULL,
	 {SCHEMA(1, 1, .part = "'region'"), SCHEMA(1, 1, .part = "'unit'")},
	 NULL},
	{"a national plan's region is optional",
	 "plan: 1\nid: indonesia/rpjmn/2025-2029\n"
	 "kind: rpjmn\nlevel: nasional\n"
	 "period: {start: 2025, end: 2029}\n"
	 "programs:\n  - code: PN-1\n    name: Prioritas\n"
	 "    kegiatan:\n      - code: PN-1.PP-2\n        name: PP\n",
	 NULL, NULL, {{0}}, NULL},
	{"not a mapping", "- plan: 1\n", NULL, NULL,
	 {SCHEMA(1, 1, .msg = "expected a mapping, found a list")}, NULL},
};

static void test_documents(void **state)
{
	struct tu_fx *fx = *state;

	for (size_t i = 0; i < sizeof schema_cases / sizeof *schema_cases;
	     i++) {
		const struct schema_case *c = &schema_cases[i];
		char y[2048];
		size_t n = 0;

		while (n < 3 && c->want[n].line)
			n++;
		plan_findings_clear(fx->f);
		tu_want_case(c->name, run(fx, c->yaml ? c->yaml
					 : renja(y, sizeof y, c->ind, c->prog)),
			     c->want, n);
		const char *h = n ? plan_findings_get(fx->f, 0)->hint : NULL;
		if (c->hint &&
		    (*c->hint ? !h || strcmp(h, c->hint) : h != NULL))
			fail_msg("%s: hint '%s', expected '%s'", c->name,
				 h ? h : "(none)", c->hint);
	}
}

static void test_hostile_shapes(void **state)
{
	struct tu_fx *fx = *state;
	size_t cap = 1 << 20, n = 0;
	char *y = malloc(cap);
	const struct plan_findings *l;

	assert_non_null(y);
	n += (size_t)snprintf(y, cap, RENJA "visi: ");
	for (int i = 0; i < 60; i++)
		y[n++] = '[';
	for (int i = 0; i < 60; i++)
		y[n++] = ']';
	y[n++] = '\n';
	for (int i = 0; i < 20000; i++)
		n += (size_t)snprintf(y + n, cap - n, "k%d: 1\n", i);
	y[n] = '\0';
	l = run(fx, y);
	free(y);
	assert_int_equal(plan_findings_count(l), 20001);
}

struct job {
	const struct ynode *root;
	size_t count;
};

static void *check_job(void *arg)
{
	struct job *j = arg;

	for (int i = 0; i < 200; i++) {
		struct plan_findings *f = plan_findings_new(NULL);

		plan_schema_check(S, j->root, "t.yaml", f);
		j->count += plan_findings_count(f);
		plan_findings_free(f);
	}
	return NULL;
}

static void test_threads(void **state)
{
	struct tu_fx *fx = *state;
	char y[2048];
	const struct ynode *root = tu_tree(fx->a, renja(y, sizeof y,
		"tagets: {2026: 85}", "supports: [35/rkpd/2026]"));
	struct job jobs[4];
	pthread_t t[4];

	for (int i = 0; i < 4; i++) {
		jobs[i] = (struct job){root, 0};
		assert_int_equal(pthread_create(&t[i], NULL, check_job,
						&jobs[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		assert_int_equal(jobs[i].count, 200 * 3);
	}
}

static void test_patterns(void **state)
{
	struct plan_arena *a = ((struct tu_fx *)*state)->a;
	char err[120];
	const struct sre *re = plan_sre_compile(a, "^[0-9]+(_[0-9]+)*$", err,
					   sizeof err);

	assert_non_null(re);
	assert_true(plan_sre_match(re, "12_400_000", 10));
	assert_false(plan_sre_match(re, "12__4", 5));
	assert_false(plan_sre_match(re, "1.200", 5));
	assert_false(plan_sre_match(re, "", 0));
	re = plan_sre_compile(a, "b(c|d){2,3}", err, sizeof err);
	assert_non_null(re);
	assert_true(plan_sre_match(re, "abcdx", 5));	/* unanchored */
	assert_false(plan_sre_match(re, "abcx", 4));
	assert_null(plan_sre_compile(a, "^.+$", err, sizeof err));
	assert_null(plan_sre_compile(a, "\\d", err, sizeof err));
	assert_null(plan_sre_compile(a, "[\\.]", err, sizeof err));
	assert_null(plan_sre_compile(a, "(?:a)", err, sizeof err));
	assert_null(plan_sre_compile(a, "a*?", err, sizeof err));
	assert_null(plan_sre_compile(a, "(a", err, sizeof err));
}

/* The DFA must answer as the NFA it is built from, on every pattern of
 * the built-in schemas and on the corners of the subset: random texts
 * from the bytes patterns care about, and mutations of matching ones. */
static size_t schema_patterns(const char **pat, size_t max, char *store,
			      size_t cap)
{
	static const char *const names[] = {"defs", "plan"};
	size_t n = 0, used = 0;

	for (size_t k = 0; k < 2; k++) {
		const char *t = plan_schema_text(names[k]);

		for (const char *p = t; (p = strstr(p, "pattern: \"")); ) {
			p += strlen("pattern: \"");
			assert_true(n < max);
			pat[n++] = store + used;
			for (; *p != '"'; p++) {
				if (*p == '\\')
					p++;	/* YAML's escape of a backslash */
				assert_true(used + 2 < cap);
				store[used++] = *p;
			}
			store[used++] = '\0';
		}
	}
	return n;
}

static void test_dfa_agrees_with_nfa(void **state)
{
	struct plan_arena *a = ((struct tu_fx *)*state)->a;
	static const char *const corners[] = {
		"$^", "^$", "a$|b", "(a*)*b", "x?$", "^(ab|a)(bc|c)$",
		"a{2,5}$", "b(c|d){2,3}", "^x-", "(^a|b)c", "a|^b|c$",
		"^[0-9]{2}(\\.[0-9]{2})?$", "(a|ab)(c|bcd)(d*)", "^(a?){3}a{3}$",
	};
	static const char *const seeds[] = {
		"1.01.01.2.01.0001", "1.01.01.2.01.01", "35.07.01.2001",
		"35.07", "2026-01-31", "2026-13-01", "13.02.04.2001/rkpdes/2026#2.6.05",
		"a/b/c#x.1", "12_400_000", "0123456789abcdef", "x-note", "aaabc",
		"abcd", "bcdcd", "2026", "1.2.03",
	};
	const char *pats[64];
	char store[4096], err[120], text[32];
	size_t npat = schema_patterns(pats, 50, store, sizeof store);
	static const char alphabet[] = "0123456789._-#/abcdxAFz\n ";
	unsigned long seed = 42, matched = 0, refused = 0;

	assert_true(npat >= 15);
	for (size_t i = 0; i < sizeof corners / sizeof *corners; i++)
		pats[npat++] = corners[i];
	for (size_t i = 0; i < npat; i++) {
		const struct sre *re = plan_sre_compile(a, pats[i], err, sizeof err);

		assert_non_null(re);
		assert_true(plan_sre_has_dfa(re));
		for (int k = 0; k < 4000; k++) {
			seed = seed * 6364136223846793005ul + 1442695040888963407ul;
			size_t len;
			if (k & 1) {	/* a seed, mutated at one place, cut */
				const char *sd = seeds[(seed >> 33) % (sizeof seeds / sizeof *seeds)];
				len = strlen(sd);
				memcpy(text, sd, len);
				if ((seed >> 20) & 1)
					text[(seed >> 40) % len] =
						alphabet[(seed >> 50) % (sizeof alphabet - 1)];
				if ((seed >> 21) & 1)
					len = (seed >> 44) % (len + 1);
			} else {
				len = (seed >> 33) % 21;
				for (size_t j = 0; j < len; j++)
					text[j] = alphabet[((seed >> (j % 7 * 5 + 20)) + j) %
							  (sizeof alphabet - 1)];
			}
			bool want = plan_sre_match_nfa(re, text, len);
			if (plan_sre_match(re, text, len) != want)
				fail_msg("'%s' on '%.*s': the DFA says %d",
					 pats[i], (int)len, text, !want);
			want ? matched++ : refused++;
		}
	}
	assert_true(matched > 1000);
	assert_true(refused > 1000);
}

static void test_texts_and_dirs(void **state)
{
	char err[256];
	struct plan_schema *s;

	(void)state;
	assert_non_null(plan_schema_text("plan"));
	assert_ptr_equal(plan_schema_text("rkpd"), plan_schema_text("plan"));
	assert_non_null(plan_schema_text("defs"));
	assert_null(plan_schema_text("nope"));
	tu_contains(plan_schema_text("plan"), "x-rule");
	s = plan_schema_load_dir("schemas", err, sizeof err);
	assert_non_null(s);
	plan_schema_free(s);
	assert_null(plan_schema_load_dir("no/such/dir", err, sizeof err));
	tu_contains(err, "no/such/dir");
}

static void check_file(struct tu_fx *fx, const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf = malloc(1 << 20);
	size_t n;

	assert_non_null(fp);
	assert_non_null(buf);
	n = fread(buf, 1, (1 << 20) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	if (strstr(buf, "\nplan:") || strncmp(buf, "plan:", 5) == 0) {
		plan_schema_check(S, tu_tree(fx->a, buf), path, fx->f);
		none(fx->f);
	}
	free(buf);
}

static void test_conformance_clean(void **state)
{
	static const char *const cases[] = {
		"clean-renja-diskominfo-surabaya", "clean-rkpdes-sugihwaras",
		"clean-rpjmd-jatim",
	};
	char path[512];
	int seen = 0;

	for (size_t i = 0; i < 3; i++) {
		DIR *d;
		struct dirent *e;

		snprintf(path, sizeof path, "../shared/conformance/%s",
			 cases[i]);
		if ((d = opendir(path)) == NULL)
			continue;
		while ((e = readdir(d)) != NULL) {
			if (!strstr(e->d_name, ".yaml"))
				continue;
			snprintf(path, sizeof path,
				 "../shared/conformance/%s/%s", cases[i],
				 e->d_name);
			check_file(*state, path);
			seen++;
		}
		closedir(d);
	}
	if (seen == 0) {
		print_message("../shared/conformance is absent\n");
		skip();
	}
}

TU_MAIN_GROUP("schema", group_setup, group_teardown, tu_setup, tu_teardown,
	TU_TEST(test_documents),
	TU_TEST(test_hostile_shapes),
	TU_TEST(test_threads),
	TU_TEST(test_patterns),
	TU_TEST(test_dfa_agrees_with_nfa),
	TU_TEST(test_texts_and_dirs),
	TU_TEST(test_conformance_clean))
