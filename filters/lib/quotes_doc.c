/* quotes_doc.c — hold a document, find its quotations, resolve speakers. */
#include <stdlib.h>
#include <string.h>

#include "quotes_attr.h"
#include "quotes_doc.h"
#include "quotes_link.h"
#include "quotes_marks.h"
#include "quotes_indirect.h"
#include "quotes_sent.h"
#include "quotes_type.h"
#include "sentsplit.h"

#define SALIENT_REACH 400	/* tokens back to a person for an unattributed quote */
#define SCARE_WORDS 4
#define TITLE_WORDS 6	/* longest quoted title */	/* a quoted term this short with no cue is a scare quote */

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
	size_t scanned;		/* tokens scanned for named mentions */
	qy_tagger *tagger;	/* NULL: types by rule */
	nf_splitter *splitter;
	nf_sent *ss;
	size_t sscap;
};

qd_doc *qd_new(const struct qd_opts *o)
{
	qd_doc *d = nf_xcalloc(1, sizeof *d);
	d->o = *o;
	d->cues = qc_default();
	d->words = qn_words();
	d->splitter = nf_splitter_new(NULL);
	if (o->tagger)
		d->tagger = qy_new();
	return d;
}

void qd_free(qd_doc *d)
{
	if (!d)
		return;
	ql_free(d->cues);
	ql_free(d->words);
	nf_buf_free(&d->text);
	free(d->par);
	free(d->given);
	free(d->sent);
	free(d->tk.t);
	free(d->qm.q);
	free(d->it);
	for (size_t i = 0; i < d->outcap; i++) {
		nf_buf_free(&d->out[i].text);
		nf_buf_free(&d->out[i].speaker);
		nf_buf_free(&d->out[i].mention);
	}
	free(d->out);
	qk_free(&d->k);
	qy_free(d->tagger);
	nf_splitter_free(d->splitter);
	free(d->ss);
	free(d);
}

void qd_begin(qd_doc *d)
{
	nf_buf_clear(&d->text);
	d->npar = d->ngiven = d->nsent = d->nit = d->nout = 0;
	d->tk.n = 0;
	d->qm.n = 0;
	qk_reset(&d->k);
	qy_new_doc(d->tagger);
	d->scanned = 0;
}

#define GROW(p, n, cap) do { \
	if ((n) == (cap)) { \
		(cap) = (cap) ? 2 * (cap) : 16; \
		(p) = nf_xrealloc((p), (cap) * sizeof *(p)); \
	} } while (0)

static void new_par(qd_doc *d, uint32_t at)
{
	if (d->npar && d->par[d->npar - 1].s == at)
		return;
	GROW(d->par, d->npar, d->parcap);
	d->par[d->npar++] = (span){at, at};
}

/* Length of a blank line (LF, blanks, LF) starting at s[i], or 0. */
static size_t blank_line(const char *s, size_t i, size_t n)
{
	if (s[i] != '\n')
		return 0;
	for (size_t j = i + 1; j < n; j++) {
		if (s[j] == '\n')
			return j + 1 - i;
		if (s[j] != ' ' && s[j] != '\t' && s[j] != '\r')
			return 0;
	}
	return 0;
}

uint32_t qd_add(qd_doc *d, const char *s, size_t n, int newpar, int sentence)
{
	if (d->text.n) {
		nf_buf_adds(&d->text, newpar ? "\n\n" : " ");
	}
	uint32_t start = (uint32_t)d->text.n;
	if (newpar || !d->npar)
		new_par(d, start);
	if (sentence) {
		GROW(d->given, d->ngiven, d->givencap);
		d->given[d->ngiven++] = start;
	}
	size_t from = 0;
	for (size_t i = 0; i < n; i++) {
		size_t b = blank_line(s, i, n);
		if (!b)
			continue;
		nf_buf_add(&d->text, s + from, i - from);
		d->par[d->npar - 1].e = (uint32_t)d->text.n;
		nf_buf_adds(&d->text, "\n\n");
		i += b - 1;
		from = i + 1;
		new_par(d, (uint32_t)d->text.n);
	}
	nf_buf_add(&d->text, s + from, n - from);
	d->par[d->npar - 1].e = (uint32_t)d->text.n;
	return start;
}

/* ---- sentences ---- */

static void mark_given(qd_doc *d)
{
	size_t g = 0;
	for (size_t i = 0; i < d->tk.n; i++) {
		qt_tok *t = &d->tk.t[i];
		int hit = 0;
		while (g < d->ngiven && d->given[g] <= t->s) {
			g++;
			hit = 1;
		}
		if ((hit && !qs_attribution_follows(d->cues, d->text.s, &d->tk, i)) ||
		    (t->flags & QF_PAR_START))
			t->flags |= QF_SENT_START;
	}
}

/* No sentence rows: the shared splitter's sentences are the given ones. */
static void split(qd_doc *d)
{
	size_t n = nf_split(d->splitter, d->text.s, d->text.n, &d->ss, &d->sscap);
	for (size_t i = 0; i < n; i++) {
		GROW(d->given, d->ngiven, d->givencap);
		d->given[d->ngiven++] = (uint32_t)d->ss[i].start;
	}
}

static void sentences(qd_doc *d)
{
	if (!d->ngiven)
		split(d);
	mark_given(d);
	/* numbered as news-split numbers them, whatever mark_given joined */
	for (size_t i = 0; i < d->ngiven; i++) {
		GROW(d->sent, d->nsent, d->sentcap);
		d->sent[d->nsent++] = d->given[i];
	}
}

/* ---- quotations ---- */

static item *new_item(qd_doc *d, enum qd_kind kind, size_t s, size_t e)
{
	GROW(d->it, d->nit, d->itcap);
	item *it = &d->it[d->nit++];
	*it = (item){.kind = kind, .s = s, .e = e, .parent = -1, .from = -1, .ent = -1};
	return it;
}

static int outside(const qt_toks *tk, size_t i, int par)
{
	return tk->t[i].par == par && !(tk->t[i].flags & QF_INQUOTE);
}

/* Words of the sentence before token open, outside quotations: [lo, open). */
static size_t window_before(const qt_toks *tk, size_t open)
{
	size_t lo = open;
	if (tk->t[open].flags & QF_SENT_START)
		return open;
	while (lo > 0 && outside(tk, lo - 1, tk->t[open].par)) {
		lo--;
		if (tk->t[lo].flags & QF_SENT_START)
			break;
	}
	return lo;
}

/* ... and after token last: [last + 1, hi). */
static size_t window_after(const qt_toks *tk, size_t last)
{
	size_t hi = last + 1;
	while (hi < tk->n && outside(tk, hi, tk->t[last].par) &&
	       !(tk->t[hi].flags & QF_SENT_START))
		hi++;
	return hi;
}

static int punct_in(const char *doc, const qt_tok *t, const char *set)
{
	return t->kind == QT_PUNCT && qt_len(t) == 1 && strchr(set, doc[t->s]);
}

static size_t count_words(const qt_toks *tk, size_t s, size_t e)
{
	size_t n = 0;
	for (size_t i = s; i < e; i++)
		n += tk->t[i].kind == QT_WORD;
	return n;
}

/* Direct when the quotation is its own sentence (maybe with an
 * attribution and an introducing colon or comma); else partial. */
static enum qd_kind kind_of(const qd_doc *d, const qm_quote *q, size_t lo, size_t hi)
{
	const qt_toks *tk = &d->tk;
	const char *doc = d->text.s;
	size_t cs = q->open + 1, ce = q->closed ? q->last : q->last + 1;
	while (cs < ce && tk->t[cs].kind == QT_MARK)
		cs++;
	while (ce > cs && tk->t[ce - 1].kind == QT_MARK)
		ce--;
	if (cs >= ce)
		return QD_PARTIAL;
	int sentence = (tk->t[cs].flags & QF_CAP) && punct_in(doc, &tk->t[ce - 1], ".!?") &&
		       count_words(tk, cs, ce) > SCARE_WORDS;
	int begin = lo == q->open || sentence ||
		    punct_in(doc, &tk->t[q->open - 1], ":,;(\xe2-");
	int end = hi == q->last + 1 || punct_in(doc, &tk->t[ce - 1], ".,!?") ||
		  punct_in(doc, &tk->t[q->last + 1], ",.!?;:)-\xe2");
	if (q->open > 0 && tk->t[q->open - 1].kind == QT_PUNCT && qt_len(&tk->t[q->open - 1]) == 3 &&
	    !begin)
		begin = 1;	/* a dash */
	return begin && end ? QD_DIRECT : QD_PARTIAL;
}

static int has_cue(const qd_doc *d, size_t lo, size_t hi)
{
	size_t n;
	for (size_t i = lo; i < hi; i++)
		if (qc_match(d->cues, d->text.s, &d->tk, i, &n))
			return 1;
	return 0;
}

/* "Name said:" closing the previous paragraph introduces this one. */
static int colon_intro(const qd_doc *d, const qa_ctx *c, size_t open, qa_attr *a)
{
	const qt_toks *tk = &d->tk;
	if (!(tk->t[open].flags & QF_PAR_START) || open == 0 ||
	    !qt_punct(d->text.s, &tk->t[open - 1], ':') ||
	    (tk->t[open - 1].flags & QF_INQUOTE))
		return 0;
	size_t lo = window_before(tk, open - 1);
	return qa_before(c, lo, open - 1, a);
}

/* A short quoted name in title case — a show, book or nickname ("Meet the
 * Press", "Carlos Danger") — is no quotation. */
static int title(const qd_doc *d, const qm_quote *q)
{
	const qt_toks *tk = &d->tk;
	size_t words = 0;
	for (size_t i = q->open + 1; i < q->last; i++) {
		const qt_tok *t = &tk->t[i];
		if (t->kind == QT_MARK)
			continue;
		if (t->kind == QT_PUNCT) {
			if (!punct_in(d->text.s, t, ",.:-!?'&"))
				return 0;
			continue;
		}
		words++;
		if (!(t->flags & (QF_CAP | QF_DIGIT)) && (qt_len(t) > 3 ||
		    !(qn_class(d->words, d->text.s, tk, i) & (QW_STOP | QW_DET))))
			return 0;
	}
	if (!q->closed || !words || words > TITLE_WORDS || q->open == 0 ||
	    (tk->t[q->open].flags & QF_SENT_START))
		return 0;
	/* where titles stand: "on "Meet the Press"", "NBC's "Today"" */
	const qt_tok *p = &tk->t[q->open - 1];
	static const char *const preps[] = {"on", "in", "of", "at", "from", "titled",
					    "entitled", "named", "nicknamed"};
	for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
		if (qt_is(d->text.s, p, preps[k]))
			return 1;
	return p->kind == QT_WORD && qt_len(p) > 2 && d->text.s[p->e - 1] == 's' &&
	       (d->text.s[p->e - 2] == '\'' || (unsigned char)d->text.s[p->e - 2] == 0x99);
}

/* "Perez said the mayor was right to urge leaders "to stand up."": a partial
 * quotation inside reported content is reported with that content, the way
 * the gold of mixed quotations reads. Returns the end of the content. */
/* End of the sentence part after token from (before e) that no other
 * attributed quotation claims: a later quote with a cue before it starts
 * its own. */
static size_t own_part(const qd_doc *d, const qa_ctx *c, size_t from, size_t e)
{
	size_t cut = 0;		/* where the other attribution starts */
	for (size_t i = from; i < e; i++) {
		const qt_tok *t = &d->tk.t[i];
		qa_attr a;
		if (t->role == QR_OPEN && (t->flags & QF_INQUOTE) && cut)
			return cut;
		if (!cut && !(t->flags & QF_INQUOTE) && qa_at(c, i, from, e, &a))
			cut = a.as < i ? a.as : i;
	}
	return e;
}

static size_t mixed(qd_doc *d, const qa_ctx *c, item *it, size_t lo)
{
	const qt_toks *tk = &d->tk;
	size_t s = it->s, e = it->e;
	if (it->kind != QD_PARTIAL)
		return 0;
	while (s > 0 && !(tk->t[s].flags & QF_SENT_START) && tk->t[s - 1].par == tk->t[s].par)
		s--;
	while (e < tk->n && !(tk->t[e].flags & QF_SENT_START) && tk->t[e].par == tk->t[s].par)
		e++;
	e = own_part(d, c, it->e, e);
	while (e > it->e && tk->t[e - 1].kind == QT_PUNCT)
		e--;
	/* the reporting verb: the first cue before the quotation taking a clause */
	for (size_t i = lo; i < it->s; i++) {	/* not across an earlier quote */
		qa_attr a;
		size_t cs, ce;
		if (tk->t[i].flags & QF_INQUOTE || !qa_at(c, i, s, e, &a) ||
		    !(a.cue->bits & (QC_CLAUSE | QC_PREP)) || !qi_content(c, s, e, &a, &cs, &ce))
			continue;
		while (cs < it->s && tk->t[cs].kind != QT_WORD && tk->t[cs].role != QR_OPEN)
			cs++;
		while (ce > it->e && tk->t[ce - 1].kind == QT_PUNCT)
			ce--;
		if (cs > it->s || ce < it->e || (cs == it->s && ce == it->e))
			continue;
		it->s = cs;
		it->e = ce;
		it->a = a;
		it->has = 1;
		return ce;
	}
	return 0;
}

static void find_quotes(qd_doc *d, const qa_ctx *c)
{
	size_t covered = 0;	/* end of the last mixed content */
	for (size_t k = 0; k < d->qm.n; k++) {
		const qm_quote *q = &d->qm.q[k];
		size_t lo = window_before(&d->tk, q->open);
		size_t hi = window_after(&d->tk, q->last);
		item *it = new_item(d, kind_of(d, q, lo, hi), q->open, q->last + 1);
		if (it->kind == QD_PARTIAL)	/* "X called it "…", and Y said …" */
			it->has = qa_before(c, lo, q->open, &it->a) ||
				  qa_after(c, q->last + 1, hi, &it->a);
		else
			it->has = qa_after(c, q->last + 1, hi, &it->a) ||
				  qa_before(c, lo, q->open, &it->a) ||
				  colon_intro(d, c, q->open, &it->a);
		it->chained = !it->has && lo > 0 && lo < d->tk.n &&
			      !(d->tk.t[lo].flags & QF_SENT_START) &&
			      (d->tk.t[lo - 1].flags & QF_INQUOTE) &&
			      d->tk.t[lo - 1].par == d->tk.t[q->open].par;
		if ((!it->has && !it->chained && it->kind == QD_PARTIAL &&
		     count_words(&d->tk, q->open, q->last + 1) <= SCARE_WORDS &&
		     !has_cue(d, lo, hi)) || title(d, q))
			it->drop = !d->o.all;
		else if (!it->has && !it->chained && it->kind == QD_PARTIAL)
			it->has = qa_subject(c, lo, q->open, &it->a);
		if (q->last < covered) {	/* inside the content before */
			d->nit--;
			continue;
		}
		if (d->o.mixed && !it->drop) {
			size_t m = mixed(d, c, it, lo);
			if (m)
				covered = m;
		}
	}
}

/* "A," she said. "B." — B continues A when only A's attribution lies
 * between them; a quotation without attribution takes the speaker of the
 * quotation just before it (same or previous paragraph). */
static void link_quotes(qd_doc *d)
{
	long prev = -1, last = -1;
	for (size_t i = 0; i < d->nit; i++) {
		item *it = &d->it[i];
		if (it->kind == QD_INDIRECT)
			continue;
		if (it->chained && last >= 0 && d->it[last].drop)
			it->drop = !d->o.all;	/* "a" and "b": scare quotes both */
		last = (long)i;
		if (it->drop)
			continue;
		if (prev >= 0 && it->chained) {
			const item *p = &d->it[prev];
			it->from = p->has ? prev : p->parent >= 0 ? p->parent : p->from;
		} else if (prev >= 0) {
			item *p = &d->it[prev];
			long root = p->parent >= 0 ? p->parent : prev;
			const item *r = &d->it[root];
			int same_attr = it->has && r->has && it->a.cs == r->a.cs;
			size_t gap = r->has && r->a.ae > p->e ? r->a.ae : p->e;
			int near = d->tk.t[p->e - 1].par == d->tk.t[it->s].par && gap <= it->s &&
				   (count_words(&d->tk, gap, it->s) == 0 ||
				    window_after(&d->tk, p->e - 1) == it->s);
			if (r->has && r->a.as >= p->e && near && (!it->has || same_attr) &&
			    it->kind == QD_DIRECT && p->kind == QD_DIRECT) {
				it->parent = root;
				it->has = 0;
			} else if (!it->has && it->kind == QD_DIRECT &&
				   d->tk.t[it->s].par - d->tk.t[p->e - 1].par <= 1) {
				it->from = r->has ? root : r->from;
			}
		}
		prev = (long)i;
	}
}

static void add_indirect(void *arg, size_t s, size_t e, const qa_attr *a)
{
	item *it = new_item(arg, QD_INDIRECT, s, e);
	it->has = 1;
	it->a = *a;
}

static int cmp_item(const void *a, const void *b)
{
	const item *x = a, *y = b;
	return x->s < y->s ? -1 : x->s > y->s;
}

/* ---- speakers ---- */

static void add_span(nf_buf *b, const char *doc, const qt_toks *tk, size_t s, size_t e)
{
	nf_buf_clear(b);
	if (s >= e)
		return;
	const char *p = doc + tk->t[s].s, *end = doc + tk->t[e - 1].e;
	int sp = 0;
	for (; p < end; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			sp = 1;
			continue;
		}
		if (sp && b->n)
			nf_buf_addc(b, ' ');
		sp = 0;
		nf_buf_addc(b, *p);
	}
}

static int abbrev(const qd_doc *d, size_t i)
{
	return qt_punct(d->text.s, &d->tk.t[i], '.') && !(d->tk.t[i].flags & QF_SPACE_BEFORE) &&
	       i > 0 && qt_len(&d->tk.t[i - 1]) <= 4;
}

static const char *type_name(int t)
{
	return t == QN_PER ? "PER" : t == QN_ORG ? "ORG" : t == QN_LOC ? "LOC" :
	       t == QN_MISC ? "MISC" : "";
}

/* Drop a possessive 's from the end of a name. */
static void strip_possessive(nf_buf *b)
{
	if (b->n > 4 && !memcmp(b->s + b->n - 4, "\xe2\x80\x99s", 4))
		b->n -= 4;
	else if (b->n > 2 && !memcmp(b->s + b->n - 2, "'s", 2))
		b->n -= 2;
	else
		return;
	b->s[b->n] = '\0';
}

/* Is the name at tokens [s, e) a sentence subject ("But Walsh explained")
 * or followed by a cue verb? */
static int subject_at(const qd_doc *d, size_t s, size_t e, int *cue)
{
	const qt_toks *tk = &d->tk;
	size_t n;
	while (e < tk->n && (qn_class(d->words, d->text.s, tk, e) & QW_ADV) &&
	       !(tk->t[e].flags & QF_CAP))
		e++;
	*cue = e < tk->n && qc_match(d->cues, d->text.s, tk, e, &n) != NULL;
	if (*cue || (tk->t[s].flags & QF_SENT_START))
		return 1;
	return s > 0 && (tk->t[s - 1].flags & QF_SENT_START) &&
	       (qn_class(d->words, d->text.s, tk, s - 1) & QW_STOP);
}

static void mention(qd_doc *d, const qn_np *np, nf_buf *tmp)
{
	const qt_toks *tk = &d->tk;
	int cue, subj = subject_at(d, np->ms, np->ne, &cue);
	add_span(tmp, d->text.s, tk, np->ns, np->ne);
	strip_possessive(tmp);
	int described = np->ne + 1 < tk->n && qt_punct(d->text.s, &tk->t[np->ne], ',') &&
			(qn_class(d->words, d->text.s, tk, np->ne + 1) & QW_DET);
	long f = -1;
	if (np->ne - np->ns >= 2 && np->type == QN_PER &&
	    (np->gender || np->titled || described || cue))
		f = (long)qk_name(&d->k, tmp->s, tmp->n, QN_PER, np->gender, np->ns, 0);
	else if (np->ne - np->ns == 1)
		f = qk_touch(&d->k, tmp->s, tmp->n, np->ns);
	if (f >= 0 && subj)
		qk_subject(&d->k, (size_t)f, np->ns);
}

/* Remember the people named up to token upto, for pronouns. */
static void scan_mentions(qd_doc *d, size_t upto, nf_buf *tmp)
{
	const qt_toks *tk = &d->tk;
	for (size_t i = d->scanned; i < upto; i++) {
		if (tk->t[i].kind != QT_WORD || !(tk->t[i].flags & QF_CAP) ||
		    (tk->t[i].flags & QF_INQUOTE))
			continue;
		size_t e = i;
		while (e < tk->n && (tk->t[e].kind == QT_WORD || abbrev(d, e)) &&
		       (tk->t[e].flags & QF_CAP || abbrev(d, e)) &&
		       !(tk->t[e].flags & QF_INQUOTE))
			e++;
		qn_np np;
		if (qn_right(d->words, d->text.s, tk, i, e, &np) && np.kind == QN_NAME)
			mention(d, &np, tmp);
		i = e;
	}
	if (upto > d->scanned)
		d->scanned = upto;
}

/* The tagger's type for a speaker's name, from the sentence it is in. */
static void tag_type(qd_doc *d, qk_ent *e, const qn_np *np)
{
	const qt_toks *tk = &d->tk;
	if (!d->tagger || e->tagged)
		return;
	size_t s = np->ns, z = np->ne;
	while (s > 0 && !(tk->t[s].flags & QF_SENT_START) && np->ns - s < 200)
		s--;
	while (z < tk->n && !(tk->t[z].flags & QF_SENT_START) && z - np->ne < 200)
		z++;
	uint32_t b = tk->t[s].s;
	int t = qy_type(d->tagger, d->text.s + b, tk->t[z - 1].e - b,
			tk->t[np->ns].s - b, tk->t[np->ne - 1].e - b);
	/* Only the output takes it: out of context the tagger often calls a
	 * speaking surname a place, which would hide it from he and she. */
	e->tagged = 1;
	e->ttype = np->titled || np->gender ? QN_PER : t;
}

static void resolve(qd_doc *d, item *it, nf_buf *tmp)
{
	const qn_np *np = &it->a.np;
	const char *doc = d->text.s;
	const qt_toks *tk = &d->tk;
	size_t pos = np->ms;
	scan_mentions(d, pos, tmp);
	if (np->kind == QN_NAME) {
		add_span(tmp, doc, tk, np->ns, np->ne);
		strip_possessive(tmp);
		it->ent = (long)qk_name(&d->k, tmp->s, tmp->n, np->type, np->gender, pos, 1);
		tag_type(d, &d->k.e[it->ent], np);
	} else if (np->kind == QN_PRON) {
		int they = qt_is(doc, &tk->t[np->ms], "they"), itp = qt_is(doc, &tk->t[np->ms], "it");
		size_t sent = pos;
		while (sent > 0 && !(tk->t[sent].flags & QF_SENT_START) && pos - sent < 200)
			sent--;
		if (qt_is(doc, &tk->t[np->ms], "he") || qt_is(doc, &tk->t[np->ms], "she"))
			it->ent = qk_pronoun(&d->k, QN_PER, np->gender, pos, sent);
		else if (they || itp)
			it->ent = qk_pronoun(&d->k, QN_ORG, 0, pos, sent);
		if (it->ent >= 0) {
			qk_ent *e = &d->k.e[it->ent];
			if (!e->gender)
				e->gender = np->gender;
			e->spoke = pos + 1;
			e->seen = pos;
		}
	}
}

/* A quotation with no attribution at all, its own paragraph after others
 * about someone: the person last speaking or the subject of a recent
 * sentence, as for "he". Nothing is written, so the mention stays empty. */
static void salient_speaker(qd_doc *d, qd_out *o, const item *it)
{
	nf_buf tmp = {0};
	if (it->kind != QD_DIRECT)
		return;
	scan_mentions(d, it->s, &tmp);
	nf_buf_free(&tmp);
	long f = qk_pronoun(&d->k, QN_PER, 0, it->s, it->s);
	if (f < 0 || it->s - d->k.e[f].seen > SALIENT_REACH)
		return;
	nf_buf_adds(&o->speaker, d->k.e[f].name);
	o->type = type_name(d->k.e[f].ttype != QN_UNK ? d->k.e[f].ttype : d->k.e[f].type);
}

static void fill(qd_doc *d, qd_out *o, const item *it, const item *sp)
{
	const char *doc = d->text.s;
	o->kind = it->kind;
	o->start = d->tk.t[it->s].s;
	add_span(&o->text, doc, &d->tk, it->s, it->e);
	if (it->kind != QD_INDIRECT)	/* keep the text as written */
		nf_buf_clear(&o->text), nf_buf_add(&o->text, doc + d->tk.t[it->s].s,
						   d->tk.t[it->e - 1].e - d->tk.t[it->s].s);
	nf_buf_clear(&o->speaker);
	nf_buf_clear(&o->mention);
	o->type = "";
	o->cue = "";
	if (!sp) {
		salient_speaker(d, o, it);
		return;
	}
	add_span(&o->mention, doc, &d->tk, sp->a.np.ms, sp->a.np.me);
	if (sp->ent >= 0) {
		const qk_ent *e = &d->k.e[sp->ent];
		nf_buf_adds(&o->speaker, e->name);
		o->type = type_name(e->ttype != QN_UNK ? e->ttype : e->type);
	} else {
		nf_buf_add(&o->speaker, o->mention.s, o->mention.n);
	}
	if ((sp == it || it->parent >= 0) && sp->a.cue)
		o->cue = sp->a.cue->str;
}

static qd_out *next_out(qd_doc *d)
{
	if (d->nout == d->outcap) {
		size_t cap = d->outcap ? 2 * d->outcap : 16;
		d->out = nf_xrealloc(d->out, cap * sizeof *d->out);
		memset(d->out + d->outcap, 0, (cap - d->outcap) * sizeof *d->out);
		d->outcap = cap;
	}
	return &d->out[d->nout++];
}

static void emit_all(qd_doc *d)
{
	nf_buf tmp = {0};
	long *slot = nf_xcalloc(d->nit + 1, sizeof *slot);
	for (size_t i = 0; i < d->nit; i++) {
		item *it = &d->it[i];
		slot[i] = -1;
		if (it->drop)
			continue;
		if (it->has)
			resolve(d, it, &tmp);
		if (it->parent >= 0 && slot[it->parent] >= 0) {
			qd_out *o = &d->out[slot[it->parent]];
			nf_buf_addc(&o->text, ' ');
			nf_buf_add(&o->text, d->text.s + d->tk.t[it->s].s,
				   d->tk.t[it->e - 1].e - d->tk.t[it->s].s);
			continue;
		}
		const item *sp = it->has ? it : it->from >= 0 ? &d->it[it->from] : NULL;
		if (sp && !sp->has)
			sp = NULL;
		slot[i] = (long)d->nout;
		fill(d, next_out(d), it, sp);
	}
	free(slot);
	nf_buf_free(&tmp);
}

size_t qd_run(qd_doc *d)
{
	d->tk.n = 0;
	for (size_t p = 0; p < d->npar; p++)
		qt_tokenize(d->text.s, d->par[p].s, d->par[p].e, (int)p, &d->tk);
	qm_scan(d->text.s, &d->tk, &d->qm);
	sentences(d);
	qa_ctx c = {d->cues, d->words, d->text.s, &d->tk};
	find_quotes(d, &c);
	if (d->o.indirect)
		qi_find(&c, add_indirect, d);
	qsort(d->it, d->nit, sizeof *d->it, cmp_item);
	link_quotes(d);
	emit_all(d);
	return d->nout;
}

const qd_out *qd_get(const qd_doc *d, size_t i)
{
	return i < d->nout ? &d->out[i] : NULL;
}

static long upper_bound(const uint32_t *a, size_t n, size_t stride, uint32_t pos)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (a[mid * stride] <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (long)lo;
}

long qd_par(const qd_doc *d, uint32_t pos)
{
	return upper_bound(&d->par[0].s, d->npar, sizeof(span) / sizeof(uint32_t), pos);
}

long qd_sent(const qd_doc *d, uint32_t pos)
{
	return upper_bound(d->sent, d->nsent, 1, pos);
}
