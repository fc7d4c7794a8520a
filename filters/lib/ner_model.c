/* ner_model.c — the model file: a text header, then the tables as they lie
 * in memory, so a compiled-in model needs no parsing.
 *
 *   newsfilters-ner-model 2          version line
 *   tags BILOU PER ORG LOC MISC
 *   trained WHAT                     what the weights were trained on
 *   scale S                          stored weight = weight * S
 *   wslots N / cslots N / gslots N   table sizes (powers of two, or 0)
 *   checksum H                       FNV-style hash of everything after the header
 *   (newlines up to HEADER bytes)
 *   float trans[18][17]; ner_wslot w[wslots]; ner_cslot c[cslots];
 *   ner_gslot g[gslots]              little-endian
 */
#include "ner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC "newsfilters-ner-model 2\n"
#define HEADER 1024
#define NTRANS ((NER_NT + 1) * NER_NT)

static uint64_t checksum(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0x100000001b3ULL;
	}
	for (; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 0x100000001b3ULL;
	return h;
}

static size_t body_size(uint32_t ws, uint32_t cs, uint32_t gs)
{
	return NTRANS * sizeof(float) + (size_t)ws * sizeof(ner_wslot) +
	       (size_t)cs * sizeof(ner_cslot) + (size_t)gs * sizeof(ner_gslot);
}

static int pow2(uint32_t n)
{
	return n == 0 || (n & (n - 1)) == 0;
}

static int fail(char *err, size_t errlen, const char *why)
{
	snprintf(err, errlen, "%s", why);
	return -1;
}

/* Value of header line "key VALUE" as text, or NULL. */
static const char *field(const char *h, const char *key)
{
	size_t kl = strlen(key);
	for (const char *p = h; p && p < h + HEADER;) {
		if (strncmp(p, key, kl) == 0 && p[kl] == ' ')
			return p + kl + 1;
		p = memchr(p, '\n', (size_t)(h + HEADER - p));
		if (p)
			p++;
	}
	return NULL;
}

int ner_model_load(ner_model *m, nf_blob b, char *err, size_t errlen)
{
	memset(m, 0, sizeof *m);
	m->blob = b;
	if (b.n < strlen(MAGIC) || memcmp(b.s, MAGIC, strlen(MAGIC)) != 0)
		return fail(err, errlen, "not a news-tag model (no 'newsfilters-ner-model 2' line)");
	if (b.n < HEADER)
		return fail(err, errlen, "truncated model (header cut short)");
	char head[HEADER + 1];
	memcpy(head, b.s, HEADER);
	head[HEADER] = 0;
	const char *ws = field(head, "wslots"), *cs = field(head, "cslots"),
		   *gs = field(head, "gslots"), *sc = field(head, "scale"),
		   *ck = field(head, "checksum"), *tr = field(head, "trained");
	if (!ws || !cs || !gs || !sc || !ck)
		return fail(err, errlen, "corrupt model header");
	unsigned long w = strtoul(ws, NULL, 10), c = strtoul(cs, NULL, 10),
		      g = strtoul(gs, NULL, 10);
	unsigned long long sum = strtoull(ck, NULL, 16);
	m->scale = strtof(sc, NULL);
	if (w == 0 || w > (1UL << 28) || c > (1UL << 28) || g > (1UL << 28) ||
	    !pow2((uint32_t)w) || !pow2((uint32_t)c) || !pow2((uint32_t)g) ||
	    !(m->scale > 0))
		return fail(err, errlen, "corrupt model header");
	size_t need = HEADER + body_size((uint32_t)w, (uint32_t)c, (uint32_t)g);
	if (b.n < need)
		return fail(err, errlen, "truncated model (file shorter than its header says)");
	if (b.n > need)
		return fail(err, errlen, "corrupt model (trailing bytes)");
	if (checksum(b.s + HEADER, need - HEADER) != sum)
		return fail(err, errlen, "corrupt model (checksum mismatch)");
	if (tr) {
		size_t l = strcspn(tr, "\n");
		if (l >= sizeof m->trained)
			l = sizeof m->trained - 1;
		memcpy(m->trained, tr, l);
	}
	const char *p = b.s + HEADER;
	m->trans = (const float *)(const void *)p;
	p += NTRANS * sizeof(float);
	m->w = (const ner_wslot *)(const void *)p;
	m->wmask = (uint32_t)w - 1;
	p += w * sizeof(ner_wslot);
	m->lex.c = c ? (const ner_cslot *)(const void *)p : NULL;
	m->lex.cmask = c ? (uint32_t)c - 1 : 0;
	p += c * sizeof(ner_cslot);
	m->lex.g = g ? (const ner_gslot *)(const void *)p : NULL;
	m->lex.gmask = g ? (uint32_t)g - 1 : 0;
	return 0;
}

void ner_model_free(ner_model *m)
{
	nf_blob_free(&m->blob);
	memset(m, 0, sizeof *m);
}

int ner_model_write(const char *path, const char *trained, float scale,
		    const float *trans, const ner_wslot *w, uint32_t wslots,
		    const ner_cslot *c, uint32_t cslots,
		    const ner_gslot *g, uint32_t gslots)
{
	size_t n = body_size(wslots, cslots, gslots);
	char *body = malloc(n);
	if (!body)
		return -1;
	char *p = body;
	memcpy(p, trans, NTRANS * sizeof(float));
	p += NTRANS * sizeof(float);
	memcpy(p, w, (size_t)wslots * sizeof *w);
	p += (size_t)wslots * sizeof *w;
	if (cslots)
		memcpy(p, c, (size_t)cslots * sizeof *c);
	p += (size_t)cslots * sizeof *c;
	if (gslots)
		memcpy(p, g, (size_t)gslots * sizeof *g);
	char head[HEADER];
	memset(head, '\n', sizeof head);
	int hl = snprintf(head, sizeof head,
			  MAGIC "tags BILOU PER ORG LOC MISC\ntrained %s\n"
			  "scale %.9g\nwslots %u\ncslots %u\ngslots %u\n"
			  "checksum %016llx\n", trained, scale, wslots, cslots,
			  gslots, (unsigned long long)checksum(body, n));
	if (hl < 0 || (size_t)hl >= sizeof head) {
		free(body);
		return -1;
	}
	head[hl] = '\n';
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(head, 1, sizeof head, f) == sizeof head &&
		 fwrite(body, 1, n, f) == n;
	if (f && fclose(f) != 0)
		ok = 0;
	free(body);
	return ok ? 0 : -1;
}
