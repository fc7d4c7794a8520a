/* quotes_lex.h — a small hash from lower-case word forms (one or two words)
 * to flag bits and an optional string, for the word lists of news-quotes. */
#ifndef NF_QUOTES_LEX_H
#define NF_QUOTES_LEX_H

#include <stddef.h>

#include "quotes_tok.h"

#define QL_KEYMAX 48

typedef struct ql_lex ql_lex;

typedef struct {
	unsigned bits;
	const char *str;	/* NULL or NUL-terminated, owned by the lexicon */
} ql_val;

ql_lex *ql_new(size_t expect);
void ql_free(ql_lex *l);
/* Add bits (and str, when the form is new) to a lower-case form. */
void ql_add(ql_lex *l, const char *form, size_t n, unsigned bits,
	    const char *str, size_t strn);
const ql_val *ql_get(const ql_lex *l, const char *form, size_t n);
/* Look up the words of tokens i..i+k-1 (lower-cased, joined by a space). */
const ql_val *ql_tokens(const ql_lex *l, const char *doc, const qt_toks *tk,
			size_t i, size_t k);

#endif
