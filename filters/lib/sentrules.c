/* sentrules.c — does this '.', '!', '?', '…', ')' or bullet end a sentence?
 *
 * A period ends one when white space (or the end) follows it, perhaps after
 * closing quotes and brackets, and the next word does not start in
 * lowercase — unless the token before it is an abbreviation. Abbreviations
 * come in classes (sentlex.h): titles never end a sentence; ambiguous ones
 * ("U.S.", "Co.", initials) end it only when the next word is one that
 * opens sentences ("The", "It"); "a.m." ends it unless a day or time zone
 * follows. "At 5 a.m. Mr. Smith went" is kept whole: a preposition and a
 * few words make a fragment, not a sentence. Inline lists and bullets are
 * sentlist.c. */
#include <string.h>

#include "sentchar.h"
#include "sentrules.h"

#define TOKEN_MAX 64		/* tokens longer than this are no abbreviation */

struct next {
	size_t word;		/* first letter of the next word */
	int kind;		/* K_* of that letter */
	int quote;		/* the word opens with a quotation mark */
	int bracket;		/* or with a bracket: "(AP)" */
	int initial;		/* a capital and a period: "A." */
	int is_i;		/* the pronoun "I", capitalised whatever it does */
	size_t wend;		/* end of its letters */
};

struct tok {
	size_t s;		/* start of the token before a period */
	unsigned lex;
	int acronym;		/* letters and periods: "K.C", "N.A.S.A" */
	int initial;		/* one capital: "E" */
};

size_t
sr_content(const struct scan *sc)
{
	return sc_skip_ws(sc->t, sc->n, sc->start, &(int){0});
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t
word_end(const char *t, size_t n, size_t i)
{
	size_t e = i;

	while (e < n && e - i < TOKEN_MAX && is_alpha(t[e]))
		e++;
	return e;
}

static size_t
apostrophe_len(const char *t, size_t n, size_t i)
{
	if (i < n && t[i] == '\'')
		return 1;
	if (i + 2 < n && (unsigned char)t[i] == 0xE2 &&
	    (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x99)
		return 3;
	return 0;
}

/* Classes of the word [a, e); a contraction ("Don't", "It’s") is looked up
 * whole, with a plain apostrophe. */
static unsigned
word_lex(const struct scan *sc, size_t a, size_t e)
{
	const char *t = sc->t;
	size_t q = apostrophe_len(t, sc->n, e), f;

	if (q && (f = word_end(t, sc->n, e + q)) > e + q &&
	    (e - a) + 1 + (f - e - q) <= LX_MAXKEY) {
		char key[LX_MAXKEY + 1];
		size_t m = e - a;

		memcpy(key, t + a, m);
		key[m++] = '\'';
		memcpy(key + m, t + e + q, f - e - q);
		return nf_lex_get(sc->sp->lex, key, m + (f - e - q));
	}
	return nf_lex_get(sc->sp->lex, t + a, e - a);
}

/* The word after white space from j, past opening quotes and brackets. */
static void
next_word(const struct scan *sc, size_t j, struct next *nx)
{
	const char *t = sc->t;
	size_t n = sc->n, k, e;

	memset(nx, 0, sizeof *nx);
	j = sc_skip_ws(t, n, j, &(int){0});
	for (; j < n; j += k) {
		if ((k = sc_quote_open_len(t, n, j)))
			nx->quote = 1;
		else if ((k = sc_bracket_open_len(t, n, j)))
			nx->bracket = 1;
		else
			break;
	}
	nx->word = j;
	nx->kind = sc_kind(t, n, j);
	e = nx->wend = word_end(t, n, j);
	nx->initial = e == j + 1 && nx->kind == K_UPPER && e < n && t[e] == '.';
	nx->is_i = e == j + 1 && t[j] == 'I';
}

/* Start of the token that ends at p: back to white space (at most
 * TOKEN_MAX bytes), then past opening quotes, brackets and bullets. */
static size_t
token_start(const struct scan *sc, size_t p)
{
	const char *t = sc->t;
	size_t ts = p, k;

	while (ts > 0 && p - ts <= TOKEN_MAX && !sc_ws_ends_at(t, ts))
		ts--;
	while (ts < p && ((k = sc_quote_open_len(t, sc->n, ts)) ||
			  (k = sc_bracket_open_len(t, sc->n, ts)) ||
			  (k = sc_bullet_len(t, sc->n, ts))))
		ts += k;
	return ts;
}

static int
is_acronym(const char *t, size_t s, size_t e)
{
	if (e - s < 3 || (e - s) % 2 == 0)
		return 0;
	for (size_t i = s; i < e; i += 2)
		if (!is_alpha(t[i]) || (i + 1 < e && t[i + 1] != '.'))
			return 0;
	return 1;
}

static void
token_before(const struct scan *sc, size_t p, struct tok *tk)
{
	const char *t = sc->t;

	tk->s = token_start(sc, p);
	tk->acronym = is_acronym(t, tk->s, p);
	tk->initial = p - tk->s == 1 && t[tk->s] >= 'A' && t[tk->s] <= 'Z';
	/* a capital letter is an initial, whatever "c." or "v." may be */
	tk->lex = tk->initial ? 0 : nf_lex_get(sc->sp->lex, t + tk->s, p - tk->s);
}

/* Is the sentence up to the token at ts a capitalised preposition and at
 * most two more words ("At 5")? Then "a.m." cannot end it. */
static int
fragment(const struct scan *sc, size_t ts)
{
	const char *t = sc->t;
	size_t i = sr_content(sc), e, words = 1, k;

	while (i < ts && (k = sc_quote_open_len(t, sc->n, i)))
		i += k;
	e = word_end(t, sc->n, i);
	if (e == i || sc_kind(t, sc->n, i) != K_UPPER || ts - i > TOKEN_MAX ||
	    !(nf_lex_get(sc->sp->lex, t + i, e - i) & LX_PREP))
		return 0;
	for (size_t j = e; j < ts; j++)
		if (sc_ws_len(t, sc->n, j) && !sc_ws_len(t, sc->n, j + 1))
			words++;
	return words <= 3;
}

/* A single period at p, closers (if closed) and white space after it. */
static int
period_ends(const struct scan *sc, size_t p, int closed, const struct next *nx)
{
	struct tok tk;

	if (nx->kind == K_END)
		return 1;
	if (nx->kind == K_LOWER)
		return 0;
	token_before(sc, p, &tk);
	if (tk.lex & (LX_TITLE | LX_NEVER))
		return 0;
	if (closed)
		return 1;
	if (nx->kind != K_UPPER || nx->bracket)	/* "No. 5", "Nev. (AP)" */
		return !(tk.lex & LX_ABBREV) && !tk.acronym && !tk.initial;
	if (tk.lex & LX_STATE)
		return !nx->initial && !(word_lex(sc, nx->word, nx->wend) & LX_TITLE);
	if (tk.lex & LX_TIME)
		return !(word_lex(sc, nx->word, nx->wend) & LX_AFTERTIME) &&
		       !fragment(sc, tk.s);
	if ((tk.lex & LX_NUMBER) || !((tk.lex & LX_FINAL) || tk.acronym || tk.initial))
		return 1;
	if (tk.initial && (nx->initial || tk.s == sr_content(sc)))
		return 0;		/* "J. R. Smith"; "Q. What …": a letter is no sentence */
	return (nx->quote || (word_lex(sc, nx->word, nx->wend) & LX_STARTER)) &&
	       !fragment(sc, tk.s);
}

/* Past closing quotes and brackets from j. */
static size_t
skip_closers(const struct scan *sc, size_t j)
{
	size_t k;

	while (j < sc->n && (k = sc_closer_len(sc->t, sc->n, j)))
		j += k;
	return j;
}

/* Dots from p: ".", "..", "...", ". . .", "…", "…."; *spaced when single
 * spaces separate them. Returns the end of the run. */
static size_t
dot_run(const struct scan *sc, size_t p, int *dots, int *spaced)
{
	const char *t = sc->t;
	size_t n = sc->n, j = p, k;

	*dots = *spaced = 0;
	for (;;) {
		if (j < n && t[j] == '.')
			*dots += 1, j++;
		else if ((k = sc_ellipsis_len(t, n, j)))
			*dots += 3, j += k;
		else
			break;
		if (j + 1 < n && t[j] == ' ' &&
		    (t[j + 1] == '.' || sc_ellipsis_len(t, n, j + 1)))
			*spaced = 1, j++;
	}
	return j;
}

/* An ellipsis of dots (>= 3) from p to e (after closers). Three dots mark
 * an omission inside a sentence unless a capitalised word follows; four
 * are an omission and a period. "word. . . . Next" is a period, then an
 * omission that opens the next sentence. */
static void
ellipsis(struct scan *sc, size_t p, size_t e, int dots, int spaced, int closed)
{
	struct next nx;
	int attached = p > 0 && !sc_ws_before(sc->t, p);

	next_word(sc, e, &nx);
	if (nx.kind == K_END || nx.kind == K_LOWER)
		return;
	if (dots >= 4 && attached && spaced && sc->t[p + 1] == ' ')
		sr_cut(sc, p + 1, p + 1);
	else if (dots >= 4 || (sr_content(sc) < p &&
				(closed || (nx.kind == K_UPPER && !nx.is_i))))
		sr_cut(sc, e, e);
}

/* "gone.The": a sentence glued to the next, as pages scraped without
 * their paragraph tags give. Only between plain words, so "ASP.NET",
 * "Maria.Lopez@example.org" and "Example.Com/news" stay whole. */
static int
glued(const struct scan *sc, size_t p)
{
	const char *t = sc->t;
	size_t n = sc->n, s = p, f = p + 1;

	while (s > 0 && p - s < TOKEN_MAX && is_alpha(t[s - 1]))
		s--;
	if (p - s < 3 || t[p - 1] < 'a' || token_start(sc, p) != s)
		return 0;
	if (f + 1 >= n || t[f] < 'A' || t[f] > 'Z' || t[f + 1] < 'a' || t[f + 1] > 'z')
		return 0;
	for (; f < n && f - p < TOKEN_MAX && !sc_ws_len(t, n, f); f++)
		if (strchr("@/:_=\\", t[f]) ||
		    (t[f] == '.' && f + 1 < n && !sc_ws_len(t, n, f + 1)))
			return 0;
	return 1;
}

/* "fell...Investors": an ellipsis glued to a capitalised word (not "I"). */
static int
glued_after_ellipsis(const struct scan *sc, size_t p, size_t e)
{
	const char *t = sc->t;

	return e + 1 < sc->n && t[e] >= 'A' && t[e] <= 'Z' &&
	       t[e + 1] >= 'a' && t[e + 1] <= 'z' && sr_content(sc) < p;
}

size_t
sr_period(struct scan *sc, size_t p)
{
	const char *t = sc->t;
	size_t j, e;
	int dots, spaced;
	struct next nx;

	if (t[p] == '.' && (j = sr_list_item(sc, p)))
		return j;
	j = dot_run(sc, p, &dots, &spaced);
	if (p > 0 && (t[p - 1] == '[' || t[p - 1] == '(') && j < sc->n &&
	    (t[j] == ']' || t[j] == ')'))
		return j + 1;		/* "[...]" marks an omission, never an end */
	e = skip_closers(sc, j);
	if (e < sc->n && !sc_ws_len(t, sc->n, e)) {
		if ((dots == 1 && e == p + 1 && glued(sc, p)) ||
		    (dots >= 3 && e == j && glued_after_ellipsis(sc, p, e)))
			sr_cut(sc, e, e);
		return e;		/* inside a token: "3.5", "U.S.-led", "Jr.'s" */
	}
	if (dots >= 3) {
		ellipsis(sc, p, e, dots, spaced, e > j);
		return e;
	}
	next_word(sc, e, &nx);
	if (period_ends(sc, p, e > j, &nx))
		sr_cut(sc, e, e);
	return e;
}

/* Do up to four capitalised words and then a verb of saying follow i
 * ('"Why?" Smith asked.')? A capitalised pronoun or article opens a new
 * sentence instead ('"Why?" She shrugged.'): it would be lowercase. */
static int
speech_follows(const struct scan *sc, size_t i)
{
	const char *t = sc->t;
	size_t n = sc->n;

	for (int w = 0; w < 5 && i < n; w++) {
		int kind = sc_kind(t, n, i);
		size_t e = word_end(t, n, i);

		if (kind == K_LOWER)
			return (nf_lex_get(sc->sp->lex, t + i, e - i) & LX_SPEECH) != 0;
		if (kind != K_UPPER || (w == 0 && (word_lex(sc, i, e) & LX_STARTER)))
			return 0;
		while (e < n && e - i < TOKEN_MAX && !sc_ws_len(t, n, e))
			e++;
		i = sc_skip_ws(t, n, e, &(int){0});
	}
	return 0;
}

size_t
sr_exclaim(struct scan *sc, size_t p)
{
	const char *t = sc->t;
	size_t n = sc->n, j = p, e, k;
	struct next nx;

	for (;;) {
		if (j < n && (t[j] == '!' || t[j] == '?' || t[j] == '.'))
			j++;
		else if ((k = sc_ellipsis_len(t, n, j)))
			j += k;
		else
			break;
	}
	e = skip_closers(sc, j);
	if (e < n && !sc_ws_len(t, n, e))
		return e;
	next_word(sc, e, &nx);
	if (nx.kind == K_LOWER)
		return e;
	if (e > j && nx.kind == K_UPPER && speech_follows(sc, nx.word))
		return e;
	sr_cut(sc, e, e);
	return e;
}
