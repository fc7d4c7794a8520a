/* strip_byline.h — "By …" lines, in plain text and in page blocks. */
#ifndef NF_STRIP_BYLINE_H
#define NF_STRIP_BYLINE_H

#include <stdbool.h>
#include <stddef.h>

/* "By Ines Halvorsen", "Written by Ana Lind and Tom Wu, Staff Writers":
 * short, a capital after "by", not a sentence. */
bool strip_is_byline(const char *s, size_t n);

/* The name of a byline line as s[*start..*end): after "By ", before a
 * " | ", " • ", " · " or " - " that leads to a role or a date. */
void strip_byline_name(const char *s, size_t n, size_t *start, size_t *end);

#endif
