/* quotes_find.c — quotations in marks (direct, partial, mixed with their
 * clause, scare quotes and titles left out) and indirect speech, as items
 * with their attribution; "A," she said, "B." linked into one. */
#include <stdlib.h>
#include <string.h>

#include "quotes_docint.h"
#include "quotes_indirect.h"

#define SCARE_WORDS 3	/* a quoted term this short with no cue is a scare quote */
#define TITLE_WORDS 6	/* longest quoted title */

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

#define INNER_TOKENS 6	/* longest quoted name inside an attribution */

/* Does a short quotation inside an aside of the attribution open at token
 * i (""…," X, wearing "Ted Cruz" pins, said")? The token after it, or 0. */
static size_t inner_quote(const qt_toks *tk, size_t i, int par)
{
	if (i == 0 || tk->t[i].role != QR_OPEN || tk->t[i - 1].kind == QT_PUNCT)
		return 0;
	size_t k = i + 1;
	while (k < tk->n && k <= i + INNER_TOKENS && tk->t[k].role != QR_CLOSE)
		k++;
	return k < tk->n && tk->t[k].role == QR_CLOSE && k + 1 < tk->n &&
	       outside(tk, k + 1, par) && !(tk->t[k + 1].flags & QF_SENT_START) ? k + 1 : 0;
}

/* ... and after token last: [last + 1, hi), across short quotations in an
 * aside (after a comma). */
static size_t window_after(const qd_doc *d, size_t last)
{
	const qt_toks *tk = &d->tk;
	size_t hi = last + 1, k;
	int aside = 0;
	while (hi < tk->n && !(tk->t[hi].flags & QF_SENT_START)) {
		if (outside(tk, hi, tk->t[last].par))
			aside |= hi > last + 2 && qt_punct(d->text.s, &tk->t[hi], ',');
		else if (!aside || !(k = inner_quote(tk, hi, tk->t[last].par)))
			break;
		else
			hi = k - 1;
		hi++;
	}
	return hi;
}

/* "Guns are "a crisis" and "a plague," Dean said.": a partial quotation
 * joined by "and"/"or" to the next one shares the attribution after it. */
static int shared_after(const qd_doc *d, const qa_ctx *c, size_t k, qa_attr *a)
{
	const qt_toks *tk = &d->tk;
	const qm_quote *q = &d->qm.q[k], *n = q + 1;
	if (k + 1 >= d->qm.n || n->open != q->last + 2 ||
	    !(qt_is(d->text.s, &tk->t[q->last + 1], "and") ||
	      qt_is(d->text.s, &tk->t[q->last + 1], "or")))
		return 0;
	return qa_after(c, n->last + 1, window_after(d, n->last), a);
}

/* "The crowd chanted back, "Close the roads," and "Ban the buses."": a
 * partial quotation joined by "and"/"or" to the one before, whose
 * attribution stands before it, goes with that one (a chained quotation),
 * not with a cue of the next sentence. */
static int joined_before(const qd_doc *d, size_t k)
{
	const qt_toks *tk = &d->tk;
	const qm_quote *q = &d->qm.q[k], *p = q - 1;
	const item *prev = d->nit >= 2 ? &d->it[d->nit - 2] : NULL;
	return k > 0 && prev && q->open == p->last + 2 && prev->has && !prev->drop &&
	       prev->s == p->open && prev->a.ae <= prev->s &&
	       (qt_is(d->text.s, &tk->t[p->last + 1], "and") ||
		qt_is(d->text.s, &tk->t[p->last + 1], "or"));
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

/* Is token i a dash: -, --, – or —? */
static int dash(const qd_doc *d, size_t i)
{
	const qt_tok *t = &d->tk.t[i];
	return qt_dash(d->text.s, t) ||
	       (t->kind == QT_PUNCT && qt_len(t) == 2 && !memcmp(d->text.s + t->s, "--", 2));
}

/* Is the credit line [s, end) after the name np only "Name, Organisation."
 * ("Dean Baker, Center for Economic and Policy Research."): capitalised
 * words after the comma, no sentence? */
static int org_credit(const qd_doc *d, const qn_np *np, size_t end)
{
	const qt_toks *tk = &d->tk;
	static const char *const joins[] = {"of", "for", "and", "the", "on", NULL};
	if (np->ne - np->ms < 2 || np->me + 1 >= end || !qt_punct(d->text.s, &tk->t[np->me], ','))
		return 0;
	for (size_t i = np->me + 1; i < end; i++)
		if (tk->t[i].kind == QT_WORD && !(tk->t[i].flags & QF_CAP) &&
		    !qt_in(d->text.s, &tk->t[i], joins))
			return 0;
	return 1;
}

/* A quotation that closes its paragraph, credited by the next one: "- Hillary
 * Clinton.", "—President Obama, tweeting after the speech." or, with no
 * dash, a pull quote's "Dean Baker, Center for Economic and Policy Research." */
static int dash_credit(const qd_doc *d, const qa_ctx *c, size_t last, qa_attr *a)
{
	const qt_toks *tk = &d->tk;
	size_t k = last + 1, end;
	while (k < tk->n && tk->t[k].par == tk->t[last].par)
		if (tk->t[k++].kind != QT_PUNCT)
			return 0;
	if (k + 1 >= tk->n || tk->t[k].par != tk->t[last].par + 1)
		return 0;
	int dashed = dash(d, k);
	for (end = k + 1; end < tk->n && tk->t[end].par == tk->t[k].par; end++)
		if (end - k > 30 || (tk->t[end].flags & QF_INQUOTE))
			return 0;
	qn_np np;
	if (!qn_right(c->words, d->text.s, tk, k + dashed, end, &np) || np.kind != QN_NAME ||
	    (np.me < end && tk->t[np.me].kind != QT_PUNCT && tk->t[np.me].kind != QT_MARK) ||
	    (!dashed && (np.ms != k || !org_credit(d, &np, end))))
		return 0;
	qn_appositive(c->words, d->text.s, tk, end, &np);
	while (np.me > np.ne && tk->t[np.me - 1].kind != QT_WORD)
		np.me--;	/* "…Policy Research."": not the stray mark */
	*a = (qa_attr){.np = np, .cue = NULL, .cs = np.me, .ce = np.me, .as = k, .ae = end};
	return 1;
}

#define TWEET_REACH 60	/* tokens from a quotation to its tweet's credit */

/* An embedded tweet written out as text: "… says "MAKE IT GREAT" … —
 * David Martosko (@dmartosko) September 1, 2016": a quotation in it with
 * no attribution of its own is its author's, the name before "(@handle)". */
static int tweet_credit(const qd_doc *d, const qa_ctx *c, size_t last, qa_attr *a)
{
	const qt_toks *tk = &d->tk;
	const char *doc = d->text.s;
	int par = tk->t[last].par;
	for (size_t k = last + 1; k + 3 < tk->n && tk->t[k].par == par && k <= last + TWEET_REACH;
	     k++) {
		if (tk->t[k].flags & QF_INQUOTE)
			return 0;	/* another quotation comes first */
		if (!dash(d, k))
			continue;
		qn_np np;
		size_t e = k + 1;
		while (e < tk->n && tk->t[e].par == par && e < k + 12)
			e++;
		if (!qn_right(c->words, doc, tk, k + 1, e, &np) || np.kind != QN_NAME ||
		    np.ms != k + 1 || np.ne + 2 >= e || !qt_punct(doc, &tk->t[np.ne], '(') ||
		    doc[tk->t[np.ne + 1].s] != '@')
			continue;
		*a = (qa_attr){.np = np, .cue = NULL, .cs = np.me, .ce = np.me, .as = k, .ae = np.me};
		return 1;
	}
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
	/* "Trump issued the following statement:" */
	return qa_before(c, lo, open - 1, a) || qa_subject(c, lo, open - 1, a);
}

/* "Hoff's letter makes a libertarian case: "…"": with no cue, the subject
 * of the clause that ends in the introducing colon. */
static int colon_subject(const qd_doc *d, const qa_ctx *c, size_t lo, size_t open,
			 qa_attr *a)
{
	if (open <= lo + 2 || !qt_punct(d->text.s, &d->tk.t[open - 1], ':'))
		return 0;
	return qa_subject(c, lo, open - 1, a);
}

/* "Clinton touted her record. "We need to …"": a quotation that opens a
 * sentence with no attribution, right after a sentence of narration in its
 * paragraph, is that sentence's subject's. */
static int prior_subject(const qd_doc *d, const qa_ctx *c, size_t open, qa_attr *a)
{
	const qt_toks *tk = &d->tk;
	if (!(tk->t[open].flags & QF_SENT_START) || open == 0 ||
	    tk->t[open - 1].par != tk->t[open].par)
		return 0;
	size_t s = open;
	while (s > 0 && tk->t[s - 1].par == tk->t[open].par && open - s < 200) {
		s--;
		if (tk->t[s].flags & QF_INQUOTE)
			return 0;	/* narration only */
		if (tk->t[s].flags & QF_SENT_START)
			break;
	}
	return (tk->t[s].flags & QF_SENT_START) && qa_subject(c, s, open, a) &&
	       (a->np.kind == QN_NAME || (a->np.kind == QN_PRON && a->np.gender));
}

/* Is q a sentence of its own, with no full stop: a heading? */
static int own_sentence(const qd_doc *d, const qm_quote *q)
{
	const qt_toks *tk = &d->tk;
	if (!(tk->t[q->open].flags & QF_SENT_START) ||
	    (q->last + 1 < tk->n && !(tk->t[q->last + 1].flags & QF_SENT_START)))
		return 0;
	for (size_t i = q->open; i < q->last; i++)
		if (punct_in(d->text.s, &tk->t[i], ".!?"))
			return 0;
	return 1;
}

/* No lower-case letter between the marks of q. */
static int all_capitals(const qd_doc *d, const qm_quote *q)
{
	for (uint32_t b = d->tk.t[q->open].e; b < d->tk.t[q->last].s; b++)
		if (d->text.s[b] >= 'a' && d->text.s[b] <= 'z')
			return 0;
	return 1;
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
		if (!(t->flags & (QF_CAP | QF_DIGIT)) && (qt_len(t) > 4 ||
		    !(qn_class(d->words, d->text.s, tk, i) & (QW_STOP | QW_DET | QW_ADV))))
			return 0;
	}
	/* ""DIVISIVE, STUPID AND WRONG"" alone on its line: a subheading */
	if (words >= 2 && all_capitals(d, q) && own_sentence(d, q))
		return 1;
	/* "Related:" — a label, not a quotation */
	if (words <= 2 && q->last > q->open + 1 && qt_punct(d->text.s, &tk->t[q->last - 1], ':'))
		return 1;
	/* before its star ("the "Avatar" star", ""Daily Show" host Trevor Noah") */
	static const char *const roles[] = {"star", "host", "actor", "actress", "anchor",
		"author", "creator", "producer", "director", "co-host", NULL};
	if (q->closed && words <= TITLE_WORDS && q->last + 1 < tk->n &&
	    qt_in(d->text.s, &tk->t[q->last + 1], roles))
		return 1;
	if (!q->closed || !words || words > TITLE_WORDS || q->open == 0 ||
	    (tk->t[q->open].flags & QF_SENT_START))
		return 0;
	/* where titles stand: "on "Meet the Press"", "NBC's "Today"", "told
	 * "Fox and Friends"" */
	const qt_tok *p = &tk->t[q->open - 1];
	static const char *const preps[] = {"on", "in", "of", "at", "from", "with", "titled",
					    "entitled", "named", "nicknamed", "told", "tells",
					    "tell", "telling", NULL};
	if (qt_in(d->text.s, p, preps) || (p->kind == QT_WORD && qn_possessive(d->text.s, p)))
		return 1;
	/* after the kind of work ("the Disney film "Frozen"", "the podcast
	 * "So, That Happened"", "her memoir, "Tough Choices."") */
	static const char *const works[] = {"film", "movie", "show", "program", "programme",
		"podcast", "series", "book", "memoir", "novel", "drama", "thriller", "comedy",
		"sitcom", "album", "song", "episode", "documentary", "musical", "segment", NULL};
	if (qt_punct(d->text.s, p, ',') && q->open >= 2)
		p = &tk->t[q->open - 2];
	return qt_in(d->text.s, p, works);
}

/* "a sign …, which read, "…"": a relative clause just before the comma
 * names the quotation; the sentence's subject is no sayer of it. */
static int relative_before(const qd_doc *d, size_t lo, size_t comma)
{
	static const char *const rel[] = {"which", "that", "who", "whose", NULL};
	for (size_t i = comma; i > lo && !qt_punct(d->text.s, &d->tk.t[i - 1], ','); i--)
		if (qt_in(d->text.s, &d->tk.t[i - 1], rel))
			return 1;
	return 0;
}

/* "Oduya released a statement on Tuesday, "…"", "Billy Joel sings, "…"": a
 * quotation after a comma with no cue is the clause subject's — not a
 * title ("her memoir, "…"") or what a relative clause names. */
static int comma_subject(const qd_doc *d, const qa_ctx *c, const qm_quote *q, size_t lo,
			 qa_attr *a)
{
	size_t open = q->open;
	return open > lo + 2 && qt_punct(d->text.s, &d->tk.t[open - 1], ',') && !title(d, q) &&
	       qa_subject(c, lo, open - 1, a) && !relative_before(d, a->np.me, open - 1);
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

/* Is there a cue at i that reports a clause within [s, e)? Its attribution
 * and content. */
static int reporting(const qd_doc *d, const qa_ctx *c, size_t i, size_t s, size_t e,
		     qa_attr *a, size_t *cs, size_t *ce)
{
	return !(d->tk.t[i].flags & QF_INQUOTE) && qa_at(c, i, s, e, a) &&
	       (a->cue->bits & (QC_CLAUSE | QC_PREP)) && qi_content(c, s, e, a, cs, ce);
}

/* "X's office slammed a suit alleging that …, calling it "meritless"": a
 * naming participle (no clause after it) after a comma in [from, to) takes
 * the quotation after it as its object, so no cue before it reports it. */
static int participle_between(const qd_doc *d, const qa_ctx *c, size_t from, size_t to)
{
	const ql_val *v;
	size_t n;
	for (size_t j = from > 0 ? from : 1; j < to; j++)
		if (!(d->tk.t[j].flags & QF_INQUOTE) && qt_punct(d->text.s, &d->tk.t[j - 1], ',') &&
		    qt_ends(d->text.s, &d->tk.t[j], "ing") &&
		    (v = qc_match(c->cues, d->text.s, &d->tk, j, &n)) != NULL && !(v->bits & QC_CLAUSE))
			return 1;
	return 0;
}

/* "when Rubio said it was great to be home, a man yelled "Stay there!"": a
 * speaker after a comma in [from, to) with a cue of its own ends the
 * content of a cue before it. */
static int speaker_between(const qd_doc *d, const qa_ctx *c, size_t from, size_t to)
{
	for (size_t j = from; j < to; j++) {
		qa_attr b;
		if (!(d->tk.t[j].flags & QF_INQUOTE) && qa_at(c, j, from, to, &b) &&
		    b.as > from && (qt_punct(d->text.s, &d->tk.t[b.as - 1], ',') ||
				    /* "…, with Sen. Ada Pellew telling reporters …" */
				    (b.as > from + 1 && qt_is(d->text.s, &d->tk.t[b.as - 1], "with") &&
				     qt_punct(d->text.s, &d->tk.t[b.as - 2], ','))))
			return 1;
	}
	return 0;
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
		if (!reporting(d, c, i, s, e, &a, &cs, &ce))
			continue;
		/* "the council said on Monday, and the mayor said the plan
		 * "was dead"": a later clause with its own speaker */
		for (size_t j = a.ce; j < it->s; j++) {
			qa_attr b;
			size_t bs, be;
			if (reporting(d, c, j, s, e, &b, &bs, &be) && b.as > a.ae && b.as < b.cs &&
			    (qt_is(d->text.s, &tk->t[b.as - 1], "and") ||
			     qt_is(d->text.s, &tk->t[b.as - 1], "but") ||
			     qt_is(d->text.s, &tk->t[b.as - 1], "while"))) {
				a = b;
				cs = bs;
				ce = be;
				break;
			}
		}
		if (participle_between(d, c, a.ce, it->s) ||
		    (!(a.cue->bits & QC_PREP) && speaker_between(d, c, a.ce, it->s)))
			continue;	/* "According to X, Y said …" stays X's */
		ce = qa_clause_end(c, s, a.cs, ce);
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

#define POLL_REACH 120	/* tokens back to the start of a poll's sentence */
#define POLL_WORDS 8	/* words of a poll's name before "poll" */

/* "75 percent of Republicans", "Six in 10 voters", "most shoppers", "the
 * vast majority of Americans": does the speaker np count the people a poll
 * asked? */
static int counted(const qd_doc *d, const qn_np *np, size_t s)
{
	static const char *const w[] = {"percent", "%", "majority", "plurality",
					"percentage", "share", "most", NULL};
	const qt_toks *tk = &d->tk;
	for (size_t i = np->ms > s + 4 ? np->ms - 4 : s; i < np->me; i++) {
		if (qt_in(d->text.s, &tk->t[i], w))
			return 1;
		if (qt_is(d->text.s, &tk->t[i], "in") && i > s && i + 1 < np->me &&
		    (tk->t[i + 1].flags & QF_DIGIT))
			return 1;	/* "six in 10" */
	}
	return 0;
}

/* A word that may stand in a poll's name: "a fresh CNN/ORC poll",
 * "Wednesday's Quinnipiac poll", "a September Washington Post-ABC News poll". */
static int poll_word(const qd_doc *d, size_t i)
{
	const qt_tok *t = &d->tk.t[i];
	if (t->flags & QF_INQUOTE)
		return 0;
	if (t->kind == QT_PUNCT)
		return punct_in(d->text.s, t, "/-&");
	unsigned c = qn_class(d->words, d->text.s, &d->tk, i);
	return t->kind == QT_WORD && !(c & QW_PRON) && !qn_prep(d->text.s, t) &&
	       (!(c & QW_STOP) || (c & QW_DET) || (t->flags & QF_CAP));	/* "September" */
}

/* "In a September Washington Post-ABC News poll, 75 percent of Republicans
 * said "…"", "… say X, according to a poll released Thursday": the people
 * a poll counted answer its questions; the poll named in the sentence is
 * the source. */
static void poll_source(qd_doc *d, item *it)
{
	static const char *const poll[] = {"poll", "survey", NULL};
	static const char *const issued[] = {"released", "published", "conducted", "taken", NULL};
	const qt_toks *tk = &d->tk;
	const char *doc = d->text.s;
	size_t e = it->e, k;
	if (!it->has || it->a.np.kind == QN_PRON || it->a.np.kind == QN_NONE)
		return;
	size_t s = qt_sent_start(tk, it->s, POLL_REACH);
	if (!counted(d, &it->a.np, s))
		return;
	while (e < tk->n && !(tk->t[e].flags & QF_SENT_START))
		e++;
	for (k = s; k < e; k++)
		if (!(tk->t[k].flags & QF_INQUOTE) && qt_in(doc, &tk->t[k], poll))
			break;
	if (k == e)
		return;
	size_t ms = k;	/* back to its determiner or possessive */
	while (ms > s && k - ms < POLL_WORDS && poll_word(d, ms - 1) &&
	       !(qn_class(d->words, doc, tk, ms) & QW_DET) &&
	       !(ms < k && qn_possessive(doc, &tk->t[ms])))
		ms--;
	if (!(qn_class(d->words, doc, tk, ms) & QW_DET) && !qn_possessive(doc, &tk->t[ms]))
		return;	/* "polls" alone, "poll numbers": no poll named */
	size_t me = k + 1;	/* "released Thursday", "conducted last week" */
	if (me + 1 < e && qt_in(doc, &tk->t[me], issued))
		for (size_t j = me + 1; j < e && j < me + 4 && tk->t[j].kind == QT_WORD; j++)
			if (qn_class(d->words, doc, tk, j) & QW_DAY) {
				me = j + 1;
				break;
			}
	it->a.np = (qn_np){QN_NOMINAL, QN_UNK, ms, me, ms + 1, me, 0, 0};
}

#define CLOSING_TAIL 4	/* words after a closing attribution: "on Monday in Ohio" */
#define CLOSING_REACH 80	/* tokens back to the sentence start */
#define CLOSING_COMMAS 4	/* commas tried back from the sentence end */
#define ROLE_WORDS 5		/* words of a role before a closing speaker's name */
#define OPENER_WORDS 3		/* "But even as": where an opening clause's subordinator stands */

/* Is there an attribution after token lo that ends the sentence at e
 * (", the senator said.", ", said X, the director, on Monday.")? */
static int closes_at(const qd_doc *d, const qa_ctx *c, size_t lo, size_t e, qa_attr *a)
{
	if (!qa_after(c, lo, e, a) || a->as < lo || !a->cue ||
	    count_words(&d->tk, a->ae, e) > CLOSING_TAIL)
		return 0;
	/* ", Justice Department trial counsel Ann Roe wrote": the role
	 * words before the name start the phrase */
	if (a->as - lo > ROLE_WORDS)
		return 0;
	for (size_t i = lo; i < a->as; i++)
		if (d->tk.t[i].kind != QT_WORD || (d->tk.t[i].flags & QF_INQUOTE) ||
		    (qn_class(d->words, d->text.s, &d->tk, i) & (QW_STOP | QW_PRON | QW_DET | QW_ADV)))
			return 0;	/* ", but multiple reports reveal" */
	return 1;
}

/* "Nothing the mayor said "will calm fears," the senator said.", "X found
 * no "ties," aside from …, said the director.": a partial quotation in a
 * sentence that an attribution closes (after a comma, no quotation after
 * it) is that attribution's, whatever cue stands before it. */
static int closing_attr(const qd_doc *d, const qa_ctx *c, const qm_quote *q, qa_attr *a)
{
	const qt_toks *tk = &d->tk;
	const char *doc = d->text.s;
	size_t e = q->last + 1;
	if (!q->closed || q->last < 2)
		return 0;
	for (size_t i = q->open + 1; i < q->last; i++)
		if (tk->t[i].flags & QF_SENT_START)
			return 0;	/* a piece of a sentence, not sentences */
	while (e < tk->n && !(tk->t[e].flags & QF_SENT_START) && tk->t[e].par == tk->t[q->last].par)
		e++;
	/* where the attribution may start: back from the sentence end, after
	 * the commas outside quotations up to a quotation, or after that
	 * quotation when it closes on a comma ("fears,"" or "fears",); the
	 * earliest that closes the sentence (", X, the chair, told …") */
	size_t from[CLOSING_COMMAS + 1], n = 0;
	for (size_t k = e; k > q->last + 1 && n < CLOSING_COMMAS; k--) {
		const qt_tok *t = &tk->t[k - 1];
		if (t->flags & QF_INQUOTE) {
			if (t->role == QR_CLOSE && qt_punct(doc, &tk->t[k - 2], ','))
				from[n++] = k;
			break;
		}
		if (qt_punct(doc, t, ','))
			from[n++] = k;
	}
	if (n < CLOSING_COMMAS && (n == 0 || from[n - 1] > q->last + 2) && e > q->last + 1 &&
	    qt_punct(doc, &tk->t[q->last - 1], ','))
		from[n++] = q->last + 1;
	while (n > 0 && !closes_at(d, c, from[n - 1], e, a))
		n--;
	if (!n)
		return 0;
	/* "When X pointed out that Y calls it "…," Z seized on it", "But even
	 * as X claimed …": the comma ends an opening clause, and what follows
	 * is the sentence's own */
	size_t st = qt_sent_start(tk, q->open, CLOSING_REACH);
	for (size_t i = st; i < q->open && i < st + OPENER_WORDS; i++)
		if ((qa_subordinator(c, i) || qt_is(doc, &tk->t[i], "after") ||
		     qt_is(doc, &tk->t[i], "before") || qt_is(doc, &tk->t[i], "even")) &&
		    !(tk->t[i].flags & QF_INQUOTE))
			return 0;
	return 1;
}

static void find_quotes(qd_doc *d, const qa_ctx *c)
{
	size_t covered = 0;	/* end of the last mixed content */
	for (size_t k = 0; k < d->qm.n; k++) {
		const qm_quote *q = &d->qm.q[k];
		/* tweet-date="March 4, 2016": an attribute value of left-over markup */
		if (q->open > 0 && qt_punct(d->text.s, &d->tk.t[q->open - 1], '='))
			continue;
		size_t lo = window_before(&d->tk, q->open);
		size_t hi = window_after(d, q->last);
		item *it = new_item(d, kind_of(d, q, lo, hi), q->open, q->last + 1);
		qa_attr closed;
		/* "called the "…" by the citizens": a passive's agent first */
		int closing = it->kind == QD_PARTIAL &&
			      !qa_by(c, lo, q->open, q->last + 1, hi, &closed) &&
			      closing_attr(d, c, q, &closed);
		if (closing) {
			it->has = 1;
			it->a = closed;
		} else if (it->kind == QD_PARTIAL)	/* "X called it "…", and Y said …" */
			it->has = qa_by(c, lo, q->open, q->last + 1, hi, &it->a) ||
				  qa_before(c, lo, q->open, &it->a) ||
				  (!joined_before(d, k) && (qa_after(c, q->last + 1, hi, &it->a) ||
							    shared_after(d, c, k, &it->a))) ||
				  qa_owner(c, lo, q->open, &it->a) || tweet_credit(d, c, q->last, &it->a);
		else
			it->has = qa_clause_cue(c, lo, q->open, &it->a) ||
				  qa_after(c, q->last + 1, hi, &it->a) ||
				  dash_credit(d, c, q->last, &it->a) ||
				  tweet_credit(d, c, q->last, &it->a) ||
				  (q->open > 0 && qa_colon(c, lo, q->open - 1, &it->a)) ||
				  qa_before(c, lo, q->open, &it->a) ||
				  colon_intro(d, c, q->open, &it->a) ||
				  colon_subject(d, c, lo, q->open, &it->a) ||
				  comma_subject(d, c, q, lo, &it->a) ||
				  prior_subject(d, c, q->open, &it->a);
		it->chained = !it->has && lo > 0 && lo < d->tk.n &&
			      !(d->tk.t[lo].flags & QF_SENT_START) &&
			      (d->tk.t[lo - 1].flags & QF_INQUOTE) &&
			      d->tk.t[lo - 1].par == d->tk.t[q->open].par;
		if ((!it->has && !it->chained && it->kind == QD_PARTIAL &&
		     count_words(&d->tk, q->open, q->last + 1) <= SCARE_WORDS &&
		     !qa_cue_in(c, lo, hi)) || title(d, q))
			it->drop = !d->o.all;
		else if (!it->has && !it->chained && it->kind == QD_PARTIAL)
			it->has = qa_opening(c, lo, q->open, &it->a) ||
				  qa_subject(c, lo, q->open, &it->a) ||
				  prior_subject(d, c, q->open, &it->a);
		if (q->last < covered) {	/* inside the content before */
			d->nit--;
			continue;
		}
		if (d->o.mixed && !it->drop && (!closing || (closed.cue->bits & QC_PREP))) {
			size_t m = mixed(d, c, it, lo);
			if (m)
				covered = m;
			/* "X said it was "…," according to Y": the reported
			 * clause comes along, and stays Y's (the people a poll
			 * counted name their poll below) */
			if (closing && !counted(d, &it->a.np, qt_sent_start(&d->tk, it->s, POLL_REACH)))
				it->a = closed;
		}
		poll_source(d, it);
	}
}

/* ""What are we going to do? That is the fight" to the rest of the
 * country.": a partial quotation that opens its sentence */
static int opens_sentence(const qd_doc *d, const item *it)
{
	return (d->tk.t[it->s].flags & QF_SENT_START) != 0;
}

/* "A," she said. "B." — B continues A when only A's attribution lies
 * between them; a quotation without attribution takes the speaker of the
 * quotation just before it (same or previous paragraph). */
static void link_quotes(qd_doc *d)
{
	long prev = -1, last = -1, said = -1;	/* said: last indirect speech */
	for (size_t i = 0; i < d->nit; i++) {
		item *it = &d->it[i];
		if (it->kind == QD_INDIRECT) {
			if (it->has)
				said = (long)i;
			continue;
		}
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
				    window_after(d, p->e - 1) == it->s);
			if (r->has && r->a.as >= p->e && near && (!it->has || same_attr) &&
			    it->kind == QD_DIRECT && p->kind == QD_DIRECT) {
				it->parent = root;
				it->has = 0;
			} else if (!it->has && (it->kind == QD_DIRECT || opens_sentence(d, it)) &&
				   d->tk.t[it->s].par - d->tk.t[p->e - 1].par <= 1) {
				it->from = r->has ? root : r->from;
				/* "X said he would not. 'He's a liberal!'": the
				 * speech reported since the quotation before */
				if (said > prev && d->tk.t[d->it[said].s].par == d->tk.t[it->s].par)
					it->from = said;
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

void qd_find(qd_doc *d, const qa_ctx *c)
{
	find_quotes(d, c);
	if (d->o.indirect)
		qi_find(c, add_indirect, d);
	if (d->nit)	/* d->it may still be NULL */
		qsort(d->it, d->nit, sizeof *d->it, cmp_item);
	link_quotes(d);
}
