/* quotes_cue.h — the cue-verb lexicon (filters/data/cues.txt). */
#ifndef NF_QUOTES_CUE_H
#define NF_QUOTES_CUE_H

#include "data.h"
#include "quotes_lex.h"

enum { QC_CLAUSE = 1, QC_OBJECT = 2, QC_INVERT = 4, QC_PREP = 8 };

/* Build from a blob in cues.txt format (FORM<TAB>LEMMA<TAB>FLAGS). */
ql_lex *qc_new(const nf_blob *b);
/* The embedded default list. */
ql_lex *qc_default(void);

/* The cue starting at token i (a lower-case word, or any word at a sentence
 * start; two-word forms are tried first), or NULL; *ntok gets its length.
 * The value's str is the lemma, bits the QC_ flags. */
const ql_val *qc_match(const ql_lex *l, const char *doc, const qt_toks *tk,
		       size_t i, size_t *ntok);

#endif
