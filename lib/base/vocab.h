/*
 * vocab.h - the words of a plan, spelled once: kinds, levels, element
 * types and the section tree (which list, under which element type, holds
 * which element type), and the breadcrumb that names an element by its
 * place in that tree.
 *
 * It sits at the bottom of the flow so that every stage reads the same
 * table: the schema check (breadcrumbs of schema findings), the model
 * (which list holds which elements), the checks and the writers (the
 * words in messages, JSON and CSV).  Everything is static data: nothing
 * allocates, nothing to free.
 */
#ifndef PLAN_VOCAB_H
#define PLAN_VOCAB_H

#include <stdbool.h>
#include <stddef.h>

enum plan_kind {
	KIND_NONE,		/* absent or not one of these */
	KIND_RPJPN, KIND_RPJMN, KIND_RKP, KIND_RENSTRA_KL, KIND_RENJA_KL,
	KIND_RPJPD, KIND_RPJMD, KIND_RKPD, KIND_RENSTRA, KIND_RENJA,
	KIND_RPJMDES, KIND_RKPDES, KIND_MUSRENBANG,
	KIND_COUNT
};

enum plan_level {
	LEVEL_NONE,
	LEVEL_NASIONAL, LEVEL_PROVINSI, LEVEL_KABUPATEN, LEVEL_KOTA,
	LEVEL_KECAMATAN, LEVEL_DESA, LEVEL_NAGARI, LEVEL_KELURAHAN,
	LEVEL_COUNT
};

enum plan_elem_type {
	EL_MISI, EL_TUJUAN, EL_SASARAN,
	EL_PROGRAM, EL_KEGIATAN, EL_SUB_KEGIATAN,
	EL_BIDANG, EL_SUB_BIDANG, EL_VKEGIATAN,	/* village kegiatan */
	EL_PROPOSAL,
	EL_TYPE_COUNT
};

/* The index of s among n words (NULL entries never match), or -1; s may
 * be NULL.  For parsing a name back through the table that spells it. */
int plan_word_find(const char *const *words, size_t n, const char *s);

/* Names, and parsing them back. */
const char *plan_kind_name(enum plan_kind k);
/* The kind as a word of a sentence in the messages' language: the
 * `kind:` value in English ("rkpd"), its usual spelling in Indonesian
 * ("RKPD", "Renja", "RPJMDes"); static.  plan_kind_name() where the
 * value itself is meant ("kind 'rkpd'"). */
const char *plan_kind_word(enum plan_kind k);
enum plan_kind plan_kind_parse(const char *s);
const char *plan_level_name(enum plan_level l);
enum plan_level plan_level_parse(const char *s);
/* 0 nasional, 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa, nagari,
 * kelurahan; -1 for LEVEL_NONE. */
int plan_level_rank(enum plan_level l);

/* SPEC 3.1: whether kind k is written at level l (false for KIND_NONE
 * and LEVEL_NONE). */
bool plan_kind_at_level(enum plan_kind k, enum plan_level l);

/* Annual kinds: rkp, rkpd, renja-kl, renja, rkpdes, musrenbang. */
bool plan_kind_is_annual(enum plan_kind k);
/* Village kinds: rpjmdes, rkpdes (bidang instead of programs). */
bool plan_kind_is_village(enum plan_kind k);
/* National kinds: rpjpn, rpjmn, rkp, renstra-kl, renja-kl (free codes). */
bool plan_kind_is_national(enum plan_kind k);

/*
 * An element type's words.  Out of range: "" (label, key), NULL (name),
 * "element" translated (word).
 *   label  "Sub-kegiatan", "Usulan": the steps of a breadcrumb
 *   key    "sub_kegiatan", "programs": the YAML list that holds it
 *   name   "sub_kegiatan", "proposal": an identifier in JSON and CSV
 *   word   "sub-kegiatan", "proposal": in the prose of a message
 */
const char *plan_elem_type_label(enum plan_elem_type t);
const char *plan_elem_type_key(enum plan_elem_type t);
const char *plan_elem_type_name(enum plan_elem_type t);
const char *plan_elem_type_word(enum plan_elem_type t);

/*
 * The section tree (SPEC 3.3).  The document holds misi, programs, bidang
 * and proposals; a misi holds tujuan, a tujuan sasaran, a program
 * kegiatan, a kegiatan sub_kegiatan, a bidang sub_bidang, a sub_bidang
 * (village) kegiatan.  An element type holds at most one list.
 */
#define PLAN_SECTION_DOC (-1)	/* the parent "type" of the top lists */

/* The type of the entries of list key[0..len) under an element of type
 * parent (PLAN_SECTION_DOC: the document's top level), or -1 when they
 * are not elements. */
int plan_section_type(int parent, const char *key, size_t len);
/* The type of the entries of the list an element of type t holds, or -1
 * when it holds none; its key is plan_elem_type_key() of that type. */
int plan_section_child(enum plan_elem_type t);
/* The type whose list holds elements of type t, or PLAN_SECTION_DOC for
 * the top-level lists (misi, programs, bidang, proposals, in that order
 * of the enum). */
int plan_section_parent(enum plan_elem_type t);

/*
 * Breadcrumbs: "Program 2.16.03 › Kegiatan 2.16.03.1.02 › indikator 2".
 * A step is an element type's label and its id, or its 1-based place in
 * its list when it has no id; PLAN_CRUMB_INDICATOR is an indicator's
 * step ("indikator").
 */
#define PLAN_CRUMB_SEP " \xE2\x80\xBA "	/* " › " */
#define PLAN_CRUMB_INDICATOR (-1)
#define PLAN_INDICATOR_LABEL "indikator"

/* Append one step of type (an enum plan_elem_type or PLAN_CRUMB_INDICATOR)
 * to the breadcrumb in buf at offset o, the separator first unless o is
 * 0; id may be NULL (then index).  Truncates to fit len (which must be at
 * least 1) and stays NUL-terminated.  Returns the new offset. */
size_t plan_crumb_step(char *buf, size_t len, size_t o, int type,
		       const char *id, size_t index);
/* An upper bound on what plan_crumb_step() writes for that step, the
 * separator and the NUL included. */
size_t plan_crumb_step_len(int type, const char *id);

#endif
