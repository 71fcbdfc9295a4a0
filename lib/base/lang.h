/*
 * lang.h - the language the library writes in: English or Bahasa
 * Indonesia.
 *
 * Messages, hints, breadcrumbs and the figures the library computes
 * (totals, deltas: Rp1.200.000.000 in Indonesian) follow the language set
 * here; the default is English.  The library never reads the environment
 * for it: the program decides (the plan-* tools from --lang, else
 * LANGUAGE, LC_ALL, LC_MESSAGES and LANG as gettext reads them) and says
 * so once, before any thread starts; afterwards it is only read, and
 * every lookup is thread-safe.
 *
 * Rule names, severities in the `path:line:col: severity:` form, keys,
 * codes and file names are never translated.
 */
#ifndef PLAN_LANG_H
#define PLAN_LANG_H

enum plan_lang { PLAN_LANG_EN, PLAN_LANG_ID };

/* Set the language of everything the library writes from now on. */
void plan_lang_set(enum plan_lang lang);
enum plan_lang plan_lang_get(void);

#endif
