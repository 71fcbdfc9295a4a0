/*
 * fuzz_report.c - plan-report, and the cross-document checks under it:
 * the input holds up to eight files separated by a line "=====" (fuzz.h),
 * loaded as one repository with small reference tables, checked across
 * (supports, parents, alignment, cycles), its findings written in every
 * format, then the report built and written as Markdown, HTML and each
 * table as CSV.  The report's language and filters come from the input's
 * length, so both languages and the filtered paths are reached.
 */
#include "fuzz.h"

#include "out/emit.h"
#include "base/finding.h"
#include "repo/repo.h"
#include "report/report.h"
#include "schema/schema.h"
#include "tables/tables.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_schema *schema;
	if (!schema) {
		char err[256];
		if (!(schema = plan_schema_builtin(err, sizeof err)))
			abort();
	}
	const uint8_t *part[FUZZ_MAX_FILES];
	size_t plen[FUZZ_MAX_FILES];
	size_t n = fuzz_split(data, size, part, plen, FUZZ_MAX_FILES);
	char paths[FUZZ_MAX_FILES][64];
	fuzz_write_parts("f", part, plen, n, paths);
	const struct plan_tables *tables = fuzz_tables();
	struct plan_findings *l = plan_findings_new(NULL);
	struct plan_repo *r = fuzz_repo(schema, tables, paths, n, true, l);
	plan_findings_sort(l);
	fuzz_emit_all(l, plan_repo_file_count(r), plan_repo_doc_count(r),
		      plan_repo_element_count(r));

	struct plan_report_opts o = {.level = LEVEL_NONE, .year = -1,
				     .lang = size & 1 ? PLAN_LANG_ID
						      : PLAN_LANG_EN,
				     .tables = size & 2 ? tables : NULL};
	if ((size & 12) == 4) {
		o.region = "13";
		o.year = 2026;
	} else if ((size & 12) == 8) {
		o.level = LEVEL_KOTA;
		o.region = "13.71";
	}
	struct plan_report *rep = plan_report_build(r, size & 16 ? NULL : l,
						    &o);
	plan_repo_free(r);		/* the report keeps its own copies */
	plan_findings_free(l);
	FILE *out = fuzz_sink();
	if (plan_report_write_md(out, rep, NULL) < 0 ||
	    plan_report_write_html(out, rep, NULL) < 0)
		abort();
	for (size_t i = 0; i < plan_report_table_count(rep); i++) {
		const struct plan_rtable *t = plan_report_table(rep, i);
		if (plan_report_find(rep, t->name) != t)
			abort();
		for (size_t row = 0; row < t->nrows; row++)
			for (size_t c = 0; c < t->ncols; c++)
				(void)plan_rtable_cell(t, row, c);
		if (plan_report_write_csv(out, t, (t->nrows & 1) != 0) < 0 ||
		    plan_report_write_md(out, rep, t->name) < 0 ||
		    plan_report_write_html(out, rep, t->name) < 0)
			abort();
	}
	plan_report_free(rep);
	return 0;
}
