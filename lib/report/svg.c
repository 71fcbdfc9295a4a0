/* svg.c - bar charts as inline SVG (see svg.h). */
#include "report/svg.h"

#include <string.h>

#include "base/value.h"
#include "out/escape.h"

/* A round step for about five ticks up to max (1, 2 or 5 x 10^k). */
static int64_t tick_step(int64_t max)
{
	if (max <= 5)
		return 1;
	int64_t raw = max / 5, mag = 1;
	while (mag <= raw / 10)
		mag *= 10;
	if (mag >= raw)
		return mag;
	if (mag <= INT64_MAX / 2 && 2 * mag >= raw)
		return 2 * mag;
	if (mag <= INT64_MAX / 5 && 5 * mag >= raw)
		return 5 * mag;
	return mag <= INT64_MAX / 10 ? 10 * mag : mag;
}

/* The axis' end: max rounded up to a whole step (max itself when that
 * would overflow); never 0, to divide by. */
static int64_t axis_top(int64_t max, int64_t step)
{
	int64_t k = max / step + (max % step != 0);
	if (k <= 0)
		return step;
	return k <= INT64_MAX / step ? k * step : max;
}

/* How far a bar reaches: its parts end to end in a stacked chart. */
static int64_t bar_extent(const struct plan_svg_chart *c,
			  const struct plan_svg_bar *b)
{
	if (!c->legend)
		return b->value > b->of ? b->value : b->of;
	int64_t t = 0;
	for (int k = 0; k < PLAN_SVG_PARTS; k++)
		if (b->part[k] > 0 && t <= INT64_MAX - b->part[k])
			t += b->part[k];
	return t;
}

static int64_t bars_max(const struct plan_svg_chart *c)
{
	int64_t m = 0;
	for (size_t i = 0; i < c->n; i++)
		if (bar_extent(c, &c->bars[i]) > m)
			m = bar_extent(c, &c->bars[i]);
	return m;
}

static void svg_text(FILE *out, double x, double y, const char *anchor,
		     const char *cls, const char *s)
{
	fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" "
		"class=\"%s\">", x, y, anchor, cls);
	plan_put_html(out, s);
	fputs("</text>\n", out);
}

static void svg_open(FILE *out, const struct plan_svg_chart *c, int w, int h)
{
	fprintf(out, "<svg "
		"class=\"chart\" width=\"%d\" height=\"%d\" "
		"viewBox=\"0 0 %d %d\" role=\"img\">\n<title>", w, h, w, h);
	plan_put_html(out, c->title);
	fputs("</title>\n", out);
}

#define VW 760			/* vertical chart */
#define VH 320
#define VLEFT 130
#define VRIGHT 20
#define VTOP 24
#define VBOTTOM 44

/* Ticks and grid lines of a vertical chart's value axis. */
static void v_axis(FILE *out, const struct plan_svg_chart *c, int64_t top,
		   int64_t step)
{
	double ph = VH - VTOP - VBOTTOM;
	char buf[PLAN_MONEY_BUF];
	for (int64_t v = 0; v <= top; v += step) {
		double y = VTOP + ph - (double)v / (double)top * ph;
		fprintf(out, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
			"class=\"grid\"/>\n", VLEFT, y, VW - VRIGHT, y);
		svg_text(out, VLEFT - 6, y + 4, "end", "tick",
			 plan_money_str(v, c->lang, PLAN_MONEY_FIGURE, buf));
		if (v > top - step)
			break;
	}
	if (c->axis)
		svg_text(out, 12, VTOP - 8, "start", "axis", c->axis);
}

static int vertical(FILE *out, const struct plan_svg_chart *c)
{
	int64_t step = tick_step(bars_max(c));
	int64_t top = axis_top(bars_max(c), step);
	double pw = VW - VLEFT - VRIGHT, ph = VH - VTOP - VBOTTOM;
	double slot = c->n ? pw / (double)c->n : pw;
	svg_open(out, c, VW, VH);
	v_axis(out, c, top, step);
	for (size_t i = 0; i < c->n; i++) {
		const struct plan_svg_bar *b = &c->bars[i];
		double h = (double)b->value / (double)top * ph;
		double x = VLEFT + slot * (double)i + slot * 0.2;
		fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
			"height=\"%.1f\" class=\"bar\"/>\n", x,
			VTOP + ph - h, slot * 0.6, h);
		svg_text(out, x + slot * 0.3, VH - VBOTTOM + 18, "middle",
			 "label", b->label);
		if (b->value_text && c->n <= 8)
			svg_text(out, x + slot * 0.3, VTOP + ph - h - 5,
				 "middle", "value", b->value_text);
	}
	fprintf(out, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
		"class=\"axisline\"/>\n</svg>\n", VLEFT, VTOP + ph,
		VW - VRIGHT, VTOP + ph);
	return ferror(out) ? -1 : 0;
}

#define HW 760			/* horizontal chart */
#define HLEFT 12
#define HRIGHT 170		/* room for the value text */
#define HROW 40
#define HTOP 8
#define HLEGEND 30		/* HTOP of a stacked chart: its legend */
#define HBOTTOM 28

/* Green, amber, red, grey: a stacked bar's parts (the TIK chart's
 * cleared, pending, rejected, none). */
static const char *const fills[PLAN_SVG_PARTS] = {
	"#2e7d32", "#f2a900", "#c62828", "#9aa5b1"
};

static void legend(FILE *out, const struct plan_svg_chart *c)
{
	double x = HLEFT;
	for (int k = 0; k < PLAN_SVG_PARTS; k++) {
		if (!c->legend[k])
			continue;
		fprintf(out, "<rect x=\"%.1f\" y=\"6\" width=\"12\" "
			"height=\"12\" fill=\"%s\"/>\n", x, fills[k]);
		svg_text(out, x + 16, 16, "start", "label", c->legend[k]);
		x += 190;
	}
}

static void h_axis(FILE *out, const struct plan_svg_chart *c, int64_t top,
		   int64_t step, double y0, double y1)
{
	double pw = HW - HLEFT - HRIGHT;
	char buf[PLAN_MONEY_BUF];
	for (int64_t v = 0; v <= top; v += step) {
		double x = HLEFT + (double)v / (double)top * pw;
		fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
			"y2=\"%.1f\" class=\"grid\"/>\n", x, y0, x, y1);
		svg_text(out, x, y1 + 16, "middle", "tick",
			 plan_money_str(v, c->lang, PLAN_MONEY_FIGURE, buf));
		if (v > top - step)
			break;
	}
	if (c->axis)
		svg_text(out, HW - HRIGHT + 52, y1 + 16, "start", "axis",
			 c->axis);
}

/* The bar of row y (over its track); returns where its value goes. */
static double h_bar(FILE *out, const struct plan_svg_bar *b, int64_t top,
		    double y)
{
	double pw = HW - HLEFT - HRIGHT;
	double w = (double)b->value / (double)top * pw;
	if (b->of > 0)
		fprintf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
			"height=\"16\" class=\"track\"/>\n", HLEFT,
			y + 19, (double)b->of / (double)top * pw);
	fprintf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
		"height=\"16\" class=\"bar\"/>\n", HLEFT, y + 19, w);
	return HLEFT + (b->of > 0 ? (double)b->of / (double)top * pw : w);
}

/* The parts of row y end to end; returns where they end. */
static double h_stack(FILE *out, const struct plan_svg_bar *b, int64_t top,
		      double y)
{
	double pw = HW - HLEFT - HRIGHT, x = HLEFT;
	for (int p = 0; p < PLAN_SVG_PARTS; p++) {
		double w = b->part[p] > 0
			? (double)b->part[p] / (double)top * pw : 0;
		if (w <= 0)
			continue;
		fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
			"height=\"16\" fill=\"%s\"/>\n", x, y + 19, w,
			fills[p]);
		x += w;
	}
	return x;
}

static int horizontal(FILE *out, const struct plan_svg_chart *c)
{
	int64_t step = tick_step(bars_max(c));
	int64_t top = axis_top(bars_max(c), step);
	int htop = c->legend ? HLEGEND : HTOP;
	int h = htop + HROW * (int)(c->n ? c->n : 1) + HBOTTOM;
	svg_open(out, c, HW, h);
	if (c->legend)
		legend(out, c);
	h_axis(out, c, top, step, htop, h - HBOTTOM);
	for (size_t i = 0; i < c->n; i++) {
		const struct plan_svg_bar *b = &c->bars[i];
		double y = htop + HROW * (double)i;
		svg_text(out, HLEFT, y + 14, "start", "label", b->label);
		double end = c->legend ? h_stack(out, b, top, y)
				       : h_bar(out, b, top, y);
		if (b->value_text)
			svg_text(out, end + 6, y + 32, "start", "value",
				 b->value_text);
	}
	fputs("</svg>\n", out);
	return ferror(out) ? -1 : 0;
}

int plan_svg_bars(FILE *out, const struct plan_svg_chart *c)
{
	return c->horizontal || c->legend ? horizontal(out, c)
					  : vertical(out, c);
}

void plan_svg_figure(FILE *out, const struct plan_svg_chart *c)
{
	fputs("<figure>\n", out);
	plan_svg_bars(out, c);
	fputs("<figcaption>", out);
	plan_put_html(out, c->title);
	fputs("</figcaption>\n</figure>\n", out);
}
