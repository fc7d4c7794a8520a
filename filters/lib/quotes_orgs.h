/* quotes_orgs.h — the runs of words a document writes right before an
 * organisation's last word ("Sandy Hook" of "Sandy Hook Elementary
 * School"), so that such a name is taken for a place, not a person. Built
 * once a document, asked once a name. */
#ifndef NF_QUOTES_ORGS_H
#define NF_QUOTES_ORGS_H

#include <stddef.h>
#include <stdint.h>

#include "quotes_lex.h"
#include "quotes_tok.h"

typedef struct {
	struct qo_run *run;	/* sorted by hash */
	size_t n, cap;
	int built;		/* for the current document */
} qo_index;

/* Forget the document (keep the memory). */
void qo_reset(qo_index *x);
void qo_free(qo_index *x);
/* Are tokens [s, e) written somewhere in the document right before an
 * organisation's last word of the word lists, with at most one more
 * capitalised word between (not a plural: "Clinton Reassures House
 * Democrats")? Builds the index on first use. */
int qo_names_org(qo_index *x, const ql_lex *words, const char *doc, const qt_toks *tk,
		 size_t s, size_t e);

#endif
