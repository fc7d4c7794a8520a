/* quotes_indirect.c — reported speech by cue verbs, one item per sentence. */
#include <string.h>

#include "quotes_indirect.h"

#define MIN_WORDS 3	/* shortest content reported */
#define THAT_REACH 6	/* tokens from the cue to its "that" */
#define TAIL 8		/* "…, X said on Tuesday in a statement." */
#define QUOTE_REACH 4	/* tokens from a closing mark to its speaker */
#define OBJECT_WORDS 5	/* "…, X told The Daily Ledger on Monday." */

static size_t words(const qt_toks *tk, size_t s, size_t e)
{
	size_t n = 0;
	for (size_t i = s; i < e; i++)
		n += tk->t[i].kind == QT_WORD;
	return n;
}

/* Token after the "that" following the cue (told reporters on Monday that),
 * or 0 when there is none near. */
static size_t after_that(const qa_ctx *c, size_t from, size_t e)
{
	for (size_t i = from; i < e && i < from + THAT_REACH; i++)
		if (qt_is(c->doc, &c->tk->t[i], "that"))
			return i;
	return 0;
}

static int comma(const qa_ctx *c, size_t i)
{
	return qt_punct(c->doc, &c->tk->t[i], ',');
}

/* A preposition opens the words after a cue that are circumstance, not
 * content: "said in an interview", "told reporters on Monday". */
static int prep(const qa_ctx *c, size_t i)
{
	static const char *const preps[] = {"in", "of", "on", "about", "at", "during",
					    "after", "before", "while", "to", NULL};
	return qt_in(c->doc, &c->tk->t[i], preps);
}

/* "The chief executive, Ana Ruiz, said the ferry would run late.": a comma
 * right before the cue closes an appositive, and a clause after the cue is
 * the content; the words before the speaker describe the speaker. */
static int content_follows(const qa_ctx *c, size_t e, const qa_attr *a)
{
	return a->cs > a->as && comma(c, a->cs - 1) && a->ae < e && !prep(c, a->ae) &&
	       words(c->tk, a->ae, e) >= MIN_WORDS;
}

/* "As for Trump, he said he is not worried.": a clause right after a cue
 * that takes no object first is its content; the words before the comma
 * are none. */
static int clause_follows(const qa_ctx *c, size_t e, const qa_attr *a)
{
	unsigned f = a->cue->bits;
	return (f & QC_CLAUSE) && !(f & QC_OBJECT) && a->ae < e && a->as < a->cs &&
	       c->tk->t[a->ae].kind == QT_WORD && !prep(c, a->ae) &&
	       words(c->tk, a->ae, e) >= MIN_WORDS;
}

/* "…, a spokesman told the Courier.": a cue that takes an object, and may
 * stand after its quotation, closes the sentence with a short object and
 * no clause or quotation after it. */
static int told_last(const qa_ctx *c, size_t e, const qa_attr *a)
{
	unsigned both = QC_INVERT | QC_OBJECT;
	if ((a->cue->bits & both) != both || words(c->tk, a->ae, e) > OBJECT_WORDS)
		return 0;
	/* not "Ruiz asked Dahl to wait", "told them that …" */
	for (size_t i = a->ae; i < e; i++)
		if ((c->tk->t[i].flags & QF_INQUOTE) || qt_is(c->doc, &c->tk->t[i], "that") ||
		    qt_is(c->doc, &c->tk->t[i], "to"))
			return 0;
	return 1;
}

/* Does the phrase at i end at a comma or at e, within a few tokens and
 * with no quotation or cue in it? */
static int phrase_ends(const qa_ctx *c, size_t i, size_t e)
{
	size_t n;
	for (size_t k = i; k < e && k < i + TAIL; k++) {
		if (comma(c, k))
			return 1;
		if ((c->tk->t[k].flags & QF_INQUOTE) || qc_match(c->cues, c->doc, c->tk, k, &n))
			return 0;
	}
	return i + TAIL >= e;
}

/* "By the time the primaries concluded, 40 percent said …", "When Ruiz
 * spoke, the crowd …": a cue that ends a subordinate clause opening the
 * sentence reports nothing; the main clause after the comma is not its
 * ("As the Ledger reported, …" does report it). */
static int opening_clause(const qa_ctx *c, size_t s, const qa_attr *a)
{
	static const char *const also[] = {"after", "before", "until", "whenever", "by", NULL};
	const qt_tok *t = &c->tk->t[s];
	return a->ce < c->tk->n && comma(c, a->ce) &&
	       ((qa_subordinator(c, s) && !qt_is(c->doc, t, "as")) || qt_in(c->doc, t, also));
}

/* "Some said nothing at all.", "She said little else about it.": an
 * indefinite pronoun the cue takes as its object, not a clause ("said
 * nothing had changed" is one). */
static int says_nothing(const qa_ctx *c, size_t i, size_t e)
{
	static const char *const obj[] = {"nothing", "something", "anything", "little", NULL};
	static const char *const after[] = {"else", "further", "more", "publicly", "at", NULL};
	if (i >= e || !qt_in(c->doc, &c->tk->t[i], obj))
		return 0;
	return i + 1 >= e || c->tk->t[i + 1].kind != QT_WORD || prep(c, i + 1) ||
	       qt_in(c->doc, &c->tk->t[i + 1], after);
}

int qi_content(const qa_ctx *c, size_t s, size_t e, const qa_attr *a,
	       size_t *cs, size_t *ce)
{
	unsigned f = a->cue->bits;
	int tail = a->ae + TAIL >= e && a->as > s + 1 && comma(c, a->as - 1) &&
		   !content_follows(c, e, a) && !clause_follows(c, e, a);
	if (a->as > s + 1 && comma(c, a->as - 1) && a->ae < e && comma(c, a->ae) &&
	    words(c->tk, a->ae + 1, e) >= MIN_WORDS && (f & (QC_CLAUSE | QC_PREP))) {
		*cs = a->ae + 1;	/* "And that, Manafort said, was in the works.",
					 * "The next day, according to X, Y came." */
		*ce = e;
		return 1;
	}
	if (tail && ((f & (QC_CLAUSE | QC_PREP)) || a->as == a->cs || told_last(c, e, a))) {
		*cs = s;	/* "…, X said." */
		*ce = a->as - 1;
		return 1;
	}
	if (f & QC_PREP) {
		if (a->ae < e && comma(c, a->ae)) {
			*cs = a->ae + 1;	/* "According to X, …" */
			*ce = e;
			return 1;
		}
		if (a->as > s + MIN_WORDS && !comma(c, a->as - 1) && phrase_ends(c, a->ae, e)) {
			*cs = s;	/* "Ruiz leads by 40 votes according to a
					 * count by the Ledger, but …" */
			*ce = a->as;
			return 1;
		}
		return 0;
	}
	if (a->as >= a->cs || opening_clause(c, s, a) || says_nothing(c, a->ce, e))
		return 0;
	size_t t = after_that(c, a->ce, e);
	if (t)
		*cs = t;
	else if (f & QC_CLAUSE)
		*cs = a->ce;
	else
		return 0;
	*ce = e;
	return 1;
}


static size_t trim_end(const qa_ctx *c, size_t s, size_t e)
{
	while (e > s && c->tk->t[e - 1].kind != QT_WORD)
		e--;
	return e;
}

/* "…," Reid said in an interview. — the attribution of a quotation, whose
 * words after the cue ("in an interview", "of the plan") are no content. */
static int quote_attribution(const qa_ctx *c, const qa_attr *a)
{
	const qt_toks *tk = c->tk;
	int quoted = 0;
	/* ""…," Dahl and Varga said in a joint statement." */
	for (size_t i = a->as > QUOTE_REACH ? a->as - QUOTE_REACH : 0; i < a->as; i++)
		quoted |= tk->t[i].role == QR_CLOSE;
	return quoted && a->ae < tk->n && prep(c, a->ae);
}

/* Does [s, e) hold a token of a quotation? */
static int quoted(const qa_ctx *c, size_t s, size_t e)
{
	for (size_t j = s; j < e; j++)
		if (c->tk->t[j].flags & QF_INQUOTE)
			return 1;
	return 0;
}

/* The attribution of the cue at i in the sentence [s, e) and its content. */
static int reported(const qa_ctx *c, size_t i, size_t s, size_t e, qa_attr *a, size_t *cs,
		    size_t *ce)
{
	return !(c->tk->t[i].flags & QF_INQUOTE) && qa_at(c, i, s, e, a) &&
	       !quote_attribution(c, a) && qi_content(c, s, e, a, cs, ce);
}

/* "…, committed to maintaining ties, the minister's spokesman said.": a
 * closing ", X said" reports the whole sentence before it, whatever cues
 * that holds. The cue at or after from whose content starts at s. */
static int closing(const qa_ctx *c, size_t s, size_t e, size_t from, qa_attr *a, size_t *cs,
		   size_t *ce)
{
	for (size_t i = from; i < e; i++)
		if (reported(c, i, s, e, a, cs, ce) && *cs == s && *ce + 1 == a->as)
			return 1;
	return 0;
}

/* "In an interview with the Post, Ruiz said, …", "Asked about the vote,
 * Ruiz said, …": words of the occasion of speaking in [s, e) make an
 * opening phrase the circumstance of the cue, not part of its content. */
static int occasion(const qa_ctx *c, size_t s, size_t e)
{
	static const char *const w[] = {"interview", "interviews", "statement", "speech",
		"rally", "essay", "post", "excerpt", "cable", "letter", "email", "appearance",
		"speaking", "broadcast", "asked", NULL};
	for (size_t i = s; i < e; i++)
		if (qt_in(c->doc, &c->tk->t[i], w))
			return 1;
	return 0;
}

/* "The plan, Ruiz said, is dead.", "That is bad, according to Ruiz,
 * because …": an attribution between commas splits what it reports in
 * two, and the words before it are reported on their own too. */
static void before_aside(const qa_ctx *c, size_t s, const qa_attr *a, size_t cs,
			 qi_emit emit, void *arg)
{
	size_t e = a->as - 1;
	if (cs <= a->as || a->as <= s + 1 || !comma(c, e) || a->ae >= cs || !comma(c, a->ae) ||
	    quoted(c, s, e) || occasion(c, s, e))
		return;
	e = trim_end(c, s, e);
	if (words(c->tk, s, e) >= 1)
		emit(arg, s, e, a);
}

/* "X said the fares were unfair, noting that …", "…, calling it …": a
 * participle of a cue after a comma speaks on, about something else. */
static int speaking_on(const qa_ctx *c, size_t i)
{
	const qt_tok *t = &c->tk->t[i];
	size_t n;
	return t->kind == QT_WORD && qt_len(t) > 4 && !(t->flags & QF_CAP) &&
	       !memcmp(c->doc + t->e - 3, "ing", 3) && qc_match(c->cues, c->doc, c->tk, i, &n);
}

/* "X said the ferry was late, but the port denied it", "… with Dana Cole,
 * who was his deputy": a contrasting clause or a comment on the last noun
 * after a comma (or a semicolon) is no longer what the cue
 * reports. The end of the content [cs, ce). */
static size_t own_clause(const qa_ctx *c, size_t cs, size_t ce)
{
	static const char *const w[] = {"but", "while", "whereas", "although", "though",
					"which", "who", "where", NULL};
	const qt_toks *tk = c->tk;
	for (size_t i = cs + MIN_WORDS; i + 1 < ce; i++)
		if ((comma(c, i) && (qt_in(c->doc, &tk->t[i + 1], w) ||
				     speaking_on(c, i + 1))) ||
		    qt_punct(c->doc, &tk->t[i], ';'))
			return i;
	return ce;
}

static void sentence(const qa_ctx *c, size_t s, size_t e, qi_emit emit, void *arg)
{
	size_t ce0 = trim_end(c, s, e);
	if (ce0 < e && qt_punct(c->doc, &c->tk->t[ce0], ':'))
		return;		/* "X said:" introduces a quotation */
	for (size_t i = s; i < ce0; i++) {
		qa_attr a, t;
		size_t cs, ce, ts, te;
		if (!reported(c, i, s, ce0, &a, &cs, &ce))
			continue;
		if (closing(c, s, ce0, a.ce, &t, &ts, &te)) {
			a = t;
			cs = ts;
			ce = te;
		}
		while (cs < ce && c->tk->t[cs].kind != QT_WORD)
			cs++;
		before_aside(c, s, &a, cs, emit, arg);
		size_t rest = e;
		if (cs > a.as && (ce = own_clause(c, cs, ce)) < e)
			rest = ce;
		/* quotations are reported on their own (and with their clause) */
		if (quoted(c, cs, ce))
			return;
		ce = trim_end(c, cs, ce);
		if (words(c->tk, cs, ce) >= MIN_WORDS)
			emit(arg, cs, ce, &a);
		/* "…, while Dahl said the port would stay shut" */
		if (rest + 1 < e)
			sentence(c, rest + 1, e, emit, arg);
		return;
	}
}

void qi_find(const qa_ctx *c, qi_emit emit, void *arg)
{
	const qt_toks *tk = c->tk;
	size_t s = 0;
	for (size_t i = 0; i <= tk->n; i++)
		if (i == tk->n || (i > s && (tk->t[i].flags & QF_SENT_START))) {
			if (i > s)
				sentence(c, s, i, emit, arg);
			s = i;
		}
}
