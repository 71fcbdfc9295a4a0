/* Cross-document rules: see repo_priv.h (placeholder until written). */
#include "repo_priv.h"

void repo_check_parents(struct plan_repo *r, struct plan_findings *out)
{
	(void)r;
	(void)out;
}
