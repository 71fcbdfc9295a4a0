#include "base/i18n.h"
#include "base/value.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Set by the program before threads start, read-only afterwards. */
static bool lang_id;

void plan_lang_set(enum plan_lang lang)
{
	lang_id = lang == PLAN_LANG_ID;
}

enum plan_lang plan_lang_get(void)
{
	return lang_id ? PLAN_LANG_ID : PLAN_LANG_EN;
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

const char *plan_tr_lang(enum plan_lang lang, const char *msgid)
{
	return lang == PLAN_LANG_ID ? lookup(NULL, msgid) : msgid;
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

const char *plan_strerror(int err)
{
	/* glibc's words, the msgids of their translations */
	static const struct {
		int err;
		const char *msg;
	} errs[] = {
		{ENOENT, N_("No such file or directory")},
		{EACCES, N_("Permission denied")},
		{EPERM, N_("Operation not permitted")},
		{EISDIR, N_("Is a directory")},
		{ENOTDIR, N_("Not a directory")},
		{ELOOP, N_("Too many levels of symbolic links")},
		{ENAMETOOLONG, N_("File name too long")},
		{EMFILE, N_("Too many open files")},
		{ENFILE, N_("Too many open files in system")},
		{ENOSPC, N_("No space left on device")},
		{EDQUOT, N_("Disk quota exceeded")},
		{EROFS, N_("Read-only file system")},
		{EIO, N_("Input/output error")},
		{EFBIG, N_("File too large")},
		{ENOMEM, N_("Cannot allocate memory")},
		{EINVAL, N_("Invalid argument")},
		{EEXIST, N_("File exists")},
		{EXDEV, N_("Invalid cross-device link")},
		{ENXIO, N_("No such device or address")},
		{EBUSY, N_("Device or resource busy")},
	};
	if (lang_id)
		for (size_t i = 0; i < sizeof errs / sizeof *errs; i++)
			if (errs[i].err == err)
				return lookup(NULL, errs[i].msg);
	return strerror(err);
}

char *plan_money_prose(long long n, char buf[40])
{
	return plan_money_str((int64_t)n, plan_lang_get(), PLAN_MONEY_PROSE,
			      buf);
}

char *plan_date_prose(struct plan_date d, char buf[PLAN_DATE_BUF])
{
	static const char *const months[] = {
		"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
		"Agustus", "September", "Oktober", "November", "Desember",
	};
	if (lang_id && d.month >= 1 && d.month <= 12)
		snprintf(buf, PLAN_DATE_BUF, "%d %s %d", d.day % 100,
			 months[d.month - 1], d.year % 10000);
	else
		snprintf(buf, PLAN_DATE_BUF, "%04d-%02d-%02d", d.year % 10000,
			 d.month % 100, d.day % 100);
	return buf;
}
