/* sentchar.h — the characters the sentence splitter looks at: white space,
 * quotes and brackets, bullets, ellipses, letter case. Each *_len function
 * gives the byte length of that character at t[i] (t has n bytes), or 0.
 * Internal to sentsplit.c. */
#ifndef NF_SENTCHAR_H
#define NF_SENTCHAR_H

#include <stddef.h>

enum { K_END, K_LOWER, K_UPPER, K_DIGIT, K_OTHER };

size_t sc_ws_len(const char *t, size_t n, size_t i);
/* Length of the white-space character that ends just before t[i]. */
size_t sc_ws_before(const char *t, size_t i);
/* The same as a truth value, fast for ASCII (it runs once per byte). */
int sc_ws_ends_at(const char *t, size_t i);
size_t sc_closer_len(const char *t, size_t n, size_t i);	/* " ' ) ] ” ’ » */
size_t sc_quote_open_len(const char *t, size_t n, size_t i);	/* " ' “ ‘ « */
size_t sc_bracket_open_len(const char *t, size_t n, size_t i);	/* ( [ { */
size_t sc_bullet_len(const char *t, size_t n, size_t i);	/* • ⁃ ‣ ▪ ● */
size_t sc_ellipsis_len(const char *t, size_t n, size_t i);	/* … */
/* Kind of the character at t[i]: K_LOWER / K_UPPER for cased letters of
 * Latin, Greek and Cyrillic, K_DIGIT, K_OTHER, or K_END when i >= n. */
int sc_kind(const char *t, size_t n, size_t i);
/* Skip white space from i; *newline is set when it holds a line break. */
size_t sc_skip_ws(const char *t, size_t n, size_t i, int *newline);

#endif
