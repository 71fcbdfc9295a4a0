/*
 * svg_stack.h - stacked horizontal bars as inline SVG, for the TIK
 * chart of the HTML report: one bar a row, cut into coloured parts with
 * a legend (cleared, pending, rejected, without clearance).  Colours are
 * attributes of the shapes, so the chart needs no style sheet.
 */
#ifndef PLAN_SVG_STACK_H
#define PLAN_SVG_STACK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/value.h"

#define PLAN_STACK_PARTS 4

struct plan_stack_row {
	const char *label;			/* above the bar */
	int64_t part[PLAN_STACK_PARTS];		/* >= 0 */
	const char *value_text;			/* at the bar's end, or NULL */
};

struct plan_stack_chart {
	const char *title;
	const char *axis;			/* "Rp", or NULL */
	const char *legend[PLAN_STACK_PARTS];
	const struct plan_stack_row *rows;
	size_t n;
	enum plan_lang lang;			/* how the axis writes money */
};

/* One <svg> element.  Returns 0, or -1 on a write error. */
int plan_svg_stacked(FILE *out, const struct plan_stack_chart *c);

#endif
