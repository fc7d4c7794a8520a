/* ner.h — named-entity tagger: averaged-perceptron model, BILOU tags,
 * Viterbi decoding, document memory.
 *
 * Tags: 0 = O, then for each type (PER ORG LOC MISC) B I L U. */
#ifndef NF_NER_H
#define NF_NER_H

#include <stddef.h>
#include <stdint.h>

#include "data.h"
#include "ner_feat.h"

#define NER_NTYPES 4
#define NER_NT (1 + 4 * NER_NTYPES)
enum { NER_B, NER_I, NER_L, NER_U };

extern const char *const ner_type_names[NER_NTYPES];

static inline int ner_tag_type(int t) { return t ? (t - 1) / 4 : -1; }
static inline int ner_tag_pos(int t) { return t ? (t - 1) % 4 : -1; }
static inline int ner_tag_make(int type, int pos) { return 1 + type * 4 + pos; }

/* One feature's weights: w[t] << shift, in units of 1/scale. Eight bits
 * per weight with a shift per feature keep the table small enough for the
 * caches (24 bytes a slot). */
typedef struct {
	uint32_t key;
	int8_t w[NER_NT];
	uint8_t shift;
	uint8_t pad[2];
} ner_wslot;

typedef struct {
	const ner_wslot *w;
	uint32_t wmask;
	float scale;		/* stored weight = weight * scale */
	const float *trans;	/* (NER_NT + 1) x NER_NT, last row: start */
	ner_lex lex;
	nf_blob blob;
	char trained[200];	/* what it was trained on */
} ner_model;

/* Load a model from a blob (taken over, freed by ner_model_free). On error
 * returns -1 with a reason in err ("truncated", "not a news-tag model", …). */
int ner_model_load(ner_model *m, nf_blob b, char *err, size_t errlen);
void ner_model_free(ner_model *m);

/* Write a model file; returns 0, or -1 on a write error. */
int ner_model_write(const char *path, const char *trained, float scale,
		    const float *trans, const ner_wslot *w, uint32_t wslots,
		    const ner_cslot *c, uint32_t cslots,
		    const ner_gslot *g, uint32_t gslots);

/* Best tag sequence under BILOU constraints. emit: n x NER_NT, trans as in
 * the model. */
void ner_viterbi(const float *emit, const float *trans, size_t n, uint8_t *tags);
/* 1 when tag b may follow tag a (a = NER_NT: sentence start). */
int ner_allowed(int a, int b);

/* A tagger's working memory, reused sentence after sentence. */
typedef struct {
	ner_sent S;
	float *emit;
	uint8_t *tags;
	size_t cap;
	ner_mem *mem;
} ner_tagger;

void ner_tagger_init(ner_tagger *T);
void ner_tagger_free(ner_tagger *T);
/* Start of a new document: forget the memory. */
void ner_tagger_new_doc(ner_tagger *T);
/* Tag tokens tok[0..n) of s: tags in T->tags[0..n). */
void ner_tag(const ner_model *m, ner_tagger *T, const char *s,
	     const nf_tok *tok, size_t n);

/* Remember how the words of a tagged sentence were tagged. */
void ner_mem_update(ner_mem *mem, const ner_sent *S, const uint8_t *tags);

#endif
