/* csvout.c - CSV in two dialects (see csvout.h). */
#include "out/csvout.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"

void plan_csv_begin(struct plan_csv *w, FILE *fp, bool excel)
{
	w->fp = fp;
	w->excel = excel;
	w->mid = false;
	if (excel)
		fputs("\xEF\xBB\xBF", fp);
}

static void sep(struct plan_csv *w)
{
	if (w->mid)
		putc(w->excel ? ';' : ',', w->fp);
	w->mid = true;
}

/* One field, quoted by libcsv (which doubles quotes), after a leading '
 * when mark is set. */
static void field(struct plan_csv *w, const char *s, size_t n, bool mark)
{
	char buf[256];
	sep(w);
	if (!mark) {
		csv_fwrite(w->fp, s, n);
		return;
	}
	char *q = n + 1 < sizeof buf ? buf : plan_xmalloc(n + 1);
	q[0] = '\'';
	memcpy(q + 1, s, n);
	csv_fwrite(w->fp, q, n + 1);
	if (q != buf)
		free(q);
}

void plan_csv_text(struct plan_csv *w, const char *s)
{
	s = s ? s : "";
	field(w, s, strlen(s), *s && strchr("=+-@\t\r", *s));
}

/* -?[0-9]+(\.[0-9]+)?; *point set to the '.' or NULL. */
static bool is_number(const char *s, const char **point)
{
	*point = NULL;
	if (*s == '-')
		s++;
	if (!(*s >= '0' && *s <= '9'))
		return false;
	while (*s >= '0' && *s <= '9')
		s++;
	if (*s == '.') {
		*point = s++;
		if (!(*s >= '0' && *s <= '9'))
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

void plan_csv_number(struct plan_csv *w, const char *s)
{
	const char *point;
	s = s ? s : "";
	if (!is_number(s, &point)) {
		plan_csv_text(w, s);
		return;
	}
	size_t n = strlen(s);
	if (!w->excel || !point) {
		field(w, s, n, false);
		return;
	}
	char buf[64];
	char *q = n < sizeof buf ? buf : plan_xmalloc(n + 1);
	memcpy(q, s, n + 1);
	q[point - s] = ',';
	field(w, q, n, false);
	if (q != buf)
		free(q);
}

void plan_csv_int(struct plan_csv *w, long long n)
{
	char buf[32];
	int k = snprintf(buf, sizeof buf, "%lld", n);
	field(w, buf, (size_t)k, false);
}

void plan_csv_end(struct plan_csv *w)
{
	fputs("\r\n", w->fp);
	w->mid = false;
}

void plan_csv_header(struct plan_csv *w, const char *names)
{
	for (const char *s = names; *s;) {
		size_t n = strcspn(s, ",");
		sep(w);
		fwrite(s, 1, n, w->fp);
		s += n + (s[n] == ',');
	}
	plan_csv_end(w);
}
