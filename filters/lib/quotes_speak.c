/* quotes_speak.c — speakers: names linked across the document, pronouns
 * resolved, types from the tagger; then the output rows. */
#include <stdlib.h>
#include <string.h>

#include "quotes_docint.h"
#include "quotes_place.h"

#define SALIENT_REACH 400	/* tokens back to a person for an unattributed quote */
#define INTRO 12		/* tokens of an opening phrase before a subject */

static void add_span(nf_buf *b, const char *doc, const qt_toks *tk, size_t s, size_t e)
{
	nf_buf_clear(b);
	if (s >= e)
		return;
	const char *p = doc + tk->t[s].s, *end = doc + tk->t[e - 1].e;
	int sp = 0;
	for (; p < end; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			sp = 1;
			continue;
		}
		if (sp && b->n)
			nf_buf_addc(b, ' ');
		sp = 0;
		nf_buf_addc(b, *p);
	}
}

static int abbrev(const qd_doc *d, size_t i)
{
	return qt_punct(d->text.s, &d->tk.t[i], '.') && !(d->tk.t[i].flags & QF_SPACE_BEFORE) &&
	       i > 0 && qt_len(&d->tk.t[i - 1]) <= 4;
}

static const char *type_name(int t)
{
	return t == QN_PER ? "PER" : t == QN_ORG ? "ORG" : t == QN_LOC ? "LOC" :
	       t == QN_MISC ? "MISC" : "";
}

/* Drop a possessive 's from the end of a name. */
static void strip_possessive(nf_buf *b)
{
	if (b->n > 4 && !memcmp(b->s + b->n - 4, "\xe2\x80\x99s", 4))
		b->n -= 4;
	else if (b->n > 2 && !memcmp(b->s + b->n - 2, "'s", 2))
		b->n -= 2;
	else
		return;
	b->s[b->n] = '\0';
}

static int ends_with(const qd_doc *d, size_t i, const char *suf)
{
	const qt_tok *t = &d->tk.t[i];
	return qt_len(t) > strlen(suf) + 2 && qt_ends(d->text.s, t, suf);
}

/* Can token i open a phrase before the subject: adverbial ("In Iowa,",
 * "Growing up in El Paso,", "Separately,", "Just a week ago,") or the
 * subject that the name is in apposition to ("One voter, Ann Lee, 35,")? */
static int opener(const qd_doc *d, size_t i)
{
	unsigned c = qn_class(d->words, d->text.s, &d->tk, i);
	return (c & (QW_STOP | QW_ADV | QW_DAY | QW_DET)) || ends_with(d, i, "ing") ||
	       ends_with(d, i, "ed") || ends_with(d, i, "ly");
}

/* Is the name at tokens [s, e) the subject of its sentence by position
 * ("But Walsh explained", "On Tuesday, Walsh")? *cue: a cue verb follows. */
static int subject_at(const qd_doc *d, size_t s, size_t e, int *cue)
{
	const qt_toks *tk = &d->tk;
	size_t n;
	while (e < tk->n && (qn_class(d->words, d->text.s, tk, e) & QW_ADV) &&
	       !(tk->t[e].flags & QF_CAP))
		e++;
	*cue = e < tk->n && qc_match(d->cues, d->text.s, tk, e, &n) != NULL;
	if (tk->t[s].flags & QF_SENT_START)
		return 1;
	/* "And even Obama tried": one adverb after the opening word */
	size_t b = s;
	if (b > 1 && !(tk->t[b - 1].flags & (QF_SENT_START | QF_CAP)) &&
	    (qn_class(d->words, d->text.s, tk, b - 1) & QW_ADV))
		b--;
	if (b > 0 && (tk->t[b - 1].flags & QF_SENT_START) &&
	    (qn_class(d->words, d->text.s, tk, b - 1) & QW_STOP))
		return 1;
	/* "On Tuesday, Clinton …": after an opening phrase */
	if (s < 2 || !qt_punct(d->text.s, &tk->t[s - 1], ','))
		return 0;
	for (size_t i = s - 1; i > 0 && s - i < INTRO; i--)
		if (tk->t[i - 1].flags & QF_SENT_START)
			return opener(d, i - 1) && !(tk->t[i - 1].flags & QF_INQUOTE);
	return 0;
}

/* "Then there's Axelrod.", "There is also Jane Doe, who …": the name at
 * token s is what the sentence is about. */
static int existential(const qd_doc *d, size_t s)
{
	static const char *const there[] = {"there's", "there\xe2\x80\x99s", "here's",
					    "here\xe2\x80\x99s", NULL};
	const qt_toks *tk = &d->tk;
	if (s > 0 && qt_in(d->text.s, &tk->t[s - 1], there))
		return 1;
	return s > 1 && (qt_is(d->text.s, &tk->t[s - 1], "is") ||
			 qt_is(d->text.s, &tk->t[s - 1], "was")) &&
	       qt_is(d->text.s, &tk->t[s - 2], "there");
}

/* qk_name, noting whether the entity is a place. */
static long name_ent(qd_doc *d, const nf_buf *name, int type, int gender, size_t pos,
		     int spoke)
{
	size_t f = qk_name(&d->k, name->s, name->n, type, gender, pos, spoke);
	qk_ent *e = &d->k.e[f];
	e->place = qp_is_place(d->places, e->name, strlen(e->name));
	return (long)f;
}

#define SENT_REACH 200	/* tokens back to a sentence's start */

/* Does the lower-case word i name a role ("consultant", "governor")? */
static int role_word(const qd_doc *d, size_t i)
{
	static const char *const ends[] = {"er", "or", "ist", "ant", "ent", "man", "woman",
					   "ian", "ee"};
	const qt_tok *t = &d->tk.t[i];
	if (t->kind != QT_WORD || (t->flags & (QF_CAP | QF_INQUOTE | QF_DIGIT)))
		return 0;
	unsigned c = qn_class(d->words, d->text.s, &d->tk, i);
	if (c & (QW_STOP | QW_ADV | QW_DET | QW_PRON))
		return 0;
	if (c & (QW_TITLE | QW_PREFIX))
		return 1;
	for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
		if (ends_with(d, i, ends[k]))
			return 1;
	return 0;
}

/* Tokens from e over role words to a capitalised word ("Obama consultant
 * Cornell Belcher"): its index, or 0 when the name at e ends the phrase. */
static size_t role_then_name(const qd_doc *d, size_t e)
{
	size_t r = e;
	while (r < d->tk.n && r - e < 3 && role_word(d, r))
		r++;
	return r > e && r < d->tk.n && (d->tk.t[r].flags & QF_CAP) &&
	       !(d->tk.t[r].flags & QF_INQUOTE) ? r : 0;
}

/* The roles given with a person's name: the title or role before it
 * ("Sen.", "former Pennsylvania governor", "billionaire"), and the head of
 * an appositive after it ("…, a retired neurosurgeon,"). */
static void note_roles(qd_doc *d, const qn_np *np, long ent)
{
	const qt_toks *tk = &d->tk;
	const char *doc = d->text.s;
	size_t h = np->ns;
	if (ent < 0 || d->k.e[ent].type != QN_PER)
		return;
	while (h > np->ms && tk->t[h - 1].kind == QT_PUNCT)
		h--;
	if (h > np->ms)
		qr_note(d->roles, doc, tk, np->ms, h - 1, ent, np->ns);
	else if (np->ms > 0 && tk->t[np->ms - 1].kind == QT_WORD &&
		 !(tk->t[np->ms - 1].flags & QF_CAP) &&
		 !(qn_class(d->words, doc, tk, np->ms - 1) & (QW_STOP | QW_DET | QW_ADV | QW_PRON)))
		qr_note(d->roles, doc, tk, np->ms - 1, np->ms - 1, ent, np->ns);
	size_t i = np->ne + 1, last = 0;
	if (i < tk->n && (qt_punct(doc, &tk->t[np->ne], ',') || qt_punct(doc, &tk->t[np->ne], '(')))
		qr_label(d->roles, doc, tk, i, ent, np->ns);
	if (i >= tk->n || !qt_punct(doc, &tk->t[np->ne], ','))
		return;
	if (qn_class(d->words, doc, tk, i) & QW_DET)
		i++;
	size_t from = i;
	for (; i < tk->n && i < np->ne + 10 && tk->t[i].kind == QT_WORD &&
	     !(qn_class(d->words, doc, tk, i) & (QW_STOP | QW_DET)); i++)
		last = i;
	if (last)
		qr_note(d->roles, doc, tk, from, last, ent, np->ns);
}

/* ", 35,": an age after the name at token e, which makes it a person
 * whatever the first name. */
static int aged(const qd_doc *d, size_t e)
{
	const qt_toks *tk = &d->tk;
	return e + 2 < tk->n && qt_punct(d->text.s, &tk->t[e], ',') &&
	       (tk->t[e + 1].flags & QF_DIGIT) && qt_len(&tk->t[e + 1]) <= 3 &&
	       (qt_punct(d->text.s, &tk->t[e + 2], ',') || (tk->t[e + 2].flags & QF_SENT_START));
}

/* "Rihanna, who was honoured …": a relative "who" after the name at
 * token e makes it a person. (A title's one-word name, "President Obama,
 * who", waits for its full name.) */
static int who_after(const qd_doc *d, size_t e)
{
	const qt_toks *tk = &d->tk;
	return e + 1 < tk->n && qt_punct(d->text.s, &tk->t[e], ',') &&
	       qt_is(d->text.s, &tk->t[e + 1], "who");
}

/* "His wife, Jane, …", "Trump's son, Eric,": a one-word name in commas
 * after a kin or role noun is a person; its gender (0 unknown) is the
 * noun's, else the first name's. */
static int kin_name(const qd_doc *d, const qn_np *np, int *gender)
{
	const qt_toks *tk = &d->tk;
	size_t s = np->ns;
	if (np->ne != s + 1 || s < 2 || np->ne >= tk->n || !qt_punct(d->text.s, &tk->t[s - 1], ',') ||
	    !qt_punct(d->text.s, &tk->t[np->ne], ','))
		return 0;
	unsigned c = qn_class(d->words, d->text.s, tk, s - 2);
	if (!(c & QW_KIN) || (tk->t[s - 2].flags & QF_CAP))
		return 0;
	*gender = qn_gender(c);
	if (!*gender)
		*gender = qn_gender(qn_class(d->words, d->text.s, tk, s));
	return 1;
}

/* "a Donald Trump supporter", "the Sanders campaign": does the name ending
 * before token e only modify the lower-case noun at e? */
static int modifies(const qd_doc *d, size_t e)
{
	return e < d->tk.n && d->tk.t[e].kind == QT_WORD && !(d->tk.t[e].flags & QF_CAP) &&
	       (qn_class(d->words, d->text.s, &d->tk, e) & QW_MODIFIED);
}

static int sent_type(qd_doc *d, const qn_np *np, int whole);
#define WHOLE_CONTEXT 4	/* tokens the tagger sees each side of a name */

/* Is the name np (text in tmp), with a known first name or not, a person
 * to remember: known already, or not the start of an organisation's name
 * and (without a first name) found whole as a person by the tagger? The
 * tagger, the slow part, runs last. */
static int person_name(qd_doc *d, const qn_np *np, const nf_buf *tmp, int first)
{
	if (qk_find(&d->k, tmp->s, tmp->n, QN_PER) >= 0)
		return first || !d->tagger || sent_type(d, np, 1) == QN_PER;
	/* "Sandy Hook" of "Sandy Hook Elementary School": a place */
	if (qo_names_org(&d->orgs, d->words, d->text.s, &d->tk, np->ns, np->ne))
		return 0;
	return first || (d->tagger && sent_type(d, np, 1) == QN_PER);
}

/* "the North American Free Trade Agreement", "the Bernie Sanders
 * presidential campaign": a name right after "the" names a thing or
 * modifies one, unless a title made it a person ("the Rev. Al Sharpton"). */
static int the_name(const qd_doc *d, const qn_np *np)
{
	return np->ns > 0 && !np->titled && qt_is(d->text.s, &d->tk.t[np->ns - 1], "the");
}

/* The name np, whose phrase starts at token from ("Former governor Ed
 * Rendell": from is "Former"). */
static void mention(qd_doc *d, const qn_np *np, size_t from, nf_buf *tmp)
{
	const qt_toks *tk = &d->tk;
	int cue, subj = subject_at(d, from, np->ne, &cue) || existential(d, from);
	/* "Donald Trump's continued appeal": a possessive name owns the noun
	 * after it, the cue-like word is no verb of its */
	if (qn_possessive(d->text.s, &tk->t[np->ne - 1]))
		cue = 0;
	/* "…, pointing out that the paper's Costa had reported": the subject
	 * of a clause inside a sentence that has one does not replace it; one
	 * right after "that" is reported, whoever reports it ("He said … and
	 * noted that Holloway himself has conceded": a pronoun subject) */
	if (!subj && cue && !(from > 0 && qt_is(d->text.s, &tk->t[from - 1], "that")))
		subj = !qk_subject_since(&d->k, qt_sent_start(&d->tk, np->ns, SENT_REACH), np->ns);
	add_span(tmp, d->text.s, tk, np->ns, np->ne);
	strip_possessive(tmp);
	int described = np->ne + 1 < tk->n && qt_punct(d->text.s, &tk->t[np->ne], ',') &&
			(qn_class(d->words, d->text.s, tk, np->ne + 1) & QW_DET);
	/* a first name of either gender ("Angel", "Jordan") is still one */
	int first = np->gender || (qn_class(d->words, d->text.s, tk, np->ns) &
				   (QW_GAZ_HE | QW_GAZ_SHE | QW_HE | QW_SHE));
	/* "a Donald Trump supporter": still named, for a later surname, but
	 * no antecedent for he or she */
	int mod = modifies(d, np->ne) || the_name(d, np);
	long old = mod ? qk_find(&d->k, tmp->s, tmp->n, np->type) : -1;
	size_t was = old >= 0 ? d->k.e[old].seen : 0;
	long f = -1;
	int kin;
	if (kin_name(d, np, &kin))
		f = name_ent(d, tmp, QN_PER, kin, np->ns, 0);
	else if (np->type == QN_PER && (aged(d, np->ne) || (who_after(d, np->ne) && !mod && !np->titled)))
		f = name_ent(d, tmp, QN_PER, np->gender, np->ns, 0);
	/* "spokesman Lu Kang", "supporter Scott Szlachta": after a role noun */
	else if (np->ne - np->ns >= 2 && np->type == QN_PER &&
		 (np->titled || described || cue || (np->ns > 0 && role_word(d, np->ns - 1)) ||
		  person_name(d, np, tmp, first)))
		f = name_ent(d, tmp, QN_PER, np->gender, np->ns, 0);
	else if (np->ne - np->ns == 1) {
		f = qk_touch(&d->k, tmp->s, tmp->n, np->ns);
		/* "In Washington, President Obama released …": a title makes
		 * a surname not named before a person (not the rest of a
		 * longer title or name: "Attorney General", "Justice Department") */
		unsigned c = qn_class(d->words, d->text.s, tk, np->ns);
		if (f < 0 && subj && np->titled && np->type == QN_PER &&
		    !(c & (QW_TITLE | QW_PREFIX | QW_ORG | QW_STOP)))
			f = name_ent(d, tmp, QN_PER, np->gender, np->ns, 0);
	}
	if (f >= 0 && mod) {
		d->k.e[f].seen = f == old ? was : 0;
		return;
	}
	if (f >= 0 && subj)
		qk_subject(&d->k, (size_t)f, np->ns);
	note_roles(d, np, f);
}

/* "Francois Hollande Says Donald Trump …": a capitalised present-tense
 * cue in a title-case headline ends the name before it. */
static int headline_verb(const qd_doc *d, size_t i)
{
	const qt_tok *t = &d->tk.t[i];
	const ql_val *v;
	return t->kind == QT_WORD && (t->flags & QF_CAP) && qt_ends(d->text.s, t, "s") &&
	       (v = ql_tokens(d->cues, d->text.s, &d->tk, i, 1)) != NULL &&
	       (v->bits & (QC_CLAUSE | QC_OBJECT));
}

/* Remember the people named up to token upto, for pronouns. */
static void scan_mentions(qd_doc *d, size_t upto, nf_buf *tmp)
{
	const qt_toks *tk = &d->tk;
	size_t from = 0, next = (size_t)-1;
	for (size_t i = d->scanned; i < upto; i++) {
		if (tk->t[i].kind != QT_WORD || !(tk->t[i].flags & QF_CAP) ||
		    (tk->t[i].flags & QF_INQUOTE) || headline_verb(d, i))
			continue;
		size_t e = i;	/* not over a sentence end: "on Hot Air. Trump" */
		while (e < tk->n && (tk->t[e].kind == QT_WORD || abbrev(d, e)) &&
		       (tk->t[e].flags & QF_CAP || abbrev(d, e)) &&
		       !(tk->t[e].flags & QF_INQUOTE) && !headline_verb(d, e) &&
		       (e == i || !(tk->t[e].flags & (QF_SENT_START | QF_PAR_START))))
			e++;
		if (i != next)
			from = i;
		/* "Though Trump was …": the name after an opening stop word */
		if (e > i + 1 && (tk->t[i].flags & QF_SENT_START) &&
		    (qn_class(d->words, d->text.s, tk, i) & (QW_STOP | QW_ADV)))
			i++;
		/* a name before a role only modifies the person after it */
		next = role_then_name(d, e);
		qn_np np;
		if (!next && qn_right(d->words, d->text.s, tk, i, e, &np) && np.kind == QN_NAME)
			mention(d, &np, from, tmp);
		i = e - 1;	/* e may start the next name */
	}
	if (upto > d->scanned)
		d->scanned = upto;
}

/* The tagger's type for the name np, from the sentence it is in; whole:
 * the tagger's name must cover np's. */
static int sent_type(qd_doc *d, const qn_np *np, int whole)
{
	const qt_toks *tk = &d->tk;
	size_t s = np->ns, z = np->ne;
	/* whole (is this name a person?) is asked of many names: the words
	 * near it decide, so the tagger sees no more than WHOLE_CONTEXT
	 * tokens each side */
	size_t reach = whole ? WHOLE_CONTEXT : 200;
	while (s > 0 && !(tk->t[s].flags & QF_SENT_START) && np->ns - s < reach)
		s--;
	while (z < tk->n && !(tk->t[z].flags & QF_SENT_START) && z - np->ne < reach)
		z++;
	uint32_t b = tk->t[s].s;
	return (whole ? qy_whole_type : qy_type)(d->tagger, d->text.s + b, tk->t[z - 1].e - b,
						   tk->t[np->ns].s - b, tk->t[np->ne - 1].e - b);
}

/* The tagger's type for a speaker's name, from the sentence it is in. */
static void tag_type(qd_doc *d, qk_ent *e, const qn_np *np)
{
	if (!d->tagger || e->tagged)
		return;
	int t = sent_type(d, np, 0);
	/* Only the output takes it: out of context the tagger often calls a
	 * speaking surname a place, which would hide it from he and she. */
	e->tagged = 1;
	e->ttype = np->titled || np->gender ? QN_PER : t;
}

/* Is the last word of e's name a word of tokens [s, end)? Not when it
 * only modifies a noun: a candidate speaks of "the Trump supporters". */
static int named_in(const qd_doc *d, const qk_ent *e, size_t s, size_t end)
{
	const char *last = strrchr(e->name, ' ');
	last = last ? last + 1 : e->name;
	size_t n = strlen(last);
	for (size_t i = s; i < end; i++) {
		const qt_tok *t = &d->tk.t[i];
		if (t->kind == QT_WORD && qt_len(t) >= n && !memcmp(d->text.s + t->s, last, n) &&
		    (qt_len(t) == n || d->text.s[t->s + n] == '\'' ||
		     (unsigned char)d->text.s[t->s + n] == 0xe2) && !modifies(d, i + 1))
			return 1;
	}
	return 0;
}

/* The capitalised words right after the cue, its object: "told Fox's
 * Chris Wallace", "said of Trump"; [*s, *e), empty when there are none. */
static void cue_object(const qd_doc *d, const item *it, size_t *s, size_t *e)
{
	static const char *const preps[] = {"of", "to", "about", NULL};
	const qt_toks *tk = &d->tk;
	size_t i = it->a.ce > it->a.np.me ? it->a.ce : it->a.np.me;
	if (i < tk->n && qt_in(d->text.s, &tk->t[i], preps))
		i++;
	*s = *e = i;
	while (*e < tk->n && *e - i < 5 && tk->t[*e].kind == QT_WORD &&
	       ((tk->t[*e].flags & QF_CAP) || qn_possessive(d->text.s, &tk->t[*e])) &&
	       !(tk->t[*e].flags & (QF_INQUOTE | QF_SENT_START)))
		(*e)++;
}

/* Can e not be the he or she of item it: named in the quotation ("'Smith
 * will lose,' he said") or the object of its cue ("he told Hannity")? */
static int not_self(const qd_doc *d, const item *it, const qk_ent *e)
{
	size_t os, oe;
	if (!it->a.cue)
		return named_in(d, e, it->s, it->e);
	cue_object(d, it, &os, &oe);
	return named_in(d, e, it->s, it->e) || named_in(d, e, os, oe);
}

#define NOT_SELF_TRIES 3

/* The person a he or she at pos refers to, passing over those it cannot
 * be; the first choice when there is no other. */
static long person_pronoun(qd_doc *d, const item *it, int gender, size_t pos)
{
	long hidden[NOT_SELF_TRIES], first = qk_pronoun(&d->k, QN_PER, gender, pos), f = first;
	int types[NOT_SELF_TRIES], n = 0;
	while (f >= 0 && not_self(d, it, &d->k.e[f])) {
		if (n == NOT_SELF_TRIES) {
			f = -1;
			break;
		}
		hidden[n] = f;
		types[n++] = d->k.e[f].type;
		d->k.e[f].type = QN_UNK;
		f = qk_pronoun(&d->k, QN_PER, gender, pos);
	}
	while (n > 0) {
		n--;
		d->k.e[hidden[n]].type = types[n];
	}
	return f >= 0 ? f : first;
}

static void resolve(qd_doc *d, item *it, nf_buf *tmp)
{
	const qn_np *np = &it->a.np;
	const char *doc = d->text.s;
	const qt_toks *tk = &d->tk;
	size_t pos = np->ms;
	scan_mentions(d, pos, tmp);
	if (np->kind == QN_NAME) {
		add_span(tmp, doc, tk, np->ns, np->ne);
		strip_possessive(tmp);
		it->ent = name_ent(d, tmp, np->type, np->gender, pos, 1);
		tag_type(d, &d->k.e[it->ent], np);
		note_roles(d, np, it->ent);
	} else if (np->kind == QN_PRON) {
		int they = qt_is(doc, &tk->t[np->ms], "they"), itp = qt_is(doc, &tk->t[np->ms], "it");
		if (qt_is(doc, &tk->t[np->ms], "he") || qt_is(doc, &tk->t[np->ms], "she"))
			it->ent = person_pronoun(d, it, np->gender, pos);
		else if (they || itp)
			it->ent = qk_pronoun(&d->k, QN_ORG, 0, pos);
		if (it->ent >= 0) {
			qk_ent *e = &d->k.e[it->ent];
			if (!e->gender)
				e->gender = np->gender;
			e->spoke = pos + 1;
			e->seen = pos;
		}
	} else if (np->kind == QN_NOMINAL && qt_is(doc, &tk->t[np->ms], "the")) {
		/* "the senator said": the salient person if ever given that
		 * role, else the one last given it; named lately, it speaks
		 * on for a later he or she */
		it->ent = qr_find(d->roles, doc, tk, np->ns, np->ne, np->ms,
				  qk_pronoun(&d->k, QN_PER, 0, pos));
		if (it->ent >= 0 && d->k.e[it->ent].seen <= pos &&
		    qk_near(&d->k, d->k.e[it->ent].seen, pos)) {
			d->k.e[it->ent].spoke = pos + 1;
			d->k.e[it->ent].seen = pos;
		}
	}
}

/* A quotation with no attribution at all, its own paragraph after others
 * about someone: the person last speaking or the subject of a recent
 * sentence, as for "he". Nothing is written, so the mention stays empty. */
static void salient_speaker(qd_doc *d, qd_out *o, const item *it)
{
	nf_buf tmp = {0};
	if (it->kind != QD_DIRECT)
		return;
	scan_mentions(d, it->s, &tmp);
	nf_buf_free(&tmp);
	long f = qk_pronoun(&d->k, QN_PER, 0, it->s);
	if (f < 0 || it->s - d->k.e[f].seen > SALIENT_REACH)
		return;
	nf_buf_adds(&o->speaker, d->k.e[f].name);
	o->type = type_name(d->k.e[f].ttype != QN_UNK ? d->k.e[f].ttype : d->k.e[f].type);
}

/* Does the relative clause at token i ("who said he …", "who spoke on
 * the condition of anonymity", "who was asked about …", "who declined to
 * comment") tell of the speaking itself? It says how the words were
 * given, not who the speaker is, so the mention stops before it. */
static int speech_relative(const qd_doc *d, size_t i)
{
	static const char *const aux[] = {"was", "were", "is", "has", "had", NULL};
	static const char *const verb[] = {"said", "says", "told", "tells", "spoke", "speaks",
					   "speaking", "talked", "requested", "asked",
					   "commented", NULL};
	static const char *const refuse[] = {"comment", "say", "speak", "be", NULL};
	const qt_toks *tk = &d->tk;
	const char *doc = d->text.s;
	if (i + 2 >= tk->n || !qt_is(doc, &tk->t[i], "who"))
		return 0;
	size_t v = i + 1;
	if (qt_in(doc, &tk->t[v], aux))
		v++;
	if (v + 2 < tk->n && qt_is(doc, &tk->t[v], "declined") && qt_is(doc, &tk->t[v + 1], "to"))
		return qt_in(doc, &tk->t[v + 2], refuse);
	return v < tk->n && qt_in(doc, &tk->t[v], verb);
}

/* "Doley, who held a fundraiser for him, said": a surname alone, the
 * subject of its cue, is a later mention of someone already introduced;
 * the aside between it and the verb is no part of the name. */
static int surname_aside(const qd_doc *d, const item *sp)
{
	const qn_np *np = &sp->a.np;
	const qt_toks *tk = &d->tk;
	return np->kind == QN_NAME && np->ms == np->ns && np->ne == np->ns + 1 &&
	       np->me > np->ne + 1 && sp->a.cue && np->me <= sp->a.cs &&
	       qt_punct(d->text.s, &tk->t[np->ne], ',') &&
	       (qt_is(d->text.s, &tk->t[np->ne + 1], "who") ||
		qt_is(d->text.s, &tk->t[np->ne + 1], "whose"));
}

/* Where the written mention of the speaker sp ends. */
static size_t mention_end(const qd_doc *d, const item *sp)
{
	const qn_np *np = &sp->a.np;
	size_t e = np->me;
	if (surname_aside(d, sp))
		return np->ne;
	for (size_t i = np->ms + 1; i < np->me; i++)
		if (!(d->tk.t[i].flags & QF_INQUOTE) && speech_relative(d, i)) {
			e = i;
			break;
		}
	if (e < np->me && qt_punct(d->text.s, &d->tk.t[e - 1], ','))
		e--;	/* the comma before the clause */
	return e;
}

static void fill(qd_doc *d, qd_out *o, const item *it, const item *sp)
{
	const char *doc = d->text.s;
	o->kind = it->kind;
	o->start = d->tk.t[it->s].s;
	add_span(&o->text, doc, &d->tk, it->s, it->e);
	if (it->kind != QD_INDIRECT)	/* keep the text as written */
		nf_buf_clear(&o->text), nf_buf_add(&o->text, doc + d->tk.t[it->s].s,
						   d->tk.t[it->e - 1].e - d->tk.t[it->s].s);
	nf_buf_clear(&o->speaker);
	nf_buf_clear(&o->mention);
	o->type = "";
	o->cue = "";
	if (!sp) {
		salient_speaker(d, o, it);
		return;
	}
	add_span(&o->mention, doc, &d->tk, sp->a.np.ms, mention_end(d, sp));
	if (sp->ent >= 0) {
		const qk_ent *e = &d->k.e[sp->ent];
		nf_buf_adds(&o->speaker, e->name);
		o->type = type_name(e->ttype != QN_UNK ? e->ttype : e->type);
	} else {
		nf_buf_add(&o->speaker, o->mention.s, o->mention.n);
	}
	if ((sp == it || it->parent >= 0) && sp->a.cue)
		o->cue = sp->a.cue->str;
}

static qd_out *next_out(qd_doc *d)
{
	if (d->nout == d->outcap) {
		size_t cap = d->outcap ? 2 * d->outcap : 16;
		d->out = nf_xrealloc(d->out, cap * sizeof *d->out);
		memset(d->out + d->outcap, 0, (cap - d->outcap) * sizeof *d->out);
		d->outcap = cap;
	}
	return &d->out[d->nout++];
}

/* Unquoted sentences begun before each token: how far back a speaker is. */
static uint32_t *narrative_clock(const qd_doc *d)
{
	uint32_t *clock = nf_xcalloc(d->tk.n + 1, sizeof *clock);
	for (size_t i = 0; i < d->tk.n; i++)
		clock[i + 1] = clock[i] + ((d->tk.t[i].flags & QF_SENT_START) &&
					   !(d->tk.t[i].flags & QF_INQUOTE));
	return clock;
}

void qd_speak(qd_doc *d)
{
	nf_buf tmp = {0};
	long *slot = nf_xcalloc(d->nit + 1, sizeof *slot);
	uint32_t *clock = narrative_clock(d);
	d->k.clock = clock;
	for (size_t i = 0; i < d->nit; i++) {
		item *it = &d->it[i];
		slot[i] = -1;
		if (it->drop)
			continue;
		if (it->has)
			resolve(d, it, &tmp);
		if (it->parent >= 0 && slot[it->parent] >= 0) {
			qd_out *o = &d->out[slot[it->parent]];
			nf_buf_addc(&o->text, ' ');
			nf_buf_add(&o->text, d->text.s + d->tk.t[it->s].s,
				   d->tk.t[it->e - 1].e - d->tk.t[it->s].s);
			continue;
		}
		const item *sp = it->has ? it : it->from >= 0 ? &d->it[it->from] : NULL;
		if (sp && !sp->has)
			sp = NULL;
		slot[i] = (long)d->nout;
		fill(d, next_out(d), it, sp);
	}
	d->k.clock = NULL;
	free(clock);
	free(slot);
	nf_buf_free(&tmp);
}
