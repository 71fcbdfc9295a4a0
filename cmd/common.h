/*
 * common.h - what the six front ends share: their options, trouble
 * messages, progress on a terminal, colour choice, reference tables from
 * options, output.
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
#include "import/import.h"

extern const char *progname;

/* ---- Options ---------------------------------------------------------- */

/* The options several tools take, declared and read once, here: a tool
 * names those it takes in struct tool's `shared`.  Every tool takes
 * --lang, -h (--help) and --version too. */
enum {
	TAKES_FORMAT = 1 << 0,		/* -f, --format: struct tool's parser */
	TAKES_EXCEL = 1 << 1,		/* --excel */
	TAKES_OUTPUT = 1 << 2,		/* -o, --output */
	TAKES_QUIET = 1 << 3,		/* -q, --quiet */
	TAKES_JOBS = 1 << 4,		/* -j, --jobs */
	TAKES_FORCE = 1 << 5,		/* --force */
	TAKES_VERBOSE = 1 << 6,		/* --verbose */
	TAKES_REGIONS = 1 << 7,		/* --regions */
	TAKES_NOMENCLATURE = 1 << 8,	/* --nomenclature(-from) */
	TAKES_INDICATORS = 1 << 9,	/* --indicators */
	TAKES_HEADER = 1 << 10,		/* --level, --unit, --unit-name, --id */
};

/* What the shared options set. */
struct tool_opts {
	int format;			/* -f: a value of the tool's enum of
					   formats, whose 0 is the default */
	bool format_given;
	bool excel;			/* --excel: csv for a spreadsheet */
	const char *output;		/* -o FILE; NULL: stdout */
	bool quiet;			/* -q */
	bool force;			/* --force: replace an existing -o */
	bool verbose;			/* --verbose: every faulty table row */
	unsigned jobs;			/* -j N; default every core */
	struct plan_tables *tables;	/* --regions, --nomenclature, ...;
					   owned, freed by tool_release() */
	bool have_regions, have_nomenclature;	/* given on the command line */
	bool tables_failed;		/* one not read (trouble printed) */
	struct plan_header header;	/* plan-new, plan-import: the header
					   of the document they write */
};

/* A tool: its words for --help and --version, its options. */
struct tool {
	const char *name;		/* "plan-validate": progname */
	const char *usage;		/* the usage line(s), untranslated */
	const char *help;		/* what --help says after them, ditto */
	unsigned shared;		/* TAKES_*: the shared options taken */
	/* Its own options (their values from 256 on), ending with {NULL};
	 * NULL: none. */
	const struct option *options;
	/* One option into opts: -1 to go on, else the exit status.  Its
	 * switch's default hands a shared one to tool_option().  NULL:
	 * tool_option() takes them all. */
	int (*take)(void *opts, int c, char *arg);
	/* Operands are given to take as options of value 1, in their
	 * place (getopt_long's "-"), not left at the end. */
	bool in_order;
	/* -f FORMAT: its value in the tool's enum, -1 for none. */
	int (*format_parse)(const char *arg);
	int csv;			/* the format --excel writes */
};

/* The start of every tool's main(): progname, the language of messages,
 * *c reset (jobs: every core; an empty set of tables), then argv's options
 * through t->take (opts its first argument) or tool_option().
 *   The language is set in the library (plan_lang_set) before any option
 * is read: the last valid --lang of the command line, read with the
 * tool's own options (so that `-o --lang` is a file), else the
 * environment as GNU gettext reads it, without needing an installed
 * locale: the first non-empty of LANGUAGE (a colon list: its first entry
 * that we have, "id" or "en"), LC_ALL, LC_MESSAGES, LANG.  A value
 * starting with "id" is Indonesian; anything else ("C", "POSIX",
 * "en_US.UTF-8", ...) English.  LANGUAGE wins, as in GNU gettext, and is
 * honoured even in the C locale (where glibc's gettext would ignore it):
 * `LC_ALL=C LANGUAGE=id plan-validate` speaks Indonesian.
 *   Returns -1 to go on, optind at the first operand; else the exit
 * status (--help, --version, bad usage).  Free *c with tool_release()
 * either way. */
int tool_options(const struct tool *t, struct tool_opts *c, void *opts,
		 int argc, char **argv);
/* A shared option into c (--help and --version answered here); anything
 * else getopt_long returns is bad usage.  -1 to go on, else the exit
 * status. */
int tool_option(struct tool_opts *c, int ch, char *arg);
/* c's tables, and the getopt_long table tool_options() made, freed. */
void tool_release(struct tool_opts *c);

/* After the options: --excel with -f other than csv is bad usage (the
 * exit status), else it makes the format csv (-1: go on). */
int excel_format(struct tool_opts *c);

/* Whether the run is a GitHub Actions job (GITHUB_ACTIONS=true), for
 * --format auto. */
bool in_github_actions(void);

/* The date waivers are compared with: PLAN_TODAY=YYYY-MM-DD from the
 * environment (tests, reproducible runs), else today's local date. */
struct plan_date waiver_today(void);

/* "prog: what 'arg'" (or "prog: what"; as trouble()) and the usage on
 * stderr; returns the exit status for bad usage, 2.  what and arg may be
 * NULL; without what, getopt_long's complaint about the option it just
 * refused, in the messages' language. */
int bad_usage(const char *what, const char *arg);

/* Messages on stderr, one line each: "prog: what", "prog: note: what",
 * "prog: warning: what".  What is written through the one escaper for
 * terminal text (out/escape.h, plan_put_text): a path or a value in it,
 * from a file name or a plan, can neither move the cursor nor start a
 * line of its own. */
void trouble(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A waiver's note (plan_config_waive's callback): note("%s", msg) unless
 * quiet, a pointer to a bool, is set; NULL: always. */
void print_note(void *quiet, const char *msg);
/* s as terminal text (plan_put_text), in a new string; free it. */
char *term_text(const char *s);
/* sprintf into a new string; free it. */
char *format_text(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

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
/* The writer failed: a file is dropped (the old one stays), stdout left
 * as it is. */
void output_abort(struct output *o);
/* After the writer: when it failed (written < 0), output_abort() and
 * "prog: path: why" (errno); else output_close().  Returns 0 or -1. */
int output_finish(struct output *o, int written);

/* While a report is written to a temporary file, a signal that ends the
 * tool (INT, TERM, HUP, PIPE, XFSZ) removes it first: an interrupted run
 * leaves the old file or none, never a half one.  output_open/output_close
 * do this themselves; other writers of plan_atomic files open with
 * atomic_open_guarded() (plan_atomic_open(), the file guarded from the
 * moment it exists: those signals are held back in between) and call
 * unguard_tmp() once it is committed or aborted. */
int atomic_open_guarded(struct plan_atomic *w, const char *path);
void unguard_tmp(void);

/* Number of online processors, at least 1. */
unsigned cpu_count(void);

/* Parse a positive size with an optional K, M or G suffix; -1 if bad. */
long long parse_size(const char *s);
/* -j N: 1 to 256 into *jobs.  Returns -1 to go on, else (after the
 * usage) the exit status. */
int parse_jobs(const char *arg, unsigned *jobs);

#endif
