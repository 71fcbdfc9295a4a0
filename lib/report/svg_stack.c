/* svg_stack.c - stacked horizontal bars (see svg_stack.h). */
#include "report/svg_stack.h"

#include "base/value.h"
#include "out/escape.h"
#include "report/svg.h"

#define W 760
#define LEFT 12
#define RIGHT 170		/* room for the value text */
#define ROW 40
#define TOP 30			/* the legend */
#define BOTTOM 28

/* Green, amber, red, grey: cleared, pending, rejected, none. */
static const char *const fills[PLAN_STACK_PARTS] = {
	"#2e7d32", "#f2a900", "#c62828", "#9aa5b1"
};

static void text(FILE *out, double x, double y, const char *anchor,
		 const char *cls, const char *s)
{
	fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" "
		"class=\"%s\">", x, y, anchor, cls);
	plan_put_html(out, s);
	fputs("</text>\n", out);
}

static int64_t row_total(const struct plan_stack_row *r)
{
	int64_t t = 0;
	for (int k = 0; k < PLAN_STACK_PARTS; k++)
		if (r->part[k] > 0 && t <= INT64_MAX - r->part[k])
			t += r->part[k];
	return t;
}

static void legend(FILE *out, const struct plan_stack_chart *c)
{
	double x = LEFT;
	for (int k = 0; k < PLAN_STACK_PARTS; k++) {
		if (!c->legend[k])
			continue;
		fprintf(out, "<rect x=\"%.1f\" y=\"6\" width=\"12\" "
			"height=\"12\" fill=\"%s\"/>\n", x, fills[k]);
		text(out, x + 16, 16, "start", "label", c->legend[k]);
		x += 190;
	}
}

static void axis(FILE *out, const struct plan_stack_chart *c, int64_t top,
		 int64_t step, double y0, double y1)
{
	double pw = W - LEFT - RIGHT;
	char buf[PLAN_MONEY_BUF];
	for (int64_t v = 0; v <= top; v += step) {
		double x = LEFT + (double)v / (double)top * pw;
		fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
			"y2=\"%.1f\" class=\"grid\"/>\n", x, y0, x, y1);
		text(out, x, y1 + 16, "middle", "tick",
		     plan_money_str(v, c->lang, PLAN_MONEY_FIGURE, buf));
		if (v > top - step)
			break;
	}
	if (c->axis)
		text(out, W - RIGHT + 52, y1 + 16, "start", "axis", c->axis);
}

int plan_svg_stacked(FILE *out, const struct plan_stack_chart *c)
{
	int64_t max = 0;
	for (size_t i = 0; i < c->n; i++)
		if (row_total(&c->rows[i]) > max)
			max = row_total(&c->rows[i]);
	int64_t step = plan_svg_tick_step(max);
	int64_t k = max / step + (max % step != 0);
	int64_t top = k <= 0 ? step : k <= INT64_MAX / step ? k * step : max;
	double pw = W - LEFT - RIGHT;
	int h = TOP + ROW * (int)(c->n ? c->n : 1) + BOTTOM;
	fprintf(out, "<svg class=\"chart\" width=\"%d\" height=\"%d\" "
		"viewBox=\"0 0 %d %d\" role=\"img\">\n<title>", W, h, W, h);
	plan_put_html(out, c->title);
	fputs("</title>\n", out);
	legend(out, c);
	axis(out, c, top, step, TOP, h - BOTTOM);
	for (size_t i = 0; i < c->n; i++) {
		const struct plan_stack_row *r = &c->rows[i];
		double y = TOP + ROW * (double)i, x = LEFT;
		text(out, LEFT, y + 14, "start", "label", r->label);
		for (int p = 0; p < PLAN_STACK_PARTS; p++) {
			double w = r->part[p] > 0
				? (double)r->part[p] / (double)top * pw : 0;
			if (w <= 0)
				continue;
			fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
				"height=\"16\" fill=\"%s\"/>\n", x, y + 19, w,
				fills[p]);
			x += w;
		}
		if (r->value_text)
			text(out, x + 6, y + 32, "start", "value",
			     r->value_text);
	}
	fputs("</svg>\n", out);
	return ferror(out) ? -1 : 0;
}
