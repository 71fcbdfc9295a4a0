/*
 * atomic.h - write a report file atomically: into a temporary file beside
 * it, renamed over the target only when everything was written.  An
 * interrupted or failed run leaves the old file (or none), never half.
 */
#ifndef PLAN_ATOMIC_H
#define PLAN_ATOMIC_H

#include <stdio.h>

struct plan_atomic {
	FILE *fp;
	char *tmp, *path;
};

/* Open a temporary file for path.  Returns 0, or -1 with errno. */
int plan_atomic_open(struct plan_atomic *w, const char *path);
/* Flush, sync and rename into place; on any error remove the temporary
 * file.  Returns 0, or -1 with errno.  Always releases w. */
int plan_atomic_commit(struct plan_atomic *w);
/* Give up: remove the temporary file and release w. */
void plan_atomic_abort(struct plan_atomic *w);

#endif
