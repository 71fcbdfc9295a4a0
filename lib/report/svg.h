/*
 * svg.h - bar charts as inline SVG, drawn by our own code for the HTML
 * report: no scripts, no fonts or images from anywhere, every text
 * escaped for HTML and XML alike.
 *
 * Layout uses floating point (pixels only); the figures shown are the
 * caller's exact texts.
 */
#ifndef PLAN_SVG_H
#define PLAN_SVG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/value.h"

#define PLAN_SVG_PARTS 4	/* the parts of a stacked bar */

struct plan_svg_bar {
	const char *label;	/* under (vertical) or above (horizontal) */
	int64_t value;		/* >= 0 */
	int64_t of;		/* > 0: drawn as a track the bar fills */
	const char *value_text;	/* shown at the bar; NULL: none */
	/* a stacked chart's bar, cut into these (>= 0) instead of value
	 * and of */
	int64_t part[PLAN_SVG_PARTS];
};

struct plan_svg_chart {
	const char *title;	/* the chart's <title> and caption */
	const char *axis;	/* the value axis' name ("Rp"), or NULL */
	const struct plan_svg_bar *bars;
	size_t n;
	bool horizontal;	/* one bar a row, label above it */
	enum plan_lang lang;		/* how the axis labels write money */
	/* not NULL: a stacked chart (horizontal), each bar in its parts
	 * coloured green, amber, red, grey, with these names for them in a
	 * legend (PLAN_SVG_PARTS of them; NULL leaves one out).  The colours
	 * are attributes of the shapes: no style sheet needed. */
	const char *const *legend;
};

/* One <svg> element.  Returns 0, or -1 on a write error. */
int plan_svg_bars(FILE *out, const struct plan_svg_chart *c);

/* The chart as a <figure>, its title the caption. */
void plan_svg_figure(FILE *out, const struct plan_svg_chart *c);

#endif
