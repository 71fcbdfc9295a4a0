/* csvout.c - CSV in two dialects (see csvout.h). */
#include "out/csvout.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "out/escape.h"

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

/* One field through escape's CSV escaper (the one place that quotes and
 * neutralises); this writer only adds the dialect around it. */
static void field(struct plan_csv *w, const char *s, bool neutralise)
{
	sep(w);
	plan_put_csv(w->fp, s, neutralise);
}

void plan_csv_text(struct plan_csv *w, const char *s)
{
	field(w, s, true);
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
		field(w, s, false);
		return;
	}
	char buf[64];
	char *q = n < sizeof buf ? buf : plan_xmalloc(n + 1);
	memcpy(q, s, n + 1);
	q[point - s] = ',';
	field(w, q, false);
	if (q != buf)
		free(q);
}

void plan_csv_int(struct plan_csv *w, long long n)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", n);
	field(w, buf, false);
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
