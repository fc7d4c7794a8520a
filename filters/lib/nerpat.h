/* nerpat.h — DATE, MONEY and PERCENT spans found by PCRE2 patterns.
 *
 * The patterns are a readable file (filters/data/nerpat.txt, compiled in;
 * its header explains the format). Matching uses JIT and a match limit, so
 * no input can make it backtrack for long. */
#ifndef NF_NERPAT_H
#define NF_NERPAT_H

#include <stddef.h>

enum nf_pattype { NF_PAT_DATE, NF_PAT_MONEY, NF_PAT_PERCENT };

typedef struct {
	size_t start, end;	/* byte offsets into the text, end exclusive */
	enum nf_pattype type;
} nf_patspan;

typedef struct nf_nerpat nf_nerpat;

/* Compile the patterns of the file path, or the built-in ones when path is
 * NULL. An unreadable file exits 1 (see nf_blob_file); a bad line is
 * reported as "FILE:LINE: ..." and gives NULL. */
nf_nerpat *nf_nerpat_new(const char *path);
void nf_nerpat_free(nf_nerpat *p);

/* Find the spans in text[0..n): non-overlapping, leftmost first and then
 * longest, in text order. *out (capacity *cap, may start NULL/0) grows as
 * needed and is reused across calls; returns the number of spans. Text
 * after the first invalid UTF-8 byte is not searched. */
size_t nf_nerpat_find(nf_nerpat *p, const char *text, size_t n,
		      nf_patspan **out, size_t *cap);

/* "DATE", "MONEY", "PERCENT". */
const char *nf_pattype_name(enum nf_pattype t);

#endif
