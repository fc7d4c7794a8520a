/* ner_feat.c — see ner_feat.h. */
#include "ner_feat.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"

/* Feature templates: the id is mixed into every hash. */
enum {
	T_BIAS = 1, T_WORD, T_LOW, T_SHAPE, T_SSHAPE, T_PRE, T_SUF = T_PRE + 4,
	T_PREV = T_SUF + 4, T_NEXT, T_PREV2, T_NEXT2, T_BI_PREV, T_BI_NEXT,
	T_SH_PREV, T_SH_NEXT, T_SH_TRI, T_FIRST, T_PREV_SH, T_SH_NEXTW,
	T_CLUS, T_CLUS_PREV = T_CLUS + NER_NCLUS, T_CLUS_NEXT = T_CLUS_PREV + 2,
	T_GAZ = T_CLUS_NEXT + 2, T_MEM, T_MEM_SH, T_CAPS_LOW, T_GAZ_PREV,
	T_GAZ_NEXT
};

static const uint64_t H_BOS = 0x5bd1e9955bd1e995ULL, H_EOS = 0x27d4eb2f165667c5ULL;

static uint32_t lower_cp(uint32_t cp)
{
	enum nf_cclass c = nf_cclass(cp);
	if (c != NF_C_UPPER)
		return cp;
	if (cp < 0x100 || (cp >= 0x391 && cp <= 0x3A9) ||
	    (cp >= 0x410 && cp <= 0x42F))
		return cp + 32;
	if (cp == 0x178)
		return 0xFF;
	if (cp < 0x180)
		return cp + 1;
	if (cp >= 0x400 && cp < 0x410)
		return cp + 80;
	return cp;
}

static char shape_char(enum nf_cclass c, uint32_t cp)
{
	switch (c) {
	case NF_C_UPPER: return 'X';
	case NF_C_LOWER: case NF_C_LETTER: return 'x';
	case NF_C_DIGIT: return 'd';
	default: return cp < 0x80 ? (char)cp : '#';
	}
}

#define MAXCP 48

/* Fill one token's facts. */
static void tokinfo(ner_tokinfo *t, const char *s, size_t n)
{
	char low[MAXCP * 4], lowd[MAXCP * 4], shape[16], sshape[16];
	size_t lb[MAXCP + 1];	/* byte offset in low of each code point */
	size_t nl = 0, ncp = 0, nsh = 0, nss = 0, nlet = 0, nup = 0, npun = 0;
	memset(t, 0, sizeof *t);
	t->word = ner_hash(s, n);
	for (size_t i = 0; i < n && ncp < MAXCP;) {
		size_t l;
		uint32_t cp = nf_utf8_decode(s + i, n - i, &l);
		enum nf_cclass c = nf_cclass(cp);
		i += l;
		if (ncp == 0) {
			t->cap = c == NF_C_UPPER;
			t->lower = c == NF_C_LOWER;
		}
		nlet += c == NF_C_UPPER || c == NF_C_LOWER || c == NF_C_LETTER;
		nup += c == NF_C_UPPER;
		npun += c == NF_C_PUNCT;
		t->digit |= c == NF_C_DIGIT;
		char sc = shape_char(c, cp);
		if (nsh < sizeof shape)
			shape[nsh++] = sc;
		if (nss < sizeof sshape && (nss == 0 || sshape[nss - 1] != sc))
			sshape[nss++] = sc;
		lb[ncp++] = nl;
		size_t el = nf_utf8_encode(lower_cp(cp), low + nl);
		memcpy(lowd + nl, low + nl, el);
		if (c == NF_C_DIGIT)
			lowd[nl] = '0';
		nl += el;
	}
	lb[ncp] = nl;
	t->len = (uint8_t)ncp;
	t->allcap = nlet > 0 && nup == nlet;
	t->punct = npun == ncp;
	t->low = ner_hash(low, nl);
	t->lowd = ner_hash(lowd, nl);
	t->shape = ner_hash(shape, nsh);
	t->sshape = ner_hash(sshape, nss);
	for (size_t k = 1; k <= 4 && k < ncp; k++) {
		t->pre[k - 1] = ner_hash(low, lb[k]);
		t->suf[k - 1] = ner_hash(low + lb[ncp - k], nl - lb[ncp - k]);
	}
}

uint64_t ner_low_hash(const char *s, size_t n)
{
	ner_tokinfo t;
	tokinfo(&t, s, n);
	return t.low;
}

uint64_t ner_phrase_hash(const uint64_t *h, size_t n)
{
	uint64_t p = 0x9ae16a3b2f90404fULL;
	for (size_t i = 0; i < n; i++)
		p = ner_comb(p, h[i]);
	return p;
}

const ner_cslot *ner_lex_word(const ner_lex *x, uint64_t h)
{
	if (!x || !x->c)
		return NULL;
	uint32_t k = ner_key(h);
	for (uint32_t i = (uint32_t)h & x->cmask;; i = (i + 1) & x->cmask) {
		if (x->c[i].key == k)
			return &x->c[i];
		if (x->c[i].key == 0)
			return NULL;
	}
}

uint32_t ner_lex_gaz(const ner_lex *x, uint64_t h)
{
	if (!x || !x->g)
		return 0;
	uint32_t k = ner_key(h);
	for (uint32_t i = (uint32_t)h & x->gmask;; i = (i + 1) & x->gmask) {
		if (x->g[i].key == k)
			return x->g[i].mask;
		if (x->g[i].key == 0)
			return 0;
	}
}

static void add(ner_sent *S, size_t i, uint64_t tmpl, uint64_t h)
{
	if (S->nf[i] < NER_MAXFEAT)
		S->f[i * NER_MAXFEAT + S->nf[i]++] = ner_comb(tmpl, h) | 1;
}

static void reserve(ner_sent *S, size_t n)
{
	if (n <= S->cap)
		return;
	S->cap = n + n / 2 + 16;
	S->ti = nf_xrealloc(S->ti, S->cap * sizeof *S->ti);
	S->f = nf_xrealloc(S->f, S->cap * NER_MAXFEAT * sizeof *S->f);
	S->nf = nf_xrealloc(S->nf, S->cap * sizeof *S->nf);
}

/* Words a title-case headline capitalises and ordinary text does not. */
static const char *const title_words[] = {
	"a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at",
	"for", "with", "from", "by", "as", "is", "are", "was", "were", "be",
	"will", "has", "have", "had", "says", "said", "over", "after", "into",
	"up", "out", "amid", "its", "his", "her", "their",
};

static int title_word(uint64_t low)
{
	static uint64_t h[sizeof title_words / sizeof *title_words];
	size_t n = sizeof h / sizeof *h;
	if (!h[0])
		for (size_t i = 0; i < n; i++)
			h[i] = ner_hash(title_words[i], strlen(title_words[i]));
	for (size_t i = 0; i < n; i++)
		if (h[i] == low)
			return 1;
	return 0;
}

/* Case mode of a sentence: 1 a headline in capitals, 2 a headline in title
 * case ("Microsoft Agrees To Buy Activision"), 0 ordinary text. Shape
 * features are kept apart per mode: capitals say little in headlines. */
static int case_mode(const ner_sent *S)
{
	size_t words = 0, caps = 0, low = 0, titled = 0;
	for (size_t i = 0; i < S->n; i++) {
		const ner_tokinfo *t = &S->ti[i];
		if (t->len < 1 || t->punct || (!t->cap && !t->lower))
			continue;
		words++;
		caps += t->allcap && t->len > 1;
		low += t->lower;
		titled += i > 0 && t->cap && !t->allcap && title_word(t->low);
	}
	if (words >= 2 && caps * 5 >= words * 4)
		return 1;
	if (words >= 3 && titled > 0 && low * 6 <= words)
		return 2;
	return 0;
}

/* Gazetteer entries starting at each token; a phrase is looked up only
 * while it is the start of some longer entry. */
static void gazetteer(ner_sent *S, const ner_lex *x)
{
	uint64_t low[NER_MAXGAZ];
	for (size_t i = 0; i < S->n; i++) {
		if (S->ti[i].punct)
			continue;
		uint32_t m = NER_GAZ_PREFIX;
		for (size_t len = 1; len <= NER_MAXGAZ && i + len <= S->n &&
		     (m & NER_GAZ_PREFIX); len++) {
			low[len - 1] = S->ti[i + len - 1].low;
			m = ner_lex_gaz(x, ner_phrase_hash(low, len));
			for (uint32_t k = 0, b = m & ~NER_GAZ_PREFIX; b; k++, b >>= 1) {
				if (!(b & 1))
					continue;
				for (size_t j = i; j < i + len; j++) {
					uint64_t pos = len == 1 ? 3 : j == i ? 0 :
						       j + 1 == i + len ? 2 : 1;
					add(S, j, T_GAZ, k * 4 + pos);
				}
				/* "Sen. X", "X Ltd": what a list entry is next to */
				if (i + len < S->n)
					add(S, i + len, T_GAZ_PREV, k);
				if (i > 0)
					add(S, i - 1, T_GAZ_NEXT, k);
			}
		}
	}
}

static void clusters(ner_sent *S, size_t i)
{
	const ner_cslot *c = S->ti[i].clus;
	for (int k = 0; c && k < NER_NCLUS; k++)
		if (c->v[k])
			add(S, i, T_CLUS + (uint64_t)k, c->v[k]);
	for (int d = -1; d <= 1; d += 2) {
		if ((d < 0 && i == 0) || (d > 0 && i + 1 >= S->n))
			continue;
		const ner_cslot *n = S->ti[i + (size_t)d].clus;
		for (int k = 0; n && k < 2; k++)
			if (n->v[k])
				add(S, i, (d < 0 ? T_CLUS_PREV : T_CLUS_NEXT) +
				    (uint64_t)k, n->v[k]);
	}
}

static void token_features(ner_sent *S, size_t i, const ner_mem *mem)
{
	const ner_tokinfo *t = &S->ti[i];
	uint64_t caps = (uint64_t)S->caps << 40;
	uint64_t lp = i > 0 ? S->ti[i - 1].lowd : H_BOS;
	uint64_t lp2 = i > 1 ? S->ti[i - 2].lowd : H_BOS;
	uint64_t ln = i + 1 < S->n ? S->ti[i + 1].lowd : H_EOS;
	uint64_t ln2 = i + 2 < S->n ? S->ti[i + 2].lowd : H_EOS;
	uint64_t sp = i > 0 ? S->ti[i - 1].sshape : H_BOS;
	uint64_t sn = i + 1 < S->n ? S->ti[i + 1].sshape : H_EOS;

	add(S, i, T_BIAS, 0);
	add(S, i, T_WORD | caps, t->word);
	add(S, i, T_LOW, t->lowd);
	add(S, i, T_SHAPE | caps, t->shape);
	add(S, i, T_SSHAPE | caps, t->sshape);
	for (int k = 0; k < 4; k++) {
		if (t->pre[k])
			add(S, i, T_PRE + (uint64_t)k, t->pre[k]);
		if (t->suf[k])
			add(S, i, T_SUF + (uint64_t)k, t->suf[k]);
	}
	add(S, i, T_PREV, lp);
	add(S, i, T_NEXT, ln);
	add(S, i, T_PREV2, lp2);
	add(S, i, T_NEXT2, ln2);
	add(S, i, T_BI_PREV, ner_comb(lp, t->lowd));
	add(S, i, T_BI_NEXT, ner_comb(t->lowd, ln));
	add(S, i, T_SH_PREV | caps, ner_comb(sp, t->sshape));
	add(S, i, T_SH_NEXT | caps, ner_comb(t->sshape, sn));
	add(S, i, T_SH_TRI | caps, ner_comb(ner_comb(sp, t->sshape), sn));
	if (i == 0)
		add(S, i, T_FIRST | caps, t->sshape);
	add(S, i, T_PREV_SH | caps, ner_comb(lp, t->sshape));
	add(S, i, T_SH_NEXTW | caps, ner_comb(t->sshape, ln));
	if (S->caps)
		add(S, i, T_CAPS_LOW + ((uint64_t)S->caps << 40), t->low);
	if (mem && !t->punct) {
		int b = ner_mem_best(mem, t->low);
		if (b >= 0) {
			add(S, i, T_MEM, (uint64_t)b);
			add(S, i, T_MEM_SH | caps, ner_comb((uint64_t)b, t->sshape));
		}
	}
}

void ner_features(ner_sent *S, const char *s, const nf_tok *tok, size_t n,
		  const ner_lex *lex, const ner_mem *mem)
{
	reserve(S, n);
	S->n = n;
	for (size_t i = 0; i < n; i++) {
		tokinfo(&S->ti[i], s + tok[i].b, tok[i].e - tok[i].b);
		S->ti[i].clus = ner_lex_word(lex, S->ti[i].low);
		S->nf[i] = 0;
	}
	S->caps = case_mode(S);
	for (size_t i = 0; i < n; i++) {
		token_features(S, i, mem);
		clusters(S, i);
	}
	if (lex)
		gazetteer(S, lex);
}

void ner_sent_free(ner_sent *S)
{
	free(S->ti);
	free(S->f);
	free(S->nf);
	memset(S, 0, sizeof *S);
}

/* ---- document memory ---- */

struct ner_mem {
	struct { uint64_t h; uint16_t n[5]; } *t;
	size_t cap, used;
};

ner_mem *ner_mem_new(void)
{
	ner_mem *m = nf_xcalloc(1, sizeof *m);
	m->cap = 1024;
	m->t = nf_xcalloc(m->cap, sizeof *m->t);
	return m;
}

void ner_mem_free(ner_mem *m)
{
	if (m)
		free(m->t);
	free(m);
}

void ner_mem_reset(ner_mem *m)
{
	if (m->used)
		memset(m->t, 0, m->cap * sizeof *m->t);
	m->used = 0;
}

static size_t mem_slot(const ner_mem *m, uint64_t h)
{
	h |= 1;
	size_t i = (size_t)h & (m->cap - 1);
	while (m->t[i].h && m->t[i].h != h)
		i = (i + 1) & (m->cap - 1);
	return i;
}

void ner_mem_add(ner_mem *m, uint64_t low, int type)
{
	if (2 * (m->used + 1) > m->cap) {
		ner_mem old = *m;
		m->cap *= 2;
		m->t = nf_xcalloc(m->cap, sizeof *m->t);
		for (size_t i = 0; i < old.cap; i++)
			if (old.t[i].h)
				m->t[mem_slot(m, old.t[i].h)] = old.t[i];
		free(old.t);
	}
	size_t i = mem_slot(m, low);
	if (!m->t[i].h) {
		m->t[i].h = low | 1;
		m->used++;
	}
	if (m->t[i].n[type] < UINT16_MAX)
		m->t[i].n[type]++;
}

int ner_mem_best(const ner_mem *m, uint64_t low)
{
	size_t i = mem_slot(m, low);
	if (!m->t[i].h)
		return -1;
	int b = 0;
	for (int k = 1; k < 5; k++)
		if (m->t[i].n[k] > m->t[i].n[b])
			b = k;
	return b;
}
