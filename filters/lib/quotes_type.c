/* quotes_type.c — speaker types from the news-tag tagger. */
#include <stdlib.h>

#include "buf.h"
#include "error.h"
#include "mentions.h"
#include "quotes_name.h"
#include "quotes_type.h"

NF_DATA(ner_model);

struct qy_tagger {
	ner_model model;
	nf_mentions *ms;
	const char *last;	/* the sentence last tagged (this document) */
	size_t last_n, k;	/* its length and mention count */
};

qy_tagger *qy_new(void)
{
	qy_tagger *y = nf_xcalloc(1, sizeof *y);
	char err[128];
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	if (ner_model_load(&y->model, NF_BLOB(ner_model), err, sizeof err) != 0) {
		nf_warn("tagger model: %s; speaker types by rule only", err);
		free(y);
		return NULL;
	}
	y->ms = nf_mentions_new(&y->model, NULL);
	return y;
}

void qy_free(qy_tagger *y)
{
	if (!y)
		return;
	nf_mentions_free(y->ms);
	ner_model_free(&y->model);
	free(y);
}

void qy_new_doc(qy_tagger *y)
{
	if (y) {
		nf_mentions_new_doc(y->ms);
		y->last = NULL;
	}
}

#define POSS 4	/* bytes of a possessive ’s the tagger may leave out */

/* whole: the tagger's name must cover [b, e) (less a possessive), else
 * any overlap will do. */
static int type_of(qy_tagger *y, const char *s, size_t n, size_t b, size_t e, int whole)
{
	static const int types[] = {QN_PER, QN_ORG, QN_LOC, QN_MISC};
	if (!y)
		return QN_UNK;
	/* each sentence on its own: the linker's memory is of no use here and
	 * would grow with every name of a long document; the names of one
	 * sentence are often asked about in a row, so the last is kept */
	if (s != y->last || n != y->last_n) {
		nf_mentions_new_doc(y->ms);
		y->k = nf_mentions_find(y->ms, s, n);
		y->last = s;
		y->last_n = n;
	}
	size_t k = y->k;
	for (size_t i = 0; i < k; i++) {
		const nf_mention *m = nf_mentions_get(y->ms, i);
		if (m->b < e && b < m->e && m->type <= NF_M_MISC &&
		    (!whole || (m->b <= b && m->e + POSS >= e)))
			return types[m->type];
	}
	return QN_UNK;
}

int qy_type(qy_tagger *y, const char *s, size_t n, size_t b, size_t e)
{
	return type_of(y, s, n, b, e, 0);
}

int qy_whole_type(qy_tagger *y, const char *s, size_t n, size_t b, size_t e)
{
	return type_of(y, s, n, b, e, 1);
}
