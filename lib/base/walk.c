#include "base/walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/arena.h"
#include "base/i18n.h"

/* Deeper trees than this are not plan repositories; the bound keeps a
 * pathological tree (or a bind-mount loop) from exhausting the stack. */
#define WALK_MAX_DEPTH 64

void plan_files_init(struct plan_files *f)
{
	memset(f, 0, sizeof *f);
}

void plan_files_release(struct plan_files *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i].path);
	for (size_t i = 0; i < f->ntrouble; i++)
		free(f->trouble[i]);
	free(f->v);
	free(f->trouble);
	memset(f, 0, sizeof *f);
}

bool plan_is_yaml_name(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && !strcmp(name + n - 5, ".yaml")) ||
	       (n > 4 && !strcmp(name + n - 4, ".yml"));
}

static void add_trouble(struct plan_files *f, const char *path,
			const char *why)
{
	size_t len = strlen(path) + strlen(why) + 3;
	char *s = plan_xmalloc(len);
	snprintf(s, len, "%s: %s", path, why);
	f->trouble = plan_xrealloc(f->trouble,
				   (f->ntrouble + 1) * sizeof *f->trouble);
	f->trouble[f->ntrouble++] = s;
}

static void add_file(struct plan_files *f, const char *path, bool named)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->v = plan_xrealloc(f->v, f->cap * sizeof *f->v);
	}
	f->v[f->n].path = plan_xstrdup(path);
	f->v[f->n].named = named;
	f->n++;
}

/* A directory entry: its name and what readdir says it is (DT_UNKNOWN
 * when the file system does not say), so that a national tree of 95,000
 * plain files costs no stat per file. */
struct entry {
	char *name;
	unsigned char type;
};

static int cmp_names(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name,
		      ((const struct entry *)b)->name);
}

static char *join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	bool slash = dl && dir[dl - 1] == '/';
	char *p = plan_xmalloc(dl + nl + 2);
	memcpy(p, dir, dl);
	if (!slash)
		p[dl++] = '/';
	memcpy(p + dl, name, nl + 1);
	return p;
}

/* The visible entries of a directory, sorted bytewise by name; NULL on
 * error. */
static struct entry *list_dir(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	struct entry *names = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = plan_xrealloc(names, cap * sizeof *names);
		}
		names[n].name = plan_xstrdup(e->d_name);
		names[n++].type = e->d_type;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_names);
	*count = n;
	return names ? names : plan_xmalloc(1);
}

static size_t walk_dir(struct plan_files *f, const char *dir, int depth);

static size_t walk_entry(struct plan_files *f, const char *path,
			 const char *name, int depth)
{
	struct stat st;
	/* called for what readdir could not vouch for: links, other types,
	 * or file systems that do not fill d_type */
	if (lstat(path, &st) < 0) {
		add_trouble(f, path, plan_strerror(errno));
		return 0;
	}
	if (S_ISLNK(st.st_mode)) {
		/* a link to a file is followed, one to a directory is not; a
		 * dangling one to a YAML name is a file that cannot be read */
		if (stat(path, &st) < 0) {
			if (plan_is_yaml_name(name))
				add_trouble(f, path, plan_strerror(errno));
			return 0;
		}
		if (S_ISDIR(st.st_mode))
			return 0;
	}
	if (S_ISDIR(st.st_mode))
		return walk_dir(f, path, depth + 1);
	/* FIFOs, devices and sockets are not plan files: reading one could
	 * block for ever */
	if (!plan_is_yaml_name(name) || !S_ISREG(st.st_mode))
		return 0;
	add_file(f, path, false);
	return 1;
}

static size_t walk_dir(struct plan_files *f, const char *dir, int depth)
{
	if (depth > WALK_MAX_DEPTH) {
		add_trouble(f, dir, _("directories nested too deeply"));
		return 0;
	}
	size_t count = 0, found = 0;
	struct entry *names = list_dir(dir, &count);
	if (!names) {
		add_trouble(f, dir, plan_strerror(errno));
		return 0;
	}
	for (size_t i = 0; i < count; i++) {
		const char *name = names[i].name;
		unsigned char type = names[i].type;
		if (type == DT_REG && !plan_is_yaml_name(name)) {
			free(names[i].name);
			continue;
		}
		char *path = join(dir, name);
		if (type == DT_REG) {
			add_file(f, path, false);
			found++;
		} else if (type == DT_DIR) {
			found += walk_dir(f, path, depth + 1);
		} else {
			found += walk_entry(f, path, name, depth);
		}
		free(path);
		free(names[i].name);
	}
	free(names);
	return found;
}

size_t plan_files_add(struct plan_files *f, const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0) {
		add_trouble(f, path, plan_strerror(errno));
		return 0;
	}
	if (S_ISDIR(st.st_mode))
		return walk_dir(f, path, 0);
	if (!plan_is_yaml_name(path))
		return 0;	/* SPEC 2: no *.yaml named, nothing to check */
	if (!S_ISREG(st.st_mode)) {
		add_trouble(f, path, _("not a regular file"));
		return 0;
	}
	add_file(f, path, true);
	return 1;
}
