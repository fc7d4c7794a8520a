/* strip_words.h — words and stopwords of a block (filters/data/strip-stopwords.txt). */
#ifndef NF_STRIP_WORDS_H
#define NF_STRIP_WORDS_H

#include <stddef.h>

/* Count the words of s[0..n) (runs of letters, digits, apostrophes and
 * non-ASCII bytes) and how many of them are stopwords. */
void strip_words(const char *s, size_t n, size_t *words, size_t *stops);
void strip_words_free(void);

#endif
