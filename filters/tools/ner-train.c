/* ner-train — train news-tag's model from CoNLL-2003 style data.
 *
 *   ner-train [-e EPOCHS] [-s SEED] [-l DATADIR] [-t TEXT] [-d DEV] -o OUT TRAIN
 *
 * Sentences are rebuilt as text (tokens joined by single spaces) and cut by
 * the program's own tokenizer, so training sees what news-tag sees. An
 * averaged structured perceptron (Collins 2002) learns BILOU tags; documents
 * are visited in an order drawn from a fixed seed, so the output is the same
 * byte for byte on every run. Word clusters and gazetteers are read from
 * DATADIR (clusters.tsv, gaz-*.txt) and stored in the model. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "data.h"
#include "error.h"
#include "ner.h"
#include "ner_lexbuild.h"
#include "tokenize.h"

typedef struct {
	char *text;		/* tokens joined by spaces */
	nf_tok *tok;
	uint8_t *gold;
	size_t n;
} sentence;

typedef struct {
	sentence *s;
	size_t n, cap;
} document;

typedef struct {
	document *d;
	size_t n, cap;
	size_t split;		/* CoNLL tokens the tokenizer cut in two */
} corpus;

/* ---- reading CoNLL ---- */

static int iob_type(const char *tag)
{
	for (int k = 0; k < NER_NTYPES; k++)
		if (strlen(tag) > 2 && strcmp(tag + 2, ner_type_names[k]) == 0)
			return k;
	return -1;
}

/* Gold BILOU tags for the tokenizer's tokens from per-word IOB tags. */
static void finish_sentence(corpus *C, const nf_buf *text, char **tags,
			    const size_t *wb, size_t nw)
{
	if (nw == 0)
		return;
	document *d = &C->d[C->n - 1];
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->s = nf_xrealloc(d->s, d->cap * sizeof *d->s);
	}
	sentence *s = &d->s[d->n++];
	s->text = nf_xstrndup(text->s, text->n);
	nf_toks toks = {0};
	s->n = nf_tokenize(s->text, text->n, &toks);
	s->tok = toks.t;
	s->gold = nf_xcalloc(s->n + 1, 1);
	C->split += s->n - nw;
	/* entities as byte spans, then the tokens inside each */
	for (size_t i = 0; i < nw;) {
		int t = iob_type(tags[i]);
		if (t < 0) {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (j < nw && iob_type(tags[j]) == t && tags[j][0] == 'I')
			j++;
		size_t eb = wb[i], ee = wb[j] - 1, first = SIZE_MAX, last = 0;
		for (size_t k = 0; k < s->n; k++)
			if (s->tok[k].b >= eb && s->tok[k].e <= ee) {
				if (first == SIZE_MAX)
					first = k;
				last = k;
			}
		if (first != SIZE_MAX) {
			for (size_t k = first; k <= last; k++)
				s->gold[k] = (uint8_t)ner_tag_make(t, NER_I);
			s->gold[first] = (uint8_t)ner_tag_make(t, NER_B);
			s->gold[last] = (uint8_t)ner_tag_make(t, NER_L);
			if (first == last)
				s->gold[first] = (uint8_t)ner_tag_make(t, NER_U);
		}
		i = j;
	}
}

static void corpus_free(corpus *C)
{
	for (size_t i = 0; i < C->n; i++) {
		for (size_t j = 0; j < C->d[i].n; j++) {
			free(C->d[i].s[j].text);
			free(C->d[i].s[j].tok);
			free(C->d[i].s[j].gold);
		}
		free(C->d[i].s);
	}
	free(C->d);
	memset(C, 0, sizeof *C);
}

static void new_doc(corpus *C)
{
	if (C->n && C->d[C->n - 1].n == 0)
		return;
	if (C->n == C->cap) {
		C->cap = C->cap ? 2 * C->cap : 256;
		C->d = nf_xrealloc(C->d, C->cap * sizeof *C->d);
	}
	memset(&C->d[C->n++], 0, sizeof *C->d);
}

/* Honorifics are rare in Reuters copy and common elsewhere: every 3rd
 * sentence with a full name is copied with "Mr." (and the like) before the
 * surname instead ("Bill Clinton said" -> "Mr. Clinton said"), as a document
 * of its own. */
static void honorific_copy(corpus *A, const nf_buf *text, char **tags,
			   const size_t *wb, size_t nw, size_t *counter)
{
	static const char *const hon[] = { "Mr.", "Ms.", "Mr", "Dr.", "Mrs." };
	int found = 0;
	for (size_t i = 0; i + 1 < nw && !found; i++)
		found = iob_type(tags[i]) == 0 && iob_type(tags[i + 1]) == 0 &&
			tags[i + 1][0] == 'I';
	if (!found || ++*counter % 3)
		return;
	nf_buf t = {0};
	char *nt[512];
	size_t nb[513], n = 0;
	for (size_t i = 0; i < nw && n < 510;) {
		size_t j = i + 1;
		if (iob_type(tags[i]) == 0)
			while (j < nw && iob_type(tags[j]) == 0 && tags[j][0] == 'I')
				j++;
		int swap = j - i >= 2 && (i == 0 || !(text->s[wb[i - 1]] >= 'A' &&
						      text->s[wb[i - 1]] <= 'Z'));
		for (size_t k = swap ? j - 1 : i; k < j && n < 510; k++) {
			if (swap) {
				if (t.n)
					nf_buf_addc(&t, ' ');
				nb[n] = t.n;
				nf_buf_adds(&t, hon[*counter / 3 % 5]);
				nb[n + 1] = t.n + 1;
				nt[n++] = "O";
			}
			if (t.n)
				nf_buf_addc(&t, ' ');
			nb[n] = t.n;
			nf_buf_add(&t, text->s + wb[k], wb[k + 1] - 1 - wb[k]);
			nb[n + 1] = t.n + 1;
			nt[n++] = tags[k];
		}
		i = j;
	}
	new_doc(A);
	finish_sentence(A, &t, nt, nb, n);
	nf_buf_free(&t);
}

static void read_conll(const char *path, corpus *C, corpus *aug)
{
	size_t copies = 0;
	FILE *f = fopen(path, "r");
	if (!f) {
		nf_error("cannot read %s: %s", path, strerror(errno));
		exit(1);
	}
	char line[4096];
	nf_buf text = {0};
	char *tags[512];
	size_t wb[513], nw = 0;
	new_doc(C);
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = 0;
		char *word = strtok(line, " \t");
		if (!word || strcmp(word, "-DOCSTART-") == 0) {
			if (aug)
				honorific_copy(aug, &text, tags, wb, nw, &copies);
			finish_sentence(C, &text, tags, wb, nw);
			for (size_t i = 0; i < nw; i++)
				free(tags[i]);
			nw = 0;
			nf_buf_clear(&text);
			if (word)
				new_doc(C);
			continue;
		}
		char *tag = word, *col;
		while ((col = strtok(NULL, " \t")))
			tag = col;
		if (nw == 511)
			continue;
		if (text.n)
			nf_buf_addc(&text, ' ');
		wb[nw] = text.n;
		nf_buf_adds(&text, word);
		wb[nw + 1] = text.n + 1;
		tags[nw++] = nf_xstrdup(tag);
	}
	finish_sentence(C, &text, tags, wb, nw);
	for (size_t i = 0; i < nw; i++)
		free(tags[i]);
	nf_buf_free(&text);
	fclose(f);
}

/* ---- headline copies ---- */

static int small_word(const char *s, size_t n)
{
	static const char *const w[] = { "a", "an", "the", "of", "in", "on",
		"at", "to", "for", "and", "or", "but", "by", "as", "from" };
	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (strlen(w[i]) == n && memcmp(w[i], s, n) == 0)
			return 1;
	return 0;
}

/* Every 4th sentence once more in title case ("Microsoft Agrees To Buy
 * Activision"), as a document of its own: CoNLL has few such headlines and
 * news on the web has many. */
static void add_title_copies(corpus *C)
{
	size_t nd = C->n, k = 0;
	ner_sent S = {0};
	for (size_t di = 0; di < nd; di++) {
		for (size_t si = 0; si < C->d[di].n; si++) {
			if (++k % 4 || C->d[di].s[si].n < 4)
				continue;
			new_doc(C);
			document *d = &C->d[C->n - 1];
			const sentence *o = &C->d[di].s[si];
			d->cap = 1;
			d->s = nf_xcalloc(1, sizeof *d->s);
			sentence *s = &d->s[d->n++];
			size_t len = strlen(o->text);
			s->text = nf_xstrndup(o->text, len);
			s->n = o->n;
			s->tok = nf_xmalloc(o->n * sizeof *s->tok);
			memcpy(s->tok, o->tok, o->n * sizeof *s->tok);
			s->gold = nf_xmalloc(o->n + 1);
			memcpy(s->gold, o->gold, o->n + 1);
			for (size_t i = 0; i < s->n; i++) {
				char *w = s->text + s->tok[i].b;
				size_t wl = s->tok[i].e - s->tok[i].b;
				if (*w >= 'a' && *w <= 'z' && (i == 0 || !small_word(w, wl)))
					*w = (char)(*w - 32);
			}
			/* only what the tagger will take for a headline */
			ner_features(&S, s->text, s->tok, s->n, NULL, NULL);
			if (S.caps != 2) {
				free(s->text);
				free(s->tok);
				free(s->gold);
				free(d->s);
				C->n--;
			}
		}
	}
	ner_sent_free(&S);
}

/* ---- weights being learned ---- */

/* w: current weights; wa: sum of c * update, so that the average over c
 * steps is w - wa / c. */
typedef struct {
	uint64_t *key;		/* feature hash | 1, 0 = empty */
	uint32_t *idx;
	size_t size, used;
	float *w;
	double *wa;
	float tw[(NER_NT + 1) * NER_NT];
	double twa[(NER_NT + 1) * NER_NT];
	double c;
} weights;

static size_t wslot(const weights *W, uint64_t h)
{
	h |= 1;
	size_t i = (size_t)(h >> 7) & (W->size - 1);
	while (W->key[i] && W->key[i] != h)
		i = (i + 1) & (W->size - 1);
	return i;
}

static long wfind(const weights *W, uint64_t h)
{
	size_t i = wslot(W, h);
	return W->key[i] ? (long)W->idx[i] : -1;
}

static void wgrow(weights *W)
{
	weights old = *W;
	W->size = old.size ? 2 * old.size : 1 << 20;
	W->key = nf_xcalloc(W->size, sizeof *W->key);
	W->idx = nf_xcalloc(W->size, sizeof *W->idx);
	for (size_t i = 0; i < old.size; i++)
		if (old.key[i]) {
			size_t j = wslot(W, old.key[i]);
			W->key[j] = old.key[i];
			W->idx[j] = old.idx[i];
		}
	free(old.key);
	free(old.idx);
	W->w = nf_xrealloc(W->w, W->size / 2 * NER_NT * sizeof *W->w);
	W->wa = nf_xrealloc(W->wa, W->size / 2 * NER_NT * sizeof *W->wa);
}

static size_t wadd_feature(weights *W, uint64_t h)
{
	if (2 * (W->used + 1) > W->size)
		wgrow(W);
	size_t i = wslot(W, h);
	if (!W->key[i]) {
		W->key[i] = h | 1;
		W->idx[i] = (uint32_t)W->used;
		memset(W->w + W->used * NER_NT, 0, NER_NT * sizeof *W->w);
		memset(W->wa + W->used * NER_NT, 0, NER_NT * sizeof *W->wa);
		W->used++;
	}
	return W->idx[i];
}

static void train_scores(const weights *W, const ner_sent *S, float *emit)
{
	for (size_t i = 0; i < S->n; i++) {
		float *e = emit + i * NER_NT;
		memset(e, 0, NER_NT * sizeof *e);
		for (size_t k = 0; k < S->nf[i]; k++) {
			long j = wfind(W, S->f[i * NER_MAXFEAT + k]);
			if (j >= 0)
				for (int t = 0; t < NER_NT; t++)
					e[t] += W->w[(size_t)j * NER_NT + t];
		}
	}
}

static void bump(weights *W, size_t j, int t, float d)
{
	W->w[j * NER_NT + t] += d;
	W->wa[j * NER_NT + t] += W->c * d;
}

static void tbump(weights *W, int a, int b, float d)
{
	W->tw[a * NER_NT + b] += d;
	W->twa[a * NER_NT + b] += W->c * d;
}

static void update(weights *W, const ner_sent *S, const uint8_t *gold,
		   const uint8_t *pred)
{
	for (size_t i = 0; i < S->n; i++) {
		int pg = i ? gold[i - 1] : NER_NT, pp = i ? pred[i - 1] : NER_NT;
		if (gold[i] != pred[i] || pg != pp) {
			tbump(W, pg, gold[i], 1);
			tbump(W, pp, pred[i], -1);
		}
		if (gold[i] == pred[i])
			continue;
		for (size_t k = 0; k < S->nf[i]; k++) {
			size_t j = wadd_feature(W, S->f[i * NER_MAXFEAT + k]);
			bump(W, j, gold[i], 1);
			bump(W, j, pred[i], -1);
		}
	}
}

/* ---- training and evaluation ---- */

typedef struct {
	ner_sent S;
	float *emit;
	uint8_t *pred;
	size_t cap;
	ner_mem *mem;
} work;

static void decode(work *k, const weights *W, const ner_lex *lex,
		   const sentence *s)
{
	if (s->n > k->cap) {
		k->cap = s->n + 64;
		k->emit = nf_xrealloc(k->emit, k->cap * NER_NT * sizeof *k->emit);
		k->pred = nf_xrealloc(k->pred, k->cap);
	}
	ner_features(&k->S, s->text, s->tok, s->n, lex, k->mem);
	train_scores(W, &k->S, k->emit);
	ner_viterbi(k->emit, W->tw, s->n, k->pred);
}

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static size_t rnd(size_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (size_t)(rng % n);
}

static size_t epoch(weights *W, work *k, const ner_lex *lex, const corpus *C,
		    size_t *order)
{
	size_t errors = 0;
	for (size_t i = C->n; i > 1; i--) {
		size_t j = rnd(i), t = order[i - 1];
		order[i - 1] = order[j];
		order[j] = t;
	}
	for (size_t di = 0; di < C->n; di++) {
		const document *d = &C->d[order[di]];
		ner_mem_reset(k->mem);
		for (size_t si = 0; si < d->n; si++) {
			const sentence *s = &d->s[si];
			W->c++;
			decode(k, W, lex, s);
			if (memcmp(k->pred, s->gold, s->n) != 0) {
				errors++;
				update(W, &k->S, s->gold, k->pred);
			}
			ner_mem_update(k->mem, &k->S, k->pred);
		}
	}
	return errors;
}

/* Entities of a tag sequence as (first, last, type) triples. */
static size_t spans(const uint8_t *t, size_t n, size_t (*out)[3])
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		int p = ner_tag_pos(t[i]);
		if (p != NER_B && p != NER_U)
			continue;
		size_t j = i;
		while (p == NER_B && j + 1 < n && ner_tag_pos(t[j + 1]) != NER_L)
			j++;
		if (p == NER_B && j + 1 < n)
			j++;
		out[m][0] = i;
		out[m][1] = j;
		out[m][2] = (size_t)ner_tag_type(t[i]);
		m++;
	}
	return m;
}

/* Entity F1 on the tokenizer's tokens (a quick check; make eval scores
 * the real program on CoNLL tokens). */
static void evaluate(const weights *W, work *k, const ner_lex *lex,
		     const corpus *C)
{
	size_t tp = 0, np = 0, ng = 0;
	size_t (*a)[3] = nf_xmalloc(1024 * sizeof *a), (*b)[3] = nf_xmalloc(1024 * sizeof *b);
	for (size_t di = 0; di < C->n; di++) {
		ner_mem_reset(k->mem);
		for (size_t si = 0; si < C->d[di].n; si++) {
			const sentence *s = &C->d[di].s[si];
			if (s->n > 1000)
				continue;
			decode(k, W, lex, s);
			ner_mem_update(k->mem, &k->S, k->pred);
			size_t na = spans(k->pred, s->n, a), nb = spans(s->gold, s->n, b);
			np += na;
			ng += nb;
			for (size_t x = 0; x < na; x++)
				for (size_t y = 0; y < nb; y++)
					tp += memcmp(a[x], b[y], sizeof *a) == 0;
		}
	}
	double p = np ? (double)tp / np : 0, r = ng ? (double)tp / ng : 0;
	fprintf(stderr, "  dev: P %.4f R %.4f F1 %.4f\n", p, r,
		p + r > 0 ? 2 * p * r / (p + r) : 0);
	free(a);
	free(b);
}

/* Averaged weights, as the model stores them (in W->w, W->tw). */
static void average(weights *W)
{
	for (size_t i = 0; i < W->used * NER_NT; i++)
		W->w[i] -= (float)(W->wa[i] / W->c);
	for (size_t i = 0; i < (NER_NT + 1) * NER_NT; i++)
		W->tw[i] -= (float)(W->twa[i] / W->c);
}

static void weights_free(weights *W)
{
	free(W->key);
	free(W->idx);
	free(W->w);
	free(W->wa);
	memset(W, 0, sizeof *W);
}

/* M += f * A, feature by feature. */
static void add_scaled(weights *M, const weights *A, float f)
{
	for (size_t i = 0; i < A->size; i++) {
		if (!A->key[i])
			continue;
		const float *a = A->w + (size_t)A->idx[i] * NER_NT;
		size_t j = wadd_feature(M, A->key[i]);
		for (int t = 0; t < NER_NT; t++)
			M->w[j * NER_NT + t] += f * a[t];
	}
	for (size_t i = 0; i < (NER_NT + 1) * NER_NT; i++)
		M->tw[i] += f * A->tw[i];
}

/* A copy of W with the averaged weights, sharing the feature index. */
static weights averaged(const weights *W)
{
	weights A = *W;
	A.w = nf_xmalloc(W->used * NER_NT * sizeof *A.w + 1);
	memcpy(A.w, W->w, W->used * NER_NT * sizeof *A.w);
	A.wa = (double *)W->wa;
	average(&A);
	A.wa = NULL;
	return A;
}

/* Quantize to 16 bits, drop features whose weights all round to 0, and
 * write the model. */
static void save(const weights *A, const char *out, const char *trained,
		 const ner_cslot *cs, uint32_t nc, const ner_gslot *gs,
		 uint32_t ng)
{
	float max = 0;
	for (size_t i = 0; i < A->used * NER_NT; i++)
		if (fabsf(A->w[i]) > max)
			max = fabsf(A->w[i]);
	float scale = max > 0 ? 32000 / max : 1;
	size_t kept = 0;
	uint8_t *keep = nf_xcalloc(A->used + 1, 1);
	for (size_t j = 0; j < A->used; j++)
		for (int t = 0; t < NER_NT && !keep[j]; t++)
			if (lrintf(A->w[j * NER_NT + t] * scale) != 0)
				keep[j] = 1;
	for (size_t j = 0; j < A->used; j++)
		kept += keep[j];
	uint32_t size = ner_table_size(kept);
	ner_wslot *ws = nf_xcalloc(size, sizeof *ws);
	for (size_t i = 0; i < A->size; i++) {
		if (!A->key[i] || !keep[A->idx[i]])
			continue;
		/* stored | 1, as ner_features makes every feature hash */
		uint64_t h = A->key[i];
		ner_wslot *s = &ws[ner_slot_of(ws, sizeof *ws, size - 1, h)];
		s->key = ner_key(h);
		const float *w = A->w + (size_t)A->idx[i] * NER_NT;
		long q[NER_NT], big = 0;
		for (int t = 0; t < NER_NT; t++) {
			q[t] = lrintf(w[t] * scale);
			big = labs(q[t]) > big ? labs(q[t]) : big;
		}
		while ((big >> s->shift) > 127)
			s->shift++;
		for (int t = 0; t < NER_NT; t++) {
			long d = 1L << s->shift;	/* round half away from 0 */
			s->w[t] = (int8_t)((q[t] + (q[t] < 0 ? -d / 2 : d / 2)) / d);
		}
	}
	fprintf(stderr, "ner-train: %zu features learned, %zu kept, %u slots\n",
		A->used, kept, size);
	if (ner_model_write(out, trained, scale, A->tw, ws, size, cs, nc, gs, ng) != 0)
		nf_die("cannot write %s", out);
	free(ws);
	free(keep);
}

static void usage(void)
{
	fputs("usage: ner-train [-e EPOCHS] [-k RUNS] [-s SEED] [-l DATADIR] [-t TRAINED-ON]\n"
	      "                 [-T (no title-case and Mr. copies)] [-d DEV.conll]\n"
	      "                 -o OUT.model TRAIN.conll\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	int epochs = 12, runs = 3, title = 1, c;
	const char *out = NULL, *dev = NULL, *dir = "filters/data";
	const char *trained = "CoNLL-2003 English train (eng.train)";
	nf_init(argv[0]);
	while ((c = getopt(argc, argv, "e:k:s:l:t:d:o:T")) != -1) {
		switch (c) {
		case 'e': epochs = atoi(optarg); break;
		case 'k': runs = atoi(optarg); break;
		case 's': rng = strtoull(optarg, NULL, 10) | 1; break;
		case 'l': dir = optarg; break;
		case 't': trained = optarg; break;
		case 'd': dev = optarg; break;
		case 'o': out = optarg; break;
		case 'T': title = 0; break;
		default: usage();
		}
	}
	if (!out || optind + 1 != argc || epochs < 1 || runs < 1)
		usage();
	corpus C = {0}, D = {0};
	corpus X = {0};
	read_conll(argv[optind], &C, title ? &X : NULL);
	if (title)
		add_title_copies(&C);
	for (size_t i = 0; i < X.n; i++) {
		if (!X.d[i].n)
			continue;
		new_doc(&C);
		C.d[C.n - 1] = X.d[i];
	}
	free(X.d);
	if (dev)
		read_conll(dev, &D, NULL);
	fprintf(stderr, "ner-train: %zu documents, %zu tokens split by the tokenizer\n",
		C.n, C.split);

	ner_lex lex = {0};
	ner_cslot *cs = NULL;
	ner_gslot *gs = NULL;
	nf_buf kinds = {0};
	char path[4096];
	snprintf(path, sizeof path, "%s/clusters.tsv", dir);
	uint32_t nc = ner_read_clusters(path, &cs);
	uint32_t ng = ner_read_gazetteers(dir, &gs, &kinds);
	lex.c = cs;
	lex.cmask = nc ? nc - 1 : 0;
	lex.g = gs;
	lex.gmask = ng ? ng - 1 : 0;
	fprintf(stderr, "ner-train: clusters %s, gazetteers: %s\n",
		nc ? "yes" : "none", kinds.n ? kinds.s : "none");

	work k = {0};
	k.mem = ner_mem_new();
	size_t *order = nf_xmalloc(C.n * sizeof *order);
	for (size_t i = 0; i < C.n; i++)
		order[i] = i;
	/* Several perceptrons, each on its own order of the documents; the
	 * model is their mean, whose scores are the mean of theirs: one run's
	 * luck with the order matters less. */
	weights M = {0};
	wgrow(&M);
	uint64_t seed = rng;
	for (int r = 0; r < runs; r++) {
		weights W = {0};
		wgrow(&W);
		rng = ner_mix(seed + (uint64_t)r) | 1;
		size_t err = 0;
		for (int e = 1; e <= epochs; e++)
			err = epoch(&W, &k, &lex, &C, order);
		fprintf(stderr, "ner-train: run %d: %zu sentences wrong in epoch %d\n",
			r + 1, err, epochs);
		weights A = averaged(&W);
		if (dev)
			evaluate(&A, &k, &lex, &D);
		add_scaled(&M, &A, 1.0f / (float)runs);
		free(A.w);
		weights_free(&W);
	}
	if (dev && runs > 1) {
		fprintf(stderr, "mean of %d runs:\n", runs);
		evaluate(&M, &k, &lex, &D);
	}
	char what[190];
	snprintf(what, sizeof what, "%s; mean of %d runs of %d epochs; gazetteers: %s; clusters: %s",
		 trained, runs, epochs, kinds.n ? kinds.s : "none", nc ? "yes" : "none");
	save(&M, out, what, cs, nc, gs, ng);

	weights_free(&M);
	corpus_free(&C);
	corpus_free(&D);
	ner_sent_free(&k.S);
	free(k.emit);
	free(k.pred);
	ner_mem_free(k.mem);
	free(order);
	free(cs);
	free(gs);
	nf_buf_free(&kinds);
	return 0;
}
