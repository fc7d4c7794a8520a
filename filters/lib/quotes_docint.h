/* quotes_docint.h — the inside of a qd_doc, shared by quotes_doc.c (the
 * text, its paragraphs and sentences), quotes_find.c (quotations and
 * indirect speech as items) and quotes_speak.c (speakers, output rows). */
#ifndef NF_QUOTES_DOCINT_H
#define NF_QUOTES_DOCINT_H

#include "quotes_attr.h"
#include "quotes_case.h"
#include "quotes_doc.h"
#include "quotes_link.h"
#include "quotes_marks.h"
#include "quotes_orgs.h"
#include "quotes_role.h"
#include "quotes_type.h"
#include "sentsplit.h"

typedef struct {
	enum qd_kind kind;
	size_t s, e;		/* tokens of the text [s, e) */
	int has;		/* attribution found */
	qa_attr a;
	long parent;		/* merged into this earlier item, or -1 */
	long from;		/* speaker taken from this earlier item, or -1 */
	int drop;
	int chained;		/* follows another quotation in its sentence */
	long ent;		/* resolved entity, or -1 */
} item;

typedef struct {
	uint32_t s, e;
} span;

struct qd_doc {
	struct qd_opts o;
	ql_lex *cues, *words;
	ql_lex *places;		/* quotes_place.c */
	nf_buf text;
	span *par;
	size_t npar, parcap;
	uint32_t *given;	/* starts of rows that are sentences */
	size_t ngiven, givencap;
	uint32_t *sent;		/* sentence start bytes */
	size_t nsent, sentcap;
	qt_toks tk;
	qm_quotes qm;
	item *it;
	size_t nit, itcap;
	qd_out *out;
	size_t nout, outcap;
	qk_doc k;
	qx_seen seen;		/* word forms, for QF_COMMON */
	qr_roles *roles;	/* role nouns of the people named */
	qo_index orgs;		/* names written before an organisation word */
	size_t scanned;		/* tokens scanned for named mentions */
	qy_tagger *tagger;	/* NULL: types by rule */
	nf_splitter *splitter;
	nf_sent *ss;
	size_t sscap;
};

#define GROW(p, n, cap) do { \
	if ((n) == (cap)) { \
		(cap) = (cap) ? 2 * (cap) : 16; \
		(p) = nf_xrealloc((p), (cap) * sizeof *(p)); \
	} } while (0)

/* quotes_find.c: the items of a tokenized document, sorted, linked. */
void qd_find(qd_doc *d, const qa_ctx *c);
/* quotes_speak.c: resolve the items' speakers into output rows. */
void qd_speak(qd_doc *d);

#endif
