/* quotes_attr.h — find the attribution (cue verb + speaker phrase) of a
 * quotation in the words around it, or of a sentence of indirect speech. */
#ifndef NF_QUOTES_ATTR_H
#define NF_QUOTES_ATTR_H

#include "quotes_cue.h"
#include "quotes_name.h"

typedef struct {
	const ql_lex *cues, *words;
	const char *doc;
	const qt_toks *tk;
} qa_ctx;

typedef struct {
	qn_np np;
	const ql_val *cue;
	size_t cs, ce;		/* cue tokens [cs, ce) */
	size_t as, ae;		/* whole attribution [as, ae) */
} qa_attr;

/* Attribution after a quotation, in tokens [lo, hi): ", said Name",
 * ", Name said", ", according to X". The cue must come early. */
int qa_after(const qa_ctx *c, size_t lo, size_t hi, qa_attr *a);
/* Attribution before a quotation, in tokens [lo, hi): the cue nearest the
 * quotation ("Name said:", "Name called the plan", "According to X,"). */
int qa_before(const qa_ctx *c, size_t lo, size_t hi, qa_attr *a);
/* No cue: a name right before the colon that introduces a quotation at
 * colon + 1 ("Carl Bialik: …", "From Bush's Facebook post: …"); a->cue NULL. */
int qa_colon(const qa_ctx *c, size_t lo, size_t colon, qa_attr *a);
/* A passive: "called it "a witch hunt" by Democrats", "... "extremely
 * careless" - as described by James Comey": the agent after the quotation
 * (open..after-1), with a cue in the three words before it or in "as
 * described by". */
int qa_by(const qa_ctx *c, size_t lo, size_t open, size_t after, size_t hi, qa_attr *a);
/* No cue: "Comey's conclusion that her actions were "extremely careless"":
 * the owner of a view stated in a that-clause before the quotation at
 * open; a->cue NULL. */
int qa_owner(const qa_ctx *c, size_t lo, size_t open, qa_attr *a);
/* No cue: the subject of the sentence [lo, hi) as the speaker ("Trump has
 * boasted of his willingness to spend "whatever it takes""); a->cue NULL. */
int qa_subject(const qa_ctx *c, size_t lo, size_t hi, qa_attr *a);
/* No cue: a partial quotation inside a phrase opening its sentence at or
 * after lo — a subordinate clause's subject ("As Trump pledged to confront
 * "…""), or after a prepositional or participle phrase the subject past its
 * comma ("After bickering over whether he is "qualified", Clinton …"). */
int qa_opening(const qa_ctx *c, size_t lo, size_t open, qa_attr *a);
/* A quotation that ends the opening subordinate clause of its sentence,
 * right after the clause's cue: "When someone in the audience shouted,
 * "…," X joked, "…"" — the clause subject's, not the main clause's. */
int qa_clause_cue(const qa_ctx *c, size_t lo, size_t open, qa_attr *a);
/* The end of the content of a cue at token i in the sentence [s, e): the
 * comma closing an opening subordinate clause that holds the cue ("As
 * Brask promised to fight "…," the chamber fell silent"), else e. */
size_t qa_clause_end(const qa_ctx *c, size_t s, size_t i, size_t e);
/* The attribution of the cue at token i, speaker left or right of it. */
int qa_at(const qa_ctx *c, size_t i, size_t lo, size_t hi, qa_attr *a);
/* Does token i open a subordinate clause ("when", "as", "while" …)? */
int qa_subordinator(const qa_ctx *c, size_t i);
/* Is there a cue verb at one of the tokens [lo, e)? */
int qa_cue_in(const qa_ctx *c, size_t lo, size_t e);

#endif
