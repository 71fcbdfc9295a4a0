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

struct plan_svg_bar {
	const char *label;	/* under (vertical) or above (horizontal) */
	int64_t value;		/* >= 0 */
	int64_t of;		/* > 0: drawn as a track the bar fills */
	const char *value_text;	/* shown at the bar; NULL: none */
};

struct plan_svg_chart {
	const char *title;	/* the chart's <title> and caption */
	const char *axis;	/* the value axis' name ("Rp"), or NULL */
	const struct plan_svg_bar *bars;
	size_t n;
	bool horizontal;	/* one bar a row, label above it */
	enum plan_lang lang;		/* how the axis labels write money */
};

/* One <svg> element.  Returns 0, or -1 on a write error. */
int plan_svg_bars(FILE *out, const struct plan_svg_chart *c);

/* A round step for about five ticks up to max (1, 2 or 5 x 10^k); the
 * stacked bars of svg_stack.c use it too. */
int64_t plan_svg_tick_step(int64_t max);

#endif
