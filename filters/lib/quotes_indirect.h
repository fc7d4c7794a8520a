/* quotes_indirect.h — indirect speech: "X said (that) …", "…, X said.",
 * "according to X, …", "And that, X said, was …", whose content holds no
 * quotation (those are reported with their clause by the quote finder). */
#ifndef NF_QUOTES_INDIRECT_H
#define NF_QUOTES_INDIRECT_H

#include "quotes_attr.h"

/* Called per found item with the content tokens [s, e) and attribution. */
typedef void (*qi_emit)(void *arg, size_t s, size_t e, const qa_attr *a);

/* The reported content of the sentence [s, e) under attribution a: after
 * the cue (and its "that"), or before a closing ", X said", or around
 * "according to X"; 0 when the cue takes no clause. */
int qi_content(const qa_ctx *c, size_t s, size_t e, const qa_attr *a,
	       size_t *cs, size_t *ce);

void qi_find(const qa_ctx *c, qi_emit emit, void *arg);

#endif
