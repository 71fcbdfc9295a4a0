/* prog.c - a tiny program built against the installed library with
 * pkg-config: loads the plan files named on the command line with the
 * built-in schema and prints what it found.  Only public headers. */
#include <stdio.h>

#include <base/finding.h>
#include <repo/repo.h>
#include <schema/schema.h>

int main(int argc, char **argv)
{
	char err[256];
	struct plan_schema *schema = plan_schema_builtin(err, sizeof err);
	if (!schema) {
		fprintf(stderr, "prog: %s\n", err);
		return 2;
	}
	struct plan_repo_opts o = {
		.limits = YLOAD_LIMITS_DEFAULT, .schema = schema, .jobs = 1,
	};
	struct plan_repo *repo = plan_repo_new(&o);
	struct plan_findings *l = plan_findings_new(NULL);
	plan_repo_load(repo, argv + 1, (size_t)(argc - 1), l);
	plan_repo_check(repo, l);
	struct plan_counts c = plan_findings_counts(l);
	printf("%zu documents, %zu elements, %zu errors\n",
	       plan_repo_doc_count(repo), plan_repo_element_count(repo),
	       c.errors);
	int status = plan_repo_trouble_count(repo) ? 2 : 0;
	plan_findings_free(l);
	plan_repo_free(repo);
	plan_schema_free(schema);
	return status;
}
