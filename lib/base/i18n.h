/*
 * i18n.h - the library's messages in English (the msgids) or Bahasa
 * Indonesia (po/id.po, compiled into the library at build time), in the
 * language of base/lang.h.  Not installed: _() and N_() are the
 * library's own.
 *
 * Without plan_lang_set() (the unit tests, the fuzz targets) everything
 * is English.
 */
#ifndef PLAN_I18N_H
#define PLAN_I18N_H

#include <stdbool.h>
#include <stddef.h>

#include "base/lang.h"
#include "base/value.h"

/* msgid in the current language: the translation, or msgid itself.  The
 * result is static (or msgid): never free it. */
const char *plan_tr(const char *msgid) __attribute__((format_arg(1)));
/* msgid in the language lang rather than the one set (plan-report's
 * words follow the report's own language). */
const char *plan_tr_lang(enum plan_lang lang, const char *msgid)
	__attribute__((format_arg(2)));
/* msgid in the context ctx (a PO file's msgctxt), for a short text that
 * needs another translation in another place. */
const char *plan_trp(const char *ctx, const char *msgid)
	__attribute__((format_arg(2)));
/* The singular or plural msgid for n, translated (Indonesian does not
 * inflect: one form). */
const char *plan_trn(const char *sing, const char *plural, unsigned long n)
	__attribute__((format_arg(1))) __attribute__((format_arg(2)));

#define _(s) plan_tr(s)
#define N_(s) s
#define C_(ctx, s) plan_trp(ctx, s)
/* s marked for the catalogue in context ctx, translated later with
 * C_(ctx, s) (a table of words looked up at run time). */
#define NC_(ctx, s) s

/* strerror(err) in the current language: the system's own words in
 * English, ours in Indonesian for the errors a planner meets (a missing
 * or unreadable file, a full disk ...), the system's for the rest.  The
 * result is static: never free it. */
const char *plan_strerror(int err);

/* Money in a sentence in the current language, into buf (40 bytes),
 * returned: plan_money_str() of base/value.h in form PLAN_MONEY_PROSE,
 * Indonesian "Rp1.200.000.000", English plain digits. */
char *plan_money_prose(long long n, char buf[40]);

/* A date in a sentence in the current language, into buf, returned:
 * English as the plan writes it ("2025-07-15"), Indonesian in words
 * ("15 Juli 2025"). */
#define PLAN_DATE_BUF 32
char *plan_date_prose(struct plan_date d, char buf[PLAN_DATE_BUF]);

/* A catalogue entry; the generated table is sorted by id (strcmp), which
 * is the msgid, or msgctxt, byte 4 and msgid (scripts/po2c.awk; the build
 * checks the order). */
struct plan_tr_entry {
	const char *id, *str;
};
extern const struct plan_tr_entry plan_catalog_id[];
extern const size_t plan_catalog_id_count;

#endif
