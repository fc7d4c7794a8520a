/* tokenize.c — see tokenize.h. */
#include "tokenize.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"

enum nf_cclass nf_cclass(uint32_t cp)
{
	if (cp < 0x80) {
		if (cp == ' ' || (cp >= '\t' && cp <= '\r'))
			return NF_C_SPACE;
		if (cp >= 'A' && cp <= 'Z')
			return NF_C_UPPER;
		if (cp >= 'a' && cp <= 'z')
			return NF_C_LOWER;
		if (cp >= '0' && cp <= '9')
			return NF_C_DIGIT;
		return NF_C_PUNCT;
	}
	if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	    cp == 0x205F || cp == 0x3000 || cp == 0x85)
		return NF_C_SPACE;
	/* symbols, emoji and their joiners are not letters */
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0x200C || cp == 0x200D ||
	    (cp >= 0x2010 && cp <= 0x2E7F) || (cp >= 0x3001 && cp <= 0x303F) ||
	    (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F000 && cp <= 0x1FAFF))
		return NF_C_PUNCT;
	/* Case for the scripts news text mostly uses; the rest are letters. */
	if (cp < 0xDF)
		return NF_C_UPPER;
	if (cp < 0x100)
		return NF_C_LOWER;
	if (cp < 0x180) {
		/* Latin Extended-A pairs upper/lower, odd-first in two stretches */
		if (cp == 0x178)
			return NF_C_UPPER;
		if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
			return NF_C_LOWER;
		unsigned odd_upper = (cp >= 0x139 && cp <= 0x148) ||
				     (cp >= 0x179 && cp <= 0x17E);
		return (cp & 1) == odd_upper ? NF_C_UPPER : NF_C_LOWER;
	}
	if (cp >= 0x391 && cp <= 0x3A9)
		return NF_C_UPPER;
	if (cp >= 0x3B1 && cp <= 0x3C9)
		return NF_C_LOWER;
	if (cp >= 0x400 && cp <= 0x42F)
		return NF_C_UPPER;
	if (cp >= 0x430 && cp <= 0x45F)
		return NF_C_LOWER;
	return NF_C_LETTER;
}

/* Code point at s[i], end of text e; *len gets its byte length. */
static uint32_t cp_at(const char *s, size_t i, size_t e, size_t *len)
{
	return nf_utf8_decode(s + i, e - i, len);
}

/* Code point ending at s[e], not before s[b]. */
static uint32_t cp_before(const char *s, size_t b, size_t e, size_t *len)
{
	size_t p = e - 1, l;
	while (p > b && ((unsigned char)s[p] & 0xC0) == 0x80 && e - p < 4)
		p--;
	uint32_t cp = nf_utf8_decode(s + p, e - p, &l);
	if (l != e - p) {
		*len = 1;
		return 0xFFFD;
	}
	*len = l;
	return cp;
}

/* Dashes and ellipses split words even without spaces around them. */
static int is_hard(uint32_t cp)
{
	return cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2026;
}

static int is_lead(uint32_t cp)
{
	return cp == '(' || cp == '[' || cp == '{' || cp == '<' || cp == '"' ||
	       cp == '\'' || cp == '`' || cp == 0x201C || cp == 0x2018 ||
	       cp == 0x201E || cp == 0xAB || cp == 0x2039 || cp == 0xBF ||
	       cp == 0xA1 || cp == '*';
}

static int is_trail(uint32_t cp)
{
	return cp == ')' || cp == ']' || cp == '}' || cp == '>' || cp == '"' ||
	       cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == 0xBB ||
	       cp == 0x203A || cp == ',' || cp == ';' || cp == ':' ||
	       cp == '!' || cp == '?' || cp == '.' || cp == '*';
}

static int is_apos(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

/* Words whose final period belongs to them (compared lower-cased). */
static const char *const abbrevs[] = {
	"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col",
	"lt", "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "rev",
	"inc", "corp", "co", "ltd", "plc", "bros", "no", "vs", "messrs", "ft",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "mt", "gov", "pres", "supt", "insp", "det", "ave", "blvd",
	"dept", "univ", "assn", "approx", "est", "etc", "cf", "al", "fig",
};

static int is_abbrev(const char *s, size_t b, size_t e)
{
	/* e is the position of the final period */
	if (e - b == 1)
		return nf_cclass((unsigned char)s[b]) != NF_C_PUNCT;
	if (memchr(s + b, '.', e - b))
		return 1;
	if (e - b > 6)
		return 0;
	char low[8];
	for (size_t i = b; i < e; i++) {
		char c = s[i];
		low[i - b] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	low[e - b] = 0;
	for (size_t i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
		if (strcmp(low, abbrevs[i]) == 0)
			return 1;
	return 0;
}

static int all_alnum(const char *s, size_t b, size_t e)
{
	while (b < e) {
		size_t l;
		enum nf_cclass c = nf_cclass(cp_at(s, b, e, &l));
		if (c == NF_C_PUNCT || c == NF_C_SPACE)
			return 0;
		b += l;
	}
	return 1;
}

typedef struct {
	const char *s;
	size_t n;
	nf_toks *out;
	size_t cur_b, cur_c;	/* a byte offset and its character offset */
} tokenizer;

static size_t char_off(tokenizer *t, size_t b)
{
	while (t->cur_b < b) {
		size_t l;
		cp_at(t->s, t->cur_b, t->n, &l);
		t->cur_b += l;
		t->cur_c++;
	}
	return t->cur_c;
}

static void emit(tokenizer *t, size_t b, size_t e)
{
	nf_toks *o = t->out;
	if (b >= e)
		return;
	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 64;
		o->t = nf_xrealloc(o->t, o->cap * sizeof *o->t);
	}
	nf_tok *k = &o->t[o->n++];
	k->b = (uint32_t)b;
	k->e = (uint32_t)e;
	k->cb = (uint32_t)char_off(t, b);
	k->ce = (uint32_t)char_off(t, e);
}

/* End of the run of code point cp starting at b. */
static size_t run_end(const char *s, size_t b, size_t e, uint32_t cp)
{
	size_t l;
	while (b < e && cp_at(s, b, e, &l) == cp)
		b += l;
	return b;
}

/* Peel trailing punctuation off [b, e); returns the new end of the word and
 * stores the start of each peeled piece in cuts[] (innermost last). */
static size_t peel_right(const char *s, size_t b, size_t e, size_t *cuts,
			 size_t *ncut, size_t maxcut)
{
	while (e > b && *ncut < maxcut) {
		size_t l;
		uint32_t cp = cp_before(s, b, e, &l);
		if (!is_trail(cp))
			break;
		size_t p = e - l;
		if (cp == '.') {
			size_t q = p;
			while (q > b && s[q - 1] == '.')
				q--;
			if (q == p && q > b && is_abbrev(s, b, p))
				break;
			p = q;
		} else if (p > b && s[p - 1] == (char)cp && cp < 0x80) {
			while (p > b && s[p - 1] == (char)cp)
				p--;
		}
		cuts[(*ncut)++] = p;
		e = p;
	}
	return e;
}

/* A word without surrounding punctuation: split 's and n't off. */
static void emit_word(tokenizer *t, size_t b, size_t e)
{
	const char *s = t->s;
	size_t l;
	if (e - b > 3 && (s[e - 1] == 's' || s[e - 1] == 'S')) {
		uint32_t cp = cp_before(s, b, e - 1, &l);
		if (is_apos(cp)) {
			emit(t, b, e - 1 - l);
			emit(t, e - 1 - l, e);
			return;
		}
	}
	if (e - b > 3 && (s[e - 1] == 't' || s[e - 1] == 'T') &&
	    s[e - 2] == '\'' && (s[e - 3] == 'n' || s[e - 3] == 'N')) {
		emit(t, b, e - 3);
		emit(t, e - 3, e);
		return;
	}
	emit(t, b, e);
}

/* One chunk without spaces or hard punctuation. */
static void chunk(tokenizer *t, size_t b, size_t e)
{
	const char *s = t->s;
	size_t l;
	while (b < e) {
		uint32_t cp = cp_at(s, b, e, &l);
		if (!is_lead(cp))
			break;
		/* 's, '90s: an apostrophe that starts a word stays with it */
		if (cp == '\'' && b + l < e && all_alnum(s, b + l, e))
			break;
		size_t r = run_end(s, b, e, cp);
		emit(t, b, r);
		b = r;
	}
	size_t cuts[16], ncut = 0;
	size_t we = peel_right(s, b, e, cuts, &ncut, 16);
	if (we == b && ncut > 0) {
		/* only punctuation: the peeled pieces are the tokens */
		we = cuts[ncut - 1];
		emit(t, b, we);
	} else {
		emit_word(t, b, we);
	}
	for (size_t i = ncut; i-- > 0;) {
		size_t pe = i > 0 ? cuts[i - 1] : e;
		if (cuts[i] >= we)
			emit(t, cuts[i], pe);
	}
}

size_t nf_tokenize(const char *s, size_t n, nf_toks *out)
{
	tokenizer t = { s, n, out, 0, 0 };
	size_t i = 0;
	out->n = 0;
	while (i < n) {
		size_t l;
		uint32_t cp = cp_at(s, i, n, &l);
		if (nf_cclass(cp) == NF_C_SPACE) {
			i += l;
			continue;
		}
		if (is_hard(cp)) {
			emit(&t, i, i + l);
			i += l;
			continue;
		}
		if (cp == '-' && i + 1 < n && s[i + 1] == '-') {
			size_t r = run_end(s, i, n, '-');
			emit(&t, i, r);
			i = r;
			continue;
		}
		size_t b = i;
		while (i < n) {
			cp = cp_at(s, i, n, &l);
			if (nf_cclass(cp) == NF_C_SPACE || is_hard(cp))
				break;
			/* "--" inside a chunk is a dash */
			if (cp == '-' && i > b && i + 1 < n && s[i + 1] == '-')
				break;
			i += l;
		}
		if (i < n && s[i] == '-' && i > b) {
			chunk(&t, b, i);
			size_t r = run_end(s, i, n, '-');
			emit(&t, i, r);
			i = r;
			continue;
		}
		chunk(&t, b, i);
	}
	return out->n;
}

void nf_toks_free(nf_toks *t)
{
	free(t->t);
	t->t = NULL;
	t->n = t->cap = 0;
}
