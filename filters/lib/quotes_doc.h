/* quotes_doc.h — one document's text, and the quotations found in it.
 *
 * The program appends the rows of a document (sentences, paragraphs or whole
 * texts) with qd_add, then qd_run finds the quotations: direct and partial
 * ones between quote marks, indirect speech from cue verbs, each with its
 * speaker resolved across the document. */
#ifndef NF_QUOTES_DOC_H
#define NF_QUOTES_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum qd_kind { QD_DIRECT, QD_PARTIAL, QD_INDIRECT };

typedef struct {
	enum qd_kind kind;
	uint32_t start;		/* byte in the document where it starts */
	nf_buf text, speaker, mention;
	const char *type;	/* PER, ORG, LOC or "" */
	const char *cue;	/* lemma or "" */
} qd_out;

struct qd_opts {
	int all;		/* report scare quotes too */
	int indirect;		/* find indirect speech (default on) */
	int tagger;		/* speaker types from the tagger (default on) */
	int mixed;		/* partial quotes with their reported content */
	int line_pars;		/* paragraphs end at lines that stand alone too,
				 * as news-split numbers them (where no earlier
				 * stage gave paragraphs) */
};

typedef struct qd_doc qd_doc;

qd_doc *qd_new(const struct qd_opts *o);
void qd_free(qd_doc *d);
/* Forget the document. */
void qd_begin(qd_doc *d);
/* Append a row's text. newpar: it starts a paragraph (else it joins the
 * previous row with a space); sentence: the row is one sentence. Blank lines
 * inside text start paragraphs too. Returns the row's first byte. */
uint32_t qd_add(qd_doc *d, const char *s, size_t n, int newpar, int sentence);
/* Find the quotations; returns how many (qd_get 0..n-1, in text order). */
size_t qd_run(qd_doc *d);
const qd_out *qd_get(const qd_doc *d, size_t i);
/* 1-based paragraph and sentence of the byte at pos. */
long qd_par(const qd_doc *d, uint32_t pos);
long qd_sent(const qd_doc *d, uint32_t pos);

#endif
