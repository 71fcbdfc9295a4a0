#include "yalloc.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(PLAN_LIBC_YAML_ALLOC) || defined(__SANITIZE_ADDRESS__)
#define YALLOC_OFF 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define YALLOC_OFF 1
#endif
#endif

#ifdef YALLOC_OFF

bool yalloc_enabled(void)
{
	return false;
}

size_t yalloc_slab_bytes(void)
{
	return 0;
}

#else

/* libyaml's own declarations are in its private header. */
void *yaml_malloc(size_t size);
void *yaml_realloc(void *ptr, size_t size);
void yaml_free(void *ptr);
unsigned char *yaml_strdup(const unsigned char *str);

/* Classes of 16 B to 8 KiB cover libyaml's strings, token queue and
 * stacks; its input buffers (16 and 48 KiB, one pair per parser) and long
 * scalars go to malloc. */
#define MIN_SHIFT 4
#define NCLASS 10
#define MAX_SMALL ((size_t)1 << (MIN_SHIFT + NCLASS - 1))
#define LARGE UINT32_MAX
#define SLAB_SIZE ((size_t)256 << 10)

/* Before every chunk; 16 bytes, so chunks stay aligned for any type. */
struct chunk_head {
	uint32_t cls;
	uint32_t unused;
	size_t size;	/* of a LARGE chunk */
};

struct slab {
	struct slab *next;
	max_align_t data[];
};

/* The unused end of a slab, handed over in its own first bytes. */
struct tail {
	struct tail *next;
	char *end;
};

/* Each thread frees onto and takes from its own lists: no lock on the
 * path every token takes.  A chunk freed by another thread than the one
 * that carved it simply joins that thread's lists. */
static _Thread_local struct {
	void *free[NCLASS];
	char *cur, *end;
	bool registered;	/* its key is set: give_back() runs at its end */
} cache;

/* What is shared, under one lock and only on the slow path: the slabs
 * (the process's until it ends), and the pool of what ended threads
 * freed and the unused ends of their slabs.  pooled says, without the
 * lock, whether the pool may hold anything. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct slab *slabs;
static size_t slab_bytes;
static void *pool[NCLASS];
static struct tail *tails;
static atomic_bool pooled;
static pthread_key_t key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

/* Whether the pool holds anything (lock held). */
static bool pool_nonempty(void)
{
	for (unsigned c = 0; c < NCLASS; c++)
		if (pool[c])
			return true;
	return tails != NULL;
}

/* A thread ends (its key's destructor): its free lists join the pool's,
 * and the rest of its slab becomes a tail. */
static void give_back(void *unused)
{
	(void)unused;
	pthread_mutex_lock(&lock);
	for (unsigned c = 0; c < NCLASS; c++) {
		void *first = cache.free[c], *last = first, *next;
		if (!first)
			continue;
		for (memcpy(&next, last, sizeof next); next;
		     memcpy(&next, last, sizeof next))
			last = next;
		memcpy(last, &pool[c], sizeof last);
		pool[c] = first;
		cache.free[c] = NULL;
	}
	if (cache.cur && (size_t)(cache.end - cache.cur) >= sizeof(struct tail)) {
		struct tail *t = (struct tail *)(void *)cache.cur;
		t->next = tails;
		t->end = cache.end;
		tails = t;
	}
	cache.cur = cache.end = NULL;
	cache.registered = false;
	atomic_store_explicit(&pooled, pool_nonempty(), memory_order_relaxed);
	pthread_mutex_unlock(&lock);
}

static void make_key(void)
{
	if (pthread_key_create(&key, give_back) != 0)
		abort();	/* out of keys: nothing better to do */
}

/* The calling thread hands its lists back when it ends (a thread that
 * never ends, as main, keeps them). */
static void register_thread(void)
{
	pthread_once(&key_once, make_key);
	cache.registered = pthread_setspecific(key, &cache) == 0;
}

/* The pool's list of class c, all of it, as the thread's own. */
static bool from_pool(unsigned c)
{
	if (!atomic_load_explicit(&pooled, memory_order_relaxed))
		return false;
	pthread_mutex_lock(&lock);
	cache.free[c] = pool[c];
	pool[c] = NULL;
	atomic_store_explicit(&pooled, pool_nonempty(), memory_order_relaxed);
	pthread_mutex_unlock(&lock);
	return cache.free[c] != NULL;
}

/* More room to carve from: a tail from the pool, else a new slab. */
static bool new_slab(void)
{
	pthread_mutex_lock(&lock);
	struct tail *t = tails;
	if (t) {
		tails = t->next;
		atomic_store_explicit(&pooled, pool_nonempty(),
				      memory_order_relaxed);
		pthread_mutex_unlock(&lock);
		cache.end = t->end;
		cache.cur = (char *)t;
		return true;
	}
	pthread_mutex_unlock(&lock);
	struct slab *s = malloc(SLAB_SIZE);
	if (!s)
		return false;
	pthread_mutex_lock(&lock);
	s->next = slabs;
	slabs = s;
	slab_bytes += SLAB_SIZE;
	pthread_mutex_unlock(&lock);
	cache.cur = (char *)s->data;
	cache.end = (char *)s + SLAB_SIZE;
	return true;
}

static unsigned class_of(size_t n)
{
	if (n <= (size_t)1 << MIN_SHIFT)
		return 0;
	return (unsigned)(64 - __builtin_clzll((unsigned long long)n - 1)) -
	       MIN_SHIFT;
}

static size_t capacity(const struct chunk_head *h)
{
	return h->cls == LARGE ? h->size : (size_t)1 << (h->cls + MIN_SHIFT);
}

static void *take_large(size_t n)
{
	if (n > SIZE_MAX - sizeof(struct chunk_head))
		return NULL;
	struct chunk_head *h = malloc(sizeof *h + n);
	if (!h)
		return NULL;
	h->cls = LARGE;
	h->size = n;
	return h + 1;
}

/* A chunk carved from the slab, or a large one: out of line, so that the
 * path nearly every allocation takes (a free 16-byte chunk) saves no
 * registers. */
static __attribute__((noinline)) void *take_new(size_t n)
{
	if (n > MAX_SMALL)
		return take_large(n);
	if (!cache.registered)
		register_thread();
	unsigned c = class_of(n);
	if (from_pool(c)) {
		void *p = cache.free[c];
		memcpy(&cache.free[c], p, sizeof p);
		return p;
	}
	size_t need = sizeof(struct chunk_head) + ((size_t)1 << (c + MIN_SHIFT));
	while ((size_t)(cache.end - cache.cur) < need)
		if (!new_slab())
			return NULL;
	struct chunk_head *h = (struct chunk_head *)(void *)cache.cur;
	cache.cur += need;
	h->cls = c;
	return h + 1;
}

static inline void *take(size_t n)
{
	if (n <= MAX_SMALL) {
		unsigned c = class_of(n);
		void *p = cache.free[c];
		if (p) {
			memcpy(&cache.free[c], p, sizeof p);
			return p;
		}
	}
	return take_new(n);
}

static inline void give(void *p)
{
	struct chunk_head *h = (struct chunk_head *)p - 1;
	if (h->cls == LARGE) {
		free(h);
		return;
	}
	memcpy(p, &cache.free[h->cls], sizeof p);
	cache.free[h->cls] = p;
}

void *yaml_malloc(size_t size)
{
	return take(size);
}

void *yaml_realloc(void *ptr, size_t size)
{
	if (!ptr)
		return take(size);
	struct chunk_head *h = (struct chunk_head *)ptr - 1;
	size_t have = capacity(h);
	if (size <= have)
		return ptr;
	if (h->cls == LARGE) {	/* and stays large: it only grows */
		if (size > SIZE_MAX - sizeof *h)
			return NULL;
		h = realloc(h, sizeof *h + size);
		if (!h)
			return NULL;
		h->size = size;
		return h + 1;
	}
	void *q = take(size);
	if (!q)
		return NULL;
	memcpy(q, ptr, have);
	give(ptr);
	return q;
}

void yaml_free(void *ptr)
{
	if (ptr)
		give(ptr);
}

unsigned char *yaml_strdup(const unsigned char *str)
{
	if (!str)
		return NULL;
	size_t n = strlen((const char *)str) + 1;
	unsigned char *p = take(n);
	return p ? memcpy(p, str, n) : NULL;
}

bool yalloc_enabled(void)
{
	return true;
}

size_t yalloc_slab_bytes(void)
{
	pthread_mutex_lock(&lock);
	size_t n = slab_bytes;
	pthread_mutex_unlock(&lock);
	return n;
}

#endif
