/* test_repo_align.c - align-missing, align-target, align-budget
 * (lib/repo_align.c) and suspect-link (lib/repo_suspect.c), on small
 * repositories written to a temporary directory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

#include "model/fingerprint.h"
#include "repo/repo.h"

#define MAXFILES 8

struct fx {
	char dir[64];
	char *files[MAXFILES];
	size_t nfiles;
	struct plan_repo *repo;
	struct plan_findings *f;
	struct plan_findings *mine;	/* the findings of the rules tested */
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof *fx);

	if (!fx)
		return -1;
	snprintf(fx->dir, sizeof fx->dir, "/tmp/test_repo_align.XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	fx->f = plan_findings_new(NULL);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	for (size_t i = 0; i < fx->nfiles; i++) {
		unlink(fx->files[i]);
		free(fx->files[i]);
	}
	rmdir(fx->dir);
	plan_repo_free(fx->repo);
	plan_findings_free(fx->f);
	plan_findings_free(fx->mine);
	free(fx);
	return 0;
}

static void put(struct fx *fx, const char *name, const char *yaml)
{
	char path[128];
	FILE *fp;

	assert_true(fx->nfiles < MAXFILES);
	snprintf(path, sizeof path, "%s/%s", fx->dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	assert_int_equal(fputs(yaml, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
	fx->files[fx->nfiles++] = strdup(path);
}

static bool tested(enum plan_rule r)
{
	return r == RULE_ALIGN_MISSING || r == RULE_ALIGN_TARGET ||
	       r == RULE_ALIGN_BUDGET || r == RULE_SUSPECT_LINK;
}

/* Load the directory, check it, and keep the findings of the rules under
 * test, sorted. */
static const struct plan_findings *run(struct fx *fx)
{
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT};
	char *paths[] = {fx->dir};

	fx->repo = plan_repo_new(&o);
	plan_repo_load(fx->repo, paths, 1, fx->f);
	plan_repo_check(fx->repo, fx->f);
	assert_int_equal(plan_repo_trouble_count(fx->repo), 0);
	plan_findings_sort(fx->f);
	fx->mine = plan_findings_new(NULL);
	for (size_t i = 0; i < plan_findings_count(fx->f); i++) {
		const struct plan_finding *f = plan_findings_get(fx->f, i);
		if (tested(f->rule))
			plan_finding_add(fx->mine, f->rule, f->severity,
					 (struct plan_pos){f->file, f->line,
							   f->column},
					 f->element, f->breadcrumb, f->hint,
					 "%s", f->message);
	}
	return fx->mine;
}

static void contains(const char *s, const char *part)
{
	assert_non_null(s);
	if (!strstr(s, part))
		fail_msg("'%s' does not contain '%s'", s, part);
}

static const struct plan_finding *at(struct fx *fx, size_t i,
				     enum plan_rule rule,
				     enum plan_severity sev, const char *file,
				     unsigned line, unsigned col)
{
	const struct plan_finding *f = plan_findings_get(fx->mine, i);
	char path[128];

	assert_non_null(f);
	assert_string_equal(plan_rule_info(f->rule)->name,
			    plan_rule_info(rule)->name);
	snprintf(path, sizeof path, "%s/%s", fx->dir, file);
	assert_string_equal(f->file, path);
	assert_int_equal(f->line, line);
	assert_int_equal(f->column, col);
	assert_string_equal(plan_severity_name(f->severity),
			    plan_severity_name(sev));
	return f;
}

static void count(struct fx *fx, size_t n)
{
	size_t got = plan_findings_count(fx->mine);

	for (size_t i = 0; got != n && i < got; i++) {
		const struct plan_finding *f = plan_findings_get(fx->mine, i);
		print_message("%s:%u:%u: %s [%s]\n", f->file, f->line,
			      f->column, f->message,
			      plan_rule_info(f->rule)->name);
	}
	assert_int_equal(got, n);
}

/* --- documents -------------------------------------------------------- */

/* Kota Surabaya's RKPD: one Diskominfo program down to sub-kegiatan
 * (lines 8-20) and a Bappeda program (21-23). */
#define UNIT "\"2.16.2.20.2.21.01.0000\""
#define RKPD \
	"plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n" \
	"region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n" \
	"programs:\n"						/* 7 */ \
	"  - code: 2.16.03\n"					/* 8 */ \
	"    name: Program Aplikasi Informatika\n" \
	"    unit: " UNIT "\n"					/* 10 */ \
	"    indicators:\n" \
	"      - {name: Cakupan SPBE, unit: \"%\", targets: {2026: 85}}\n" \
	"    budget: {2026: 300}\n" \
	"    kegiatan:\n" \
	"      - code: 2.16.03.2.02\n"				/* 15 */ \
	"        name: Pengelolaan e-government\n" \
	"        budget: {2026: 300}\n" \
	"        sub_kegiatan:\n" \
	"          - {code: 2.16.03.2.02.0003, name: Pusat Data, budget: {2026: 100}}\n" \
	"          - {code: 2.16.03.2.02.0009, name: Kota Cerdas, budget: {2026: 200}}\n" \
	"  - code: 5.01.02\n"					/* 21 */ \
	"    name: Program Perencanaan\n" \
	"    unit: \"5.01.5.05.0.00.01.0000\"\n"

/* The head of Diskominfo's Renja (lines 1-9); programs follow from 10. */
#define RENJA_HEAD \
	"plan: 1\nid: 35.78/renja-diskominfo/2026\nkind: renja\n" \
	"level: kota\nregion: \"35.78\"\n" \
	"unit: {code: " UNIT ", name: Diskominfo}\n" \
	"period: {start: 2026, end: 2026}\n" \
	"parents: [35.78/rkpd/2026]\n" \
	"programs:\n"

/* The Renja's program as the RKPD has it, lines 10-19. */
#define RENJA_PROGRAM \
	"  - code: 2.16.03\n"					/* 10 */ \
	"    name: Program Aplikasi Informatika\n" \
	"    indicators:\n" \
	"      - {name: Cakupan SPBE, unit: \"%\", targets: {2026: 85}}\n" \
	"    kegiatan:\n" \
	"      - code: 2.16.03.2.02\n"				/* 15 */ \
	"        name: Pengelolaan e-government\n" \
	"        sub_kegiatan:\n" \
	"          - {code: 2.16.03.2.02.0003, name: Pusat Data, budget: {2026: 100}}\n" \
	"          - {code: 2.16.03.2.02.0009, name: Kota Cerdas, budget: {2026: 200}}\n"

/* --- align-missing ---------------------------------------------------- */

static void test_clean(void **state)
{
	struct fx *fx = *state;

	put(fx, "rkpd.yaml", RKPD);
	put(fx, "renja.yaml", RENJA_HEAD RENJA_PROGRAM);
	run(fx);
	count(fx, 0);
}

/* A program the RKPD lacks; its kegiatan are not reported again. */
static void test_missing_program(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rkpd.yaml", RKPD);
	put(fx, "renja.yaml", RENJA_HEAD
		"  - code: 2.16.02\n"				/* 10 */
		"    name: Program Informasi\n"
		"    kegiatan:\n"
		"      - {code: 2.16.02.2.01, name: K}\n");
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_ALIGN_MISSING, PLAN_SEV_ERROR, "renja.yaml", 10, 5);
	assert_string_equal(f->message, "program '2.16.02' is not in parent "
			    "plan '35.78/rkpd/2026'");
	assert_string_equal(f->element, "35.78/renja-diskominfo/2026#2.16.02");
	assert_string_equal(f->breadcrumb, "Program 2.16.02");
	contains(f->hint, "'35.78/rkpd/2026'");
}

/* A kegiatan is looked for under the matched program only; a flow
 * mapping starts at its '{'. */
static void test_missing_kegiatan_scope(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rkpd.yaml", RKPD
		"    kegiatan:\n"
		"      - {code: 5.01.02.2.01, name: Penyusunan}\n");
	put(fx, "renja.yaml", RENJA_HEAD RENJA_PROGRAM
		"      - {code: 5.01.02.2.01, name: Penyusunan}\n"); /* 20 */
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_ALIGN_MISSING, PLAN_SEV_ERROR, "renja.yaml", 20, 9);
	assert_string_equal(f->message, "kegiatan '5.01.02.2.01' is not under "
			    "program '2.16.03' in parent plan "
			    "'35.78/rkpd/2026'");
}

/* Sub-kegiatan .03 (2020 tables) is .0003; .04 is not .0003. */
static void test_sub_kegiatan_codes(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rkpd.yaml", RKPD);
	put(fx, "renja.yaml", RENJA_HEAD
		"  - code: 2.16.03\n"				/* 10 */
		"    name: P\n"
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n"
		"        name: K\n"
		"        sub_kegiatan:\n"
		"          - {code: 2.16.03.2.02.03, name: Pusat Data}\n"
		"          - {code: 2.16.03.2.02.04, name: Lain}\n"); /* 17 */
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_ALIGN_MISSING, PLAN_SEV_ERROR, "renja.yaml", 17, 13);
	contains(f->message, "sub-kegiatan '2.16.03.2.02.04' is not under "
		 "kegiatan '2.16.03.2.02'");
}

/* A parent listing programs only is compared at program level. */
static void test_parent_levels(void **state)
{
	struct fx *fx = *state;

	put(fx, "rkpd.yaml",
	    "plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n"
	    "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
	    "programs:\n  - {code: 2.16.03, name: P}\n");
	put(fx, "renja.yaml", RENJA_HEAD RENJA_PROGRAM
		"  - {code: 2.16.04, name: Q}\n");		/* 20 */
	run(fx);
	count(fx, 1);
	at(fx, 0, RULE_ALIGN_MISSING, PLAN_SEV_ERROR, "renja.yaml", 20, 5);
}

/* Units: another unit's program is not this one (the hint says whose it
 * is); a unit written without its .0000 is the same unit; a parent
 * element without a unit matches by code. */
static void test_units(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rkpd.yaml", RKPD
		"  - {code: 2.16.04, name: R}\n");		/* 24 */
	put(fx, "renja.yaml",
	    "plan: 1\nid: 35.78/renja-diskominfo/2026\nkind: renja\n"
	    "level: kota\nregion: \"35.78\"\n"
	    "unit: {code: \"2.16.2.20.2.21.01\", name: Diskominfo}\n"
	    "period: {start: 2026, end: 2026}\n"
	    "parents: [35.78/rkpd/2026]\n"
	    "programs:\n"
	    "  - {code: 2.16.03, name: P}\n"			/* 10 */
	    "  - {code: 5.01.02, name: Q}\n"			/* 11 */
	    "  - {code: 2.16.04, name: R}\n");
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_ALIGN_MISSING, PLAN_SEV_ERROR, "renja.yaml", 11, 5);
	assert_string_equal(f->message, "program '5.01.02' is not in parent "
			    "plan '35.78/rkpd/2026' for unit "
			    "'2.16.2.20.2.21.01'");
	contains(f->hint, "for unit '5.01.5.05.0.00.01.0000' only");
}

/* Only loaded parents of the same region and of a kind that pairs. */
static void test_which_parents(void **state)
{
	struct fx *fx = *state;

	put(fx, "rkpd.yaml", RKPD);
	/* a Renja of another kota naming this RKPD: parent-region's */
	put(fx, "renja-a.yaml",
	    "plan: 1\nid: 35.79/renja-x/2026\nkind: renja\nlevel: kota\n"
	    "region: \"35.79\"\nunit: {code: " UNIT ", name: X}\n"
	    "period: {start: 2026, end: 2026}\n"
	    "parents: [35.78/rkpd/2026, 35.78/rpjmd/2025-2029]\n"
	    "programs:\n  - {code: 9.99.99, name: P}\n");
	/* an RKPD naming an RKPD: not an alignment pair */
	put(fx, "rkpd-b.yaml",
	    "plan: 1\nid: 35.78/rkpd-b/2026\nkind: rkpd\nlevel: kota\n"
	    "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
	    "parents: [35.78/rkpd/2026]\n"
	    "programs:\n  - {code: 9.99.99, name: P}\n");
	run(fx);
	count(fx, 0);
}

/* A kecamatan's Renja counts as of its kabupaten/kota. */
static void test_kecamatan(void **state)
{
	struct fx *fx = *state;

	put(fx, "rkpd.yaml", RKPD);
	put(fx, "renja.yaml",
	    "plan: 1\nid: 35.78.01/renja-kec/2026\nkind: renja\n"
	    "level: kecamatan\nregion: \"35.78.01\"\n"
	    "unit: {code: " UNIT ", name: X}\n"
	    "period: {start: 2026, end: 2026}\n"
	    "parents: [35.78/rkpd/2026]\n"
	    "programs:\n  - {code: 7.01.02, name: P}\n");	/* 10 */
	run(fx);
	count(fx, 1);
	at(fx, 0, RULE_ALIGN_MISSING, PLAN_SEV_ERROR, "renja.yaml", 10, 5);
}

/* RKPDes against RPJMDes: village kegiatan only, bidang 5 exempt. */
static void test_village(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rpjmdes.yaml",
	    "plan: 1\nid: 35.15.07.2013/rpjmdes/2023-2028\nkind: rpjmdes\n"
	    "level: desa\nregion: \"35.15.07.2013\"\n"
	    "period: {start: 2023, end: 2028}\n"
	    "bidang:\n  - code: \"2\"\n    name: B\n    sub_bidang:\n"
	    "      - code: \"2.2\"\n        name: S\n        kegiatan:\n"
	    "          - {code: 2.2.01, name: Jalan}\n");
	put(fx, "rkpdes.yaml",
	    "plan: 1\nid: 35.15.07.2013/rkpdes/2026\nkind: rkpdes\n"
	    "level: desa\nregion: \"35.15.07.2013\"\n"
	    "period: {start: 2026, end: 2026}\n"
	    "parents: [35.15.07.2013/rpjmdes/2023-2028]\n"
	    "bidang:\n"						/* 8 */
	    "  - code: \"2\"\n    name: B\n    sub_bidang:\n"
	    "      - code: \"2.2\"\n        name: S\n        kegiatan:\n"
	    "          - {code: 2.2.01, name: Jalan}\n"		/* 15 */
	    "          - {code: 2.2.02, name: Jembatan}\n"	/* 16 */
	    "  - code: \"5\"\n    name: Bencana\n    sub_bidang:\n"
	    "      - code: \"5.1\"\n        name: S\n        kegiatan:\n"
	    "          - {code: 5.1.01, name: Banjir}\n");
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_ALIGN_MISSING, PLAN_SEV_ERROR, "rkpdes.yaml", 16,
	       13);
	assert_string_equal(f->message, "kegiatan '2.2.02' is not in "
			    "parent plan '35.15.07.2013/rpjmdes/2023-2028'");
}

/* --- align-target ----------------------------------------------------- */

/* An RPJMD whose program 2.16.03 has indicators of every direction
 * (lines 7-14). */
#define RPJMD \
	"plan: 1\nid: 35.78/rpjmd/2025-2029\nkind: rpjmd\nlevel: kota\n" \
	"region: \"35.78\"\nperiod: {start: 2025, end: 2029}\n" \
	"programs:\n" \
	"  - code: 2.16.03\n    name: P\n    indicators:\n" \
	"      - {name: Cakupan  SPBE, unit: \"%\", targets: {2026: 85, 2027: 90}}\n" \
	"      - {name: Waktu layanan, unit: hari, direction: down, targets: {2026: 3.0}}\n" \
	"      - {name: Indeks, unit: indeks, direction: exact, targets: {2026: 4}}\n" \
	"      - {code: IKP-1, name: Opini, unit: predikat, targets: {2026: WTP}}\n"

/* The RKPD's program indicators, lines 10-13. */
#define RKPD_HEAD \
	"plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n" \
	"region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n" \
	"parents: [35.78/rpjmd/2025-2029]\n" \
	"programs:\n  - code: 2.16.03\n    name: P\n    indicators:\n"

static void test_target_clean(void **state)
{
	struct fx *fx = *state;

	put(fx, "rpjmd.yaml", RPJMD);
	put(fx, "rkpd.yaml", RKPD_HEAD
	    "      - {name: cakupan spbe, unit: \"%\", targets: {2026: 85.00}}\n"
	    "      - {name: Waktu layanan, unit: hari, targets: {2026: 3}}\n"
	    "      - {name: Indeks, unit: indeks, targets: {2026: \"4.0\"}}\n"
	    "      - {code: IKP-1, name: Opini BPK, unit: predikat, targets: {2026: \" wtp\"}}\n"
	    "      - {name: Baru, unit: u, targets: {2026: 1}}\n");
	run(fx);
	count(fx, 0);
}

static void test_target_less_ambitious(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rpjmd.yaml", RPJMD);
	put(fx, "rkpd.yaml", RKPD_HEAD
	    "      - name: Cakupan SPBE\n"			/* 12 */
	    "        unit: \"%\"\n"
	    "        targets:\n"
	    "          2026: 80\n"				/* 15 */
	    "      - {name: Waktu layanan, unit: hari, targets: {2026: 3.5}}\n"
	    "      - {name: Indeks, unit: indeks, targets: {2026: 5}}\n");
	run(fx);
	count(fx, 3);
	f = at(fx, 0, RULE_ALIGN_TARGET, PLAN_SEV_ERROR, "rkpd.yaml", 15, 11);
	assert_string_equal(f->message, "target for 2026 of 'Cakupan SPBE' is "
			    "'80', which is below '85' in parent plan "
			    "'35.78/rpjmd/2025-2029'");
	assert_string_equal(f->breadcrumb, "Program 2.16.03 \xE2\x80\xBA "
			    "indikator 1");
	contains(f->hint, "write '85'");
	f = at(fx, 1, RULE_ALIGN_TARGET, PLAN_SEV_ERROR, "rkpd.yaml", 16, 53);
	contains(f->message, "'3.5', which is above '3.0'");
	f = at(fx, 2, RULE_ALIGN_TARGET, PLAN_SEV_ERROR, "rkpd.yaml", 17, 48);
	contains(f->message, "'5', which differs from the exact '4'");
}

static void test_target_warnings(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rpjmd.yaml", RPJMD);
	put(fx, "rkpd.yaml", RKPD_HEAD
	    "      - {name: Cakupan SPBE, unit: \"%\", targets: {2026: 90}}\n"
	    "      - {name: Waktu layanan, unit: hari, targets: {2026: 2}}\n"
	    /* the code decides: same code, another name */
	    "      - {code: IKP-1, name: Opini BPK, unit: predikat, targets: {2026: WDP}}\n"
	    /* different codes: not the same indicator, whatever the name */
	    "      - {code: IKP-2, name: Opini, unit: predikat, targets: {2026: X}}\n");
	run(fx);
	count(fx, 3);
	f = at(fx, 0, RULE_ALIGN_TARGET, PLAN_SEV_WARNING, "rkpd.yaml", 12,
	       51);
	contains(f->message, "'90', which is more ambitious than '85'");
	at(fx, 1, RULE_ALIGN_TARGET, PLAN_SEV_WARNING, "rkpd.yaml", 13, 53);
	f = at(fx, 2, RULE_ALIGN_TARGET, PLAN_SEV_WARNING, "rkpd.yaml", 14,
	       66);
	contains(f->message, "'WDP', which differs from 'WTP'");
}

/* Targets of an unmatched element are not compared; years only one side
 * gives are not either. */
static void test_target_only_matched(void **state)
{
	struct fx *fx = *state;

	put(fx, "rpjmd.yaml", RPJMD);
	put(fx, "rkpd.yaml",
	    "plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n"
	    "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
	    "parents: [35.78/rpjmd/2025-2029]\n"
	    "programs:\n"
	    "  - code: 2.16.04\n    name: P\n    indicators:\n"	/* 9 */
	    "      - {name: Cakupan SPBE, unit: \"%\", targets: {2026: 1}}\n"
	    "  - code: 2.16.03\n    name: P\n    indicators:\n"
	    "      - {name: Cakupan SPBE, unit: \"%\", targets: {2028: 1, 2025: 1}}\n");
	run(fx);
	count(fx, 1);
	at(fx, 0, RULE_ALIGN_MISSING, PLAN_SEV_ERROR, "rkpd.yaml", 9, 5);
}

/* --- align-budget ----------------------------------------------------- */

/* The sample of the conformance suite: one sub-kegiatan with more money
 * than in the RKPD. */
static void test_budget(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rkpd.yaml", RKPD);
	put(fx, "renja.yaml", RENJA_HEAD
		"  - code: 2.16.03\n"				/* 10 */
		"    name: Program Aplikasi Informatika\n"
		"    budget: {2026: 300, 2027: 7}\n"
		"    kegiatan:\n"
		"      - code: 2.16.03.2.02\n"
		"        name: Pengelolaan e-government\n"
		"        sub_kegiatan:\n"
		"          - {code: 2.16.03.2.02.0003, name: Pusat Data, budget: {2026: 100}}\n"
		"          - {code: 2.16.03.2.02.0009, name: Kota Cerdas, budget: {2026: 250}}\n");
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_ALIGN_BUDGET, PLAN_SEV_ERROR, "renja.yaml", 18, 13);
	assert_string_equal(f->message, "budget of sub-kegiatan "
			    "'2.16.03.2.02.0009' for 2026 is 250, but 200 in "
			    "RKPD '35.78/rkpd/2026'");
	assert_string_equal(f->hint, "write 200 for 2026 as the RKPD does, "
			    "or get the RKPD changed first");
	assert_string_equal(f->breadcrumb, "Program 2.16.03 \xE2\x80\xBA "
			    "Kegiatan 2.16.03.2.02 \xE2\x80\xBA Sub-kegiatan "
			    "2.16.03.2.02.0009");
}

/* Every year that differs, in one finding; the Renstra's budgets are not
 * the RKPD's business. */
static void test_budget_years(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "rkpd.yaml",
	    "plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n"
	    "region: \"35.78\"\nperiod: {start: 2026, end: 2027}\n"
	    "programs:\n  - {code: 2.16.03, name: P, unit: " UNIT
	    ", budget: {2026: 1, 2027: 2, 2028: 3}}\n");
	put(fx, "renstra.yaml",
	    "plan: 1\nid: 35.78/renstra-diskominfo/2025-2029\nkind: renstra\n"
	    "level: kota\nregion: \"35.78\"\nunit: {code: " UNIT ", name: D}\n"
	    "period: {start: 2025, end: 2029}\n"
	    "programs:\n  - {code: 2.16.03, name: P, budget: {2026: 9}}\n");
	put(fx, "renja.yaml",
	    "plan: 1\nid: 35.78/renja-diskominfo/2026\nkind: renja\n"
	    "level: kota\nregion: \"35.78\"\n"
	    "unit: {code: " UNIT ", name: Diskominfo}\n"
	    "period: {start: 2026, end: 2026}\n"
	    "parents: [35.78/rkpd/2026, 35.78/renstra-diskominfo/2025-2029]\n"
	    "programs:\n"
	    "  - {code: 2.16.03, name: P, budget: {2026: 10, 2027: 20, 2028: 3}}\n");
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_ALIGN_BUDGET, PLAN_SEV_ERROR, "renja.yaml", 10, 5);
	assert_string_equal(f->message, "budget of program '2.16.03' differs "
			    "from RKPD '35.78/rkpd/2026': for 2026 it is 10 "
			    "here, 1 there; for 2027 it is 20 here, 2 there");
}

/* --- suspect-link ----------------------------------------------------- */

#define TARGET \
	"plan: 1\nid: 35/rkpd/2026\nkind: rkpd\nlevel: provinsi\n" \
	"region: \"35\"\nperiod: {start: 2026, end: 2026}\n" \
	"programs:\n  - code: 2.16.03\n    name: Program Aplikasi\n" \
	"    unit: " UNIT "\n"

static const char *source(const char *reviewed)
{
	static char buf[1024];

	snprintf(buf, sizeof buf,
		 "plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n"
		 "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
		 "programs:\n  - code: 2.16.03\n    name: P\n"
		 "    supports:\n"
		 "      - {ref: 35/rkpd/2026#2.16.03, reviewed: %s}\n" /* 11 */
		 "      - 35/rkpd/2026#2.16.03\n"
		 "      - {ref: 35/rkpd/2026#9.99, reviewed: 0000000000000000}\n"
		 "      - {ref: 34/rkpd/2026#9.99, reviewed: bad}\n",
		 reviewed);
	return buf;
}

static void test_suspect_clean(void **state)
{
	struct fx *fx = *state;
	char *text = strdup(TARGET);
	struct plan_findings *load = plan_findings_new(NULL);
	struct plan_arena *a = plan_arena_new();
	struct yload_result res;
	char hex[PLAN_FINGERPRINT_BUF];

	plan_ytree_load_mem(text, strlen(text), "t", NULL, a, load, &res);
	plan_fingerprint_hex(plan_fingerprint(
		plan_doc_build(res.root, "t", a)->elements[0]), hex);
	/* upper case is the same fingerprint */
	for (char *p = hex; *p; p++)
		if (*p >= 'a' && *p <= 'f')
			*p = (char)(*p - 'a' + 'A');
	put(fx, "target.yaml", TARGET "    budget: {2026: 5}\n");
	put(fx, "source.yaml", source(hex));
	run(fx);
	count(fx, 0);
	plan_arena_free(a);
	plan_findings_free(load);
	free(text);
}

static void test_suspect_changed(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "target.yaml", TARGET);
	put(fx, "source.yaml", source("0123456789abcdef"));
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_SUSPECT_LINK, PLAN_SEV_WARNING, "source.yaml", 11,
	       15);
	contains(f->message, "'35/rkpd/2026#2.16.03' has changed since the "
		 "link was reviewed: its fingerprint is now ");
	contains(f->message, ", not 0123456789abcdef");
	contains(f->hint, "write 'reviewed: ");
	assert_string_equal(f->element, "35.78/rkpd/2026#2.16.03");
}

static void test_suspect_malformed(void **state)
{
	struct fx *fx = *state;
	const struct plan_finding *f;

	put(fx, "target.yaml", TARGET);
	put(fx, "source.yaml", source("\"12345\""));
	run(fx);
	count(fx, 1);
	f = at(fx, 0, RULE_SUSPECT_LINK, PLAN_SEV_WARNING, "source.yaml", 11,
	       15);
	contains(f->message, "reviewed '12345' of '35/rkpd/2026#2.16.03' is "
		 "not a fingerprint (16 hex digits)");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_clean), T(test_missing_program),
		T(test_missing_kegiatan_scope), T(test_sub_kegiatan_codes),
		T(test_parent_levels), T(test_units), T(test_which_parents),
		T(test_kecamatan), T(test_village),
		T(test_target_clean), T(test_target_less_ambitious),
		T(test_target_warnings), T(test_target_only_matched),
		T(test_budget), T(test_budget_years),
		T(test_suspect_clean), T(test_suspect_changed),
		T(test_suspect_malformed),
	};
	return cmocka_run_group_tests_name("repo_align", tests, NULL, NULL);
}
