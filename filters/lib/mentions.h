/* mentions.h — all the mentions in one row's text, for news-tag: names from
 * the statistical tagger, dates, money and percentages from patterns, each
 * with its canonical name in the document. */
#ifndef NF_MENTIONS_H
#define NF_MENTIONS_H

#include <stddef.h>
#include <stdint.h>

#include "namelink.h"
#include "ner.h"
#include "nerpat.h"
#include "stream.h"

enum nf_mtype { NF_M_PER, NF_M_ORG, NF_M_LOC, NF_M_MISC, NF_M_DATE,
		NF_M_MONEY, NF_M_PERCENT, NF_M_NTYPES };
extern const char *const nf_mtype_names[NF_M_NTYPES];

typedef struct {
	uint32_t b, e;		/* bytes in the text */
	uint32_t cb, ce;	/* characters in the text */
	int type;		/* enum nf_mtype */
	const char *entity;	/* canonical name, NULL: as written */
} nf_mention;

typedef struct nf_mentions nf_mentions;

/* The model and patterns stay the caller's; pat may be NULL (no DATE,
 * MONEY, PERCENT). */
nf_mentions *nf_mentions_new(const ner_model *m, nf_nerpat *pat);
void nf_mentions_free(nf_mentions *ms);
/* Forget the document: tagger memory and canonical names. */
void nf_mentions_new_doc(nf_mentions *ms);
/* Find the mentions of text[0..n), in order; returns their number. */
size_t nf_mentions_find(nf_mentions *ms, const char *text, size_t n);
const nf_mention *nf_mentions_get(const nf_mentions *ms, size_t i);
/* Output fields of mention i: start end type mention entity. Valid until
 * the next nf_mentions_find. */
void nf_mentions_row(nf_mentions *ms, size_t i, nf_str v[5]);

#endif
