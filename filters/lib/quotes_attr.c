/* quotes_attr.c — cue + speaker around a quotation. */
#include <string.h>

#include "quotes_attr.h"

#define AFTER_REACH 6	/* tokens between a quotation and its cue phrase */
#define TAIL 6		/* words after a closing attribution */
#define MAXAPPOS_AFTER 20	/* tokens of an appositive with no closing comma */
#define OWNER_REACH 16	/* tokens from "X's conclusion that" to the quotation */

static int speaker_np(const qn_np *np)
{
	return np->kind != QN_NONE;
}

/* Is the cue at i a participle or second verb whose speaker is the
 * sentence's subject? "Clinton disagreed, saying …", "X went on to say",
 * "Y smiled and said". */
static int subject_cue(const qa_ctx *c, size_t i, size_t lo)
{
	const qt_tok *t = &c->tk->t[i];
	if (i <= lo + 1)
		return 0;
	/* "and later said", "but then told" */
	size_t j = i - 1;
	while (j > lo + 1 && !(c->tk->t[j].flags & QF_CAP) &&
	       ((qn_class(c->words, c->doc, c->tk, j) & QW_ADV) ||
		qt_is(c->doc, &c->tk->t[j], "now")))	/* "but now says" */
		j--;
	const qt_tok *p = &c->tk->t[j];
	if (j < i - 1)
		return qt_is(c->doc, p, "and") || qt_is(c->doc, p, "but");
	if (qt_punct(c->doc, p, ','))
		return qt_ends(c->doc, t, "ing");
	return qt_is(c->doc, p, "and") || qt_is(c->doc, p, "but") || qt_is(c->doc, p, "to") ||
	       (qt_is(c->doc, p, "by") && qt_ends(c->doc, t, "ing"));	/* "began by saying" */
}

#define INTRO 24	/* tokens of an opening phrase: "On Sunday," */

/* "in Salem, New Hampshire, Trump …": the comma at i follows a city, so a
 * state comes next, closed by its own comma, not the subject. */
static int after_city(const qa_ctx *c, size_t i)
{
	size_t e = i + 1;
	while (e < c->tk->n && e - i <= 3 && (c->tk->t[e].flags & QF_CAP))
		e++;
	if (e > i + 1 && e + 1 < c->tk->n && qt_punct(c->doc, &c->tk->t[e], '.') &&
	    !(c->tk->t[e].flags & QF_SPACE_BEFORE))
		e++;	/* "in Beaumont, Tex., Trump …" */
	return e > i + 1 && e < c->tk->n && qt_punct(c->doc, &c->tk->t[e], ',') &&
	       qn_city_comma(c->words, c->doc, c->tk, i, 0);
}

/* "a few days later, Trump …": a time phrase opening the sentence */
static int time_phrase(const qa_ctx *c, const qn_np *np)
{
	size_t e = np->me;
	if (e < c->tk->n && (qn_class(c->words, c->doc, c->tk, e) & QW_DAY))
		e++;	/* "a few days later," */
	/* "three months before the primary, his campaign …" */
	int span = e < c->tk->n && np->kind == QN_NOMINAL &&
		   (qt_is(c->doc, &c->tk->t[e], "before") || qt_is(c->doc, &c->tk->t[e], "after"));
	if (!span && (e >= c->tk->n || !qt_punct(c->doc, &c->tk->t[e], ',')))
		return 0;
	/* "Hours later,", "Moments earlier,": a capitalised first word */
	if (np->kind == QN_NAME && np->me - np->ms == 1 && e == np->me + 1)
		return 1;
	if (np->kind != QN_NOMINAL)
		return 0;
	for (size_t i = np->ms; i < np->me; i++)
		if (qn_class(c->words, c->doc, c->tk, i) & QW_DAY)
			return 1;
	return 0;
}

/* "Wait, it gets better:", "Ask yourself:": a capitalised word opening
 * the sentence before a comma and a pronoun subject, or before an object
 * pronoun, is an interjection or an imperative, no name. */
static int opener_word(const qa_ctx *c, const qn_np *np)
{
	static const char *const subj[] = {"it", "he", "she", "they", "we", "i", "you", "there",
					   NULL};
	static const char *const obj[] = {"me", "us", "him", "them", "yourself", "yourselves",
					  "ourselves", "myself", NULL};
	const qt_toks *tk = c->tk;
	size_t e = np->me;
	if (np->kind != QN_NAME || e != np->ms + 1 || !(tk->t[np->ms].flags & QF_SENT_START) ||
	    e + 1 >= tk->n)
		return 0;
	if (qt_in(c->doc, &tk->t[e], obj))
		return 1;
	return qt_punct(c->doc, &tk->t[e], ',') && !(tk->t[e + 1].flags & QF_CAP) &&
	       qt_in(c->doc, &tk->t[e + 1], subj);
}

/* "Ryan's campaign shrugged off …": a possessive name and the noun it
 * owns are the subject, a described one. */
static void owned(const qa_ctx *c, size_t hi, qn_np *np)
{
	const qt_toks *tk = c->tk;
	size_t e = np->me;
	if (np->kind != QN_NAME || !qn_possessive(c->doc, &tk->t[np->ne - 1]))
		return;
	if (e < hi && tk->t[e].kind == QT_WORD && !(tk->t[e].flags & QF_CAP) &&
	    !(qn_class(c->words, c->doc, tk, e) & (QW_STOP | QW_ADV | QW_DET)) &&
	    !qt_ends(c->doc, &tk->t[e], "ed"))
		e++;	/* the noun; "campaign manager" keeps its role word too */
	while (e > np->me && e < hi && tk->t[e].kind == QT_WORD && !(tk->t[e].flags & QF_CAP) &&
	       (qn_class(c->words, c->doc, tk, e) & QW_TITLE))
		e++;
	if (e == np->me)
		return;
	np->kind = QN_NOMINAL;
	np->type = QN_UNK;
	np->ns = np->ms;
	np->me = np->ne = e;
}

/* "Sanders supporters are crying "fraud"": a name before a plural of
 * people only names whose they are. */
static void followers(const qa_ctx *c, size_t hi, qn_np *np)
{
	static const char *const ends[] = {"ers", "ors", "ists", "ians", "ants", "ents", "ees", NULL};
	const qt_toks *tk = c->tk;
	size_t e = np->me, n;
	if (np->kind != QN_NAME || e >= hi || tk->t[e].kind != QT_WORD ||
	    (tk->t[e].flags & QF_CAP) || qc_match(c->cues, c->doc, tk, e, &n))
		return;
	if (qt_ends_in(c->doc, &tk->t[e], ends)) {
		np->kind = QN_NOMINAL;
		np->type = QN_UNK;
		np->ns = np->ms;
		np->me = np->ne = e + 1;
	}
}

/* "Trump and Ryan issued a statement", "Netanyahu and other right-wing
 * leaders shunned him": a named subject and a second one joined by "and"
 * before their verb speak together; the mention holds both (the speaker
 * is still the first name). */
static void conjoined(const qa_ctx *c, size_t hi, qn_np *np)
{
	const qt_toks *tk = c->tk;
	qn_np second;
	size_t a = np->me;
	if (np->kind != QN_NAME || a + 2 >= hi || !qt_is(c->doc, &tk->t[a], "and") ||
	    !qn_right(c->words, c->doc, tk, a + 1, hi, &second) || second.kind == QN_PRON)
		return;
	followers(c, hi, &second);
	if (second.me < hi && tk->t[second.me].kind == QT_WORD &&
	    !(tk->t[second.me].flags & (QF_CAP | QF_INQUOTE)))
		np->me = second.me;
}

/* Is the description np after the comma at i in apposition to a name
 * before it, closed by a comma ("Joe Arpaio, the Arizona sheriff, …")? */
static int appositive_of_name(const qa_ctx *c, size_t i, const qn_np *np, size_t hi)
{
	size_t e = np->me;
	while (e < hi && e < np->me + 8 && !qt_punct(c->doc, &c->tk->t[e], ','))
		e++;	/* "the Arizona sheriff and anti-immigration hard-liner," */
	return i > 0 && (c->tk->t[i - 1].flags & QF_CAP) && c->tk->t[i - 1].kind == QT_WORD &&
	       e < hi && qt_punct(c->doc, &c->tk->t[e], ',');
}

/* The subject at the start of a sentence, after an opening phrase. */
static int subject(const qa_ctx *c, size_t lo, size_t hi, qn_np *np)
{
	int found = qn_right(c->words, c->doc, c->tk, lo, hi, np);
	if (found && opener_word(c, np)) {
		/* "Wait, it gets better:": no one; "Sadly, he …": he */
		static const char *const person[] = {"he", "she", "they", "we", "i", "you", NULL};
		if (!qt_punct(c->doc, &c->tk->t[np->me], ',') ||
		    !qt_in(c->doc, &c->tk->t[np->me + 1], person))
			return 0;
		found = 0;
	}
	if (found && !time_phrase(c, np)) {
		owned(c, hi, np);
		followers(c, hi, np);
		conjoined(c, hi, np);
		/* "Christie, New Jersey's governor, repeated …": the mention
		 * keeps the appositive */
		qn_np full = *np;
		if (np->kind == QN_NAME)
			qn_appositive(c->words, c->doc, c->tk, hi, &full);
		if (full.me < hi && qt_punct(c->doc, &c->tk->t[full.me], ','))
			*np = full;	/* a closed appositive only, not the clause */
		return 1;
	}
	/* "But Cruz would not …", "Then he cut into Bush" */
	const qt_tok *t = &c->tk->t[lo];
	if (lo + 1 < hi && (qt_is(c->doc, t, "but") || qt_is(c->doc, t, "and") ||
			    qt_is(c->doc, t, "then") || qt_is(c->doc, t, "so")) &&
	    qn_right(c->words, c->doc, c->tk, lo + 1, hi, np) && !time_phrase(c, np))
		return 1;
	/* "Speaking to NBC in Iowa, which votes first, Bush said": the first
	 * comma after which a speaker stands */
	for (size_t i = lo; i < hi && i < lo + INTRO; i++)
		if (qt_punct(c->doc, &c->tk->t[i], ',') && !after_city(c, i) &&
		    qn_right(c->words, c->doc, c->tk, i + 1, hi, np) &&
		    /* "Preceded by Joe Arpaio, the Arizona sheriff, Trump …": a
		     * description between commas describes the name before */
		    !(np->kind == QN_NOMINAL && appositive_of_name(c, i, np, hi)))
			return 1;
	return 0;
}


/* A subject the clause's verb follows: "Clinton on Monday ripped". */
static int clause_subject(const qa_ctx *c, size_t s, size_t hi, qn_np *np)
{
	return s < hi && qn_right(c->words, c->doc, c->tk, s, hi, np) && np->me < hi &&
	       c->tk->t[np->me].kind == QT_WORD && !time_phrase(c, np);
}

int qa_subordinator(const qa_ctx *c, size_t i)
{
	static const char *const w[] = {"as", "when", "while", "although", "though", "because",
					"since", "if", "once", "whereas", NULL};
	return qt_in(c->doc, &c->tk->t[i], w);
}

/* "such as when Cruz knocked Rubio and called him "a moderate"": a cue
 * after "and" inside a subordinate clause has that clause's named subject,
 * not the sentence's. */
static int inner_subject(const qa_ctx *c, size_t lo, size_t i, qn_np *np)
{
	for (size_t j = i; j > lo; j--) {
		const qt_tok *t = &c->tk->t[j - 1];
		if (t->kind == QT_PUNCT && !(t->flags & QF_INQUOTE))
			return 0;	/* the clause ends at a comma or bracket */
		/* "NAFTA, which Trump called a "disaster" and promised to …" */
		if (qa_subordinator(c, j - 1) || qt_is(c->doc, t, "which") || qt_is(c->doc, t, "whom"))
			return clause_subject(c, j, i, np) &&
			       (np->kind == QN_NAME || np->kind == QN_PRON);
	}
	return 0;
}

/* "… at Purchase, when Sanders protesters interrupted her, shouting "…"",
 * "the pier, where dockers had gathered, chanting": a participle right
 * after a clause that when, as, while or where opens (the comma at comma)
 * has that clause's subject. */
static int clause_before(const qa_ctx *c, size_t lo, size_t comma, qn_np *np)
{
	static const char *const w[] = {"when", "as", "while", "where", NULL};
	for (size_t j = comma; j > lo; j--) {
		const qt_tok *t = &c->tk->t[j - 1];
		if (t->kind != QT_WORD || (t->flags & QF_INQUOTE))
			return 0;
		if (qt_in(c->doc, t, w)) {
			/* set off by commas: "stay as they are, calling" is
			 * the sentence subject's */
			if (j < 2 || !qt_punct(c->doc, &c->tk->t[j - 2], ',') ||
			    !clause_subject(c, j, comma, np) || np->kind == QN_NONE ||
			    c->tk->t[np->me].flags & QF_CAP ||
			    (qn_class(c->words, c->doc, c->tk, np->me) & (QW_STOP | QW_DET)))
				return 0;	/* "serve as a ladder to the middle class,": no clause */
			followers(c, comma, np);
			return 1;
		}
	}
	return 0;
}

/* A preposition governing the name after it; not "with": "with Sen. John
 * McCain calling it …" is McCain's */
static int is_prep_word(const qa_ctx *c, size_t i)
{
	return qn_prep(c->doc, &c->tk->t[i]) && !qt_is(c->doc, &c->tk->t[i], "with");
}

/* "revised her statement explaining", "started their debate saying": a
 * described thing owned by someone else is the object, not the speaker */
static int owner(const qa_ctx *c, size_t i)
{
	static const char *const o[] = {"his", "her", "their", "its", NULL};
	return qt_in(c->doc, &c->tk->t[i], o);
}

/* "The senator emailed supporters saying", "X cited a report saying": is
 * token i a past tense in lower case whose object the described phrase
 * before the participle is? (A name there is the participle's own subject:
 * "a speech that included Trump vowing …".) */
static int past_object(const qa_ctx *c, size_t i)
{
	const qt_tok *t = &c->tk->t[i];
	return t->kind == QT_WORD && !(t->flags & (QF_CAP | QF_INQUOTE)) && qt_len(t) > 4 &&
	       qt_ends(c->doc, t, "ed");
}

/* Is token i a document that people issue ("a statement saying")? */
static int document(const qa_ctx *c, size_t i)
{
	static const char *const d[] = {"statement", "release", "email", "e-mail", "letter",
					"note", "memo", "tweet", "post", "message", "ad",
					"advertisement", "video", "commercial", NULL};
	return qt_in(c->doc, &c->tk->t[i], d);
}

static int article(const qa_ctx *c, size_t i)
{
	return qt_is(c->doc, &c->tk->t[i], "a") || qt_is(c->doc, &c->tk->t[i], "an");
}

/* "released a parody website asking for …", "a class called "Perception"":
 * a thing, not a person, after a verb or preposition that makes it an
 * object ("a" or "an"); what it says or is called is its issuer's words. */
static int object_thing(const qa_ctx *c, const qn_np *np, size_t lo)
{
	static const char *const people[] = {"man", "woman", "guy", "person", "child", "kid",
					     "boy", "girl", "source", "witness", "crowd",
					     "audience", "veteran", "youth", "teen", NULL};
	const qt_toks *tk = c->tk;
	size_t k = np->ms;
	if (np->kind != QN_NOMINAL)
		return 0;
	/* "a 2002 psychology class": back over the modifiers to the article */
	while (!article(c, k) && k > lo && np->ms - k < 3 && tk->t[k - 1].kind == QT_WORD &&
	       !(tk->t[k - 1].flags & QF_CAP) &&
	       !(qn_class(c->words, c->doc, tk, k - 1) & (QW_STOP | QW_ADV | QW_DET)))
		k--;
	if (!article(c, k) && k > lo && article(c, k - 1))
		k--;
	if (k <= lo || !article(c, k))
		return 0;
	const qt_tok *p = &tk->t[k - 1];
	if (p->kind != QT_WORD || (p->flags & QF_CAP) || qt_is(c->doc, p, "with") ||
	    (!qn_prep(c->doc, p) && (qn_class(c->words, c->doc, tk, k - 1) & (QW_STOP | QW_ADV))))
		return 0;	/* "and a man called", "when a reporter asked" */
	size_t h = np->ne - 1;
	if (qn_class(c->words, c->doc, tk, h) & (QW_KIN | QW_MODIFIED | QW_ORG | QW_TITLE | QW_PRON) ||
	    qt_in(c->doc, &tk->t[h], people))
		return 0;
	return document(c, h) || !qn_role_word(c->words, c->doc, tk, h);
}

/* "called", "named", "dubbed": a past form that names what comes after. */
static int naming(const qa_ctx *c, size_t i)
{
	static const char *const w[] = {"called", "named", "dubbed", "nicknamed", "labeled",
					"labelled", "titled", "entitled", "termed", NULL};
	return qt_in(c->doc, &c->tk->t[i], w);
}

/* Does the phrase np before the cue at i speak for the sentence's subject,
 * as what the subject issued, cited or made? A participle after a document
 * or an owned thing ("a statement saying", "his campaign's ad calling"),
 * after a preposition's object ("wrote in a letter to Wired explaining") or
 * after a past tense's bare object ("emailed supporters saying"); or a
 * participle or a naming verb after a thing made an object ("released a
 * parody website asking", "a class called"). */
static int issued(const qa_ctx *c, size_t i, const qn_np *np, size_t lo)
{
	int ing = qt_ends(c->doc, &c->tk->t[i], "ing");
	int nominal = np->kind == QN_NOMINAL;
	if (ing && nominal && (document(c, np->ne - 1) || owner(c, np->ms)))
		return 1;
	if (ing && np->ms > lo && (is_prep_word(c, np->ms - 1) ||
				   (nominal && !article(c, np->ms) && past_object(c, np->ms - 1))))
		return 1;
	return (ing || naming(c, i)) && object_thing(c, np, lo);
}

/* "said a person close to the Clintons": after an inverted cue, a
 * description that runs to the end of its clause beats the shorter one. */
static int longer_description(const qa_ctx *c, size_t start, size_t hi, qn_np *np)
{
	qn_np shorter;
	if (!qn_described(c->words, c->doc, c->tk, start, hi, np))
		return 0;
	return !qn_right(c->words, c->doc, c->tk, start, hi, &shorter) ||
	       shorter.kind != QN_NAME;
}

/* "exhorted Clinton's introducer, actress Jamie Lee Curtis.": a described
 * speaker named in an appositive that ends the clause is that person; the
 * mention keeps both. */
static void named_description(const qa_ctx *c, size_t hi, qn_np *np)
{
	qn_np name;
	size_t k = np->me;
	if (np->kind != QN_NOMINAL || k + 2 >= hi || !qt_punct(c->doc, &c->tk->t[k], ','))
		return;
	if (!(qn_role_right(c->words, c->doc, c->tk, k + 1, hi, &name) ||
	      qn_right(c->words, c->doc, c->tk, k + 1, hi, &name)) ||
	    name.kind != QN_NAME ||
	    (name.me < hi && c->tk->t[name.me].kind != QT_PUNCT))
		return;
	name.ms = np->ms;
	name.type = QN_PER;
	*np = name;
}

/* ""Go home, mayor," read one.": a pronoun-like "one" or "another" alone
 * after an inverted cue. */
static int alone(const qa_ctx *c, size_t start, size_t hi, qn_np *np)
{
	static const char *const w[] = {"one", "another", "others", "some", "many", NULL};
	if (start >= hi || !qt_in(c->doc, &c->tk->t[start], w) ||
	    (start + 1 < hi && c->tk->t[start + 1].kind == QT_WORD))
		return 0;
	*np = (qn_np){QN_NOMINAL, QN_UNK, start, start + 1, start, start + 1, 0, 0};
	return 1;
}

/* "…, Spicer said, adding, "…"": the speaker of a comment clause ", X
 * said" that ends at the comma at k is the participle's. */
static int said_before(const qa_ctx *c, size_t k, size_t lo, qn_np *np)
{
	for (size_t j = k > lo + 2 ? k - 2 : lo; j < k; j++) {
		size_t n;
		if (!qc_match(c->cues, c->doc, c->tk, j, &n) || j + n != k)
			continue;
		return qn_left(c->words, c->doc, c->tk, j, lo, np) && np->kind != QN_NONE &&
		       np->ms > lo && qt_punct(c->doc, &c->tk->t[np->ms - 1], ',');
	}
	return 0;
}

/* Is the cue at i a past form ("said", "wrote"; not "remarks", "reply",
 * "saying"), which is never a noun? */
static int past_form(const qa_ctx *c, size_t i, const ql_val *v)
{
	const qt_tok *t = &c->tk->t[i];
	return v->str && !qt_ends(c->doc, t, "s") && !qt_ends(c->doc, t, "ing") &&
	       !qt_is(c->doc, t, v->str);
}

static int passive_word(const qa_ctx *c, const qt_tok *t);

/* "Rubio was asked by moderator Gerard Baker whether …", "she was told":
 * a past form of a cue after a form of be (over adverbs) is passive, its
 * subject the one spoken to or of. */
static int passive_cue(const qa_ctx *c, size_t i, size_t lo, const ql_val *v)
{
	if (!past_form(c, i, v))
		return 0;
	size_t j = i;
	while (j > lo + 1 && !(c->tk->t[j - 1].flags & QF_CAP) &&
	       (qn_class(c->words, c->doc, c->tk, j - 1) & QW_ADV) &&
	       !passive_word(c, &c->tk->t[j - 1]))
		j--;
	return j > lo + 1 && passive_word(c, &c->tk->t[j - 1]) &&
	       !(c->tk->t[j - 1].flags & QF_CAP);
}

/* Is the cue word at i a noun after his, their, its, our, my or your (and
 * at most one adjective)? ("her" may be an object: "told her"; "his
 * statement explaining" is a participle after the noun; "his brother
 * said" is a verb after a noun.) */
static int owned_noun(const qa_ctx *c, size_t i, const ql_val *v)
{
	static const char *const own[] = {"his", "their", "its", "our", "my", "your", NULL};
	const qt_toks *tk = c->tk;
	if (qt_in(c->doc, &tk->t[i - 1], own))
		return 1;
	return i > 1 && !qt_ends(c->doc, &tk->t[i], "ing") && !past_form(c, i, v) &&
	       qt_in(c->doc, &tk->t[i - 2], own) && tk->t[i - 1].kind == QT_WORD &&
	       !(tk->t[i - 1].flags & QF_CAP) &&
	       !(qn_class(c->words, c->doc, tk, i - 1) & (QW_ADV | QW_STOP));
}

/* "… but now says Lind has "the chance"": a name right after the cue that
 * a finite verb follows is the subject of the reported clause, never a
 * speaker after an inverted cue. (A pronoun there, "said she had", most
 * often is the speaker, and stays the best guess.) */
static int reported_subject(const qa_ctx *c, size_t start, size_t hi)
{
	static const char *const finite[] = {"had", "has", "have", "was", "is", "were", "are",
					     "would", "will", "could", "should", "did", "does",
					     "can", "may", "might", "must", "wants", "wanted",
					     NULL};
	qn_np np;
	return qn_right(c->words, c->doc, c->tk, start, hi, &np) &&
	       np.kind == QN_NAME && np.me < hi && qt_in(c->doc, &c->tk->t[np.me], finite);
}

#define SOURCE_WORDS 8	/* words of "according to some on social media," */

/* "according to some on social media,", "according to people familiar
 * with the talks.": a source no name or determiner opens, as a described
 * speaker up to the end of its phrase (a comma, the sentence's end). */
static int source_phrase(const qa_ctx *c, size_t s, size_t hi, qn_np *np)
{
	const qt_toks *tk = c->tk;
	size_t e = s;
	while (e < hi && e - s < SOURCE_WORDS && tk->t[e].kind == QT_WORD &&
	       !(tk->t[e].flags & QF_INQUOTE))
		e++;
	if (e == s || (e < hi && !qt_punct(c->doc, &tk->t[e], ',') &&
		       !(qt_punct(c->doc, &tk->t[e], '.') &&
			 (e + 1 >= tk->n || (tk->t[e + 1].flags & QF_SENT_START)))))
		return 0;
	if (qn_class(c->words, c->doc, tk, s) & QW_PRON)
		return 0;
	*np = (qn_np){QN_NOMINAL, QN_UNK, s, e, s, e, 0, 0};
	return 1;
}

#define SENT_REACH 120	/* tokens back to a participle's sentence start */

/* "X shared a class called "Perception" on his page, writing "…"": lo may
 * stop at a quotation inside the sentence; the participle's subject is the
 * sentence's, from its start. */
static size_t sentence_start(const qa_ctx *c, size_t lo)
{
	size_t s = qt_sent_start(c->tk, lo, SENT_REACH);
	return c->tk->t[s].flags & QF_SENT_START ? s : lo;
}

int qa_at(const qa_ctx *c, size_t i, size_t lo, size_t hi, qa_attr *a)
{
	size_t n;
	const ql_val *v = qc_match(c->cues, c->doc, c->tk, i, &n);
	if (!v || i + n > hi)
		return 0;
	/* "the Senate goes on recess": a phrasal cue that takes neither a
	 * clause nor an object ends its clause ("…," he went on.) */
	if (n > 1 && !(v->bits & (QC_CLAUSE | QC_OBJECT | QC_PREP)) && i + n < c->tk->n &&
	    c->tk->t[i + n].kind == QT_WORD && !(c->tk->t[i + n].flags & QF_CAP))
		return 0;
	/* "Trump's remarks", "the group's claims", "his recent remarks": a
	 * noun after a possessive */
	if (i > 0 && (qn_possessive(c->doc, &c->tk->t[i - 1]) || owned_noun(c, i, v)))
		return 0;
	/* "(Additional reporting by Ann Roe; Editing by …)": a credit line */
	if (qt_is(c->doc, &c->tk->t[i], "reporting") && i + n < c->tk->n &&
	    qt_is(c->doc, &c->tk->t[i + n], "by"))
		return 0;
	*a = (qa_attr){.cue = v, .cs = i, .ce = i + n};
	/* a passive cue speaks for its agent after "by", or for no one here */
	if (!(v->bits & QC_PREP) && passive_cue(c, i, lo, v)) {
		if (i + n + 1 >= hi || !qt_is(c->doc, &c->tk->t[i + n], "by") ||
		    !qn_right(c->words, c->doc, c->tk, i + n + 1, hi, &a->np) ||
		    !(a->np.kind == QN_NAME || a->np.kind == QN_NOMINAL))
			return 0;
		named_description(c, hi, &a->np);	/* "by the chairman, Tomas Quill," */
		a->as = i + n;	/* "by": no inverted speaker */
		a->ae = a->np.me;
		return 1;
	}
	if (v->bits & QC_PREP) {
		if (!qn_right(c->words, c->doc, c->tk, i + n, hi, &a->np) &&
		    !source_phrase(c, i + n, hi, &a->np))
			return 0;
		a->as = i;
		a->ae = a->np.me;
		return 1;
	}
	/* "Bush also attacked Trump, with whom he clashed, calling him …": a
	 * participle after a comma has the sentence's subject, not the name
	 * before the comma */
	int participle = i > lo && qt_punct(c->doc, &c->tk->t[i - 1], ',') &&
			 subject_cue(c, i, lo);
	if (participle && said_before(c, i - 1, lo, &a->np)) {
		a->as = a->np.ms;
		a->ae = i + n;
		return 1;
	}
	size_t from = participle ? sentence_start(c, lo) : lo;
	if (participle && (clause_before(c, lo, i - 1, &a->np) || subject(c, lo, i - 1, &a->np) ||
			   (from < lo && subject(c, from, i - 1, &a->np)))) {
		a->as = lo;
		a->ae = i + n;
		return 1;
	}
	if (qn_left(c->words, c->doc, c->tk, i, lo, &a->np) && speaker_np(&a->np)) {
		/* "Mackler issued a statement saying …": the statement's issuer;
		 * "Thiel wrote in a statement to Wired explaining": not Wired */
		qn_np issuer;
		if (issued(c, i, &a->np, lo) && subject(c, lo, a->np.ms, &issuer) &&
		    issuer.kind != QN_NONE) {
			a->np = issuer;
			a->as = lo;
			a->ae = i + n;
			return 1;
		}
		a->as = a->np.ms;
		a->ae = i + n;
		return 1;
	}
	/* "Loretta Lynch, who told Congress": the relative pronoun's antecedent */
	if (i > lo + 2 && qt_is(c->doc, &c->tk->t[i - 1], "who") &&
	    qt_punct(c->doc, &c->tk->t[i - 2], ',') &&
	    qn_left(c->words, c->doc, c->tk, i - 2, lo, &a->np) && a->np.kind == QN_NAME) {
		a->as = a->np.ms;
		a->ae = i + n;
		return 1;
	}
	/* "Marlow backs "fair raises" and recalled …": lo may stop at a
	 * quotation right before "and"; the second verb's subject is the
	 * sentence's, from its start */
	if (!participle && !subject_cue(c, i, lo) && i <= lo + 1)
		from = sentence_start(c, lo);
	if (!participle && subject_cue(c, i, from) &&
	    (inner_subject(c, from, i, &a->np) || subject(c, from, i - 1, &a->np))) {
		a->as = lo;
		a->ae = i + n;
		return 1;
	}
	/* "… and emphasized the threat that …": after "and" or "but" the
	 * cue's subject is before it, what follows is no inverted speaker */
	if ((v->bits & QC_INVERT) && !reported_subject(c, i + n, hi) &&
	    !(i > lo && (qt_is(c->doc, &c->tk->t[i - 1], "and") ||
			 qt_is(c->doc, &c->tk->t[i - 1], "but"))) &&
	    (alone(c, i + n, hi, &a->np) || longer_description(c, i + n, hi, &a->np) ||
	     qn_right(c->words, c->doc, c->tk, i + n, hi, &a->np) ||
	     qn_described(c->words, c->doc, c->tk, i + n, hi, &a->np) ||
	     qn_role_right(c->words, c->doc, c->tk, i + n, hi, &a->np))) {
		if (a->np.kind == QN_NAME)
			qn_appositive(c->words, c->doc, c->tk, hi, &a->np);
		else
			named_description(c, hi, &a->np);
		a->as = i;
		a->ae = a->np.me;
		return 1;
	}
	return 0;
}

/* Tokens [e, hi) are no more than a short tail: "in a statement." */
static int tail(const qa_ctx *c, size_t e, size_t hi)
{
	size_t words = 0;
	for (size_t i = e; i < hi; i++)
		words += c->tk->t[i].kind == QT_WORD;
	/* between two pieces of a quotation ("…," X said at a town hall on
	 * Monday, "…") the attribution may run longer */
	if (hi < c->tk->n && c->tk->t[hi].role == QR_OPEN)
		return words <= 2 * TAIL;
	return words <= TAIL;
}

int qa_subject(const qa_ctx *c, size_t lo, size_t hi, qa_attr *a)
{
	*a = (qa_attr){.cue = NULL};
	if (!subject(c, lo, hi, &a->np))
		return 0;
	a->as = a->np.ms;
	a->ae = a->np.me;
	a->cs = a->ce = a->np.me;
	return 1;
}

/* "said X, author of "Bitter Pill,"": a quotation opening at open after a
 * preposition is a title inside the appositive, not introduced by it. */
static int names_title(const qa_ctx *c, size_t open)
{
	static const char *const p[] = {"of", "on", "in", "at", "for", "titled", "entitled", NULL};
	static const char *const tell[] = {"told", "tells", "tell", "telling", NULL};
	if (open == 0)
		return 0;
	if (qt_in(c->doc, &c->tk->t[open - 1], p))
		return 1;
	/* "…," X told "Fox and Friends": a programme in title case */
	if (!qt_in(c->doc, &c->tk->t[open - 1], tell))
		return 0;
	size_t i = open + 1;
	for (; i < c->tk->n && i < open + 8 && c->tk->t[i].kind == QT_WORD; i++)
		if (!(c->tk->t[i].flags & QF_CAP) &&
		    !(qn_class(c->words, c->doc, c->tk, i) & (QW_STOP | QW_DET)))
			return 0;
	if (i > open + 1 && i + 1 < c->tk->n && qt_punct(c->doc, &c->tk->t[i], ','))
		i++;	/* "told "Fox and Friends,"": the sentence's comma inside */
	return i > open + 1 && i < c->tk->n && c->tk->t[i].role == QR_CLOSE;
}

/* ""…," Nate Silver, the polling guru who founded the site tweeted on
 * Wednesday.": a name right after the quotation whose appositive runs to
 * the cue with no closing comma. */
static int unclosed_appositive(const qa_ctx *c, size_t s, size_t hi, qa_attr *a)
{
	const qt_toks *tk = c->tk;
	qn_np np;
	size_t n;
	if (!qn_right(c->words, c->doc, tk, s, hi, &np) || np.kind != QN_NAME || np.me >= hi ||
	    !qt_punct(c->doc, &tk->t[np.me], ','))
		return 0;
	for (size_t i = np.me + 1; i < hi && i < np.me + MAXAPPOS_AFTER; i++) {
		const ql_val *v;
		if (tk->t[i].kind == QT_PUNCT && !qt_punct(c->doc, &tk->t[i], '.'))
			return 0;	/* a comma would have closed it */
		if (tk->t[i].flags & QF_CAP)
			continue;
		if ((v = qc_match(c->cues, c->doc, tk, i, &n)) != NULL &&
		    !qt_is(c->doc, &tk->t[i - 1], "who") && !qt_is(c->doc, &tk->t[i - 1], "that")) {
			*a = (qa_attr){.np = np, .cue = v, .cs = i, .ce = i + n, .as = np.ms,
				       .ae = i + n};
			a->np.me = i;
			return 1;
		}
	}
	return 0;
}

/* "said Ana Ruiz, one of the original "big four" negotiators": a quotation
 * opening inside the speaker's appositive, not one the cue introduces. */
static int in_appositive(const qa_ctx *c, const qa_attr *a)
{
	return a->np.me > a->np.ne + 1 && a->ae == a->np.me &&
	       c->tk->t[a->ae - 1].kind == QT_WORD;
}

/* Does the colon at token i introduce a quotation: one opens right after
 * it, or the next paragraph does? ""…," Ruiz said: That the plan …" goes on
 * in the writer's words, so the attribution is the quotation's before. */
static int colon_opens(const qa_ctx *c, size_t i)
{
	return i + 1 >= c->tk->n || c->tk->t[i + 1].role == QR_OPEN ||
	       (c->tk->t[i + 1].flags & QF_PAR_START);
}

/* ""…," Ruiz said "…"": the quotation ending at token lo - 1 closes on a
 * comma, which hands it to the attribution after it even when no comma
 * sets off the next quotation. */
static int comma_closed(const qa_ctx *c, size_t lo)
{
	return lo >= 2 && c->tk->t[lo - 1].role == QR_CLOSE &&
	       qt_punct(c->doc, &c->tk->t[lo - 2], ',');
}

int qa_after(const qa_ctx *c, size_t lo, size_t hi, qa_attr *a)
{
	size_t s = lo;
	while (s < hi && c->tk->t[s].kind == QT_PUNCT)
		s++;
	for (size_t i = lo; i < hi; i++) {
		if (!qa_at(c, i, lo, hi, a))
			continue;
		if (a->ae < c->tk->n && ((qt_punct(c->doc, &c->tk->t[a->ae], ':') &&
					  colon_opens(c, a->ae)) ||
					 (c->tk->t[a->ae].role == QR_OPEN &&
					  !names_title(c, a->ae) && !in_appositive(c, a) &&
					  !(comma_closed(c, lo) && a->as <= s))))
			return 0;	/* "She said:" introduces the next quotation */
		if (a->as == a->cs && a->cs > s && a->np.kind == QN_NOMINAL)
			break;	/* "… and stressed the state's importance" */
		/* the phrase starts right after the quotation (or its comma), or
		 * closes the sentence: "…," in sharp contrast to …, says X. */
		if (a->as <= s + 1 || (a->as <= s + AFTER_REACH && a->cs <= s + AFTER_REACH + 4) ||
		    (a->as > lo && qt_punct(c->doc, &c->tk->t[a->as - 1], ',') &&
		     tail(c, a->ae, hi)))
			return 1;
		if (i >= lo + AFTER_REACH + 24)
			break;
	}
	return unclosed_appositive(c, s, hi, a);
}

/* A comma outside quotations in [s, e). */
static int comma_between(const qa_ctx *c, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (qt_punct(c->doc, &c->tk->t[i], ',') && !(c->tk->t[i].flags & QF_INQUOTE))
			return 1;
	return 0;
}

int qa_before(const qa_ctx *c, size_t lo, size_t hi, qa_attr *a)
{
	qa_attr nominal;
	int have_nominal = 0;
	for (size_t i = hi; i > lo; i--) {
		if (!qa_at(c, i - 1, lo, hi, a))
			continue;
		/* an inverted speaker must run up to the quotation: "said X: …" */
		if (a->as == a->cs && !(a->cue->bits & QC_PREP) && a->np.me + 1 < hi)
			continue;
		/* "… Cruz said as the heckler yelled: "You suck!"": a described
		 * speaker whose cue introduces the quotation keeps it */
		/* "when Rubio said …, a man yelled "…"": not across a comma */
		if (have_nominal && comma_between(c, a->ae, nominal.as))
			break;
		if (a->np.kind != QN_NOMINAL || (!have_nominal && a->ae + 1 == hi &&
						 qt_punct(c->doc, &c->tk->t[a->ae], ':')))
			return 1;
		/* "Christie said Trump's tweet saying …": a named speaker
		 * further left beats a described one nearer */
		if (!have_nominal) {
			nominal = *a;
			have_nominal = 1;
		}
	}
	if (have_nominal)
		*a = nominal;
	return have_nominal;
}


int qa_cue_in(const qa_ctx *c, size_t lo, size_t e)
{
	size_t n;
	for (size_t i = lo; i < e; i++)
		if (qc_match(c->cues, c->doc, c->tk, i, &n))
			return 1;
	return 0;
}

int qa_colon(const qa_ctx *c, size_t lo, size_t colon, qa_attr *a)
{
	const qt_toks *tk = c->tk;
	if (colon <= lo || colon >= tk->n || !qt_punct(c->doc, &tk->t[colon], ':'))
		return 0;
	*a = (qa_attr){.cue = NULL, .cs = colon, .ce = colon};
	/* "From Bush's Facebook post:" — the document's author, not in
	 * "Clinton said of Chaffetz's latest request:" */
	for (size_t i = colon; i > lo && colon - i < 4; i--)
		if (qn_possessive(c->doc, &tk->t[i - 1]) && (tk->t[i - 1].flags & QF_CAP) &&
		    !qa_cue_in(c, lo, i - 1)) {
			if (!qn_left(c->words, c->doc, tk, i, lo, &a->np) || a->np.kind != QN_NAME)
				return 0;
			a->as = a->np.ms;
			a->ae = colon;
			return 1;
		}
	if (!qn_left(c->words, c->doc, tk, colon, lo, &a->np) || a->np.kind != QN_NAME ||
	    a->np.me != colon)
		return 0;
	/* "quoting da Vinci in Italian:", "later that month on CNN:": a
	 * language, place or channel, not the one quoted */
	static const char *const where[] = {"in", "on", "at", "to", NULL};
	if (a->np.ms > lo && qt_in(c->doc, &tk->t[a->np.ms - 1], where))
		return 0;
	/* the name opens its clause ("Carl Bialik:", "Polls agree - Pew
	 * Research:"), or no cue before it has a speaker of its own ("The
	 * timing does not surprise pollster Daron Shaw:") */
	if (a->np.ms > lo && tk->t[a->np.ms - 1].kind == QT_WORD && qa_cue_in(c, lo, a->np.ms))
		return 0;
	a->as = a->np.ms;
	a->ae = colon;
	return 1;
}

static int passive_word(const qa_ctx *c, const qt_tok *t)
{
	static const char *const aux[] = {"been", "was", "were", "is", "are", "being", "be", NULL};
	return qt_in(c->doc, t, aux);
}

/* Is the participle after token i passive: "has been called", "the
 * inquiry, often labelled", "—called"? */
static int passive_aux(const qa_ctx *c, size_t i, size_t lo)
{
	const qt_tok *t = &c->tk->t[i];
	while (i > lo && t->kind == QT_WORD && !(t->flags & QF_CAP) &&
	       (qn_class(c->words, c->doc, c->tk, i) & QW_ADV) && !passive_word(c, t))
		t = &c->tk->t[--i];
	if (t->kind == QT_PUNCT)
		return 1;
	return passive_word(c, t);
}

int qa_by(const qa_ctx *c, size_t lo, size_t open, size_t after, size_t hi, qa_attr *a)
{
	const qt_toks *tk = c->tk;
	const ql_val *cue = NULL;
	size_t n, i = after, cs = 0;
	int passive = 0;
	for (size_t k = open > lo + 3 ? open - 3 : lo; k < open; k++) {
		const ql_val *v = qc_match(c->cues, c->doc, tk, k, &n);
		if (v)
			cue = v, cs = k, passive = k > lo && passive_aux(c, k - 1, lo);
	}
	if (cue) {
		while (i < hi && tk->t[i].kind == QT_PUNCT)
			i++;
	} else {	/* "… tender – as described by X –" */
		for (; i + 3 < hi && i < after + AFTER_REACH + 4; i++)
			if (tk->t[i].kind == QT_PUNCT && qt_is(c->doc, &tk->t[i + 1], "as") &&
			    (cue = qc_match(c->cues, c->doc, tk, i + 2, &n)) != NULL) {
				cs = i + 2;
				i += 2 + n;
				passive = 1;
				break;
			}
	}
	if (!cue || i + 1 >= hi || !qt_is(c->doc, &tk->t[i], "by") ||
	    !qn_right(c->words, c->doc, tk, i + 1, hi, &a->np) ||
	    !(a->np.kind == QN_NAME || (passive && a->np.kind == QN_NOMINAL)))
		return 0;
	a->cue = cue;
	a->cs = cs;
	a->ce = cs + 1;
	a->as = i;
	a->ae = a->np.me;
	return 1;
}

int qa_owner(const qa_ctx *c, size_t lo, size_t open, qa_attr *a)
{
	const qt_toks *tk = c->tk;
	for (size_t i = open; i > lo + 2 && open - i < OWNER_REACH; i--) {
		size_t t = i - 1;	/* "that" */
		if (!qt_is(c->doc, &tk->t[t], "that") || tk->t[t - 1].kind != QT_WORD ||
		    (tk->t[t - 1].flags & QF_CAP) || !qn_possessive(c->doc, &tk->t[t - 2]) ||
		    !(tk->t[t - 2].flags & QF_CAP))
			continue;
		if (!qn_left(c->words, c->doc, tk, t - 1, lo, &a->np) || a->np.kind != QN_NAME)
			return 0;
		a->cue = NULL;
		a->cs = a->ce = t - 1;
		a->as = a->np.ms;
		a->ae = t;
		return 1;
	}
	return 0;
}

/* The comma that ends the phrase holding the quotation at open: outside
 * the marks or just inside the closing one ("not Christian,""); 0 when the
 * sentence ends first. */
static size_t phrase_comma(const qa_ctx *c, size_t open, size_t hi)
{
	const qt_toks *tk = c->tk;
	for (size_t k = open; k + 1 < hi; k++)
		if (qt_punct(c->doc, &tk->t[k], ',') &&
		    (!(tk->t[k].flags & QF_INQUOTE) || tk->t[k + 1].role == QR_CLOSE))
			return tk->t[k + 1].role == QR_CLOSE ? k + 2 : k + 1;
	return 0;
}

/* "Speaking to …," opens a sentence; "Fundraising was …" is a subject. */
static int participle_opens(const qa_ctx *c, size_t s)
{
	return qt_ends(c->doc, &c->tk->t[s], "ing") && s + 1 < c->tk->n &&
	       !passive_word(c, &c->tk->t[s + 1]) && !qt_is(c->doc, &c->tk->t[s + 1], "has");
}

/* Does the clause [s, open) hold a comma or an "and" before a new subject
 * ("As Blumenthal spoke, the NRA …", "As the debate went on and Trump
 * stood by …"; not "as Trump denounced … and pledged …")? */
static int clause_break(const qa_ctx *c, size_t s, size_t open)
{
	const qt_toks *tk = c->tk;
	for (size_t i = s; i < open; i++) {
		if (tk->t[i].flags & QF_INQUOTE)
			continue;
		if (qt_punct(c->doc, &tk->t[i], ','))
			return 1;
		if (qt_is(c->doc, &tk->t[i], "and") && i + 1 < open &&
		    ((tk->t[i + 1].flags & QF_CAP) ||
		     (qn_class(c->words, c->doc, tk, i + 1) & (QW_DET | QW_PRON))))
			return 1;
	}
	return 0;
}

size_t qa_clause_end(const qa_ctx *c, size_t s, size_t i, size_t e)
{
	if (s + 1 < i && (qt_is(c->doc, &c->tk->t[s], "but") || qt_is(c->doc, &c->tk->t[s], "and")))
		s++;
	if (!qa_subordinator(c, s))
		return e;
	for (size_t k = s; k < i; k++)
		if (qt_punct(c->doc, &c->tk->t[k], ',') && !(c->tk->t[k].flags & QF_INQUOTE))
			return e;	/* the cue is past the clause */
	size_t k = phrase_comma(c, i, e);
	return k ? k : e;
}

int qa_opening(const qa_ctx *c, size_t lo, size_t open, qa_attr *a)
{
	static const char *const prep[] = {"after", "before", "in", "from", "despite", "by",
					   "with", "without", "upon", "amid", "like", "unlike", NULL};
	const qt_toks *tk = c->tk;
	size_t s = open, hi = open + 1, k;
	while (s > lo && !(tk->t[s].flags & QF_SENT_START))
		s--;
	while (hi < tk->n && !(tk->t[hi].flags & QF_SENT_START))
		hi++;	/* the sentence's end: the phrase may hold more quotations */
	if (!(tk->t[s].flags & QF_SENT_START))
		return 0;
	if (s + 1 < open && (qt_is(c->doc, &tk->t[s], "but") || qt_is(c->doc, &tk->t[s], "and")))
		s++;
	*a = (qa_attr){.cue = NULL};
	if (qa_subordinator(c, s)) {	/* "As Trump pledged to confront "…"" */
		if (!clause_subject(c, s + 1, open, &a->np) || clause_break(c, a->np.me, open))
			return 0;
	} else if ((qt_in(c->doc, &tk->t[s], prep) || participle_opens(c, s)) &&
		   (k = phrase_comma(c, open, hi)) != 0) {	/* "In declaring it "…," the pope" */
		if (!clause_subject(c, k, hi, &a->np))
			return 0;
	} else
		return 0;
	a->as = a->np.ms;
	a->ae = a->np.me;
	a->cs = a->ce = a->np.me;
	return 1;
}

/* "someone in the audience", "somebody at the back": an indefinite person
 * and the place phrase after it, [s, e). */
static int someone(const qa_ctx *c, size_t s, size_t e, qn_np *np)
{
	static const char *const w[] = {"someone", "somebody", "anyone", "anybody", NULL};
	if (s >= e || !qt_in(c->doc, &c->tk->t[s], w) || e - s > 6)
		return 0;
	for (size_t k = s + 1; k < e; k++)
		if (c->tk->t[k].kind != QT_WORD ||
		    (k == s + 1 && !qn_prep(c->doc, &c->tk->t[k]) &&
		     !(qn_class(c->words, c->doc, c->tk, k) & QW_STOP)))	/* "near", "behind" */
			return 0;
	*np = (qn_np){QN_NOMINAL, QN_UNK, s, e, s, e, 0, 0};
	return 1;
}

int qa_clause_cue(const qa_ctx *c, size_t lo, size_t open, qa_attr *a)
{
	const qt_toks *tk = c->tk;
	size_t s = lo, k = open, n;
	if (lo >= open || !(tk->t[s].flags & QF_SENT_START))
		return 0;
	if (s + 1 < open && (qt_is(c->doc, &tk->t[s], "but") || qt_is(c->doc, &tk->t[s], "and")))
		s++;
	if (!qa_subordinator(c, s))
		return 0;
	if (k > s + 2 && qt_punct(c->doc, &tk->t[k - 1], ','))
		k--;	/* "When X shouted, "…"" */
	for (size_t j = k - 1; j > s + 1 && j + 2 >= k; j--) {
		const ql_val *v = qc_match(c->cues, c->doc, tk, j, &n);
		if (!v || j + n != k)
			continue;
		qn_np np;
		if (!clause_subject(c, s + 1, j, &np) && !someone(c, s + 1, j, &np))
			return 0;
		for (size_t m = np.me; m < j; m++)
			if (tk->t[m].kind != QT_WORD)
				return 0;	/* "When X, asked about it, said": not this clause */
		*a = (qa_attr){.np = np, .cue = v, .cs = j, .ce = j + n, .as = np.ms, .ae = j + n};
		return 1;
	}
	return 0;
}
