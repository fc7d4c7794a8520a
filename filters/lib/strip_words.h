/* strip_words.h — words and stopwords of a block (filters/data/strip-stopwords.txt). */
#ifndef NF_STRIP_WORDS_H
#define NF_STRIP_WORDS_H

#include <stddef.h>

/* Count the words of s[0..n) (runs of letters, digits, apostrophes and
 * non-ASCII bytes) and how many of them are stopwords. */
void strip_words(const char *s, size_t n, size_t *words, size_t *stops);
void strip_words_free(void);

/* What a character (by its first UTF-8 byte; continuation bytes 0) counts
 * for in lengths: a Chinese, Japanese or Korean character (U+3000..U+DFFF,
 * fullwidth forms) carries about as much as a short word, so 3; others 1. */
size_t strip_char_weight(unsigned char b);
size_t strip_weighted_len(const char *s, size_t n);

#endif
