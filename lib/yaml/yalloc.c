#include "yaml/yalloc.h"

#include <pthread.h>
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

bool plan_yalloc_enabled(void)
{
	return false;
}

size_t plan_yalloc_slab_bytes(void)
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

/* Each thread frees onto and takes from its own lists: no lock on the
 * path every token takes.  A chunk freed by another thread than the one
 * that carved it simply joins that thread's lists. */
static _Thread_local struct {
	void *free[NCLASS];
	char *cur, *end;
} cache;

/* Slabs are the process's until exit, when they go back to malloc (so
 * that valgrind sees nothing left). */
static pthread_mutex_t slabs_lock = PTHREAD_MUTEX_INITIALIZER;
static struct slab *slabs;
static size_t slab_bytes;
static bool release_registered;

static void release_slabs(void)
{
	pthread_mutex_lock(&slabs_lock);
	for (struct slab *s = slabs, *next; s; s = next) {
		next = s->next;
		free(s);
	}
	slabs = NULL;
	slab_bytes = 0;
	pthread_mutex_unlock(&slabs_lock);
}

static bool new_slab(void)
{
	struct slab *s = malloc(SLAB_SIZE);
	if (!s)
		return false;
	pthread_mutex_lock(&slabs_lock);
	s->next = slabs;
	slabs = s;
	slab_bytes += SLAB_SIZE;
	if (!release_registered)
		release_registered = atexit(release_slabs) == 0;
	pthread_mutex_unlock(&slabs_lock);
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
	unsigned c = class_of(n);
	size_t need = sizeof(struct chunk_head) + ((size_t)1 << (c + MIN_SHIFT));
	if ((size_t)(cache.end - cache.cur) < need && !new_slab())
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

bool plan_yalloc_enabled(void)
{
	return true;
}

size_t plan_yalloc_slab_bytes(void)
{
	pthread_mutex_lock(&slabs_lock);
	size_t n = slab_bytes;
	pthread_mutex_unlock(&slabs_lock);
	return n;
}

#endif
