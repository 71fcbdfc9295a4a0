/* test_trace.c - lib/trace.c: lookup and did-you-mean, up and down trees
 * (repeats, cycles, parts, references into nothing), orphans, coverage,
 * over a small repository written into a temporary directory. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "repo/repo.h"
#include "tables/tables.h"
#include "trace/trace.h"

static char dir[64];
static char *files[16];
static size_t nfiles;
static struct plan_repo *repo;
static struct plan_findings *found;

/* The repository of tests/trace/repo (see its README), and a nagari,
 * and a kabupaten document with one code for two units. */
static const struct {
	const char *name, *yaml;
} fixture[] = {
	{"rpjmn.yaml",
	 "plan: 1\nid: n/rpjmn/2025-2029\nkind: rpjmn\nlevel: nasional\n"
	 "period: {start: 2025, end: 2029}\nprograms:\n"
	 "  - code: PN-1\n    name: Prioritas satu\n"
	 "  - code: PN-2\n    name: Prioritas dua\n    kegiatan:\n"
	 "      - code: PN-2.PP-1\n        name: Program Prioritas satu\n"},
	{"11-rkpd.yaml",
	 "plan: 1\nid: 11/rkpd/2026\nkind: rkpd\nlevel: provinsi\n"
	 "region: \"11\"\nregion_name: Aceh\nperiod: {start: 2026, end: 2026}\n"
	 "programs:\n"
	 "  - code: 1.01.01\n    name: Program Satu\n"
	 "    supports: [n/rpjmn/2025-2029#PN-1, n/rpjmn/2025-2029#PN-2.PP-1]\n"
	 "  - code: 1.01.02\n    name: Program Dua\n"
	 "    supports: [n/rpjmn/2025-2029#PN-1]\n"
	 "  - code: 1.01.03\n    name: Program Tiga\n"
	 "    supports: [x/unloaded/2026#A, n/rpjmn/2025-2029#PN-9]\n"
	 "  - code: 1.01.04\n    name: Program Empat\n"},
	{"1101-rkpd.yaml",
	 "plan: 1\nid: 11.01/rkpd/2026\nkind: rkpd\nlevel: kabupaten\n"
	 "region: \"11.01\"\nregion_name: Kabupaten Satu\n"
	 "period: {start: 2026, end: 2026}\nprograms:\n"
	 "  - code: 1.01.01\n    name: Program Kabupaten\n"
	 "    supports: [11/rkpd/2026#1.01.01, 11/rkpd/2026#1.01.02]\n"
	 "  - code: 1.01.05\n    name: Program Lingkar\n"
	 "    supports: [11.02/rkpd/2026#1.01.05]\n"},
	{"1102-rkpd.yaml",
	 "plan: 1\nid: 11.02/rkpd/2026\nkind: rkpd\nlevel: kabupaten\n"
	 "region: \"11.02\"\nregion_name: Kabupaten Dua\n"
	 "period: {start: 2026, end: 2026}\nprograms:\n"
	 "  - code: 1.01.05\n    name: Program Lingkar Juga\n"
	 "    supports: [11.01/rkpd/2026#1.01.05]\n"
	 "  - code: 1.01.06\n    name: Program Sendiri\n"
	 "  - code: 1.01.07\n    name: Dinas A\n    unit: \"1.01.0.00.0.00.01.0000\"\n"
	 "  - code: 1.01.07\n    name: Dinas B\n    unit: \"1.01.0.00.0.00.02.0000\"\n"},
	{"110101-musrenbang.yaml",
	 "plan: 1\nid: 11.01.01/musrenbang/2026\nkind: musrenbang\n"
	 "level: kecamatan\nregion: \"11.01.01\"\nregion_name: Kecamatan Satu\n"
	 "period: {start: 2026, end: 2026}\nproposals:\n"
	 "  - id: U-1\n    name: Usulan satu\n    rank: 1\n"
	 "    supports: [11.01/rkpd/2026#1.01.01]\n"
	 "  - id: U-2\n    name: Usulan dua\n    rank: 2\n"},
	{"11010120-rkpdes.yaml",
	 "plan: 1\nid: 11.01.01.2001/rkpdes/2026\nkind: rkpdes\nlevel: nagari\n"
	 "region: \"11.01.01.2001\"\nperiod: {start: 2026, end: 2026}\n"
	 "bidang:\n  - code: \"2\"\n    name: Pembangunan\n    sub_bidang:\n"
	 "      - code: \"2.6\"\n        name: Kominfo\n        kegiatan:\n"
	 "          - code: \"2.6.01\"\n            name: Menara\n"
	 "            budget: {2026: 0}\n"
	 "            supports: [11.01.01/musrenbang/2026#U-1]\n"
	 "          - code: \"2.6.02\"\n            name: Usulan tanpa link\n"
	 "            budget: {2026: 0}\n"
	 "          - code: \"2.6.03\"\n            name: Tanpa pagu\n"
	 "          - code: \"2.6.04\"\n            name: Dana sendiri\n"
	 "            budget: {2026: 5000000}\n"},
};

static void write_file(const char *name, const char *yaml)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(yaml, fp);
	assert_int_equal(fclose(fp), 0);
	files[nfiles++] = strdup(path);
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/test_trace.XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	for (size_t i = 0; i < sizeof fixture / sizeof *fixture; i++)
		write_file(fixture[i].name, fixture[i].yaml);
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT, .jobs = 1};
	char *paths[] = {dir};
	repo = plan_repo_new(&o);
	found = plan_findings_new(NULL);
	plan_repo_load(repo, paths, 1, found);
	plan_repo_check(repo, found);
	return plan_repo_doc_count(repo) == 6 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < nfiles; i++) {
		unlink(files[i]);
		free(files[i]);
	}
	plan_findings_free(found);
	plan_repo_free(repo);
	return rmdir(dir);
}

static const struct plan_element *el(const char *ref,
				     const struct plan_doc **d)
{
	bool amb;
	const struct plan_element *e = plan_repo_resolve(repo, ref, d, &amb);
	assert_non_null(e);
	return e;
}

/* "doc#el" of a node, for comparing. */
static const char *node_ref(const struct plan_trace_node *n)
{
	static char buf[128];
	snprintf(buf, sizeof buf, "%s#%s", n->doc->id.s, n->el->id);
	return buf;
}

/* ---- lookup --------------------------------------------------------- */

/* What plan_lookup() of ref should say: its status, its suggestion
 * (NULL: none), and for a found element its name, for a found document
 * its id. */
static const struct lookup_case {
	const char *ref;
	enum plan_lookup_status status;
	const char *suggestion, *found;
} lookups[] = {
	{"11/rkpd/2026#1.01.02", PLAN_LOOKUP_ELEMENT, NULL, "Program Dua"},
	{"11/rkpd/2026", PLAN_LOOKUP_DOCUMENT, NULL, "11/rkpd/2026"},
	/* near an element of a loaded document */
	{"11/rkpd/2026#1.01.2", PLAN_LOOKUP_NO_ELEMENT, "11/rkpd/2026#1.01.02",
	 NULL},
	{"11/rkpd/2026#nothing-like-it", PLAN_LOOKUP_NO_ELEMENT, NULL, NULL},
	/* the document is near; its element is then kept or corrected */
	{"11/rkpd/2025#1.01.02", PLAN_LOOKUP_NO_DOCUMENT,
	 "11/rkpd/2026#1.01.02", NULL},
	{"11/rkpd/2025#1.01.2", PLAN_LOOKUP_NO_DOCUMENT,
	 "11/rkpd/2026#1.01.02", NULL},
	{"n/rpjmn/2025-2030", PLAN_LOOKUP_NO_DOCUMENT, "n/rpjmn/2025-2029",
	 NULL},
	{"quite/different/thing", PLAN_LOOKUP_NO_DOCUMENT, NULL, NULL},
	{"11.02/rkpd/2026#1.01.07", PLAN_LOOKUP_AMBIGUOUS, NULL, NULL},
};

static bool same_text(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

/* The lookup is as c says; else the test fails naming c->ref. */
static void lookup_is(const struct lookup_case *c)
{
	struct plan_lookup l;
	const char *got = NULL;

	plan_lookup(&l, repo, c->ref);
	if (l.status == PLAN_LOOKUP_ELEMENT)
		got = l.el->name.s;
	else if (l.status == PLAN_LOOKUP_DOCUMENT && !l.el)
		got = l.doc->id.s;
	if (l.status != c->status || !same_text(l.suggestion, c->suggestion) ||
	    !same_text(got, c->found))
		fail_msg("'%s': status %d, suggestion '%s', got '%s'; expected "
			 "%d, '%s', '%s'", c->ref, (int)l.status,
			 l.suggestion ? l.suggestion : "(none)",
			 got ? got : "(none)", (int)c->status,
			 c->suggestion ? c->suggestion : "(none)",
			 c->found ? c->found : "(none)");
	plan_lookup_release(&l);
}

static void test_lookup(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof lookups / sizeof *lookups; i++)
		lookup_is(&lookups[i]);
}

static void test_region_display(void **state)
{
	const struct plan_doc *d;
	(void)state;
	assert_string_equal(plan_region_display(NULL, "", NULL), "Indonesia");
	assert_string_equal(plan_region_display(NULL, NULL, "x"), "Indonesia");
	assert_string_equal(plan_region_display(NULL, "11", "Aceh"), "Aceh");
	assert_string_equal(plan_region_display(NULL, "11", ""), "11");
	el("11.01.01.2001/rkpdes/2026#2.6.01", &d);
	assert_string_equal(plan_doc_region_display(NULL, d), "11.01.01.2001");
}

/* ---- up and down ---------------------------------------------------- */

/* The trace in direction way from the element ref names, into t,
 * expecting n nodes; that element. */
static const struct plan_element *trace(struct plan_trace *t, const char *ref,
					enum plan_trace_dir way, size_t n)
{
	const struct plan_doc *d;
	const struct plan_element *e = el(ref, &d);

	plan_trace_build(t, repo, d, e, way);
	if (t->n != n)
		fail_msg("%s: %zu nodes, expected %zu", ref, t->n, n);
	return e;
}

static void test_up_branches_and_repeat(void **state)
{
	struct plan_trace t;
	(void)state;
	trace(&t, "11.01.01/musrenbang/2026#U-1", PLAN_TRACE_UP, 8);
	static const struct {
		const char *ref;
		size_t depth;
		enum plan_trace_mark mark;
		bool part;
	} want[] = {
		{"11.01.01/musrenbang/2026#U-1", 0, PLAN_TRACE_NEW, false},
		{"11.01/rkpd/2026#1.01.01", 1, PLAN_TRACE_NEW, false},
		{"11/rkpd/2026#1.01.01", 2, PLAN_TRACE_NEW, false},
		{"n/rpjmn/2025-2029#PN-1", 3, PLAN_TRACE_NEW, false},
		{"n/rpjmn/2025-2029#PN-2.PP-1", 3, PLAN_TRACE_NEW, false},
		{"n/rpjmn/2025-2029#PN-2", 4, PLAN_TRACE_NEW, true},
		{"11/rkpd/2026#1.01.02", 2, PLAN_TRACE_NEW, false},
		{"n/rpjmn/2025-2029#PN-1", 3, PLAN_TRACE_REPEAT, false},
	};
	for (size_t i = 0; i < t.n; i++) {
		assert_string_equal(node_ref(&t.nodes[i]), want[i].ref);
		assert_int_equal(t.nodes[i].depth, want[i].depth);
		assert_int_equal(t.nodes[i].mark, want[i].mark);
		assert_int_equal(t.nodes[i].part, want[i].part);
	}
	assert_int_equal(t.nodes[0].parent, PLAN_TRACE_NONE);
	assert_null(t.nodes[0].ref);
	assert_int_equal(t.nodes[6].parent, 1);
	assert_int_equal(t.nodes[7].first, 3);
	assert_string_equal(t.nodes[1].ref->text, "11.01/rkpd/2026#1.01.01");
	assert_null(t.nodes[5].ref);	/* a part: no supports entry */
	plan_trace_release(&t);
	assert_int_equal(t.n, 0);
}

static void test_up_cycle(void **state)
{
	struct plan_trace t;
	(void)state;
	const struct plan_element *e =
		trace(&t, "11.01/rkpd/2026#1.01.05", PLAN_TRACE_UP, 3);
	assert_string_equal(node_ref(&t.nodes[1]), "11.02/rkpd/2026#1.01.05");
	assert_int_equal(t.nodes[1].mark, PLAN_TRACE_NEW);
	assert_int_equal(t.nodes[2].mark, PLAN_TRACE_CYCLE);
	assert_int_equal(t.nodes[2].first, 0);
	assert_ptr_equal(t.nodes[2].el, e);
	plan_trace_release(&t);
}

static void test_up_into_nothing(void **state)
{
	struct plan_trace t;
	(void)state;
	trace(&t, "11/rkpd/2026#1.01.03", PLAN_TRACE_UP, 3);
	assert_int_equal(t.nodes[1].mark, PLAN_TRACE_NOT_LOADED);
	assert_null(t.nodes[1].doc);
	assert_null(t.nodes[1].el);
	assert_string_equal(t.nodes[1].ref->text, "x/unloaded/2026#A");
	assert_int_equal(t.nodes[2].mark, PLAN_TRACE_NOT_FOUND);
	assert_string_equal(t.nodes[2].doc->id.s, "n/rpjmn/2025-2029");
	assert_null(t.nodes[2].el);
	plan_trace_release(&t);
}

static void test_up_top_alone(void **state)
{
	struct plan_trace t;
	(void)state;
	trace(&t, "n/rpjmn/2025-2029#PN-1", PLAN_TRACE_UP, 1);
	assert_int_equal(t.dir, PLAN_TRACE_UP);
	plan_trace_release(&t);
}

static void test_down_tree(void **state)
{
	struct plan_trace t;
	(void)state;
	trace(&t, "n/rpjmn/2025-2029#PN-1", PLAN_TRACE_DOWN, 7);
	static const char *const want[] = {
		"n/rpjmn/2025-2029#PN-1", "11/rkpd/2026#1.01.01",
		"11.01/rkpd/2026#1.01.01", "11.01.01/musrenbang/2026#U-1",
		"11.01.01.2001/rkpdes/2026#2.6.01", "11/rkpd/2026#1.01.02",
		"11.01/rkpd/2026#1.01.01",
	};
	static const size_t depth[] = {0, 1, 2, 3, 4, 1, 2};
	for (size_t i = 0; i < t.n; i++) {
		assert_string_equal(node_ref(&t.nodes[i]), want[i]);
		assert_int_equal(t.nodes[i].depth, depth[i]);
	}
	assert_int_equal(t.nodes[6].mark, PLAN_TRACE_REPEAT);
	assert_int_equal(t.nodes[6].first, 2);
	/* down, ref is the supports entry of the node's own element */
	assert_string_equal(t.nodes[1].ref->text, "n/rpjmn/2025-2029#PN-1");
	plan_trace_release(&t);
}

static void test_down_through_parts(void **state)
{
	struct plan_trace t;
	(void)state;
	trace(&t, "n/rpjmn/2025-2029#PN-2", PLAN_TRACE_DOWN, 6);
	assert_string_equal(node_ref(&t.nodes[1]),
			    "n/rpjmn/2025-2029#PN-2.PP-1");
	assert_true(t.nodes[1].part);
	assert_null(t.nodes[1].ref);
	assert_string_equal(node_ref(&t.nodes[2]), "11/rkpd/2026#1.01.01");
	assert_false(t.nodes[2].part);
	plan_trace_release(&t);
	/* a part with nothing below it is not shown */
	trace(&t, "11/rkpd/2026#1.01.04", PLAN_TRACE_DOWN, 1);
	plan_trace_release(&t);
}

/* ---- orphans -------------------------------------------------------- */

static void test_orphan_kind(void **state)
{
	const struct plan_doc *d;
	(void)state;
	const struct plan_element *e = el("11/rkpd/2026#1.01.04", &d);
	assert_true(plan_orphan_kind(d, e));
	e = el("11.01.01/musrenbang/2026#U-2", &d);
	assert_true(plan_orphan_kind(d, e));
	e = el("11.01.01.2001/rkpdes/2026#2.6.02", &d);
	assert_true(plan_orphan_kind(d, e));	/* budget 0 */
	e = el("11.01.01.2001/rkpdes/2026#2.6.03", &d);
	assert_true(plan_orphan_kind(d, e));	/* no budget */
	e = el("11.01.01.2001/rkpdes/2026#2.6.04", &d);
	assert_false(plan_orphan_kind(d, e));	/* funded at home */
	e = el("11.01.01.2001/rkpdes/2026#2.6", &d);
	assert_false(plan_orphan_kind(d, e));	/* a sub-bidang */
	e = el("n/rpjmn/2025-2029#PN-1", &d);
	assert_false(plan_orphan_kind(d, e));	/* not rpjmd or rkpd */
}

static void test_orphans_found(void **state)
{
	struct plan_orphans o;
	(void)state;
	plan_orphans_find(&o, repo);
	/* in load order: the walk sorts names bytewise, '-' before '0' */
	static const char *const want[] = {
		"11/rkpd/2026#1.01.04", "11.01.01/musrenbang/2026#U-2",
		"11.01.01.2001/rkpdes/2026#2.6.02",
		"11.01.01.2001/rkpdes/2026#2.6.03",
		"11.02/rkpd/2026#1.01.06", "11.02/rkpd/2026#1.01.07",
		"11.02/rkpd/2026#1.01.07",
	};
	assert_int_equal(o.n, sizeof want / sizeof *want);
	for (size_t i = 0; i < o.n; i++) {
		char ref[64];
		snprintf(ref, sizeof ref, "%s#%s", o.v[i].doc->id.s,
			 o.v[i].el->id);
		assert_string_equal(ref, want[i]);
	}
	assert_int_equal(o.judged, 5);	/* all but the RPJMN */
	plan_orphans_release(&o);
	assert_int_equal(o.n, 0);
}

/* Without a higher plan loaded there is nothing to judge against. */
static void test_orphans_need_higher_plan(void **state)
{
	struct plan_repo_opts ro = {.limits = YLOAD_LIMITS_DEFAULT, .jobs = 1};
	char path[128], *paths[] = {path};
	struct plan_orphans o;
	(void)state;
	snprintf(path, sizeof path, "%s/1102-rkpd.yaml", dir);
	struct plan_repo *r = plan_repo_new(&ro);
	struct plan_findings *f = plan_findings_new(NULL);
	plan_repo_load(r, paths, 1, f);
	plan_repo_check(r, f);
	plan_orphans_find(&o, r);
	assert_int_equal(o.n, 0);
	assert_int_equal(o.judged, 0);
	plan_orphans_release(&o);
	plan_findings_free(f);
	plan_repo_free(r);
}

/* ---- coverage ------------------------------------------------------- */

/* Add the element ref names to c. */
static void cover(struct plan_coverage *c, const char *ref)
{
	const struct plan_doc *d;
	const struct plan_element *e = el(ref, &d);

	plan_coverage_add(c, d, e);
}

static void test_coverage_national(void **state)
{
	struct plan_coverage c;
	(void)state;
	plan_coverage_init(&c, repo, NULL);
	cover(&c, "n/rpjmn/2025-2029#PN-1");
	assert_false(c.regions_from_table);
	assert_int_equal(c.nitems, 1);
	const struct plan_cov_item *it = &c.items[0];
	assert_int_equal(it->direct, 2);
	assert_int_equal(it->supporters, 5);	/* 2 + kab + U-1 + nagari */
	assert_int_equal(it->nunits, 2);
	const struct plan_cov_unit *u = &it->units[0];
	assert_string_equal(u->region.code, "");
	assert_string_equal(u->region.name, "Indonesia");
	assert_string_equal(u->children_word, "provinsi");
	assert_int_equal(u->nchildren, 1);
	assert_int_equal(u->nsupported, 1);
	u = &it->units[1];
	assert_string_equal(u->region.name, "Aceh");
	assert_string_equal(u->children_word, "kabupaten/kota");
	assert_int_equal(u->nchildren, 2);
	assert_int_equal(u->nsupported, 1);
	assert_string_equal(u->children[0].code, "11.01");
	assert_true(u->children[0].supported);
	assert_string_equal(u->children[1].name, "Kabupaten Dua");
	assert_false(u->children[1].supported);
	assert_int_equal(u->children[1].rank, 2);
	assert_int_equal(c.gaps, 1);
	plan_coverage_release(&c);
}

/* What serves a part serves the whole; the cycle serves nothing above. */
static void test_coverage_parts_and_document(void **state)
{
	const struct plan_doc *d = plan_repo_find_doc(repo, "n/rpjmn/2025-2029");
	struct plan_coverage c;
	(void)state;
	plan_coverage_init(&c, repo, NULL);
	plan_coverage_add(&c, d, NULL);
	assert_int_equal(c.nitems, 3);
	assert_string_equal(c.items[1].el->id, "PN-2");
	assert_int_equal(c.items[1].direct, 0);
	assert_int_equal(c.items[1].supporters, 4);
	assert_int_equal(c.items[1].units[0].nsupported, 1);
	assert_int_equal(c.items[2].direct, 1);
	plan_coverage_release(&c);
}

static void test_coverage_lower_levels(void **state)
{
	struct plan_coverage c;
	(void)state;
	plan_coverage_init(&c, repo, NULL);
	cover(&c, "11.01/rkpd/2026#1.01.01");
	const struct plan_cov_item *it = &c.items[0];
	assert_int_equal(it->nunits, 2);
	assert_string_equal(it->units[0].children_word, "kecamatan");
	assert_int_equal(it->units[0].nsupported, 1);
	assert_string_equal(it->units[1].region.name, "Kecamatan Satu");
	assert_string_equal(it->units[1].children_word, "nagari");
	assert_int_equal(it->units[1].nsupported, 1);
	assert_int_equal(c.gaps, 0);
	/* a nagari element has no lower regions */
	cover(&c, "11.01.01.2001/rkpdes/2026#2.6.01");
	assert_int_equal(c.items[1].nunits, 0);
	assert_int_equal(c.gaps, 0);
	plan_coverage_release(&c);
}

static void test_coverage_top(void **state)
{
	struct plan_coverage c;
	(void)state;
	plan_coverage_init(&c, repo, NULL);
	plan_coverage_add_top(&c);
	assert_int_equal(c.nitems, 3);
	for (size_t i = 0; i < c.nitems; i++)
		assert_string_equal(c.items[i].doc->id.s, "n/rpjmn/2025-2029");
	plan_coverage_release(&c);
}

/* ---- coverage as SPEC 7 (1.2) counts it ---------------------------- */

/* A repository of its own: the documents written to a fresh directory,
 * loaded and checked (tests/unit/testutil.h); the region table (CSV
 * text, or NULL) into t. */
struct mini {
	struct tu_repo r;
	struct plan_tables *t;	/* empty without a region table */
};

static void mini_load(struct mini *m, const char *const *yaml, size_t n,
		      const char *regions)
{
	struct plan_repo_opts o = {.limits = YLOAD_LIMITS_DEFAULT, .jobs = 1,
				   .compact = true};
	char name[32];
	assert_true(tu_repo_open(&m->r, "test_cover"));
	m->t = regions ? tu_tables(regions, NULL) : plan_tables_new();
	for (size_t i = 0; i < n; i++) {
		snprintf(name, sizeof name, "d%zu.yaml", i);
		tu_write(m->r.dir, name, yaml[i]);
	}
	tu_repo_check(&m->r, &o);
	assert_int_equal(plan_repo_doc_count(m->r.repo), n);
}

static void mini_free(struct mini *m)
{
	tu_repo_close(&m->r);
	plan_tables_free(m->t);
}

/* A province with misi > tujuan > sasaran, a program serving the
 * sasaran, its kegiatan; a kabupaten whose program supports it; a
 * kecamatan Musrenbang supporting the kabupaten's kegiatan (a part of
 * its program); a kelurahan's Musrenbang; a provincial Renja. */
static const char *const cover_docs[] = {
	"plan: 1\nid: 11/rkpd/2026\nkind: rkpd\nlevel: provinsi\n"
	"region: \"11\"\nperiod: {start: 2026, end: 2026}\n"
	"misi:\n  - id: M1\n    name: Misi\n    tujuan:\n"
	"      - id: T1\n        name: Tujuan\n        sasaran:\n"
	"          - id: S1\n            name: Sasaran\n"
	"          - id: S2\n            name: Sasaran tanpa program\n"
	"programs:\n  - code: 1.01.02\n    name: Program\n    sasaran: [S1]\n"
	"    kegiatan:\n      - code: 1.01.02.1.01\n        name: Kegiatan\n",
	"plan: 1\nid: 11/renja-x/2026\nkind: renja\nlevel: provinsi\n"
	"region: \"11\"\nunit: {code: \"1.01.0.00.0.00.01.0000\", name: X}\n"
	"period: {start: 2026, end: 2026}\n"
	"programs:\n  - code: 1.01.02\n    name: Program\n",
	"plan: 1\nid: 11.01/rkpd/2026\nkind: rkpd\nlevel: kabupaten\n"
	"region: \"11.01\"\nperiod: {start: 2026, end: 2026}\n"
	"programs:\n  - code: 1.01.02\n    name: Program\n"
	"    supports: [11/rkpd/2026#1.01.02]\n"
	"    kegiatan:\n      - code: 1.01.02.2.01\n        name: Kegiatan\n",
	"plan: 1\nid: 11.01.01/musrenbang/2026\nkind: musrenbang\n"
	"level: kecamatan\nregion: \"11.01.01\"\n"
	"period: {start: 2026, end: 2026}\nproposals:\n"
	"  - id: U-1\n    name: Usulan\n    rank: 1\n"
	"    supports: [11.01/rkpd/2026#1.01.02.2.01]\n",
	"plan: 1\nid: 11.01.02.1001/musrenbang/2026\nkind: musrenbang\n"
	"level: kelurahan\nregion: \"11.01.02.1001\"\n"
	"period: {start: 2026, end: 2026}\nproposals:\n"
	"  - id: K-1\n    name: Usulan kelurahan\n    rank: 1\n",
};

static const char cover_regions[] =
	"code,name,parent,level\n11,Aceh,,provinsi\n12,Sumut,,provinsi\n"
	"11.01,Kab Satu,11,kabkota\n11.02,Kab Dua,11,kabkota\n"
	"11.01.01,Kec Satu,11.01,kecamatan\n11.01.02,Kec Dua,11.01,kecamatan\n"
	"11.01.03,Kec Tiga,11.01,kecamatan\n"
	"11.01.02.1001,Kel Satu,11.01.02,desakel\n"
	"11.02.01,Kec Empat,11.02,kecamatan\n12.01,Kab Lima,12,kabkota\n";

/* cover_docs into m, without a region table; the coverage of their top
 * elements into c. */
static void mini_top(struct mini *m, struct plan_coverage *c)
{
	mini_load(m, cover_docs, 5, NULL);
	plan_coverage_init(c, m->r.repo, NULL);
	plan_coverage_add_top(c);
}

/* Which elements count; the default documents are those with any. */
static void test_coverage_counted(void **state)
{
	struct mini m;
	struct plan_coverage c;
	(void)state;
	mini_top(&m, &c);
	/* T1, S1, S2, 1.01.02: not M1, not the kegiatan, nothing of the
	 * Renja at the same level */
	assert_int_equal(c.nitems, 4);
	assert_string_equal(c.items[0].el->id, "T1");
	assert_string_equal(c.items[3].el->id, "1.01.02");
	for (size_t i = 0; i < c.nitems; i++)
		assert_string_equal(c.items[i].doc->id.s, "11/rkpd/2026");
	plan_coverage_release(&c);
	/* asked for by name: M1 itself, then the counted elements below */
	const struct plan_doc *d;
	bool amb;
	const struct plan_element *e =
		plan_repo_resolve(m.r.repo, "11/rkpd/2026#M1", &d, &amb);
	plan_coverage_init(&c, m.r.repo, NULL);
	plan_coverage_add(&c, d, e);
	assert_int_equal(c.nitems, 4);
	assert_string_equal(c.items[0].el->id, "M1");
	assert_string_equal(c.items[3].el->id, "S2");
	plan_coverage_release(&c);
	d = plan_repo_find_doc(m.r.repo, "11/renja-x/2026");
	plan_coverage_init(&c, m.r.repo, NULL);
	plan_coverage_add(&c, d, NULL);
	assert_int_equal(c.nitems, 0);
	plan_coverage_release(&c);
	mini_free(&m);
}

/* Support reached through other elements: the Musrenbang supports a
 * kegiatan of the kabupaten's program, which supports the province's
 * program, which serves S1 and so T1.  S2 is served by nothing. */
static void test_coverage_through_elements(void **state)
{
	struct mini m;
	struct plan_coverage c;
	(void)state;
	mini_top(&m, &c);
	const struct plan_cov_item *t1 = &c.items[0], *s2 = &c.items[2];
	assert_int_equal(t1->supporters, 3);	/* program, kab, U-1 */
	assert_int_equal(t1->nunits, 2);
	assert_int_equal(t1->units[0].nsupported, 1);	/* 11.01 */
	/* kecamatan of 11.01: 11.01.01 serves; the kelurahan's kecamatan
	 * 11.01.02 is loaded and does not (a gap); the kelurahan itself is
	 * never counted */
	assert_string_equal(t1->units[1].children_word, "kecamatan");
	assert_int_equal(t1->units[1].nchildren, 2);
	assert_int_equal(t1->units[1].nsupported, 1);
	assert_true(plan_cov_unit_gap(&t1->units[1]));
	assert_int_equal(s2->supporters, 0);
	assert_int_equal(s2->units[0].nsupported, 0);
	plan_coverage_release(&c);
	mini_free(&m);
}

/* With a region table: every region two levels down counted, those with
 * nothing loaded apart and never gaps. */
static void test_coverage_region_table(void **state)
{
	struct mini m;
	struct plan_coverage c;
	const struct plan_doc *d;
	bool amb;
	(void)state;
	mini_load(&m, cover_docs, 5, cover_regions);
	const struct plan_element *e =
		plan_repo_resolve(m.r.repo, "11/rkpd/2026#1.01.02", &d, &amb);
	plan_coverage_init(&c, m.r.repo, m.t);
	plan_coverage_add(&c, d, e);
	assert_true(c.regions_from_table);
	const struct plan_cov_item *it = &c.items[0];
	assert_int_equal(it->nunits, 3);	/* Aceh, Kab Satu, Kab Dua */
	const struct plan_cov_unit *u = &it->units[0];
	assert_int_equal(u->nchildren, 2);
	assert_int_equal(u->nsupported, 1);
	assert_int_equal(u->nno_plan, 1);	/* Kab Dua */
	assert_false(plan_cov_unit_gap(u));
	assert_string_equal(u->children[1].name, "Kab Dua");
	assert_false(u->children[1].loaded);
	u = &it->units[1];
	assert_string_equal(u->region.name, "Kab Satu");
	assert_int_equal(u->nchildren, 3);	/* the kelurahan is not */
	assert_int_equal(u->nsupported, 1);
	assert_int_equal(u->nno_plan, 1);	/* Kec Tiga */
	assert_true(plan_cov_unit_gap(u));	/* Kec Dua has a plan */
	u = &it->units[2];
	assert_string_equal(u->region.name, "Kab Dua");
	assert_int_equal(u->nchildren, 1);
	assert_int_equal(u->nno_plan, 1);
	assert_int_equal(c.gaps, 1);
	assert_int_equal(c.no_plan, 3);	/* Kab Dua, Kec Tiga, Kec Empat */
	plan_coverage_release(&c);
	mini_free(&m);
}

TU_MAIN_GROUP("trace", setup, teardown, NULL, NULL,
	TU_TEST(test_lookup),
	TU_TEST(test_region_display),
	TU_TEST(test_up_branches_and_repeat),
	TU_TEST(test_up_cycle),
	TU_TEST(test_up_into_nothing),
	TU_TEST(test_up_top_alone),
	TU_TEST(test_down_tree),
	TU_TEST(test_down_through_parts),
	TU_TEST(test_orphan_kind),
	TU_TEST(test_orphans_found),
	TU_TEST(test_orphans_need_higher_plan),
	TU_TEST(test_coverage_national),
	TU_TEST(test_coverage_parts_and_document),
	TU_TEST(test_coverage_lower_levels),
	TU_TEST(test_coverage_top),
	TU_TEST(test_coverage_counted),
	TU_TEST(test_coverage_through_elements),
	TU_TEST(test_coverage_region_table))
