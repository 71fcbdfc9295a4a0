/*
 * common.h - what the four front ends share: trouble messages, progress
 * on a terminal, colour choice, reference tables from options, output.
 * This is the only code besides cmd/plan-*.c that prints.
 */
#ifndef PLAN_CMD_COMMON_H
#define PLAN_CMD_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/atomic.h"
#include "base/i18n.h"
#include "tables/indicators.h"
#include "tables/tables.h"

#include <getopt.h>

#include "base/value.h"

extern const char *progname;
extern const char *progusage;	/* the tool's usage line(s), untranslated */

/* --lang en|id, which every tool takes: its value in the tools' option
 * loops and its entry in their getopt_long tables. */
enum { OPT_LANG = 0x200 };
#define LANG_OPTION {"lang", required_argument, NULL, OPT_LANG}

/* The language of messages, set in the library (plan_lang_set) first
 * thing in main(): the last valid --lang of the command line, read with
 * the tool's own options (so that `-o --lang` is a file), else the
 * environment as GNU gettext reads it, without needing an installed
 * locale: the first non-empty of LANGUAGE (a colon list: its first entry
 * that we have, "id" or "en"), LC_ALL, LC_MESSAGES, LANG.  A value
 * starting with "id" is Indonesian; anything else ("C", "POSIX",
 * "en_US.UTF-8", ...) English.  LANGUAGE wins, as in GNU gettext, and is
 * honoured even in the C locale (where glibc's gettext would ignore it):
 * `LC_ALL=C LANGUAGE=id plan-validate` speaks Indonesian.  Leaves getopt
 * ready to read the options from the start. */
void lang_init(int argc, char **argv, const char *shortopts,
	       const struct option *longopts);
/* --lang ARG met in the option loop: returns -1 to go on, or the exit
 * status of bad usage for a language other than en and id. */
int lang_option(const char *arg);

/* Whether the run is a GitHub Actions job (GITHUB_ACTIONS=true), for
 * --format auto. */
bool in_github_actions(void);

/* The date waivers are compared with: PLAN_TODAY=YYYY-MM-DD from the
 * environment (tests, reproducible runs), else today's local date. */
struct plan_date waiver_today(void);

/* "prog: what 'arg'" (or "prog: what") and the usage on stderr; returns
 * the exit status for bad usage, 2.  what and arg may be NULL; without
 * what, getopt_long's complaint about the option it just refused, in
 * the messages' language (after lang_init). */
int bad_usage(const char *what, const char *arg);

/* "prog: what" on stderr. */
void trouble(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* True when colour may be used on fp: a terminal, and NO_COLOR unset. */
bool want_color(FILE *fp);

/* Progress on stderr, for runs longer than a second, on a terminal only,
 * never in CI or when quiet; a plan_repo_opts progress callback. */
struct progress {
	bool enabled;
	double start, last;
	double phase;		/* the rate counts from here */
	double delay;		/* seconds before the first line */
	bool shown;
};
void progress_init(struct progress *p, bool quiet);
/* A new count (plan-diff: the second side, then the pairs): the rate
 * starts again, the delay does not. */
void progress_next(struct progress *p);
void progress_cb(void *ctx, size_t done, size_t total);
void progress_end(struct progress *p);

/* A repository made from ro, paths loaded into it and every check run,
 * with progress on stderr (ro's progress fields are set here; quiet:
 * none); its findings sorted into l.  Free it with plan_repo_free(). */
struct plan_repo;
struct plan_repo_opts;
struct plan_findings;
struct plan_repo *load_checked(struct plan_repo_opts *ro, bool quiet,
			       char *const *paths, size_t n,
			       struct plan_findings *l);
/* r's trouble ("prog: path: why") on stderr; returns how many. */
size_t repo_trouble(const struct plan_repo *r);

/* Load a table named on the command line into t.  Returns 0, or -1
 * after printing trouble. */
int load_regions(struct plan_tables *t, const char *path);
int load_nomenclature(struct plan_tables *t, const char *path);
int load_indicators(struct plan_tables *t, const char *path);

/* The faulty rows of the tables loaded into t, on stderr (SPEC 5): one
 * line per table, or one per row when verbose. */
void print_table_faults(const struct plan_tables *t, bool verbose);

/* The repository config: the file `given`, else `.plan.yaml` found upward
 * from `first`.  Its tables are loaded into t unless the command line gave
 * them (have_regions, have_nomenclature).  Returns NULL when there is no
 * config; sets *bad (after printing trouble) when it or a table cannot be
 * read.  Its indicators tables are loaded unless t has one already (from
 * --indicators, read before). */
struct plan_config;
struct plan_config *open_repo_config(const char *given, const char *first,
				     struct plan_tables *t, bool have_regions,
				     bool have_nomenclature, bool *bad);

/* Output to stdout or, with a path, atomically to a file. */
struct output {
	FILE *fp;
	struct plan_atomic file;
	bool to_file;
};
int output_open(struct output *o, const char *path);
/* The same for a new file: an existing path is refused (trouble) unless
 * force; a plan file is never overwritten by accident. */
int output_open_new(struct output *o, const char *path, bool force);
/* Flush and check for write errors (stdout: No space left on device);
 * returns 0, or -1 after printing trouble. */
int output_close(struct output *o);

/* While a report is written to a temporary file, a signal that ends the
 * tool (INT, TERM, HUP, PIPE) removes it first: an interrupted run leaves
 * the old file or none, never a half one.  output_open/output_close do
 * this themselves; other writers of plan_atomic files call these. */
void guard_tmp(const char *tmp);
void unguard_tmp(void);

/* Number of online processors, at least 1. */
unsigned cpu_count(void);

/* Parse a positive size with an optional K, M or G suffix; -1 if bad. */
long long parse_size(const char *s);
/* -j N: 1 to 256 into *jobs.  Returns -1 to go on, else (after the
 * usage) the exit status. */
int parse_jobs(const char *arg, unsigned *jobs);

#endif
