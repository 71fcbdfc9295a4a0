#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "repo/repo_priv.h"

/* What one file gave, kept until the files before it are merged. */
struct load_slot {
	struct plan_doc *doc;
	struct plan_findings *findings;
	int err;
	atomic_bool done;
};

struct load_job {
	struct plan_repo *r;
	size_t first, n;
	struct load_slot *slots;
	atomic_size_t next;		/* the next file to take */
	atomic_size_t finished;
};

static void load_one(struct load_job *j, struct repo_loader *l, size_t k)
{
	struct load_slot *s = &j->slots[k];
	s->findings = plan_findings_new(j->r->o.config);
	s->doc = plan_repo_load_file(j->r, l, &j->r->files.v[j->first + k],
				s->findings, &s->err);
	atomic_store(&s->done, true);
	atomic_fetch_add(&j->finished, 1);
}

struct worker {
	pthread_t tid;
	struct load_job *job;
	struct repo_loader loader;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	struct load_job *j = w->job;
	for (size_t k; (k = atomic_fetch_add(&j->next, 1)) < j->n;)
		load_one(j, &w->loader, k);
	return NULL;
}

static void load_serial(struct plan_repo *r, size_t first,
			struct plan_findings *out)
{
	struct plan_findings *local = plan_findings_new(r->o.config);
	struct repo_loader l;
	plan_repo_loader_init(&l, r);
	size_t n = r->files.n - first;
	for (size_t k = 0; k < n; k++) {
		int err;
		const struct plan_file *f = &r->files.v[first + k];
		struct plan_doc *d = plan_repo_load_file(r, &l, f, local, &err);
		plan_repo_accept(r, f, d, err, local, out);
		if (r->o.progress)
			r->o.progress(r->o.progress_ctx, k + 1, n);
	}
	plan_repo_loader_done(r, &l);
	plan_findings_free(local);
}

static void merge(struct plan_repo *r, const struct load_job *j,
		  struct plan_findings *out)
{
	for (size_t k = 0; k < j->n; k++) {
		struct load_slot *s = &j->slots[k];
		plan_repo_accept(r, &r->files.v[j->first + k], s->doc, s->err,
			    s->findings, out);
		plan_findings_free(s->findings);
	}
}

void plan_repo_load_files(struct plan_repo *r, size_t first,
		     struct plan_findings *out)
{
	size_t n = r->files.n - first;
	unsigned jobs = r->o.jobs ? r->o.jobs : 1;
	if (jobs == 1 || n < 2) {
		load_serial(r, first, out);
		return;
	}
	if (jobs > 64)
		jobs = 64;
	struct load_job j = {.r = r, .first = first, .n = n};
	j.slots = plan_xmalloc(n * sizeof *j.slots);
	memset(j.slots, 0, n * sizeof *j.slots);
	atomic_init(&j.next, 0);
	atomic_init(&j.finished, 0);
	struct worker w[64];
	unsigned started = 0;
	for (unsigned t = 1; t < jobs; t++) {
		w[started].job = &j;
		plan_repo_loader_init(&w[started].loader, r);
		if (!pthread_create(&w[started].tid, NULL, work, &w[started]))
			started++;
		else
			plan_repo_loader_done(r, &w[started].loader);
	}
	/* the calling thread works too, and reports progress as it goes */
	struct repo_loader own;
	plan_repo_loader_init(&own, r);
	for (size_t k; (k = atomic_fetch_add(&j.next, 1)) < n;) {
		load_one(&j, &own, k);
		if (r->o.progress)
			r->o.progress(r->o.progress_ctx,
				      atomic_load(&j.finished), n);
	}
	plan_repo_loader_done(r, &own);
	for (unsigned t = 0; t < started; t++) {
		pthread_join(w[t].tid, NULL);
		plan_repo_loader_done(r, &w[t].loader);
	}
	/* the workers may have taken every file: the end is reported */
	if (r->o.progress)
		r->o.progress(r->o.progress_ctx, n, n);
	merge(r, &j, out);
	free(j.slots);
}
