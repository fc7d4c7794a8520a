/* quotes_type.h — the type of a speaker's name (PER, ORG, LOC, MISC) from
 * the statistical tagger, run on the sentence where the speaker is named.
 * Only speakers are tagged, once per entity: the tagger costs far more per
 * byte than the rest of news-quotes. */
#ifndef NF_QUOTES_TYPE_H
#define NF_QUOTES_TYPE_H

#include <stddef.h>

typedef struct qy_tagger qy_tagger;

/* NULL when the embedded model cannot be loaded (reported once). */
qy_tagger *qy_new(void);
void qy_free(qy_tagger *y);
/* Start of a document: forget the tagger's memory. */
void qy_new_doc(qy_tagger *y);
/* Type of the name at bytes [b, e) of the sentence s[0..n) (offsets within
 * s): enum qn_type, or QN_UNK when the tagger sees no name there. */
int qy_type(qy_tagger *y, const char *s, size_t n, size_t b, size_t e);
/* The same for a name the tagger finds whole: "State Hillary Clinton" (of
 * "Secretary of State Hillary Clinton") is none. */
int qy_whole_type(qy_tagger *y, const char *s, size_t n, size_t b, size_t e);

#endif
