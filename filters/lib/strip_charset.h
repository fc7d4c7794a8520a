/* strip_charset.h — any page's bytes → UTF-8, the way a browser would read them. */
#ifndef NF_STRIP_CHARSET_H
#define NF_STRIP_CHARSET_H

#include <stdbool.h>
#include <stddef.h>

/* Convert s[0..n) to UTF-8 (malloc'd, NUL-terminated, length in *outn).
 * The encoding comes from a BOM, then (html) a charset= declaration near the
 * start, else UTF-8; bytes that are not valid UTF-8 are read as
 * Windows-1252 (never ISO-8859-1's C1 controls). A single-byte declaration on
 * bytes that are valid multi-byte UTF-8 is taken to be wrong. NUL bytes become
 * spaces. */
char *strip_utf8(const char *s, size_t n, bool html, size_t *outn);

#endif
