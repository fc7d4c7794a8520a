/* quotes_sent.c — rule-based sentence starts on the token stream. */
#include <string.h>

#include "quotes_cue.h"
#include "quotes_name.h"
#include "quotes_sent.h"

static int abbreviation(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i)
{
	if (i == 0 || (tk->t[i].flags & QF_SPACE_BEFORE))
		return 0;
	const qt_tok *p = &tk->t[i - 1];
	if (p->kind != QT_WORD)
		return 0;
	size_t n = qt_len(p);
	if (n == 1 && (p->flags & QF_CAP))
		return 1;	/* an initial */
	if (memchr(doc + p->s, '.', n))
		return 1;	/* U.S. */
	return (p->flags & QF_CAP) && n <= 4 && (qn_class(w, doc, tk, i - 1) & QW_TITLE);
}

static int ends(const char *doc, const qt_tok *t)
{
	if (t->kind != QT_PUNCT)
		return 0;
	if (qt_len(t) == 3 && !memcmp(doc + t->s, "\xe2\x80\xa6", 3))
		return 1;	/* … */
	return qt_len(t) == 1 && strchr(".!?", doc[t->s]);
}

#define ATTR_REACH 24	/* tokens of a name (and appositive) before the cue */

int qs_attribution_follows(const ql_lex *cues, const char *doc, const qt_toks *tk,
			   size_t j)
{
	if (j == 0 || tk->t[j - 1].role != QR_CLOSE)
		return 0;
	for (size_t i = j; i < tk->n && i < j + ATTR_REACH; i++) {
		size_t n;
		if (tk->t[i].par != tk->t[j].par || tk->t[i].kind == QT_MARK ||
		    (tk->t[i].kind == QT_PUNCT && !qt_punct(doc, &tk->t[i], '.') &&
		     !qt_punct(doc, &tk->t[i], ',') && !qt_punct(doc, &tk->t[i], '(') &&
		     !qt_punct(doc, &tk->t[i], ')')) ||
		    (qt_punct(doc, &tk->t[i], '.') && (tk->t[i].flags & QF_SPACE_AFTER) &&
		     i + 1 < tk->n && (tk->t[i + 1].flags & QF_CAP) &&
		     qt_len(&tk->t[i - 1]) > 3))
			return 0;
		if (qc_match(cues, doc, tk, i, &n))
			return i > j || !(tk->t[i].flags & QF_CAP);
	}
	return 0;
}

void qs_split(const ql_lex *w, const ql_lex *cues, const char *doc, qt_toks *tk)
{
	for (size_t i = 0; i < tk->n; i++) {
		qt_tok *t = &tk->t[i];
		if (t->flags & QF_PAR_START)
			t->flags |= QF_SENT_START;
		if (!ends(doc, t) || abbreviation(w, doc, tk, i))
			continue;
		size_t j = i + 1;
		while (j < tk->n && tk->t[j].par == t->par &&
		       ((tk->t[j].kind == QT_MARK && tk->t[j].role != QR_OPEN) ||
			qt_punct(doc, &tk->t[j], ')') || ends(doc, &tk->t[j])))
			j++;
		if (j >= tk->n || tk->t[j].par != t->par)
			continue;
		const qt_tok *n = &tk->t[j];
		if (((n->kind == QT_WORD && (n->flags & (QF_CAP | QF_DIGIT))) ||
		     (n->kind == QT_MARK && n->role == QR_OPEN) ||
		     qt_punct(doc, n, '(')) &&
		    !qs_attribution_follows(cues, doc, tk, j))
			tk->t[j].flags |= QF_SENT_START;
	}
}
