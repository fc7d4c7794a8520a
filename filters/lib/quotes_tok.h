/* quotes_tok.h — the small word/punctuation tokenizer news-quotes works on.
 * Tokens are byte spans into one document buffer; quote marks are their own
 * tokens so that the quote scanner can pair them. */
#ifndef NF_QUOTES_TOK_H
#define NF_QUOTES_TOK_H

#include <stddef.h>
#include <stdint.h>

enum qt_kind { QT_WORD, QT_PUNCT, QT_MARK };

/* What a quote mark looks like (set by the tokenizer) ... */
enum qt_mark {
	QM_NONE, QM_DOPEN, QM_DCLOSE, QM_DSTRAIGHT, QM_LOW,	/* “ ” " „ */
	QM_SOPEN, QM_SCLOSE, QM_SSTRAIGHT, QM_GOPEN, QM_GCLOSE	/* ‘ ’ ' « » */
};
/* ... and what the scanner decided it is. */
enum qt_role { QR_NONE, QR_OPEN, QR_CLOSE };

enum {
	QF_CAP = 1,		/* word starts with an upper-case letter */
	QF_SPACE_BEFORE = 2,	/* whitespace (or paragraph start) before */
	QF_SPACE_AFTER = 4,	/* whitespace (or paragraph end) after */
	QF_PAR_START = 8,	/* first token of a paragraph */
	QF_SENT_START = 16,	/* first token of a sentence */
	QF_DIGIT = 32,		/* word starts with a digit */
	QF_INQUOTE = 64,	/* inside a top-level quotation (marks included) */
	QF_COMMON = 128		/* sentence-initial capital on an ordinary word */
};

typedef struct {
	uint32_t s, e;		/* byte span in the document */
	unsigned char kind, mark, role, flags;
	int par;		/* paragraph index, 0-based */
	int quote;		/* top-level quotation index or -1 */
} qt_tok;

typedef struct {
	qt_tok *t;
	size_t n, cap;
} qt_toks;

/* Append the tokens of s[from..to) (one paragraph) to out. */
void qt_tokenize(const char *s, size_t from, size_t to, int par, qt_toks *out);

/* Helpers on code points. */
int qt_is_space(uint32_t c);
int qt_is_upper(uint32_t c);
int qt_is_alnum(uint32_t c);

/* Token text helpers. */
static inline size_t qt_len(const qt_tok *t) { return t->e - t->s; }
/* Case-insensitive ASCII compare of token text with a lower-case word. */
int qt_is(const char *doc, const qt_tok *t, const char *lower);
/* True when t is longer than suffix by more than one byte and ends in it
 * ("called" ends in "ed", "saying" in "ing"). */
int qt_ends(const char *doc, const qt_tok *t, const char *suffix);
/* True when t is one of the lower-case words of the NULL-terminated list
 * (case-insensitive, as qt_is). */
int qt_in(const char *doc, const qt_tok *t, const char *const *words);
/* True when t ends in one of the NULL-terminated suffixes (as qt_ends). */
int qt_ends_in(const char *doc, const qt_tok *t, const char *const *suffixes);
/* True when t is the single punctuation byte c. */
int qt_punct(const char *doc, const qt_tok *t, char c);
/* True when t is a dash: "-", "–" or "—". */
int qt_dash(const char *doc, const qt_tok *t);
/* The first token of token i's sentence, looking back at most reach
 * tokens (the token reached then when the start is further). */
size_t qt_sent_start(const qt_toks *tk, size_t i, size_t reach);

#endif
