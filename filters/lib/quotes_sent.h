/* quotes_sent.h — where a sentence boundary must not cut a quotation from
 * its attribution. Sentences come from news-split rows or from the shared
 * splitter (sentsplit.h); both end a sentence after "…!”" even when
 * "Daniel Okonkwo-Reyes declared." follows, which belongs to the quote. */
#ifndef NF_QUOTES_SENT_H
#define NF_QUOTES_SENT_H

#include "quotes_lex.h"
#include "quotes_tok.h"

/* The quotation closing just before token j is attributed by the words from
 * j on ("…!” Daniel Okonkwo-Reyes, the director, declared"), so no sentence
 * starts at j. */
int qs_attribution_follows(const ql_lex *cues, const char *doc, const qt_toks *tk,
			   size_t j);

#endif
