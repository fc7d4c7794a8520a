/* quotes_tok.c — split a paragraph into words, punctuation and quote marks. */
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "quotes_tok.h"
#include "utf8.h"

int qt_is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
	       (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
	       c == 0x3000 || c == 0xFEFF;
}

int qt_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x17F)
		return !(c & 1);	/* Latin Extended-A: upper case at even points */
	if (c >= 0x391 && c <= 0x3A9)
		return 1;		/* Greek */
	return c >= 0x410 && c <= 0x42F;	/* Cyrillic */
}

int qt_is_alnum(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9');
	if (c == 0xD7 || c == 0xF7)
		return 0;
	if (c >= 0xAA && c <= 0x2FF)
		return c != 0xAB && c != 0xBB && c != 0xB4 && c != 0xB7 &&
		       c != 0xBF;
	/* combining accents too: "Pen\u0303a" written decomposed is one word */
	return c >= 0x300 && !(c >= 0x2000 && c <= 0x2BFF) &&
	       !(c >= 0x3000 && c <= 0x303F) && c != 0xFEFF;
}

static enum qt_mark mark_of(uint32_t c)
{
	switch (c) {
	case 0x201C: case 0x201F: return QM_DOPEN;
	case 0x201D: case 0x2033: return QM_DCLOSE;
	case '"': return QM_DSTRAIGHT;
	case 0x201E: return QM_LOW;
	case 0x2018: case 0x201B: case 0x201A: return QM_SOPEN;
	case 0x2019: return QM_SCLOSE;
	case '\'': return QM_SSTRAIGHT;
	case 0xAB: case 0x2039: return QM_GOPEN;
	case 0xBB: case 0x203A: return QM_GCLOSE;
	default: return QM_NONE;
	}
}

static uint32_t at(const char *s, size_t i, size_t to, size_t *len)
{
	if (i >= to) {
		*len = 0;
		return 0;
	}
	return nf_utf8_decode(s + i, to - i, len);
}

static void push(qt_toks *out, uint32_t s, uint32_t e, int kind, int mark,
		 int flags, int par)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 1024;
		out->t = nf_xrealloc(out->t, out->cap * sizeof *out->t);
	}
	qt_tok *t = &out->t[out->n++];
	t->s = s;
	t->e = e;
	t->kind = (unsigned char)kind;
	t->mark = (unsigned char)mark;
	t->role = QR_NONE;
	t->flags = (unsigned char)flags;
	t->par = par;
	t->quote = -1;
}

/* Length of the word starting at i: letters and digits, with an apostrophe,
 * hyphen, period or ampersand inside joining two alphanumerics
 * (don't, O’Brien, Okonkwo-Reyes, U.S, AT&T, 3.5). */
static size_t word_end(const char *s, size_t i, size_t to)
{
	size_t len, l2;
	while (i < to) {
		uint32_t c = at(s, i, to, &len);
		if (qt_is_alnum(c)) {
			i += len;
			continue;
		}
		if (c == '\'' || c == 0x2019 || c == '-' || c == '.' ||
		    c == '&' || c == 0x2010 || c == 0x2011) {
			uint32_t d = at(s, i + len, to, &l2);
			if (l2 && qt_is_alnum(d)) {
				i += len;
				continue;
			}
		}
		break;
	}
	return i;
}

void qt_tokenize(const char *s, size_t from, size_t to, int par, qt_toks *out)
{
	size_t i = from, len;
	int space = QF_SPACE_BEFORE, first = QF_PAR_START;
	size_t start_n = out->n;
	while (i < to) {
		uint32_t c = at(s, i, to, &len);
		if (qt_is_space(c)) {
			if (out->n > start_n)
				out->t[out->n - 1].flags |= QF_SPACE_AFTER;
			space = QF_SPACE_BEFORE;
			i += len;
			continue;
		}
		int flags = space | first;
		space = first = 0;
		enum qt_mark m = mark_of(c);
		if (qt_is_alnum(c)) {
			size_t e = word_end(s, i, to);
			if (qt_is_upper(c))
				flags |= QF_CAP;
			if (c >= '0' && c <= '9')
				flags |= QF_DIGIT;
			push(out, (uint32_t)i, (uint32_t)e, QT_WORD, QM_NONE, flags, par);
			i = e;
		} else {
			size_t l = len;
			if ((c == '\'' || c == '`') && i + 1 < to && s[i + 1] == (char)c) {
				m = QM_DSTRAIGHT;	/* '' and `` stand for " */
				l = 2;
			}
			push(out, (uint32_t)i, (uint32_t)(i + l),
			     m ? QT_MARK : QT_PUNCT, m, flags, par);
			i += l;
		}
	}
	if (out->n > start_n)
		out->t[out->n - 1].flags |= QF_SPACE_AFTER;
}

int qt_is(const char *doc, const qt_tok *t, const char *lower)
{
	size_t n = strlen(lower);
	return qt_len(t) == n && strncasecmp(doc + t->s, lower, n) == 0;
}

int qt_punct(const char *doc, const qt_tok *t, char c)
{
	return t->kind == QT_PUNCT && qt_len(t) == 1 && doc[t->s] == c;
}

int qt_dash(const char *doc, const qt_tok *t)
{
	return t->kind == QT_PUNCT && (qt_punct(doc, t, '-') ||
	       (qt_len(t) == 3 && (!memcmp(doc + t->s, "\xe2\x80\x94", 3) ||
				   !memcmp(doc + t->s, "\xe2\x80\x93", 3))));
}

size_t qt_sent_start(const qt_toks *tk, size_t i, size_t reach)
{
	size_t s = i;
	while (s > 0 && !(tk->t[s].flags & QF_SENT_START) && i - s < reach)
		s--;
	return s;
}

int qt_ends(const char *doc, const qt_tok *t, const char *suffix)
{
	size_t n = strlen(suffix);
	return qt_len(t) > n + 1 && !memcmp(doc + t->e - n, suffix, n);
}

int qt_in(const char *doc, const qt_tok *t, const char *const *words)
{
	for (; *words; words++)
		if (qt_is(doc, t, *words))
			return 1;
	return 0;
}

int qt_ends_in(const char *doc, const qt_tok *t, const char *const *suffixes)
{
	for (; *suffixes; suffixes++)
		if (qt_ends(doc, t, *suffixes))
			return 1;
	return 0;
}
