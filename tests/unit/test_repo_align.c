/* test_repo_align.c - align-missing, align-target, align-budget
 * (lib/repo_align.c) and suspect-link (lib/repo_suspect.c), on small
 * repositories written to a temporary directory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "model/fingerprint.h"
#include "repo/repo.h"

static const struct plan_findings *run(struct tu_repo *r)
{
	static const enum plan_rule tested[] = {
		RULE_ALIGN_MISSING, RULE_ALIGN_TARGET, RULE_ALIGN_BUDGET,
		RULE_SUSPECT_LINK,
	};

	tu_repo_check(r, NULL);
	return tu_repo_pick(r, tested, sizeof tested / sizeof *tested);
}

/* A finding in file fn at line:col. */
#define MISSING(fn, ...) \
	{.rule = RULE_ALIGN_MISSING, PLAN_SEV_ERROR, __VA_ARGS__, .file = fn}
#define TGT(sev, fn, ...) \
	{.rule = RULE_ALIGN_TARGET, sev, __VA_ARGS__, .file = fn}
#define BUDGET(fn, ...) \
	{.rule = RULE_ALIGN_BUDGET, PLAN_SEV_ERROR, __VA_ARGS__, .file = fn}
#define SUSPECT(fn, ...) \
	{.rule = RULE_SUSPECT_LINK, PLAN_SEV_WARNING, __VA_ARGS__, \
	 .file = fn}

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

/* What the rules find in a repository (up to three files). */
struct repo_case {
	const char *name;
	struct tu_want want[3];		/* up to a line 0 */
	struct {
		const char *file, *text;
	} files[3];
};

static const struct repo_case repo_cases[] = {
	/* --- align-missing --- */
	{"clean",
	 {{0}},
	 {{"rkpd.yaml", RKPD}, {"renja.yaml", RENJA_HEAD RENJA_PROGRAM}}},
	/* only loaded parents of the same region and of a kind that pairs:
	 * a Renja of another kota naming this RKPD is parent-region's, an
	 * RKPD naming an RKPD no alignment pair */
	{"which parents",
	 {{0}},
	 {{"rkpd.yaml", RKPD},
	  {"renja-a.yaml",
	   "plan: 1\nid: 35.79/renja-x/2026\nkind: renja\nlevel: kota\n"
	   "region: \"35.79\"\nunit: {code: " UNIT ", name: X}\n"
	   "period: {start: 2026, end: 2026}\n"
	   "parents: [35.78/rkpd/2026, 35.78/rpjmd/2025-2029]\n"
	   "programs:\n  - {code: 9.99.99, name: P}\n"},
	  {"rkpd-b.yaml",
	   "plan: 1\nid: 35.78/rkpd-b/2026\nkind: rkpd\nlevel: kota\n"
	   "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
	   "parents: [35.78/rkpd/2026]\n"
	   "programs:\n  - {code: 9.99.99, name: P}\n"}}},
	/* a program the RKPD lacks; its kegiatan are not reported again */
	{"program missing",
	 {MISSING("renja.yaml", 10, 5,
		  .msg = "program '2.16.02' is not in parent plan "
		  "'35.78/rkpd/2026'", .hint = "'35.78/rkpd/2026'",
		  .element = "35.78/renja-diskominfo/2026#2.16.02",
		  .crumb = "Program 2.16.02")},
	 {{"rkpd.yaml", RKPD},
	  {"renja.yaml", RENJA_HEAD
	   "  - code: 2.16.02\n"				/* 10 */
	   "    name: Program Informasi\n"
	   "    kegiatan:\n"
	   "      - {code: 2.16.02.2.01, name: K}\n"}}},
	/* a kegiatan is looked for under the matched program only; a flow
	 * mapping starts at its '{' */
	{"kegiatan missing",
	 {MISSING("renja.yaml", 20, 9,
		  .msg = "kegiatan '5.01.02.2.01' is not under program "
		  "'2.16.03' in parent plan '35.78/rkpd/2026'")},
	 {{"rkpd.yaml", RKPD
	   "    kegiatan:\n"
	   "      - {code: 5.01.02.2.01, name: Penyusunan}\n"},
	  {"renja.yaml", RENJA_HEAD RENJA_PROGRAM
	   "      - {code: 5.01.02.2.01, name: Penyusunan}\n"}}}, /* 20 */
	/* a parent listing programs only is compared at program level */
	{"a parent of programs only",
	 {MISSING("renja.yaml", 20, 5)},
	 {{"rkpd.yaml",
	   "plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n"
	   "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
	   "programs:\n  - {code: 2.16.03, name: P}\n"},
	  {"renja.yaml", RENJA_HEAD RENJA_PROGRAM
	   "  - {code: 2.16.04, name: Q}\n"}}}, /* 20 */
	/* sub-kegiatan .03 (2020 tables) is .0003; .04 is not .0003 */
	{"sub-kegiatan codes",
	 {MISSING("renja.yaml", 17, 13,
		  .part = "sub-kegiatan '2.16.03.2.02.04' is not under "
		  "kegiatan '2.16.03.2.02'")},
	 {{"rkpd.yaml", RKPD},
	  {"renja.yaml", RENJA_HEAD
	   "  - code: 2.16.03\n"				/* 10 */
	   "    name: P\n"
	   "    kegiatan:\n"
	   "      - code: 2.16.03.2.02\n"
	   "        name: K\n"
	   "        sub_kegiatan:\n"
	   "          - {code: 2.16.03.2.02.03, name: Pusat Data}\n"
	   "          - {code: 2.16.03.2.02.04, name: Lain}\n"}}}, /* 17 */
	/* a kecamatan's Renja counts as of its kabupaten/kota */
	{"kecamatan",
	 {MISSING("renja.yaml", 10, 5)},
	 {{"rkpd.yaml", RKPD},
	  {"renja.yaml",
	   "plan: 1\nid: 35.78.01/renja-kec/2026\nkind: renja\n"
	   "level: kecamatan\nregion: \"35.78.01\"\n"
	   "unit: {code: " UNIT ", name: X}\n"
	   "period: {start: 2026, end: 2026}\n"
	   "parents: [35.78/rkpd/2026]\n"
	   "programs:\n  - {code: 7.01.02, name: P}\n"}}}, /* 10 */
	/* another unit's program is not this one (the hint says whose it
	 * is); a unit written without its .0000 is the same unit; a parent
	 * element without a unit matches by code */
	{"units",
	 {MISSING("renja.yaml", 11, 5,
		  .msg = "program '5.01.02' is not in parent plan "
		  "'35.78/rkpd/2026' for unit '2.16.2.20.2.21.01'",
		  .hint = "for unit '5.01.5.05.0.00.01.0000' only")},
	 {{"rkpd.yaml", RKPD
	   "  - {code: 2.16.04, name: R}\n"},			/* 24 */
	  {"renja.yaml",
	   "plan: 1\nid: 35.78/renja-diskominfo/2026\nkind: renja\n"
	   "level: kota\nregion: \"35.78\"\n"
	   "unit: {code: \"2.16.2.20.2.21.01\", name: Diskominfo}\n"
	   "period: {start: 2026, end: 2026}\n"
	   "parents: [35.78/rkpd/2026]\n"
	   "programs:\n"
	   "  - {code: 2.16.03, name: P}\n"			/* 10 */
	   "  - {code: 5.01.02, name: Q}\n"			/* 11 */
	   "  - {code: 2.16.04, name: R}\n"}}},
	/* RKPDes against RPJMDes: village kegiatan only, bidang 5 exempt */
	{"village",
	 {MISSING("rkpdes.yaml", 16, 13,
		  .msg = "kegiatan '2.2.02' is not in parent plan "
		  "'35.15.07.2013/rpjmdes/2023-2028'")},
	 {{"rpjmdes.yaml",
	   "plan: 1\nid: 35.15.07.2013/rpjmdes/2023-2028\nkind: rpjmdes\n"
	   "level: desa\nregion: \"35.15.07.2013\"\n"
	   "period: {start: 2023, end: 2028}\n"
	   "bidang:\n  - code: \"2\"\n    name: B\n    sub_bidang:\n"
	   "      - code: \"2.2\"\n        name: S\n        kegiatan:\n"
	   "          - {code: 2.2.01, name: Jalan}\n"},
	  {"rkpdes.yaml",
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
	   "          - {code: 5.1.01, name: Banjir}\n"}}},
	/* --- align-target --- */
	{"targets as the RPJMD's",
	 {{0}},
	 {{"rpjmd.yaml", RPJMD},
	  {"rkpd.yaml", RKPD_HEAD
	   "      - {name: cakupan spbe, unit: \"%\", targets: {2026: 85.00}}\n"
	   "      - {name: Waktu layanan, unit: hari, targets: {2026: 3}}\n"
	   "      - {name: Indeks, unit: indeks, targets: {2026: \"4.0\"}}\n"
	   "      - {code: IKP-1, name: Opini BPK, unit: predikat, targets: {2026: \" wtp\"}}\n"
	   "      - {name: Baru, unit: u, targets: {2026: 1}}\n"}}},
	{"targets less ambitious",
	 {TGT(PLAN_SEV_ERROR, "rkpd.yaml", 15, 11,
	      .msg = "target for 2026 of 'Cakupan SPBE' is '80', which is "
	      "below '85' in parent plan '35.78/rpjmd/2025-2029'",
	      .hint = "write '85'",
	      .crumb = "Program 2.16.03 \xE2\x80\xBA indikator 1"),
	  TGT(PLAN_SEV_ERROR, "rkpd.yaml", 16, 53,
	      .part = "'3.5', which is above '3.0'"),
	  TGT(PLAN_SEV_ERROR, "rkpd.yaml", 17, 48,
	      .part = "'5', which differs from the exact '4'")},
	 {{"rpjmd.yaml", RPJMD},
	  {"rkpd.yaml", RKPD_HEAD
	   "      - name: Cakupan SPBE\n"			/* 12 */
	   "        unit: \"%\"\n"
	   "        targets:\n"
	   "          2026: 80\n"				/* 15 */
	   "      - {name: Waktu layanan, unit: hari, targets: {2026: 3.5}}\n"
	   "      - {name: Indeks, unit: indeks, targets: {2026: 5}}\n"}}},
	/* the code decides: same code, another name; different codes: not
	 * the same indicator, whatever the name */
	{"targets more ambitious or otherwise different",
	 {TGT(PLAN_SEV_WARNING, "rkpd.yaml", 12, 51,
	      .part = "'90', which is more ambitious than '85'"),
	  TGT(PLAN_SEV_WARNING, "rkpd.yaml", 13, 53),
	  TGT(PLAN_SEV_WARNING, "rkpd.yaml", 14, 66,
	      .part = "'WDP', which differs from 'WTP'")},
	 {{"rpjmd.yaml", RPJMD},
	  {"rkpd.yaml", RKPD_HEAD
	   "      - {name: Cakupan SPBE, unit: \"%\", targets: {2026: 90}}\n"
	   "      - {name: Waktu layanan, unit: hari, targets: {2026: 2}}\n"
	   "      - {code: IKP-1, name: Opini BPK, unit: predikat, targets: {2026: WDP}}\n"
	   "      - {code: IKP-2, name: Opini, unit: predikat, targets: {2026: X}}\n"}}},
	/* targets of an unmatched element are not compared; years only one
	 * side gives are not either */
	{"targets of matched elements only",
	 {MISSING("rkpd.yaml", 9, 5)},
	 {{"rpjmd.yaml", RPJMD},
	  {"rkpd.yaml",
	   "plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n"
	   "region: \"35.78\"\nperiod: {start: 2026, end: 2026}\n"
	   "parents: [35.78/rpjmd/2025-2029]\n"
	   "programs:\n"
	   "  - code: 2.16.04\n    name: P\n    indicators:\n"	/* 9 */
	   "      - {name: Cakupan SPBE, unit: \"%\", targets: {2026: 1}}\n"
	   "  - code: 2.16.03\n    name: P\n    indicators:\n"
	   "      - {name: Cakupan SPBE, unit: \"%\", targets: {2028: 1, 2025: 1}}\n"}}},
	/* --- align-budget --- */
	/* the sample of the conformance suite: one sub-kegiatan with more
	 * money than in the RKPD */
	{"budget",
	 {BUDGET("renja.yaml", 18, 13,
		 .msg = "budget of sub-kegiatan '2.16.03.2.02.0009' for 2026 "
		 "is 250, but 200 in RKPD '35.78/rkpd/2026'",
		 .hint = "write 200 for 2026 as the RKPD does, or get the RKPD "
		 "changed first",
		 .crumb = "Program 2.16.03 \xE2\x80\xBA Kegiatan 2.16.03.2.02 "
		 "\xE2\x80\xBA Sub-kegiatan 2.16.03.2.02.0009")},
	 {{"rkpd.yaml", RKPD},
	  {"renja.yaml", RENJA_HEAD
	   "  - code: 2.16.03\n"				/* 10 */
	   "    name: Program Aplikasi Informatika\n"
	   "    budget: {2026: 300, 2027: 7}\n"
	   "    kegiatan:\n"
	   "      - code: 2.16.03.2.02\n"
	   "        name: Pengelolaan e-government\n"
	   "        sub_kegiatan:\n"
	   "          - {code: 2.16.03.2.02.0003, name: Pusat Data, budget: {2026: 100}}\n"
	   "          - {code: 2.16.03.2.02.0009, name: Kota Cerdas, budget: {2026: 250}}\n"}}},
	/* every year that differs, in one finding; the Renstra's budgets
	 * are not the RKPD's business */
	{"budget years",
	 {BUDGET("renja.yaml", 10, 5,
		 .msg = "budget of program '2.16.03' differs from RKPD "
		 "'35.78/rkpd/2026': for 2026 it is 10 here, 1 there; for "
		 "2027 it is 20 here, 2 there")},
	 {{"rkpd.yaml",
	   "plan: 1\nid: 35.78/rkpd/2026\nkind: rkpd\nlevel: kota\n"
	   "region: \"35.78\"\nperiod: {start: 2026, end: 2027}\n"
	   "programs:\n  - {code: 2.16.03, name: P, unit: " UNIT
	   ", budget: {2026: 1, 2027: 2, 2028: 3}}\n"},
	  {"renstra.yaml",
	   "plan: 1\nid: 35.78/renstra-diskominfo/2025-2029\nkind: renstra\n"
	   "level: kota\nregion: \"35.78\"\nunit: {code: " UNIT ", name: D}\n"
	   "period: {start: 2025, end: 2029}\n"
	   "programs:\n  - {code: 2.16.03, name: P, budget: {2026: 9}}\n"},
	  {"renja.yaml",
	   "plan: 1\nid: 35.78/renja-diskominfo/2026\nkind: renja\n"
	   "level: kota\nregion: \"35.78\"\n"
	   "unit: {code: " UNIT ", name: Diskominfo}\n"
	   "period: {start: 2026, end: 2026}\n"
	   "parents: [35.78/rkpd/2026, 35.78/renstra-diskominfo/2025-2029]\n"
	   "programs:\n"
	   "  - {code: 2.16.03, name: P, budget: {2026: 10, 2027: 20, 2028: 3}}\n"}}},
};

/* Each case in a repository of its own (the fixture's, emptied). */
static void test_repos(void **state)
{
	struct tu_repo *r = *state;

	for (size_t i = 0; i < sizeof repo_cases / sizeof *repo_cases; i++) {
		const struct repo_case *c = &repo_cases[i];
		size_t n = 0;

		tu_repo_close(r);
		assert_true(tu_repo_open(r, "plan-unit"));
		for (size_t k = 0; k < 3 && c->files[k].file; k++)
			tu_write(r->dir, c->files[k].file, c->files[k].text);
		while (n < 3 && c->want[n].line)
			n++;
		tu_want_case(c->name, run(r), c->want, n);
	}
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
	struct tu_repo *r = *state;
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
	tu_write(r->dir, "target.yaml", TARGET "    budget: {2026: 5}\n");
	tu_write(r->dir, "source.yaml", source(hex));
	tu_count(run(r), 0);
	plan_arena_free(a);
	plan_findings_free(load);
	free(text);
}

static void test_suspect_changed(void **state)
{
	struct tu_repo *r = *state;

	tu_write(r->dir, "target.yaml", TARGET);
	tu_write(r->dir, "source.yaml", source("0123456789abcdef"));
	const struct plan_findings *l = run(r);

	TU_WANT(l, SUSPECT("source.yaml", 11, 15,
		.part = "'35/rkpd/2026#2.16.03' has changed since the link "
		"was reviewed: its fingerprint is now ",
		.hint = "write 'reviewed: ",
		.element = "35.78/rkpd/2026#2.16.03"));
	tu_contains(plan_findings_get(l, 0)->message,
		    ", not 0123456789abcdef");
}

static void test_suspect_malformed(void **state)
{
	struct tu_repo *r = *state;

	tu_write(r->dir, "target.yaml", TARGET);
	tu_write(r->dir, "source.yaml", source("\"12345\""));
	TU_WANT(run(r), SUSPECT("source.yaml", 11, 15,
		.part = "reviewed '12345' of '35/rkpd/2026#2.16.03' is not a "
		"fingerprint (16 hex digits)"));
}

TU_MAIN("repo_align", tu_repo_setup, tu_repo_teardown,
	TU_TEST(test_repos),
	TU_TEST(test_suspect_clean),
	TU_TEST(test_suspect_changed),
	TU_TEST(test_suspect_malformed))
