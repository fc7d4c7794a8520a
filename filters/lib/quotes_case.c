/* quotes_case.c — ordinary words capitalised only because a sentence
 * starts with them, found from how the same document writes them. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "quotes_case.h"
#include "quotes_cue.h"

#define HASH_START 1469598103934665603u

static uint64_t hash_bytes(uint64_t h, const char *p, const char *end)
{
	for (; p < end; p++) {
		unsigned char c = (unsigned char)*p;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		h = (h ^ c) * 1099511628211u;
	}
	return h;
}

static uint64_t hash_word(const char *doc, const qt_tok *t)
{
	return hash_bytes(HASH_START, doc + t->s, doc + t->e) | 1;	/* 0: empty slot */
}

/* The singular of a plural in -s or -ies ("Audiences", "Parties"), as
 * hash_word would give it; 0 when t is no such plural. */
static uint64_t hash_singular(const char *doc, const qt_tok *t)
{
	size_t n = qt_len(t);
	const char *w = doc + t->s;
	if (n < 5 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == '\'')
		return 0;
	static const char y[] = "y";
	if (!memcmp(w + n - 3, "ies", 3))
		return hash_bytes(hash_bytes(HASH_START, w, w + n - 3), y, y + 1) | 1;
	return hash_bytes(HASH_START, w, w + n - 1) | 1;
}

static void set_clear(qx_set *s, size_t expect)
{
	size_t cap = 64;
	while (cap < 2 * expect)
		cap *= 2;
	/* after one long document, short ones do not clear its whole table */
	if (cap > s->cap || s->cap > 8 * cap) {
		free(s->h);
		s->h = nf_xcalloc(cap, sizeof *s->h);
		s->cap = cap;
	} else {
		memset(s->h, 0, s->cap * sizeof *s->h);
	}
	s->n = 0;
}

static int set_find(const qx_set *s, uint64_t h, size_t *slot)
{
	size_t i = (size_t)h & (s->cap - 1);
	while (s->h[i] && s->h[i] != h)
		i = (i + 1) & (s->cap - 1);
	*slot = i;
	return s->h[i] == h;
}

/* At most one entry per token, and the table is twice the tokens: no growth. */
static void set_add(qx_set *s, uint64_t h)
{
	size_t i;
	if (!set_find(s, h, &i)) {
		s->h[i] = h;
		s->n++;
	}
}

static int set_has(const qx_set *s, uint64_t h)
{
	size_t i;
	return set_find(s, h, &i);
}

/* Numbers and the adverbs of time and order that open sentences. */
static int number_word(const char *doc, const qt_tok *t)
{
	static const char *const w[] = {"one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
		"forty", "fifty", "hundreds", "thousands", "millions", "dozens", "first",
		"second", "third", "early", "late", "next", "finally", "soon", "once", NULL};
	return qt_in(doc, t, w);
}

static int participle(const char *doc, const qt_tok *t)
{
	return qt_len(t) >= 6 && !memcmp(doc + t->e - 3, "ing", 3);
}

/* "Preceded at the lectern by …,": a past participle before a lower-case
 * word (a name in -ed, "Mohamed said", has a cue or a comma after it). */
static int past_participle(const char *doc, const qt_tok *t, const qt_tok *next)
{
	return qt_len(t) >= 6 && !memcmp(doc + t->e - 2, "ed", 2) && next->kind == QT_WORD &&
	       !(next->flags & QF_CAP);
}

void qx_mark(const char *doc, qt_toks *tk, const ql_lex *cues, qx_seen *seen)
{
	set_clear(&seen->lower, tk->n);
	set_clear(&seen->mid, tk->n);
	for (size_t i = 0; i < tk->n; i++) {
		const qt_tok *t = &tk->t[i];
		if (t->kind != QT_WORD || (t->flags & QF_DIGIT))
			continue;
		if (!(t->flags & QF_CAP))
			set_add(&seen->lower, hash_word(doc, t));
		else if (!(t->flags & QF_SENT_START) && i > 0 && tk->t[i - 1].kind == QT_WORD)
			set_add(&seen->mid, hash_word(doc, t));
	}
	for (size_t i = 0; i + 1 < tk->n; i++) {
		qt_tok *t = &tk->t[i];
		const qt_tok *next = &tk->t[i + 1];
		size_t n;
		if (t->kind != QT_WORD || !(t->flags & QF_CAP) || !(t->flags & QF_SENT_START) ||
		    (next->kind == QT_WORD && (next->flags & QF_CAP)))
			continue;
		uint64_t h = hash_word(doc, t);
		if (set_has(&seen->mid, h))
			continue;
		uint64_t one = hash_singular(doc, t);
		if (set_has(&seen->lower, h) || (one && set_has(&seen->lower, one)) ||
		    number_word(doc, t) ||
		    ((participle(doc, t) || past_participle(doc, t, next)) &&
		     !qc_match(cues, doc, tk, i + 1, &n)))
			t->flags |= QF_COMMON;
	}
}

void qx_free(qx_seen *seen)
{
	free(seen->lower.h);
	free(seen->mid.h);
}
