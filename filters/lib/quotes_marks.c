/* quotes_marks.c — quote mark pairing with a small stack per paragraph. */
#include "buf.h"
#include "quotes_marks.h"

enum fam { F_D, F_S, F_G };	/* double, single, guillemet */
#define DEPTH 8
#define LOOKAHEAD 400

typedef struct {
	size_t tok;
	int fam;
	int mark;
} entry;

typedef struct {
	entry e[DEPTH];
	int n;
} stack;

static int space_before(const qt_tok *t) { return t->flags & QF_SPACE_BEFORE; }
static int space_after(const qt_tok *t) { return t->flags & QF_SPACE_AFTER; }

/* Left-flanking: text follows the mark directly (an opener's shape). */
static int left_flank(const qt_tok *t, const qt_tok *next)
{
	return !space_after(t) && next && next->par == t->par;
}

/* Right-flanking: text precedes the mark directly (a closer's shape). */
static int right_flank(const qt_tok *t, const qt_tok *prev)
{
	return !space_before(t) && prev && prev->par == t->par;
}

static int find(const stack *st, int fam)
{
	for (int i = st->n - 1; i >= 0; i--)
		if (st->e[i].fam == fam)
			return i;
	return -1;
}

static void push(stack *st, size_t tok, int fam, int mark)
{
	if (st->n < DEPTH)
		st->e[st->n++] = (entry){tok, fam, mark};
}

/* Is the single mark at i an opener with a closer later in its paragraph?
 * Keeps apostrophes (’90s, rock ’n’) from swallowing the paragraph. */
static int single_has_closer(const qt_toks *tk, size_t i)
{
	for (size_t j = i + 1; j < tk->n && j < i + LOOKAHEAD; j++) {
		const qt_tok *t = &tk->t[j];
		if (t->par != tk->t[i].par)
			return 0;
		if ((t->mark == QM_SCLOSE || t->mark == QM_SSTRAIGHT) &&
		    right_flank(t, &tk->t[j - 1]) &&
		    (space_after(t) || j + 1 >= tk->n ||
		     tk->t[j + 1].kind != QT_WORD))
			return j > i + 2 || qt_len(&tk->t[i + 1]) > 2;	/* rock 'n' roll */
	}
	return 0;
}

static int is_opener_mark(int m)
{
	return m == QM_DOPEN || m == QM_DSTRAIGHT || m == QM_LOW ||
	       m == QM_GOPEN || m == QM_GCLOSE || m == QM_SOPEN;
}

typedef struct {
	const char *doc;
	qt_toks *tk;
	qm_quotes *out;
	stack st;
	size_t cur_open;	/* opener of the current top-level quotation */
	int in_top;
} scan;

static void end_top(scan *sc, size_t last, int closed)
{
	qm_quotes *o = sc->out;
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 64;
		o->q = nf_xrealloc(o->q, o->cap * sizeof *o->q);
	}
	o->q[o->n++] = (qm_quote){sc->cur_open, last, closed};
	sc->in_top = 0;
	sc->st.n = 0;
}

static void open_mark(scan *sc, size_t i, int fam)
{
	if (sc->st.n == 0) {
		sc->cur_open = i;
		sc->in_top = 1;
	}
	push(&sc->st, i, fam, sc->tk->t[i].mark);
	sc->tk->t[i].role = QR_OPEN;
}

/* Close the innermost open quotation of family fam; 0 when none is open. */
static int close_mark(scan *sc, size_t i, int fam)
{
	int k = find(&sc->st, fam);
	if (k < 0)
		return 0;
	sc->tk->t[i].role = QR_CLOSE;
	sc->st.n = k;
	if (k == 0)
		end_top(sc, i, 1);
	return 1;
}

static void double_mark(scan *sc, size_t i, const qt_tok *prev, const qt_tok *next)
{
	qt_tok *t = &sc->tk->t[i];
	int open_d = find(&sc->st, F_D) >= 0;
	switch (t->mark) {
	case QM_DOPEN:	/* “ is a sloppy closer when shaped like one */
		if (open_d && right_flank(t, prev) && !left_flank(t, next))
			close_mark(sc, i, F_D);
		else if (open_d && sc->st.e[find(&sc->st, F_D)].mark == QM_LOW)
			close_mark(sc, i, F_D);
		else
			open_mark(sc, i, F_D);
		break;
	case QM_LOW:
		open_mark(sc, i, F_D);
		break;
	case QM_DCLOSE:
		if (!close_mark(sc, i, F_D) && left_flank(t, next) &&
		    !right_flank(t, prev))
			open_mark(sc, i, F_D);
		break;
	default:	/* straight " */
		if (open_d && sc->st.e[find(&sc->st, F_D)].mark == QM_DSTRAIGHT)
			close_mark(sc, i, F_D);
		else if (left_flank(t, next) || !right_flank(t, prev))
			open_mark(sc, i, F_D);
		else if (open_d)
			close_mark(sc, i, F_D);
		break;
	}
}

static void single_mark(scan *sc, size_t i, const qt_tok *prev, const qt_tok *next)
{
	qt_tok *t = &sc->tk->t[i];
	int lf = left_flank(t, next), rf = right_flank(t, prev);
	/* workers’ money: a plural possessive when a closer still follows */
	int possessive = rf && prev->kind == QT_WORD && sc->doc[prev->e - 1] == 's' &&
			 next && next->par == t->par && next->kind == QT_WORD &&
			 single_has_closer(sc->tk, i);
	if (rf && !possessive && find(&sc->st, F_S) >= 0 &&
	    (!lf || !next || next->kind != QT_WORD)) {
		close_mark(sc, i, F_S);
		return;
	}
	if (t->mark == QM_SCLOSE && !(lf && !rf))
		return;		/* apostrophe */
	if (lf && !rf && !(next->flags & QF_DIGIT) && single_has_closer(sc->tk, i))
		open_mark(sc, i, F_S);
}

static void guillemet(scan *sc, size_t i, const qt_tok *prev, const qt_tok *next)
{
	qt_tok *t = &sc->tk->t[i];
	if (t->mark == QM_GOPEN) {
		open_mark(sc, i, F_G);
	} else if (!close_mark(sc, i, F_G) && left_flank(t, next) &&
		   !right_flank(t, prev)) {
		open_mark(sc, i, F_G);	/* »reversed« style */
	}
}

/* A paragraph ended inside a quotation: continue it when the next
 * paragraph opens with a mark, else end it here. Returns the index of the
 * next paragraph's first token when that was taken as a continuation. */
static size_t par_end(scan *sc, size_t last)
{
	qt_toks *tk = sc->tk;
	if (!sc->in_top)
		return 0;
	int fam = sc->st.e[0].fam;
	if (fam != F_S && last + 1 < tk->n) {
		qt_tok *n = &tk->t[last + 1];
		if (n->kind == QT_MARK && is_opener_mark(n->mark) &&
		    n->mark != QM_SOPEN) {
			n->role = QR_OPEN;
			sc->st.n = 1;
			return last + 1;
		}
	}
	if (fam == F_S) {	/* an unclosed single is no quotation */
		sc->in_top = 0;
		sc->st.n = 0;
		tk->t[sc->cur_open].role = QR_NONE;
		return 0;
	}
	end_top(sc, last, 0);
	return 0;
}

static void mark_tokens(qt_toks *tk, const qm_quotes *q)
{
	for (size_t k = 0; k < q->n; k++)
		for (size_t i = q->q[k].open; i <= q->q[k].last; i++) {
			tk->t[i].quote = (int)k;
			tk->t[i].flags |= QF_INQUOTE;
		}
}

void qm_scan(const char *doc, qt_toks *tk, qm_quotes *out)
{
	scan sc = {doc, tk, out, {.n = 0}, 0, 0};
	size_t skip = 0;
	out->n = 0;
	for (size_t i = 0; i < tk->n; i++) {
		qt_tok *t = &tk->t[i];
		const qt_tok *prev = i ? &tk->t[i - 1] : NULL;
		const qt_tok *next = i + 1 < tk->n ? &tk->t[i + 1] : NULL;
		if (t->kind == QT_MARK && !(skip && i == skip)) {
			if (t->mark <= QM_LOW)
				double_mark(&sc, i, prev, next);
			else if (t->mark <= QM_SSTRAIGHT)
				single_mark(&sc, i, prev, next);
			else
				guillemet(&sc, i, prev, next);
		}
		if (!next || next->par != t->par)
			skip = par_end(&sc, i);
	}
	mark_tokens(tk, out);
}
