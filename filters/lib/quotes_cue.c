/* quotes_cue.c — load cues.txt and find cues in token streams. */
#include <string.h>

#include "error.h"
#include "quotes_cue.h"

NF_DATA(cues_txt);

static unsigned parse_flags(const char *f, size_t n)
{
	unsigned fl = 0;
	for (size_t i = 0; i < n; i++)
		fl |= f[i] == 'c' ? QC_CLAUSE : f[i] == 'o' ? QC_OBJECT :
		      f[i] == 'i' ? QC_INVERT : f[i] == 'p' ? QC_PREP : 0;
	return fl;
}

ql_lex *qc_new(const nf_blob *b)
{
	ql_lex *l = ql_new(512);
	size_t pos = 0, len, lineno = 0;
	const char *line;
	while (nf_blob_line(b, &pos, &line, &len)) {
		const char *t1 = memchr(line, '\t', len);
		const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(line + len - t1 - 1)) : NULL;
		lineno++;
		if (!t2) {
			nf_warn("cues: entry %zu: want FORM<TAB>LEMMA<TAB>FLAGS", lineno);
			continue;
		}
		ql_add(l, line, (size_t)(t1 - line),
		       parse_flags(t2 + 1, (size_t)(line + len - t2 - 1)),
		       t1 + 1, (size_t)(t2 - t1 - 1));
	}
	return l;
}

ql_lex *qc_default(void)
{
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	nf_blob b = NF_BLOB(cues_txt);
	return qc_new(&b);
}

const ql_val *qc_match(const ql_lex *l, const char *doc, const qt_toks *tk,
		       size_t i, size_t *ntok)
{
	if (i >= tk->n || tk->t[i].kind != QT_WORD ||
	    (tk->t[i].flags & (QF_CAP | QF_SENT_START)) == QF_CAP)
		return NULL;
	for (size_t k = 2; k >= 1; k--) {
		const ql_val *v = ql_tokens(l, doc, tk, i, k);
		if (v) {
			*ntok = k;
			return v;
		}
	}
	return NULL;
}
