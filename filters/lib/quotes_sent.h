/* quotes_sent.h — sentence starts for text that came without sentence rows.
 * A plain rule (end punctuation, then a capital, digit or opening mark;
 * titles and initials are no ends); rows from news-split are used as they
 * are instead. */
#ifndef NF_QUOTES_SENT_H
#define NF_QUOTES_SENT_H

#include "quotes_lex.h"
#include "quotes_tok.h"

/* Set QF_SENT_START on the tokens that start sentences (quote roles must be
 * set already). */
void qs_split(const ql_lex *words, const ql_lex *cues, const char *doc, qt_toks *tk);
/* "…!” Daniel Okonkwo-Reyes declared." — a quotation's attribution follows
 * the closing mark before token j, so no sentence starts at j. */
int qs_attribution_follows(const ql_lex *cues, const char *doc, const qt_toks *tk,
			   size_t j);

#endif
