/* ner_feat.h — the tagger's features: 64-bit hashes, per token.
 *
 * The trainer and the tagger compute the very same hashes from the same
 * tokens, lexicon tables (word clusters, gazetteers) and document memory;
 * a model is a table from these hashes to weights. */
#ifndef NF_NER_FEAT_H
#define NF_NER_FEAT_H

#include <stddef.h>
#include <stdint.h>

#include "tokenize.h"

#define NER_MAXFEAT 96		/* features of one token, at most */
#define NER_MAXGAZ 6		/* tokens in a gazetteer entry, at most */
#define NER_NCLUS 4		/* cluster values per word */

static inline uint64_t ner_mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

static inline uint64_t ner_hash(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
	return h;
}

static inline uint64_t ner_comb(uint64_t a, uint64_t b)
{
	return ner_mix(a * 0x9E3779B97F4A7C15ULL + b);
}

/* Open-addressing tables keyed by the high half of a hash, 0 = empty. */
static inline uint32_t ner_key(uint64_t h)
{
	uint32_t k = (uint32_t)(h >> 32);
	return k ? k : 1;
}

typedef struct {
	uint32_t key;
	uint16_t v[NER_NCLUS];	/* cluster values, 0 = none */
} ner_cslot;

#define NER_GAZ_PREFIX (1u << 31)	/* the start of a longer entry */

typedef struct {
	uint32_t key;
	uint32_t mask;		/* bit k: entry of gazetteer k; NER_GAZ_PREFIX */
} ner_gslot;

/* Word clusters and gazetteers; the model file carries them. */
typedef struct {
	const ner_cslot *c;
	uint32_t cmask;		/* slots - 1, slots a power of two */
	const ner_gslot *g;
	uint32_t gmask;
} ner_lex;

const ner_cslot *ner_lex_word(const ner_lex *x, uint64_t h);
uint32_t ner_lex_gaz(const ner_lex *x, uint64_t h);

/* Per-token facts computed once per sentence. */
typedef struct {
	uint64_t word, low, lowd, shape, sshape;	/* lowd: digits as 0 */
	uint64_t pre[4], suf[4];
	uint8_t cap, allcap, lower, digit, punct, len;
	const ner_cslot *clus;	/* the word's clusters, or NULL */
} ner_tokinfo;

/* Document memory: how words were tagged earlier in the document. */
typedef struct ner_mem ner_mem;
ner_mem *ner_mem_new(void);
void ner_mem_free(ner_mem *m);
void ner_mem_reset(ner_mem *m);
void ner_mem_add(ner_mem *m, uint64_t low, int type);	/* type 0..4, 4 = O */
int ner_mem_best(const ner_mem *m, uint64_t low);	/* -1 when unseen */

typedef struct {
	ner_tokinfo *ti;
	uint64_t *f;		/* n * NER_MAXFEAT */
	uint16_t *nf;
	size_t n, cap;
	int caps;		/* 1 headline in capitals, 2 in title case */
} ner_sent;

/* Features of the tokens tok[0..n) of text s. lex and mem may be NULL. */
void ner_features(ner_sent *S, const char *s, const nf_tok *tok, size_t n,
		  const ner_lex *lex, const ner_mem *mem);
void ner_sent_free(ner_sent *S);

/* Lower-cased hash of one token, as gazetteer phrases use it. */
uint64_t ner_low_hash(const char *s, size_t n);
/* Hash of the phrase of lower-cased token hashes h[0..n). */
uint64_t ner_phrase_hash(const uint64_t *h, size_t n);

#endif
