/* sentlex.h — the word lists behind the sentence splitter: one small hash
 * table from a lowercased word to the classes it belongs to. Internal to
 * sentsplit.c (and its unit test). */
#ifndef NF_SENTLEX_H
#define NF_SENTLEX_H

#include <stddef.h>

#include "data.h"

enum {
	LX_TITLE = 1 << 0,	/* before a name: never ends a sentence */
	LX_FINAL = 1 << 1,	/* may end one: the next word decides */
	LX_NUMBER = 1 << 2,	/* before a number: "No. 5" */
	LX_NEVER = 1 << 3,	/* always continues: "e.g.", "vs." */
	LX_TIME = 1 << 4,	/* "a.m.": ends one unless a day or zone follows */
	LX_STARTER = 1 << 5,	/* a word that opens sentences: "The", "It" */
	LX_SPEECH = 1 << 6,	/* "said", "asked" */
	LX_AFTERTIME = 1 << 7,	/* "Monday", "EST" */
	LX_PREP = 1 << 8,	/* "At", "By": a fragment opener */
	LX_STATE = 1 << 9,	/* "Ill.": ends a sentence unless a title follows */
	LX_CONT = 1 << 10	/* "the", "of": a line ending so goes on */
};
#define LX_ABBREV (LX_TITLE | LX_FINAL | LX_NUMBER | LX_NEVER | LX_TIME | LX_STATE)

#define LX_MAXKEY 31		/* longer words are in no list */

typedef struct nf_lex nf_lex;

nf_lex *nf_lex_new(void);
void nf_lex_free(nf_lex *x);
/* Add the entries of a list file ("[class]" sections; see
 * filters/data/abbrev-titles.txt). name is used in messages; an unknown
 * section exits 1 naming FILE:LINE. Entries before any section get dflt. */
void nf_lex_load(nf_lex *x, const nf_blob *b, const char *name, unsigned dflt);
/* Classes of word w[0..n) (n may exceed LX_MAXKEY: then 0). Entries written
 * with a capital only match when w starts with one. */
unsigned nf_lex_get(const nf_lex *x, const char *w, size_t n);

#endif
