#include "common.h"

#include "base/arena.h"
#include "import/import.h"
#include "out/escape.h"
#include "repo/config.h"
#include "repo/repo.h"
#include "base/i18n.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *progname = "plan";
static const struct tool *the_tool;	/* for --help, --version, usage */

/* The values of the shared options, above any tool's own (from 256). */
enum {
	OPT_LANG = 0x200, OPT_VERSION, OPT_EXCEL, OPT_FORCE, OPT_VERBOSE,
	OPT_REGIONS, OPT_NOMENCLATURE, OPT_NOMENCLATURE_FROM, OPT_INDICATORS,
	OPT_LEVEL, OPT_UNIT, OPT_UNIT_NAME, OPT_ID,
};

static const struct shared_option {
	unsigned takes;			/* TAKES_*; 0: every tool */
	struct option opt;
} shared_options[] = {
	{TAKES_FORMAT, {"format", required_argument, NULL, 'f'}},
	{TAKES_EXCEL, {"excel", no_argument, NULL, OPT_EXCEL}},
	{TAKES_OUTPUT, {"output", required_argument, NULL, 'o'}},
	{TAKES_QUIET, {"quiet", no_argument, NULL, 'q'}},
	{TAKES_JOBS, {"jobs", required_argument, NULL, 'j'}},
	{TAKES_FORCE, {"force", no_argument, NULL, OPT_FORCE}},
	{TAKES_VERBOSE, {"verbose", no_argument, NULL, OPT_VERBOSE}},
	{TAKES_REGIONS, {"regions", required_argument, NULL, OPT_REGIONS}},
	{TAKES_NOMENCLATURE,
	 {"nomenclature", required_argument, NULL, OPT_NOMENCLATURE}},
	{TAKES_NOMENCLATURE,
	 {"nomenclature-from", required_argument, NULL, OPT_NOMENCLATURE_FROM}},
	{TAKES_INDICATORS,
	 {"indicators", required_argument, NULL, OPT_INDICATORS}},
	{TAKES_HEADER, {"level", required_argument, NULL, OPT_LEVEL}},
	{TAKES_HEADER, {"unit", required_argument, NULL, OPT_UNIT}},
	{TAKES_HEADER, {"unit-name", required_argument, NULL, OPT_UNIT_NAME}},
	{TAKES_HEADER, {"id", required_argument, NULL, OPT_ID}},
	{0, {"lang", required_argument, NULL, OPT_LANG}},
	{0, {"help", no_argument, NULL, 'h'}},
	{0, {"version", no_argument, NULL, OPT_VERSION}},
};
#define NSHARED (sizeof shared_options / sizeof *shared_options)

/* The command line getopt reads: the tool's options and the shared ones
 * it takes (tool_options), argv for the complaints. */
static char **opt_argv;
static char opt_short[2 * NSHARED + 2];
static struct option *opt_long;

/* The long option arg names (--name or --name=value; a unique prefix
 * as getopt_long takes it), or NULL. */
static const struct option *long_option(const char *arg)
{
	size_t n = strcspn(arg, "=");
	const struct option *found = NULL;
	for (const struct option *o = opt_long; o && o->name; o++) {
		if (strncmp(o->name, arg, n))
			continue;
		if (!o->name[n])
			return o;
		if (found)
			return NULL;	/* ambiguous */
		found = o;
	}
	return found;
}

char *term_text(const char *s)
{
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	if (!m)
		abort();
	plan_put_text(m, s);
	if (fclose(m) != 0)
		abort();
	return text;
}

static char *vformat_text(const char *fmt, va_list ap)
	__attribute__((format(printf, 1, 0)));
static char *vformat_text(const char *fmt, va_list ap)
{
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	if (!m)
		abort();	/* out of memory, as plan_xmalloc */
	vfprintf(m, fmt, ap);
	if (fclose(m) != 0)
		abort();
	return text;
}

char *format_text(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = vformat_text(fmt, ap);
	va_end(ap);
	return text;
}

/* "prog: " label message: the message through the terminal escaper, the
 * line written at once (stderr has no buffer). */
static void say(const char *label, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
static void say(const char *label, const char *fmt, va_list ap)
{
	char *raw = vformat_text(fmt, ap);
	char *text = term_text(raw);
	fprintf(stderr, "%s: %s%s\n", progname, label, text);
	free(text);
	free(raw);
}

void trouble(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say("", fmt, ap);
	va_end(ap);
}

void note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say(_("note: "), fmt, ap);
	va_end(ap);
}

void warning(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say(_("warning: "), fmt, ap);
	va_end(ap);
}

void print_note(void *quiet, const char *msg)
{
	if (!quiet || !*(const bool *)quiet)
		note("%s", msg);
}

/* An option letter getopt refused, as it may be shown: a control or a
 * byte of a UTF-8 sequence is '?'. */
static int shown_letter(int c)
{
	return c >= ' ' && c < 0x7f ? c : '?';
}

/* What getopt_long found wrong, in the messages' language: getopt
 * itself speaks English only (opterr is 0).  The English is glibc's. */
static void getopt_complaint(void)
{
	const char *arg = opt_argv && optind > 0 ? opt_argv[optind - 1] : "";
	if (arg && !strncmp(arg, "--", 2)) {
		const struct option *o = long_option(arg + 2);
		char *shown = o ? NULL : term_text(arg);
		if (!o)
			fprintf(stderr, _("%s: unrecognized option '%s'\n"),
				progname, shown);
		else if (strchr(arg, '=') && o->has_arg == no_argument)
			fprintf(stderr, _("%s: option '--%s' doesn't allow an "
					  "argument\n"), progname, o->name);
		else
			fprintf(stderr, _("%s: option '--%s' requires an "
					  "argument\n"), progname, o->name);
		free(shown);
		return;
	}
	const char *p = optopt > 0 && optopt != ':'
		? strchr(opt_short, optopt) : NULL;
	if (p && p[1] == ':')
		fprintf(stderr, _("%s: option requires an argument -- '%c'\n"),
			progname, shown_letter(optopt));
	else
		fprintf(stderr, _("%s: invalid option -- '%c'\n"), progname,
			shown_letter(optopt));
}

int bad_usage(const char *what, const char *arg)
{
	if (what && arg)
		trouble("%s '%s'", what, arg);
	else if (what)
		trouble("%s", what);
	else
		getopt_complaint();
	fputs(_(the_tool ? the_tool->usage : ""), stderr);
	return 2;
}

static bool starts_id(const char *s)
{
	return s[0] == 'i' && s[1] == 'd' &&
	       (s[2] == '\0' || s[2] == '_' || s[2] == '.' || s[2] == '@' ||
		s[2] == ':');
}

static bool starts_en(const char *s)
{
	return s[0] == 'e' && s[1] == 'n' &&
	       (s[2] == '\0' || s[2] == '_' || s[2] == '.' || s[2] == '@' ||
		s[2] == ':');
}

/* The first entry of a LANGUAGE list that we have: 1 id, 0 en, -1 none. */
static int from_list(const char *list)
{
	for (const char *p = list; *p;) {
		if (starts_id(p))
			return 1;
		if (starts_en(p))
			return 0;
		const char *colon = strchr(p, ':');
		if (!colon)
			break;
		p = colon + 1;
	}
	return -1;
}

static enum plan_lang lang_from_env(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	const char *v = getenv("LANGUAGE");
	int r = v && *v ? from_list(v) : -1;
	if (r >= 0)
		return r ? PLAN_LANG_ID : PLAN_LANG_EN;
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		v = getenv(vars[i]);
		if (v && *v)
			return starts_id(v) ? PLAN_LANG_ID : PLAN_LANG_EN;
	}
	return PLAN_LANG_EN;
}

static int lang_parse(const char *arg)
{
	if (!strcmp(arg, "en"))
		return PLAN_LANG_EN;
	if (!strcmp(arg, "id"))
		return PLAN_LANG_ID;
	return -1;
}

/* The language of messages (common.h, tool_options()), the options of
 * build_options() read for it; leaves getopt ready to read them from the
 * start. */
static void lang_init(int argc, char **argv)
{
	int lang = -1;
	/* A first pass, silent, for --lang alone, so that a message about
	 * an option before it is in its language too.  On a copy of argv:
	 * getopt_long reorders what it reads, and differently when it
	 * meets an error. */
	char **copy = plan_xmalloc(((size_t)argc + 1) * sizeof *copy);
	memcpy(copy, argv, ((size_t)argc + 1) * sizeof *copy);
	opterr = 0;
	for (int c; (c = getopt_long(argc, copy, opt_short, opt_long,
				     NULL)) != -1;)
		if (c == OPT_LANG && lang_parse(optarg) >= 0)
			lang = lang_parse(optarg);
	free(copy);
	opterr = 0;	/* bad_usage(NULL, NULL) says what was wrong */
	opt_argv = argv;
	optind = 0;	/* getopt starts again, from the first argument */
	plan_lang_set(lang >= 0 ? (enum plan_lang)lang : lang_from_env());
}

/* The getopt_long table and letters of t: its own options, then the
 * shared ones it takes. */
static void build_options(const struct tool *t)
{
	size_t own = 0, n = 0, k = 0;
	while (t->options && t->options[own].name)
		own++;
	opt_long = plan_xmalloc((own + NSHARED + 1) * sizeof *opt_long);
	for (; n < own; n++)
		opt_long[n] = t->options[n];
	if (t->in_order)
		opt_short[k++] = '-';
	for (size_t i = 0; i < NSHARED; i++) {
		const struct shared_option *s = &shared_options[i];
		if (s->takes && !(t->shared & s->takes))
			continue;
		opt_long[n++] = s->opt;
		if (s->opt.val >= 256)
			continue;
		opt_short[k++] = (char)s->opt.val;
		if (s->opt.has_arg == required_argument)
			opt_short[k++] = ':';
	}
	opt_long[n] = (struct option){NULL, 0, NULL, 0};
	opt_short[k] = '\0';
}

int tool_options(const struct tool *t, struct tool_opts *c, void *opts,
		 int argc, char **argv)
{
	progname = t->name;
	the_tool = t;
	*c = (struct tool_opts){.jobs = cpu_count(),
				.tables = plan_tables_new()};
	build_options(t);
	lang_init(argc, argv);
	int status = -1;
	for (int ch; status < 0 && (ch = getopt_long(argc, argv, opt_short,
						     opt_long, NULL)) != -1;)
		status = t->take ? t->take(opts, ch, optarg)
				 : tool_option(c, ch, optarg);
	return status;
}

/* After a table named by an option was read (r = 0) or not (-1, trouble
 * printed): the run goes on, to say what else is wrong, and fails after
 * the options. */
static int table_read(struct tool_opts *c, int r)
{
	if (r < 0)
		c->tables_failed = true;
	return -1;
}

int tool_option(struct tool_opts *c, int ch, char *arg)
{
	switch (ch) {
	case 'f': {
		int f = the_tool->format_parse(arg);
		if (f < 0)
			return bad_usage(_("unknown format"), arg);
		c->format = f;
		c->format_given = true;
		return -1;
	}
	case OPT_EXCEL: c->excel = true; return -1;
	case 'o': c->output = arg; return -1;
	case 'q': c->quiet = true; return -1;
	case 'j': return parse_jobs(arg, &c->jobs);
	case OPT_FORCE: c->force = true; return -1;
	case OPT_VERBOSE: c->verbose = true; return -1;
	case OPT_REGIONS:
		c->have_regions = true;
		return table_read(c, load_regions(c->tables, arg));
	case OPT_NOMENCLATURE:
		c->have_nomenclature = true;
		return table_read(c, load_nomenclature(c->tables, arg));
	case OPT_INDICATORS:
		return table_read(c, load_indicators(c->tables, arg));
	case OPT_LEVEL:
		c->header.level = plan_level_parse(arg);
		return c->header.level == LEVEL_NONE
			? bad_usage(_("unknown level"), arg) : -1;
	case OPT_UNIT: c->header.unit_code = arg; return -1;
	case OPT_UNIT_NAME: c->header.unit_name = arg; return -1;
	case OPT_ID: c->header.id = arg; return -1;
	case OPT_NOMENCLATURE_FROM: {
		int year = plan_year_parse(arg, strlen(arg));
		if (year < 0)
			return bad_usage(_("bad year"), arg);
		plan_tables_nomenclature_from(c->tables, year);
		return -1;
	}
	case OPT_LANG:	/* lang_init took it */
		return lang_parse(arg) < 0
			? bad_usage(_("unknown language"), arg) : -1;
	case 'h':
		fputs(_(the_tool->usage), stdout);
		fputs(_(the_tool->help), stdout);
		return 0;
	case OPT_VERSION: printf("%s %s\n", progname, PLAN_VERSION); return 0;
	default: return bad_usage(NULL, NULL);
	}
}

int excel_format(struct tool_opts *c)
{
	if (c->excel && c->format_given && c->format != the_tool->csv)
		return bad_usage(_("--excel writes csv"), NULL);
	if (c->excel)
		c->format = the_tool->csv;
	return -1;
}

void tool_release(struct tool_opts *c)
{
	plan_tables_free(c->tables);
	c->tables = NULL;
	free(opt_long);
	opt_long = NULL;
}

bool in_github_actions(void)
{
	const char *gh = getenv("GITHUB_ACTIONS");
	return gh && !strcmp(gh, "true");
}

struct plan_date waiver_today(void)
{
	struct plan_date d;
	const char *env = getenv("PLAN_TODAY");
	if (env && plan_date_parse(env, strlen(env), &d))
		return d;
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	d.year = tm.tm_year + 1900;
	d.month = tm.tm_mon + 1;
	d.day = tm.tm_mday;
	return d;
}

bool want_color(FILE *fp)
{
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		return false;
	return isatty(fileno(fp));
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* PLAN_PROGRESS_DELAY (seconds, as git's GIT_PROGRESS_DELAY): how long
 * a run goes before it shows progress; tests set 0. */
static double progress_delay(void)
{
	const char *s = getenv("PLAN_PROGRESS_DELAY");
	if (!s || !*s)
		return 1.0;
	char *end;
	double v = strtod(s, &end);
	return *end || !(v >= 0 && v < 1e6) ? 1.0 : v;
}

void progress_init(struct progress *p, bool quiet)
{
	const char *ci = getenv("CI");
	p->enabled = !quiet && isatty(STDERR_FILENO) && !(ci && *ci);
	p->start = p->last = p->phase = now();
	p->delay = progress_delay();
	p->shown = false;
}

void progress_next(struct progress *p)
{
	p->phase = now();
}

void progress_cb(void *ctx, size_t done, size_t total)
{
	struct progress *p = ctx;
	if (!p->enabled)
		return;
	double t = now();
	if (t - p->start < p->delay ||
	    (t - p->last < 0.1 && done < total && p->shown))
		return;
	p->last = t;
	p->shown = true;
	fprintf(stderr, "\r%s: ", progname);
	fprintf(stderr, _("%zu of %zu files (%.0f/s)"), done, total,
		t > p->phase ? done / (t - p->phase) : 0.0);
	fputs("\033[K", stderr);
}

void progress_end(struct progress *p)
{
	if (p->shown)
		fputs("\r\033[K", stderr);
	p->shown = false;
}

struct plan_repo *load_checked(struct plan_repo_opts *ro, bool quiet,
			       char *const *paths, size_t n,
			       struct plan_findings *l)
{
	struct progress prog;
	progress_init(&prog, quiet);
	ro->progress = progress_cb;
	ro->progress_ctx = &prog;
	struct plan_repo *r = plan_repo_new(ro);
	plan_repo_load(r, paths, n, l);
	plan_repo_check(r, l);
	progress_end(&prog);
	plan_findings_sort(l);
	return r;
}

size_t repo_trouble(const struct plan_repo *r)
{
	size_t nt = plan_repo_trouble_count(r);
	for (size_t i = 0; i < nt; i++)
		trouble("%s", plan_repo_trouble(r, i));
	return nt;
}

static int load_table(struct plan_tables *t, const char *path,
		      int (*load)(struct plan_tables *, const char *, char *,
				  size_t))
{
	char err[512];
	if (load(t, path, err, sizeof err) < 0) {
		trouble("%s", err);
		return -1;
	}
	return 0;
}

/* "1 duplicate code, 22 codes whose parent is not in the table" */
static void fault_words(const struct plan_table_faults *f, char *buf,
			size_t len)
{
	size_t o = 0;
	buf[0] = '\0';
	for (int kind = 0; kind < 3 && o < len; kind++) {
		size_t n = kind == 0 ? f->duplicates :
			   kind == 1 ? f->orphans : f->malformed;
		if (!n)
			continue;
		if (o)
			o += (size_t)snprintf(buf + o, len - o, ", ");
		if (o >= len)
			break;
		if (kind == 0)
			o += (size_t)snprintf(buf + o, len - o,
				plan_trn("%zu duplicate code",
					 "%zu duplicate codes", n), n);
		else if (kind == 1)
			o += (size_t)snprintf(buf + o, len - o,
				plan_trn("%zu code whose parent is not in the table",
					 "%zu codes whose parent is not in the table",
					 n), n);
		else
			o += (size_t)snprintf(buf + o, len - o,
				plan_trn("%zu malformed row",
					 "%zu malformed rows", n), n);
	}
}

void print_table_faults(const struct plan_tables *t, bool verbose)
{
	for (size_t i = 0; i < plan_tables_fault_count(t); i++) {
		const struct plan_table_faults *f = plan_tables_faults(t, i);
		if (!f->notes)
			continue;
		if (verbose) {
			for (size_t k = 0; k < f->notes; k++)
				warning("%s",
					plan_tables_note(t, f->first_note + k));
			continue;
		}
		char words[256], what[512];
		fault_words(f, words, sizeof words);
		snprintf(what, sizeof what,
			 plan_trn("%zu faulty row (%s); --verbose lists it",
				  "%zu faulty rows (%s); --verbose lists them",
				  f->notes),
			 f->notes, words);
		warning("%s: %s", f->path, what);
	}
}

int load_regions(struct plan_tables *t, const char *path)
{
	return load_table(t, path, plan_tables_load_regions);
}

int load_nomenclature(struct plan_tables *t, const char *path)
{
	return load_table(t, path, plan_tables_load_nomenclature);
}

int load_indicators(struct plan_tables *t, const char *path)
{
	return load_table(t, path, plan_tables_load_indicators);
}

static const char *volatile guarded_tmp;

static void remove_tmp_and_die(int sig)
{
	const char *tmp = guarded_tmp;
	if (tmp)
		unlink(tmp);		/* async-signal-safe */
	signal(sig, SIG_DFL);
	raise(sig);
}

/* SIGXFSZ too: a write past ulimit -f must not leave half a file behind
 * either. */
static const int exit_sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ};
#define NEXIT_SIGS (sizeof exit_sigs / sizeof *exit_sigs)

/* Holds back the signals that remove the temporary file (into *old), so
 * that none comes between its creation and guard_tmp(). */
static void hold_exit_signals(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	for (size_t i = 0; i < NEXIT_SIGS; i++)
		sigaddset(&set, exit_sigs[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void guard_tmp(const char *tmp)
{
	static bool installed;
	if (!installed) {
		const int *sigs = exit_sigs;
		for (size_t i = 0; i < NEXIT_SIGS; i++) {
			struct sigaction old, sa;
			/* a signal ignored on entry (nohup) stays ignored */
			if (sigaction(sigs[i], NULL, &old) == 0 &&
			    old.sa_handler == SIG_IGN)
				continue;
			memset(&sa, 0, sizeof sa);
			sa.sa_handler = remove_tmp_and_die;
			sigemptyset(&sa.sa_mask);
			sigaction(sigs[i], &sa, NULL);
		}
		installed = true;
	}
	guarded_tmp = tmp;
}

void unguard_tmp(void)
{
	guarded_tmp = NULL;
}

int atomic_open_guarded(struct plan_atomic *w, const char *path)
{
	sigset_t old;
	hold_exit_signals(&old);
	int r = plan_atomic_open(w, path);
	int e = errno;
	if (r == 0)
		guard_tmp(w->tmp);
	/* a signal that came meanwhile is delivered now, to the handler */
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return r;
}

struct plan_config *open_repo_config(const char *given, const char *first,
				     struct plan_tables *t, bool have_regions,
				     bool have_nomenclature, bool *bad)
{
	*bad = false;
	char *found = given ? NULL : plan_config_find(first);
	const char *path = given ? given : found;
	if (!path)
		return NULL;
	char err[512];
	struct plan_config *c = plan_config_load(path, err, sizeof err);
	free(found);
	if (!c) {
		trouble("%s", err);
		*bad = true;
		return NULL;
	}
	if (!have_regions && plan_config_regions(c) &&
	    load_regions(t, plan_config_regions(c)) < 0)
		*bad = true;
	for (size_t i = 0; !have_nomenclature &&
			   i < plan_config_nomenclature_count(c); i++) {
		plan_tables_nomenclature_from(t,
			plan_config_nomenclature_from(c, i));
		if (load_nomenclature(t, plan_config_nomenclature(c, i)) < 0)
			*bad = true;
	}
	/* --indicators, read before the config, replaces the config's */
	bool have_indicators = plan_tables_has_indicators(t);
	for (size_t i = 0; !have_indicators &&
			   i < plan_config_indicators_count(c); i++)
		if (load_indicators(t, plan_config_indicators(c, i)) < 0)
			*bad = true;
	return c;
}

int output_open(struct output *o, const char *path)
{
	o->to_file = path != NULL;
	if (!path) {
		o->fp = stdout;
		return 0;
	}
	if (atomic_open_guarded(&o->file, path) < 0) {
		trouble("%s: %s", path, plan_strerror(errno));
		return -1;
	}
	o->fp = o->file.fp;
	return 0;
}

int output_open_new(struct output *o, const char *path, bool force)
{
	struct stat st;
	if (path && !force && lstat(path, &st) == 0) {
		trouble(_("%s: the file exists (--force replaces it)"), path);
		return -1;
	}
	return output_open(o, path);
}

int output_close(struct output *o)
{
	if (o->to_file) {
		char *path = plan_xstrdup(o->file.path);
		int r = plan_atomic_commit(&o->file);
		unguard_tmp();
		if (r < 0)
			trouble("%s: %s", path, plan_strerror(errno));
		free(path);
		return r;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		trouble("stdout: %s", plan_strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

void output_abort(struct output *o)
{
	if (!o->to_file)
		return;
	plan_atomic_abort(&o->file);
	unguard_tmp();
}

int output_finish(struct output *o, int written)
{
	if (written >= 0)
		return output_close(o);
	int e = errno ? errno : EIO;
	trouble("%s: %s", o->to_file ? o->file.path : "stdout",
		plan_strerror(e));
	output_abort(o);
	return -1;
}

unsigned cpu_count(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 1;
}

long long parse_size(const char *s)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || v <= 0)
		return -1;
	long long mult = 1;
	switch (*end) {
	case 'k': case 'K': mult = 1LL << 10; end++; break;
	case 'm': case 'M': mult = 1LL << 20; end++; break;
	case 'g': case 'G': mult = 1LL << 30; end++; break;
	default: break;
	}
	if (*end || v > (1LL << 50) / mult)
		return -1;
	return v * mult;
}

int parse_jobs(const char *arg, unsigned *jobs)
{
	long long n = parse_size(arg);
	if (n < 1 || n > 256)
		return bad_usage(_("bad number of jobs"), arg);
	*jobs = (unsigned)n;
	return -1;
}
