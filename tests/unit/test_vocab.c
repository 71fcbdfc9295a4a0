/* test_vocab.c - the words of a plan, the section tree and breadcrumb
 * steps (lib/base/vocab.c). */
#include <string.h>

#include "testutil.h"

#include "base/i18n.h"
#include "base/vocab.h"

static int section(int parent, const char *key)
{
	return plan_section_type(parent, key, strlen(key));
}

static void test_section_tree(void **state)
{
	(void)state;
	assert_int_equal(section(PLAN_SECTION_DOC, "misi"), EL_MISI);
	assert_int_equal(section(PLAN_SECTION_DOC, "programs"), EL_PROGRAM);
	assert_int_equal(section(PLAN_SECTION_DOC, "bidang"), EL_BIDANG);
	assert_int_equal(section(PLAN_SECTION_DOC, "proposals"), EL_PROPOSAL);
	assert_int_equal(section(EL_MISI, "tujuan"), EL_TUJUAN);
	assert_int_equal(section(EL_TUJUAN, "sasaran"), EL_SASARAN);
	assert_int_equal(section(EL_PROGRAM, "kegiatan"), EL_KEGIATAN);
	assert_int_equal(section(EL_KEGIATAN, "sub_kegiatan"),
			 EL_SUB_KEGIATAN);
	assert_int_equal(section(EL_BIDANG, "sub_bidang"), EL_SUB_BIDANG);
	/* the same key, another parent: the village kegiatan */
	assert_int_equal(section(EL_SUB_BIDANG, "kegiatan"), EL_VKEGIATAN);
	/* lists that hold no elements, or not there */
	assert_int_equal(section(PLAN_SECTION_DOC, "kegiatan"), -1);
	assert_int_equal(section(EL_PROGRAM, "sasaran"), -1);
	assert_int_equal(section(EL_PROGRAM, "indicators"), -1);
	assert_int_equal(section(EL_SUB_KEGIATAN, "kegiatan"), -1);
	assert_int_equal(plan_section_type(EL_PROGRAM, "kegiatanX", 8),
			 EL_KEGIATAN);
	assert_int_equal(plan_section_type(EL_PROGRAM, "kegiata", 7), -1);
}

/* Child, parent and key agree for every type. */
static void test_section_agrees(void **state)
{
	(void)state;
	for (int t = 0; t < EL_TYPE_COUNT; t++) {
		int c = plan_section_child((enum plan_elem_type)t);
		int p = plan_section_parent((enum plan_elem_type)t);
		const char *key = plan_elem_type_key((enum plan_elem_type)t);
		assert_int_equal(section(p, key), t);
		if (c >= 0) {
			assert_int_equal(plan_section_parent(
				(enum plan_elem_type)c), t);
			assert_int_equal(section(t, plan_elem_type_key(
				(enum plan_elem_type)c)), c);
		}
	}
	assert_int_equal(plan_section_child(EL_SUB_KEGIATAN), -1);
	assert_int_equal(plan_section_child(EL_PROPOSAL), -1);
	assert_int_equal(plan_section_child(EL_SUB_BIDANG), EL_VKEGIATAN);
}

static void test_words(void **state)
{
	(void)state;
	assert_string_equal(plan_elem_type_label(EL_SUB_KEGIATAN),
			    "Sub-kegiatan");
	assert_string_equal(plan_elem_type_label(EL_PROPOSAL), "Usulan");
	assert_string_equal(plan_elem_type_key(EL_PROGRAM), "programs");
	assert_string_equal(plan_elem_type_name(EL_SUB_KEGIATAN),
			    "sub_kegiatan");
	assert_string_equal(plan_elem_type_name(EL_VKEGIATAN), "kegiatan");
	assert_string_equal(plan_elem_type_word(EL_SUB_BIDANG), "sub-bidang");
	assert_string_equal(plan_elem_type_label(EL_TYPE_COUNT), "");
	assert_null(plan_elem_type_name(EL_TYPE_COUNT));
	assert_string_equal(plan_elem_type_word(EL_TYPE_COUNT), "element");
	assert_int_equal(plan_kind_parse("renja-kl"), KIND_RENJA_KL);
	assert_int_equal(plan_kind_parse(""), KIND_NONE);
	assert_int_equal(plan_kind_parse(NULL), KIND_NONE);
	assert_int_equal(plan_level_parse("nagari"), LEVEL_NAGARI);
	assert_int_equal(plan_level_parse("Nagari"), LEVEL_NONE);
}

/* A kind in a sentence: the `kind:` value in English, the planners'
 * spelling in Indonesian; the value itself never changes. */
static void test_kind_words(void **state)
{
	(void)state;
	assert_string_equal(plan_kind_word(KIND_RKPD), "rkpd");
	assert_string_equal(plan_kind_word(KIND_NONE), "");
	plan_lang_set(PLAN_LANG_ID);
	assert_string_equal(plan_kind_word(KIND_RKPD), "RKPD");
	assert_string_equal(plan_kind_word(KIND_RKPDES), "RKPDes");
	assert_string_equal(plan_kind_word(KIND_RENJA_KL), "Renja K/L");
	assert_string_equal(plan_kind_word(KIND_MUSRENBANG), "Musrenbang");
	assert_string_equal(plan_kind_word(KIND_NONE), "");
	assert_string_equal(plan_kind_name(KIND_RKPD), "rkpd");
	plan_lang_set(PLAN_LANG_EN);
}

static void test_word_find(void **state)
{
	static const char *const w[] = {"text", NULL, "csv"};

	(void)state;
	assert_int_equal(plan_word_find(w, 3, "text"), 0);
	assert_int_equal(plan_word_find(w, 3, "csv"), 2);
	assert_int_equal(plan_word_find(w, 2, "csv"), -1);
	assert_int_equal(plan_word_find(w, 3, "tex"), -1);
	assert_int_equal(plan_word_find(w, 3, NULL), -1);
}

static void test_crumbs(void **state)
{
	char buf[128];
	size_t o;

	(void)state;
	o = plan_crumb_step(buf, sizeof buf, 0, EL_PROGRAM, "2.16.03", 1);
	o = plan_crumb_step(buf, sizeof buf, o, EL_KEGIATAN, NULL, 3);
	o = plan_crumb_step(buf, sizeof buf, o, PLAN_CRUMB_INDICATOR, NULL, 2);
	assert_string_equal(buf, "Program 2.16.03" PLAN_CRUMB_SEP "Kegiatan 3"
			    PLAN_CRUMB_SEP "indikator 2");
	assert_int_equal(o, strlen(buf));
	assert_true(plan_crumb_step_len(EL_PROGRAM, "2.16.03") >
		    strlen(PLAN_CRUMB_SEP "Program 2.16.03"));
}

/* A full buffer: cut, NUL-terminated, never past len, and further steps
 * leave it alone. */
static void test_crumb_truncation(void **state)
{
	char buf[16];
	size_t o;

	(void)state;
	memset(buf, 'Z', sizeof buf);
	o = plan_crumb_step(buf, 12, 0, EL_SUB_KEGIATAN, "2.16.03.1.02", 1);
	assert_int_equal(o, 11);
	assert_string_equal(buf, "Sub-kegiata");
	assert_int_equal(buf[12], 'Z');
	o = plan_crumb_step(buf, 12, o, EL_PROGRAM, "1", 1);
	assert_int_equal(o, 11);
	assert_string_equal(buf, "Sub-kegiata");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_section_tree),
		cmocka_unit_test(test_section_agrees),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_kind_words),
		cmocka_unit_test(test_word_find),
		cmocka_unit_test(test_crumbs),
		cmocka_unit_test(test_crumb_truncation),
	};
	return cmocka_run_group_tests_name("vocab", tests, NULL, NULL);
}
