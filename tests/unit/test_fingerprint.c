/* test_fingerprint.c - the canonical text and hash of lib/fingerprint.c:
 * the documented format, what changes it and what does not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "model/fingerprint.h"
#include "model/model.h"

#define HEAD "plan: 1\nid: t/rkpd/2026\nkind: rkpd\nlevel: provinsi\n" \
	     "region: \"35\"\nperiod: {start: 2026, end: 2026}\n"

/* The first element of the YAML document. */
static const struct plan_element *first(struct tu_fx *fx, const char *yaml)
{
	const struct plan_doc *d = tu_doc(fx->a, yaml);

	assert_true(d->nelements > 0);
	return d->elements[0];
}

static uint64_t fp(struct tu_fx *fx, const char *yaml)
{
	return plan_fingerprint(first(fx, yaml));
}

/* A program with two indicators, the reference for what follows. */
#define BASE HEAD "programs:\n" \
	"  - code: 2.16.03\n" \
	"    name: Program  Aplikasi Informatika\n" \
	"    unit: \"2.16.2.20.2.21.01.0000\"\n" \
	"    indicators:\n" \
	"      - name: Cakupan SPBE\n" \
	"        code: IKU-1\n" \
	"        unit: \"%\"\n" \
	"        targets: {2027: 90, 2026: 85.0}\n" \
	"      - {name: Opini BPK, unit: Predikat, direction: exact, " \
	"targets: {2026: \" WTP \"}}\n" \
	"    budget: {2026: 1000}\n"

static void test_text(void **state)
{
	char *t = plan_fingerprint_text(first(*state, BASE));

	assert_string_equal(t,
		"id=2.16.03\n"
		"code=2.16.03\n"
		"name=program aplikasi informatika\n"
		"unit=2.16.2.20.2.21.01.0000\n"
		"indicator.1.code=IKU-1\n"
		"indicator.1.name=cakupan spbe\n"
		"indicator.1.unit=%\n"
		"indicator.1.direction=up\n"
		"indicator.1.target.2026=85\n"
		"indicator.1.target.2027=90\n"
		"indicator.2.code=\n"
		"indicator.2.name=opini bpk\n"
		"indicator.2.unit=predikat\n"
		"indicator.2.direction=exact\n"
		"indicator.2.target.2026=wtp\n");
	free(t);
}

/* The hash is FNV-1a 64 of that text, as the header documents. */
static void test_hash(void **state)
{
	const struct plan_element *e = first(*state, BASE);
	char *t = plan_fingerprint_text(e);
	char hex[PLAN_FINGERPRINT_BUF];

	assert_true(plan_fnv1a64("", 0) == UINT64_C(0xcbf29ce484222325));
	assert_true(plan_fnv1a64("a", 1) == UINT64_C(0xaf63dc4c8601ec8c));
	assert_true(plan_fnv1a64("foobar", 6) ==
		    UINT64_C(0x85944171f73967e8));
	assert_true(plan_fingerprint(e) == plan_fnv1a64(t, strlen(t)));
	assert_string_equal(plan_fingerprint_hex(UINT64_C(0xaf63dc4c8601ec8c),
						 hex), "af63dc4c8601ec8c");
	assert_string_equal(plan_fingerprint_hex(UINT64_C(0x1f), hex),
			    "000000000000001f");
	free(t);
}

/* The example in fingerprint.h. */
static void test_header_example(void **state)
{
	char *t = plan_fingerprint_text(first(*state, HEAD "programs:\n"
		"  - {code: 2.16.03, name: Program  Aplikasi, unit: U1, "
		"indicators: [{name: Cakupan, unit: \"%\", "
		"targets: {2026: 85.0}}]}\n"));

	assert_string_equal(t, "id=2.16.03\ncode=2.16.03\n"
		"name=program aplikasi\nunit=U1\n"
		"indicator.1.code=\nindicator.1.name=cakupan\n"
		"indicator.1.unit=%\nindicator.1.direction=up\n"
		"indicator.1.target.2026=85\n");
	free(t);
}

/* Key order, quoting, flow/block style, comments, x- keys, budgets,
 * children, number spelling and name spacing do not count. */
static void test_invariant(void **state)
{
	struct tu_fx *fx = *state;
	uint64_t base = fp(fx, BASE);

	assert_true(fp(fx, HEAD "programs:\n"
		"  # a comment\n"
		"  - x-note: checked\n"
		"    budget: {2026: 2000, 2027: 5}\n"
		"    indicators:\n"
		"      - targets: {'2026': \"85.00\", \"2027\": 90.0}\n"
		"        unit: '%'\n"
		"        code: \"IKU-1\"\n"
		"        name: \"  cakupan   SPBE \"\n"
		"      - name: OPINI BPK\n"
		"        direction: exact\n"
		"        unit: predikat\n"
		"        targets:\n"
		"          2026: wtp\n"
		"    unit: 2.16.2.20.2.21.01.0000\n"
		"    name: program aplikasi informatika\n"
		"    code: '2.16.03'\n"
		"    kegiatan:\n"
		"      - {code: 2.16.03.1.02, name: K, budget: {2026: 1}}\n")
		    == base);
	/* up is the default direction */
	assert_true(fp(fx, HEAD "programs:\n"
		"  - {code: P, name: N, indicators: [{name: I, unit: u, "
		"targets: {2026: 4.0}}]}\n") ==
		    fp(fx, HEAD "programs:\n"
		"  - {code: P, name: N, indicators: [{name: I, unit: u, "
		"direction: up, targets: {2026: 4.00}, actuals: {2026: 1}}]}\n"));
}

/* The effective unit counts: the document's, when the element has none. */
static void test_effective_unit(void **state)
{
	struct tu_fx *fx = *state;
	char *t = plan_fingerprint_text(first(fx,
		"plan: 1\nid: t/renja-x/2026\nkind: renja\nlevel: provinsi\n"
		"region: \"35\"\nunit: {code: U9, name: X}\n"
		"period: {start: 2026, end: 2026}\n"
		"programs:\n  - {code: P, name: N}\n"));

	assert_string_equal(t, "id=P\ncode=P\nname=n\nunit=U9\n");
	free(t);
}

static void test_changes(void **state)
{
	struct tu_fx *fx = *state;
	uint64_t base = fp(fx, BASE);
	static const char *const changed[][2] = {
		{"targets: {2027: 90, 2026: 85.0}",
		 "targets: {2027: 90, 2026: 86}"},
		{"targets: {2027: 90, 2026: 85.0}", "targets: {2026: 85.0}"},
		{"name: Program  Aplikasi", "name: Program Aplikasi Baru"},
		{"code: IKU-1", "code: IKU-2"},
		{"unit: \"%\"", "unit: persen"},
		{"direction: exact", "direction: down"},
		{"\" WTP \"", "WDP"},
		{"unit: \"2.16.2.20.2.21.01.0000\"",
		 "unit: \"2.16.2.20.2.21.02.0000\""},
	};

	for (size_t i = 0; i < sizeof changed / sizeof *changed; i++) {
		const char *at = strstr(BASE, changed[i][0]);
		char buf[2048];

		assert_non_null(at);
		snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - BASE), BASE,
			 changed[i][1], at + strlen(changed[i][0]));
		if (fp(fx, buf) == base)
			fail_msg("'%s' -> '%s' kept the fingerprint",
				 changed[i][0], changed[i][1]);
	}
	/* an explicit id differs from the defaulted one */
	assert_true(fp(fx, HEAD "programs:\n  - {code: P, name: N}\n") !=
		    fp(fx, HEAD "programs:\n  - {id: Q, code: P, name: N}\n"));
	/* indicator order counts */
	assert_true(fp(fx, HEAD "programs:\n  - {code: P, name: N, indicators: "
		       "[{name: A, unit: u, targets: {}}, {name: B, unit: u, "
		       "targets: {}}]}\n") !=
		    fp(fx, HEAD "programs:\n  - {code: P, name: N, indicators: "
		       "[{name: B, unit: u, targets: {}}, {name: A, unit: u, "
		       "targets: {}}]}\n"));
}

static void test_parse(void **state)
{
	uint64_t v = 7;

	(void)state;
	assert_true(plan_fingerprint_parse("af63dc4c8601ec8c", 16, &v));
	assert_true(v == UINT64_C(0xaf63dc4c8601ec8c));
	assert_true(plan_fingerprint_parse("AF63DC4C8601EC8C", 16, &v));
	assert_true(v == UINT64_C(0xaf63dc4c8601ec8c));
	assert_true(plan_fingerprint_parse("0000000000000000", 16, &v));
	assert_true(v == 0);
	v = 7;
	assert_false(plan_fingerprint_parse("af63dc4c8601ec8", 15, &v));
	assert_false(plan_fingerprint_parse("af63dc4c8601ec8c0", 17, &v));
	assert_false(plan_fingerprint_parse("af63dc4c8601ec8g", 16, &v));
	assert_false(plan_fingerprint_parse(" f63dc4c8601ec8c", 16, &v));
	assert_false(plan_fingerprint_parse(NULL, 0, &v));
	assert_true(v == 7);
}

/* Every element type has a fingerprint, even one with nothing in it. */
static void test_bare(void **state)
{
	char *t = plan_fingerprint_text(first(*state, HEAD "misi:\n  - {}\n"));

	assert_string_equal(t, "id=\ncode=\nname=\nunit=\n");
	free(t);
}

TU_MAIN("fingerprint", tu_setup, tu_teardown,
	TU_TEST(test_text),
	TU_TEST(test_hash),
	TU_TEST(test_header_example),
	TU_TEST(test_invariant),
	TU_TEST(test_effective_unit),
	TU_TEST(test_changes),
	TU_TEST(test_parse),
	TU_TEST(test_bare))
