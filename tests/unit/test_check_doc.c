/* test_check_doc.c - region-format, region-unknown, kind-level, period and
 * the document-local parts of schedule. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "check/check_priv.h"
#include "tables/tables.h"

static struct plan_tables *tables;	/* of the test running, or NULL */

static int teardown(void **state)
{
	plan_tables_free(tables);
	tables = NULL;
	return tu_teardown(state);
}

/*
 * A document: kind 3:7, level 4:8, region 5:9, region_name 6:14, period
 * 7:9, adopted 8:10, inaugurated 9:14.  "~" leaves a field absent.
 */
struct docspec {
	const char *kind, *level, *region, *region_name;
	int start, end;
	const char *adopted, *inaugurated;
};

static const char *doc(struct docspec s)
{
	static char buf[4096];

	snprintf(buf, sizeof buf, "plan: 1\nid: t/doc\nkind: %s\nlevel: %s\n"
		 "region: %s\nregion_name: %s\n"
		 "period: {start: %d, end: %d}\nadopted: %s\n"
		 "inaugurated: %s\n",
		 s.kind, s.level, s.region, s.region_name ? s.region_name : "~",
		 s.start, s.end, s.adopted ? s.adopted : "~",
		 s.inaugurated ? s.inaugurated : "~");
	return buf;
}

static const struct plan_findings *rkp(struct tu_fx *fx, const char *yaml)
{
	return tu_check(fx, yaml, tables, plan_check_region_kind_period);
}

static const struct plan_findings *sched(struct tu_fx *fx, struct docspec s)
{
	return tu_check(fx, doc(s), tables, plan_check_schedule_local);
}

/* A document and what region, kind and period say of it: nothing (line
 * 0), or one finding. */
struct rkp_case {
	struct docspec s;
	struct tu_want want;
};

/* What region, kind and period say of s: nothing (want NULL or at line
 * 0), or want; a failure names the document. */
static void rkp_doc(struct tu_fx *fx, const struct docspec *s,
		    const struct tu_want *want)
{
	char name[160];

	snprintf(name, sizeof name, "%s %s %s '%s' %d-%d", s->kind, s->level,
		 s->region, s->region_name ? s->region_name : "~", s->start,
		 s->end);
	tu_want_case(name, rkp(fx, doc(*s)), want, want && want->line);
}

static void rkp_cases(struct tu_fx *fx, const struct rkp_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		rkp_doc(fx, &c[i].s, &c[i].want);
}

#define RKP_CASES(fx, ...) \
	rkp_cases(fx, (const struct rkp_case[]){__VA_ARGS__}, \
		  sizeof((const struct rkp_case[]){__VA_ARGS__}) / \
		  sizeof(struct rkp_case))

/* The document at kind, level, region and period, with no name or dates. */
#define D(kind, level, region, start, end) \
	{kind, level, region, NULL, start, end, NULL, NULL}
#define FORMAT(...) {.rule = RULE_REGION_FORMAT, PLAN_SEV_ERROR, __VA_ARGS__}
#define UNKNOWN(...) \
	{.rule = RULE_REGION_UNKNOWN, PLAN_SEV_WARNING, __VA_ARGS__}
#define KIND_LEVEL {.rule = RULE_KIND_LEVEL, PLAN_SEV_ERROR, 3, 7}
#define PERIOD(sev) {.rule = RULE_PERIOD, PLAN_SEV_##sev, 7, 9}
#define SCHEDULE(...) \
	{.rule = RULE_SCHEDULE, PLAN_SEV_ERROR, 8, 10, __VA_ARGS__}

/* ---- region-format, kind-level, period ---- */

/* Documents region-format, kind-level and period say nothing of. */
static const struct docspec clean_docs[] = {
	/* regions; unquoted: the text 35.78, not a float */
	D("rkpd", "provinsi", "\"35\"", 2026, 2026),
	D("rkpd", "kabupaten", "\"35.15\"", 2026, 2026),
	D("rkpd", "kota", "35.78", 2026, 2026),
	D("renja", "kecamatan", "\"35.15.07\"", 2026, 2026),
	D("rkpdes", "desa", "\"35.15.07.2013\"", 2026, 2026),
	D("rkpdes", "nagari", "\"13.02.04.2001\"", 2026, 2026),
	D("musrenbang", "kelurahan", "\"35.78.01.1001\"", 2026, 2026),
	/* kecamatan of a kota */
	D("renja", "kecamatan", "\"35.78.01\"", 2026, 2026),
	/* region absent at nasional is the rule; absent elsewhere, or not a
	 * scalar: schema's */
	D("rkp", "nasional", "~", 2026, 2026),
	D("rkpd", "kota", "~", 2026, 2026),
	D("rkpd", "kota", "[35, 78]", 2026, 2026),
	/* level unknown: the form only */
	D("rkpd", "planet", "\"35.15\"", 2026, 2026),
	/* kinds at their levels; an unknown kind or level is schema's */
	D("renja", "kecamatan", "\"35.15.07\"", 2026, 2026),
	D("musrenbang", "provinsi", "\"35\"", 2026, 2026),
	D("renja-kl", "nasional", "~", 2026, 2026),
	D("rencana", "kota", "35.78", 2026, 2026),
	/* periods of the right length */
	D("rpjmd", "kota", "35.78", 2025, 2029),
	D("rpjmdes", "desa", "\"35.15.07.2013\"", 2023, 2028),
	D("rpjmdes", "desa", "\"35.15.07.2013\"", 2022, 2029),
	D("rpjpd", "provinsi", "\"35\"", 2025, 2045),
	D("rpjpn", "nasional", "~", 2025, 2045),
	D("rpjmn", "nasional", "~", 2025, 2029),
	/* renstra and renstra-kl: the length is parent-period's business */
	D("renstra", "kota", "35.78", 2025, 2027),
	D("renstra-kl", "nasional", "~", 2025, 2031),
	D("renja", "kota", "35.78", 2026, 2026),
};

/* Documents and the finding region-format, kind-level or period makes. */
static const struct rkp_case doc_cases[] = {
	/* region-format: the desa part, the depth of the code, kabupaten
	 * and kota, a national plan (no region, see check_doc.c), an
	 * unknown level */
	{D("rkpdes", "desa", "\"35.15.07.13\"", 2026, 2026),
	 FORMAT(5, 9, .part = "'35.15.07.13'",
		.hint = "write the desa part with four digits, as in "
		"35.15.07.2013")},
	{D("rkpdes", "desa", "\"35.15.07\"", 2026, 2026),
	 FORMAT(5, 9, .hint = "as in 35.15.07.2013")},
	{D("rkpd", "kabupaten", "35.78", 2026, 2026),
	 FORMAT(5, 9, .part = "kota code")},
	{D("rkpd", "provinsi", "\"35.15\"", 2026, 2026), FORMAT(5, 9)},
	{D("rkpd", "provinsi", "\"3\"", 2026, 2026), FORMAT(5, 9)},
	{D("renja", "kecamatan", "\"35.15.7\"", 2026, 2026), FORMAT(5, 9)},
	{D("rkpd", "kota", "\"35.78.\"", 2026, 2026), FORMAT(5, 9)},
	{D("rkpd", "kota", "\"35.15\"", 2026, 2026), FORMAT(5, 9)},
	/* 70 and 00 are neither kabupaten nor kota */
	{D("rkpd", "kota", "\"35.70\"", 2026, 2026), FORMAT(5, 9)},
	{D("renja", "kecamatan", "\"35.00.01\"", 2026, 2026), FORMAT(5, 9)},
	{D("rkp", "nasional", "\"00\"", 2026, 2026), FORMAT(5, 9)},
	{D("rkpd", "planet", "abc", 2026, 2026), FORMAT(5, 9)},
	/* kind-level */
	{D("rkpd", "kecamatan", "\"35.15.07\"", 2026, 2026),
	 {.rule = RULE_KIND_LEVEL, PLAN_SEV_ERROR, 3, 7,
	  .hint = "kind rkpd is written at level provinsi, kabupaten "
	  "or kota"}},
	{D("rkpdes", "kelurahan", "\"35.78.01.1001\"", 2026, 2026), KIND_LEVEL},
	{D("rkp", "provinsi", "\"35\"", 2026, 2026), KIND_LEVEL},
	{D("musrenbang", "desa", "\"35.15.07.2013\"", 2026, 2026), KIND_LEVEL},
	/* period: years reversed (whatever the kind) or more than the
	 * kind's, then lengths that are only unusual */
	{D("rkpd", "kota", "35.78", 2026, 2027),
	 {.rule = RULE_PERIOD, PLAN_SEV_ERROR, 7, 9,
	  .hint = "write {start: 2026, end: 2026}"}},
	{D("rpjmd", "kota", "35.78", 2029, 2025), PERIOD(ERROR)},
	{D("musrenbang", "kecamatan", "\"35.15.07\"", 2026, 2027),
	 PERIOD(ERROR)},
	{D("rencana", "kota", "35.78", 2026, 2025), PERIOD(ERROR)},
	{D("rpjmd", "kota", "35.78", 2025, 2030), PERIOD(WARNING)},
	{D("rpjmdes", "desa", "\"35.15.07.2013\"", 2023, 2027),
	 PERIOD(WARNING)},
	{D("rpjpn", "nasional", "~", 2025, 2044), PERIOD(WARNING)},
	{D("rpjmn", "nasional", "~", 2025, 2030), PERIOD(WARNING)},
	{D("rpjpd", "provinsi", "\"35\"", 2025, 2050), PERIOD(WARNING)},
};

static void test_documents(void **state)
{
	for (size_t i = 0; i < sizeof clean_docs / sizeof *clean_docs; i++)
		rkp_doc(*state, &clean_docs[i], NULL);
	rkp_cases(*state, doc_cases, sizeof doc_cases / sizeof *doc_cases);
}

/* ---- proposal locations ---- */

static const char *musrenbang(const char *loc1, const char *loc2)
{
	static char buf[1024];

	snprintf(buf, sizeof buf, "plan: 1\nid: 13.02.04/musrenbang/2026\n"
		 "kind: musrenbang\nlevel: kecamatan\nregion: \"13.02.04\"\n"
		 "period: {start: 2026, end: 2026}\nproposals:\n"
		 "  - id: U-01\n    name: A\n    location: %s\n"	/* 10:15 */
		 "  - id: U-02\n    name: B\n    location: %s\n",	/* 13:15 */
		 loc1, loc2);
	return buf;
}

static void test_location(void **state)
{
	const struct plan_findings *l;

	tu_count(rkp(*state, musrenbang("\"13.02.04.2001\"", "\"13.02.04\"")),
		 0);
	l = rkp(*state, musrenbang("\"13.02.05.2001\"", "Jorong Air Dingin"));
	TU_WANT(l, FORMAT(10, 15), FORMAT(13, 15));
	assert_string_equal(plan_findings_get(l, 0)->element,
			    "13.02.04/musrenbang/2026#U-01");
	/* above the document's region, and a prefix not at a '.' */
	TU_WANT(rkp(*state, musrenbang("\"13.02\"", "\"13.02.04.20011\"")),
		FORMAT(10, 15), FORMAT(13, 15));
	/* a village kegiatan's location is text (a dusun, an RT) */
	tu_count(rkp(*state, "plan: 1\nid: t\nkind: rkpdes\nlevel: desa\n"
		"region: \"35.15.07.2013\"\nperiod: {start: 2026, end: 2026}\n"
		"bidang:\n  - code: \"2\"\n    name: B\n    sub_bidang:\n"
		"      - code: \"2.3\"\n        name: S\n        kegiatan:\n"
		"          - code: \"2.3.10\"\n            name: K\n"
		"            location: RT 03 Dusun Krajan\n"), 0);
}

/* ---- region-unknown ---- */

static void test_region_unknown(void **state)
{
	tables = tu_tables("code,name,parent,level\n"
		"13,Sumatera Barat,,provinsi\n"
		"13.02,Kabupaten Solok,13,kabkota\n"
		"13.02.04,Lembah Gumanti,13.02,kecamatan\n"
		"13.02.04.2001,Alahan Panjang,13.02.04,desakel\n"
		"35,Jawa Timur,,provinsi\n"
		"35.78,Kota Surabaya,35,kabkota\n", NULL);
	RKP_CASES(*state,
		{.s = {"rkpd", "kota", "35.78", "KOTA  surabaya", 2026, 2026,
		       NULL, NULL}},
		/* without region_name only the code is looked up */
		{.s = D("rkpd", "kota", "35.78", 2026, 2026)},
		{{"rkpd", "kota", "35.79", "Kota Surabaya", 2026, 2026, NULL,
		  NULL}, UNKNOWN(5, 9)},
		{{"rkpd", "kota", "35.78", "Surabaya", 2026, 2026, NULL, NULL},
		 UNKNOWN(6, 14, .part = "'Kota Surabaya'",
			 .hint = "write region_name: Kota Surabaya")},
		/* a malformed region is region-format only */
		{{"rkpd", "kota", "35.7", "Surabaya", 2026, 2026, NULL, NULL},
		 FORMAT(5, 9)});
	/* proposal locations are looked up too */
	TU_WANT(rkp(*state, musrenbang("\"13.02.04.2001\"",
				       "\"13.02.04.2099\"")), UNKNOWN(13, 15));
}

/* SPEC 4 region-unknown: region_name is another region's of the same
 * parent, so the code is what is wrong: said at the code, naming the
 * right one; the proposals are where the name says. */
static void test_region_sibling(void **state)
{
	static const char mus[] =
		"plan: 1\n"
		"id: 35.07.07/musrenbang/2026\n"
		"kind: musrenbang\n"
		"level: kecamatan\n"
		"region: \"%s\"\n"
		"region_name: Poncokusumo\n"
		"period: {start: 2026, end: 2026}\n"
		"proposals:\n"
		"  - id: U-01\n"
		"    name: A\n"
		"    location: \"%s\"\n";			/* 11:15 */
	char text[1024];

	tables = tu_tables("code,name,parent,level\n"
		"35,Jawa Timur,,provinsi\n"
		"35.07,Kabupaten Malang,35,kabkota\n"
		"35.07.07,Poncokusumo,35.07,kecamatan\n"
		"35.07.07.2001,Dawuhan,35.07.07,desakel\n"
		"35.07.17,Jabung,35.07,kecamatan\n"
		"35.07.17.2001,Sukolilo,35.07.17,desakel\n"
		"35.78,Kota Surabaya,35,kabkota\n", NULL);
	snprintf(text, sizeof text, mus, "35.07.17", "35.07.07.2001");
	TU_WANT(rkp(*state, text),
		UNKNOWN(5, 9, .msg = "region '35.07.17' is Jabung, not "
			"Poncokusumo", .hint = "Poncokusumo is 35.07.07: "
			"write region: \"35.07.07\""));
	/* a location in the region the code names is now the outsider */
	snprintf(text, sizeof text, mus, "35.07.17", "35.07.17.2001");
	TU_WANT(rkp(*state, text), UNKNOWN(5, 9), FORMAT(11, 15));
	/* a code not in the table, the name a region's of its parent */
	snprintf(text, sizeof text, mus, "35.07.99", "35.07.07.2001");
	TU_WANT(rkp(*state, text),
		UNKNOWN(5, 9, .hint = "Poncokusumo is 35.07.07: write "
			"region: \"35.07.07\""));
	/* right code and name: nothing */
	snprintf(text, sizeof text, mus, "35.07.07", "35.07.07.2001");
	tu_count(rkp(*state, text), 0);
	/* a name that is no region's of the parent: at the name, as before */
	RKP_CASES(*state,
		{.s = {"rkpd", "kabupaten", "\"35.07\"", "Kabupaten Malang",
		       2026, 2026, NULL, NULL}},
		{{"rkpd", "kabupaten", "\"35.07\"", "Kota Surabaya", 2026,
		  2026, NULL, NULL},
		 UNKNOWN(5, 9, .hint = "Kota Surabaya is 35.78: write "
			 "region: \"35.78\"")},
		{{"rkpd", "kabupaten", "\"35.07\"", "Kab. Malang", 2026, 2026,
		  NULL, NULL}, UNKNOWN(6, 14)});
	/* plan-validate --fix: the official name where only it differs;
	 * none where the code is what is wrong */
	snprintf(text, sizeof text, mus, "35.07.17", "35.07.07.2001");
	assert_null(plan_findings_get(rkp(*state, text), 0)->fix);
	const struct plan_findings *l = rkp(*state, doc((struct docspec){
		"rkpd", "kabupaten", "\"35.07\"", "Kab. Malang", 2026, 2026,
		NULL, NULL}));
	TU_WANT(l, UNKNOWN(6, 14));
	assert_non_null(plan_findings_get(l, 0)->fix);
	assert_string_equal(plan_findings_get(l, 0)->fix->text,
			    "Kabupaten Malang");
}





static void test_period_absent(void **state)
{
	/* no period, or years that are not years: schema's */
	static const char *const docs[] = {
		"plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n",
		"plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n"
		"period: {start: 2026, end: next}\n",
		"plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n"
		"period: 2026\n",
	};

	for (size_t i = 0; i < sizeof docs / sizeof *docs; i++)
		tu_count(rkp(*state, docs[i]), 0);
}

/* ---- schedule ---- */

/* The dates of s in turn, with what schedule says of each: nothing
 * (line 0) or the finding. */
struct sched_step {
	const char *adopted, *inaugurated, *kind;	/* kind NULL: s's */
	struct tu_want want;
};

static void sched_steps(struct tu_fx *fx, struct docspec s,
			const struct sched_step *st, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		s.adopted = st[i].adopted;
		s.inaugurated = st[i].inaugurated;
		s.kind = st[i].kind ? st[i].kind : s.kind;
		const struct plan_findings *l = sched(fx, s);
		if (st[i].want.line)
			tu_want(l, &st[i].want, 1);
		else
			tu_count(l, 0);
	}
}

#define SCHED_STEPS(fx, s, ...) \
	sched_steps(fx, s, (const struct sched_step[]){__VA_ARGS__}, \
		    sizeof((const struct sched_step[]){__VA_ARGS__}) / \
		    sizeof(struct sched_step))

static void test_schedule_rkpdes(void **state)
{
	SCHED_STEPS(*state, (struct docspec)D("rkpdes", "desa",
					      "\"35.15.07.2013\"", 2026, 2026),
		{"2025-09-30", NULL, NULL, {0}},
		{"2025-10-01", NULL, NULL,
		 SCHEDULE(.part = "30 September 2025")},
		{"2026-01-15", NULL, NULL, SCHEDULE()},
		/* no adopted date: nothing to check */
		{NULL, NULL, NULL, {0}});
}

static void test_schedule_rpjmd(void **state)
{
	SCHED_STEPS(*state, (struct docspec)D("rpjmd", "kota", "35.78", 2025,
					      2029),
		{"2025-08-20", "2025-02-20", NULL, {0}},
		{"2025-08-21", "2025-02-20", NULL,
		 SCHEDULE(.hint = "2025-08-20")},
		/* clamped to the month's end: 31 August + 6 months = 28
		 * February */
		{"2025-02-28", "2024-08-31", NULL, {0}},
		{"2025-03-01", "2024-08-31", NULL, SCHEDULE()},
		/* only when both dates are given */
		{"2025-03-01", NULL, NULL, {0}},
		/* other kinds have no inauguration deadline */
		{"2025-03-01", "2020-01-01", "renstra", {0}});
}

/* SPEC 4 schedule: an RKPD by 30 June of the year before its plan year;
 * a Musrenbang held in the year before. */
static void test_schedule_rkpd_musrenbang(void **state)
{
	SCHED_STEPS(*state, (struct docspec)D("rkpd", "kabupaten",
					      "\"35.07\"", 2026, 2026),
		{"2025-06-30", NULL, NULL, {0}},
		{"2026-03-01", NULL, NULL,
		 SCHEDULE(.msg = "rkpd 2026 adopted on '2026-03-01', after "
			  "30 June 2025")},
		{"2025-07-01", NULL, NULL, SCHEDULE()});
	SCHED_STEPS(*state, (struct docspec)D("musrenbang", "kecamatan",
					      "\"35.07.07\"", 2026, 2026),
		{"2025-01-02", NULL, NULL, {0}},
		{"2025-12-31", NULL, NULL, {0}},
		{"2026-11-10", NULL, NULL,
		 SCHEDULE(.msg = "musrenbang for 2026 held on '2026-11-10', "
			  "not in 2025")},
		{"2024-12-31", NULL, NULL, SCHEDULE()});
}

/* `revised` is a date (schema when it does not exist) and nothing else:
 * an RKPD Perubahan keeps its first adoption in `adopted`. */
static void test_revised(void **state)
{
	tu_count(tu_check(*state,
		"plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n"
		"period: {start: 2026, end: 2026}\n"
		"adopted: 2025-06-20\nrevised: 2026-09-15\n", NULL,
		plan_check_schedule_local), 0);
	TU_WANT(tu_check(*state,
		"plan: 1\nid: t\nkind: rkpd\nlevel: kota\nregion: \"35.78\"\n"
		"period: {start: 2026, end: 2026}\n"
		"adopted: 2025-06-20\nrevised: 2026-09-31\n", NULL,
		plan_check_schedule_local),
		{.rule = RULE_SCHEMA, PLAN_SEV_ERROR, 8, 10});
}

static void test_schedule_rpjmdes(void **state)
{
	SCHED_STEPS(*state, (struct docspec)D("rpjmdes", "desa",
					      "\"35.15.07.2013\"", 2023, 2028),
		{"2022-11-30", "2022-08-31", NULL, {0}},
		{"2022-12-01", "2022-08-31", NULL, SCHEDULE(.part = "three")});
}

static void test_invalid_dates(void **state)
{
	struct docspec s = D("rpjmd", "kota", "35.78", 2025, 2029);

	/* dates of the right form that do not exist: schema, from here */
	s.adopted = "2026-02-30";
	s.inaugurated = "2025-02-29";
	TU_WANT(sched(*state, s),
		{.rule = RULE_SCHEMA, PLAN_SEV_ERROR, 8, 10,
		 .msg = "'2026-02-30' is not a date"},
		{.rule = RULE_SCHEMA, PLAN_SEV_ERROR, 9, 14});
	SCHED_STEPS(*state, s,
		/* any kind */
		{"2026-02-30", NULL, "renja",
		 {.rule = RULE_SCHEMA, PLAN_SEV_ERROR, 8, 10}},
		/* another form is the schema pattern's business, not ours */
		{"29/08/2025", NULL, "renja", {0}},
		/* a leap day exists */
		{"2024-02-29", NULL, "renja", {0}});
}

TU_MAIN("check_doc", tu_setup, teardown,
	TU_TEST(test_documents),
	TU_TEST(test_location),
	TU_TEST(test_region_unknown),
	TU_TEST(test_region_sibling),
	TU_TEST(test_period_absent),
	TU_TEST(test_schedule_rkpdes),
	TU_TEST(test_schedule_rpjmd),
	TU_TEST(test_schedule_rkpd_musrenbang),
	TU_TEST(test_revised),
	TU_TEST(test_schedule_rpjmdes),
	TU_TEST(test_invalid_dates))
