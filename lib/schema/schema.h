/*
 * schema.h - the subset of JSON Schema 2020-12 that schemas/ uses, run over
 * a ytree with the typing of SPEC 3.2 (scalars keep their source text; a
 * scalar is a number where its text is one, quoted or not).
 *
 * The schemas are compiled into the library from the .yaml files of schemas/; a
 * directory of other schema files may be loaded instead.  A subschema
 * marked `x-rule: NAME` leaves failures of the value it describes to that
 * rule (budget-format, region-format, code-format): one bad value, one
 * finding.
 */
#ifndef PLAN_SCHEMA_H
#define PLAN_SCHEMA_H

#include "base/finding.h"
#include "yaml/ytree.h"

struct plan_schema;

/* The compiled-in schemas.  Returns NULL (and err) only if they are
 * broken, which is a build defect. */
struct plan_schema *plan_schema_builtin(char *err, size_t errlen);
/* The schemas of directory dir (plan.schema.yaml and the files it refers
 * to).  NULL and err when they cannot be read or compiled. */
struct plan_schema *plan_schema_load_dir(const char *dir, char *err,
					 size_t errlen);
void plan_schema_free(struct plan_schema *s);

/* Validate a plan document's tree; each violation is a `schema` finding in
 * file's name.  Thread-safe for concurrent calls on one plan_schema. */
void plan_schema_check(const struct plan_schema *s, const struct ynode *root,
		       const char *file, struct plan_findings *out);

/* The YAML text of the schema for a kind ("rkpd") or of the whole format
 * ("plan"), for editors; NULL if unknown. */
const char *plan_schema_text(const char *name);

#endif
