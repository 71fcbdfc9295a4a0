/*
 * fuzz_schema.c - the schema validator (plan_schema_check with the
 * compiled-in schemas) over whatever tree the loader makes of the input.
 */
#include "fuzz.h"

#include "base/arena.h"
#include "base/finding.h"
#include "schema/schema.h"
#include "yaml/ytree.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct plan_schema *schema = fuzz_schema();
	struct plan_arena *a = plan_arena_new();
	struct plan_findings *f = plan_findings_new(NULL);
	struct yload_result res;
	plan_ytree_load_mem((const char *)data, size, "fuzz.yaml", NULL, a, f, &res);
	if (res.root)
		plan_schema_check(schema, res.root, "fuzz.yaml", f);
	plan_findings_sort(f);
	plan_findings_free(f);
	plan_arena_free(a);
	return 0;
}
