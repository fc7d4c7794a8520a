/* quotes_orgs.c — names written before an organisation word, indexed once
 * a document: asking each name by scanning the whole document made long
 * documents quadratic. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "quotes_name.h"
#include "quotes_orgs.h"

#define ORG_RUN 12	/* longest run indexed; longer names are scanned for */

struct qo_run {
	uint64_t h;
	size_t s, len;	/* tokens [s, s + len) */
};

void qo_reset(qo_index *x)
{
	x->n = 0;
	x->built = 0;
}

void qo_free(qo_index *x)
{
	free(x->run);
	*x = (qo_index){0};
}

/* Hash of the bytes of tokens [s, e), a separator after each. */
static uint64_t hash_run(const char *doc, const qt_toks *tk, size_t s, size_t e)
{
	uint64_t h = 1469598103934665603u;
	for (size_t i = s; i < e; i++) {
		for (uint32_t b = tk->t[i].s; b < tk->t[i].e; b++)
			h = (h ^ (unsigned char)doc[b]) * 1099511628211u;
		h = (h ^ 0x1f) * 1099511628211u;
	}
	return h;
}

/* Do tokens i.. spell the words of tokens [s, e)? */
static int same_words(const char *doc, const qt_toks *tk, size_t i, size_t s, size_t e)
{
	if (i + (e - s) > tk->n)
		return 0;
	for (size_t k = 0; k < e - s; k++) {
		const qt_tok *a = &tk->t[i + k], *b = &tk->t[s + k];
		if (qt_len(a) != qt_len(b) || memcmp(doc + a->s, doc + b->s, qt_len(a)))
			return 0;
	}
	return 1;
}

static int cap_word(const qt_toks *tk, size_t i)
{
	return tk->t[i].kind == QT_WORD && (tk->t[i].flags & QF_CAP);
}

static int org_word(const ql_lex *words, const char *doc, const qt_toks *tk, size_t i)
{
	return cap_word(tk, i) && (qn_class(words, doc, tk, i) & QW_ORG);
}

/* Does a name ending before token q stand before an organisation word:
 * at q, or at q + 1 after a capitalised word that is no plural? */
static int before_org(const ql_lex *words, const char *doc, const qt_toks *tk, size_t q)
{
	if (q >= tk->n || !cap_word(tk, q))
		return 0;
	if (org_word(words, doc, tk, q))
		return 1;
	return !qt_ends(doc, &tk->t[q], "s") && q + 1 < tk->n && org_word(words, doc, tk, q + 1);
}

static void add(qo_index *x, uint64_t h, size_t s, size_t len)
{
	if (x->n == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 64;
		x->run = nf_xrealloc(x->run, x->cap * sizeof *x->run);
	}
	x->run[x->n++] = (struct qo_run){h, s, len};
}

static int by_hash(const void *a, const void *b)
{
	const struct qo_run *x = a, *y = b;
	return x->h < y->h ? -1 : x->h > y->h;
}

static void build(qo_index *x, const ql_lex *words, const char *doc, const qt_toks *tk)
{
	for (size_t q = 1; q < tk->n; q++)
		if (before_org(words, doc, tk, q))
			for (size_t len = 1; len <= ORG_RUN && len <= q; len++)
				add(x, hash_run(doc, tk, q - len, q), q - len, len);
	if (x->n)
		qsort(x->run, x->n, sizeof *x->run, by_hash);
	x->built = 1;
}

int qo_names_org(qo_index *x, const ql_lex *words, const char *doc, const qt_toks *tk,
		 size_t s, size_t e)
{
	size_t len = e - s;
	if (len > ORG_RUN) {	/* rare: look through the document */
		for (size_t i = 0; i + len < tk->n; i++)
			if (same_words(doc, tk, i, s, e) && before_org(words, doc, tk, i + len))
				return 1;
		return 0;
	}
	if (!x->built)
		build(x, words, doc, tk);
	uint64_t h = hash_run(doc, tk, s, e);
	size_t lo = 0, hi = x->n;
	while (lo < hi) {	/* the first run with hash h */
		size_t mid = lo + (hi - lo) / 2;
		if (x->run[mid].h < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < x->n && x->run[lo].h == h; lo++)
		if (x->run[lo].len == len && same_words(doc, tk, x->run[lo].s, s, e))
			return 1;
	return 0;
}
