/*
 * emit.h - findings out: text (GCC form), json, github, sarif (SPEC 6).
 *
 * Plan text is escaped by out/escape.h: control characters and terminal
 * escapes are stripped from text output, JSON and SARIF escape them,
 * GitHub annotations escape %, CR, LF, `:` and `,`.
 */
#ifndef PLAN_EMIT_H
#define PLAN_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/finding.h"

enum plan_format { FORMAT_TEXT, FORMAT_JSON, FORMAT_GITHUB, FORMAT_SARIF };

/* "text", "json", "github", "sarif"; "auto" gives github when the run is
 * a GitHub Actions job (the caller knows: GITHUB_ACTIONS=true), else
 * text.  -1 if unknown. */
int plan_format_parse(const char *s, bool github_actions);

struct plan_emit_opts {
	enum plan_format format;
	bool color;			/* text only: ANSI colours */
	const char *tool;		/* "plan-validate" */
	const char *version;		/* "0.1.0" */
	size_t files, documents, elements;	/* for the summary */
};

/* Write the sorted findings l to out.  Returns 0, or -1 on a write error
 * (errno set). */
int plan_emit(FILE *out, const struct plan_findings *l,
	      const struct plan_emit_opts *o);

#endif
