/* quotes_lex.c — open-addressing hash of word forms. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "quotes_lex.h"

typedef struct {
	char *form;
	uint32_t hash, len;	/* compared before the bytes */
	ql_val v;
} slot;

struct ql_lex {
	slot *s;
	size_t cap, n;		/* cap: power of two, kept above 2 n */
};

static uint32_t hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static slot *find(slot *s, size_t cap, const char *k, size_t n, uint32_t h)
{
	size_t i = h & (cap - 1);
	while (s[i].form && !(s[i].hash == h && s[i].len == n && !memcmp(s[i].form, k, n)))
		i = (i + 1) & (cap - 1);
	return &s[i];
}

ql_lex *ql_new(size_t expect)
{
	ql_lex *l = nf_xcalloc(1, sizeof *l);
	for (l->cap = 64; l->cap < 2 * expect + 2; l->cap *= 2)
		;
	l->s = nf_xcalloc(l->cap, sizeof *l->s);
	return l;
}

static void grow(ql_lex *l)
{
	size_t cap = l->cap * 2;
	slot *s = nf_xcalloc(cap, sizeof *s);
	for (size_t i = 0; i < l->cap; i++)
		if (l->s[i].form)
			*find(s, cap, l->s[i].form, l->s[i].len, l->s[i].hash) = l->s[i];
	free(l->s);
	l->s = s;
	l->cap = cap;
}

void ql_add(ql_lex *l, const char *form, size_t n, unsigned bits,
	    const char *str, size_t strn)
{
	if (!n || n >= QL_KEYMAX)
		return;
	if (2 * (l->n + 1) > l->cap)
		grow(l);
	uint32_t h = hash(form, n);
	slot *s = find(l->s, l->cap, form, n, h);
	if (!s->form) {
		s->form = nf_xstrndup(form, n);
		s->hash = h;
		s->len = (uint32_t)n;
		s->v.str = str ? nf_xstrndup(str, strn) : NULL;
		l->n++;
	}
	s->v.bits |= bits;
}

const ql_val *ql_get(const ql_lex *l, const char *form, size_t n)
{
	if (!n || n >= QL_KEYMAX)
		return NULL;
	const slot *s = find(l->s, l->cap, form, n, hash(form, n));
	return s->form ? &s->v : NULL;
}

void ql_free(ql_lex *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->cap; i++) {
		free(l->s[i].form);
		free((char *)l->s[i].v.str);
	}
	free(l->s);
	free(l);
}

const ql_val *ql_tokens(const ql_lex *l, const char *doc, const qt_toks *tk,
			size_t i, size_t k)
{
	char buf[QL_KEYMAX];
	size_t n = 0;
	if (i + k > tk->n)
		return NULL;
	for (size_t j = i; j < i + k; j++) {
		const qt_tok *t = &tk->t[j];
		if (t->kind != QT_WORD || n + qt_len(t) + 1 >= QL_KEYMAX)
			return NULL;
		if (j > i)
			buf[n++] = ' ';
		for (size_t b = t->s; b < t->e; b++)
			buf[n++] = (char)tolower((unsigned char)doc[b]);
	}
	return ql_get(l, buf, n);
}
