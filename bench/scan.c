/*
 * scan - the floor for `make bench`: a bare libyaml event scan.
 *
 * usage: scan [-l LISTFILE] [path...]
 *
 * Reads every *.yaml / *.yml file under the paths given (directories are
 * walked) and the files named one per line in LISTFILE ("-" for stdin),
 * one after the other on one thread, with the event loop of the libyaml
 * throughput benchmark: yaml_parser_set_input_file, yaml_parser_parse,
 * yaml_event_delete, up to STREAM_END.  Nothing is built and nothing is
 * checked: no validator can be faster than this, since it must at least
 * parse.  Prints "files N events N bytes N seconds S MB/s R".
 * Exit status 0; 1 when a file did not parse (it is counted and named);
 * 2 on usage or I/O trouble.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <yaml.h>

static unsigned long long nfiles, nevents, nbytes, nbad;
static int trouble;

static int yaml_name(const char *path)
{
	size_t n = strlen(path);
	return (n > 5 && !strcmp(path + n - 5, ".yaml")) ||
	       (n > 4 && !strcmp(path + n - 4, ".yml"));
}

static void scan_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		fprintf(stderr, "scan: %s: %s\n", path, strerror(errno));
		trouble = 1;
		return;
	}
	struct stat st;
	if (fstat(fileno(fp), &st) == 0)
		nbytes += (unsigned long long)st.st_size;
	yaml_parser_t p;
	yaml_event_t ev;
	if (!yaml_parser_initialize(&p)) {
		fputs("scan: out of memory\n", stderr);
		exit(2);
	}
	yaml_parser_set_input_file(&p, fp);
	for (;;) {
		if (!yaml_parser_parse(&p, &ev)) {
			fprintf(stderr, "scan: %s:%zu:%zu: %s\n", path,
				p.problem_mark.line + 1, p.problem_mark.column + 1,
				p.problem ? p.problem : "parse error");
			nbad++;
			break;
		}
		nevents++;
		int done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		if (done)
			break;
	}
	yaml_parser_delete(&p);
	fclose(fp);
	nfiles++;
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)st;
	(void)f;
	if (type == FTW_F && yaml_name(path))
		scan_file(path);
	else if (type == FTW_DNR || type == FTW_NS) {
		fprintf(stderr, "scan: %s: cannot read\n", path);
		trouble = 1;
	}
	return 0;
}

static void scan_list(const char *list)
{
	FILE *fp = strcmp(list, "-") ? fopen(list, "r") : stdin;
	if (!fp) {
		fprintf(stderr, "scan: %s: %s\n", list, strerror(errno));
		exit(2);
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, fp)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (n)
			scan_file(line);
	}
	free(line);
	if (fp != stdin)
		fclose(fp);
}

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int any = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-l") && i + 1 < argc) {
			scan_list(argv[++i]);
		} else if (argv[i][0] == '-' && argv[i][1]) {
			fputs("usage: scan [-l LISTFILE] [path...]\n", stderr);
			return 2;
		} else {
			struct stat st;
			if (stat(argv[i], &st) != 0) {
				fprintf(stderr, "scan: %s: %s\n", argv[i], strerror(errno));
				trouble = 1;
			} else if (S_ISDIR(st.st_mode)) {
				nftw(argv[i], visit, 64, FTW_PHYS);
			} else {
				scan_file(argv[i]);
			}
		}
		any = 1;
	}
	if (!any) {
		fputs("usage: scan [-l LISTFILE] [path...]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("files %llu events %llu bytes %llu seconds %.3f MB/s %.1f\n",
	       nfiles, nevents, nbytes, s, s > 0 ? (double)nbytes / 1e6 / s : 0.0);
	if (nbad)
		fprintf(stderr, "scan: %llu files did not parse\n", nbad);
	return trouble ? 2 : nbad ? 1 : 0;
}
