#include "repo/repo.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "repo/repo_priv.h"
#include "base/i18n.h"
#include "base/strpool.h"
#include "base/walk.h"

struct plan_repo *plan_repo_new(const struct plan_repo_opts *o)
{
	struct plan_repo *r = plan_xmalloc(sizeof *r);
	memset(r, 0, sizeof *r);
	r->o = *o;
	r->o.compact |= r->o.headers_only;
	plan_files_init(&r->files);
	plan_strmap_init(&r->by_id);
	plan_hmap_init(&r->ids);
	return r;
}

void plan_repo_free(struct plan_repo *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->ndocs; i++)
		if (!r->o.compact)
			plan_arena_free(r->docs[i].doc->arena);
	plan_hmap_release(&r->ids);
	free(r->near);
	free(r->elems);
	for (size_t i = 0; i < r->nkept; i++)
		plan_arena_free(r->kept[i]);
	free(r->kept);
	free(r->docs);
	free(r->links);
	free(r->out_links);
	free(r->in_links);
	free(r->out_start);
	free(r->in_start);
	for (size_t i = 0; i < r->ntrouble; i++)
		free(r->trouble[i]);
	free(r->trouble);
	plan_files_release(&r->files);
	plan_strmap_release(&r->by_id);
	free(r);
}

/* Record "path: why" (or just path when why is NULL) as trouble. */
static void add_trouble(struct plan_repo *r, const char *path,
			const char *why)
{
	size_t len = strlen(path) + (why ? strlen(why) + 2 : 0) + 1;
	char *s = plan_xmalloc(len);
	snprintf(s, len, "%s%s%s", path, why ? ": " : "", why ? why : "");
	r->trouble = plan_xrealloc(r->trouble,
				   (r->ntrouble + 1) * sizeof *r->trouble);
	r->trouble[r->ntrouble++] = s;
}

/* Rules that a walked file reports even when it turns out not to be a plan
 * (SPEC 2): whether it is one cannot be known when it does not parse. */
static bool reported_for_any_yaml(enum plan_rule rule)
{
	return rule == RULE_YAML_SYNTAX || rule == RULE_YAML_DEPTH ||
	       rule == RULE_LIMIT;
}

static void keep_only_parse_findings(struct plan_findings *l)
{
	struct plan_findings *kept = plan_findings_new(NULL);
	for (size_t i = 0; i < plan_findings_count(l); i++) {
		const struct plan_finding *f = plan_findings_get(l, i);
		if (reported_for_any_yaml(f->rule))
			plan_finding_add(kept, f->rule, f->severity,
					 (struct plan_pos){f->file, f->line,
							   f->column},
					 f->element, f->breadcrumb, f->hint,
					 "%s", f->message);
	}
	plan_findings_clear(l);
	plan_findings_take(l, kept);
	plan_findings_free(kept);
}

static bool is_plan_tree(const struct ynode *root)
{
	return root && root->type == YNODE_MAP && plan_ynode_pair(root, "plan");
}

/* The local checks of one plan document's tree. */
static struct plan_doc *check_plan_tree(const struct plan_repo *r,
					const struct yload_result *res,
					const char *name, struct plan_arena *a,
					struct plan_findings *out)
{
	if (res->extra_doc_line)
		plan_finding_add(out, RULE_SCHEMA, PLAN_SEV_DEFAULT,
				 (struct plan_pos){name, res->extra_doc_line,
						   res->extra_doc_column},
				 NULL, NULL,
				 _("put each plan document in a file of its own"),
				 _("a plan file holds one YAML document"));
	if (r->o.schema)
		plan_schema_check(r->o.schema, res->root, name, out);
	struct plan_doc *d = plan_doc_build(res->root, name, a);
	plan_check_local(d, r->o.tables, out);
	return d;
}

void plan_repo_loader_init(struct repo_loader *l, const struct plan_repo *r)
{
	l->scratch = r->o.compact ? plan_arena_new() : NULL;
	l->keep = r->o.compact ? plan_arena_new() : NULL;
	l->pool = l->keep ? plan_strpool_new(l->keep) : NULL;
}

void plan_repo_loader_done(struct plan_repo *r, struct repo_loader *l)
{
	plan_arena_free(l->scratch);
	plan_strpool_free(l->pool);
	if (l->keep) {
		r->kept = plan_xrealloc(r->kept,
					(r->nkept + 1) * sizeof *r->kept);
		r->kept[r->nkept++] = l->keep;
	}
	l->scratch = l->keep = NULL;
	l->pool = NULL;
}

static struct plan_doc *load_file(const struct plan_repo *r,
				  const struct plan_file *file,
				  struct plan_arena *a,
				  struct plan_findings *out, int *err);

struct plan_doc *plan_repo_load_file(const struct plan_repo *r,
				struct repo_loader *l,
				const struct plan_file *file,
				struct plan_findings *out, int *err)
{
	if (!l->scratch) {
		struct plan_arena *a = plan_arena_new();
		struct plan_doc *d = load_file(r, file, a, out, err);
		if (!d)
			plan_arena_free(a);
		return d;
	}
	struct plan_doc *d = load_file(r, file, l->scratch, out, err);
	if (d)
		d = r->o.headers_only
			? plan_doc_compact_header_consume(d, l->keep, l->pool)
			: plan_doc_compact_consume(d, l->keep, l->pool);
	plan_arena_reset(l->scratch);
	return d;
}

/* The document of one file, built in a; NULL when there is none. */
static struct plan_doc *load_file(const struct plan_repo *r,
				  const struct plan_file *file,
				  struct plan_arena *a,
				  struct plan_findings *out, int *err)
{
	const char *name = plan_arena_strdup(a, file->path);
	struct yload_result res;
	*err = 0;
	if (plan_ytree_load_file(file->path, name, &r->o.limits, a, out, &res) < 0) {
		*err = errno ? errno : EIO;
		return NULL;
	}
	struct plan_doc *d = NULL;
	if (res.fatal) {
		if (!file->named)
			keep_only_parse_findings(out);
	} else if (!is_plan_tree(res.root)) {
		if (!file->named) {
			plan_findings_clear(out);
		} else {
			const struct ynode *n = res.root;
			plan_finding_add(out, RULE_NOT_A_PLAN, PLAN_SEV_DEFAULT,
					 (struct plan_pos){name,
						n ? n->line : 1,
						n ? n->column : 1},
					 NULL, NULL,
					 _("a plan document starts with 'plan: 1'"),
					 _("'%s' is not a plan document: it has no 'plan' key"),
					 name);
		}
	} else if (!res.aliased) {
		d = check_plan_tree(r, &res, name, a, out);
	}
	return d;
}

bool plan_repo_headers_only(const struct plan_repo *r)
{
	return r->o.headers_only;
}

struct plan_doc *plan_repo_reread(const struct plan_repo *r,
				  const struct plan_doc *d,
				  struct plan_arena *a, const char **why)
{
	struct plan_file file = {.path = (char *)d->file, .named = true};
	struct plan_findings *scratch = plan_findings_new(NULL);
	int err = 0;
	struct plan_doc *n = load_file(r, &file, a, scratch, &err);
	if (!n)
		*why = plan_arena_printf(a, "%s: %s", d->file,
			err ? plan_strerror(err)
			    : _("changed while being compared: no longer a plan"));
	plan_findings_free(scratch);
	return n;
}

int plan_repo_same_source(const struct plan_repo *r, const struct plan_doc *a,
			  const struct plan_doc *b)
{
	size_t max = r->o.limits.max_file, na, nb;
	char *x = plan_ytree_read_file(a->file, max, &na);
	char *y = x ? plan_ytree_read_file(b->file, max, &nb) : NULL;
	/* past the limit a file is read only in part: never "the same" */
	int same = !y ? -1 : na == nb && na <= max && !memcmp(x, y, na);
	free(x);
	free(y);
	return same;
}

static void add_doc(struct plan_repo *r, struct plan_doc *d)
{
	if (r->ndocs == r->capdocs) {
		r->capdocs = r->capdocs ? r->capdocs * 2 : 64;
		r->docs = plan_xrealloc(r->docs, r->capdocs * sizeof *r->docs);
	}
	d->seq = r->ndocs;
	struct repo_doc *rd = &r->docs[r->ndocs++];
	memset(rd, 0, sizeof *rd);
	rd->doc = d;
	r->nelements += d->nelements;
}

void plan_repo_load(struct plan_repo *r, char *const *paths, size_t npaths,
		    struct plan_findings *out)
{
	size_t first = r->files.n;
	for (size_t i = 0; i < npaths; i++) {
		size_t before = r->files.ntrouble;
		if (!plan_files_add(&r->files, paths[i]) &&
		    r->files.ntrouble == before)
			add_trouble(r, paths[i],
					 _("nothing to check (no *.yaml or *.yml file)"));
		for (size_t t = before; t < r->files.ntrouble; t++)
			add_trouble(r, r->files.trouble[t], NULL);
	}
	size_t n = r->files.n - first;
	if (r->o.max_files && n > r->o.max_files) {
		char why[160];
		snprintf(why, sizeof why,
			 _("%zu YAML files, more than the limit of %zu (--max-files)"),
			 n, r->o.max_files);
		add_trouble(r, _("too many files"), why);
		return;
	}
	plan_repo_load_files(r, first, out);
}

/* Take what one file gave: its document, findings and trouble. */
void plan_repo_accept(struct plan_repo *r, const struct plan_file *file,
		 struct plan_doc *d, int err, struct plan_findings *local,
		 struct plan_findings *out)
{
	if (err)
		add_trouble(r, file->path, plan_strerror(err));
	if (d)
		add_doc(r, d);
	plan_findings_take(out, local);
	r->nfiles++;
}

size_t plan_repo_trouble_count(const struct plan_repo *r)
{
	return r->ntrouble;
}

const char *plan_repo_trouble(const struct plan_repo *r, size_t i)
{
	return i < r->ntrouble ? r->trouble[i] : NULL;
}

size_t plan_repo_file_count(const struct plan_repo *r)
{
	return r->nfiles;
}

size_t plan_repo_doc_count(const struct plan_repo *r)
{
	return r->ndocs;
}

size_t plan_repo_element_count(const struct plan_repo *r)
{
	return r->nelements;
}

const struct plan_doc *plan_repo_doc(const struct plan_repo *r, size_t i)
{
	return i < r->ndocs ? r->docs[i].doc : NULL;
}
