/* test_satudata.c - the Satu Data building blocks: exact decimals
 * (lib/base/decimal.c) and the chain of the roll-up (lib/repo/satudata.c);
 * the indicators table (lib/tables/indicators.c) is test_tables.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "base/decimal.h"
#include "repo/satudata.h"
#include "tables/indicators.h"
#include "tables/tables.h"

/* ---- Decimals ---------------------------------------------------------- */

static const char *fmt(struct plan_decimal d)
{
	static char buf[PLAN_DECIMAL_BUF];
	return plan_decimal_format(d, buf);
}

static struct plan_decimal dec(const char *s)
{
	struct plan_decimal d;
	if (!plan_decimal_parse(s, strlen(s), &d))
		fail_msg("'%s' did not parse", s);
	return d;
}

static void test_decimal_parse(void **state)
{
	(void)state;
	struct plan_decimal d;
	assert_string_equal(fmt(dec("0")), "0");
	assert_string_equal(fmt(dec("-0.00")), "0");
	assert_string_equal(fmt(dec("007.50")), "7.5");
	assert_string_equal(fmt(dec("-12.0340")), "-12.034");
	assert_string_equal(fmt(dec("0.05")), "0.05");
	assert_string_equal(fmt(dec("1000")), "1000");
	/* text, and the forms SPEC 3.2 does not call numbers */
	const char *bad[] = {"", "-", ".5", "1.", "1,5", "1e3", "WTP", "1.2.3",
			     "--1", " 1"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(plan_decimal_parse(bad[i], strlen(bad[i]), &d));
	/* 38 digits fit, 39 do not; 18 decimals fit, 19 do not */
	const char *d38 = "12345678901234567890123456789012345678";
	assert_true(plan_decimal_parse(d38, 38, &d));
	assert_string_equal(fmt(d), d38);
	assert_false(plan_decimal_parse("123456789012345678901234567890123456789",
					 39, &d));
	assert_true(plan_decimal_parse("0.000000000000000001", 20, &d));
	assert_false(plan_decimal_parse("0.0000000000000000001", 21, &d));
}

static void test_decimal_add_cmp(void **state)
{
	(void)state;
	struct plan_decimal a = dec("1.25");
	assert_true(plan_decimal_add(&a, dec("2.750")));
	assert_string_equal(fmt(a), "4");
	assert_true(plan_decimal_add(&a, dec("-10.5")));
	assert_string_equal(fmt(a), "-6.5");
	assert_int_equal(plan_decimal_cmp(dec("4.0"), dec("4.00")), 0);
	assert_true(plan_decimal_cmp(dec("-1"), dec("0.5")) < 0);
	assert_true(plan_decimal_cmp(dec("10"), dec("9.99")) > 0);
	/* a sum that would overflow is refused and leaves the total alone */
	struct plan_decimal big = dec("99999999999999999999999999999999999999");
	struct plan_decimal s = big;
	assert_true(plan_decimal_add(&s, dec("0")));
	assert_false(plan_decimal_add(&s, big));
	assert_string_equal(fmt(s), "99999999999999999999999999999999999999");
	/* comparing what cannot be brought to one scale still orders */
	assert_true(plan_decimal_cmp(big, dec("0.000000000000000001")) > 0);
	assert_true(plan_decimal_cmp(dec("0.000000000000000001"), big) < 0);
}

static void test_satu_agg(void **state)
{
	(void)state;
	struct plan_satu_agg s;
	plan_satu_agg_init(&s, PLAN_AGG_SUM);
	assert_false(plan_satu_agg_ok(&s));
	assert_true(plan_satu_agg_add(&s, "10", 2));
	assert_true(plan_satu_agg_add(&s, "2.5", 3));
	assert_false(plan_satu_agg_add(&s, "Baik", 4));
	assert_true(plan_satu_agg_ok(&s));
	assert_int_equal(s.n, 2);
	assert_string_equal(fmt(s.v), "12.5");
	plan_satu_agg_init(&s, PLAN_AGG_MIN);
	plan_satu_agg_add(&s, "3", 1);
	plan_satu_agg_add(&s, "-1.5", 4);
	plan_satu_agg_add(&s, "2", 1);
	assert_string_equal(fmt(s.v), "-1.5");
	plan_satu_agg_init(&s, PLAN_AGG_MAX);
	plan_satu_agg_add(&s, "3", 1);
	plan_satu_agg_add(&s, "3.10", 4);
	assert_string_equal(fmt(s.v), "3.1");
	plan_satu_agg_init(&s, PLAN_AGG_NONE);
	plan_satu_agg_add(&s, "3", 1);
	assert_false(plan_satu_agg_ok(&s));
	/* a number too long for a decimal stops the figure, never rounds */
	plan_satu_agg_init(&s, PLAN_AGG_SUM);
	plan_satu_agg_add(&s, "1", 1);
	assert_true(plan_satu_agg_add(&s, "1234567890123456789012345678901234567890",
				      40));
	assert_false(plan_satu_agg_ok(&s));
}

/* ---- Region chain ------------------------------------------------------ */

static void test_region_chain(void **state)
{
	(void)state;
	assert_int_equal(plan_region_depth(""), 0);
	assert_int_equal(plan_region_depth(NULL), 0);
	assert_int_equal(plan_region_depth("13"), 1);
	assert_int_equal(plan_region_depth("13.71"), 2);
	assert_int_equal(plan_region_depth("13.02.04.2001"), 4);
	assert_true(plan_region_kelurahan("13.71.01.1001"));
	assert_false(plan_region_kelurahan("13.02.04.2001"));
	assert_false(plan_region_kelurahan("13.71.01"));
	assert_int_equal(plan_satu_up("13"), 0);
	assert_int_equal(plan_satu_up("13.71"), 2);
	assert_int_equal(plan_satu_up("13.02.04.2001"), 5);
	assert_int_equal(plan_satu_up("13.02.04"), -1);
	assert_int_equal(plan_satu_up(""), -1);
}

/* ---- Regions below a region ------------------------------------------ */

static void test_satu_below(void **state)
{
	(void)state;
	struct plan_tables *t = tu_tables(
		"code,name,parent\n"
		"13,Sumatera Barat,\n14,Riau,\n"
		"13.02,Kabupaten Solok,13\n13.71,Kota Padang,13\n"
		"13.02.04,Lembah Gumanti,13.02\n"
		"13.02.04.2001,Alahan Panjang,13.02.04\n"
		"13.02.04.2002,Sungai Nanam,13.02.04\n"
		"13.02.05,Hiliran Gumanti,13.02\n"
		"13.02.05.1001,Kelurahan X,13.02.05\n"
		"13.02.05.2001,Talang Babungo,13.02.05\n", NULL);
	struct plan_tables *none = plan_tables_new();
	const char **v;
	assert_int_equal(plan_satu_below(none, "13", &v), 0);	/* no table */
	assert_null(v);
	plan_tables_free(none);
	assert_int_equal(plan_satu_below(NULL, "13", &v), 0);
	assert_null(v);
	assert_int_equal(plan_satu_below(t, "", &v), 2);
	assert_string_equal(v[1], "14");
	free(v);
	assert_int_equal(plan_satu_below(t, "13", &v), 2);
	assert_string_equal(v[0], "13.02");
	free(v);
	/* a kabupaten's desa, through its kecamatan; kelurahan never */
	assert_int_equal(plan_satu_below(t, "13.02", &v), 3);
	assert_string_equal(v[0], "13.02.04.2001");
	assert_string_equal(v[2], "13.02.05.2001");
	free(v);
	assert_int_equal(plan_satu_below(t, "13.02.05", &v), 1);
	free(v);
	assert_int_equal(plan_satu_below(t, "13.02.04.2001", &v), 0);
	assert_int_equal(plan_satu_below(t, "13.71", &v), 0);
	free(v);
	plan_tables_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decimal_parse),
		cmocka_unit_test(test_decimal_add_cmp),
		cmocka_unit_test(test_satu_agg),
		cmocka_unit_test(test_region_chain),
		cmocka_unit_test(test_satu_below),
	};
	return cmocka_run_group_tests_name("satudata", tests, NULL, NULL);
}
