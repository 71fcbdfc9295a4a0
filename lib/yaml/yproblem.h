/*
 * yproblem.h - libyaml's complaint about a file, said in a planner's
 * words (SPEC 6).
 *
 * The common problems get a message and a hint of our own, both in the
 * language of base/lang.h: a tab in the indentation, ': ' inside an
 * unquoted value (the hint shows the line with its value quoted), a
 * quote or bracket left open, a line indented out of step with its
 * neighbours, a backslash escape YAML does not know, a value starting
 * with a reserved character.  The rest keep libyaml's own problem and
 * context ("while parsing a flow node at line 3, column 7"), translated
 * where the catalogue knows them (every string of libyaml 0.2 that a plan
 * file can reach).  The rule stays yaml-syntax and the position libyaml's.
 *
 * Internal to the yaml stage (ytree.c); not installed.
 */
#ifndef PLAN_YPROBLEM_H
#define PLAN_YPROBLEM_H

#include <stddef.h>
#include <yaml.h>

#include "base/finding.h"

/* Add to out the yaml-syntax finding for the error p stopped on while
 * reading buf[0..len) of the file called name (which must outlive out,
 * as for plan_finding_add). */
void plan_yproblem_add(struct plan_findings *out, const char *name,
		       const yaml_parser_t *p, const char *buf, size_t len);

#endif
