/* ner.c — decoding with a loaded model; see ner.h. */
#include "ner.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

const char *const ner_type_names[NER_NTYPES] = { "PER", "ORG", "LOC", "MISC" };

int ner_allowed(int a, int b)
{
	int pa = a == NER_NT ? -1 : ner_tag_pos(a);
	int pb = ner_tag_pos(b);
	if (pa == NER_B || pa == NER_I)	/* inside: continue the same type */
		return (pb == NER_I || pb == NER_L) &&
		       ner_tag_type(a) == ner_tag_type(b);
	return pb == -1 || pb == NER_B || pb == NER_U;
}

static int can_end(int t)
{
	int p = ner_tag_pos(t);
	return p == -1 || p == NER_L || p == NER_U;
}

/* For each tag, the tags that may come before it (NER_NT: the start). */
static uint8_t preds[NER_NT][NER_NT + 1], npreds[NER_NT];

static void init_preds(void)
{
	if (npreds[0])
		return;
	for (int b = 0; b < NER_NT; b++)
		for (int a = 0; a <= NER_NT; a++)
			if (ner_allowed(a, b))
				preds[b][npreds[b]++] = (uint8_t)a;
}

void ner_viterbi(const float *emit, const float *trans, size_t n, uint8_t *tags)
{
	if (n == 0)
		return;
	init_preds();
	float dp[2][NER_NT];
	uint8_t *bp = nf_xmalloc(n * NER_NT);
	float *cur = dp[0], *prev = dp[1];
	for (int b = 0; b < NER_NT; b++)
		cur[b] = ner_allowed(NER_NT, b) ?
			 trans[NER_NT * NER_NT + b] + emit[b] : -FLT_MAX;
	for (size_t i = 1; i < n; i++) {
		float *t = prev;
		prev = cur;
		cur = t;
		for (int b = 0; b < NER_NT; b++) {
			float best = -FLT_MAX;
			int arg = 0;
			for (int k = 0; k < npreds[b]; k++) {
				int a = preds[b][k];
				if (a == NER_NT)
					continue;
				float s = prev[a] + trans[a * NER_NT + b];
				if (s > best) {
					best = s;
					arg = a;
				}
			}
			cur[b] = best + emit[i * NER_NT + b];
			bp[i * NER_NT + b] = (uint8_t)arg;
		}
	}
	int last = 0;
	float best = -FLT_MAX;
	for (int b = 0; b < NER_NT; b++)
		if (can_end(b) && cur[b] > best) {
			best = cur[b];
			last = b;
		}
	for (size_t i = n; i-- > 0;) {
		tags[i] = (uint8_t)last;
		last = bp[i * NER_NT + last];
	}
	free(bp);
}

static const ner_wslot *lookup(const ner_model *m, uint64_t h)
{
	uint32_t k = ner_key(h);
	for (uint32_t i = (uint32_t)h & m->wmask;; i = (i + 1) & m->wmask) {
		if (m->w[i].key == k)
			return &m->w[i];
		if (m->w[i].key == 0)
			return NULL;
	}
}

static void prefetch_token(const ner_model *m, const ner_sent *S, size_t i)
{
	for (size_t k = 0; k < S->nf[i]; k++)
		__builtin_prefetch(&m->w[(uint32_t)S->f[i * NER_MAXFEAT + k] & m->wmask]);
}

static void scores(const ner_model *m, const ner_sent *S, float *emit)
{
	/* the table is larger than the caches: ask for the slots of the
	 * tokens ahead while summing this one's */
	enum { AHEAD = 4 };
	for (size_t i = 0; i < AHEAD && i < S->n; i++)
		prefetch_token(m, S, i);
	for (size_t i = 0; i < S->n; i++) {
		if (i + AHEAD < S->n)
			prefetch_token(m, S, i + AHEAD);
		int32_t acc[NER_NT] = {0};
		const uint64_t *f = S->f + i * NER_MAXFEAT;
		for (size_t k = 0; k < S->nf[i]; k++) {
			const ner_wslot *w = lookup(m, f[k]);
			if (w)
				for (int t = 0; t < NER_NT; t++)
					acc[t] += (int32_t)w->w[t] * (1 << w->shift);
		}
		for (int t = 0; t < NER_NT; t++)
			emit[i * NER_NT + t] = (float)acc[t] / m->scale;
	}
}

void ner_tagger_init(ner_tagger *T)
{
	memset(T, 0, sizeof *T);
	T->mem = ner_mem_new();
}

void ner_tagger_free(ner_tagger *T)
{
	ner_sent_free(&T->S);
	free(T->emit);
	free(T->tags);
	ner_mem_free(T->mem);
	memset(T, 0, sizeof *T);
}

void ner_tagger_new_doc(ner_tagger *T)
{
	ner_mem_reset(T->mem);
}

void ner_tag(const ner_model *m, ner_tagger *T, const char *s,
	     const nf_tok *tok, size_t n)
{
	if (n > T->cap) {
		T->cap = n + n / 2 + 16;
		T->emit = nf_xrealloc(T->emit, T->cap * NER_NT * sizeof *T->emit);
		T->tags = nf_xrealloc(T->tags, T->cap);
	}
	ner_features(&T->S, s, tok, n, &m->lex, T->mem);
	scores(m, &T->S, T->emit);
	ner_viterbi(T->emit, m->trans, n, T->tags);
	ner_mem_update(T->mem, &T->S, T->tags);
}

void ner_mem_update(ner_mem *mem, const ner_sent *S, const uint8_t *tags)
{
	for (size_t i = 0; i < S->n; i++) {
		const ner_tokinfo *t = &S->ti[i];
		if (tags[i])
			ner_mem_add(mem, t->low, ner_tag_type(tags[i]));
		else if (t->cap && !S->caps && i > 0)
			ner_mem_add(mem, t->low, NER_NTYPES);
	}
}
