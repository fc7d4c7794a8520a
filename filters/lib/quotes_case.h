/* quotes_case.h — capitalised words at a sentence start that are ordinary
 * words, not names ("Aides say", "Filling in for Sanders, West …",
 * "Eight years ago"), told from the document's own use of the word. */
#ifndef NF_QUOTES_CASE_H
#define NF_QUOTES_CASE_H

#include <stddef.h>
#include <stdint.h>

#include "quotes_lex.h"
#include "quotes_tok.h"

/* Word hashes seen in the document: lower-case, and capitalised inside a
 * sentence. Kept between documents to reuse the memory. */
typedef struct {
	uint64_t *h;
	size_t n, cap;
} qx_set;

typedef struct {
	qx_set lower, mid;
} qx_seen;

/* Set QF_COMMON on each sentence-initial capitalised word that the
 * document also writes in lower case and never capitalises inside a
 * sentence, or that is a number word or a participle ("Speaking to …")
 * not followed by a cue verb (cues). */
void qx_mark(const char *doc, qt_toks *tk, const ql_lex *cues, qx_seen *seen);
void qx_free(qx_seen *seen);

#endif
