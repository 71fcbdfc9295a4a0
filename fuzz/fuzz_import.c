/*
 * fuzz_import.c - plan-import's reader: the bytes as a table (encoding,
 * separator, libcsv, columns), the rows into elements, and the document
 * written, for a regional, a village and a national kind.  What it
 * writes is then read back as YAML: it must parse.
 */
#include "fuzz.h"

#include "import/import.h"
#include "yaml/ytree.h"

static void one(const uint8_t *data, size_t size, enum plan_kind kind,
		const char *region)
{
	char err[256];
	struct plan_arena *a = plan_arena_new();
	struct plan_header h = {.kind = kind, .region = region};
	if (plan_header_period(&h, "2026") < 0 ||
	    plan_header_complete(&h, NULL, a, err, sizeof err) < 0)
		abort();
	struct plan_import_opts o = {&h, NULL, 0, "fuzz.csv"};
	struct plan_import *im = plan_import_read((const char *)data, size,
						  "fuzz.csv", &o);
	for (size_t i = 0; i < plan_import_problem_count(im); i++)
		(void)plan_import_problem(im, i)->message;
	if (!plan_import_refused(im)) {
		char *doc = NULL;
		size_t len = 0;
		FILE *m = open_memstream(&doc, &len);
		if (!m || plan_import_write(m, im) < 0)
			abort();
		fclose(m);
		struct plan_findings *f = plan_findings_new(NULL);
		struct yload_result res;
		plan_ytree_load_mem(doc, len, "out.yaml", NULL, a, f, &res);
		/* what plan-import writes is well-formed YAML */
		if (res.fatal || !res.root)
			abort();
		plan_findings_free(f);
		free(doc);
	}
	plan_import_free(im);
	plan_arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	one(data, size, KIND_RKPD, "13.71");
	one(data, size, KIND_RKPDES, "13.02.04.2001");
	one(data, size, KIND_RKP, "indonesia");
	return 0;
}
