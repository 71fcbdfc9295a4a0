/* test_repo_supports.c - supports-level, supports-cycle and orphan
 * (lib/repo_supports.c), through a repository of small files in a
 * temporary directory: one scenario a test, each a table row. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo/repo.h"

/*
 * A document of a scenario: either yaml, or a document of programs of
 * kind, level and region (NULL: nasional) whose id is REGION/KIND/2026
 * (id/KIND/... for nasional, .../2025-2029 for an RPJM).  The header
 * takes lines 1-6 whatever the level, `programs:` line 7, and program i
 * (0-based) lines 8 + 3i (its mapping at column 5) to 10 + 3i, where its
 * supports list starts at column 16.  progs alternate code and supports
 * ("A, B" or NULL), ending with a NULL code.
 */
struct pdoc {
	const char *file, *kind, *level, *region;
	const char *progs[13];
	const char *yaml;
};

#define PROGRAMS(file, kind, level, region, ...) \
	{file, kind, level, region, {__VA_ARGS__}, NULL}
#define TEXT(file, text) {file, NULL, NULL, NULL, {NULL}, text}

static void write_doc(struct tu_repo *r, const struct pdoc *d)
{
	bool rpjm = d->yaml == NULL && strstr(d->kind, "rpjm");

	if (d->yaml) {
		tu_write(r->dir, d->file, d->yaml);
		return;
	}
	FILE *fp = tu_create(r->dir, d->file);
	fprintf(fp, "plan: 1\nid: %s/%s/%s\nkind: %s\nlevel: %s\n",
		d->region ? d->region : "id", d->kind,
		rpjm ? "2025-2029" : "2026", d->kind, d->level);
	if (d->region)
		fprintf(fp, "region: \"%s\"\n", d->region);
	else
		fprintf(fp, "# nasional: no region\n");
	fprintf(fp, "period: {start: %d, end: %d}\nprograms:\n",
		rpjm ? 2025 : 2026, rpjm ? 2029 : 2026);
	for (size_t i = 0; d->progs[i]; i += 2) {
		fprintf(fp, "  - code: %s\n    name: Program %s\n", d->progs[i],
			d->progs[i]);
		if (d->progs[i + 1])
			fprintf(fp, "    supports: [%s]\n", d->progs[i + 1]);
		else
			fprintf(fp, "    # no supports\n");
	}
	assert_int_equal(fclose(fp), 0);
}

/* A finding of rule RULE_r with severity PLAN_SEV_sev in file fn at
 * line:col. */
#define AT(r, sev, fn, ...) \
	{.rule = RULE_##r, PLAN_SEV_##sev, __VA_ARGS__, .file = fn}

/* Every cross-document check of r.  These documents are about links:
 * their programs have no indicators, and indicator-missing would say so
 * every time. */
static const struct plan_findings *check(struct tu_repo *r)
{
	static struct plan_rule_config rc;
	plan_rule_config_init(&rc);
	rc.severity[RULE_INDICATOR_MISSING] = PLAN_SEV_OFF;
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT,
				   .config = &rc};
	return tu_repo_check(r, &o);
}

/* The documents of a repository and what the checks find in it, in
 * order: all of it, or only the findings of rule *only. */
struct scenario {
	const char *name;
	struct pdoc docs[5];		/* up to a NULL file */
	const enum plan_rule *only;
	struct tu_want want[8];		/* up to a line 0 */
};

static const enum plan_rule level = RULE_SUPPORTS_LEVEL;

/* Documents of other kinds. */
static const char nagari_rkpdes[] =
	"plan: 1\nid: 13.02.04.2001/rkpdes/2026\nkind: rkpdes\n"
	"level: nagari\nregion: \"13.02.04.2001\"\n"
	"period: {start: 2026, end: 2026}\n"
	"bidang:\n  - code: \"2\"\n    name: Pembangunan\n"
	"    sub_bidang:\n      - code: \"2.6\"\n        name: Kominfo\n"
	"        kegiatan:\n          - code: \"2.6.05\"\n"
	"            name: Menara BTS\n"
	"            budget: {2026: 0}\n"
	"            supports: [13.02.04/musrenbang/2026#U-07]\n";
static const char kecamatan_musrenbang[] =
	"plan: 1\nid: 13.02.04/musrenbang/2026\nkind: musrenbang\n"
	"level: kecamatan\nregion: \"13.02.04\"\n"
	"period: {start: 2026, end: 2026}\n"
	"proposals:\n  - id: U-07\n    name: Blankspot\n"
	"    supports: [13.02/rkpd/2026#2.16.03]\n";
static const char kota_renja[] =
	"plan: 1\nid: 35.78/renja-x/2026\nkind: renja\n"
	"level: kota\nregion: \"35.78\"\n"
	"unit: {code: \"2.16.2.20.2.21.01.0000\", name: Diskominfo}\n"
	"period: {start: 2026, end: 2026}\n"
	"programs:\n  - code: 2.16.02\n    name: P\n";
static const char desa_rkpdes[] =
	"plan: 1\nid: 35.15.07.2001/rkpdes/2026\nkind: rkpdes\n"
	"level: desa\nregion: \"35.15.07.2001\"\n"
	"period: {start: 2026, end: 2026}\n"
	"bidang:\n"
	"  - code: \"2\"\n"
	"    name: Pembangunan\n"
	"    sub_bidang:\n"
	"      - code: \"2.6\"\n"
	"        name: Kominfo\n"
	"        kegiatan:\n"
	"          - {code: \"2.6.01\", name: A, budget: {2026: 0}}\n"
	"          - {code: \"2.6.02\", name: B}\n"
	"          - {code: \"2.6.03\", name: C, budget: {2026: 5000000}}\n"
	"          - {code: \"2.6.04\", name: D, budget: {2026: 0},"
	" supports: [35.15/rkpd/2026#2.16.03]}\n";
static const char kecamatan_proposals[] =
	"plan: 1\nid: 35.15.07/musrenbang/2026\nkind: musrenbang\n"
	"level: kecamatan\nregion: \"35.15.07\"\n"
	"period: {start: 2026, end: 2026}\n"
	"proposals:\n"
	"  - id: U-01\n    name: Jalan\n"
	"    supports: [35.15/rkpd/2026#2.16.03]\n"
	"  - id: U-02\n    name: Jembatan\n";
static const char kabupaten_musrenbang[] =
	"plan: 1\nid: 35.15/musrenbang/2026\nkind: musrenbang\n"
	"level: kabupaten\nregion: \"35.15\"\n"
	"period: {start: 2026, end: 2026}\n"
	"proposals:\n  - id: U-01\n    name: Jalan\n";

static const struct scenario scenarios[] = {
	/* ---- supports-level ---- */
	{"level: the conformance case, Surabaya supports Sidoarjo",
	 {PROGRAMS("a.yaml", "rkpd", "kota", "35.78",
		   "2.16.03", "35.15/rkpd/2026#2.16.03"),
	  PROGRAMS("b.yaml", "rkpd", "kabupaten", "35.15", "2.16.03", NULL)},
	 .want = {AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16,
		     .msg = "'35.15/rkpd/2026#2.16.03' is in a kabupaten plan, "
			    "which is not above this kota plan",
		     .element = "35.78/rkpd/2026#2.16.03",
		     .crumb = "Program 2.16.03")}},
	{"level: higher, but of another province",
	 {PROGRAMS("a.yaml", "rkpd", "kota", "35.78",
		   "2.16.03", "36/rkpd/2026#2.16.03"),
	  PROGRAMS("b.yaml", "rkpd", "provinsi", "36", "2.16.03", NULL)},
	 .want = {AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16,
		     .part = "region '36'", .hint = "'35.78'")}},
	/* "3" is not above "35.78": a malformed code, but the comparison
	 * must not be fooled by it */
	{"level: a prefix must end at a dot",
	 {PROGRAMS("a.yaml", "rkpd", "kota", "35.78",
		   "2.16.03", "3/rkpd/2026#P"),
	  PROGRAMS("b.yaml", "rkpd", "provinsi", "3", "P", NULL)},
	 &level,
	 {AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16,
	     .part = "region '3'")}},
	{"level: down the levels, up the right way, to nasional from anywhere",
	 {PROGRAMS("a.yaml", "rkp", "nasional", NULL, "PN-1", NULL),
	  PROGRAMS("b.yaml", "rkpd", "provinsi", "35",
		   "2.16.03", "id/rkp/2026#PN-1",
		   "2.16.02", "35.78/rkpd/2026#2.16.03"),
	  PROGRAMS("c.yaml", "rkpd", "kota", "35.78",
		   "2.16.03", "35/rkpd/2026#2.16.03",
		   "2.20.02", "id/rkp/2026#PN-1")},
	 .want = {AT(SUPPORTS_LEVEL, ERROR, "b.yaml", 13, 16,
		     .part = "kota plan")}},
	/* a kecamatan's own region is its code, under its kabupaten/kota;
	 * a nagari's is under its kecamatan; id/rkp/2026 is not loaded */
	{"level: nagari to kecamatan to kabupaten to provinsi",
	 {TEXT("a.yaml", nagari_rkpdes), TEXT("b.yaml", kecamatan_musrenbang),
	  PROGRAMS("c.yaml", "rkpd", "kabupaten", "13.02",
		   "2.16.03", "13/rkpd/2026#2.16.03"),
	  PROGRAMS("d.yaml", "rkpd", "provinsi", "13",
		   "2.16.03", "id/rkp/2026#PN-1")},
	 .want = {AT(REF_EXTERNAL, INFO, "d.yaml", 10, 16)}},
	/* unresolved and external links are the ref-* rules' business */
	{"level: links not resolved",
	 {PROGRAMS("a.yaml", "rkpd", "kota", "35.78",
		   "2.16.03", "35.15/rkpd/2026#9.99.99",
		   "2.16.02", "35.71/rkpd/2026#2.16.02"),
	  PROGRAMS("b.yaml", "rkpd", "kabupaten", "35.15", "2.16.03", NULL)},
	 .want = {AT(REF_UNRESOLVED, ERROR, "a.yaml", 10, 16),
		  AT(REF_EXTERNAL, INFO, "a.yaml", 13, 16)}},

	/* ---- supports-cycle ---- */
	{"cycle: two documents",
	 {PROGRAMS("a.yaml", "rkpd", "kota", "35.78",
		   "2.16.03", "35/rkpd/2026#2.16.03"),
	  PROGRAMS("b.yaml", "rkpd", "provinsi", "35",
		   "2.16.03", "35.78/rkpd/2026#2.16.03")},
	 .want = {AT(SUPPORTS_CYCLE, ERROR, "a.yaml", 10, 16,
		     .part = "2 elements"),
		  AT(SUPPORTS_LEVEL, ERROR, "b.yaml", 10, 16)}},
	{"cycle: an element supports itself",
	 {PROGRAMS("a.yaml", "rkpd", "kota", "35.78",
		   "2.16.03", "35.78/rkpd/2026#2.16.03")},
	 .want = {AT(SUPPORTS_CYCLE, ERROR, "a.yaml", 10, 16),
		  AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16)}},
	/* The DFS enters the circle at c.yaml (from a.yaml), but the
	 * finding is at the element that comes first, in b.yaml, at its
	 * link that stays in the circle; 2.16.01 of the province is an
	 * orphan, with a national plan loaded. */
	{"cycle: the finding at the first element",
	 {PROGRAMS("a.yaml", "rkpd", "kota", "35.78",
		   "2.16.03", "35.71/rkpd/2026#2.16.03"),
	  PROGRAMS("b.yaml", "rkpd", "provinsi", "35", "2.16.01", NULL,
		   "2.16.03", "id/rkp/2026#PN-1, 35.71/rkpd/2026#2.16.03"),
	  PROGRAMS("c.yaml", "rkpd", "kota", "35.71",
		   "2.16.03", "35/rkpd/2026#2.16.03"),
	  PROGRAMS("d.yaml", "rkp", "nasional", NULL, "PN-1", NULL)},
	 .want = {AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16),
		  AT(ORPHAN, WARNING, "b.yaml", 8, 5),
		  AT(SUPPORTS_CYCLE, ERROR, "b.yaml", 13, 34),
		  AT(SUPPORTS_LEVEL, ERROR, "b.yaml", 13, 34)}},
	{"cycle: two circles in one document",
	 {PROGRAMS("a.yaml", "rkpd", "kota", "35.78",
		   "2.16.01", "35.78/rkpd/2026#2.16.02",
		   "2.16.02", "35.78/rkpd/2026#2.16.01",
		   "2.16.03", "35.78/rkpd/2026#2.16.04",
		   "2.16.04", "35.78/rkpd/2026#2.16.05",
		   "2.16.05", "35.78/rkpd/2026#2.16.03",
		   "2.16.06", "35.78/rkpd/2026#2.16.01")},
	 .want = {AT(SUPPORTS_CYCLE, ERROR, "a.yaml", 10, 16),
		  AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 10, 16),
		  AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 13, 16),
		  AT(SUPPORTS_CYCLE, ERROR, "a.yaml", 16, 16),
		  AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 16, 16),
		  AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 19, 16),
		  AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 22, 16),
		  AT(SUPPORTS_LEVEL, ERROR, "a.yaml", 25, 16)}},

	/* ---- orphan ---- */
	/* unit plans align through parents, and are never orphans */
	{"orphan: programs",
	 {PROGRAMS("a.yaml", "rkpd", "provinsi", "35", "2.16.03", NULL),
	  PROGRAMS("b.yaml", "rkpd", "kota", "35.78", "2.16.02", NULL,
		   "2.16.03", "35/rkpd/2026#2.16.03"),
	  PROGRAMS("c.yaml", "rpjmd", "kota", "35.78", "2.16.02", NULL),
	  TEXT("d.yaml", kota_renja)},
	 .want = {AT(ORPHAN, WARNING, "b.yaml", 8, 5,
		     .part = "program '2.16.02'", .hint = "'35/rkpd/2026'",
		     .element = "35.78/rkpd/2026#2.16.02"),
		  AT(ORPHAN, WARNING, "c.yaml", 8, 5)}},
	/* a neighbour is not above: nothing to support */
	{"orphan: none without a higher plan",
	 {PROGRAMS("a.yaml", "rkpd", "kabupaten", "35.15", "2.16.03", NULL),
	  PROGRAMS("b.yaml", "rkpd", "kota", "35.78", "2.16.02", NULL),
	  PROGRAMS("c.yaml", "rkpd", "provinsi", "36", "2.16.02", NULL)},
	 .want = {{0}}},
	/* any national plan is above everyone; a link that cannot be
	 * checked is still a link */
	{"orphan: under a national plan",
	 {PROGRAMS("a.yaml", "rpjmn", "nasional", NULL, "PN-1", NULL),
	  PROGRAMS("b.yaml", "rkpd", "provinsi", "35", "2.16.02", NULL,
		   "2.16.03", "id/rkp/2026#PN-1")},
	 .want = {AT(ORPHAN, WARNING, "b.yaml", 8, 5,
		     .hint = "'id/rpjmn/2025-2029'"),
		  AT(REF_EXTERNAL, INFO, "b.yaml", 13, 16)}},
	{"orphan: a village's kegiatan",
	 {PROGRAMS("a.yaml", "rkpd", "kabupaten", "35.15", "2.16.03", NULL),
	  TEXT("b.yaml", desa_rkpdes)},
	 .want = {AT(ORPHAN, WARNING, "b.yaml", 14, 13,
		     .part = "kegiatan '2.6.01'"),
		  AT(ORPHAN, WARNING, "b.yaml", 15, 13)}},
	/* the kabupaten's own musrenbang has nothing above it loaded */
	{"orphan: a proposal",
	 {PROGRAMS("a.yaml", "rkpd", "kabupaten", "35.15", "2.16.03", NULL),
	  TEXT("b.yaml", kecamatan_proposals),
	  TEXT("c.yaml", kabupaten_musrenbang)},
	 .want = {AT(ORPHAN, WARNING, "b.yaml", 11, 5,
		     .part = "usulan 'U-02'")}},
};

/* A test's state: its repository, and the scenario it runs (if any). */
struct fx {
	struct tu_repo r;	/* first: tu_repo_teardown() frees it all */
	const struct scenario *s;
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof *fx);

	if (!fx || !tu_repo_open(&fx->r, "plan-unit")) {
		free(fx);
		return -1;
	}
	fx->s = *state;
	*state = fx;
	return 0;
}

static void test_scenario(void **state)
{
	struct fx *fx = *state;
	const struct scenario *s = fx->s;

	for (const struct pdoc *d = s->docs; d->file; d++)
		write_doc(&fx->r, d);
	const struct plan_findings *f = check(&fx->r);
	if (s->only)
		f = tu_repo_pick(&fx->r, s->only, 1);
	tu_want_case(s->name, f, s->want,
		     tu_want_count(s->want, sizeof s->want / sizeof *s->want));
}

/* A circle of 200000 elements: no recursion. */
static void test_cycle_long(void **state)
{
	enum { N = 200000 };
	struct tu_repo *r = *state;
	FILE *fp = tu_create(r->dir, "a.yaml");

	fputs("plan: 1\nid: t/rkp/2026\nkind: rkp\nlevel: nasional\n"
	      "period: {start: 2026, end: 2026}\nprograms:\n", fp);
	for (int i = 0; i < N; i++)
		fprintf(fp, "  - {code: P%d, name: P, supports: [t/rkp/2026#P%d]}\n",
			i, (i + 1) % N);
	assert_int_equal(fclose(fp), 0);
	const struct plan_findings *f = check(r);
	tu_count(f, N + 1);
	tu_expect(f, 0, RULE_SUPPORTS_CYCLE, 7, 36, PLAN_SEV_ERROR);
	tu_contains(plan_findings_get(f, 0)->message, "200000 elements");
}

/* Each scenario a test of its name. */
int main(void)
{
	enum { N = sizeof scenarios / sizeof *scenarios };
	struct CMUnitTest tests[N + 1] = {TU_TEST(test_cycle_long)};

	for (size_t i = 0; i < N; i++)
		tests[i + 1] = (struct CMUnitTest){
			scenarios[i].name, test_scenario, NULL, NULL,
			(void *)&scenarios[i]};
	return tu_run("repo_supports", tests, N + 1, setup,
		      tu_repo_teardown, NULL, NULL);
}
