/*
 * fuzz_report.c - plan-report, and the cross-document checks under it:
 * the input holds up to eight files separated by a line "=====" (fuzz.h),
 * loaded as one repository with small reference tables, checked across
 * (supports, parents, alignment, cycles), its findings written in every
 * format, traced as plan-trace does (every mode, every format), then the
 * report built and written as Markdown, HTML and each table as CSV.  The
 * report's language and filters come from the input's length, so both
 * languages and the filtered paths are reached.
 */
#include "fuzz.h"

#include "out/emit.h"
#include "base/finding.h"
#include "repo/repo.h"
#include "report/report.h"
#include "schema/schema.h"
#include "tables/tables.h"
#include "trace/trace.h"
#include "trace/trace_out.h"

/* plan-trace over the same repository: up and down from each document's
 * last element, the orphans and the coverage of the top documents, each
 * written in every format. */
static void trace_all(const struct plan_repo *r, const struct plan_tables *t)
{
	struct plan_orphans orph;
	struct plan_coverage cov;
	plan_orphans_find(&orph, r);
	plan_coverage_init(&cov, r, t);
	plan_coverage_add_top(&cov);
	for (int f = PLAN_TRACE_TEXT; f <= PLAN_TRACE_DOT; f++) {
		struct plan_trace_out o = {
			.fp = fuzz_sink(),
			.format = (enum plan_trace_format)f,
			.color = f == PLAN_TRACE_TEXT, .tables = t,
			.version = "0.1.0", .excel = f == PLAN_TRACE_CSV,
		};
		if (plan_trace_write_orphans(&o, &orph) < 0 ||
		    plan_trace_write_coverage(&o, &cov) < 0)
			abort();
		for (size_t i = 0; i < plan_repo_doc_count(r); i++) {
			const struct plan_doc *d = plan_repo_doc(r, i);
			const struct plan_element *e = d->nelements
				? d->elements[d->nelements - 1] : NULL;
			struct plan_trace tr;
			if (!e)
				continue;
			plan_trace_build(&tr, r, d, e, i & 1 ? PLAN_TRACE_DOWN
							     : PLAN_TRACE_UP);
			if (plan_trace_write_tree(&o, &tr) < 0 ||
			    plan_trace_write_fingerprint(&o, d, e) < 0)
				abort();
			plan_trace_release(&tr);
		}
	}
	plan_coverage_release(&cov);
	plan_orphans_release(&orph);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct plan_schema *schema = fuzz_schema();
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
	trace_all(r, tables);

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
