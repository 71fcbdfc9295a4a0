/*
 * walk.h - command-line paths -> the YAML files to check (SPEC 2).
 *
 * A directory is walked in byte-wise name order, skipping names that begin
 * with `.`, not following symbolic links to directories; `*.yaml` and
 * `*.yml` files are taken.  A file named on the command line must be
 * called so too ("named": not-a-plan applies to it).
 */
#ifndef PLAN_WALK_H
#define PLAN_WALK_H

#include <stdbool.h>
#include <stddef.h>

struct plan_file {
	char *path;		/* as given, or joined under it (malloc'd) */
	bool named;		/* given on the command line */
};

struct plan_files {
	struct plan_file *v;
	size_t n, cap;
	char **trouble;		/* "path: why" for what could not be read */
	size_t ntrouble;
};

void plan_files_init(struct plan_files *f);
void plan_files_release(struct plan_files *f);

/* Add path (a file or a directory).  Returns the number of YAML files it
 * gave; 0 is trouble for the caller ("nothing to check"), and unreadable
 * entries are added to f->trouble. */
size_t plan_files_add(struct plan_files *f, const char *path);

/* True for a name ending in .yaml or .yml. */
bool plan_is_yaml_name(const char *name);

#endif
