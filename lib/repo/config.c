#include "repo/config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "yaml/ytree.h"

struct waiver {
	int rule;
	const char *element, *reason, *until_s;
	struct plan_date until;
	bool has_until;
	unsigned line;
};

struct plan_config {
	struct plan_arena *arena;
	const char *path, *dir;
	enum plan_severity severity[RULE_COUNT];
	const char *regions;
	struct plan_vec nomenclature;	/* paths */
	int *nomenclature_from;		/* the year each is in force from */
	size_t nfrom_cap;
	struct plan_vec indicators;	/* paths */
	struct waiver *waivers;
	size_t nwaivers;
};

static char *dup_prefix(const char *s, size_t n)
{
	char *p = plan_xmalloc(n + 2);
	memcpy(p, s, n);
	p[n] = '\0';
	if (!n)
		strcpy(p, "/");	/* "/x.yaml": the root */
	return p;
}

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Messages name the config by a path relative to what the user gave
 * (examples/sumbar/../.plan.yaml), never by where the checkout happens to
 * be: so the walk goes up with "..", and realpath only tells when the top
 * is reached. */
char *plan_config_find(const char *path)
{
	char *dir;
	if (is_dir(path)) {
		dir = plan_xstrdup(path);
	} else {
		const char *slash = strrchr(path, '/');
		dir = slash ? dup_prefix(path, (size_t)(slash - path))
			    : plan_xstrdup(".");
	}
	for (int up = 0; up < 256; up++) {
		size_t n = strlen(dir);
		char *cand = plan_xmalloc(n + 12);
		snprintf(cand, n + 12, "%s/.plan.yaml", dir);
		struct stat st;
		if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) {
			free(dir);
			return cand;
		}
		free(cand);
		char *real = realpath(dir, NULL);
		bool top = !real || !strcmp(real, "/");
		free(real);
		if (top)
			break;
		char *next = plan_xmalloc(n + 4);
		snprintf(next, n + 4, "%s/..", dir);
		free(dir);
		dir = next;
	}
	free(dir);
	return NULL;
}

/* A config error: "file:line:col: what". */
static int cfg_error(char *err, size_t errlen, const char *file,
		     const struct ynode *n, const char *what, const char *arg)
{
	snprintf(err, errlen, "%s:%u:%u: %s%s%s%s", file, n ? n->line : 1,
		 n ? n->column : 1, what, arg ? " '" : "", arg ? arg : "",
		 arg ? "'" : "");
	return -1;
}

static const char *resolve(struct plan_config *c, const struct ynode *n)
{
	if (n->text[0] == '/')
		return n->text;
	return plan_arena_printf(c->arena, "%s/%s", c->dir, n->text);
}

static int parse_severity(const struct ynode *n, enum plan_severity *s)
{
	static const char *const names[] = {"error", "warning", "info", "off"};
	for (int i = 0; i < 4; i++)
		if (plan_ynode_text_is(n, names[i])) {
			*s = (enum plan_severity)i;
			return 0;
		}
	return -1;
}

static int read_rules(struct plan_config *c, const struct ynode *rules,
		      char *err, size_t errlen)
{
	if (rules->type != YNODE_MAP)
		return cfg_error(err, errlen, c->path, rules,
				 _("'rules' must map rule names to severities"), NULL);
	for (size_t i = 0; i < rules->npairs; i++) {
		const struct ynode *k = rules->pairs[i].key;
		int r = plan_rule_lookup(k->text);
		enum plan_severity s;
		if (r < 0)
			return cfg_error(err, errlen, c->path, k, _("unknown rule"),
					 k->text);
		if (parse_severity(rules->pairs[i].value, &s) < 0)
			return cfg_error(err, errlen, c->path,
					 rules->pairs[i].value,
					 _("severity must be error, warning, info or off for"),
					 k->text);
		if (plan_rule_info((enum plan_rule)r)->mandatory &&
		    s != PLAN_SEV_ERROR)
			return cfg_error(err, errlen, c->path, k,
					 _("this rule cannot be turned off:"), k->text);
		c->severity[r] = s;
	}
	return 0;
}

static void add_table(struct plan_config *c, const struct ynode *file,
		      int from)
{
	size_t i = c->nomenclature.len;
	plan_vec_push(c->arena, &c->nomenclature, (void *)resolve(c, file));
	if (i == c->nfrom_cap) {
		c->nfrom_cap = c->nfrom_cap ? 2 * c->nfrom_cap : 8;
		c->nomenclature_from = plan_xrealloc(c->nomenclature_from,
			c->nfrom_cap * sizeof *c->nomenclature_from);
	}
	c->nomenclature_from[i] = from;
}

static void add_indicators(struct plan_config *c, const struct ynode *file,
			   int from)
{
	(void)from;	/* one table for every year */
	plan_vec_push(c->arena, &c->indicators, (void *)resolve(c, file));
}

/* A file, or a list of files, each given to add with year `from`; msg
 * when n is neither. */
static int read_files(struct plan_config *c, const struct ynode *n, int from,
		      void (*add)(struct plan_config *, const struct ynode *,
				  int),
		      const char *msg, char *err, size_t errlen)
{
	if (ynode_is_text(n)) {
		add(c, n, from);
		return 0;
	}
	if (n->type != YNODE_SEQ)
		return cfg_error(err, errlen, c->path, n, msg, NULL);
	for (size_t i = 0; i < n->nitems; i++) {
		if (!ynode_is_text(n->items[i]))
			return cfg_error(err, errlen, c->path, n->items[i],
					 _("expected a file name"), NULL);
		add(c, n->items[i], from);
	}
	return 0;
}

/* Nomenclature tables in force from year `from`. */
static int read_tables_from(struct plan_config *c, const struct ynode *n,
			    int from, char *err, size_t errlen)
{
	return read_files(c, n, from, add_table,
			  _("'nomenclature' must be a file or a list of files"),
			  err, errlen);
}

/* {from: YEAR, files: [...]} (SPEC 5: nomenclature by year). */
static int read_set(struct plan_config *c, const struct ynode *n,
		    char *err, size_t errlen)
{
	const struct ynode *from = NULL, *files = NULL;
	for (size_t i = 0; i < n->npairs; i++) {
		const struct ynode *k = n->pairs[i].key;
		if (plan_ynode_text_is(k, "from"))
			from = n->pairs[i].value;
		else if (plan_ynode_text_is(k, "files"))
			files = n->pairs[i].value;
		else if (strncmp(k->text, "x-", 2))
			return cfg_error(err, errlen, c->path, k,
					 _("unknown key in a nomenclature set (from, files):"),
					 k->text);
	}
	int year = ynode_is_text(from) ? plan_year_parse(from->text, from->len)
				       : -1;
	if (year < 0)
		return cfg_error(err, errlen, c->path, from ? from : n,
				 _("a nomenclature set needs 'from', a four-digit year"),
				 NULL);
	if (!files || ynode_is_null(files))
		return cfg_error(err, errlen, c->path, n,
				 _("a nomenclature set needs 'files'"), NULL);
	return read_tables_from(c, files, year, err, errlen);
}

/* A file, a list of files (from year 0), or a list of {from, files}
 * sets; not a mix of the two lists. */
static int read_tables(struct plan_config *c, const struct ynode *n,
		       char *err, size_t errlen)
{
	if (n->type != YNODE_SEQ)
		return read_tables_from(c, n, 0, err, errlen);
	bool sets = n->nitems && n->items[0]->type == YNODE_MAP;
	for (size_t i = 0; i < n->nitems; i++) {
		const struct ynode *it = n->items[i];
		if ((it->type == YNODE_MAP) != sets)
			return cfg_error(err, errlen, c->path, it,
					 _("'nomenclature' lists files or {from, files} sets, not both"),
					 NULL);
		if (!sets && !ynode_is_text(it))
			return cfg_error(err, errlen, c->path, it,
					 _("expected a file name"), NULL);
		int r = sets ? read_set(c, it, err, errlen)
			     : read_tables_from(c, it, 0, err, errlen);
		if (r < 0)
			return r;
	}
	return 0;
}

/* indicators: a file or a list of files (SPEC 5). */
static int read_indicators(struct plan_config *c, const struct ynode *n,
			   char *err, size_t errlen)
{
	return read_files(c, n, 0, add_indicators,
			  _("'indicators' must be a file or a list of files"),
			  err, errlen);
}

static const char *text_of(const struct ynode *map, const char *key)
{
	const struct ynode *v = plan_ynode_get(map, key);
	return ynode_is_text(v) ? v->text : NULL;
}

static int read_waiver(struct plan_config *c, const struct ynode *n,
		       struct waiver *w, char *err, size_t errlen)
{
	if (n->type != YNODE_MAP)
		return cfg_error(err, errlen, c->path, n,
				 _("a waiver is a mapping {rule, element, reason, until}"), NULL);
	for (size_t i = 0; i < n->npairs; i++) {
		const char *k = n->pairs[i].key->text;
		if (strcmp(k, "rule") && strcmp(k, "element") &&
		    strcmp(k, "reason") && strcmp(k, "until"))
			return cfg_error(err, errlen, c->path, n->pairs[i].key,
					 _("unknown key in a waiver:"), k);
	}
	const char *rule = text_of(n, "rule");
	w->element = text_of(n, "element");
	w->reason = text_of(n, "reason");
	w->until_s = text_of(n, "until");
	w->line = n->line;
	if (!rule || !w->element || !w->reason)
		return cfg_error(err, errlen, c->path, n,
				 _("a waiver needs 'rule', 'element' and 'reason'"), NULL);
	w->rule = plan_rule_lookup(rule);
	if (w->rule < 0)
		return cfg_error(err, errlen, c->path, plan_ynode_get(n, "rule"),
				 _("unknown rule"), rule);
	if (plan_rule_info((enum plan_rule)w->rule)->mandatory)
		return cfg_error(err, errlen, c->path, plan_ynode_get(n, "rule"),
				 _("this rule cannot be waived:"), rule);
	w->has_until = w->until_s != NULL;
	if (w->has_until && !plan_date_parse(w->until_s, strlen(w->until_s),
					     &w->until))
		return cfg_error(err, errlen, c->path, plan_ynode_get(n, "until"),
				 _("'until' must be a date YYYY-MM-DD, not"),
				 w->until_s);
	return 0;
}

static int read_waivers(struct plan_config *c, const struct ynode *n,
			char *err, size_t errlen)
{
	if (n->type != YNODE_SEQ)
		return cfg_error(err, errlen, c->path, n,
				 _("'waivers' must be a list"), NULL);
	c->waivers = plan_arena_alloc(c->arena, n->nitems * sizeof *c->waivers);
	for (size_t i = 0; i < n->nitems; i++)
		if (read_waiver(c, n->items[i], &c->waivers[c->nwaivers++],
				err, errlen) < 0)
			return -1;
	return 0;
}

static int read_config(struct plan_config *c, const struct ynode *root,
		       char *err, size_t errlen)
{
	if (!root)
		return 0;	/* an empty config is a valid one */
	if (root->type != YNODE_MAP)
		return cfg_error(err, errlen, c->path, root,
				 _("the config must be a mapping"), NULL);
	for (size_t i = 0; i < root->npairs; i++) {
		const struct ynode *k = root->pairs[i].key;
		const struct ynode *v = root->pairs[i].value;
		int r = 0;
		if (plan_ynode_text_is(k, "rules"))
			r = read_rules(c, v, err, errlen);
		else if (plan_ynode_text_is(k, "regions") && ynode_is_text(v))
			c->regions = resolve(c, v);
		else if (plan_ynode_text_is(k, "regions"))
			r = cfg_error(err, errlen, c->path, v,
				      _("'regions' must be a file name"), NULL);
		else if (plan_ynode_text_is(k, "nomenclature"))
			r = read_tables(c, v, err, errlen);
		else if (plan_ynode_text_is(k, "indicators"))
			r = read_indicators(c, v, err, errlen);
		else if (plan_ynode_text_is(k, "waivers"))
			r = read_waivers(c, v, err, errlen);
		else if (strncmp(k->text, "x-", 2))
			r = cfg_error(err, errlen, c->path, k,
				      _("unknown key (rules, regions, nomenclature, indicators, waivers):"),
				      k->text);
		if (r < 0)
			return -1;
	}
	return 0;
}

struct plan_config *plan_config_load(const char *path, char *err,
				     size_t errlen)
{
	struct plan_config *c = plan_xmalloc(sizeof *c);
	memset(c, 0, sizeof *c);
	c->arena = plan_arena_new();
	for (int i = 0; i < RULE_COUNT; i++)
		c->severity[i] = PLAN_SEV_DEFAULT;
	c->path = plan_arena_strdup(c->arena, path);
	char *slash = strrchr(c->path, '/');
	c->dir = slash ? plan_arena_strndup(c->arena, c->path,
					    (size_t)(slash - c->path))
		       : ".";
	struct plan_findings *f = plan_findings_new(NULL);
	struct yload_result res;
	int r = plan_ytree_load_file(path, c->path, NULL, c->arena, f, &res);
	if (r < 0) {
		snprintf(err, errlen, "%s: %s", path, plan_strerror(errno));
	} else if (plan_findings_count(f)) {
		const struct plan_finding *x = plan_findings_get(f, 0);
		snprintf(err, errlen, "%s:%u:%u: %s", x->file, x->line,
			 x->column, x->message);
		r = -1;
	} else {
		r = read_config(c, res.root, err, errlen);
	}
	plan_findings_free(f);
	if (r < 0) {
		plan_config_free(c);
		return NULL;
	}
	return c;
}

void plan_config_free(struct plan_config *c)
{
	if (!c)
		return;
	free(c->nomenclature_from);
	plan_arena_free(c->arena);
	free(c);
}

void plan_config_rules(const struct plan_config *c,
		       struct plan_rule_config *rc)
{
	for (int i = 0; i < RULE_COUNT; i++)
		if (c->severity[i] != PLAN_SEV_DEFAULT)
			plan_rule_config_set(rc, (enum plan_rule)i,
					     c->severity[i]);
}

const char *plan_config_regions(const struct plan_config *c)
{
	return c->regions;
}

size_t plan_config_nomenclature_count(const struct plan_config *c)
{
	return c->nomenclature.len;
}

const char *plan_config_nomenclature(const struct plan_config *c, size_t i)
{
	return i < c->nomenclature.len ? c->nomenclature.items[i] : NULL;
}

int plan_config_nomenclature_from(const struct plan_config *c, size_t i)
{
	return i < c->nomenclature.len ? c->nomenclature_from[i] : 0;
}

size_t plan_config_indicators_count(const struct plan_config *c)
{
	return c->indicators.len;
}

const char *plan_config_indicators(const struct plan_config *c, size_t i)
{
	return i < c->indicators.len ? c->indicators.items[i] : NULL;
}

/* The waiver's element is the finding's element, or the document that
 * holds it. */
static bool covers(const struct waiver *w, const struct plan_finding *f)
{
	if ((int)f->rule != w->rule || !f->element)
		return false;
	size_t n = strlen(w->element);
	return !strncmp(f->element, w->element, n) &&
	       (f->element[n] == '\0' ||
		(f->element[n] == '#' && !strchr(w->element, '#')));
}

void plan_config_waive(const struct plan_config *c, struct plan_findings *l,
		       struct plan_date today,
		       void (*note)(void *ctx, const char *msg), void *ctx)
{
	for (size_t k = 0; k < c->nwaivers; k++) {
		const struct waiver *w = &c->waivers[k];
		/* an expired waiver says so even when nothing matches it any
		 * more: it is time to remove it from the config */
		if (w->has_until && plan_date_cmp(today, w->until) > 0) {
			if (!note)
				continue;
			char msg[512], until[PLAN_DATE_BUF];
			snprintf(msg, sizeof msg,
				 _("%s:%u: waiver of %s for '%s' expired on %s and no longer applies"),
				 c->path, w->line,
				 plan_rule_info((enum plan_rule)w->rule)->name,
				 w->element, plan_date_prose(w->until, until));
			note(ctx, msg);
			continue;
		}
		for (size_t i = 0; i < plan_findings_count(l); i++) {
			const struct plan_finding *f = plan_findings_get(l, i);
			if (!f->waived && covers(w, f))
				plan_finding_waive(l, i, w->reason, w->until_s);
		}
	}
}
