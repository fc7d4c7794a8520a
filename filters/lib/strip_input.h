/* strip_input.h — reading news-strip's inputs: whole raw articles, and
 * telling a TSV stream from an article by its first line. */
#ifndef NF_STRIP_INPUT_H
#define NF_STRIP_INPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "buf.h"

/* Append the rest of f to b (NUL-terminated). False on a read error. */
bool strip_slurp(FILE *f, nf_buf *b);

/* Read f's first line; if it is a TSV header with an "html" or "text"
 * column, return a stream that yields that line and then the rest of f
 * (close it with fclose; f stays open). Otherwise the line is left in b
 * (the article's start) and NULL returned. */
FILE *strip_sniff_tsv(FILE *f, nf_buf *b);

/* Mostly control bytes and NULs in the first 4 KiB: not text at all. */
bool strip_is_binary(const char *s, size_t n);

#endif
