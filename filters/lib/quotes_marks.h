/* quotes_marks.h — pair quote marks into top-level quotations.
 *
 * Handles “…” "…" „…“ «…» and single ‘…’ '…' (apostrophes told apart by
 * context), nesting, sloppy marks (“…“), and quotations that run over
 * paragraphs: a paragraph that ends inside a quotation continues it when the
 * next paragraph opens with a mark; otherwise the quotation ends with the
 * paragraph. */
#ifndef NF_QUOTES_MARKS_H
#define NF_QUOTES_MARKS_H

#include "quotes_tok.h"

typedef struct {
	size_t open;		/* token of the opening mark */
	size_t last;		/* last token (the closing mark when closed) */
	int closed;		/* 1 when a closing mark ends it */
} qm_quote;

typedef struct {
	qm_quote *q;
	size_t n, cap;
} qm_quotes;

/* Pair the marks of all tokens (a whole document, paragraphs set in
 * t[i].par); sets role, quote and QF_INQUOTE on the tokens and fills out. */
void qm_scan(const char *doc, qt_toks *toks, qm_quotes *out);

#endif
