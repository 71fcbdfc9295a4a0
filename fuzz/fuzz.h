/*
 * fuzz.h - helpers shared by the fuzz targets (fuzz/fuzz_*.c).
 *
 * Each target defines LLVMFuzzerTestOneInput(); built with
 * -fsanitize=fuzzer it is a libFuzzer binary (make fuzz), built with
 * fuzz/replay.c instead it replays files (fuzz/replay.sh, make check).
 * Static helpers only: every target is one translation unit.
 */
#ifndef PLAN_FUZZ_H
#define PLAN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include "base/arena.h"
#include "out/emit.h"
#include "base/finding.h"
#include "repo/repo.h"
#include "schema/schema.h"
#include "tables/tables.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs that hold several files separate them with this line. */
#define FUZZ_SEP "\n=====\n"
#define FUZZ_SEP_LEN 7

/* Split data at FUZZ_SEP into at most max parts; returns the count (at
 * least 1).  The parts point into data. */
static inline size_t fuzz_split(const uint8_t *data, size_t size,
			 const uint8_t **part, size_t *plen, size_t max)
{
	size_t n = 0;
	const uint8_t *p = data, *end = data + size;
	while (n + 1 < max) {
		const uint8_t *s = NULL;
		for (const uint8_t *q = p; q + FUZZ_SEP_LEN <= end; q++)
			if (*q == '\n' && !memcmp(q, FUZZ_SEP, FUZZ_SEP_LEN)) {
				s = q;
				break;
			}
		if (!s)
			break;
		part[n] = p;
		plen[n++] = (size_t)(s - p);
		p = s + FUZZ_SEP_LEN;
	}
	part[n] = p;
	plen[n++] = (size_t)(end - p);
	return n;
}

/* A stream that discards what is written (the writers' output is checked
 * by the safety tests, here only that they survive). */
static inline FILE *fuzz_sink(void)
{
	static FILE *sink;
	if (!sink && !(sink = fopen("/dev/null", "w")))
		abort();
	return sink;
}

/* Write buf to path (replacing it); aborts on failure: the harness is
 * broken, not the input. */
static inline void fuzz_write_file(const char *path, const uint8_t *buf, size_t n)
{
	FILE *fp = fopen(path, "wb");
	if (!fp || (n && fwrite(buf, 1, n, fp) != n) || fclose(fp) != 0) {
		perror(path);
		abort();
	}
}



/* Write text to a fresh temporary file; its path in path[32]. */
static inline void fuzz_tmpfile(char path[32], const char *text)
{
	strcpy(path, "/tmp/plan-fuzz.XXXXXX");
	int fd = mkstemp(path);
	if (fd < 0) {
		perror("mkstemp");
		abort();
	}
	close(fd);
	fuzz_write_file(path, (const uint8_t *)text, strlen(text));
}

/* The built-in schema, compiled once. */
static inline const struct plan_schema *fuzz_schema(void)
{
	static struct plan_schema *schema;
	char err[256];
	if (!schema && !(schema = plan_schema_builtin(err, sizeof err))) {
		fprintf(stderr, "fuzz: %s\n", err);
		abort();
	}
	return schema;
}

/* Small region and nomenclature tables (from the sample repository), so
 * that region-unknown and code-unknown run too.  Loaded once. */
static inline const struct plan_tables *fuzz_tables(void)
{
	static struct plan_tables *t;
	if (t)
		return t;
	static const char regions[] =
		"code,name,parent,level\n"
		"13,SUMATERA BARAT,,provinsi\n"
		"13.02,KABUPATEN SOLOK,13,kabkota\n"
		"13.02.04,LEMBAH GUMANTI,13.02,kecamatan\n"
		"13.02.04.2001,ALAHAN PANJANG,13.02.04,desakel\n"
		"13.71,KOTA PADANG,13,kabkota\n"
		"13.77,Kota Pariaman,13,kabkota\n";
	static const char nomen[] =
		"code,name,parent,level\n"
		"2,URUSAN PEMERINTAHAN WAJIB,,urusan\n"
		"2.16,URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA,2,bidang\n"
		"2.16.03,PROGRAM APLIKASI INFORMATIKA,2.16,program\n"
		"2.16.03.2.02,Pengelolaan e-government,2.16.03,kegiatan\n"
		"2.16.03.2.02.0001,Pengelolaan Nama Domain,2.16.03.2.02,sub_kegiatan\n"
		"X.XX.01,PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH,,program\n"
		"X.XX.01.2.01,\"Perencanaan, Penganggaran\",X.XX.01,kegiatan\n";
	char p1[32], p2[32], err[256];
	fuzz_tmpfile(p1, regions);
	fuzz_tmpfile(p2, nomen);
	t = plan_tables_new();
	if (plan_tables_load_regions(t, p1, err, sizeof err) < 0 ||
	    plan_tables_load_nomenclature(t, p2, err, sizeof err) < 0) {
		fprintf(stderr, "fuzz: tables: %s\n", err);
		abort();
	}
	unlink(p1);
	unlink(p2);
	return t;
}

/* Every findings format, to the sink. */
static inline void fuzz_emit_all(const struct plan_findings *f, size_t files,
			  size_t docs, size_t elements)
{
	static const enum plan_format fmts[] = {FORMAT_TEXT, FORMAT_JSON,
		FORMAT_GITHUB, FORMAT_SARIF};
	for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
		struct plan_emit_opts o = {fmts[i], i == 0, "plan-validate",
					   "0.1.0", files, docs, elements};
		if (plan_emit(fuzz_sink(), f, &o) < 0)
			abort();
	}
}


#define FUZZ_MAX_FILES 8

static char fuzz_dir[32] __attribute__((unused));

static inline void fuzz_dir_remove(void)
{
	DIR *d = opendir(fuzz_dir);
	if (!d)
		return;
	struct dirent *e;
	char p[64];
	while ((e = readdir(d)))
		if (e->d_name[0] != '.') {
			snprintf(p, sizeof p, "%s/%s", fuzz_dir, e->d_name);
			unlink(p);
		}
	closedir(d);
	rmdir(fuzz_dir);
}

/* Write each part to a file of its own in a private temporary directory
 * (prefix0.yaml, prefix1.yaml, ...); paths[i] (char[64] each) get their
 * names.  The directory is removed at exit. */
static inline void fuzz_write_parts(const char *prefix, const uint8_t *const *part,
			     const size_t *plen, size_t n, char (*paths)[64])
{
	if (!fuzz_dir[0]) {
		strcpy(fuzz_dir, "/tmp/plan-fuzz.XXXXXX");
		if (!mkdtemp(fuzz_dir)) {
			perror("mkdtemp");
			abort();
		}
		atexit(fuzz_dir_remove);
	}
	for (size_t i = 0; i < n; i++) {
		snprintf(paths[i], 64, "%s/%s%zu.yaml", fuzz_dir, prefix, i);
		fuzz_write_file(paths[i], part[i], plen[i]);
	}
}

/* A repository of the files given, loaded and checked as the tools do. */
static inline struct plan_repo *fuzz_repo(const struct plan_schema *schema,
				   const struct plan_tables *tables,
				   char (*paths)[64], size_t n, bool cross,
				   struct plan_findings *out)
{
	struct plan_repo_opts ro = {.limits = YLOAD_LIMITS_DEFAULT,
				    .schema = schema, .tables = tables,
				    .jobs = 1};
	struct plan_repo *r = plan_repo_new(&ro);
	char *argv[FUZZ_MAX_FILES];
	for (size_t i = 0; i < n; i++)
		argv[i] = paths[i];
	plan_repo_load(r, argv, n, out);
	if (cross)
		plan_repo_check(r, out);
	return r;
}
#endif
