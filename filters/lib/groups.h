/* groups.h — a hash table of group keys with counts, for news-agg.
 * Memory grows with the number of distinct groups only. */
#ifndef NF_GROUPS_H
#define NF_GROUPS_H

#include <stddef.h>
#include <stdint.h>

#include "stream.h"

typedef struct {
	const char *key;	/* fields separated by NUL bytes */
	size_t keylen;
	long long count, docs;
	uint64_t lastdoc;	/* serial of the last document counted in docs */
} nf_group;

typedef struct nf_groups nf_groups;

nf_groups *nf_groups_new(void);
void nf_groups_free(nf_groups *g);
/* The group of the given fields, created with zero counts if new. */
nf_group *nf_groups_get(nf_groups *g, const nf_str *fields, size_t n);
size_t nf_groups_len(const nf_groups *g);
/* All groups sorted by count descending, then by key bytes; the array is
 * the caller's to free. */
nf_group **nf_groups_sorted(nf_groups *g);

#endif
