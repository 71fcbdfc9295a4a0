/*
 * trace_out.h - plan-trace's results written out (SPEC 7 plan-trace):
 * text for a reader (ANSI attributes on a terminal), JSON and CSV for
 * programs, Graphviz dot for a picture.  Plan text is escaped by
 * out/escape.h in every format.
 *
 * The writers print to the stream they are given and nothing else; the
 * front end opens and checks it.  Each returns 0, or -1 when the stream
 * has an error (ferror).
 */
#ifndef PLAN_TRACE_OUT_H
#define PLAN_TRACE_OUT_H

#include <stdbool.h>
#include <stdio.h>

#include "tables/tables.h"
#include "trace/trace.h"

enum plan_trace_format {
	PLAN_TRACE_TEXT, PLAN_TRACE_JSON, PLAN_TRACE_CSV, PLAN_TRACE_DOT
};

/* "text", "json", "csv" or "dot"; -1 if unknown. */
int plan_trace_format_parse(const char *s);

struct plan_trace_out {
	FILE *fp;
	enum plan_trace_format format;
	bool color;			/* text only: ANSI attributes */
	const struct plan_tables *tables;	/* region names; may be NULL */
	const char *version;		/* the tool's, in JSON */
	bool excel;			/* CSV: the spreadsheet dialect
					   (out/csvout.h) */
};

/* The tree of --up or --down. */
int plan_trace_write_tree(const struct plan_trace_out *o,
			  const struct plan_trace *t);
/* The list of --orphans, with the summary line in text. */
int plan_trace_write_orphans(const struct plan_trace_out *o,
			     const struct plan_orphans *l);
/* The items of --coverage, with the summary line in text. */
int plan_trace_write_coverage(const struct plan_trace_out *o,
			      const struct plan_coverage *c);
/* The fingerprint of e (--fingerprint); dot is written as text. */
int plan_trace_write_fingerprint(const struct plan_trace_out *o,
				 const struct plan_doc *d,
				 const struct plan_element *e);

#endif
