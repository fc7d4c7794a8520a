/* strip_defuse.h — keep libxml2's HTML parsing linear on hostile pages. */
#ifndef NF_STRIP_DEFUSE_H
#define NF_STRIP_DEFUSE_H

#include <stddef.h>

/* Overwrite with spaces every end tag of s[0..n) whose name has no open
 * element (outside comments and script/style text), start tags nested
 * deeper than 512, and the attributes of a tag past its 256th. */
void strip_defuse(char *s, size_t n);

#endif
