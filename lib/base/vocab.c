#include "base/vocab.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"

/* The `kind:` values, also the msgids of the kinds as words of a
 * sentence (plan_kind_word). */
static const char *const kind_names[KIND_COUNT] = {
	[KIND_NONE] = "", [KIND_RPJPN] = NC_("kind", "rpjpn"),
	[KIND_RPJMN] = NC_("kind", "rpjmn"), [KIND_RKP] = NC_("kind", "rkp"),
	[KIND_RENSTRA_KL] = NC_("kind", "renstra-kl"),
	[KIND_RENJA_KL] = NC_("kind", "renja-kl"),
	[KIND_RPJPD] = NC_("kind", "rpjpd"), [KIND_RPJMD] = NC_("kind", "rpjmd"),
	[KIND_RKPD] = NC_("kind", "rkpd"),
	[KIND_RENSTRA] = NC_("kind", "renstra"),
	[KIND_RENJA] = NC_("kind", "renja"),
	[KIND_RPJMDES] = NC_("kind", "rpjmdes"),
	[KIND_RKPDES] = NC_("kind", "rkpdes"),
	[KIND_MUSRENBANG] = NC_("kind", "musrenbang"),
};

static const char *const level_names[LEVEL_COUNT] = {
	[LEVEL_NONE] = "", [LEVEL_NASIONAL] = "nasional",
	[LEVEL_PROVINSI] = "provinsi", [LEVEL_KABUPATEN] = "kabupaten",
	[LEVEL_KOTA] = "kota", [LEVEL_KECAMATAN] = "kecamatan",
	[LEVEL_DESA] = "desa", [LEVEL_NAGARI] = "nagari",
	[LEVEL_KELURAHAN] = "kelurahan",
};

/* Every spelling of an element type, and the section tree: `parent` is
 * the type whose list holds this one (PLAN_SECTION_DOC: the document). */
static const struct {
	const char *label, *key, *name, *word;
	int parent;
} elem_words[EL_TYPE_COUNT] = {
	[EL_MISI] = {"Misi", "misi", "misi", "misi", PLAN_SECTION_DOC},
	[EL_TUJUAN] = {"Tujuan", "tujuan", "tujuan", "tujuan", EL_MISI},
	[EL_SASARAN] = {"Sasaran", "sasaran", "sasaran", "sasaran",
			EL_TUJUAN},
	[EL_PROGRAM] = {"Program", "programs", "program", "program",
			PLAN_SECTION_DOC},
	[EL_KEGIATAN] = {"Kegiatan", "kegiatan", "kegiatan", "kegiatan",
			 EL_PROGRAM},
	[EL_SUB_KEGIATAN] = {"Sub-kegiatan", "sub_kegiatan", "sub_kegiatan",
			     "sub-kegiatan", EL_KEGIATAN},
	[EL_BIDANG] = {"Bidang", "bidang", "bidang", "bidang",
		       PLAN_SECTION_DOC},
	[EL_SUB_BIDANG] = {"Sub-bidang", "sub_bidang", "sub_bidang",
			   "sub-bidang", EL_BIDANG},
	[EL_VKEGIATAN] = {"Kegiatan", "kegiatan", "kegiatan", "kegiatan",
			  EL_SUB_BIDANG},
	[EL_PROPOSAL] = {"Usulan", "proposals", "proposal", "proposal",
			 PLAN_SECTION_DOC},
};

int plan_word_find(const char *const *words, size_t n, const char *s)
{
	for (size_t i = 0; s && i < n; i++)
		if (words[i] && !strcmp(words[i], s))
			return (int)i;
	return -1;
}

const char *plan_kind_name(enum plan_kind k)
{
	return (unsigned)k < KIND_COUNT ? kind_names[k] : "";
}

const char *plan_kind_word(enum plan_kind k)
{
	return k == KIND_NONE ? "" : C_("kind", plan_kind_name(k));
}

enum plan_kind plan_kind_parse(const char *s)
{
	int k = plan_word_find(kind_names, KIND_COUNT, s);
	return k < 0 ? KIND_NONE : (enum plan_kind)k;
}

const char *plan_level_name(enum plan_level l)
{
	return (unsigned)l < LEVEL_COUNT ? level_names[l] : "";
}

enum plan_level plan_level_parse(const char *s)
{
	int l = plan_word_find(level_names, LEVEL_COUNT, s);
	return l < 0 ? LEVEL_NONE : (enum plan_level)l;
}

int plan_level_rank(enum plan_level l)
{
	switch (l) {
	case LEVEL_NASIONAL: return 0;
	case LEVEL_PROVINSI: return 1;
	case LEVEL_KABUPATEN: case LEVEL_KOTA: return 2;
	case LEVEL_KECAMATAN: return 3;
	case LEVEL_DESA: case LEVEL_NAGARI: case LEVEL_KELURAHAN: return 4;
	default: return -1;
	}
}

#define LV(l) (1u << (l))

/* The levels kind k is written at, as a bit set. */
static unsigned kind_levels(enum plan_kind k)
{
	const unsigned regional = LV(LEVEL_PROVINSI) | LV(LEVEL_KABUPATEN) |
				  LV(LEVEL_KOTA);
	switch (k) {
	case KIND_RPJPN: case KIND_RPJMN: case KIND_RKP: case KIND_RENSTRA_KL:
	case KIND_RENJA_KL:
		return LV(LEVEL_NASIONAL);
	case KIND_RPJPD: case KIND_RPJMD: case KIND_RKPD:
		return regional;
	case KIND_RENSTRA: case KIND_RENJA:
		return regional | LV(LEVEL_KECAMATAN);
	case KIND_RPJMDES: case KIND_RKPDES:
		return LV(LEVEL_DESA) | LV(LEVEL_NAGARI);
	case KIND_MUSRENBANG:
		return regional | LV(LEVEL_KECAMATAN) | LV(LEVEL_KELURAHAN);
	default:
		return 0;
	}
}

bool plan_kind_at_level(enum plan_kind k, enum plan_level l)
{
	return l > LEVEL_NONE && l < LEVEL_COUNT && (kind_levels(k) & LV(l));
}

bool plan_kind_is_annual(enum plan_kind k)
{
	return k == KIND_RKP || k == KIND_RKPD || k == KIND_RENJA_KL ||
	       k == KIND_RENJA || k == KIND_RKPDES || k == KIND_MUSRENBANG;
}

bool plan_kind_is_village(enum plan_kind k)
{
	return k == KIND_RPJMDES || k == KIND_RKPDES;
}

bool plan_kind_is_national(enum plan_kind k)
{
	return k == KIND_RPJPN || k == KIND_RPJMN || k == KIND_RKP ||
	       k == KIND_RENSTRA_KL || k == KIND_RENJA_KL;
}

const char *plan_elem_type_label(enum plan_elem_type t)
{
	return (unsigned)t < EL_TYPE_COUNT ? elem_words[t].label : "";
}

const char *plan_elem_type_key(enum plan_elem_type t)
{
	return (unsigned)t < EL_TYPE_COUNT ? elem_words[t].key : "";
}

const char *plan_elem_type_name(enum plan_elem_type t)
{
	return (unsigned)t < EL_TYPE_COUNT ? elem_words[t].name : NULL;
}

const char *plan_elem_type_word(enum plan_elem_type t)
{
	return (unsigned)t < EL_TYPE_COUNT ? elem_words[t].word
					   : _("element");
}

/* ---- The section tree ----------------------------------------------- */

int plan_section_type(int parent, const char *key, size_t len)
{
	for (int t = 0; t < EL_TYPE_COUNT; t++)
		if (elem_words[t].parent == parent &&
		    strlen(elem_words[t].key) == len &&
		    !memcmp(elem_words[t].key, key, len))
			return t;
	return -1;
}

int plan_section_child(enum plan_elem_type t)
{
	for (int c = 0; c < EL_TYPE_COUNT; c++)
		if (elem_words[c].parent == (int)t)
			return c;
	return -1;
}

int plan_section_parent(enum plan_elem_type t)
{
	return (unsigned)t < EL_TYPE_COUNT ? elem_words[t].parent
					   : PLAN_SECTION_DOC;
}

/* ---- Breadcrumbs ---------------------------------------------------- */

static const char *crumb_label(int type)
{
	return type == PLAN_CRUMB_INDICATOR
		? PLAN_INDICATOR_LABEL : plan_elem_type_label((enum plan_elem_type)type);
}

size_t plan_crumb_step_len(int type, const char *id)
{
	/* 20 digits of an index, a space, the NUL */
	return strlen(PLAN_CRUMB_SEP) + strlen(crumb_label(type)) + 22 +
	       (id ? strlen(id) : 0);
}

size_t plan_crumb_step(char *buf, size_t len, size_t o, int type,
		       const char *id, size_t index)
{
	const char *sep = o ? PLAN_CRUMB_SEP : "";
	int w;
	if (o + 1 >= len)
		return o;
	if (id)
		w = snprintf(buf + o, len - o, "%s%s %s", sep,
			     crumb_label(type), id);
	else
		w = snprintf(buf + o, len - o, "%s%s %zu", sep,
			     crumb_label(type), index);
	return o + ((size_t)w < len - o ? (size_t)w : len - o - 1);
}
