/* regex.h — pcre2 as every pattern file uses it: UTF, JIT when the machine
 * has it, and match limits so no input makes a pattern backtrack for ever. */
#ifndef NF_REGEX_H
#define NF_REGEX_H

#include <stddef.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Compile pat[0..len) with PCRE2_UTF | flags and JIT it. On error returns
 * NULL with the reason in why and the offset in *off. */
pcre2_code *nf_re_compile(const char *pat, size_t len, uint32_t flags,
			  char *why, size_t whylen, size_t *off);
/* A match context with these limits; exits on out of memory. */
pcre2_match_context *nf_re_limits(uint32_t match_limit, uint32_t depth_limit);

#endif
