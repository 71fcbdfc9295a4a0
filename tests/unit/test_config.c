/* test_config.c - the repository config file .plan.yaml (lib/config.c). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "repo/config.h"

struct fx {
	char dir[64];
	char path[PATH_MAX];	/* dir/.plan.yaml */
	char err[512];
	struct plan_config *c;
	struct plan_findings *f;
};

static int setup(void **state)
{
	struct fx *fx = tu_dir_new(sizeof *fx, "test_config");

	if (!fx)
		return -1;
	snprintf(fx->path, sizeof fx->path, "%s/.plan.yaml", fx->dir);
	fx->f = plan_findings_new(NULL);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	plan_config_free(fx->c);
	plan_findings_free(fx->f);
	tu_rm_rf(fx->dir);
	free(fx);
	return 0;
}

/* Write the config and load it; NULL on error (fx->err says why). */
static struct plan_config *load(struct fx *fx, const char *yaml)
{
	tu_write(NULL, fx->path, yaml);
	plan_config_free(fx->c);
	fx->err[0] = '\0';
	fx->c = plan_config_load(fx->path, fx->err, sizeof fx->err);
	return fx->c;
}

/* The config must be refused with "path:" and then want (line, column
 * and message). */
static void refused(struct fx *fx, const char *yaml, const char *want)
{
	size_t n = strlen(fx->path);

	if (load(fx, yaml))
		fail_msg("accepted:\n%s", yaml);
	if (strncmp(fx->err, fx->path, n) || fx->err[n] != ':' ||
	    strcmp(fx->err + n + 1, want))
		fail_msg("'%s', expected '%s:%s', refusing:\n%s", fx->err,
			 fx->path, want, yaml);
}

/* Loading ------------------------------------------------------------ */

static void test_valid_config(void **state)
{
	struct fx *fx = *state;
	struct plan_config *c = load(fx,
		"# repository settings\n"
		"rules:\n"
		"  orphan: off\n"
		"  code-unknown: error\n"
		"  schema: warning\n"
		"  ref-external: info\n"
		"  yaml-syntax: error\n"
		"regions: tables/regions.csv\n"
		"nomenclature: [nom/prov.csv, /abs/kabkota.csv]\n"
		"x-owner: Bappeda\n"
		"waivers:\n"
		"  - rule: budget-sum\n"
		"    element: 13/rpjmd/2025-2029#2.16.03\n"
		"    reason: pagu revised in the APBD-P\n"
		"    until: 2026-12-31\n"
		"  - {rule: orphan, element: 13/rkpd/2026, reason: all}\n");

	if (!c)
		fail_msg("refused: %s", fx->err);
	struct plan_rule_config rc;
	plan_rule_config_init(&rc);
	plan_config_rules(c, &rc);
	assert_int_equal(rc.severity[RULE_ORPHAN], PLAN_SEV_OFF);
	assert_int_equal(rc.severity[RULE_CODE_UNKNOWN], PLAN_SEV_ERROR);
	assert_int_equal(rc.severity[RULE_SCHEMA], PLAN_SEV_WARNING);
	assert_int_equal(rc.severity[RULE_REF_EXTERNAL], PLAN_SEV_INFO);
	assert_true(rc.severity[RULE_YAML_SYNTAX] == PLAN_SEV_ERROR ||
		    rc.severity[RULE_YAML_SYNTAX] == PLAN_SEV_DEFAULT);
	assert_int_equal(rc.severity[RULE_BUDGET_SUM], PLAN_SEV_DEFAULT);

	char want[PATH_MAX + 64];
	snprintf(want, sizeof want, "%s/tables/regions.csv", fx->dir);
	assert_string_equal(plan_config_regions(c), want);
	assert_int_equal(plan_config_nomenclature_count(c), 2);
	snprintf(want, sizeof want, "%s/nom/prov.csv", fx->dir);
	assert_string_equal(plan_config_nomenclature(c, 0), want);
	assert_string_equal(plan_config_nomenclature(c, 1), "/abs/kabkota.csv");
	assert_null(plan_config_nomenclature(c, 2));
}

static void test_command_line_overrides_config(void **state)
{
	struct fx *fx = *state;
	struct plan_config *c = load(fx, "rules: {orphan: warning}\n");
	struct plan_rule_config rc;

	assert_non_null(c);
	plan_rule_config_init(&rc);
	plan_config_rules(c, &rc);
	assert_int_equal(rc.severity[RULE_ORPHAN], PLAN_SEV_WARNING);
	plan_rule_config_set(&rc, RULE_ORPHAN, PLAN_SEV_OFF);	/* --disable */
	assert_int_equal(rc.severity[RULE_ORPHAN], PLAN_SEV_OFF);
}

static void test_single_nomenclature_and_no_tables(void **state)
{
	struct fx *fx = *state;
	struct plan_config *c = load(fx, "nomenclature: n.csv\n");

	assert_non_null(c);
	assert_null(plan_config_regions(c));
	assert_int_equal(plan_config_nomenclature_count(c), 1);
	char want[PATH_MAX + 16];
	snprintf(want, sizeof want, "%s/n.csv", fx->dir);
	assert_string_equal(plan_config_nomenclature(c, 0), want);
}

/* SPEC 5: nomenclature sets by year. */
static void test_nomenclature_sets(void **state)
{
	struct fx *fx = *state;
	struct plan_config *c = load(fx, "nomenclature:\n"
		"  - {from: 2019, files: [a.csv, b.csv]}\n"
		"  - from: 2025\n    files: c.csv\n");

	assert_non_null(c);
	assert_int_equal(plan_config_nomenclature_count(c), 3);
	assert_int_equal(plan_config_nomenclature_from(c, 0), 2019);
	assert_int_equal(plan_config_nomenclature_from(c, 1), 2019);
	assert_int_equal(plan_config_nomenclature_from(c, 2), 2025);
	char want[PATH_MAX + 16];
	snprintf(want, sizeof want, "%s/c.csv", fx->dir);
	assert_string_equal(plan_config_nomenclature(c, 2), want);
	c = load(fx, "nomenclature: [a.csv]\n");
	assert_non_null(c);
	assert_int_equal(plan_config_nomenclature_from(c, 0), 0);
}

static void test_relative_config_path(void **state)
{
	struct fx *fx = *state;
	char cwd[PATH_MAX];

	/* a config named without a directory resolves against "." */
	assert_non_null(getcwd(cwd, sizeof cwd));
	tu_write(NULL, fx->path, "regions: r.csv\n");
	assert_int_equal(chdir(fx->dir), 0);
	fx->c = plan_config_load(".plan.yaml", fx->err, sizeof fx->err);
	assert_int_equal(chdir(cwd), 0);
	assert_non_null(fx->c);
	assert_string_equal(plan_config_regions(fx->c), "./r.csv");
}

static void test_empty_config(void **state)
{
	struct fx *fx = *state;
	struct plan_rule_config rc;

	assert_non_null(load(fx, ""));
	assert_non_null(load(fx, "# nothing yet\n"));
	plan_rule_config_init(&rc);
	plan_config_rules(fx->c, &rc);
	for (int i = 0; i < RULE_COUNT; i++)
		assert_int_equal(rc.severity[i], PLAN_SEV_DEFAULT);
	assert_null(plan_config_regions(fx->c));
	assert_int_equal(plan_config_nomenclature_count(fx->c), 0);
	/* no waivers: nothing is marked */
	plan_finding_add(fx->f, RULE_ORPHAN, PLAN_SEV_DEFAULT,
			 (struct plan_pos){"f", 1, 1}, "d#e", NULL, NULL, "o");
	plan_config_waive(fx->c, fx->f, (struct plan_date){2026, 1, 1}, NULL,
			  NULL);
	assert_null(plan_findings_get(fx->f, 0)->waived);
}

/* Errors ------------------------------------------------------------- */

/* Configs refused, and the line, column and message of why. */
static const struct {
	const char *yaml, *want;
} bad_configs[] = {
	{"rules: {}\nregion: r.csv\n",
	 "2:1: unknown key (rules, regions, nomenclature, indicators, "
	 "waivers): 'region'"},
	{"rules:\n  orphn: off\n",
	 "2:3: unknown rule 'orphn'"},
	/* severities */
	{"rules:\n  orphan: loud\n",
	 "2:11: severity must be error, warning, info or off for 'orphan'"},
	{"rules:\n  orphan: Off\n",
	 "2:11: severity must be error, warning, info or off for 'orphan'"},
	{"rules:\n  orphan:\n",
	 "2:10: severity must be error, warning, info or off for 'orphan'"},
	{"rules:\n  orphan: default\n",
	 "2:11: severity must be error, warning, info or off for 'orphan'"},
	/* nomenclature sets: files or sets, not both */
	{"nomenclature:\n  - a.csv\n  - {from: 2025, files: [b]}\n",
	 "3:5: 'nomenclature' lists files or {from, files} sets, not both"},
	{"nomenclature:\n  - {from: 2025, files: [b]}\n  - a.csv\n",
	 "3:5: 'nomenclature' lists files or {from, files} sets, not both"},
	{"nomenclature:\n  - {from: 25, files: [b]}\n",
	 "2:12: a nomenclature set needs 'from', a four-digit year"},
	{"nomenclature:\n  - {files: [b]}\n",
	 "2:5: a nomenclature set needs 'from', a four-digit year"},
	{"nomenclature:\n  - {from: 2025}\n",
	 "2:5: a nomenclature set needs 'files'"},
	{"nomenclature:\n  - {from: 2025, file: [b]}\n",
	 "2:18: unknown key in a nomenclature set (from, files): 'file'"},
	{"nomenclature:\n  - {from: 2025, files: [[b]]}\n",
	 "2:26: expected a file name"},
	/* waivers */
	{"waivers:\n  - rule: orphan\n    element: a/b\n",
	 "2:5: a waiver needs 'rule', 'element' and 'reason'"},
	{"waivers:\n  - rule: orphan\n    reason: r\n",
	 "2:5: a waiver needs 'rule', 'element' and 'reason'"},
	{"waivers:\n  - element: a\n    reason: r\n",
	 "2:5: a waiver needs 'rule', 'element' and 'reason'"},
	{"waivers:\n  - {rule: orphan, element: a, reason: ~}\n",
	 "2:5: a waiver needs 'rule', 'element' and 'reason'"},
	{"waivers:\n"
	 "  - rule: orphan\n"
	 "    element: a\n"
	 "    reason: r\n"
	 "    until: 2026-02-30\n",
	 "5:12: 'until' must be a date YYYY-MM-DD, not '2026-02-30'"},
	{"waivers:\n"
	 "  - {rule: orphan, element: a, reason: r, until: 31-12-2026}\n",
	 "2:50: 'until' must be a date YYYY-MM-DD, not '31-12-2026'"},
	{"waivers:\n  - {rule: orhpan, element: a, reason: r}\n",
	 "2:12: unknown rule 'orhpan'"},
	{"waivers:\n  - {rule: limit, element: a, reason: r}\n",
	 "2:12: this rule cannot be waived: 'limit'"},
	{"waivers:\n  - {rule: orphan, element: a, reason: r, why: x}\n",
	 "2:43: unknown key in a waiver: 'why'"},
	{"waivers:\n  - orphan\n",
	 "2:5: a waiver is a mapping {rule, element, reason, until}"},
	{"waivers: {rule: orphan}\n",
	 "1:10: 'waivers' must be a list"},
	/* the second waiver is bad: its own position */
	{"waivers:\n"
	 "  - {rule: orphan, element: a, reason: r}\n"
	 "  - {rule: orphan, element: b}\n",
	 "3:5: a waiver needs 'rule', 'element' and 'reason'"},
	/* shapes */
	{"rules: [orphan]\n",
	 "1:8: 'rules' must map rule names to severities"},
	{"nomenclature: {a: b}\n",
	 "1:15: 'nomenclature' must be a file or a list of files"},
	{"nomenclature: [a.csv, [b.csv]]\n",
	 "1:23: expected a file name"},
	{"regions: [a.csv]\n",
	 "1:10: 'regions' must be a file name"},
	{"- rules\n",
	 "1:1: the config must be a mapping"},
	/* YAML */
	{"rules:\n  orphan: off\n  orphan: warning\n",
	 "3:3: duplicate key 'orphan'"},
	{"rules: {orphan: off\n",
	 "2:1: the mapping opened with '{' at line 1, column 8 is not closed"},
	{"a: &x 1\n",
	 "1:4: anchors are not allowed in plan files ('&x')"},
};

static void test_errors(void **state)
{
	for (size_t i = 0; i < sizeof bad_configs / sizeof *bad_configs; i++)
		refused(*state, bad_configs[i].yaml, bad_configs[i].want);
}

static void test_error_mandatory_off(void **state)
{
	struct fx *fx = *state;
	static const char *const mand[] = {
		"yaml-syntax", "yaml-alias", "yaml-depth", "limit",
	};
	char y[128], want[96];

	for (size_t i = 0; i < 4; i++) {
		snprintf(want, sizeof want,
			 "2:3: this rule cannot be turned off: '%s'", mand[i]);
		snprintf(y, sizeof y, "rules:\n  %s: off\n", mand[i]);
		refused(fx, y, want);
		snprintf(y, sizeof y, "rules:\n  %s: warning\n", mand[i]);
		refused(fx, y, want);
	}
}

static void test_error_unreadable(void **state)
{
	struct fx *fx = *state;
	char missing[PATH_MAX + 16];

	snprintf(missing, sizeof missing, "%s/nope.yaml", fx->dir);
	assert_null(plan_config_load(missing, fx->err, sizeof fx->err));
	char want[PATH_MAX + 64];
	snprintf(want, sizeof want, "%s: No such file or directory", missing);
	assert_string_equal(fx->err, want);
	assert_null(plan_config_load(fx->dir, fx->err, sizeof fx->err));
	assert_non_null(strstr(fx->err, "Is a directory"));
}

/* Finding the file --------------------------------------------------- */

/* plan_config_find names the file relative to the path given (so that
 * messages do not depend on where the checkout is): compare the files. */
static void assert_same_file(const char *found, const char *want)
{
	char real[PATH_MAX];
	assert_non_null(realpath(found, real));
	assert_string_equal(real, want);
}

/* The config found from fx's rel is want. */
static void found_from(const struct fx *fx, const char *rel,
		       const char *want)
{
	char p[PATH_MAX + 64];

	snprintf(p, sizeof p, "%s/%s", fx->dir, rel);
	char *found = plan_config_find(p);
	if (!found)
		fail_msg("no config found from %s", rel);
	assert_same_file(found, want);
	free(found);
}

static void test_find_upward(void **state)
{
	struct fx *fx = *state;
	char real[PATH_MAX], p[PATH_MAX + 64], want[PATH_MAX + 64];

	assert_non_null(realpath(fx->dir, real));
	snprintf(p, sizeof p, "%s/a", fx->dir);
	assert_int_equal(mkdir(p, 0755), 0);
	snprintf(p, sizeof p, "%s/a/b", fx->dir);
	assert_int_equal(mkdir(p, 0755), 0);
	snprintf(p, sizeof p, "%s/a/b/c", fx->dir);
	assert_int_equal(mkdir(p, 0755), 0);
	snprintf(p, sizeof p, "%s/a/.plan.yaml", fx->dir);
	tu_write(NULL, p, "rules: {}\n");
	snprintf(p, sizeof p, "%s/a/b/c/plan.yaml", fx->dir);
	tu_write(NULL, p, "plan: 1\n");
	snprintf(want, sizeof want, "%s/a/.plan.yaml", real);

	found_from(fx, "a/b/c", want);
	found_from(fx, "a/b/c/plan.yaml", want);
	found_from(fx, "a", want);

	/* the nearest one wins; a directory called .plan.yaml is not one */
	snprintf(p, sizeof p, "%s/a/b/.plan.yaml", fx->dir);
	tu_write(NULL, p, "");
	snprintf(p, sizeof p, "%s/a/b/c/.plan.yaml", fx->dir);
	assert_int_equal(mkdir(p, 0755), 0);
	snprintf(want, sizeof want, "%s/a/b/.plan.yaml", real);
	found_from(fx, "a/b/c/plan.yaml", want);

	/* relative paths work too */
	char cwd[PATH_MAX];
	assert_non_null(getcwd(cwd, sizeof cwd));
	snprintf(p, sizeof p, "%s/a/b", fx->dir);
	assert_int_equal(chdir(p), 0);
	char *found = plan_config_find("c/plan.yaml");
	assert_non_null(found);
	assert_same_file(found, want);
	assert_true(found[0] != '/');	/* named as the user named the path */
	assert_int_equal(chdir(cwd), 0);
	free(found);
}

static void test_find_none(void **state)
{
	struct fx *fx = *state;
	char p[PATH_MAX + 16];
	struct stat st;

	/* only meaningful when no ancestor of /tmp has one */
	if (!stat("/tmp/.plan.yaml", &st) || !stat("/.plan.yaml", &st)) {
		print_message("/tmp/.plan.yaml or /.plan.yaml exists\n");
		skip();
	}
	snprintf(p, sizeof p, "%s/x.yaml", fx->dir);
	tu_write(NULL, p, "plan: 1\n");
	assert_null(plan_config_find(p));
	assert_null(plan_config_find(fx->dir));
	/* a path that does not exist has no config */
	snprintf(p, sizeof p, "%s/missing/x.yaml", fx->dir);
	assert_null(plan_config_find(p));
}

/* Waivers ------------------------------------------------------------ */

/* Two waivers, the first until the end of 2026 (line 2). */
#define WAIVERS \
	"waivers:\n" \
	"  - rule: budget-sum\n" \
	"    element: 13/rpjmd/2025-2029#2.16.03\n" \
	"    reason: pagu revised\n" \
	"    until: 2026-12-31\n" \
	"  - rule: orphan\n" \
	"    element: 13/rkpd/2026\n" \
	"    reason: all of them\n"

static void add(struct fx *fx, enum plan_rule r, const char *element)
{
	plan_finding_add(fx->f, r, PLAN_SEV_DEFAULT,
			 (struct plan_pos){"p.yaml", 1, 1}, element, NULL,
			 NULL, "%s", element ? element : "(none)");
}

struct notes {
	int n;
	char last[512];
};

static void note(void *ctx, const char *msg)
{
	struct notes *ns = ctx;

	ns->n++;
	snprintf(ns->last, sizeof ns->last, "%s", msg);
}

/* plan_config_waive() of fx's findings on y-m-d, its notes into ns (NULL:
 * no callback). */
static void waive_on(struct fx *fx, int y, int m, int d, struct notes *ns)
{
	plan_config_waive(fx->c, fx->f, (struct plan_date){y, m, d},
			  ns ? note : NULL, ns);
}

static void test_waive(void **state)
{
	struct fx *fx = *state;
	struct notes ns = {0, ""};

	assert_non_null(load(fx, WAIVERS));
	add(fx, RULE_BUDGET_SUM, "13/rpjmd/2025-2029#2.16.03");	/* 0 yes */
	add(fx, RULE_BUDGET_SUM, "13/rpjmd/2025-2029#2.16.03.1.02");	/* 1 */
	add(fx, RULE_BUDGET_SUM, "13/rpjmd/2025-2029#2.16");	/* 2 */
	add(fx, RULE_BUDGET_SUM, "13/rpjmd/2025-2029");		/* 3 */
	add(fx, RULE_SCHEMA, "13/rpjmd/2025-2029#2.16.03");	/* 4 */
	add(fx, RULE_ORPHAN, "13/rkpd/2026#1.02.02");		/* 5 yes */
	add(fx, RULE_ORPHAN, "13/rkpd/2026");			/* 6 yes */
	add(fx, RULE_ORPHAN, "13/rkpd/2026-2027#x");		/* 7 */
	add(fx, RULE_ORPHAN, "13/rkpd/202");			/* 8 */
	add(fx, RULE_ORPHAN, NULL);				/* 9 */
	add(fx, RULE_ORPHAN, "13.01/rkpd/2026#x");		/* 10 */
	waive_on(fx, 2026, 6, 1, &ns);

	static const bool want[] = {
		true, false, false, false, false, true, true, false, false,
		false, false,
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		const struct plan_finding *f = plan_findings_get(fx->f, i);
		if (!f->waived != !want[i])
			fail_msg("%zu (%s %s): waived %d", i,
				 plan_rule_info(f->rule)->name, f->message,
				 f->waived != NULL);
	}
	const struct plan_finding *f = plan_findings_get(fx->f, 0);
	assert_string_equal(f->waived->reason, "pagu revised");
	assert_string_equal(f->waived->until, "2026-12-31");
	f = plan_findings_get(fx->f, 5);
	assert_string_equal(f->waived->reason, "all of them");
	assert_null(f->waived->until);
	assert_int_equal(ns.n, 0);
	struct plan_counts c = plan_findings_counts(fx->f);
	assert_int_equal(c.waived, 3);
	assert_int_equal(c.errors, 4);
	assert_int_equal(c.warnings, 4);
}

/* A waiver holds to its until date, that day included; after it, it has
 * expired, and that is said. */
static void test_waiver_until(void **state)
{
	static const struct {
		int y, m, d;
		bool waived;
	} days[] = {
		{2026, 1, 15, true}, {2026, 12, 31, true},
		{2027, 1, 1, false}, {2030, 1, 15, false},
	};
	struct fx *fx = *state;

	assert_non_null(load(fx, WAIVERS));
	for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
		struct notes ns = {0, ""};
		plan_findings_clear(fx->f);
		add(fx, RULE_BUDGET_SUM, "13/rpjmd/2025-2029#2.16.03");
		waive_on(fx, days[i].y, days[i].m, days[i].d, &ns);
		bool waived = plan_findings_get(fx->f, 0)->waived != NULL;
		if (waived != days[i].waived || ns.n != !days[i].waived)
			fail_msg("%d-%02d-%02d: waived %d, %d notes", days[i].y,
				 days[i].m, days[i].d, waived, ns.n);
	}
}

static void test_waiver_expired(void **state)
{
	struct fx *fx = *state;
	struct notes ns = {0, ""};

	assert_non_null(load(fx, WAIVERS));
	add(fx, RULE_BUDGET_SUM, "13/rpjmd/2025-2029#2.16.03");
	add(fx, RULE_BUDGET_SUM, "13/rpjmd/2025-2029#2.16.03");
	add(fx, RULE_ORPHAN, "13/rkpd/2026#P");
	waive_on(fx, 2027, 1, 1, &ns);
	assert_null(plan_findings_get(fx->f, 0)->waived);
	assert_null(plan_findings_get(fx->f, 1)->waived);
	/* no until: never expires */
	assert_non_null(plan_findings_get(fx->f, 2)->waived);
	/* once per waiver, however many findings it would have covered */
	assert_int_equal(ns.n, 1);
	char head[PATH_MAX + 16];
	snprintf(head, sizeof head, "%s:2: ", fx->path);
	if (strncmp(ns.last, head, strlen(head)))
		fail_msg("note '%s' does not begin with '%s'", ns.last, head);
	assert_non_null(strstr(ns.last, "budget-sum"));
	assert_non_null(strstr(ns.last, "13/rpjmd/2025-2029#2.16.03"));
	assert_non_null(strstr(ns.last, "2026-12-31"));
	assert_non_null(strstr(ns.last, "expired"));
	struct plan_counts c = plan_findings_counts(fx->f);
	assert_int_equal(c.errors, 2);
	assert_int_equal(c.waived, 1);

	/* without a callback it is just as expired */
	plan_findings_clear(fx->f);
	add(fx, RULE_BUDGET_SUM, "13/rpjmd/2025-2029#2.16.03");
	waive_on(fx, 2027, 1, 1, NULL);
	assert_null(plan_findings_get(fx->f, 0)->waived);
}

static void test_already_waived_kept(void **state)
{
	struct fx *fx = *state;

	/* two waivers for one finding: the first one's reason stays */
	assert_non_null(load(fx,
		"waivers:\n"
		"  - {rule: orphan, element: d, reason: first}\n"
		"  - {rule: orphan, element: d#e, reason: second}\n"));
	add(fx, RULE_ORPHAN, "d#e");
	waive_on(fx, 2026, 1, 1, NULL);
	assert_string_equal(plan_findings_get(fx->f, 0)->waived->reason,
			    "first");
}

TU_MAIN("config", setup, teardown,
	TU_TEST(test_valid_config),
	TU_TEST(test_command_line_overrides_config),
	TU_TEST(test_single_nomenclature_and_no_tables),
	TU_TEST(test_nomenclature_sets),
	TU_TEST(test_relative_config_path),
	TU_TEST(test_empty_config),
	TU_TEST(test_errors),
	TU_TEST(test_error_mandatory_off),
	TU_TEST(test_error_unreadable),
	TU_TEST(test_find_upward),
	TU_TEST(test_find_none),
	TU_TEST(test_waive),
	TU_TEST(test_waiver_until),
	TU_TEST(test_waiver_expired),
	TU_TEST(test_already_waived_kept))
