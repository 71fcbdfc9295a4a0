/*
 * fuzz_model.c - one plan file through everything plan-validate does to
 * it alone: load, schema, the plan model (plan_doc_build), every
 * document-local check (with small reference tables loaded), the finding
 * writers in all four formats, and the compaction whole-repository runs
 * use.
 */
#include "fuzz.h"

#include "base/arena.h"
#include "check/check.h"
#include "out/emit.h"
#include "base/finding.h"
#include "model/model.h"
#include "schema/schema.h"
#include "tables/tables.h"
#include "yaml/ytree.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct plan_schema *schema = fuzz_schema();
	const struct plan_tables *tables = fuzz_tables();
	struct plan_arena *a = plan_arena_new();
	struct plan_findings *f = plan_findings_new(NULL);
	struct yload_result res;
	const char *name = plan_arena_strdup(a, "fuzz.yaml");
	plan_ytree_load_mem((const char *)data, size, name, NULL, a, f, &res);
	size_t nel = 0;
	if (res.root && res.root->type == YNODE_MAP &&
	    plan_ynode_pair(res.root, "plan") && !res.aliased) {
		plan_schema_check(schema, res.root, name, f);
		struct plan_doc *d = plan_doc_build(res.root, name, a);
		plan_check_local(d, tables, f);
		for (size_t i = 0; i < d->nelements; i++) {
			(void)plan_element_ref(d, d->elements[i]);
			(void)plan_element_breadcrumb(d, d->elements[i]);
		}
		nel = d->nelements;
		struct plan_arena *kept = plan_arena_new();
		d = plan_doc_compact_consume(d, kept, NULL);
		plan_arena_free(a);
		a = d->arena;
	}
	plan_findings_sort(f);
	fuzz_emit_all(f, 1, 1, nel);
	plan_findings_free(f);
	plan_arena_free(a);
	return 0;
}
