/* sentsplit.h — sentence boundaries for English news text.
 *
 * Shared by news-split (one row per sentence) and news-quotes (quotations
 * that span sentences). Rules, not a model: abbreviation classes from
 * filters/data/abbrev-*.txt decide whether a period ends a sentence, the
 * word after it breaks ties (see news-split(1) for the full list). */
#ifndef NF_SENTSPLIT_H
#define NF_SENTSPLIT_H

#include <stddef.h>

/* byte offsets into text, end exclusive, surrounding whitespace excluded;
 * par = 0-based paragraph index within text: paragraphs end at blank
 * lines, and at the line breaks that end a line standing as a unit of its
 * own (text that writes one paragraph a line; see sentlayout.c) */
typedef struct { size_t start, end; int par; } nf_sent;

typedef struct nf_splitter nf_splitter;

/* abbrev_path: a file replacing the built-in abbreviation lists (format in
 * filters/data/abbrev-final.txt); NULL: the built-in lists from filters/data.
 * Exits 1 with a message when the file cannot be read. */
nf_splitter *nf_splitter_new(const char *abbrev_path);
void nf_splitter_free(nf_splitter *s);

/* Sentences of text[0..n), stored in (*out)[0..count) (grown with realloc;
 * *cap its capacity, both may start as NULL / 0 and are reused across
 * calls); returns the count. text need not be NUL-terminated. */
size_t nf_split(const nf_splitter *s, const char *text, size_t n,
		nf_sent **out, size_t *cap);

#endif
