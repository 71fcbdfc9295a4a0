/*
 * import.c - plan-import's steps in order, and its list of problems.
 */
#include "import/import_priv.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void plan_import_report(struct plan_import *im, enum plan_import_sev sev,
			unsigned row, unsigned column, const char *hint,
			const char *fmt, ...)
{
	struct plan_import_problem *p = plan_arena_alloc(im->arena, sizeof *p);
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = plan_arena_alloc(im->arena, n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	if (n > 0)
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	p->sev = sev;
	p->row = row;
	p->column = column;
	p->message = msg;
	p->hint = hint ? plan_arena_strdup(im->arena, hint) : NULL;
	plan_vec_push(im->arena, &im->problems, p);
	if (sev == PLAN_IMPORT_ERROR)
		im->errors++;
}

/* Row, then column; problems at one cell keep the order they came in
 * (the index breaks ties: qsort is not stable). */
struct ranked {
	const struct plan_import_problem *p;
	size_t i;
};

static int cmp_problem(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;
	if (x->p->row != y->p->row)
		return x->p->row < y->p->row ? -1 : 1;
	if (x->p->column != y->p->column)
		return x->p->column < y->p->column ? -1 : 1;
	return (x->i > y->i) - (x->i < y->i);
}

static void sort_problems(struct plan_import *im)
{
	size_t n = im->problems.len;
	if (n < 2)
		return;
	struct ranked *r = plan_xmalloc(n * sizeof *r);
	for (size_t i = 0; i < n; i++)
		r[i] = (struct ranked){im->problems.items[i], i};
	qsort(r, n, sizeof *r, cmp_problem);
	for (size_t i = 0; i < n; i++)
		im->problems.items[i] = (void *)r[i].p;
	free(r);
}

struct plan_import *plan_import_read(const char *buf, size_t len,
				     const char *name,
				     const struct plan_import_opts *o)
{
	struct plan_arena *a = plan_arena_new();
	struct plan_import *im = plan_arena_alloc(a, sizeof *im);
	im->arena = a;
	im->name = plan_arena_strdup(a, name);
	im->header = *o->header;
	im->map = o->map;
	im->source = o->source ? plan_arena_strdup(a, o->source) : NULL;
	im->baseline_year = o->baseline_year ? o->baseline_year
					     : o->header->start - 1;
	if (plan_import_table(im, buf, len) && plan_import_columns(im))
		plan_import_build(im);
	sort_problems(im);
	return im;
}

void plan_import_free(struct plan_import *im)
{
	if (im)
		plan_arena_free(im->arena);
}

size_t plan_import_problem_count(const struct plan_import *im)
{
	return im->problems.len;
}

const struct plan_import_problem *plan_import_problem(
	const struct plan_import *im, size_t i)
{
	return i < im->problems.len ? im->problems.items[i] : NULL;
}

size_t plan_import_error_count(const struct plan_import *im)
{
	return im->errors;
}

bool plan_import_refused(const struct plan_import *im)
{
	return im->refused;
}

struct plan_import_counts plan_import_counts(const struct plan_import *im)
{
	return im->counts;
}
