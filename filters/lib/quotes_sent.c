/* quotes_sent.c — keep a quotation and its attribution in one sentence. */
#include <string.h>

#include "quotes_cue.h"
#include "quotes_sent.h"

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
