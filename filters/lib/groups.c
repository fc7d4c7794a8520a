/* groups.c — open-addressing hash table of group keys (see groups.h). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "groups.h"

struct arena {
	struct arena *next;
	size_t used, cap;
	char mem[];
};

struct nf_groups {
	nf_group **slot;	/* power-of-two table, NULL = empty */
	uint64_t *hash;
	size_t cap, len;
	struct arena *arena;
};

static void *
arena_alloc(nf_groups *g, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (!g->arena || g->arena->cap - g->arena->used < n) {
		size_t cap = n > (1 << 20) ? n : (1 << 20);
		struct arena *a = nf_xmalloc(sizeof *a + cap);
		a->next = g->arena;
		a->used = 0;
		a->cap = cap;
		g->arena = a;
	}
	void *p = g->arena->mem + g->arena->used;
	g->arena->used += n;
	return p;
}

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

static uint64_t
hash_fields(const nf_str *f, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL;

	for (size_t k = 0; k < n; k++) {
		const unsigned char *s = (const unsigned char *)f[k].s;
		size_t len = f[k].n, i = 0;
		for (; i + 8 <= len; i += 8) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			h = (h ^ w) * 0x100000001b3ULL;
			h ^= h >> 29;
		}
		uint64_t tail = len;	/* the length separates fields */
		for (; i < len; i++)
			tail = tail << 8 | s[i];
		h = mix(h ^ tail);
	}
	return h;
}

static int
same_key(const nf_group *gr, const nf_str *f, size_t n)
{
	const char *k = gr->key, *end = gr->key + gr->keylen;

	for (size_t i = 0; i < n; i++) {
		if ((size_t)(end - k) < f[i].n + 1 || memcmp(k, f[i].s, f[i].n) != 0 || k[f[i].n] != '\0')
			return 0;
		k += f[i].n + 1;
	}
	return k == end;
}

nf_groups *
nf_groups_new(void)
{
	nf_groups *g = nf_xcalloc(1, sizeof *g);
	g->cap = 1024;
	g->slot = nf_xcalloc(g->cap, sizeof *g->slot);
	g->hash = nf_xcalloc(g->cap, sizeof *g->hash);
	return g;
}

void
nf_groups_free(nf_groups *g)
{
	if (!g)
		return;
	while (g->arena) {
		struct arena *next = g->arena->next;
		free(g->arena);
		g->arena = next;
	}
	free(g->slot);
	free(g->hash);
	free(g);
}

static void
grow(nf_groups *g)
{
	size_t ncap = g->cap * 2;
	nf_group **slot = nf_xcalloc(ncap, sizeof *slot);
	uint64_t *hash = nf_xcalloc(ncap, sizeof *hash);

	for (size_t i = 0; i < g->cap; i++) {
		if (!g->slot[i])
			continue;
		size_t j = g->hash[i] & (ncap - 1);
		while (slot[j])
			j = (j + 1) & (ncap - 1);
		slot[j] = g->slot[i];
		hash[j] = g->hash[i];
	}
	free(g->slot);
	free(g->hash);
	g->slot = slot;
	g->hash = hash;
	g->cap = ncap;
}

nf_group *
nf_groups_get(nf_groups *g, const nf_str *f, size_t n)
{
	uint64_t h = hash_fields(f, n);
	size_t i = h & (g->cap - 1);

	for (; g->slot[i]; i = (i + 1) & (g->cap - 1))
		if (g->hash[i] == h && same_key(g->slot[i], f, n))
			return g->slot[i];

	size_t keylen = 0;
	for (size_t k = 0; k < n; k++)
		keylen += f[k].n + 1;
	nf_group *gr = arena_alloc(g, sizeof *gr + keylen);
	char *key = (char *)(gr + 1), *p = key;
	for (size_t k = 0; k < n; k++) {
		memcpy(p, f[k].s, f[k].n);
		p[f[k].n] = '\0';
		p += f[k].n + 1;
	}
	memset(gr, 0, sizeof *gr);
	gr->key = key;
	gr->keylen = keylen;
	g->slot[i] = gr;
	g->hash[i] = h;
	if (++g->len * 4 > g->cap * 3)
		grow(g);
	return gr;
}

size_t
nf_groups_len(const nf_groups *g)
{
	return g->len;
}

static int
by_count_then_key(const void *a, const void *b)
{
	const nf_group *x = *(nf_group *const *)a, *y = *(nf_group *const *)b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
	int c = memcmp(x->key, y->key, n);
	if (c)
		return c;
	return (x->keylen > y->keylen) - (x->keylen < y->keylen);
}

nf_group **
nf_groups_sorted(nf_groups *g)
{
	nf_group **all = nf_xcalloc(g->len ? g->len : 1, sizeof *all);
	size_t k = 0;

	for (size_t i = 0; i < g->cap; i++)
		if (g->slot[i])
			all[k++] = g->slot[i];
	qsort(all, k, sizeof *all, by_count_then_key);
	return all;
}
