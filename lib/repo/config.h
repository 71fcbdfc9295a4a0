/*
 * config.h - the repository configuration file `.plan.yaml` (SPEC 6):
 * rule severities, reference tables, waivers.
 *
 *   rules:                       # severity per rule: error|warning|info|off
 *     orphan: off
 *   regions: ../data/regions.csv # paths relative to the config file
 *   nomenclature: [nomenklatur-kabkota.csv]  # or, by year (SPEC 5):
 *   #   - {from: 2019, files: [nomenklatur-2020.csv]}
 *   #   - {from: 2025, files: [kepmendagri-2024.csv]}
 *   indicators: daftar-data.csv  # or a list of files
 *   waivers:
 *     - rule: budget-sum
 *       element: 13/rpjmd/2025-2029#2.16.03   # or a document id
 *       reason: pagu revised in the APBD-P, plan amended in January
 *       until: 2026-12-31                     # inclusive; optional
 *
 * A waived finding stays in the output, marked waived, and does not count
 * towards the exit status; a waiver past its date no longer applies and
 * a note says so.  yaml-syntax, yaml-alias, yaml-depth and limit cannot be
 * turned off or waived.
 */
#ifndef PLAN_CONFIG_H
#define PLAN_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "base/finding.h"
#include "base/value.h"

struct plan_config;

/* Find `.plan.yaml` in the directory of path (or path itself when it is a
 * directory) and its ancestors.  Returns a malloc'd path, or NULL. */
char *plan_config_find(const char *path);

/* Read a config file.  Returns NULL and err ("file:line:col: what") when it
 * cannot be read or is not a valid config. */
struct plan_config *plan_config_load(const char *path, char *err,
				     size_t errlen);
void plan_config_free(struct plan_config *c);

/* Apply the rule severities to rc (the command line may override after). */
void plan_config_rules(const struct plan_config *c,
		       struct plan_rule_config *rc);

/* Table paths, resolved against the config file's directory. */
const char *plan_config_regions(const struct plan_config *c);
size_t plan_config_nomenclature_count(const struct plan_config *c);
const char *plan_config_nomenclature(const struct plan_config *c, size_t i);
/* The year the i-th nomenclature file is in force from (0 for a plain
 * list of files). */
int plan_config_nomenclature_from(const struct plan_config *c, size_t i);
size_t plan_config_indicators_count(const struct plan_config *c);
const char *plan_config_indicators(const struct plan_config *c, size_t i);

/*
 * Mark the findings that a waiver covers (rule equal, element equal or
 * in the waived document, today <= until).  Notes on expired waivers go
 * to notes (each "file:line: what"; the caller prints them).
 */
void plan_config_waive(const struct plan_config *c, struct plan_findings *l,
		       struct plan_date today,
		       void (*note)(void *ctx, const char *msg), void *ctx);

#endif
