#include "base/i18n.h"
#include "base/value.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Set once by plan_i18n_init() or plan_i18n_set() before threads start,
 * read-only afterwards. */
static bool lang_id;

static bool starts_id(const char *s)
{
	return s[0] == 'i' && s[1] == 'd' &&
	       (s[2] == '\0' || s[2] == '_' || s[2] == '.' || s[2] == '@' ||
		s[2] == ':');
}

static bool starts_en(const char *s)
{
	return s[0] == 'e' && s[1] == 'n' &&
	       (s[2] == '\0' || s[2] == '_' || s[2] == '.' || s[2] == '@' ||
		s[2] == ':');
}

/* The first entry of a LANGUAGE list that we have: 1 id, 0 en, -1 none. */
static int from_list(const char *list)
{
	for (const char *p = list; *p;) {
		if (starts_id(p))
			return 1;
		if (starts_en(p))
			return 0;
		const char *colon = strchr(p, ':');
		if (!colon)
			break;
		p = colon + 1;
	}
	return -1;
}

void plan_i18n_set(const char *lang)
{
	lang_id = lang && from_list(lang) == 1;
}

void plan_i18n_init(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	const char *v = getenv("LANGUAGE");
	if (v && *v) {
		int r = from_list(v);
		if (r >= 0) {
			lang_id = r == 1;
			return;
		}
	}
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		v = getenv(vars[i]);
		if (v && *v) {
			lang_id = starts_id(v);
			return;
		}
	}
	lang_id = false;
}

bool plan_i18n_is_id(void)
{
	return lang_id;
}

char plan_i18n_thousands(void)
{
	return lang_id ? '.' : ',';
}

/* strcmp of ctx "\004" msgid (msgid alone without a context) with key,
 * without joining them: how gettext keys an entry with a msgctxt. */
static int key_cmp(const char *ctx, const char *msgid, const char *key)
{
	if (ctx) {
		size_t n = strlen(ctx);
		int c = strncmp(ctx, key, n);
		if (c)
			return c;
		if (key[n] != '\004')
			return '\004' - (unsigned char)key[n];
		key += n + 1;
	}
	return strcmp(msgid, key);
}

static const char *lookup(const char *ctx, const char *msgid)
{
	if (!msgid)
		return msgid;
	size_t lo = 0, hi = plan_catalog_id_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = key_cmp(ctx, msgid, plan_catalog_id[mid].id);
		if (c == 0)
			return plan_catalog_id[mid].str;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return msgid;
}

const char *plan_tr(const char *msgid)
{
	return lang_id ? lookup(NULL, msgid) : msgid;
}

const char *plan_trp(const char *ctx, const char *msgid)
{
	return lang_id ? lookup(ctx, msgid) : msgid;
}

const char *plan_trn(const char *sing, const char *plural, unsigned long n)
{
	if (lang_id)
		return lookup(NULL, sing);
	return n == 1 ? sing : plural;
}

char *plan_money_prose(long long n, char en_sep, char buf[40])
{
	char digits[32];
	if (lang_id) {
		plan_money_format((int64_t)n, '.', digits);
		if (digits[0] == '-')
			snprintf(buf, 40, "-Rp%s", digits + 1);
		else
			snprintf(buf, 40, "Rp%s", digits);
	} else if (en_sep) {
		plan_money_format((int64_t)n, en_sep, buf);
	} else {
		snprintf(buf, 40, "%lld", n);
	}
	return buf;
}
