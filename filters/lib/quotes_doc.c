/* quotes_doc.c — hold a document's text, paragraphs and sentences; run
 * the quotation finder (quotes_find.c) and the speakers (quotes_speak.c). */
#include <stdlib.h>
#include <string.h>

#include "quotes_docint.h"
#include "quotes_place.h"
#include "quotes_sent.h"

qd_doc *qd_new(const struct qd_opts *o)
{
	qd_doc *d = nf_xcalloc(1, sizeof *d);
	d->o = *o;
	d->cues = qc_default();
	d->words = qn_words();
	d->places = qp_places();
	d->splitter = nf_splitter_new(NULL);
	d->roles = qr_new();
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
	ql_free(d->places);
	nf_buf_free(&d->text);
	free(d->par);
	free(d->given);
	free(d->sent);
	free(d->tk.t);
	qo_free(&d->orgs);
	free(d->qm.q);
	free(d->it);
	for (size_t i = 0; i < d->outcap; i++) {
		nf_buf_free(&d->out[i].text);
		nf_buf_free(&d->out[i].speaker);
		nf_buf_free(&d->out[i].mention);
	}
	free(d->out);
	qk_free(&d->k);
	qx_free(&d->seen);
	qr_free(d->roles);
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
	qr_reset(d->roles);
	qo_reset(&d->orgs);
	qy_new_doc(d->tagger);
	d->scanned = 0;
}


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

/* "WASHINGTON, Dec. 8 (UPI) — Clinton said", "KILBRACK -- Sen. X said": a
 * dateline opening a paragraph is no subject, the sentence
 * starts after its dash. */
#define DATELINE 10	/* tokens */

/* "WASHINGTON", "NEW YORK": a dateline's place is in capitals */
static int upper_word(const char *doc, const qt_tok *t)
{
	for (uint32_t b = t->s; b < t->e; b++)
		if (doc[b] >= 'a' && doc[b] <= 'z')
			return 0;
	return qt_len(t) >= 2;
}

static void datelines(qd_doc *d)
{
	qt_toks *tk = &d->tk;
	for (size_t i = 0; i < tk->n; i++) {
		if (!(tk->t[i].flags & QF_PAR_START) || tk->t[i].kind != QT_WORD ||
		    !(tk->t[i].flags & QF_CAP))
			continue;
		for (size_t j = i + 1; j + 1 < tk->n && j < i + DATELINE; j++) {
			const qt_tok *t = &tk->t[j];
			if (t->par != tk->t[i].par || (t->kind == QT_WORD &&
			    !(t->flags & (QF_CAP | QF_DIGIT))) || t->kind == QT_MARK)
				break;
			int dash = qt_dash(d->text.s, t) ||
				   (t->kind == QT_PUNCT && qt_len(t) == 2 &&
				    !memcmp(d->text.s + t->s, "--", 2));
			/* a place alone before the dash ("KILBRACK —") is a
			 * dateline when words follow, not a label before a
			 * quoted title ("FAREWELL—"…"") */
			if (dash && (j > i + 1 || tk->t[j + 1].kind == QT_WORD) &&
			    (qt_punct(d->text.s, &tk->t[j - 1], ')') ||
			     upper_word(d->text.s, &tk->t[i]))) {
				tk->t[j + 1].flags |= QF_SENT_START;
				break;
			}
		}
	}
}

/* Text that writes one paragraph a line: where the splitter starts a
 * paragraph inside one of ours, split ours there, so that the paragraphs
 * are news-split's. */
static void line_pars(qd_doc *d, size_t n)
{
	span *old = d->par;
	size_t nold = d->npar, k = 0;
	d->par = NULL;
	d->npar = d->parcap = 0;
	for (size_t p = 0; p < nold; p++) {
		uint32_t s = old[p].s;
		for (; k < n && d->ss[k].start < old[p].e; k++) {
			if (k && d->ss[k].par != d->ss[k - 1].par &&
			    d->ss[k - 1].start >= s) {
				GROW(d->par, d->npar, d->parcap);
				d->par[d->npar++] = (span){s, (uint32_t)d->ss[k - 1].end};
				s = (uint32_t)d->ss[k].start;
			}
		}
		GROW(d->par, d->npar, d->parcap);
		d->par[d->npar++] = (span){s, old[p].e};
	}
	free(old);
}

/* No sentence rows: the shared splitter's sentences are the given ones. */
static void split(qd_doc *d)
{
	size_t n = nf_split(d->splitter, d->text.s, d->text.n, &d->ss, &d->sscap);
	for (size_t i = 0; i < n; i++) {
		GROW(d->given, d->ngiven, d->givencap);
		d->given[d->ngiven++] = (uint32_t)d->ss[i].start;
	}
	if (d->o.line_pars)
		line_pars(d, n);
}

static void sentences(qd_doc *d)
{
	mark_given(d);
	datelines(d);
	/* numbered as news-split numbers them, whatever mark_given joined */
	for (size_t i = 0; i < d->ngiven; i++) {
		GROW(d->sent, d->nsent, d->sentcap);
		d->sent[d->nsent++] = d->given[i];
	}
}

/* ---- quotations ---- */

size_t qd_run(qd_doc *d)
{
	d->tk.n = 0;
	if (!d->ngiven)
		split(d);
	for (size_t p = 0; p < d->npar; p++)
		qt_tokenize(d->text.s, d->par[p].s, d->par[p].e, (int)p, &d->tk);
	qm_scan(d->text.s, &d->tk, &d->qm);
	sentences(d);
	qx_mark(d->text.s, &d->tk, d->cues, &d->seen);
	qa_ctx c = {d->cues, d->words, d->text.s, &d->tk};
	qd_find(d, &c);
	qd_speak(d);
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
