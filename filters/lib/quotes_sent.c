/* quotes_sent.c — keep a quotation and its attribution in one sentence. */
#include <string.h>

#include "quotes_cue.h"
#include "quotes_sent.h"

#define ATTR_REACH 24	/* tokens of a name (and appositive) before the cue */

/* Does a quotation open in the sentence part from token i on? Then the cue
 * before i introduces it ("….” A spokesman later walked back the
 * remarks, saying that she “did not mean …”) and starts a new sentence. */
static int own_quote(const char *doc, const qt_toks *tk, size_t i)
{
	static const char *const title_before[] = {"in", "on", "of", "at", "from", "with",
						   "titled", "entitled", "called", "named", NULL};
	for (size_t k = i; k < tk->n && k < i + ATTR_REACH * 2 && tk->t[k].par == tk->t[i - 1].par;
	     k++) {
		/* not a title: "alluding to his role in "The Revenant."" */
		if (tk->t[k].role == QR_OPEN && !qt_in(doc, &tk->t[k - 1], title_before))
			return 1;
		if (qt_punct(doc, &tk->t[k], '.') && (tk->t[k].flags & QF_SPACE_AFTER))
			return 0;
	}
	return 0;
}

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
			return (i > j || !(tk->t[i].flags & QF_CAP)) && !own_quote(doc, tk, i + n);
	}
	return 0;
}
