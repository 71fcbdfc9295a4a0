#include "base/atomic.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"

int plan_atomic_open(struct plan_atomic *w, const char *path)
{
	size_t n = strlen(path);
	w->path = plan_xstrdup(path);
	w->tmp = plan_xmalloc(n + 16);
	memcpy(w->tmp, path, n);
	memcpy(w->tmp + n, ".tmp.XXXXXX", 12);
	int fd = mkstemp(w->tmp);
	if (fd < 0 || !(w->fp = fdopen(fd, "w"))) {
		int e = errno;
		if (fd >= 0) {
			close(fd);
			unlink(w->tmp);
		}
		free(w->tmp);
		free(w->path);
		errno = e;
		return -1;
	}
	/* mkstemp makes 0600; a report is for others to read */
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	return 0;
}

static void release(struct plan_atomic *w)
{
	free(w->tmp);
	free(w->path);
	w->fp = NULL;
	w->tmp = w->path = NULL;
}

void plan_atomic_abort(struct plan_atomic *w)
{
	if (w->fp)
		fclose(w->fp);
	unlink(w->tmp);
	release(w);
}

int plan_atomic_commit(struct plan_atomic *w)
{
	int bad = fflush(w->fp) != 0 || ferror(w->fp) ||
		  fsync(fileno(w->fp)) != 0;
	int e = errno;
	if (fclose(w->fp) != 0 && !bad)
		bad = 1, e = errno;
	w->fp = NULL;
	if (!bad && rename(w->tmp, w->path) != 0)
		bad = 1, e = errno;
	if (bad)
		unlink(w->tmp);
	release(w);
	errno = e;
	return bad ? -1 : 0;
}
