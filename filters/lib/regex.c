/* regex.c — compiling patterns and bounding their matches (see regex.h). */
#include "error.h"
#include "regex.h"

pcre2_code *
nf_re_compile(const char *pat, size_t len, uint32_t flags, char *why,
	      size_t whylen, size_t *off)
{
	int err;
	PCRE2_SIZE at;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, len, PCRE2_UTF | flags,
					 &err, &at, NULL);
	if (!code) {
		pcre2_get_error_message(err, (PCRE2_UCHAR *)why, whylen);
		*off = (size_t)at;
		return NULL;
	}
	/* Without JIT support matching still works, only slower. */
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	return code;
}

pcre2_match_context *
nf_re_limits(uint32_t match_limit, uint32_t depth_limit)
{
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	if (!mc)
		nf_die("out of memory");
	pcre2_set_match_limit(mc, match_limit);
	pcre2_set_depth_limit(mc, depth_limit);
	return mc;
}
