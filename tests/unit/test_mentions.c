/* test_mentions.c — names, patterns and canonical names together: text
 * order, character offsets after non-ASCII text, overlaps, documents. */
#include <string.h>

#include "check.h"
#include "data.h"
#include "mentions.h"

NF_DATA(ner_model);

static ner_model model;
static nf_nerpat *pat;

/* "TYPE mention=entity@cb-ce" of every mention, joined by "; ". */
static const char *tag(nf_mentions *ms, const char *text)
{
	static char out[1024];
	size_t n = nf_mentions_find(ms, text, strlen(text)), len = 0;
	out[0] = 0;
	for (size_t i = 0; i < n && len + 200 < sizeof out; i++) {
		nf_str v[5];
		nf_mentions_row(ms, i, v);
		len += (size_t)snprintf(out + len, sizeof out - len, "%s%.*s %.*s=%.*s@%.*s-%.*s",
				i ? "; " : "", (int)v[2].n, v[2].s, (int)v[3].n, v[3].s,
				(int)v[4].n, v[4].s, (int)v[0].n, v[0].s, (int)v[1].n, v[1].s);
	}
	return out;
}

int main(void)
{
	char err[200];
	CHECK(ner_model_load(&model, NF_BLOB(ner_model), err, sizeof err) == 0);
	pat = nf_nerpat_new(NULL);
	CHECK(pat != NULL);
	nf_mentions *ms = nf_mentions_new(&model, pat);

	/* pattern types, in text order among the names */
	CHECK_STR(tag(ms, "Sales rose 12 percent to $4.5 billion in 2014."),
		  "PERCENT 12 percent=12 percent@11-21; MONEY $4.5 billion=$4.5 billion@25-37; DATE 2014=2014@41-45");
	/* character offsets after non-ASCII letters */
	CHECK_STR(tag(ms, "Zürich’s café raised prices by 3.5% in mid-January."),
		  "LOC Zürich=Zürich@0-6; PERCENT 3.5%=3.5%@31-35; DATE mid-January=mid-January@39-50");
	nf_mentions_new_doc(ms);

	/* a later surname and a titled name get the full name */
	CHECK_STR(tag(ms, "Daniel Okonkwo-Reyes runs the port authority."),
		  "PER Daniel Okonkwo-Reyes=Daniel Okonkwo-Reyes@0-20");
	const char *t = tag(ms, "He said Mr. Okonkwo-Reyes would stay.");
	CHECK_STR(t, "PER Okonkwo-Reyes=Daniel Okonkwo-Reyes@12-25");

	/* a new document forgets the name */
	nf_mentions_new_doc(ms);
	t = tag(ms, "He said Mr. Okonkwo-Reyes would stay.");
	CHECK_STR(t, "PER Okonkwo-Reyes=Okonkwo-Reyes@12-25");

	/* no text, no mentions */
	CHECK(nf_mentions_find(ms, "", 0) == 0);
	CHECK(nf_mentions_find(ms, "  \n ", 4) == 0);

	nf_mentions_free(ms);
	nf_nerpat_free(pat);
	ner_model_free(&model);
	return check_failures != 0;
}
