/*
 * plan-gen - write a synthetic but valid national plan repository from the
 * real region table, for `make bench`.
 *
 * usage: plan-gen --regions FILE --nomenclature-provinsi FILE
 *                 --nomenclature-kabkota FILE --out DIR
 *                 [--scope all|PREFIX] [--seed N] [--changes N]
 *
 * Shape (fixed, so that figures stay comparable between runs):
 *   1 RPJMN with 8 Prioritas Nasional;
 *   per province and per kabupaten/kota: an RPJMD and an RKPD with 30
 *   programs (10 units x 3), each 2 kegiatan x 2 sub-kegiatan from the
 *   official nomenclature, indicators with targets, budgets that add up,
 *   and a Renstra + Renja for each of the 10 units;
 *   per kecamatan a Musrenbang with 10 proposals;
 *   per desa (not kelurahan) an RKPDes with 8 kegiatan;
 *   every item linked up the chain with `supports`.
 * Satu Data (SPEC 3.6): the first program of every RPJMD, RKPD, Renstra
 * and Renja carries indicator SD.01 (desa reached, a sum: a kab/kota's
 * target is the number of its desa, a province's the sum of its
 * kab/kota's) and the second SD.02 (an index, not added up); every RKPDes
 * gives SD.01 = 1.  indicators.csv in DIR lists both codes.
 * TIK: the first sub-kegiatan of the third and sixth programs of every
 * RKPD and Renja carries `tik`, cleared, each unit its own application.
 * About 1% of documents carry a deliberate defect (budget-format,
 * budget-sum, align-target, orphan), and about 1% of regions one of
 * indicator-rollup (a kab/kota with desa gives SD.01 one too many: one
 * finding), tik-duplicate (two units plan one application: a finding in
 * the RKPD and one in the Renja) and tik-clearance (a pending clearance:
 * the same), chosen by the seed; MANIFEST lists the counts.
 * --changes N alters N village budgets, for plan-diff.
 */
#include <csv.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define NPROG 30
#define NUNIT 10

struct row {
	char *code, *name, *parent, *level;
};

struct table {
	struct row *v;
	size_t n, cap;
	char *field[8];
	size_t nfield;
	int col_code, col_name, col_parent, col_level;
	size_t line;
};

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		perror("plan-gen");
		exit(2);
	}
	return p;
}

static char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

static void on_field(void *s, size_t n, void *ud)
{
	struct table *t = ud;
	if (t->nfield < 8)
		t->field[t->nfield++] = xstrndup(s, n);
}

static int col(struct table *t, const char *name)
{
	for (size_t i = 0; i < t->nfield; i++)
		if (!strcmp(t->field[i], name))
			return (int)i;
	return -1;
}

static void on_record(int c, void *ud)
{
	(void)c;
	struct table *t = ud;
	if (t->line++ == 0) {
		t->col_code = col(t, "code");
		t->col_name = col(t, "name");
		t->col_parent = col(t, "parent");
		t->col_level = col(t, "level");
	} else if (t->nfield >= 4) {
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 4096;
			t->v = realloc(t->v, t->cap * sizeof *t->v);
		}
		struct row *r = &t->v[t->n++];
		r->code = xstrndup(t->field[t->col_code], strlen(t->field[t->col_code]));
		r->name = xstrndup(t->field[t->col_name], strlen(t->field[t->col_name]));
		r->parent = xstrndup(t->field[t->col_parent], strlen(t->field[t->col_parent]));
		r->level = xstrndup(t->field[t->col_level], strlen(t->field[t->col_level]));
	}
	for (size_t i = 0; i < t->nfield; i++)
		free(t->field[i]);
	t->nfield = 0;
}

static void read_table(const char *path, struct table *t)
{
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		fprintf(stderr, "plan-gen: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	struct csv_parser p;
	csv_init(&p, 0);
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		csv_parse(&p, buf, n, on_field, on_record, t);
	csv_fini(&p, on_field, on_record, t);
	csv_free(&p);
	fclose(fp);
}

/* Deterministic choices: splitmix64 over (seed, what, index). */
static uint64_t seed;
static uint64_t mix(uint64_t a, uint64_t b)
{
	uint64_t z = seed ^ (a * 0x9E3779B97F4A7C15u) ^ (b + 0x632BE59BD9B4E019u);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
	return z ^ (z >> 31);
}
static bool chance(uint64_t what, uint64_t i, unsigned per_mille)
{
	return mix(what, i) % 1000 < per_mille;
}

/* A program with two kegiatan of two sub-kegiatan each, in one table. */
struct sub { const char *code, *name; };
struct keg { const char *code, *name; struct sub sub[2]; };
struct prog { const char *code, *name; struct keg keg[2]; };

static bool starts(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);
	return !strncmp(s, prefix, n) && s[n] == '.';
}

static bool fill_prog(const struct table *t, const struct row *p, struct prog *out)
{
	size_t nk = 0;
	out->code = p->code;
	out->name = p->name;
	for (size_t i = 0; i < t->n && nk < 2; i++) {
		const struct row *k = &t->v[i];
		if (strcmp(k->level, "kegiatan") || !starts(k->code, p->code))
			continue;
		size_t ns = 0;
		for (size_t j = 0; j < t->n && ns < 2; j++) {
			const struct row *s = &t->v[j];
			if (!strcmp(s->level, "subkegiatan") && starts(s->code, k->code)) {
				out->keg[nk].sub[ns].code = s->code;
				out->keg[nk].sub[ns].name = s->name;
				ns++;
			}
		}
		if (ns == 2) {
			out->keg[nk].code = k->code;
			out->keg[nk].name = k->name;
			nk++;
		}
	}
	return nk == 2;
}

static const struct row *find_code(const struct table *t, const char *code,
				   const char *level)
{
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->v[i].code, code) && !strcmp(t->v[i].level, level))
			return &t->v[i];
	return NULL;
}

/* NPROG programs that both tables carry in full. */
static size_t pick_programs(const struct table *prov, const struct table *kab,
			    struct prog *pp, struct prog *pk)
{
	size_t n = 0;
	for (size_t i = 0; i < kab->n && n < NPROG; i++) {
		const struct row *r = &kab->v[i];
		if (strcmp(r->level, "program") || r->code[0] == 'X' ||
		    !strcmp(r->code + strlen(r->code) - 3, ".01"))
			continue;
		const struct row *q = find_code(prov, r->code, "program");
		if (q && fill_prog(prov, q, &pp[n]) && fill_prog(kab, r, &pk[n]))
			n++;
	}
	return n;
}

/* Output ------------------------------------------------------------ */

static char outdir[4096];

static void mkdirs(const char *path)
{
	char buf[4096];
	snprintf(buf, sizeof buf, "%s", path);
	for (char *p = buf + 1; *p; p++)
		if (*p == '/') {
			*p = 0;
			mkdir(buf, 0777);
			*p = '/';
		}
	mkdir(buf, 0777);
}

/* The directory of a region: province/kab/kec/desa nested. */
static void region_dir(const char *code, char *buf, size_t len)
{
	char tmp[64];
	size_t o = (size_t)snprintf(buf, len, "%s", outdir);
	for (const char *p = code;; p++)
		if (*p == '.' || !*p) {
			snprintf(tmp, sizeof tmp, "%.*s", (int)(p - code), code);
			o += (size_t)snprintf(buf + o, len - o, "/%s", tmp);
			if (!*p)
				break;
		}
	mkdirs(buf);
}

static FILE *open_doc(const char *region, const char *name)
{
	char dir[4096], path[4200];
	region_dir(region, dir, sizeof dir);
	snprintf(path, sizeof path, "%s/%s.yaml", dir, name);
	FILE *fp = fopen(path, "w");
	if (!fp) {
		fprintf(stderr, "plan-gen: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	return fp;
}

/* YAML double-quoted text (names may hold any character). */
static void q(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++)
		if (*s == '"' || *s == '\\')
			fprintf(fp, "\\%c", *s);
		else
			fputc(*s, fp);
	fputc('"', fp);
}

struct counts {
	size_t docs, budget_format, budget_sum, align_target, orphan, changed;
	size_t rollup, tik_duplicate, tik_pending;
};
static struct counts cnt;

static void header(FILE *fp, const char *id, const char *kind, const char *level,
		   const char *region, const char *rname, int start, int end)
{
	fprintf(fp, "plan: 1\nid: %s\nkind: %s\nlevel: %s\n", id, kind, level);
	if (region) {
		fprintf(fp, "region: \"%s\"\nregion_name: ", region);
		q(fp, rname);
		fputc('\n', fp);
	}
	fprintf(fp, "period: {start: %d, end: %d}\nstatus: final\n", start, end);
	cnt.docs++;
}

static void write_rpjmn(void)
{
	FILE *fp = open_doc("indonesia", "rpjmn-2025-2029");
	header(fp, "indonesia/rpjmn/2025-2029", "rpjmn", "nasional", NULL, NULL,
	       2025, 2029);
	fputs("programs:\n", fp);
	for (int k = 1; k <= 8; k++) {
		fprintf(fp, "  - code: PN-%d\n    name: Prioritas Nasional %d\n"
			    "    indicators:\n      - {name: Indikator PN %d, unit: indeks, "
			    "targets: {2025: 60, 2026: 65, 2027: 70, 2028: 75, 2029: 80}}\n"
			    "    kegiatan:\n", k, k, k);
		for (int p = 1; p <= 2; p++)
			fprintf(fp, "      - {code: PN-%d.PP-%d, name: Program Prioritas %d.%d}\n",
				k, p, k, p);
	}
	fclose(fp);
}

/* A region with medium-term and annual plans: a province or kab/kota. */
struct region {
	const char *code, *name, *level;	/* provinsi, kabupaten, kota */
	const char *parent;			/* province of a kab/kota */
	const struct prog *progs;
	size_t index;				/* for the seeded choices */
	long sd01;				/* its SD.01 target: its desa */
	long sd01_annual;			/* added in RKPD and Renja: 1 for
						   a kab/kota's defect, a
						   province's kab/kota's count */
	bool rollup_defect;			/* a kab/kota's SD.01 one more */
	bool tik_duplicate, tik_pending;
};

static int64_t sub_budget(size_t region, size_t p, size_t k, size_t s, int year)
{
	return (int64_t)(100 + (mix(region * 977 + p, k * 2 + s) % 900)) * 1000000 +
	       (year - 2025) * 50000000;
}

static void unit_code(const struct prog *p, size_t u, char *buf, size_t len)
{
	/* X.XX of the unit's first program, then a running unit number */
	snprintf(buf, len, "%.4s.0.00.0.00.%02zu.0000", p->code, u + 1);
}

static void write_budget(FILE *fp, const char *indent, const int64_t *b,
			 int start, int end, bool dotted)
{
	fprintf(fp, "%sbudget: {", indent);
	for (int y = start; y <= end; y++) {
		if (dotted && y == start)
			fprintf(fp, "%d: %lld.000", y, (long long)(b[y - 2025] / 1000));
		else
			fprintf(fp, "%d: %lld", y, (long long)b[y - 2025]);
		fputs(y < end ? ", " : "}\n", fp);
	}
}

static void write_targets(FILE *fp, int start, int end, int base, bool lower)
{
	fputs("{", fp);
	for (int y = start; y <= end; y++)
		fprintf(fp, "%d: %d%s", y, base + (y - 2025) * 5 - (lower ? 3 : 0),
			y < end ? ", " : "}");
}

struct plan_opts {
	int start, end;
	bool with_unit, sum_defect, target_defect;
	const char *supports_doc;	/* NULL: rpjmn */
	size_t unit;			/* SIZE_MAX: all programs */
	bool annual;			/* rkpd, renja: tik items */
	long sd01_extra;		/* added to SD.01 (rollup defect) */
};

/* The Satu Data indicators of the first two programs. */
static void write_sd(FILE *fp, const struct region *r, size_t pi,
		     const struct plan_opts *o)
{
	if (pi == 0) {
		fputs("      - {code: SD.01, name: Jumlah desa yang terlayani, "
		      "unit: desa, targets: {", fp);
		for (int y = o->start; y <= o->end; y++)
			fprintf(fp, "%d: %ld%s", y, r->sd01 + o->sd01_extra,
				y < o->end ? ", " : "}}\n");
	} else if (pi == 1) {
		fputs("      - {code: SD.02, name: Indeks SPBE, unit: indeks, "
		      "targets: {", fp);
		for (int y = o->start; y <= o->end; y++)
			fprintf(fp, "%d: %d.%d%s", y, 2 + (y - 2025) / 2,
				(int)((y - 2025) * 3 % 10), y < o->end ? ", " : "}}\n");
	}
}

/* A tik on the first sub-kegiatan of programs 2 and 5 (units 0 and 1):
 * each unit's own application, unless the region plans one twice. */
static void write_tik(FILE *fp, const struct region *r, size_t pi,
		      const struct plan_opts *o)
{
	if (!o->annual || (pi != 2 && pi != 5))
		return;
	size_t unit = pi / 3;
	if (r->tik_duplicate)
		unit = 0;
	fprintf(fp, "            tik: {type: aplikasi, application: "
		"\"Aplikasi %s-%02zu\", clearance: {status: %s, "
		"ref: \"555/%zu/Kominfo/2025\", date: 2025-06-01}}\n",
		r->code, unit + 1,
		r->tik_pending && pi == 5 ? "pending" : "approved", pi);
}

static void write_program(FILE *fp, const struct region *r, size_t pi,
			  const struct plan_opts *o)
{
	const struct prog *p = &r->progs[pi];
	char unit[64];
	unit_code(&r->progs[(pi / 3) * 3], pi / 3, unit, sizeof unit);
	int64_t total[5] = {0}, kt[2][5] = {{0}};
	for (size_t k = 0; k < 2; k++)
		for (size_t s = 0; s < 2; s++)
			for (int y = 0; y < 5; y++) {
				int64_t v = sub_budget(r->index, pi, k, s, 2025 + y);
				kt[k][y] += v;
				total[y] += v;
			}
	fprintf(fp, "  - code: %s\n    name: ", p->code);
	q(fp, p->name);
	fputc('\n', fp);
	if (o->with_unit)
		fprintf(fp, "    unit: \"%s\"\n", unit);
	if (o->supports_doc)
		fprintf(fp, "    supports: [\"%s#%s\"]\n", o->supports_doc, p->code);
	else
		fprintf(fp, "    supports: [indonesia/rpjmn/2025-2029#PN-%zu]\n", pi % 8 + 1);
	fprintf(fp, "    indicators:\n      - {name: \"Capaian %s\", unit: \"%%\", targets: ",
		p->code);
	write_targets(fp, o->start, o->end, 50 + (int)(pi % 10), o->target_defect && pi == 0);
	fputs("}\n", fp);
	write_sd(fp, r, pi, o);
	if (o->sum_defect && pi == 1)
		total[o->start - 2025] += 1000;
	write_budget(fp, "    ", total, o->start, o->end, false);
	fputs("    kegiatan:\n", fp);
	for (size_t k = 0; k < 2; k++) {
		fprintf(fp, "      - code: %s\n        name: ", p->keg[k].code);
		q(fp, p->keg[k].name);
		fputc('\n', fp);
		write_budget(fp, "        ", kt[k], o->start, o->end, false);
		fputs("        sub_kegiatan:\n", fp);
		for (size_t s = 0; s < 2; s++) {
			int64_t b[5];
			for (int y = 0; y < 5; y++)
				b[y] = sub_budget(r->index, pi, k, s, 2025 + y);
			fprintf(fp, "          - code: %s\n            name: ", p->keg[k].sub[s].code);
			q(fp, p->keg[k].sub[s].name);
			fputc('\n', fp);
			write_budget(fp, "            ", b, o->start, o->end, false);
			if (k == 0 && s == 0)
				write_tik(fp, r, pi, o);
		}
	}
}

static void write_programs(FILE *fp, const struct region *r, const struct plan_opts *o)
{
	fputs("programs:\n", fp);
	for (size_t pi = 0; pi < NPROG; pi++)
		if (o->unit == SIZE_MAX || pi / 3 == o->unit)
			write_program(fp, r, pi, o);
}

static void write_rpjmd(const struct region *r)
{
	char id[128], sup[128];
	FILE *fp = open_doc(r->code, "rpjmd-2025-2029");
	snprintf(id, sizeof id, "%s/rpjmd/2025-2029", r->code);
	header(fp, id, "rpjmd", r->level, r->code, r->name, 2025, 2029);
	fputs("inaugurated: 2025-02-20\nadopted: 2025-07-31\n", fp);
	if (r->parent)
		fprintf(fp, "parents: [\"%s/rpjmd/2025-2029\"]\n", r->parent);
	else
		fputs("parents: [indonesia/rpjmn/2025-2029]\n", fp);
	snprintf(sup, sizeof sup, "%s/rpjmd/2025-2029", r->parent ? r->parent : "");
	struct plan_opts o = {2025, 2029, true, chance(1, r->index, 20), false,
			      r->parent ? sup : NULL, SIZE_MAX, false, 0};
	cnt.budget_sum += o.sum_defect;
	write_programs(fp, r, &o);
	fclose(fp);
}

static void write_rkpd(const struct region *r)
{
	char id[128], sup[128];
	FILE *fp = open_doc(r->code, "rkpd-2026");
	snprintf(id, sizeof id, "%s/rkpd/2026", r->code);
	header(fp, id, "rkpd", r->level, r->code, r->name, 2026, 2026);
	fprintf(fp, "adopted: 2025-06-20\nparents: [\"%s/rpjmd/2025-2029\"", r->code);
	if (r->parent)
		fprintf(fp, ", \"%s/rkpd/2026\"", r->parent);
	fputs("]\n", fp);
	snprintf(sup, sizeof sup, "%s/rkpd/2026", r->parent ? r->parent : "");
	struct plan_opts o = {2026, 2026, true, false,
			      chance(2, r->index, 10), r->parent ? sup : NULL,
			      SIZE_MAX, true, r->sd01_annual};
	cnt.align_target += o.target_defect;
	cnt.rollup += r->rollup_defect;
	cnt.tik_duplicate += r->tik_duplicate;
	cnt.tik_pending += r->tik_pending;
	write_programs(fp, r, &o);
	fclose(fp);
}

static void write_unit_plans(const struct region *r, size_t u)
{
	char id[128], name[64], unit[64];
	unit_code(&r->progs[u * 3], u, unit, sizeof unit);
	snprintf(name, sizeof name, "renstra-2025-2029-unit%02zu", u + 1);
	FILE *fp = open_doc(r->code, name);
	snprintf(id, sizeof id, "%s/renstra-unit%02zu/2025-2029", r->code, u + 1);
	header(fp, id, "renstra", r->level, r->code, r->name, 2025, 2029);
	fprintf(fp, "unit: {code: \"%s\", name: Perangkat Daerah %02zu}\n", unit, u + 1);
	fprintf(fp, "adopted: 2025-09-01\nparents: [\"%s/rpjmd/2025-2029\"]\n", r->code);
	struct plan_opts o = {2025, 2029, false, false, false, NULL, u, false, 0};
	char sup[128];
	snprintf(sup, sizeof sup, "%s/rpjmd/2025-2029", r->parent ? r->parent : "");
	o.supports_doc = r->parent ? sup : NULL;
	write_programs(fp, r, &o);
	fclose(fp);

	snprintf(name, sizeof name, "renja-2026-unit%02zu", u + 1);
	fp = open_doc(r->code, name);
	snprintf(id, sizeof id, "%s/renja-unit%02zu/2026", r->code, u + 1);
	header(fp, id, "renja", r->level, r->code, r->name, 2026, 2026);
	fprintf(fp, "unit: {code: \"%s\", name: Perangkat Daerah %02zu}\n", unit, u + 1);
	fprintf(fp, "adopted: 2025-07-10\nparents: [\"%s/rkpd/2026\", \"%s/renstra-unit%02zu/2025-2029\"]\n",
		r->code, r->code, u + 1);
	struct plan_opts oj = {2026, 2026, false, false, false, NULL, u, true,
			       r->sd01_annual};
	snprintf(sup, sizeof sup, "%s/rkpd/2026", r->parent ? r->parent : "");
	oj.supports_doc = r->parent ? sup : NULL;
	write_programs(fp, r, &oj);
	fclose(fp);
}

static void write_region(const struct region *r)
{
	write_rpjmd(r);
	write_rkpd(r);
	for (size_t u = 0; u < NUNIT; u++)
		write_unit_plans(r, u);
}

static void write_musrenbang(const char *kec, const char *name, const char *kab,
			     const struct prog *progs, size_t index)
{
	char id[128];
	FILE *fp = open_doc(kec, "musrenbang-2026");
	snprintf(id, sizeof id, "%s/musrenbang/2026", kec);
	header(fp, id, "musrenbang", "kecamatan", kec, name, 2026, 2026);
	fprintf(fp, "parents: [\"%s/rkpd/2026\"]\nproposals:\n", kab);
	for (int i = 1; i <= 10; i++) {
		fprintf(fp, "  - id: U-%02d\n    name: Usulan %d Kecamatan ", i, i);
		q(fp, name);
		fprintf(fp, "\n    rank: %d\n    location: \"%s\"\n    budget: {2026: %d}\n",
			i, kec, 150000000 + i * 10000000);
		if (i == 10 && chance(3, index, 10))
			cnt.orphan++;
		else
			fprintf(fp, "    supports: [\"%s/rkpd/2026#%s\"]\n", kab,
				progs[(size_t)i % NPROG].code);
	}
	fclose(fp);
}

static const char *const vkeg[8][3] = {
	{"1", "1.1", "1.1.01"}, {"1", "1.2", "1.2.02"}, {"2", "2.1", "2.1.01"},
	{"2", "2.2", "2.2.03"}, {"2", "2.3", "2.3.10"}, {"2", "2.6", "2.6.05"},
	{"3", "3.1", "3.1.04"}, {"4", "4.3", "4.3.01"},
};

static void write_rkpdes(const char *desa, const char *name, const char *kec,
			 const char *kab, bool nagari, size_t index, bool change)
{
	char id[128];
	FILE *fp = open_doc(desa, "rkpdes-2026");
	snprintf(id, sizeof id, "%s/rkpdes/2026", desa);
	header(fp, id, "rkpdes", nagari ? "nagari" : "desa", desa, name, 2026, 2026);
	fprintf(fp, "adopted: 2025-09-15\nparents: [\"%s/rkpd/2026\"]\nbidang:\n", kab);
	bool bad = chance(4, index, 10);
	cnt.budget_format += bad;
	cnt.changed += change;
	const char *last_b = "", *last_sb = "";
	for (int k = 0; k < 8; k++) {
		if (strcmp(vkeg[k][0], last_b)) {
			fprintf(fp, "  - code: \"%s\"\n    name: Bidang %s\n    sub_bidang:\n",
				vkeg[k][0], vkeg[k][0]);
			last_b = vkeg[k][0];
			last_sb = "";
		}
		if (strcmp(vkeg[k][1], last_sb)) {
			fprintf(fp, "      - code: \"%s\"\n        name: Sub-bidang %s\n        kegiatan:\n",
				vkeg[k][1], vkeg[k][1]);
			last_sb = vkeg[k][1];
		}
		long long b = 15000000 + (long long)(mix(index, (uint64_t)k) % 100) * 1000000;
		if (change && k == 0)
			b += 1000000;
		fprintf(fp, "          - code: \"%s\"\n            name: Kegiatan %d Desa ", vkeg[k][2], k + 1);
		q(fp, name);
		if (k == 0)
			fputs("\n            indicators:\n              - {code: SD.01, "
			      "name: Jumlah desa yang terlayani, unit: desa, "
			      "targets: {2026: 1}}", fp);
		/* two proposals for higher funding: no budget of their own */
		if (k == 5 || k == 7)
			fprintf(fp, "\n            budget: {2026: 0}\n            supports: [\"%s/musrenbang/2026#U-%02d\"]\n",
				kec, k == 5 ? 1 : 2);
		else if (bad && k == 1)
			fprintf(fp, "\n            budget: {2026: %lld.000.000}\n", b / 1000000);
		else
			fprintf(fp, "\n            budget: {2026: %lld}\n", b);
	}
	fclose(fp);
}

/* Walking the region table ------------------------------------------- */

static bool in_scope(const char *code, const char *scope)
{
	if (!strcmp(scope, "all"))
		return true;
	size_t n = strlen(scope);
	return !strncmp(code, scope, n) && (code[n] == '.' || !code[n]) ? true
	       : !strncmp(scope, code, strlen(code)) && scope[strlen(code)] == '.';
}

static const char *kab_level(const char *code)
{
	int kk = atoi(code + 3);
	return kk >= 71 ? "kota" : "kabupaten";
}

/* Per kab/kota row, its desa (kelurahan never, as written below) and
 * whether its RKPD's SD.01 is one too many (a defect, only where it has
 * desa to be compared with); per province row, its kab/kota's desa and
 * their defects, which its RKPD adds up. */
static void count_desa(const struct table *reg, const char *scope,
		       long *ndesa, long *extra)
{
	size_t prov = 0, kab = 0;
	bool have_kab = false, have_kec = false;
	for (size_t i = 0; i < reg->n; i++) {
		const struct row *r = &reg->v[i];
		if (!in_scope(r->code, scope))
			continue;
		if (!strcmp(r->level, "provinsi")) {
			prov = i;
		} else if (!strcmp(r->level, "kabkota")) {
			kab = i;
			have_kab = true;
		} else if (!strcmp(r->level, "kecamatan")) {
			have_kec = true;
		} else if (!strcmp(r->level, "desakel") && have_kec && have_kab &&
			   r->code[9] != '1') {
			ndesa[kab]++;
			ndesa[prov]++;
		}
	}
	for (size_t i = 0; i < reg->n; i++) {
		const struct row *r = &reg->v[i];
		if (!in_scope(r->code, scope))
			continue;
		if (!strcmp(r->level, "provinsi"))
			prov = i;
		else if (!strcmp(r->level, "kabkota") && ndesa[i] &&
			 chance(6, i, 10))
			extra[i] = 1, extra[prov]++;
	}
}

static void defects(struct region *g)
{
	g->tik_duplicate = chance(7, g->index, 10);
	g->tik_pending = chance(8, g->index, 10);
}

/* The indicators table of the generated codes, for --indicators. */
static void write_indicators(void)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/indicators.csv", outdir);
	FILE *fp = fopen(path, "w");
	if (!fp) {
		fprintf(stderr, "plan-gen: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	fputs("code,name,unit,aggregation\n"
	      "SD.01,Jumlah desa yang terlayani,desa,sum\n"
	      "SD.02,Indeks SPBE,indeks,none\n", fp);
	fclose(fp);
}

static void usage(void)
{
	fputs("usage: plan-gen --regions FILE --nomenclature-provinsi FILE\n"
	      "                --nomenclature-kabkota FILE --out DIR\n"
	      "                [--scope all|PREFIX] [--seed N] [--changes N]\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	const char *regions = NULL, *nprov = NULL, *nkab = NULL, *scope = "all";
	long changes = 0;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--regions")) regions = argv[i + 1];
		else if (!strcmp(argv[i], "--nomenclature-provinsi")) nprov = argv[i + 1];
		else if (!strcmp(argv[i], "--nomenclature-kabkota")) nkab = argv[i + 1];
		else if (!strcmp(argv[i], "--out")) snprintf(outdir, sizeof outdir, "%s", argv[i + 1]);
		else if (!strcmp(argv[i], "--scope")) scope = argv[i + 1];
		else if (!strcmp(argv[i], "--seed")) seed = strtoull(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--changes")) changes = strtol(argv[i + 1], NULL, 10);
		else usage();
	}
	if (!regions || !nprov || !nkab || !outdir[0] || argc % 2 == 0)
		usage();
	struct table reg = {0}, tp = {0}, tk = {0};
	read_table(regions, &reg);
	read_table(nprov, &tp);
	read_table(nkab, &tk);
	static struct prog pp[NPROG], pk[NPROG];
	if (pick_programs(&tp, &tk, pp, pk) < NPROG) {
		fputs("plan-gen: the tables have too few complete programs\n", stderr);
		return 2;
	}
	mkdirs(outdir);
	long *ndesa_of = calloc(reg.n + 1, sizeof *ndesa_of);
	long *extra_of = calloc(reg.n + 1, sizeof *extra_of);
	if (!ndesa_of || !extra_of)
		return 2;
	count_desa(&reg, scope, ndesa_of, extra_of);
	write_indicators();
	write_rpjmn();
	const char *prov = NULL, *kab = NULL, *kec = NULL, *kec_name = NULL;
	size_t ndesa = 0;
	for (size_t i = 0; i < reg.n; i++) {
		const struct row *r = &reg.v[i];
		if (!in_scope(r->code, scope))
			continue;
		if (!strcmp(r->level, "provinsi")) {
			prov = r->code;
			struct region g = {.code = r->code, .name = r->name,
					   .level = "provinsi", .progs = pp,
					   .index = i};
			g.sd01 = ndesa_of[i];
			g.sd01_annual = extra_of[i];
			defects(&g);
			write_region(&g);
		} else if (!strcmp(r->level, "kabkota")) {
			kab = r->code;
			struct region g = {.code = r->code, .name = r->name,
					   .level = kab_level(r->code),
					   .parent = prov, .progs = pk, .index = i};
			g.sd01 = ndesa_of[i];
			g.rollup_defect = extra_of[i] > 0;
			g.sd01_annual = extra_of[i];
			defects(&g);
			write_region(&g);
		} else if (!strcmp(r->level, "kecamatan")) {
			kec = r->code;
			kec_name = r->name;
			write_musrenbang(r->code, r->name, kab, pk, i);
		} else if (!strcmp(r->level, "desakel") && kec && r->code[9] != '1') {
			bool change = changes > 0 && mix(5, ndesa) % 75000 < (uint64_t)changes;
			write_rkpdes(r->code, r->name, kec, kab, !strncmp(r->code, "13.", 3),
				     i, change);
			ndesa++;
		}
	}
	(void)kec_name;
	free(ndesa_of);
	free(extra_of);
	char path[4200];
	snprintf(path, sizeof path, "%s/MANIFEST", outdir);
	FILE *m = fopen(path, "w");
	if (m) {
		fprintf(m, "documents %zu\nbudget-format %zu\nbudget-sum %zu\n"
			   "align-target %zu\norphan %zu\nchanged %zu\n"
			   "indicator-rollup %zu\ntik-duplicate %zu\n"
			   "tik-clearance %zu\n",
			cnt.docs, cnt.budget_format, cnt.budget_sum,
			cnt.align_target, cnt.orphan, cnt.changed, cnt.rollup,
			cnt.tik_duplicate, cnt.tik_pending);
		fclose(m);
	}
	printf("plan-gen: %zu documents in %s\n", cnt.docs, outdir);
	return 0;
}
