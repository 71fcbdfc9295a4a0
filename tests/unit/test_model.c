/* test_model.c - a ytree read as a plan document (lib/model.c). */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "model/model.h"
#include "base/strpool.h"

static void str_is(struct plan_str s, const char *want)
{
	if (!want) {
		assert_null(s.s);
		return;
	}
	assert_non_null(s.s);
	assert_string_equal(s.s, want);
	assert_int_equal(s.len, strlen(want));
	assert_non_null(s.node);
}

/* The document of yaml, which must be of kind and level. */
static const struct plan_doc *doc_of(struct tu_fx *fx, const char *yaml,
				     enum plan_kind kind, enum plan_level level)
{
	const struct plan_doc *d = tu_doc(fx->a, yaml);

	assert_int_equal(d->kind, kind);
	assert_int_equal(d->level, level);
	return d;
}

static const char RPJMD[] =
	"plan: 1\n"						/* 1 */
	"id: 13/rpjmd/2025-2029\n"
	"kind: rpjmd\n"
	"level: provinsi\n"
	"region: \"13\"\n"					/* 5 */
	"region_name: Sumatera Barat\n"
	"unit: {code: \"1.01.0.00.0.00.01.0000\", name: Bappeda}\n"
	"period: {start: 2025, end: 2029}\n"
	"status: draft\n"
	"adopted: 2025-08-29\n"					/* 10 */
	"inaugurated: 2025-02-20\n"
	"parents: [indonesia/rpjmn/2025-2029, 13/rpjpd/2025-2045]\n"
	"visi: Sumatera Barat Madani\n"
	"misi:\n"
	"  - id: M2\n"						/* 15 */
	"    name: Misi dua\n"
	"    tujuan:\n"
	"      - id: T2.1\n"
	"        name: Tujuan satu\n"
	"        indicators:\n"					/* 20 */
	"          - name: Indeks\n"
	"            unit: indeks\n"
	"            targets: {2025: 3.5, 2029: \"4.0\"}\n"
	"        sasaran:\n"
	"          - id: S2.1.1\n"				/* 25 */
	"            name: Sasaran satu\n"
	"          - id: S2.1.2\n"
	"            name: Sasaran dua\n"
	"programs:\n"
	"  - code: 2.16.03\n"					/* 30 */
	"    name: Program Aplikasi\n"
	"    unit: \"2.16.2.20.2.21.01.0000\"\n"
	"    sasaran: [S2.1.1, S2.1.2]\n"
	"    supports:\n"
	"      - indonesia/rpjmn/2025-2029#PN-1\n"		/* 35 */
	"      - {ref: \"indonesia/rpjmn/2025-2029#PN-2\", reviewed: 0123456789abcdef}\n"
	"      - [nested]\n"
	"      - {reviewed: abc}\n"
	"    indicators:\n"
	"      - code: IKP-1\n"					/* 40 */
	"        name: Persentase layanan\n"
	"        unit: \"%\"\n"
	"        direction: down\n"
	"        baseline: {year: 2024, value: 80}\n"
	"        targets: {2025: 78, 2026: 75}\n"		/* 45 */
	"        actuals: {2025: 79}\n"
	"      - name: Jumlah aplikasi\n"
	"        unit: aplikasi\n"
	"        direction: sideways\n"
	"        baseline: {year: 24, value: ~}\n"		/* 50 */
	"        targets: {2025: 10}\n"
	"      - just text\n"
	"      - name: Dokumen\n"
	"        unit: dokumen\n"
	"        direction: exact\n"				/* 55 */
	"        targets: {}\n"
	"    budget: {2025: 12_500_000_000, 2026: 1.2e9, 20x7: 5, 2027: ~}\n"
	"    kegiatan:\n"
	"      - code: 2.16.03.1.02\n"
	"        name: Kegiatan satu\n"				/* 60 */
	"        sasaran: [S2.1.1]\n"
	"        budget: {2025: 12500000000}\n"
	"        sub_kegiatan:\n"
	"          - code: 2.16.03.1.02.0005\n"
	"            name: Sub satu\n"				/* 65 */
	"            unit: \"9.99.9.99.9.99.99.0000\"\n"
	"            budget: {2025: 12500000000}\n"
	"          - id: SK-X\n"
	"            code: 2.16.03.1.02.0006\n"
	"            name: Sub dua\n"				/* 70 */
	"      - name: Tanpa kode\n"
	"  - code: 2.16.04\n"
	"    name: Program kedua\n"
	"    kegiatan:\n"
	"      - code: 2.16.04.1.01\n"				/* 75 */
	"        name: Kegiatan kedua\n";

static void test_rpjmd_header(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a, RPJMD);

	assert_ptr_equal(d->arena, fx->a);
	assert_string_equal(d->file, "t.yaml");
	str_is(d->plan, "1");
	str_is(d->id, "13/rpjmd/2025-2029");
	tu_at(d->id.node, 2, 5);
	str_is(d->kind_s, "rpjmd");
	str_is(d->level_s, "provinsi");
	assert_int_equal(d->kind, KIND_RPJMD);
	assert_int_equal(d->level, LEVEL_PROVINSI);
	str_is(d->region, "13");
	str_is(d->region_name, "Sumatera Barat");
	str_is(d->unit_code, "1.01.0.00.0.00.01.0000");
	str_is(d->unit_name, "Bappeda");
	str_is(d->status, "draft");
	str_is(d->adopted, "2025-08-29");
	tu_at(d->adopted.node, 10, 10);
	str_is(d->inaugurated, "2025-02-20");
	tu_at(d->period_node, 8, 9);
	assert_int_equal(d->period_start, 2025);
	assert_int_equal(d->period_end, 2029);
	assert_int_equal(d->nparents, 2);
	assert_string_equal(d->parents[0].text, "indonesia/rpjmn/2025-2029");
	tu_at(d->parents[0].node, 12, 11);
	assert_string_equal(d->parents[1].text, "13/rpjpd/2025-2045");
	assert_null(d->parents[1].reviewed);
}

static void test_rpjmd_tree(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a, RPJMD);
	static const struct {
		enum plan_elem_type type;
		const char *id;
		int parent;	/* index in elements, -1 at the top */
		unsigned line, col;
	} want[] = {
		{EL_MISI, "M2", -1, 15, 5},
		{EL_TUJUAN, "T2.1", 0, 18, 9},
		{EL_SASARAN, "S2.1.1", 1, 25, 13},
		{EL_SASARAN, "S2.1.2", 1, 27, 13},
		{EL_PROGRAM, "2.16.03", -1, 30, 5},
		{EL_KEGIATAN, "2.16.03.1.02", 4, 59, 9},
		{EL_SUB_KEGIATAN, "2.16.03.1.02.0005", 5, 64, 13},
		{EL_SUB_KEGIATAN, "SK-X", 5, 68, 13},
		{EL_KEGIATAN, NULL, 4, 71, 9},
		{EL_PROGRAM, "2.16.04", -1, 72, 5},
		{EL_KEGIATAN, "2.16.04.1.01", 9, 75, 9},
	};
	size_t n = sizeof want / sizeof *want;

	assert_int_equal(d->nelements, n);
	for (size_t i = 0; i < n; i++) {
		const struct plan_element *e = d->elements[i];
		assert_int_equal(e->type, want[i].type);
		assert_int_equal(e->order, i);
		if (want[i].id)
			assert_string_equal(e->id, want[i].id);
		else
			assert_null(e->id);
		if (want[i].parent < 0)
			assert_null(e->parent);
		else
			assert_ptr_equal(e->parent, d->elements[want[i].parent]);
		tu_at(e->node, want[i].line, want[i].col);
	}
	/* the roots of each section, and children in order */
	assert_int_equal(d->ntop, 3);
	assert_ptr_equal(d->top[0], d->elements[0]);
	assert_ptr_equal(d->top[1], d->elements[4]);
	assert_ptr_equal(d->top[2], d->elements[9]);
	const struct plan_element *t = d->elements[1];
	assert_int_equal(d->elements[0]->nchildren, 1);
	assert_ptr_equal(d->elements[0]->children[0], t);
	assert_int_equal(t->nchildren, 2);
	assert_ptr_equal(t->children[1], d->elements[3]);
	assert_int_equal(d->elements[3]->nchildren, 0);
	const struct plan_element *p = d->elements[4];
	assert_int_equal(p->nchildren, 2);
	assert_ptr_equal(p->children[0], d->elements[5]);
	assert_ptr_equal(p->children[1], d->elements[8]);
	assert_int_equal(d->elements[5]->nchildren, 2);
	assert_int_equal(d->elements[8]->nchildren, 0);
	/* 1-based places in their lists */
	assert_int_equal(d->elements[3]->index, 2);
	assert_int_equal(d->elements[8]->index, 2);
	assert_int_equal(d->elements[9]->index, 2);
	assert_int_equal(p->index, 1);
}

static void test_ids_default_to_codes(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a, RPJMD);

	const struct plan_element *p = d->elements[4];
	str_is(p->code, "2.16.03");
	assert_null(p->extra->id_key.s);
	assert_true(plan_element_id_defaulted(p));
	assert_string_equal(p->id, "2.16.03");
	str_is(p->name, "Program Aplikasi");
	tu_at(p->code.node, 30, 11);

	const struct plan_element *sk = d->elements[7];
	str_is(sk->extra->id_key, "SK-X");
	str_is(sk->code, "2.16.03.1.02.0006");
	assert_false(plan_element_id_defaulted(sk));
	assert_string_equal(sk->id, "SK-X");

	const struct plan_element *m = d->elements[0];
	str_is(m->extra->id_key, "M2");
	assert_null(m->code.s);
	assert_false(plan_element_id_defaulted(m));

	const struct plan_element *none = d->elements[8];
	assert_null(none->id);
	assert_false(plan_element_id_defaulted(none));
	str_is(none->name, "Tanpa kode");
}

static void test_effective_unit(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a, RPJMD);
	static const char *const doc_unit = "1.01.0.00.0.00.01.0000",
			  *const prog_unit = "2.16.2.20.2.21.01.0000";

	/* no unit anywhere above: the document's unit.code */
	assert_string_equal(d->elements[0]->eff_unit, doc_unit);
	assert_string_equal(d->elements[2]->eff_unit, doc_unit);
	/* own */
	str_is(d->elements[4]->extra->unit, prog_unit);
	assert_string_equal(d->elements[4]->eff_unit, prog_unit);
	/* the nearest ancestor's */
	assert_null(d->elements[5]->extra->unit.s);
	assert_string_equal(d->elements[5]->eff_unit, prog_unit);
	assert_string_equal(d->elements[7]->eff_unit, prog_unit);
	/* own beats the ancestor's */
	assert_string_equal(d->elements[6]->eff_unit, "9.99.9.99.9.99.99.0000");
	/* a program without a unit, and its kegiatan */
	assert_string_equal(d->elements[9]->eff_unit, doc_unit);
	assert_string_equal(d->elements[10]->eff_unit, doc_unit);
}

static void test_indicators(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a, RPJMD);

	const struct plan_element *t = d->elements[1];
	assert_int_equal(t->nindicators, 1);
	const struct plan_indicator *ind = &t->indicators[0];
	assert_int_equal(ind->index, 1);
	tu_at(ind->node, 21, 13);
	str_is(ind->name, "Indeks");
	str_is(ind->unit, "indeks");
	assert_null(ind->code.s);
	assert_int_equal(ind->direction, DIR_UP);	/* the default */
	assert_null(ind->baseline_node);
	assert_int_equal(ind->baseline_year, -1);
	assert_null(ind->baseline_value.s);
	tu_at(ind->targets.node, 23, 22);
	assert_int_equal(ind->targets.n, 2);
	assert_int_equal(ind->targets.v[1].year, 2029);
	assert_string_equal(ind->targets.v[1].value->text, "4.0");
	assert_false(ind->targets.v[1].money_ok);
	assert_null(ind->actuals.node);
	assert_int_equal(ind->actuals.n, 0);
	assert_null(ind->targets_forward.node);

	const struct plan_element *p = d->elements[4];
	/* the text item is no indicator, but keeps its place in the count */
	assert_int_equal(p->nindicators, 3);
	ind = &p->indicators[0];
	assert_int_equal(ind->index, 1);
	str_is(ind->code, "IKP-1");
	str_is(ind->unit, "%");
	assert_int_equal(ind->direction, DIR_DOWN);
	tu_at(ind->baseline_node, 44, 19);
	assert_int_equal(ind->baseline_year, 2024);
	str_is(ind->baseline_value, "80");
	assert_int_equal(ind->targets.n, 2);
	assert_int_equal(ind->targets.v[0].year, 2025);
	tu_at(ind->targets.v[0].key, 45, 19);
	assert_string_equal(ind->targets.v[0].value->text, "78");
	tu_at(ind->targets.v[0].value, 45, 25);
	assert_int_equal(ind->targets.v[1].year, 2026);
	assert_int_equal(ind->actuals.n, 1);
	assert_int_equal(ind->actuals.v[0].year, 2025);

	ind = &p->indicators[1];
	assert_int_equal(ind->index, 2);
	assert_int_equal(ind->direction, DIR_UP);	/* unknown: the default */
	assert_non_null(ind->baseline_node);
	assert_int_equal(ind->baseline_year, -1);	/* 24 is no year */
	assert_null(ind->baseline_value.s);		/* ~ is absent */
	assert_non_null(ind->baseline_value.node);

	ind = &p->indicators[2];
	assert_int_equal(ind->index, 4);
	assert_int_equal(ind->direction, DIR_EXACT);
	assert_non_null(ind->targets.node);
	assert_int_equal(ind->targets.n, 0);

	assert_int_equal(d->elements[5]->nindicators, 0);
}

static void test_budgets(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a, RPJMD);

	const struct plan_yearmap *b = &d->elements[4]->budget;
	tu_at(b->node, 57, 13);
	assert_int_equal(b->n, 4);
	assert_int_equal(b->v[0].year, 2025);
	assert_true(b->v[0].money_ok);
	assert_true(b->v[0].amount == 12500000000);
	tu_at(b->v[0].value, 57, 20);
	assert_int_equal(b->v[1].year, 2026);
	assert_false(b->v[1].money_ok);		/* 1.2e9 */
	assert_string_equal(b->v[1].value->text, "1.2e9");
	assert_int_equal(b->v[2].year, -1);		/* 20x7 */
	assert_true(b->v[2].money_ok);
	assert_true(b->v[2].amount == 5);
	tu_at(b->v[2].key, 57, 49);
	assert_int_equal(b->v[3].year, 2027);
	assert_false(b->v[3].money_ok);		/* ~ */
	assert_null(d->elements[4]->extra->budget_forward.node);

	b = &d->elements[6]->budget;
	assert_int_equal(b->n, 1);
	assert_true(b->v[0].money_ok);
	assert_true(b->v[0].amount == 12500000000);
	/* no budget at all */
	assert_null(d->elements[7]->budget.node);
	assert_int_equal(d->elements[7]->budget.n, 0);
	/* an indicator's targets are no money */
	assert_false(d->elements[4]->indicators[0].targets.v[0].money_ok);
}

static void test_supports_and_links(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a, RPJMD);

	const struct plan_element *p = d->elements[4];
	/* a list inside and a mapping without ref are not references */
	assert_int_equal(p->nsupports, 2);
	assert_string_equal(p->supports[0].text,
			    "indonesia/rpjmn/2025-2029#PN-1");
	tu_at(p->supports[0].node, 35, 9);
	assert_null(p->supports[0].reviewed);
	assert_null(p->supports[0].reviewed_node);
	assert_string_equal(p->supports[1].text,
			    "indonesia/rpjmn/2025-2029#PN-2");
	tu_at(p->supports[1].node, 36, 15);
	assert_string_equal(p->supports[1].reviewed, "0123456789abcdef");
	tu_at(p->supports[1].reviewed_node, 36, 59);

	assert_int_equal(p->extra->nlinks, 2);
	assert_string_equal(p->extra->links[0].text, "S2.1.1");
	tu_at(p->extra->links[0].node, 33, 15);
	assert_string_equal(p->extra->links[1].text, "S2.1.2");
	/* only programs link to sasaran: a kegiatan's sasaran: is not read */
	assert_int_equal(d->elements[5]->extra->nlinks, 0);
	assert_int_equal(d->elements[5]->nsupports, 0);
	/* the sasaran of a tujuan are its children, not links */
	assert_int_equal(d->elements[1]->extra->nlinks, 0);
}

static void test_breadcrumbs_and_refs(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a, RPJMD);

	assert_string_equal(plan_element_breadcrumb(d, d->elements[4]),
			    "Program 2.16.03");
	assert_string_equal(plan_element_breadcrumb(d, d->elements[5]),
			    "Program 2.16.03 \xE2\x80\xBA Kegiatan 2.16.03.1.02");
	assert_string_equal(plan_element_breadcrumb(d, d->elements[6]),
			    "Program 2.16.03 \xE2\x80\xBA Kegiatan 2.16.03.1.02"
			    " \xE2\x80\xBA Sub-kegiatan 2.16.03.1.02.0005");
	assert_string_equal(plan_element_breadcrumb(d, d->elements[7]),
			    "Program 2.16.03 \xE2\x80\xBA Kegiatan 2.16.03.1.02"
			    " \xE2\x80\xBA Sub-kegiatan SK-X");
	/* without id or code: the place in its list */
	assert_string_equal(plan_element_breadcrumb(d, d->elements[8]),
			    "Program 2.16.03 \xE2\x80\xBA Kegiatan 2");
	assert_string_equal(plan_element_breadcrumb(d, d->elements[3]),
			    "Misi M2 \xE2\x80\xBA Tujuan T2.1 \xE2\x80\xBA Sasaran S2.1.2");
	assert_null(plan_element_breadcrumb(d, NULL));

	assert_string_equal(plan_element_ref(d, d->elements[4]),
			    "13/rpjmd/2025-2029#2.16.03");
	assert_string_equal(plan_element_ref(d, d->elements[7]),
			    "13/rpjmd/2025-2029#SK-X");
	assert_null(plan_element_ref(d, d->elements[8]));
	assert_null(plan_element_ref(d, NULL));
}

static const char RKPDES[] =
	"plan: 1\n"
	"id: 13.02.04.2001/rkpdes/2026\n"
	"kind: rkpdes\n"
	"level: nagari\n"
	"region: \"13.02.04.2001\"\n"				/* 5 */
	"period: {start: 2026, end: 2026}\n"
	"parents: 13.02.04.2001/rpjmdes/2023-2028\n"
	"bidang:\n"
	"  - code: \"2\"\n"
	"    name: Pelaksanaan Pembangunan Desa\n"		/* 10 */
	"    sub_bidang:\n"
	"      - code: \"2.6\"\n"
	"        name: Perhubungan, Komunikasi dan Informatika\n"
	"        kegiatan:\n"
	"          - code: \"2.6.05\"\n"			/* 15 */
	"            name: Pembangunan menara BTS\n"
	"            location: Jorong Air Dingin\n"
	"            volume: 1\n"
	"            budget: {2026: 0}\n"
	"            supports: [13.02.04/musrenbang/2026#U-07]\n" /* 20 */
	"            kegiatan:\n"
	"              - code: \"2.6.05.1\"\n"
	"                name: not a child\n"
	"  - code: \"5\"\n"
	"    name: Penanggulangan Bencana\n";			/* 25 */

static void test_rkpdes(void **state)
{
	const struct plan_doc *d = doc_of(*state, RKPDES, KIND_RKPDES,
					  LEVEL_NAGARI);

	assert_int_equal(d->period_start, 2026);
	assert_int_equal(d->period_end, 2026);
	/* a lone parent string reads as a list of one */
	assert_int_equal(d->nparents, 1);
	assert_string_equal(d->parents[0].text,
			    "13.02.04.2001/rpjmdes/2023-2028");
	assert_int_equal(d->nelements, 4);
	assert_int_equal(d->ntop, 2);
	const struct plan_element *b = d->elements[0], *sb = d->elements[1],
				  *k = d->elements[2];
	assert_int_equal(b->type, EL_BIDANG);
	assert_int_equal(sb->type, EL_SUB_BIDANG);
	assert_int_equal(k->type, EL_VKEGIATAN);
	assert_int_equal(d->elements[3]->type, EL_BIDANG);
	assert_ptr_equal(k->parent, sb);
	assert_ptr_equal(sb->parent, b);
	/* a village kegiatan has no children */
	assert_int_equal(k->nchildren, 0);
	assert_string_equal(k->id, "2.6.05");
	assert_true(plan_element_id_defaulted(k));
	str_is(k->extra->location, "Jorong Air Dingin");
	assert_null(k->eff_unit);		/* no unit anywhere */
	assert_int_equal(k->budget.n, 1);
	assert_true(k->budget.v[0].money_ok);
	assert_true(k->budget.v[0].amount == 0);
	assert_int_equal(k->nsupports, 1);
	assert_string_equal(k->supports[0].text,
			    "13.02.04/musrenbang/2026#U-07");
	tu_at(k->supports[0].node, 20, 24);
	assert_string_equal(plan_element_breadcrumb(d, k),
			    "Bidang 2 \xE2\x80\xBA Sub-bidang 2.6 \xE2\x80\xBA "
			    "Kegiatan 2.6.05");
	assert_string_equal(plan_element_ref(d, k),
			    "13.02.04.2001/rkpdes/2026#2.6.05");
}

static const char MUSRENBANG[] =
	"plan: 1\n"
	"id: 13.02.04/musrenbang/2026\n"
	"kind: musrenbang\n"
	"level: kecamatan\n"
	"region: \"13.02.04\"\n"				/* 5 */
	"period: {start: 2026, end: 2026}\n"
	"proposals:\n"
	"  - id: U-07\n"
	"    name: Penanganan blankspot di 3 nagari\n"
	"    rank: 2\n"						/* 10 */
	"    location: \"13.02.04.2001\"\n"
	"    budget: {2026: 850_000_000}\n"
	"    supports: 13.02/rkpd/2026#2.16.03\n"
	"  - id: U-08\n"
	"    name: Irigasi\n"					/* 15 */
	"    rank: \"1\"\n"
	"    supports:\n"
	"      - {ref: 13.02/rkpd/2026#3.27.02, reviewed: ~}\n"
	"      - ~\n"
	"  - not an element\n"					/* 20 */
	"  - name: third\n";

static void test_musrenbang(void **state)
{
	const struct plan_doc *d = doc_of(*state, MUSRENBANG, KIND_MUSRENBANG,
					  LEVEL_KECAMATAN);

	assert_int_equal(d->nparents, 0);
	assert_int_equal(d->nelements, 3);
	const struct plan_element *u = d->elements[0];
	assert_int_equal(u->type, EL_PROPOSAL);
	assert_null(u->parent);
	assert_string_equal(u->id, "U-07");
	str_is(u->extra->rank, "2");
	tu_at(u->extra->rank.node, 10, 11);
	str_is(u->extra->location, "13.02.04.2001");
	assert_true(u->budget.v[0].money_ok);
	assert_true(u->budget.v[0].amount == 850000000);
	assert_int_equal(u->nsupports, 1);
	assert_string_equal(u->supports[0].text, "13.02/rkpd/2026#2.16.03");
	const struct plan_element *v = d->elements[1];
	str_is(v->extra->rank, "1");
	/* a null reviewed is absent; a null entry is no reference */
	assert_int_equal(v->nsupports, 1);
	assert_string_equal(v->supports[0].text, "13.02/rkpd/2026#3.27.02");
	assert_null(v->supports[0].reviewed);
	assert_string_equal(plan_element_breadcrumb(d, v), "Usulan U-08");
	/* the text item is no element but keeps its place in the list */
	assert_int_equal(d->elements[2]->index, 4);
	assert_string_equal(plan_element_breadcrumb(d, d->elements[2]),
			    "Usulan 4");
}

static void test_half_broken_document(void **state)
{
	struct tu_fx *fx = *state;
	const struct plan_doc *d = tu_doc(fx->a,
		"plan: 1\n"
		"kind: RPJMD\n"
		"level: 7\n"
		"region: ~\n"
		"unit: 2.16\n"
		"period: {start: 25, end: \"2029\"}\n"
		"parents: {a: b}\n"
		"programs: text\n"
		"misi: [a, {name: x, tujuan: {id: T}}, [b]]\n");

	assert_null(d->id.s);
	assert_int_equal(d->kind, KIND_NONE);
	str_is(d->kind_s, "RPJMD");
	assert_int_equal(d->level, LEVEL_NONE);
	assert_null(d->region.s);
	assert_non_null(d->region.node);	/* what stood there */
	assert_null(d->unit_code.s);
	assert_non_null(d->period_node);
	assert_int_equal(d->period_start, -1);
	assert_int_equal(d->period_end, 2029);	/* quoting never changes a type */
	assert_int_equal(d->nparents, 0);
	assert_int_equal(d->nelements, 1);
	const struct plan_element *m = d->elements[0];
	assert_int_equal(m->type, EL_MISI);
	assert_int_equal(m->index, 2);
	assert_int_equal(m->nchildren, 0);
	assert_null(m->id);
	assert_null(m->eff_unit);
	assert_string_equal(plan_element_breadcrumb(d, m), "Misi 2");
	assert_null(plan_element_ref(d, m));

	/* no period at all */
	d = tu_doc(fx->a, "plan: 1\nperiod: [2025, 2029]\n");
	assert_null(d->period_node);
	assert_int_equal(d->period_start, -1);
	assert_int_equal(d->period_end, -1);
	assert_int_equal(d->nelements, 0);
	assert_int_equal(d->ntop, 0);
}

/* Names -------------------------------------------------------------- */

/* What a compacted document keeps (plan_doc_compact_consume): positions where
 * cross-document findings point, texts, amounts; the source tree may go. */
static void test_compact(void **state)
{
	struct tu_fx *fx = *state;
	struct plan_doc *d = tu_doc(fx->a, RPJMD);
	size_t n = d->nelements;
	unsigned line4 = d->elements[4]->node->line;
	unsigned col4 = d->elements[4]->node->column;
	struct plan_arena *keep = plan_arena_new();
	struct plan_strpool *pool = plan_strpool_new(keep);
	struct plan_doc *c = plan_doc_compact_consume(d, keep, pool);
	/* the source goes: nothing of the copy may point into it */
	plan_arena_free(fx->a);
	fx->a = plan_arena_new();

	assert_ptr_equal(c->arena, keep);
	assert_int_equal(c->nelements, n);
	assert_string_equal(c->id.s, "13/rpjmd/2025-2029");
	assert_non_null(c->id.node);
	const struct plan_element *p = c->elements[4];
	assert_int_equal(p->type, EL_PROGRAM);
	tu_at(p->node, line4, col4);
	/* codes and names: the text, no node */
	assert_string_equal(p->code.s, "2.16.03");
	assert_null(p->code.node);
	assert_string_equal(p->name.s, "Program Aplikasi");
	assert_null(p->name.node);
	assert_string_equal(p->id, "2.16.03");
	/* budgets: year, amount, null; no nodes */
	assert_null(p->budget.node);
	assert_int_equal(p->budget.n, 4);
	assert_int_equal(p->budget.v[0].year, 2025);
	assert_true(p->budget.v[0].money_ok);
	assert_true(p->budget.v[0].amount == 12500000000);
	assert_null(p->budget.v[0].key);
	assert_null(p->budget.v[0].value);
	assert_false(p->budget.v[0].null);
	assert_true(p->budget.v[3].null);		/* 2027: ~ */
	/* targets keep their nodes: align-target points at them */
	const struct plan_indicator *ind = &p->indicators[0];
	assert_int_equal(ind->targets.n, 2);
	assert_string_equal(ind->targets.v[1].value->text, "75");
	tu_at(ind->targets.v[0].key, 45, 19);
	/* children and parents are the copies */
	assert_ptr_equal(p->children[0]->parent, p);
	assert_ptr_equal(c->elements[5], p->children[0]);
	/* the misi's explicit id is kept; an element with none of the rare
	 * fields shares the empty extra */
	assert_string_equal(c->elements[0]->id, "M2");
	assert_ptr_equal(p->children[0]->extra, &plan_elem_extra_none);
	/* a second document through the same pool shares equal names */
	struct plan_doc *d2 = tu_doc(fx->a, RPJMD);
	struct plan_doc *c2 = plan_doc_compact_consume(d2, keep, pool);
	assert_ptr_equal(c2->elements[4]->name.s, p->name.s);
	assert_ptr_not_equal(c2->elements[4]->code.s, p->code.s);
	plan_strpool_free(pool);
	assert_string_equal(c2->elements[4]->name.s, "Program Aplikasi");
	plan_arena_free(keep);
}

static void test_kind_names(void **state)
{
	static const char *const names[] = {
		"rpjpn", "rpjmn", "rkp", "renstra-kl", "renja-kl", "rpjpd",
		"rpjmd", "rkpd", "renstra", "renja", "rpjmdes", "rkpdes",
		"musrenbang",
	};

	(void)state;
	assert_int_equal(KIND_COUNT - 1, sizeof names / sizeof *names);
	for (int k = 1; k < KIND_COUNT; k++) {
		assert_string_equal(plan_kind_name((enum plan_kind)k),
				    names[k - 1]);
		assert_int_equal(plan_kind_parse(names[k - 1]), k);
	}
	assert_string_equal(plan_kind_name(KIND_NONE), "");
	assert_string_equal(plan_kind_name(KIND_COUNT), "");
	assert_int_equal(plan_kind_parse(""), KIND_NONE);
	assert_int_equal(plan_kind_parse(NULL), KIND_NONE);
	assert_int_equal(plan_kind_parse("RPJMD"), KIND_NONE);
	assert_int_equal(plan_kind_parse("renstra_kl"), KIND_NONE);
	assert_int_equal(plan_kind_parse("rpjmd "), KIND_NONE);
}

static void test_kind_classes(void **state)
{
	(void)state;
	for (int k = 0; k < KIND_COUNT; k++) {
		enum plan_kind x = (enum plan_kind)k;
		bool annual = x == KIND_RKP || x == KIND_RKPD ||
			      x == KIND_RENJA_KL || x == KIND_RENJA ||
			      x == KIND_RKPDES || x == KIND_MUSRENBANG;
		bool village = x == KIND_RPJMDES || x == KIND_RKPDES;
		bool national = x == KIND_RPJPN || x == KIND_RPJMN ||
				x == KIND_RKP || x == KIND_RENSTRA_KL ||
				x == KIND_RENJA_KL;
		if (plan_kind_is_annual(x) != annual ||
		    plan_kind_is_village(x) != village ||
		    plan_kind_is_national(x) != national)
			fail_msg("kind '%s' misclassified", plan_kind_name(x));
	}
}

static void test_level_names_and_ranks(void **state)
{
	static const struct {
		const char *name;
		enum plan_level level;
		int rank;
	} levels[] = {
		{"nasional", LEVEL_NASIONAL, 0}, {"provinsi", LEVEL_PROVINSI, 1},
		{"kabupaten", LEVEL_KABUPATEN, 2}, {"kota", LEVEL_KOTA, 2},
		{"kecamatan", LEVEL_KECAMATAN, 3}, {"desa", LEVEL_DESA, 4},
		{"nagari", LEVEL_NAGARI, 4}, {"kelurahan", LEVEL_KELURAHAN, 4},
	};

	(void)state;
	assert_int_equal(LEVEL_COUNT - 1, sizeof levels / sizeof *levels);
	for (size_t i = 0; i < sizeof levels / sizeof *levels; i++) {
		assert_int_equal(plan_level_parse(levels[i].name),
				 levels[i].level);
		assert_string_equal(plan_level_name(levels[i].level),
				    levels[i].name);
		assert_int_equal(plan_level_rank(levels[i].level),
				 levels[i].rank);
	}
	assert_int_equal(plan_level_rank(LEVEL_NONE), -1);
	assert_int_equal(plan_level_parse("Provinsi"), LEVEL_NONE);
	assert_int_equal(plan_level_parse("kabupaten/kota"), LEVEL_NONE);
	assert_int_equal(plan_level_parse(NULL), LEVEL_NONE);
	assert_string_equal(plan_level_name(LEVEL_NONE), "");
	assert_string_equal(plan_level_name(LEVEL_COUNT), "");
}

static void test_element_type_names(void **state)
{
	static const struct {
		enum plan_elem_type t;
		const char *label, *key;
	} types[] = {
		{EL_MISI, "Misi", "misi"},
		{EL_TUJUAN, "Tujuan", "tujuan"},
		{EL_SASARAN, "Sasaran", "sasaran"},
		{EL_PROGRAM, "Program", "programs"},
		{EL_KEGIATAN, "Kegiatan", "kegiatan"},
		{EL_SUB_KEGIATAN, "Sub-kegiatan", "sub_kegiatan"},
		{EL_BIDANG, "Bidang", "bidang"},
		{EL_SUB_BIDANG, "Sub-bidang", "sub_bidang"},
		{EL_VKEGIATAN, "Kegiatan", "kegiatan"},
		{EL_PROPOSAL, "Usulan", "proposals"},
	};

	(void)state;
	assert_int_equal(EL_TYPE_COUNT, sizeof types / sizeof *types);
	for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
		assert_string_equal(plan_elem_type_label(types[i].t),
				    types[i].label);
		assert_string_equal(plan_elem_type_key(types[i].t), types[i].key);
	}
	assert_string_equal(plan_elem_type_label(EL_TYPE_COUNT), "");
	assert_string_equal(plan_elem_type_key(EL_TYPE_COUNT), "");
}

TU_MAIN("model", tu_setup, tu_teardown,
	TU_TEST(test_rpjmd_header),
	TU_TEST(test_rpjmd_tree),
	TU_TEST(test_ids_default_to_codes),
	TU_TEST(test_effective_unit),
	TU_TEST(test_indicators),
	TU_TEST(test_budgets),
	TU_TEST(test_supports_and_links),
	TU_TEST(test_breadcrumbs_and_refs),
	TU_TEST(test_rkpdes),
	TU_TEST(test_musrenbang),
	TU_TEST(test_half_broken_document),
	TU_TEST(test_compact),
	TU_TEST(test_kind_names),
	TU_TEST(test_kind_classes),
	TU_TEST(test_level_names_and_ranks),
	TU_TEST(test_element_type_names))
