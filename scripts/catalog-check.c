/* catalog-check.c - fails the build when the generated catalogue is not
 * in strcmp order: plan_tr() looks messages up by binary search, and an
 * entry out of order would silently never be found.  Linked with the
 * generated table only; prints the first pair out of order. */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"

int main(void)
{
	for (size_t i = 1; i < plan_catalog_id_count; i++) {
		const char *a = plan_catalog_id[i - 1].id;
		const char *b = plan_catalog_id[i].id;
		if (strcmp(a, b) >= 0) {
			fprintf(stderr, "catalog-check: entries %zu and %zu are "
				"out of order (or the same): \"%s\", \"%s\"\n",
				i - 1, i, a, b);
			return 1;
		}
	}
	return 0;
}
