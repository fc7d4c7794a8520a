/* quotes_name.c — speaker phrases by capitalisation, titles and word lists. */
#include <ctype.h>
#include <string.h>

#include "data.h"
#include "error.h"
#include "quotes_name.h"

NF_DATA(quote_words_txt);
NF_DATA(titles_txt);
NF_DATA(gaz_first_male_txt);
NF_DATA(gaz_first_female_txt);

#define MAXNAME 6	/* tokens in a name */
#define MAXNOM 6	/* tokens in a described speaker */
#define MAXAPPOS 24	/* tokens in an appositive */
#define MAXPAREN 8	/* tokens in a parenthesis after a name */

static const char *const classes[] = {
	"title", "prefix", "det", "stop", "adv", "pron", "org", "day", "he", "she",
	"", "",		/* 10 and 11 are the gazetteers' bits */
	"verb", "kin", "modified"
};

/* One word a line ('#' comments), any case: first names of one gender, or
 * the titles of titles.txt (its multi-word titles are made of these words,
 * and a final '.' is dropped). */
static void add_names(ql_lex *l, nf_blob b, unsigned bit)
{
	size_t pos = 0, len;
	const char *line;
	char low[QL_KEYMAX];
	while (nf_blob_line(&b, &pos, &line, &len)) {
		if (len && line[len - 1] == '.')
			len--;
		if (len >= sizeof low || memchr(line, ' ', len))
			continue;
		for (size_t i = 0; i < len; i++)
			low[i] = (char)tolower((unsigned char)line[i]);
		ql_add(l, low, len, bit, NULL, 0);
	}
}

ql_lex *qn_words(void)
{
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	nf_blob b = NF_BLOB(quote_words_txt);
	ql_lex *l = ql_new(16384);
	size_t pos = 0, len;
	const char *line;
	while (nf_blob_line(&b, &pos, &line, &len)) {
		const char *colon = memchr(line, ':', len);
		unsigned bit = 0;
		for (size_t c = 0; colon && c < sizeof classes / sizeof *classes; c++)
			if (strlen(classes[c]) == (size_t)(colon - line) &&
			    !memcmp(classes[c], line, (size_t)(colon - line)))
				bit = 1u << c;
		if (!bit) {
			nf_warn("quote-words: bad line '%.*s'", (int)len, line);
			continue;
		}
		for (const char *p = colon + 1, *end = line + len; p < end;) {
			while (p < end && *p == ' ')
				p++;
			const char *q = p;
			while (q < end && *q != ' ')
				q++;
			ql_add(l, p, (size_t)(q - p), bit, NULL, 0);
			p = q;
		}
	}
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	add_names(l, NF_BLOB(titles_txt), QW_TITLE);
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	add_names(l, NF_BLOB(gaz_first_male_txt), QW_GAZ_HE);
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	add_names(l, NF_BLOB(gaz_first_female_txt), QW_GAZ_SHE);
	return l;
}

unsigned qn_class(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i)
{
	const ql_val *v = ql_tokens(w, doc, tk, i, 1);
	return v ? v->bits : 0;
}

static int is_word(const qt_toks *tk, size_t i)
{
	return tk->t[i].kind == QT_WORD && !(tk->t[i].flags & QF_INQUOTE);
}

static int is_cap(const qt_toks *tk, size_t i)
{
	return is_word(tk, i) && (tk->t[i].flags & QF_CAP);
}

/* Name connectors: lower-case particles inside names. */
static int connector(const char *doc, const qt_toks *tk, size_t i)
{
	static const char *const c[] = {"de", "van", "von", "bin", "al", "da",
					"del", "der", "la", "le", "du", "dos", "of", NULL};
	return qt_in(doc, &tk->t[i], c);
}

/* A "." that belongs to the word before it (Sen., J., Jr.). */
static int abbrev_dot(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i)
{
	if (i == 0 || !qt_punct(doc, &tk->t[i], '.') ||
	    (tk->t[i].flags & QF_SPACE_BEFORE) || !is_cap(tk, i - 1))
		return 0;
	const qt_tok *p = &tk->t[i - 1];
	return qt_len(p) == 1 || memchr(doc + p->s, '.', qt_len(p)) != NULL ||	/* J.J. */
	       qt_is(doc, &tk->t[i - 1], "jr") ||
	       qt_is(doc, &tk->t[i - 1], "sr") ||
	       (qn_class(w, doc, tk, i - 1) & QW_TITLE);
}

static int all_caps(const char *doc, const qt_tok *t)
{
	int upper = 0;
	for (size_t b = t->s; b < t->e; b++) {
		char c = doc[b];
		if (c >= 'a' && c <= 'z')
			return 0;
		upper += c >= 'A' && c <= 'Z';
	}
	return upper >= 2;
}

/* "That's", "It's", "There’s": a function word with a contraction. */
static int contracted_stop(const ql_lex *w, const char *doc, const qt_tok *t)
{
	char low[QL_KEYMAX];
	size_t n = 0;
	for (uint32_t b = t->s; b < t->e && n < sizeof low; b++) {
		if (doc[b] == '\'' || (b + 3 <= t->e && !memcmp(doc + b, "\xe2\x80\x99", 3))) {
			const ql_val *v = n ? ql_get(w, low, n) : NULL;
			return v && (v->bits & (QW_STOP | QW_DET | QW_PRON));
		}
		low[n++] = (char)tolower((unsigned char)doc[b]);
	}
	return 0;
}

/* "Domestically, Trump's row …", "Shortly after the call, …": a word in
 * -ly opening a sentence before a comma and a capital, or before after or
 * before, is an adverb ("Kelly, the mayor, said" is a name). */
static int opening_adverb(const char *doc, const qt_toks *tk, size_t i)
{
	const qt_tok *t = &tk->t[i];
	if (!(t->flags & QF_SENT_START) || qt_len(t) < 6 || !qt_ends(doc, t, "ly") ||
	    i + 2 >= tk->n)
		return 0;
	if (qt_is(doc, &tk->t[i + 1], "after") || qt_is(doc, &tk->t[i + 1], "before"))
		return 1;
	/* "Hastily politicizing the tragedy, …" */
	if (tk->t[i + 1].kind == QT_WORD && !(tk->t[i + 1].flags & QF_CAP) &&
	    qt_ends(doc, &tk->t[i + 1], "ing"))
		return 1;
	return qt_punct(doc, &tk->t[i + 1], ',') && (tk->t[i + 2].flags & QF_CAP);
}

static int name_part(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i)
{
	if (opening_adverb(doc, tk, i))
		return 0;
	unsigned c = qn_class(w, doc, tk, i);
	return (is_cap(tk, i) && (!(c & (QW_STOP | QW_DET)) || all_caps(doc, &tk->t[i])) &&
		(!(tk->t[i].flags & QF_COMMON) || (c & (QW_TITLE | QW_PREFIX))) &&
		/* "Likewise, …", "Just shy of half": an adverb opening a sentence */
		!((c & QW_ADV) && (tk->t[i].flags & QF_SENT_START)) &&
		!contracted_stop(w, doc, &tk->t[i])) ||
	       abbrev_dot(w, doc, tk, i);
}

static int ends_ed(const char *doc, const qt_tok *t)
{
	return qt_ends(doc, t, "ed");
}

static int ends_ing(const char *doc, const qt_tok *t)
{
	return qt_ends(doc, t, "ing");
}

/* "didn't", "won’t" */
static int negative(const char *doc, const qt_tok *t)
{
	return qt_ends(doc, t, "n't") || qt_ends(doc, t, "n\xe2\x80\x99t");
}

/* Does an appositive start at token i: "a professor", "the party's",
 * "Sanders' campaign manager" — not "who …", "referring to …", an age? */
static int describes(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i)
{
	unsigned c = qn_class(w, doc, tk, i);
	if (c & QW_DET)
		return 1;
	if (c & QW_STOP || tk->t[i].kind != QT_WORD)
		return 0;
	return (tk->t[i].flags & QF_CAP) || (c & (QW_TITLE | QW_PREFIX));
}

/* An appositive after a name, as the mention keeps it: a description,
 * also "who …", an age ("Khizr Khan, 66,"), or a bare role ("head of X",
 * "urban policy professor") — not "adding …", "in a statement". */
static int appositive(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i)
{
	const qt_tok *t = &tk->t[i];
	if (describes(w, doc, tk, i) || qt_is(doc, t, "who") || qt_is(doc, t, "whose") ||
	    qt_is(doc, t, "which"))
		return 1;
	/* "Rev. Kyev Tatum, then senior pastor at …", "Dunn, now a partner at …" */
	if ((qt_is(doc, t, "then") || qt_is(doc, t, "now")) && i + 1 < tk->n &&
	    is_word(tk, i + 1) && !(qn_class(w, doc, tk, i + 1) & (QW_STOP | QW_ADV | QW_PRON)))
		return 1;
	if (t->flags & QF_DIGIT)
		return i + 1 < tk->n && qt_punct(doc, &tk->t[i + 1], ',');
	/* "Misha Shah, 32, of Chicago, an account executive": a home town
	 * after an age (not "…, of Florida's fissure") */
	if ((qt_is(doc, t, "of") || qt_is(doc, t, "from")) && i + 1 < tk->n && is_cap(tk, i + 1))
		return i >= 2 && (tk->t[i - 2].flags & QF_DIGIT);
	/* "Reed (D-R.I.), said after a lunch …": a verb of saying after the
	 * comma starts the predicate, however stray the comma */
	static const char *const says[] = {"said", "says", "told", "tells", "wrote", "writes",
					   "adds", "asks", "explains", NULL};
	return t->kind == QT_WORD && !(qn_class(w, doc, tk, i) & (QW_STOP | QW_ADV)) &&
	       !ends_ing(doc, t) && !ends_ed(doc, t) && !qt_in(doc, t, says);
}


int qn_possessive(const char *doc, const qt_tok *t)
{
	size_t n = qt_len(t);
	return n > 2 && doc[t->e - 1] == 's' &&
	       (doc[t->e - 2] == '\'' || (n > 4 && !memcmp(doc + t->e - 4, "\xe2\x80\x99", 3)));
}

/* "Joseph R. Murray II": a generation after a name, not an acronym. */
static int generation(const char *doc, const qt_toks *tk, const qn_np *np)
{
	static const char *const w[] = {"ii", "iii", "iv", NULL};
	return np->ne - np->ns >= 3 && qt_in(doc, &tk->t[np->ne - 1], w);
}

int qn_gender(unsigned c)
{
	if (!(c & (QW_HE | QW_SHE)))	/* the project's list first */
		c = (c & QW_GAZ_HE ? QW_HE : 0) | (c & QW_GAZ_SHE ? QW_SHE : 0);
	return (c & QW_HE) && !(c & QW_SHE) ? 1 : (c & QW_SHE) && !(c & QW_HE) ? 2 : 0;
}

/* Endings of person nouns ("consultant", "comedian"), singular then plural. */
static const char *const role_ends[] = {"er", "or", "ist", "ant", "ent", "man", "woman",
					"ian", "ee", "ers", "ors", "ists", "ants", "ents",
					"men", "ians", "ees", NULL};
#define ROLE_ENDS_SINGULAR 9

/* "Comedian Mark Tullis", "Libertarian Gary Johnson": a capitalised
 * person noun that is no listed title, before a first name and more. The
 * noun is no first name itself (Walter, Christian); "Newspaper Says
 * Clinton", "Goldman Sachs Speech" have no first name after it. */
static int cap_role(const ql_lex *w, const char *doc, const qt_toks *tk, const qn_np *np)
{
	const qt_tok *t = &tk->t[np->ns];
	if (np->ne - np->ns < 3 || !is_cap(tk, np->ns + 1) || !is_cap(tk, np->ns + 2) ||
	    !(qn_class(w, doc, tk, np->ns + 1) & (QW_GAZ_HE | QW_GAZ_SHE)) ||
	    (qn_class(w, doc, tk, np->ns) & (QW_GAZ_HE | QW_GAZ_SHE | QW_HE | QW_SHE | QW_ORG)) ||
	    (qn_class(w, doc, tk, np->ne - 1) & QW_ORG) || all_caps(doc, &tk->t[np->ne - 1]))
		return 0;
	for (size_t k = 0; k < ROLE_ENDS_SINGULAR; k++)
		if (qt_len(t) > strlen(role_ends[k]) + 3 && qt_ends(doc, t, role_ends[k]))
			return 1;
	return 0;
}

/* Strip titles (and the prefixes before them) from the left of a name,
 * guess its type. */
static void finish_name(const ql_lex *w, const char *doc, const qt_toks *tk, qn_np *np)
{
	size_t cut = np->ns;
	for (size_t i = np->ns; i + 1 < np->ne; i++) {
		unsigned c = qn_class(w, doc, tk, i);
		if (c & QW_TITLE)
			cut = i + 1, np->titled = 1;
		else if (!(c & QW_PREFIX) && !abbrev_dot(w, doc, tk, i) &&
			 !all_caps(doc, &tk->t[i]))	/* "FBI Director" */
			break;
		if (c & QW_HE)
			np->gender = 1;
		if (c & QW_SHE)
			np->gender = 2;
	}
	/* "American Bridge President Jessica Mackler", "former Pennsylvania
	 * Gov. Ed Rendell": an organisation or place before the title; the
	 * person is the two or more words after it */
	size_t from = cut;
	for (size_t i = from + 1; cut == from && i + 2 < np->ne; i++) {
		size_t j = i + 1;	/* "Subcommittee Chairwoman Rep. Dana Whitcombe" */
		if (qt_punct(doc, &tk->t[j], '.'))
			j++;
		if ((qn_class(w, doc, tk, i) & QW_TITLE) && j + 1 < np->ne && is_cap(tk, j) &&
		    is_cap(tk, j + 1)) {
			cut = j;
			np->titled = 1;
		}
	}
	if (cut == np->ns && cap_role(w, doc, tk, np)) {
		cut = np->ns + 1;
		np->titled = 1;
	}
	/* "CEO of Hewlett-Packard": no name starts with its connector */
	while (cut < np->ne && (qt_punct(doc, &tk->t[cut], '.') || connector(doc, tk, cut)))
		cut++;
	if (cut < np->ne)
		np->ns = cut;
	if (qn_class(w, doc, tk, np->ns) & QW_DET)
		np->ns++;
	/* "The Post's Ruth Marcus": the person after the possessive */
	for (size_t i = np->ns; i + 2 < np->ne + 1 && i + 1 < np->ne; i++)
		if (qn_possessive(doc, &tk->t[i]) && is_cap(tk, i + 1)) {
			np->ns = i + 1;
			break;
		}
	/* "Aris Shirvanian of the Armenian Patriarchate": the person before "of" */
	for (size_t i = np->ns + 2; i + 1 < np->ne; i++)
		if (qt_is(doc, &tk->t[i], "of") && is_cap(tk, i - 1) && is_cap(tk, i - 2)) {
			np->ne = i;
			np->titled = 1;
			break;
		}
	if (!np->gender && np->ne - np->ns >= 2) {	/* by first name */
		np->gender = qn_gender(qn_class(w, doc, tk, np->ns));
	}
	unsigned last = qn_class(w, doc, tk, np->ne - 1);
	if (np->titled || generation(doc, tk, np))
		np->type = QN_PER;
	else if ((last & QW_ORG) || all_caps(doc, &tk->t[np->ne - 1]) ||
		 qt_is(doc, &tk->t[np->ms], "the"))
		np->type = QN_ORG;
	else
		np->type = QN_PER;
}

static int pronoun(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i,
		   qn_np *np)
{
	unsigned c = qn_class(w, doc, tk, i);
	if (!(c & QW_PRON) || !is_word(tk, i))
		return 0;
	*np = (qn_np){QN_PRON, QN_UNK, i, i + 1, i, i + 1, 0,
		      c & QW_HE ? 1 : c & QW_SHE ? 2 : 0};
	return 1;
}

/* "gingerly", "angrily": a word in -ly between a speaker and the cue. */
static int ly_adverb(const char *doc, const qt_tok *t)
{
	static const char *const nouns[] = {"family", "assembly", "rally", "supply",
		"daily", "weekly", "monthly", "anomaly", "monopoly", "ally", "bully", NULL};
	return t->kind == QT_WORD && qt_len(t) > 4 && doc[t->e - 2] == 'l' &&
	       doc[t->e - 1] == 'y' && !qt_in(doc, t, nouns);
}

/* "Institute for Science and International Security", "Lewis of the
 * James Martin Center": a lower-case word inside a long name, at i. */
static int joiner(const char *doc, const qt_toks *tk, size_t i, size_t lo)
{
	static const char *const inside[] = {"for", "on", "&", NULL};
	static const char *const before_and[] = {"for", "of", "on", NULL};
	if (i <= lo || i + 1 >= tk->n || !is_cap(tk, i + 1))
		return 0;
	if (qt_in(doc, &tk->t[i], inside))
		return is_cap(tk, i - 1);
	/* "for Science and International Security", not "Trump and Clinton" */
	if (qt_is(doc, &tk->t[i], "and"))
		return i > lo + 1 && is_cap(tk, i - 1) && qt_in(doc, &tk->t[i - 2], before_and);
	return qt_is(doc, &tk->t[i], "the") &&
	       (qt_is(doc, &tk->t[i - 1], "of") || qt_is(doc, &tk->t[i - 1], "for"));
}

/* A capitalised name ending at end-1, scanning left (not below lo). */
static int name_left(const ql_lex *w, const char *doc, const qt_toks *tk,
		     size_t end, size_t lo, qn_np *np)
{
	size_t s = end;
	while (s > lo && end - s < MAXNAME + 6 &&
	       (name_part(w, doc, tk, s - 1) ||
		(s - 1 > lo && s < end && connector(doc, tk, s - 1) &&
		 is_cap(tk, s - 2)) ||
		(s < end && joiner(doc, tk, s - 1, lo)) ||
		(qn_class(w, doc, tk, s - 1) & QW_PREFIX && s < end &&
		 is_word(tk, s - 1) && (tk->t[s - 1].flags & QF_CAP))))
		s--;
	while (s < end && (connector(doc, tk, s) || qt_punct(doc, &tk->t[s], '.')))
		s++;
	if (s == end || !is_cap(tk, end - 1))
		return 0;
	if (s > lo && qt_is(doc, &tk->t[s - 1], "the"))
		s--;
	*np = (qn_np){QN_NAME, QN_UNK, s, end, s, end, 0, 0};
	finish_name(w, doc, tk, np);
	/* "port director Anneliese Varkonyi": the role is part of the mention */
	if (s > lo && is_word(tk, s - 1) && !is_cap(tk, s - 1) &&
	    (qn_class(w, doc, tk, s - 1) & QW_TITLE)) {
		size_t m = s - 1;
		while (m > lo && s - m < 3 && is_word(tk, m - 1) && !is_cap(tk, m - 1) &&
		       !(qn_class(w, doc, tk, m - 1) & (QW_STOP | QW_ADV | QW_DET)) &&
		       !ly_adverb(doc, &tk->t[m - 1]))
			m--;
		np->ms = m;
		np->titled = 1;
		np->type = QN_PER;
	}
	return 1;
}

/* "the harbour authority in Porto Velho": a name inside a described
 * speaker belongs to it. */
int qn_prep(const char *doc, const qt_tok *t)
{
	static const char *const p[] = {"in", "at", "of", "for", "from", "with", "on", "to", NULL};
	return qt_in(doc, t, p);
}

int qn_role_word(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i)
{
	const qt_tok *t = &tk->t[i];
	if (t->kind != QT_WORD || (t->flags & (QF_CAP | QF_INQUOTE | QF_DIGIT)))
		return 0;
	unsigned c = qn_class(w, doc, tk, i);
	if (c & (QW_STOP | QW_ADV | QW_DET | QW_PRON))
		return 0;
	return (c & (QW_TITLE | QW_PREFIX)) || qt_ends_in(doc, t, role_ends);
}

/* Is the lower-case word s in -ed a past tense after the noun before it
 * ("the senator emailed"), not an adjective after a determiner or an
 * adverb ("the embattled", "newly elected")? */
static int past_after_noun(const ql_lex *w, const char *doc, const qt_toks *tk, size_t s)
{
	return is_word(tk, s) && !is_cap(tk, s) && qt_len(&tk->t[s]) > 4 &&
	       ends_ed(doc, &tk->t[s]) && is_word(tk, s - 1) &&
	       !(qn_class(w, doc, tk, s - 1) & (QW_DET | QW_ADV | QW_STOP | QW_PRON | QW_PREFIX)) &&
	       !ly_adverb(doc, &tk->t[s - 1]) && !(tk->t[s - 1].flags & QF_DIGIT);
}

/* The determiner opening the phrase whose possessive is at s, over up to
 * two modifiers ("The ferry company's"), or s when there is none. */
static size_t det_before(const ql_lex *w, const char *doc, const qt_toks *tk, size_t s,
			 size_t lo)
{
	size_t k = s;
	while (k > lo && s - k < 2 && is_word(tk, k - 1) &&
	       !(qn_class(w, doc, tk, k - 1) & (QW_STOP | QW_DET | QW_ADV | QW_PRON)))
		k--;
	return k > lo && is_word(tk, k - 1) && (qn_class(w, doc, tk, k - 1) & QW_DET) ? k - 1 : s;
}

/* A described speaker "the party's spokesman", "officials", ending at end-1. */
static int nominal_left(const ql_lex *w, const char *doc, const qt_toks *tk,
			size_t end, size_t lo, qn_np *np)
{
	size_t head = end - 1;
	static const char *const alone[] = {"another", "one", "some", "many", "several",
					    "both", "most", "each", NULL};
	if (is_word(tk, head) && qt_in(doc, &tk->t[head], alone)) {
		*np = (qn_np){QN_NOMINAL, QN_UNK, head, end, head, end, 0, 0};
		return 1;	/* "Yet another said", "Some said" */
	}
	if (!is_word(tk, head) || (qn_class(w, doc, tk, head) & (QW_STOP | QW_DET | QW_ADV)) ||
	    ((tk->t[head].flags & QF_DIGIT) && !memchr(doc + tk->t[head].s, '-', qt_len(&tk->t[head]))))
		return 0;	/* "the 43-year-old asked", not "in 2015 said" */
	for (size_t s = head; s + MAXNOM + 2 > head && s >= lo; s--) {
		/* "the bespectacled, 71-year-old diplomat": adjectives in a row,
		 * the noun after the last ("after the protest, police said") */
		if (qt_punct(doc, &tk->t[s], ',') && s > lo + 1 && s + 1 < head &&
		    is_word(tk, s - 1) && !is_cap(tk, s - 1) && qt_is(doc, &tk->t[s - 2], "the") &&
		    !(qn_class(w, doc, tk, s + 1) & (QW_PRON | QW_STOP | QW_ADV)) &&
		    !contracted_stop(w, doc, &tk->t[s + 1]))	/* "the crowd, he's" */
			continue;
		if (!is_word(tk, s) && !qt_punct(doc, &tk->t[s], '-'))
			break;
		/* "The Vermont senator emailed supporters saying": a past tense
		 * after a noun; its object is no speaker's phrase */
		if (s < head && s > lo && past_after_noun(w, doc, tk, s))
			break;
		unsigned c = qn_class(w, doc, tk, s);
		if (qt_is(doc, &tk->t[s], "this") || qt_is(doc, &tk->t[s], "these") ||
		    qt_is(doc, &tk->t[s], "those"))
			c = QW_DET;	/* "this source told the Post" */
		/* "a spokesman for the campaign said": a person noun owns the
		 * phrase after its preposition */
		qn_np outer;
		if ((c & QW_DET) && s > lo + 1 && qn_prep(doc, &tk->t[s - 1]) &&
		    (qn_role_word(w, doc, tk, s - 2) ||
		     /* "both of the harbour ministers said" */
		     (qt_is(doc, &tk->t[s - 1], "of") && qt_in(doc, &tk->t[s - 2], alone))) &&
		    nominal_left(w, doc, tk, s - 1, lo, &outer)) {
			outer.ne = outer.me = end;
			*np = outer;
			return 1;
		}
		if (((c & QW_DET) && !(s > lo && qn_prep(doc, &tk->t[s - 1]))) ||
		    (s < head && tk->t[s].e - tk->t[s].s > 2 &&
		    (doc[tk->t[s].e - 1] == 's' && (doc[tk->t[s].e - 2] == '\'' ||
		     (unsigned char)doc[tk->t[s].e - 2] == 0x99)))) {
			*np = (qn_np){QN_NOMINAL, QN_UNK, s, end, s, end, 0, 0};
			if (c & QW_DET)
				np->ns = s + 1;
			else	/* "The (ferry) company's statement" */
				np->ms = det_before(w, doc, tk, s, lo);
			/* "the two lawmakers", "his three sons" */
			if ((c & QW_DET) && s > lo && is_word(tk, s - 1) &&
			    (qn_class(w, doc, tk, s - 1) & QW_DET))
				np->ms = s - 1;
			return 1;
		}
		/* "the Florida senator and Republican presidential candidate" */
		if (((c & QW_STOP) && !(s < head && qt_is(doc, &tk->t[s], "and"))) || s == 0)
			break;
	}
	static const char *const many[] = {"police", "people", "staff", NULL};
	size_t n = qt_len(&tk->t[head]);
	if (((n > 3 && doc[tk->t[head].e - 1] == 's') || qt_in(doc, &tk->t[head], many)) &&
	    (tk->t[head].flags & (QF_CAP | QF_SENT_START)) != QF_CAP) {
		*np = (qn_np){QN_NOMINAL, QN_UNK, head, end, head, end, 0, 0};
		if (head > lo && name_part(w, doc, tk, head - 1))
			np->ms = np->ns = head - 1;	/* "Sanders supporters" */
		/* "federal officials said", "senior campaign aides say" */
		while (np->ms > lo && head - np->ms < 2 && is_word(tk, np->ms - 1) &&
		       !is_cap(tk, np->ms - 1) && (qn_class(w, doc, tk, np->ms - 1) & QW_PREFIX))
			np->ms = np->ns = np->ms - 1;
		return 1;	/* "officials said", "analysts say", "police said" */
	}
	return 0;
}

static int phrase_left(const ql_lex *w, const char *doc, const qt_toks *tk,
		       size_t end, size_t lo, qn_np *np)
{
	qn_np outer;
	if (end <= lo)
		return 0;
	if (qt_punct(doc, &tk->t[end - 1], ')')) {	/* "Earl Blumenauer (D-Ore.)" */
		size_t o = end - 1;
		while (o > lo && end - o < MAXPAREN && !qt_punct(doc, &tk->t[o], '('))
			o--;
		if (!qt_punct(doc, &tk->t[o], '(') || !phrase_left(w, doc, tk, o, lo, np))
			return 0;
		np->me = end;
		return 1;
	}
	if (pronoun(w, doc, tk, end - 1, np))
		return 1;
	if (name_left(w, doc, tk, end, lo, np)) {
		if (np->ms > lo + 1 && qn_prep(doc, &tk->t[np->ms - 1]) &&
		    nominal_left(w, doc, tk, np->ms - 1, lo, &outer)) {
			outer.me = outer.ne = end;
			*np = outer;
		}
		return 1;
	}
	return nominal_left(w, doc, tk, end, lo, np);
}

/* "a reporter can be heard asking", "Trump was quoted as saying": a
 * passive of perceiving or quoting, ending at end-1, after an auxiliary. */
static int heard(const ql_lex *w, const char *doc, const qt_toks *tk, size_t end,
		 size_t lo)
{
	static const char *const seen[] = {"heard", "seen", "overheard", "caught", "quoted",
					   "recorded", "filmed", "shown", NULL};
	size_t v = end - 1;
	if (v > lo && qt_is(doc, &tk->t[v], "as"))
		v--;
	return v > lo && qt_in(doc, &tk->t[v], seen) &&
	       (qn_class(w, doc, tk, v - 1) & QW_ADV) && !(tk->t[v - 1].flags & QF_CAP);
}

/* Skip adverbs, auxiliaries and "on Tuesday" left of a cue. */
static size_t skip_adverbs_left(const ql_lex *w, const char *doc, const qt_toks *tk,
				size_t end, size_t lo)
{
	while (end > lo) {
		unsigned c = qn_class(w, doc, tk, end - 1);
		if (((c & QW_ADV) || ly_adverb(doc, &tk->t[end - 1]) ||
		     negative(doc, &tk->t[end - 1])) &&	/* "didn't disclose" */
		    !(tk->t[end - 1].flags & QF_CAP))
			end--;
		else if ((c & QW_DAY) && end - 1 > lo &&
			 (qt_is(doc, &tk->t[end - 2], "on") || qt_is(doc, &tk->t[end - 2], "last")))
			end -= 2;
		else if ((c & QW_DAY) && (tk->t[end - 1].flags & QF_CAP) && end - 1 > lo)
			end--;	/* "Priebus later Thursday told" */
		else if (end > lo + 3 && qt_punct(doc, &tk->t[end - 1], ',') &&
			 qt_punct(doc, &tk->t[end - 3], ',') &&
			 (qn_class(w, doc, tk, end - 2) & QW_ADV))
			end -= 3;	/* "The two lawmakers, however, argue" */
		else if (heard(w, doc, tk, end, lo))
			end -= qt_is(doc, &tk->t[end - 1], "as") ? 2 : 1;
		else
			break;
	}
	return end;
}

/* Is the full stop at token e the end of its sentence (not "U.S.")? */
static int sent_end(const qt_toks *tk, size_t e, size_t hi)
{
	return e + 1 >= hi || (tk->t[e + 1].flags & QF_SENT_START);
}

/* The first token of the comma-delimited part ending before the comma at
 * c ("Name, <the director of X>, said"), or 0 when no comma opens it. */
static size_t aside_start(const char *doc, const qt_toks *tk, size_t c, size_t lo)
{
	size_t k = c;
	while (k > lo && c - k < MAXAPPOS && !qt_punct(doc, &tk->t[k - 1], ',') &&
	       (is_word(tk, k - 1) || tk->t[k - 1].kind == QT_PUNCT ||
		tk->t[k - 1].kind == QT_MARK ||	/* "wearing "Cruz" pins" */
		(tk->t[k - 1].flags & QF_INQUOTE)) &&
	       !(qt_punct(doc, &tk->t[k - 1], '.') && sent_end(tk, k - 1, c + 1)))
		k--;
	return k > lo && qt_punct(doc, &tk->t[k - 1], ',') ? k : 0;
}

/* Are tokens [k, c) a state or country: capitalised words and full stops
 * ("Ohio", "Mich.", "N.H.", "South Carolina")? */
static int state_at(const char *doc, const qt_toks *tk, size_t k, size_t c)
{
	if (k >= c || c - k > 4)
		return 0;
	for (size_t i = k; i < c; i++)
		if (!is_cap(tk, i) && !qt_punct(doc, &tk->t[i], '.'))
			return 0;
	return 1;
}

/* "Chaffetz, R-Utah, said": a party and state label in an aside, [k, c). */
static int party_at(const char *doc, const qt_toks *tk, size_t k, size_t c)
{
	const char *p = doc + tk->t[k].s;
	return qt_len(&tk->t[k]) > 2 && (p[0] == 'R' || p[0] == 'D' || p[0] == 'I') &&
	       p[1] == '-' && state_at(doc, tk, k, c);
}

int qn_city_comma(const ql_lex *w, const char *doc, const qt_toks *tk, size_t comma,
		  size_t lo)
{
	static const char *const before[] = {"in", "at", "from", "near", "outside", "of", NULL};
	size_t i = comma;
	while (i > lo + 1 && comma - i < 3 && is_cap(tk, i - 1) &&
	       !(qn_class(w, doc, tk, i - 1) & (QW_STOP | QW_DAY)))
		i--;	/* "in March," is no city */
	return i < comma && qt_in(doc, &tk->t[i - 1], before);
}

static int reflexive(const char *doc, const qt_tok *t)
{
	return qt_is(doc, t, "himself") || qt_is(doc, t, "herself") ||
	       qt_is(doc, t, "themselves") || qt_is(doc, t, "itself");
}

/* "Seaman, who lives outside the state capital, Sacramento, said": is
 * the aside at k a name in apposition to a lower-case noun that ends a
 * relative clause? The speaker is the name before the clause. */
static int noun_apposition(const char *doc, const qt_toks *tk, size_t k, size_t lo)
{
	static const char *const rel[] = {"who", "whose", "which", NULL};
	if (k < lo + 3 || !is_word(tk, k - 2) || (tk->t[k - 2].flags & QF_CAP))
		return 0;
	size_t r = aside_start(doc, tk, k - 1, lo);
	return r && qt_in(doc, &tk->t[r], rel);
}

/* ""We agree," Okafor and Lind said": a name and the name before it,
 * joined by "and", that opens its clause speak together; the mention
 * holds both (the speaker is still the name next to the cue). */
static void conjoined_left(const ql_lex *w, const char *doc, const qt_toks *tk, size_t lo,
			   qn_np *np)
{
	qn_np first;
	size_t a = np->ms;
	if (np->kind != QN_NAME || a < lo + 2 || !qt_is(doc, &tk->t[a - 1], "and") ||
	    !name_left(w, doc, tk, a - 1, lo, &first) ||
	    !(first.ms == lo || (tk->t[first.ms].flags & QF_SENT_START) ||
	      tk->t[first.ms - 1].kind != QT_WORD))
		return;
	np->ms = first.ms;
}

/* "the order released Friday said": a participle at end-1 whose day
 * ("Friday", "on Friday") skip_adverbs_left passed over, up to the cue.
 * The token after the day, or 0. */
static size_t dated_participle(const ql_lex *w, const char *doc, const qt_toks *tk,
			       size_t end, size_t cue, size_t lo)
{
	size_t d = end;
	if (end <= lo + 1 || end >= cue || !is_word(tk, end - 1) || is_cap(tk, end - 1) ||
	    qt_len(&tk->t[end - 1]) < 5 || !ends_ed(doc, &tk->t[end - 1]))
		return 0;
	if (qt_is(doc, &tk->t[d], "on") && d + 1 < cue)
		d++;
	return is_cap(tk, d) && (qn_class(w, doc, tk, d) & QW_DAY) ? d + 1 : 0;
}

int qn_left(const ql_lex *w, const char *doc, const qt_toks *tk, size_t end,
	    size_t lo, qn_np *np)
{
	size_t cue = end, d;
	end = skip_adverbs_left(w, doc, tk, end, lo);
	if (end <= lo)
		return 0;
	/* "A campaign ad released Thursday accused": the participle and its
	 * day belong to the described subject's mention */
	if ((d = dated_participle(w, doc, tk, end, cue, lo)) != 0 &&
	    phrase_left(w, doc, tk, end - 1, lo, np) && np->kind == QN_NOMINAL) {
		np->me = d;
		return 1;
	}
	/* "Cruz himself said": the mention keeps the reflexive */
	if (end < cue && reflexive(doc, &tk->t[end]) && phrase_left(w, doc, tk, end, lo, np) &&
	    np->kind == QN_NAME) {
		np->me = end + 1;
		return 1;
	}
	if (!qt_punct(doc, &tk->t[end - 1], ','))
		return phrase_left(w, doc, tk, end, lo, np) && (conjoined_left(w, doc, tk, lo, np), 1);
	/* "Name, the director of X, said" or "the director, Name, said" */
	size_t c = end - 1, k = aside_start(doc, tk, c, lo);
	if (!k)
		return 0;
	qn_np inner;
	size_t k2;
	/* "…, in Columbus, Ohio, said", "of Flint, Mich., said", "Chaffetz,
	 * R-Utah, said": the state or party is no speaker */
	if (party_at(doc, tk, k, c)) {
		/* the name before the label's comma */
	} else if (state_at(doc, tk, k, c) && qn_city_comma(w, doc, tk, k - 1, lo) &&
		   (k2 = aside_start(doc, tk, k - 1, lo)) != 0) {
		k = k2;
	} else if (name_left(w, doc, tk, c, k, &inner) && inner.ms == k &&
		   !noun_apposition(doc, tk, k, lo)) {
		*np = inner;
		return 1;
	}
	/* a described speaker only with a relative clause: "a source, who was
	 * not authorised to speak, said"; "In the report, X said" is no aside */
	if (!phrase_left(w, doc, tk, k - 1, lo, np) ||
	    (np->kind == QN_NOMINAL && !qt_is(doc, &tk->t[k], "who"))) {
		/* "Aoife Byrne, 41, of Cobh, County Cork, said": the name that
		 * opens the clause, before a comma, with all the asides */
		if (!qn_right(w, doc, tk, lo, c, np) || np->kind != QN_NAME ||
		    np->me >= c || !qt_punct(doc, &tk->t[np->me], ','))
			return 0;
		if (appositive(w, doc, tk, np->me + 1))
			np->me = end - 1;	/* not "Trump, later alleging …," */
		return 1;
	}
	if (appositive(w, doc, tk, k))
		np->me = end - 1;	/* the mention keeps its appositive */
	return 1;
}

/* An appositive [from, e) that a quotation interrupts at e ("Beck, who said
 * there were "too many …""): it ends before its relative clause, else at
 * its last comma; from when neither is there. */
static size_t before_quote(const char *doc, const qt_toks *tk, size_t from, size_t e)
{
	size_t comma = from;
	if (qt_punct(doc, &tk->t[e - 1], ',') || qt_punct(doc, &tk->t[e - 1], ':'))
		return e;	/* "Said X, who grew up here, "…"": it introduces it */
	for (size_t k = from + 1; k < e; k++) {
		if (qt_is(doc, &tk->t[k], "who") || qt_is(doc, &tk->t[k], "whose") ||
		    qt_is(doc, &tk->t[k], "which"))
			return k;
		if (qt_punct(doc, &tk->t[k], ','))
			comma = k;
	}
	return comma;
}

void qn_appositive(const ql_lex *w, const char *doc, const qt_toks *tk, size_t hi,
		   qn_np *np)
{
	size_t e = np->me;
	/* "said Phil Musser of digital consulting firm IMGE" */
	int of = e + 1 < hi && qt_is(doc, &tk->t[e], "of") && is_word(tk, e + 1);
	if (!of && (e + 1 >= hi || !qt_punct(doc, &tk->t[e], ',') || !appositive(w, doc, tk, e + 1)))
		return;
	while (e < hi && !(tk->t[e].flags & QF_INQUOTE) &&
	       (tk->t[e].kind != QT_MARK || tk->t[e].role == QR_NONE) &&	/* "Democrats’" */
	       !(qt_punct(doc, &tk->t[e], '.') && sent_end(tk, e, hi)) &&
	       !qt_punct(doc, &tk->t[e], ';') &&
	       /* ", referring to …", ", in a statement": the clause goes on
		* ("$2,400" is one number) */
	       !(e > np->me && qt_punct(doc, &tk->t[e], ',') && e + 1 < hi &&
		 (tk->t[e].flags & QF_SPACE_AFTER) && !appositive(w, doc, tk, e + 1)))
		e++;
	if (e < tk->n && tk->t[e].role == QR_OPEN)	/* hi may stop at it */
		e = before_quote(doc, tk, np->me, e);
	while (e > np->me && tk->t[e - 1].kind == QT_PUNCT)
		e--;
	if (e > np->me + 1)
		np->me = e;
}


/* Is the word at e a verb by what follows it: a determiner, a quotation
 * or "that" ("the FBI lists "public corruption …"", "the ad targets a"),
 * or a negative contraction ("the donor didn't")? It looks past the
 * phrase's end: the quotation that follows may be where that end is. */
static int verb_at(const ql_lex *w, const char *doc, const qt_toks *tk, size_t e)
{
	const qt_tok *t = &tk->t[e];
	if (negative(doc, t))
		return 1;
	if (e + 1 >= tk->n)
		return 0;
	const qt_tok *n = &tk->t[e + 1];
	/* "Her economic plan promises to "lift …"", "the email appears to
	 * say": a present tense before an infinitive */
	if (qt_ends(doc, t, "s") && !qt_ends(doc, t, "ss") && qt_is(doc, n, "to") &&
	    e + 2 < tk->n && (tk->t[e + 2].role == QR_OPEN ||
			      (is_word(tk, e + 2) && !is_cap(tk, e + 2) &&
			       !qt_ends(doc, &tk->t[e + 2], "s") &&
			       !(qn_class(w, doc, tk, e + 2) & (QW_DET | QW_STOP | QW_PRON)))))
		return 1;
	return n->role == QR_OPEN || qt_is(doc, n, "that") ||
	       (n->kind == QT_WORD && (qn_class(w, doc, tk, e + 1) & QW_DET));
}

/* "the Florida senator", "the Republican presidential candidate": a name
 * modifying the noun at e (and any role words after it) is a described
 * speaker; "the Cleveland crowd cheered" stops before the verb. */
static int modified_noun(const ql_lex *w, const char *doc, const qt_toks *tk,
			 size_t start, size_t e, size_t hi, qn_np *np)
{
	if (!qt_is(doc, &tk->t[start], "the") || ends_ed(doc, &tk->t[e]))
		return 0;
	e++;
	while (e < hi && is_word(tk, e) && !is_cap(tk, e) &&
	       (qn_class(w, doc, tk, e) & QW_TITLE))
		e++;
	*np = (qn_np){QN_NOMINAL, QN_UNK, start, e, start + 1, e, 0, 0};
	return 1;
}

/* "A spokeswoman for the House Armed Services Committee", "an army of HP
 * workers and retirees": the of- or for-phrase after a described subject
 * ending at e belongs to it, up to its verb. The new end, or e. */
static size_t of_phrase(const ql_lex *w, const char *doc, const qt_toks *tk, size_t e,
			size_t hi)
{
	if (e + 1 >= hi || !(qt_is(doc, &tk->t[e], "of") || qt_is(doc, &tk->t[e], "for")))
		return e;
	size_t k = e + 1, from;
	if (qn_class(w, doc, tk, k) & QW_DET)
		k++;
	from = k;
	while (k < hi && k - from < MAXNOM && is_word(tk, k) &&
	       (!(qn_class(w, doc, tk, k) & (QW_STOP | QW_ADV | QW_DET | QW_PRON | QW_VERB)) ||
		(qt_is(doc, &tk->t[k], "and") && k > from && k + 1 < hi && is_word(tk, k + 1) &&
		 !(qn_class(w, doc, tk, k + 1) & (QW_STOP | QW_ADV | QW_DET | QW_PRON)))) &&
	       (is_cap(tk, k) || (!ends_ed(doc, &tk->t[k]) && !ends_ing(doc, &tk->t[k]) &&
				   !qt_ends(doc, &tk->t[k], "n't") &&
				   !qt_ends(doc, &tk->t[k], "n\xe2\x80\x99t"))) &&
	       !(k + 1 < hi && is_word(tk, k + 1) && (qn_class(w, doc, tk, k + 1) & QW_DET)))
		k++;
	return k > from ? k : e;
}

/* "Hundreds of striking dockers", "about 200 protesters": a count of
 * people opening a described subject. The token after it, or start. */
static size_t quantity(const char *doc, const qt_toks *tk, size_t start, size_t hi)
{
	static const char *const about[] = {"about", "some", "nearly", "roughly", "around",
					    "almost", NULL};
	static const char *const many[] = {"hundreds", "thousands", "dozens", "scores",
					   "millions", NULL};
	size_t k = start;
	if (k + 1 < hi && qt_in(doc, &tk->t[k], about) && (tk->t[k + 1].flags & QF_DIGIT))
		k++;
	if (k + 1 < hi && is_word(tk, k) && (tk->t[k].flags & QF_DIGIT) &&
	    !memchr(doc + tk->t[k].s, '-', qt_len(&tk->t[k])))
		k++;
	else if (k + 2 < hi && qt_in(doc, &tk->t[k], many) && qt_is(doc, &tk->t[k + 1], "of"))
		k += 2;
	else
		return start;
	return is_word(tk, k) && !is_cap(tk, k) ? k : start;
}

/* "first five", "two", "12": an ordinal and a count between a possessive
 * and its noun ("Obama's first five questioners"). The token after them. */
static size_t counted(const char *doc, const qt_toks *tk, size_t e, size_t hi)
{
	static const char *const ord[] = {"first", "second", "third", "latest", "newest",
					  "next", NULL};
	static const char *const num[] = {"two", "three", "four", "five", "six", "seven",
					  "eight", "nine", "ten", "dozen", NULL};
	size_t k = e;
	if (k + 1 < hi && is_word(tk, k) && qt_in(doc, &tk->t[k], ord))
		k++;
	if (k + 1 < hi && is_word(tk, k) &&
	    (qt_in(doc, &tk->t[k], num) ||
	     ((tk->t[k].flags & QF_DIGIT) && !memchr(doc + tk->t[k].s, '-', qt_len(&tk->t[k])))))
		k++;
	return k;
}

/* Does a title end just before token e ("Gov", "Gov.", "governor")? */
static int title_before(const ql_lex *w, const char *doc, const qt_toks *tk, size_t e,
			size_t start)
{
	size_t t = e - 1;
	if (t > start && abbrev_dot(w, doc, tk, t))
		t--;
	return is_word(tk, t) && (qn_class(w, doc, tk, t) & QW_TITLE);
}

int qn_right(const ql_lex *w, const char *doc, const qt_toks *tk, size_t start,
	     size_t hi, qn_np *np)
{
	if (start >= hi)
		return 0;
	if (pronoun(w, doc, tk, start, np))
		return 1;
	size_t e = start;
	int det = qt_is(doc, &tk->t[start], "the") && start + 1 < hi && is_cap(tk, start + 1);
	if (det)
		e++;
	/* "pollster Frank Luntz", "former president Bill Clinton" */
	while (!det && e < hi && e - start < 4 && is_word(tk, e) && !is_cap(tk, e) &&
	       (qn_class(w, doc, tk, e) & (QW_TITLE | QW_PREFIX)))
		e++;
	if (e > start && !det) {
		if (e >= hi || !is_cap(tk, e))
			e = start;
		else
			det = 1;
	}
	size_t role = 0;	/* "Concord resident Whit Symms": name after the role */
	/* "Band member Flea shared": an ordinary word capitalised only as the
	 * sentence's first modifies the person noun after it */
	if (e == start && e + 2 < hi && is_cap(tk, e) && (tk->t[e].flags & QF_COMMON) &&
	    !(qn_class(w, doc, tk, e) & (QW_STOP | QW_DET | QW_ADV | QW_PRON)) &&
	    qn_role_word(w, doc, tk, e + 1) && !(qn_class(w, doc, tk, e + 1) & QW_PREFIX) &&
	    name_part(w, doc, tk, e + 2) &&
	    !(qn_class(w, doc, tk, e + 2) & (QW_DAY | QW_TITLE | QW_PREFIX)))
		e = role = e + 2;
	size_t longer = 0;	/* a second title makes room for itself */
	while (e < hi && e - start < MAXNAME + 3 + longer) {
		if (name_part(w, doc, tk, e) ||
		    (e > start && e + 1 < hi && connector(doc, tk, e) && is_cap(tk, e + 1))) {
			e++;
			continue;
		}
		/* "former Pennsylvania Gov. and DNC Chairman Ed Rendell", not
		 * "Gov. and Mrs. Rendell" */
		if (e > start && e + 2 < hi && !longer && qt_is(doc, &tk->t[e], "and") &&
		    is_cap(tk, e + 1) && !(qn_class(w, doc, tk, e + 1) & QW_TITLE) &&
		    title_before(w, doc, tk, e, start)) {
			e++;
			longer = MAXNAME;
			continue;
		}
		size_t r = e;
		while (r < hi && r - e < 4 && is_word(tk, r) && !is_cap(tk, r) &&
		       (!(qn_class(w, doc, tk, r) & (QW_STOP | QW_ADV | QW_DET)) ||
			/* "former governor and party chairman Ed Rendell" */
			(r > start && qt_is(doc, &tk->t[r], "and") && title_before(w, doc, tk, r, start) &&
			 r + 1 < hi && is_word(tk, r + 1) && !is_cap(tk, r + 1) &&
			 !(qn_class(w, doc, tk, r + 1) & (QW_STOP | QW_ADV | QW_DET | QW_PRON))) ||
			/* "Former US secretary of state Madeleine Albright" */
			(r > e && (qt_is(doc, &tk->t[r], "of") || qt_is(doc, &tk->t[r], "for")) &&
			 r + 1 < hi && is_word(tk, r + 1) && !is_cap(tk, r + 1))) &&
		       !(connector(doc, tk, r) && !qt_is(doc, &tk->t[r], "of")) &&
		       ((!ends_ed(doc, &tk->t[r]) && !ends_ing(doc, &tk->t[r])) ||
			(qn_class(w, doc, tk, r) & (QW_TITLE | QW_PREFIX))) &&	/* "ranking" */
		       /* "Roloson supports Democrat Hillary Clinton": a verb */
		       (qt_len(&tk->t[r]) < 2 || doc[tk->t[r].e - 1] != 's' ||
			doc[tk->t[r].e - 2] == 's' ||
			(qn_class(w, doc, tk, r) & QW_TITLE)))	/* but "party boss" */
			r++;
		if (e == start || r == e || r + 1 >= hi || !is_cap(tk, r) ||
		    !(is_cap(tk, r + 1) || abbrev_dot(w, doc, tk, r + 1)) ||	/* "candidate Sen. X" */
		    (qn_class(w, doc, tk, r) & QW_STOP))
			break;
		if (qt_is(doc, &tk->t[e], "and"))
			longer = MAXNAME;
		e = role = r;
	}
	while (e > start && !is_cap(tk, e - 1))
		e--;
	/* "the Cleveland crowd", "the U.S. media": the name only modifies a noun */
	size_t noun = e < hi && abbrev_dot(w, doc, tk, e) && !sent_end(tk, e, hi) ? e + 1 : e;
	if (det && noun < hi && is_word(tk, noun) && !(tk->t[noun].flags & QF_CAP) &&
	    !(qn_class(w, doc, tk, noun) & (QW_STOP | QW_ADV | QW_DAY)) &&
	    !verb_at(w, doc, tk, noun))	/* "the FBI lists "…"" */
		return modified_noun(w, doc, tk, start, noun, hi, np);
	/* "Clinton's introducer", "Obama's first five questioners": the
	 * person or thing after the possessive is meant */
	size_t m = e < hi ? counted(doc, tk, e, hi) : e;
	if (e > start + (size_t)det && qn_possessive(doc, &tk->t[e - 1]) && m < hi &&
	    is_word(tk, m) && !is_cap(tk, m) &&
	    !(qn_class(w, doc, tk, m) & (QW_STOP | QW_ADV | QW_PRON | QW_VERB))) {
		size_t k = m;
		while (k < hi && k - m < MAXNOM && is_word(tk, k) && !is_cap(tk, k) &&
		       !(qn_class(w, doc, tk, k) & (QW_STOP | QW_ADV | QW_PRON | QW_VERB)) &&
		       !(k > m && (ends_ed(doc, &tk->t[k]) ||
				   (k + 1 < hi && (qn_class(w, doc, tk, k + 1) & QW_DET) &&
				    !(qn_class(w, doc, tk, k) & QW_DET)))))
			k++;
		*np = (qn_np){QN_NOMINAL, QN_UNK, start, k, start, k, 0, 0};
		np->me = np->ne = of_phrase(w, doc, tk, k, hi);
		return 1;
	}
	/* "Attorneys for Clinton appeared to …", "Lawyers for the city": a
	 * plural noun opening the sentence, capitalised only there, and the
	 * people it stands for */
	if (e == start + 1 && !det && (tk->t[start].flags & QF_SENT_START) && e + 1 < hi &&
	    qt_is(doc, &tk->t[e], "for") && qt_ends(doc, &tk->t[start], "s") &&
	    !all_caps(doc, &tk->t[start]) && !(qn_class(w, doc, tk, start) & QW_ORG) &&
	    of_phrase(w, doc, tk, e, hi) > e + 1) {
		*np = (qn_np){QN_NOMINAL, QN_UNK, start, e, start, e, 0, 0};
		np->me = np->ne = of_phrase(w, doc, tk, e, hi);
		return 1;
	}
	if (e > start + (size_t)det) {
		*np = (qn_np){QN_NAME, QN_UNK, start, e, start, e, 0, 0};
		finish_name(w, doc, tk, np);
		if (role > np->ns && role < e) {
			np->ns = role;
			np->type = QN_PER;
			/* "candidate Sen. Bernie Sanders": the title goes too */
			while (np->ns + 2 < e && ((qn_class(w, doc, tk, np->ns) & (QW_TITLE | QW_PREFIX)) ||
						  abbrev_dot(w, doc, tk, np->ns)) &&
			       !(qn_class(w, doc, tk, np->ns) & (QW_GAZ_HE | QW_GAZ_SHE)))
				np->ns++;
		}
		size_t o = e;	/* "Robert P. Casey Jr. (D-Pa.)": after the name's dot */
		if (o < hi && abbrev_dot(w, doc, tk, o))
			o++;
		if (o + 2 < hi && qt_punct(doc, &tk->t[o], '(')) {	/* (D-N.Y.) */
			for (size_t p = o + 1; p < hi && p < o + MAXPAREN; p++)
				if (qt_punct(doc, &tk->t[p], ')')) {
					np->me = p + 1;
					break;
				}
		}
		return 1;
	}
	size_t first = (qn_class(w, doc, tk, start) & QW_DET) ? start + 1 : quantity(doc, tk, start, hi);
	if (first == start)
		return 0;
	/* "Another featured five vintage photos", "One tweeted "…"": a
	 * pronoun-like determiner alone before a past tense (not "One
	 * retired general") */
	static const char *const alone[] = {"another", "one", "some", "many", "several", "both",
					    "most", "each", NULL};
	if (first == start + 1 && first < hi && qt_in(doc, &tk->t[start], alone) &&
	    is_word(tk, first) && !is_cap(tk, first) && qt_len(&tk->t[first]) > 4 &&
	    ends_ed(doc, &tk->t[first]) && verb_at(w, doc, tk, first)) {
		*np = (qn_np){QN_NOMINAL, QN_UNK, start, first, start, first, 0, 0};
		return 1;
	}
	for (e = first; e < hi && e - start < MAXNOM && is_word(tk, e) &&
	     !(qn_class(w, doc, tk, e) & (QW_STOP | QW_ADV | QW_DET)) && !connector(doc, tk, e) &&
	     !(e > first && (ends_ed(doc, &tk->t[e]) ||
				 (qn_class(w, doc, tk, e) & QW_VERB) ||
				 /* "The ad targets a …", "the actor held a" */
				 verb_at(w, doc, tk, e))); e++)
		/* "the harbour master's letter": the noun after a possessive is the
		 * head, or the role after it ("The mayor's port director") */
		if (e > first && qn_possessive(doc, &tk->t[e - 1])) {
			e++;
			while (e < hi && e - start < MAXNOM && qn_role_word(w, doc, tk, e))
				e++;
			break;
		}
	if (e == first)
		return 0;
	*np = (qn_np){QN_NOMINAL, QN_UNK, start, e, start + 1, e, 0, 0};
	np->me = np->ne = of_phrase(w, doc, tk, e, hi);
	return 1;
}

#define MAXTITLE 8	/* words of a quoted title inside a description */

/* "the authors of the “Growth and Opportunity Project,”": a short quoted
 * title in title case opening at token o after "the" or "of", then a comma
 * or the sentence's end. The token after its closing mark, or 0. */
static size_t quoted_title(const ql_lex *w, const char *doc, const qt_toks *tk, size_t o)
{
	size_t k = o + 1;
	if (o == 0 || tk->t[o].role != QR_OPEN ||
	    !(qt_is(doc, &tk->t[o - 1], "the") || qt_is(doc, &tk->t[o - 1], "of")))
		return 0;
	for (; k < tk->n && k - o <= MAXTITLE + 1 && tk->t[k].role != QR_CLOSE; k++)
		if (tk->t[k].kind == QT_WORD && !(tk->t[k].flags & QF_CAP) &&
		    (k == o + 1 || !(qn_class(w, doc, tk, k) & QW_STOP)))
			return 0;
	if (k == o + 1 || k >= tk->n || tk->t[k].role != QR_CLOSE)
		return 0;
	k++;
	return k >= tk->n || (tk->t[k].flags & QF_SENT_START) || qt_punct(doc, &tk->t[k], ',') ||
	       qt_punct(doc, &tk->t[k - 2], ',') ? k : 0;
}

int qn_described(const ql_lex *w, const char *doc, const qt_toks *tk, size_t start,
		 size_t hi, qn_np *np)
{
	size_t e = start + 1, t;
	if (start >= hi || !(qn_class(w, doc, tk, start) & QW_DET))
		return 0;
	while (e < hi && e - start <= MAXAPPOS / 2 &&
	       /* "says the group is spending": a clause, no description */
	       !(is_word(tk, e) && (qn_class(w, doc, tk, e) & QW_ADV) && !is_cap(tk, e)) &&
	       ((is_word(tk, e) &&
		 (!(qn_class(w, doc, tk, e) & QW_STOP) || qn_prep(doc, &tk->t[e]) ||
		  (qn_class(w, doc, tk, e) & (QW_DAY | QW_DET)) ||	/* "a Wednesday editorial" */
		  qt_is(doc, &tk->t[e], "those") || qt_is(doc, &tk->t[e], "these") ||
		  /* "the base chief known as Bob": the name he goes by */
		  (qt_is(doc, &tk->t[e], "as") && qt_is(doc, &tk->t[e - 1], "known")))) ||
		/* "a former U.S. law enforcement official", "the former top aide
		 * to President George W. Bush" */
		(qt_punct(doc, &tk->t[e], '.') && !(tk->t[e].flags & QF_SPACE_BEFORE) &&
		 e + 1 < hi && is_word(tk, e + 1) &&
		 (!is_cap(tk, e + 1) || abbrev_dot(w, doc, tk, e))) ||
		/* "who runs the account @WomenForTrump" */
		(qt_punct(doc, &tk->t[e], '@') && e + 1 < hi && is_word(tk, e + 1) &&
		 !(tk->t[e + 1].flags & QF_SPACE_BEFORE))))
		e++;
	/* "said a former official who oversaw the case": the relative clause
	 * goes with it, to the end of the clause */
	if (e > start + 1 && e < hi && (qt_is(doc, &tk->t[e], "who") || qt_is(doc, &tk->t[e], "whose")))
		while (e < hi && e - start <= MAXAPPOS &&
		       (is_word(tk, e) || (qt_punct(doc, &tk->t[e], '@') && e + 1 < hi &&
					   !(tk->t[e + 1].flags & QF_SPACE_BEFORE))))
			e++;
	/* "wrote the authors of the “Growth and Opportunity Project,”" (hi may
	 * stop at its opening mark) */
	if (e > start + 2 && e < tk->n && (t = quoted_title(w, doc, tk, e)) != 0) {
		*np = (qn_np){QN_NOMINAL, QN_UNK, start, t, start + 1, t, 0, 0};
		return 1;
	}
	/* up to the end of the clause: "said the former secretary of state." */
	if (e == start + 1 || (e < hi && tk->t[e].kind == QT_WORD) ||
	    qn_prep(doc, &tk->t[e - 1]))
		return 0;
	*np = (qn_np){QN_NOMINAL, QN_UNK, start, e, start + 1, e, 0, 0};
	return 1;
}

int qn_role_right(const ql_lex *w, const char *doc, const qt_toks *tk, size_t start,
		  size_t hi, qn_np *np)
{
	for (size_t k = start + 1; k + 1 < hi && k < start + 5; k++) {
		if (!is_word(tk, k - 1) || ((qn_class(w, doc, tk, k - 1) & QW_STOP) &&
					    !qt_is(doc, &tk->t[k - 1], "of")))
			return 0;	/* "said master of ceremonies Asab Al-Tabchi" */
		if (!is_cap(tk, k - 1) && is_cap(tk, k) && is_cap(tk, k + 1) &&
		    qn_right(w, doc, tk, k, hi, np) && np->kind == QN_NAME) {
			np->ms = start;
			np->type = QN_PER;
			np->titled = 1;
			return 1;
		}
	}
	return 0;
}
