/*
 * skeleton.c - a new plan document (plan-new): the header, the parents
 * the kind usually names and examples of its sections, as comments.
 *
 * Comment lines that start with "# " are YAML once the "# " is removed:
 * uncommented, the examples validate without errors or warnings (the
 * parents and supports they name are ref-external until loaded).  Lines
 * that start with "## " explain.
 */
#include "import/import_priv.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "check/check.h"
#include "schema/schema.h"
#include "yaml/ytree.h"

struct sk {
	FILE *out;
	const struct plan_header *h;
	const struct plan_tables *t;
	int n;			/* the level digit of kegiatan codes */
};

static void line(const struct sk *s, int ind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* One commented line of YAML, indented ind spaces after the "# ". */
static void line(const struct sk *s, int ind, const char *fmt, ...)
{
	va_list ap;
	fprintf(s->out, "# %*s", ind, "");
	va_start(ap, fmt);
	vfprintf(s->out, fmt, ap);
	va_end(ap);
	putc('\n', s->out);
}

/* An explanation: each line of the (translated) text after "## ". */
static void explain(const struct sk *s, const char *text)
{
	while (*text) {
		size_t n = strcspn(text, "\n");
		fprintf(s->out, "## %.*s\n", (int)n, text);
		text += n + (text[n] == '\n');
	}
}

/* A map of every year of the period: {2025: v, 2026: v + step, ...}. */
static void years(const struct sk *s, long long v, long long step)
{
	const char *sep = "";
	putc('{', s->out);
	for (int y = s->h->start; y <= s->h->end; y++, v += step) {
		fprintf(s->out, "%s%d: %lld", sep, y, v);
		sep = ", ";
	}
	putc('}', s->out);
}

static void line_years(const struct sk *s, int ind, const char *key,
		       long long v, long long step)
{
	fprintf(s->out, "# %*s%s: ", ind, "", key);
	years(s, v, step);
	putc('\n', s->out);
}

/* The start of the five-year national cycle (2025-2029, 2030-2034...)
 * that holds year y. */
static int cycle(int y)
{
	int d = y - 2025;
	return 2025 + (d >= 0 ? d / 5 : -((-d + 4) / 5)) * 5;
}

static const char *region_name(const struct sk *s, const char *code)
{
	const char *n = s->t ? plan_tables_region_name(s->t, code) : NULL;
	return n ? n : code;
}

/* One commented parent: its id, and what it is. */
static void parent(const struct sk *s, const char *region, const char *kind,
		   int start, int end, const char *what)
{
	char period[16];
	if (start == end)
		snprintf(period, sizeof period, "%d", start);
	else
		snprintf(period, sizeof period, "%d-%d", start, end);
	char id[96];
	snprintf(id, sizeof id, "%s/%s/%s", region ? region : "indonesia", kind,
		 period);
	fprintf(s->out, "#   - %-32s ## %s", id, _(what));
	if (region)
		fprintf(s->out, " %s", region_name(s, region));
	putc('\n', s->out);
}

static void parents(const struct sk *s)
{
	const struct plan_header *h = s->h;
	char prov[3] = "", kab[6] = "";
	if (h->region) {
		memcpy(prov, h->region, 2);
		if (strlen(h->region) >= 5)
			memcpy(kab, h->region, 5);
	}
	int y = h->start, c = cycle(y);
	/* a kecamatan's parents are its kabupaten/kota's documents */
	const char *own = h->level == LEVEL_KECAMATAN ? kab : h->region;
	explain(s, _("The documents a plan of this kind usually names as "
		     "parents;\nuncomment those in your repository, and "
		     "correct the ids."));
	fputs("# parents:\n", s->out);
	switch (h->kind) {
	case KIND_RPJMN:
		parent(s, NULL, "rpjpn", 2025, 2045, N_("the RPJPN"));
		break;
	case KIND_RKP: case KIND_RENSTRA_KL:
		parent(s, NULL, "rpjmn", c, c + 4, N_("the RPJMN"));
		break;
	case KIND_RENJA_KL:
		parent(s, NULL, "rkp", y, y, N_("the RKP"));
		parent(s, NULL, "renstra-kl", c, c + 4,
		       N_("the K/L's Renstra"));
		break;
	case KIND_RPJPD:
		parent(s, NULL, "rpjpn", 2025, 2045, N_("the RPJPN"));
		if (*kab)
			parent(s, prov, "rpjpd", h->start, h->end,
			       N_("RPJPD of"));
		break;
	case KIND_RPJMD:
		parent(s, h->region, "rpjpd", 2025, 2045, N_("RPJPD of"));
		parent(s, NULL, "rpjmn", c, c + 4, N_("the RPJMN"));
		if (*kab)
			parent(s, prov, "rpjmd", h->start, h->end,
			       N_("RPJMD of"));
		break;
	case KIND_RENSTRA:
		parent(s, own, "rpjmd", h->start, h->end, N_("RPJMD of"));
		break;
	case KIND_RKPD:
		parent(s, h->region, "rpjmd", c, c + 4, N_("RPJMD of"));
		parent(s, NULL, "rkp", y, y, N_("the RKP"));
		if (*kab)
			parent(s, prov, "rkpd", y, y, N_("RKPD of"));
		break;
	case KIND_RENJA:
		parent(s, own, "rkpd", y, y, N_("RKPD of"));
		parent(s, own, "renstra", c, c + 4,
		       N_("the unit's Renstra in"));
		break;
	case KIND_RPJMDES:
		parent(s, kab, "rpjmd", c, c + 4, N_("RPJMD of"));
		break;
	case KIND_RKPDES:
		parent(s, h->region, "rpjmdes", y - 2, y + 3, N_("RPJMDes of"));
		parent(s, kab, "rkpd", y, y, N_("RKPD of"));
		break;
	case KIND_MUSRENBANG:
		parent(s, *kab ? kab : prov, "rkpd", y, y, N_("RKPD of"));
		break;
	default:
		break;
	}
}

/* The example value of year y for a series that is base in the year
 * before the national cycle of the document's start and grows by step a
 * year.  Anchored to the cycle, not to the document's own start, so that
 * the skeletons of one chain agree: the RKPD 2026's target is the RPJMD
 * 2025-2029's target for 2026 (align-target). */
static long long at(const struct sk *s, long long base, long long step,
		    int y)
{
	return base + step * (y - cycle(s->h->start) + 1);
}

/* The first entry of the list `key`, at ind: its id (idkey: id or code)
 * and its name. */
static void entry(const struct sk *s, int ind, const char *key,
		  const char *idkey, const char *id, const char *name)
{
	line(s, ind, "%s:", key);
	line(s, ind + 2, "- %s: %s", idkey, id);
	line(s, ind + 4, "name: %s", name);
}

/* An indicator with a target for every year; base < 0: no baseline,
 * targets 1, 2... from the cycle's first year. */
static void indicator(const struct sk *s, int ind, const char *name,
		      const char *unit, int base, int step)
{
	int start = s->h->start;
	line(s, ind, "indicators:");
	line(s, ind + 2, "- name: %s", name);
	line(s, ind + 4, "unit: %s", unit);
	if (base >= 0)
		line(s, ind + 4, "baseline: {year: %d, value: %lld}",
		     start - 1, at(s, base, step, start - 1));
	line_years(s, ind + 4, "targets",
		   at(s, base < 0 ? 0 : base, step, start), step);
}

/* A budget map growing by step a year, anchored as at() is. */
static void budget(const struct sk *s, int ind, long long first,
		   long long step)
{
	line_years(s, ind, "budget",
		   first + step * (s->h->start - cycle(s->h->start)), step);
}

static void strategy(const struct sk *s)
{
	explain(s, _("Visi, misi, tujuan and sasaran, each with indicators."));
	line(s, 0, "visi: Daerah yang maju, sejahtera dan berkelanjutan");
	entry(s, 0, "misi", "id", "M1", "Mewujudkan tata kelola pemerintahan "
	      "yang bersih dan berbasis digital");
	entry(s, 4, "tujuan", "id", "T1.1", "Meningkatkan kualitas "
	      "pemerintahan berbasis elektronik");
	entry(s, 8, "sasaran", "id", "S1.1.1", "Meningkatnya keterpaduan "
	      "layanan pemerintahan berbasis elektronik");
	indicator(s, 12, "Nilai SAKIP", "nilai", 60, 2);
}

/* Program, kegiatan and sub-kegiatan of the regional nomenclature, with
 * budgets that add up for every year. */
static void programs(const struct sk *s, bool unit, bool sasaran,
		     bool supports)
{
	const struct plan_header *h = s->h;
	bool kec = h->level == LEVEL_KECAMATAN;
	const char *pc = kec ? "7.01.02" : "2.16.03";
	const char *pname = kec ? "Program Penyelenggaraan Pemerintahan dan "
				  "Pelayanan Publik"
			    : s->n == 1 ? "Program Pengelolaan Aplikasi "
					  "Informatika"
					: "Program Aplikasi Informatika";
	const char *kname = kec ? "Koordinasi Penyelenggaraan Kegiatan "
				  "Pemerintahan di Tingkat Kecamatan"
			    : s->n == 1 ? "Pengelolaan e-government di Lingkup "
					  "Pemerintah Daerah Provinsi"
					: "Pengelolaan e-government Di Lingkup "
					  "Pemerintah Daerah Kabupaten/Kota";
	const char *sname = kec ? "Peningkatan Efektifitas Kegiatan "
				  "Pemerintahan di Tingkat Kecamatan"
				: "Pengelolaan Pusat Data Pemerintahan Daerah";
	const char *kc = kec ? "01" : "02", *sc = kec ? "0002" : "0003";
	explain(s, _("Programs, their kegiatan and sub-kegiatan (nomenclature "
		     "codes),\nwith indicators and the pagu of every year."));
	entry(s, 0, "programs", "code", pc, pname);
	if (unit)
		line(s, 4, "unit: \"%s\"", kec ? "7.01.0.00.0.00.01.0000"
					      : "2.16.2.20.2.21.01.0000");
	if (sasaran)
		line(s, 4, "sasaran: [S1.1.1]");
	/* what a program serves one level up: the national priority PN-1
	 * of the RKP or RPJMN, or the same program of the province */
	int c = cycle(h->start);
	if (supports && h->kind == KIND_RKPD && s->n == 1)
		line(s, 4, "supports: [indonesia/rkp/%d#PN-1]", h->start);
	else if (supports && h->kind == KIND_RKPD)
		line(s, 4, "supports: [%.2s/rkpd/%d#%s]", h->region, h->start,
		     pc);
	else if (supports && s->n == 1)
		line(s, 4, "supports: [indonesia/rpjmn/%d-%d#PN-1]", c, c + 4);
	else if (supports)
		line(s, 4, "supports: [%.2s/rpjmd/%d-%d#%s]", h->region,
		     h->start, h->end, pc);
	indicator(s, 4, "Persentase perangkat daerah yang menggunakan "
		  "aplikasi umum", "\"%\"", 60, 5);
	budget(s, 4, 1500000000, 100000000);
	char code[48];
	snprintf(code, sizeof code, "%s.%d.%s", pc, s->n, kc);
	entry(s, 4, "kegiatan", "code", code, kname);
	budget(s, 8, 1500000000, 100000000);
	snprintf(code, sizeof code, "%s.%d.%s.%s", pc, s->n, kc, sc);
	entry(s, 8, "sub_kegiatan", "code", code, sname);
	budget(s, 12, 1500000000, 100000000);
}

static void national(const struct sk *s)
{
	explain(s, _("Prioritas Nasional as programs, Program Prioritas as "
		     "kegiatan,\nKegiatan Prioritas as sub_kegiatan (free "
		     "codes)."));
	entry(s, 0, "programs", "code", "PN-1", "Memperkokoh ideologi "
	      "Pancasila, demokrasi dan hak asasi manusia");
	indicator(s, 4, "Indeks Demokrasi Indonesia", "indeks", -1, 1);
	entry(s, 4, "kegiatan", "code", "PN-1.PP-1", "Penguatan demokrasi");
	entry(s, 8, "sub_kegiatan", "code", "PN-1.PP-1.KP-1",
	      "Pendidikan politik");
	line_years(s, 12, "budget", 1000000000, 0);
}

static void village(const struct sk *s)
{
	explain(s, _("Bidang, sub-bidang and kegiatan of the village budget "
		     "(Permendagri 20/2018)."));
	entry(s, 0, "bidang", "code", "\"2\"", "Pelaksanaan Pembangunan Desa");
	entry(s, 4, "sub_bidang", "code", "\"2.2\"", "Kesehatan");
	entry(s, 8, "kegiatan", "code", "\"2.2.01\"",
	      "Penyelenggaraan Posyandu");
	line(s, 12, "location: Dusun I");
	line(s, 12, "volume: 4");
	line(s, 12, "satuan: kegiatan");
	line(s, 12, "sumber_dana: DD");
	line_years(s, 12, "budget", 24000000, 1000000);
}

static void proposals(const struct sk *s)
{
	const struct plan_header *h = s->h;
	explain(s, _("The proposals agreed, in the order of their rank."));
	entry(s, 0, "proposals", "id", "U-01", "Rehabilitasi jalan lingkungan");
	line(s, 4, "rank: 1");
	line(s, 4, "location: \"%s\"", h->region);
	line_years(s, 4, "budget", 350000000, 0);
	/* a proposal asks a program of the RKPD above to take it up: the
	 * kabupaten/kota's, or at a province the province's own */
	char kab[6] = "";
	if (strlen(h->region) >= 5)
		memcpy(kab, h->region, 5);
	line(s, 4, "supports: [%s/rkpd/%d#2.16.03]", *kab ? kab : h->region,
	     h->start);
}

/* The dates a kind carries, as comments, consistent with schedule. */
static void dates(const struct sk *s)
{
	const struct plan_header *h = s->h;
	switch (h->kind) {
	case KIND_RPJMD: case KIND_RPJMDES:
		line(s, 0, "adopted: %d-04-30", h->start);
		line(s, 0, "inaugurated: %d-02-20", h->start);
		break;
	case KIND_RKPD:
		line(s, 0, "adopted: %d-06-15", h->start - 1);
		break;
	case KIND_RKPDES:
		line(s, 0, "adopted: %d-09-15", h->start - 1);
		break;
	case KIND_MUSRENBANG:
		line(s, 0, "adopted: %d-02-15", h->start - 1);
		break;
	case KIND_RKP: case KIND_RENJA: case KIND_RENJA_KL:
		line(s, 0, "adopted: %d-07-15", h->start - 1);
		break;
	default:
		line(s, 0, "adopted: %d-08-29", h->start);
	}
}

static void sections(const struct sk *s)
{
	enum plan_kind k = s->h->kind;
	switch (k) {
	case KIND_RPJPN: case KIND_RPJPD:
		strategy(s);
		break;
	case KIND_RPJMN: case KIND_RKP: case KIND_RENSTRA_KL:
	case KIND_RENJA_KL:
		national(s);
		break;
	case KIND_RPJMD:
		strategy(s);
		programs(s, true, true, true);
		break;
	case KIND_RKPD:
		programs(s, true, false, true);
		break;
	case KIND_RENSTRA: case KIND_RENJA:
		programs(s, false, false, false);
		break;
	case KIND_RPJMDES: case KIND_RKPDES:
		village(s);
		break;
	case KIND_MUSRENBANG:
		proposals(s);
		break;
	default:
		break;
	}
}

int plan_skeleton_write(FILE *out, const struct plan_header *h,
			const struct plan_tables *t)
{
	struct sk s = {out, h, t, h->level == LEVEL_PROVINSI ? 1 : 2};
	char intro[512];
	snprintf(intro, sizeof intro,
		 _("A new %s (plan-new). Lines starting with \"# \" are "
		   "examples:\nremove the \"# \" to use them. Check with "
		   "plan-validate."), plan_kind_name(h->kind));
	explain(&s, intro);
	plan_header_write(out, h);
	dates(&s);
	parents(&s);
	sections(&s);
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

void plan_text_check(const char *buf, size_t len, const char *name,
		     const struct plan_tables *t, struct plan_findings *out)
{
	char err[256];
	struct plan_schema *schema = plan_schema_builtin(err, sizeof err);
	if (!schema)
		abort();	/* compiled in: cannot fail but for memory */
	struct plan_arena *a = plan_arena_new();
	struct yload_result res;
	const char *file = plan_arena_strdup(a, name);
	plan_ytree_load_mem(buf, len, file, NULL, a, out, &res);
	if (res.root && res.root->type == YNODE_MAP && !res.aliased &&
	    plan_ynode_pair(res.root, "plan")) {
		plan_schema_check(schema, res.root, file, out);
		plan_check_local(plan_doc_build(res.root, file, a), t, out);
	}
	plan_arena_free(a);
	plan_schema_free(schema);
}
