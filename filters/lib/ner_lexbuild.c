/* ner_lexbuild.c — see ner_lexbuild.h. */
#include "ner_lexbuild.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "tokenize.h"

uint32_t ner_table_size(size_t n)
{
	uint32_t s = 1;
	while (s < n * 10 / 7 + 1)
		s <<= 1;
	return s;
}

/* Slot of key h in a table of slots with a leading uint32 key. */
size_t ner_slot_of(const void *tab, size_t size, uint32_t mask, uint64_t h)
{
	uint32_t k = ner_key(h);
	for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
		uint32_t key;
		memcpy(&key, (const char *)tab + (size_t)i * size, 4);
		if (key == k || key == 0)
			return i;
	}
}

/* Cluster value -> small id, in order of first appearance. */
#define STRIDS 131072
typedef struct {
	uint64_t h[STRIDS];
	uint16_t id[STRIDS];
	size_t n;
} strids;

static uint16_t strid(strids *d, uint64_t h)
{
	h |= 1;
	size_t i = (size_t)h & (STRIDS - 1);
	while (d->h[i] && d->h[i] != h)
		i = (i + 1) & (STRIDS - 1);
	if (!d->h[i]) {
		if (d->n >= 65534)
			return 0;
		d->h[i] = h;
		d->id[i] = (uint16_t)++d->n;
	}
	return d->id[i];
}

static int bitstring(const char *s, size_t n)
{
	return n > 0 && strspn(s, "01") == n;
}

/* clusters.tsv: word TAB cluster [TAB cluster ...]; a bit-string path gives
 * its prefixes as coarser clusters. */
uint32_t ner_read_clusters(const char *path, ner_cslot **out)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	nf_blob b = nf_blob_file(path);
	fclose(f);
	size_t pos = 0, n = 0, len;
	const char *line;
	while (nf_blob_line(&b, &pos, &line, &len))
		n++;
	uint32_t size = ner_table_size(n);
	ner_cslot *t = nf_xcalloc(size, sizeof *t);
	strids *ids = nf_xcalloc(1, sizeof *ids);
	pos = 0;
	while (nf_blob_line(&b, &pos, &line, &len)) {
		const char *tab = memchr(line, '\t', len);
		if (!tab)
			continue;
		uint64_t h = ner_low_hash(line, (size_t)(tab - line));
		ner_cslot *c = &t[ner_slot_of(t, sizeof *t, size - 1, h)];
		if (c->key)
			continue;
		c->key = ner_key(h);
		int k = 0;
		for (const char *p = tab + 1; p < line + len && k < NER_NCLUS;) {
			const char *e = memchr(p, '\t', (size_t)(line + len - p));
			size_t fl = e ? (size_t)(e - p) : (size_t)(line + len - p);
			char v[64];
			if (fl >= sizeof v)
				fl = sizeof v - 1;
			memcpy(v, p, fl);
			v[fl] = 0;
			static const size_t pre[] = { 4, 8, 12 };
			if (bitstring(v, fl) && fl > 4) {
				for (size_t j = 0; j < 3 && k < NER_NCLUS && pre[j] < fl; j++)
					c->v[k++] = strid(ids, ner_comb(pre[j], ner_hash(v, pre[j])));
			}
			if (k < NER_NCLUS) {
				c->v[k] = strid(ids, ner_comb((uint64_t)k, ner_hash(v, fl)));
				k++;
			}
			p = e ? e + 1 : line + len;
		}
	}
	free(ids);
	nf_blob_free(&b);
	*out = t;
	return size;
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void gaz_insert(ner_gslot *t, uint32_t size, nf_toks *toks,
		       const char *line, size_t len, uint32_t bit)
{
	size_t n = nf_tokenize(line, len, toks);
	if (n == 0 || n > NER_MAXGAZ)
		return;
	uint64_t h[NER_MAXGAZ];
	for (size_t i = 0; i < n; i++)
		h[i] = ner_low_hash(line + toks->t[i].b, toks->t[i].e - toks->t[i].b);
	for (size_t len = 1; len <= n; len++) {
		uint64_t ph = ner_phrase_hash(h, len);
		ner_gslot *g = &t[ner_slot_of(t, sizeof *t, size - 1, ph)];
		g->key = ner_key(ph);
		g->mask |= len == n ? bit : NER_GAZ_PREFIX;
	}
}

/* gaz-KIND.txt files in name order, then titles.txt (bit k: k-th list).
 * Titles are entered with and without a final period ("Sen", "Sen."). */
uint32_t ner_read_gazetteers(const char *dir, ner_gslot **out, nf_buf *kinds)
{
	DIR *d = opendir(dir);
	char *names[32];
	size_t nn = 0;
	struct dirent *e;
	while (d && (e = readdir(d)))
		if (strncmp(e->d_name, "gaz-", 4) == 0 && nn < 30 &&
		    strlen(e->d_name) > 8 &&
		    strcmp(e->d_name + strlen(e->d_name) - 4, ".txt") == 0)
			names[nn++] = nf_xstrdup(e->d_name);
	if (d)
		closedir(d);
	qsort(names, nn, sizeof *names, cmpstr);
	char path[4096];
	snprintf(path, sizeof path, "%s/titles.txt", dir);
	FILE *tf = fopen(path, "r");
	if (tf) {
		fclose(tf);
		names[nn++] = nf_xstrdup("titles.txt");
	}
	if (nn == 0)
		return 0;
	nf_blob b[32];
	size_t total = 0;
	for (size_t k = 0; k < nn; k++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[k]);
		b[k] = nf_blob_file(path);
		size_t pos = 0, len;
		const char *line;
		while (nf_blob_line(&b[k], &pos, &line, &len))
			total += 3;	/* with "." and a prefix, often */
		int gaz = strncmp(names[k], "gaz-", 4) == 0;
		nf_buf_adds(kinds, k ? " " : "");
		nf_buf_add(kinds, names[k] + (gaz ? 4 : 0),
			   strlen(names[k]) - (gaz ? 8 : 4));
	}
	uint32_t size = ner_table_size(total);
	ner_gslot *t = nf_xcalloc(size, sizeof *t);
	nf_toks toks = {0};
	nf_buf dot = {0};
	for (size_t k = 0; k < nn; k++) {
		size_t pos = 0, len;
		const char *line;
		int titles = strcmp(names[k], "titles.txt") == 0;
		while (nf_blob_line(&b[k], &pos, &line, &len)) {
			gaz_insert(t, size, &toks, line, len, 1u << k);
			if (titles && line[len - 1] != '.' && !memchr(line, ' ', len)) {
				nf_buf_clear(&dot);
				nf_buf_add(&dot, line, len);
				nf_buf_addc(&dot, '.');
				gaz_insert(t, size, &toks, dot.s, dot.n, 1u << k);
			}
		}
		nf_blob_free(&b[k]);
		free(names[k]);
	}
	nf_buf_free(&dot);
	nf_toks_free(&toks);
	*out = t;
	return size;
}
