/* utf8.h — the little UTF-8 the filters need. */
#ifndef NF_UTF8_H
#define NF_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Number of characters in s[0..n) (valid UTF-8: counts non-continuation bytes). */
size_t nf_utf8_count(const char *s, size_t n);
/* Decode one code point at s (n bytes available); *len gets its length.
 * Invalid input yields 0xFFFD with *len = 1. */
uint32_t nf_utf8_decode(const char *s, size_t n, size_t *len);
/* Encode cp into out (4 bytes room); returns its length. */
size_t nf_utf8_encode(uint32_t cp, char *out);
/* Length of the valid UTF-8 prefix of s[0..n). */
size_t nf_utf8_valid_prefix(const char *s, size_t n);

#endif
