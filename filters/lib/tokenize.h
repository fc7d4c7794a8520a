/* tokenize.h — words and punctuation with their offsets.
 *
 * Splits at white space, then peels punctuation off both ends of each chunk
 * the way newswire treebanks do ("said." -> said .; "Clinton's" -> Clinton
 * 's; "U.S." and "Mr." stay whole). Words keep inner hyphens, apostrophes,
 * periods and digit separators. Offsets are kept in bytes (for slicing) and
 * in Unicode characters (for output). Invalid UTF-8 bytes count as one
 * character each, like the U+FFFD the stream reader puts in their place. */
#ifndef NF_TOKENIZE_H
#define NF_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint32_t b, e;		/* byte offsets, end exclusive */
	uint32_t cb, ce;	/* character offsets, end exclusive */
} nf_tok;

typedef struct {
	nf_tok *t;
	size_t n, cap;
} nf_toks;

/* Character classes the tokenizer and the tagger's word shapes share. */
enum nf_cclass { NF_C_SPACE, NF_C_PUNCT, NF_C_UPPER, NF_C_LOWER, NF_C_LETTER,
		 NF_C_DIGIT };
enum nf_cclass nf_cclass(uint32_t cp);

/* Tokenize s[0..n) into out (cleared first); returns the token count. */
size_t nf_tokenize(const char *s, size_t n, nf_toks *out);
void nf_toks_free(nf_toks *t);

#endif
