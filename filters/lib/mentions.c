/* mentions.c — see mentions.h. */
#include "mentions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tokenize.h"
#include "utf8.h"

const char *const nf_mtype_names[NF_M_NTYPES] = {
	"PER", "ORG", "LOC", "MISC", "DATE", "MONEY", "PERCENT"
};

#define MAXSENT 250	/* tokens: longer runs are tagged in pieces */

struct nf_mentions {
	const ner_model *model;
	nf_nerpat *pat;
	nf_patspan *ps;
	size_t nps, pscap;
	nf_linker *linker;
	ner_tagger T;
	nf_toks toks;
	nf_mention *m;
	size_t n, cap;
	const char *text;
	char num[2][24];
};

nf_mentions *nf_mentions_new(const ner_model *m, nf_nerpat *pat)
{
	nf_mentions *ms = nf_xcalloc(1, sizeof *ms);
	ms->model = m;
	ms->pat = pat;
	ms->linker = nf_linker_new();
	ner_tagger_init(&ms->T);
	return ms;
}

void nf_mentions_free(nf_mentions *ms)
{
	if (!ms)
		return;
	ner_tagger_free(&ms->T);
	nf_toks_free(&ms->toks);
	nf_linker_free(ms->linker);
	free(ms->ps);
	free(ms->m);
	free(ms);
}

void nf_mentions_new_doc(nf_mentions *ms)
{
	ner_tagger_new_doc(&ms->T);
	nf_linker_reset(ms->linker);
}

static nf_mention *push(nf_mentions *ms, int type)
{
	if (ms->n == ms->cap) {
		ms->cap = ms->cap ? 2 * ms->cap : 32;
		ms->m = nf_xrealloc(ms->m, ms->cap * sizeof *ms->m);
	}
	nf_mention *m = &ms->m[ms->n++];
	memset(m, 0, sizeof *m);
	m->type = type;
	return m;
}

static void push_tokens(nf_mentions *ms, const nf_tok *a, const nf_tok *z,
			int type)
{
	nf_mention *m = push(ms, type);
	m->b = a->b;
	m->e = z->e;
	m->cb = a->cb;
	m->ce = z->ce;
}

/* End of the sentence that starts at token a: after . ! ? before a word
 * that is not lower case, at a line break, or at MAXSENT tokens. */
static size_t sentence_end(const char *s, const nf_tok *t, size_t a, size_t n)
{
	size_t lim = a + MAXSENT < n ? a + MAXSENT : n;
	for (size_t i = a + 1; i < lim; i++) {
		const nf_tok *p = &t[i - 1];
		if (memchr(s + p->e, '\n', t[i].b - p->e))
			return i;
		char c = s[p->e - 1], d = s[t[i].b];
		if (p->e - p->b == 1 && (c == '.' || c == '!' || c == '?') &&
		    !(d >= 'a' && d <= 'z'))
			return i;
	}
	return lim;
}

static int by_start(const void *a, const void *b)
{
	const nf_mention *x = a, *y = b;
	return x->b < y->b ? -1 : x->b > y->b;
}

static void tag_names(nf_mentions *ms, const char *s, size_t a, size_t z)
{
	const nf_tok *t = ms->toks.t + a;
	size_t n = z - a;
	ner_tag(ms->model, &ms->T, s, t, n);
	for (size_t i = 0; i < n; i++) {
		int p = ner_tag_pos(ms->T.tags[i]);
		if (p != NER_B && p != NER_U)
			continue;
		size_t j = i;
		while (p == NER_B && j + 1 < n && ner_tag_pos(ms->T.tags[j + 1]) == NER_I)
			j++;
		if (p == NER_B && j + 1 < n)
			j++;
		push_tokens(ms, &t[i], &t[j], ner_tag_type(ms->T.tags[i]));
		i = j;
	}
}

/* Add the pattern spans that overlap no name, then put all in text order. */
static void add_patterns(nf_mentions *ms, const char *text, size_t n)
{
	static const int types[] = { NF_M_DATE, NF_M_MONEY, NF_M_PERCENT };
	size_t nnames = ms->n, k = 0, cb = 0, cc = 0;
	ms->nps = nf_nerpat_find(ms->pat, text, n, &ms->ps, &ms->pscap);
	for (size_t i = 0; i < ms->nps; i++) {
		const nf_patspan *p = &ms->ps[i];
		while (k < nnames && ms->m[k].e <= p->start)
			k++;
		if (k < nnames && ms->m[k].b < p->end)
			continue;
		nf_mention *m = push(ms, types[p->type]);
		m->b = (uint32_t)p->start;
		m->e = (uint32_t)p->end;
		/* spans come in text order: count characters onward */
		cc += nf_utf8_count(text + cb, p->start - cb);
		m->cb = (uint32_t)cc;
		cc += nf_utf8_count(text + p->start, p->end - p->start);
		m->ce = (uint32_t)cc;
		cb = p->end;
	}
	if (ms->n > nnames)
		qsort(ms->m, ms->n, sizeof *ms->m, by_start);
}

/* Canonical names, in text order, as known so far in the document. */
static void link_names(nf_mentions *ms, const char *text)
{
	for (size_t i = 0; i < ms->n; i++) {
		nf_mention *m = &ms->m[i];
		if (m->type <= NF_M_MISC)
			m->entity = nf_linker_add(ms->linker, nf_mtype_names[m->type],
						  text + m->b, m->e - m->b);
	}
}

size_t nf_mentions_find(nf_mentions *ms, const char *text, size_t n)
{
	ms->n = 0;
	ms->text = text;
	size_t nt = nf_tokenize(text, n, &ms->toks);
	for (size_t a = 0; a < nt;) {
		size_t z = sentence_end(text, ms->toks.t, a, nt);
		tag_names(ms, text, a, z);
		a = z;
	}
	if (ms->pat)
		add_patterns(ms, text, n);
	link_names(ms, text);
	return ms->n;
}

const nf_mention *nf_mentions_get(const nf_mentions *ms, size_t i)
{
	return &ms->m[i];
}

void nf_mentions_row(nf_mentions *ms, size_t i, nf_str v[5])
{
	const nf_mention *m = &ms->m[i];
	int l0 = snprintf(ms->num[0], sizeof ms->num[0], "%u", m->cb);
	int l1 = snprintf(ms->num[1], sizeof ms->num[1], "%u", m->ce);
	v[0] = (nf_str){ ms->num[0], (size_t)l0 };
	v[1] = (nf_str){ ms->num[1], (size_t)l1 };
	v[2] = (nf_str){ nf_mtype_names[m->type], strlen(nf_mtype_names[m->type]) };
	v[3] = (nf_str){ ms->text + m->b, m->e - m->b };
	v[4] = m->entity ? (nf_str){ m->entity, strlen(m->entity) } : v[3];
}
