/*
 * fuzz_tables.c - the reference-table CSV reader (libcsv through
 * plan_tables_load_regions and _nomenclature).  The loaders take a path,
 * so the input goes to an in-memory file (memfd) opened by its
 * /proc/self/fd name.  The same bytes are read as both kinds of table,
 * then looked up: names of the codes loaded, templates, faulty-row notes.
 */
#define _GNU_SOURCE
#include "fuzz.h"

#include <sys/mman.h>
#include <unistd.h>

#include "tables/tables.h"

static const char *input_path(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];
	if (fd < 0) {
		fd = memfd_create("plan-fuzz-table", 0);
		if (fd < 0) {
			perror("memfd_create");
			abort();
		}
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) != 0 ||
	    (size && pwrite(fd, data, size, 0) != (ssize_t)size)) {
		perror("memfd");
		abort();
	}
	return path;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const codes[] = {
		"13", "13.71", "13.02.04.2001", "2.16.03", "2.16.03.2.02",
		"2.16.03.2.02.0001", "2.16.03.2.02.01", "1.02.01.2.01",
		"X.XX.01", "", ".", "..", "1.", NULL};
	const char *path = input_path(data, size);
	struct plan_tables *t = plan_tables_new();
	char err[512];
	int r1 = plan_tables_load_regions(t, path, err, sizeof err);
	int r2 = plan_tables_load_nomenclature(t, path, err, sizeof err);
	if ((r1 < 0 || r2 < 0) && !memchr(err, '\0', sizeof err))
		abort();
	for (const char *const *c = codes; *c; c++) {
		(void)plan_tables_region_name(t, *c);
		(void)plan_tables_code_name(t, *c);
	}
	/* and the first field of the first lines, as codes */
	const uint8_t *p = data, *end = data + size;
	for (int n = 0; n < 16 && p < end; n++) {
		const uint8_t *q = p;
		while (q < end && *q != ',' && *q != '\n')
			q++;
		char code[64];
		size_t len = (size_t)(q - p) < sizeof code - 1 ?
			     (size_t)(q - p) : sizeof code - 1;
		memcpy(code, p, len);
		code[len] = '\0';
		(void)plan_tables_region_name(t, code);
		(void)plan_tables_code_name(t, code);
		while (q < end && *q != '\n')
			q++;
		p = q + 1;
	}
	for (size_t i = 0; i < plan_tables_note_count(t); i++)
		if (!plan_tables_note(t, i))
			abort();
	(void)plan_tables_has_regions(t);
	(void)plan_tables_has_nomenclature(t);
	(void)plan_tables_region_count(t);
	(void)plan_tables_code_count(t);
	plan_tables_free(t);
	return 0;
}
