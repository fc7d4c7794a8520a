/* namelink.c — canonical names of the entities of one document.
 *
 * A document has few entities (tens), so every lookup is a linear scan;
 * entities merge by forwarding (fwd) to the one that absorbed them, and
 * every string handed out stays in the arena until the reset. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "data.h"
#include "namelink.h"

NF_DATA(titles_txt);
NF_DATA(gaz_org_suffixes_txt);

#define MAXTOK 64		/* tokens of a name looked at; the rest is kept */
#define MAXTITLE 6

typedef struct {
	const char *s;
	size_t n;
} span;

typedef struct {
	span tok[MAXTITLE];	/* into the embedded blob */
	size_t ntok;
} phrase;

typedef struct {
	char type[8];
	char *name;		/* canonical, in the arena */
	size_t fwd;		/* the entity this one merged into, or itself */
	size_t used;		/* clock of the last mention: latest wins */
} entity;

struct nf_linker {
	entity *ent;
	size_t nent, capent;
	size_t *ment;		/* entity of each mention */
	size_t nment, capment;
	char **arena;
	size_t narena, caparena;
	size_t clock;
	phrase *titles, *suffixes;
	size_t ntitles, nsuffixes;
	nf_buf tmp;
};

/* ---- words ---- */

/* A token without a final '.' (and ',' after a name: "Smith, Jr."). */
static span
bare(span t)
{
	while (t.n > 1 && (t.s[t.n - 1] == '.' || t.s[t.n - 1] == ','))
		t.n--;
	return t;
}

static bool
word_eq(span a, span b)
{
	a = bare(a);
	b = bare(b);
	if (a.n != b.n)
		return false;
	for (size_t i = 0; i < a.n; i++)
		if (tolower((unsigned char)a.s[i]) != tolower((unsigned char)b.s[i]))
			return false;
	return true;
}

static size_t
split(const char *s, size_t n, span *tok, size_t max)
{
	size_t k = 0, i = 0;
	while (i < n && k < max) {
		while (i < n && s[i] == ' ')
			i++;
		size_t j = i;
		while (j < n && s[j] != ' ')
			j++;
		if (j > i) {
			tok[k].s = s + i;
			tok[k].n = j - i;
			k++;
		}
		i = j;
	}
	return k;
}

/* Phrases (one per line) of an embedded list. */
static phrase *
load_phrases(nf_blob b, size_t *count)
{
	phrase *p = NULL;
	size_t n = 0, pos = 0, len;
	const char *line;
	while (nf_blob_line(&b, &pos, &line, &len)) {
		p = nf_xrealloc(p, (n + 1) * sizeof *p);
		p[n].ntok = split(line, len, p[n].tok, MAXTITLE);
		n++;
	}
	*count = n;
	return p;
}

/* Longest phrase of the list that matches tok[0..], in tokens; 0 if none. */
static size_t
phrase_at(const phrase *list, size_t nlist, const span *tok, size_t ntok)
{
	size_t best = 0;
	for (size_t i = 0; i < nlist; i++) {
		size_t k = list[i].ntok;
		if (k <= best || k > ntok)
			continue;
		size_t j = 0;
		while (j < k && word_eq(list[i].tok[j], tok[j]))
			j++;
		if (j == k)
			best = k;
	}
	return best;
}

static bool
is_generation(span t)
{
	static const char *const gen[] = { "Jr", "Sr", "II", "III", "IV" };
	for (size_t i = 0; i < sizeof gen / sizeof *gen; i++)
		if (word_eq(t, (span){ gen[i], strlen(gen[i]) }))
			return true;
	return false;
}

/* The surname: the last token that is not Jr., Sr., III ... */
static span
surname(const span *tok, size_t ntok)
{
	size_t i = ntok;
	while (i > 1 && is_generation(tok[i - 1]))
		i--;
	return tok[i - 1];
}

static bool
has_lower(const char *s)
{
	for (; *s; s++)
		if (islower((unsigned char)*s))
			return true;
	return false;
}

/* "IMF", "U.N.": 2 to 8 capital letters, maybe with dots. Into letters. */
static bool
acronym(span t, char *letters)
{
	size_t k = 0;
	for (size_t i = 0; i < t.n; i++) {
		if (t.s[i] == '.')
			continue;
		if (!isupper((unsigned char)t.s[i]) || k == 8)
			return false;
		letters[k++] = t.s[i];
	}
	letters[k] = '\0';
	return k >= 2;
}

static bool
is_minor_word(span t)
{
	static const char *const w[] = { "of", "the", "and", "for", "&", "de",
		"du", "des", "la", "le", "der", "und", "on", "in", "at", "to" };
	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (word_eq(t, (span){ w[i], strlen(w[i]) }))
			return true;
	return false;
}

/* Does letters spell the initials of tok (with or without minor words)? */
static bool
initials_match(const char *letters, const span *tok, size_t ntok)
{
	for (int with_minor = 0; with_minor < 2; with_minor++) {
		size_t k = 0;
		bool ok = true;
		for (size_t i = 0; i < ntok && ok; i++) {
			if (!with_minor && is_minor_word(tok[i]))
				continue;
			ok = letters[k] &&
			     toupper((unsigned char)tok[i].s[0]) == letters[k];
			k++;
		}
		if (ok && letters[k] == '\0' && k >= 2)
			return true;
	}
	return false;
}

/* ---- the linker ---- */

nf_linker *
nf_linker_new(void)
{
	nf_linker *l = nf_xcalloc(1, sizeof *l);
	l->titles = load_phrases(NF_BLOB(titles_txt), &l->ntitles);
	l->suffixes = load_phrases(NF_BLOB(gaz_org_suffixes_txt), &l->nsuffixes);
	return l;
}

void
nf_linker_reset(nf_linker *l)
{
	for (size_t i = 0; i < l->narena; i++)
		free(l->arena[i]);
	l->narena = l->nent = l->nment = 0;
	l->clock = 0;
}

void
nf_linker_free(nf_linker *l)
{
	if (!l)
		return;
	nf_linker_reset(l);
	free(l->arena);
	free(l->ent);
	free(l->ment);
	free(l->titles);
	free(l->suffixes);
	nf_buf_free(&l->tmp);
	free(l);
}

static char *
keep(nf_linker *l, const char *s, size_t n)
{
	if (l->narena == l->caparena) {
		l->caparena = l->caparena ? 2 * l->caparena : 32;
		l->arena = nf_xrealloc(l->arena, l->caparena * sizeof *l->arena);
	}
	return l->arena[l->narena++] = nf_xstrndup(s, n);
}

static size_t
root(const nf_linker *l, size_t e)
{
	while (l->ent[e].fwd != e)
		e = l->ent[e].fwd;
	return e;
}

static size_t
new_entity(nf_linker *l, const char *type, const char *name, size_t n)
{
	if (l->nent == l->capent) {
		l->capent = l->capent ? 2 * l->capent : 32;
		l->ent = nf_xrealloc(l->ent, l->capent * sizeof *l->ent);
	}
	entity *e = &l->ent[l->nent];
	snprintf(e->type, sizeof e->type, "%s", type);
	e->name = keep(l, name, n);
	e->fwd = l->nent;
	e->used = 0;
	return l->nent++;
}

static bool
same_type(const entity *e, const char *type)
{
	return strncmp(e->type, type, sizeof e->type - 1) == 0;
}

/* Tokens of an entity's name. */
static size_t
name_tokens(const entity *e, span *tok)
{
	return split(e->name, strlen(e->name), tok, MAXTOK);
}

static bool
tokens_eq(const span *a, size_t na, const span *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (!word_eq(a[i], b[i]))
			return false;
	return true;
}

/* Latest-used root entity of type that pred accepts, or SIZE_MAX. */
typedef bool (*match_fn)(const nf_linker *l, const span *etok, size_t en,
			 const span *tok, size_t n);

static size_t
find(nf_linker *l, const char *type, bool roots_only, match_fn pred,
     const span *tok, size_t n)
{
	size_t best = (size_t)-1;
	span etok[MAXTOK];
	for (size_t i = 0; i < l->nent; i++) {
		const entity *e = &l->ent[i];
		if (!same_type(e, type) || (roots_only && e->fwd != i))
			continue;
		size_t en = name_tokens(e, etok);
		if (!pred(l, etok, en, tok, n))
			continue;
		size_t r = root(l, i);
		if (best == (size_t)-1 || l->ent[r].used > l->ent[best].used)
			best = r;
	}
	return best;
}

static bool
m_same(const nf_linker *l, const span *et, size_t en, const span *t, size_t n)
{
	(void)l;
	return tokens_eq(et, en, t, n);
}

static bool
m_surname(const nf_linker *l, const span *et, size_t en, const span *t, size_t n)
{
	(void)l;
	return en >= 2 && n == 1 && word_eq(surname(et, en), t[0]);
}

static bool
m_firstname(const nf_linker *l, const span *et, size_t en, const span *t, size_t n)
{
	(void)l;
	return en >= 2 && n == 1 && word_eq(et[0], t[0]);
}

/* "Barack Obama" and "Barack Hussein Obama": same first and last name. */
static bool
m_first_last(const nf_linker *l, const span *et, size_t en, const span *t, size_t n)
{
	(void)l;
	return en >= 2 && n >= 2 && word_eq(et[0], t[0]) &&
	       word_eq(surname(et, en), surname(t, n));
}

static bool
m_acronym_of(const nf_linker *l, const span *et, size_t en, const span *t, size_t n)
{
	char letters[9];
	(void)l;
	return n == 1 && en >= 2 && acronym(t[0], letters) &&
	       initials_match(letters, et, en);
}

/* One is the other plus company suffixes: "Acme" / "Acme Holdings Ltd". */
static bool
m_suffixed(const nf_linker *l, const span *et, size_t en, const span *t, size_t n)
{
	const span *lng = en > n ? et : t;
	size_t nl = en > n ? en : n, ns = en > n ? n : en;
	if (ns == 0 || ns == nl || !tokens_eq(et, ns, t, ns))
		return false;
	for (size_t i = ns; i < nl;) {
		size_t k = phrase_at(l->suffixes, l->nsuffixes, lng + i, nl - i);
		if (!k)
			return false;
		i += k;
	}
	return true;
}

/* Make every root of type that pred accepts forward to entity to. */
static void
absorb(nf_linker *l, size_t to, const char *type, match_fn pred,
       const span *tok, size_t n)
{
	span etok[MAXTOK];
	for (size_t i = 0; i < l->nent; i++) {
		entity *e = &l->ent[i];
		if (i == to || e->fwd != i || !same_type(e, type))
			continue;
		size_t en = name_tokens(e, etok);
		if (pred(l, tok, n, etok, en))
			e->fwd = to;
	}
}

/* The mention, cleaned: single spaces, no possessive, for PER no titles. */
static void
clean(nf_linker *l, const char *type, const char *m, size_t n, span *tok,
      size_t *ntok)
{
	nf_buf *b = &l->tmp;
	nf_buf_clear(b);
	for (size_t i = 0; i < n; i++) {
		bool sp = m[i] == ' ' || m[i] == '\t' || m[i] == '\n' || m[i] == '\r';
		if (!sp)
			nf_buf_addc(b, m[i]);
		else if (b->n && b->s[b->n - 1] != ' ')
			nf_buf_addc(b, ' ');
	}
	while (b->n && b->s[b->n - 1] == ' ')
		b->n--;
	/* possessive: 's, ’s (U+2019), or a bare ' after s */
	if (b->n > 2 && (b->s[b->n - 1] == 's' || b->s[b->n - 1] == 'S') &&
	    b->s[b->n - 2] == '\'')
		b->n -= 2;
	else if (b->n > 4 && (b->s[b->n - 1] == 's' || b->s[b->n - 1] == 'S') &&
		 memcmp(b->s + b->n - 4, "\xE2\x80\x99", 3) == 0)
		b->n -= 4;
	else if (b->n > 2 && b->s[b->n - 1] == '\'' && b->s[b->n - 2] == 's')
		b->n -= 1;
	nf_buf_addc(b, '\0');
	b->n--;

	*ntok = split(b->s, b->n, tok, MAXTOK);
	if (strcmp(type, "PER") != 0)
		return;
	size_t start = 0, k;
	while (start < *ntok &&
	       (k = phrase_at(l->titles, l->ntitles, tok + start, *ntok - start)) &&
	       start + k < *ntok)
		start += k;
	memmove(tok, tok + start, (*ntok - start) * sizeof *tok);
	*ntok -= start;
}

/* The cleaned name as one string (it may have had more than MAXTOK tokens:
 * then it runs to the end of the cleaned text). */
static span
joined(const nf_linker *l, const span *tok, size_t ntok)
{
	if (ntok == 0)
		return (span){ "", 0 };
	const char *end = l->tmp.s + l->tmp.n;
	return (span){ tok[0].s, (size_t)(end - tok[0].s) };
}

static size_t
link_per(nf_linker *l, const span *tok, size_t n, span name)
{
	size_t e = find(l, "PER", false, m_same, tok, n);
	if (n == 1) {
		/* the latest person with this surname, else with this first name */
		size_t s = find(l, "PER", true, m_surname, tok, n);
		if (s != (size_t)-1 &&
		    (e == (size_t)-1 || l->ent[s].used > l->ent[e].used))
			e = s;
		if (e == (size_t)-1)
			e = find(l, "PER", true, m_firstname, tok, n);
	}
	if (e == (size_t)-1 && n >= 2)
		e = find(l, "PER", true, m_first_last, tok, n);
	if (e != (size_t)-1)
		return e;
	e = new_entity(l, "PER", name.s, name.n);
	if (n >= 2) {
		/* an earlier lone surname was this person */
		span last = surname(tok, n);
		absorb(l, e, "PER", m_same, &last, 1);
	}
	return e;
}

static size_t link_plain(nf_linker *l, const char *type, const span *tok,
			 size_t n, span name);

static size_t
link_org(nf_linker *l, const span *tok, size_t n, span name)
{
	/* "Full Name (ACR)": the full name, and ACR as another name of it */
	if (n >= 3 && tok[n - 1].n >= 4 && tok[n - 1].s[0] == '(' &&
	    tok[n - 1].s[tok[n - 1].n - 1] == ')') {
		span acr = { tok[n - 1].s + 1, tok[n - 1].n - 2 };
		span full = { name.s, (size_t)(tok[n - 2].s + tok[n - 2].n - name.s) };
		size_t e = link_org(l, tok, n - 1, full);
		if (find(l, "ORG", false, m_same, &acr, 1) == (size_t)-1) {
			size_t a = new_entity(l, "ORG", acr.s, acr.n);
			l->ent[a].fwd = root(l, e);
		}
		return e;
	}
	size_t e = find(l, "ORG", false, m_same, tok, n);
	if (e == (size_t)-1)
		e = find(l, "ORG", true, m_acronym_of, tok, n);
	if (e == (size_t)-1)
		e = find(l, "ORG", true, m_suffixed, tok, n);
	if (e != (size_t)-1) {
		span etok[MAXTOK];
		size_t en = name_tokens(&l->ent[e], etok);
		if (n <= en)
			return e;
		/* the longer name becomes the canonical one */
		size_t f = new_entity(l, "ORG", name.s, name.n);
		l->ent[e].fwd = f;
		return f;
	}
	e = link_plain(l, "ORG", tok, n, name);
	if (n >= 2)
		absorb(l, e, "ORG", m_acronym_of, tok, n);
	return e;
}

static size_t
link_plain(nf_linker *l, const char *type, const span *tok, size_t n, span name)
{
	size_t e = find(l, type, false, m_same, tok, n);
	if (e == (size_t)-1)
		e = new_entity(l, type, name.s, name.n);
	return e;
}

static void
add_mention(nf_linker *l, size_t e)
{
	if (l->nment == l->capment) {
		l->capment = l->capment ? 2 * l->capment : 64;
		l->ment = nf_xrealloc(l->ment, l->capment * sizeof *l->ment);
	}
	l->ment[l->nment++] = e;
}

const char *
nf_linker_add(nf_linker *l, const char *type, const char *mention, size_t n)
{
	span tok[MAXTOK];
	size_t ntok;

	clean(l, type, mention, n, tok, &ntok);
	span name = joined(l, tok, ntok);
	size_t e;
	if (strcmp(type, "PER") == 0)
		e = link_per(l, tok, ntok, name);
	else if (strcmp(type, "ORG") == 0)
		e = link_org(l, tok, ntok, name);
	else
		e = link_plain(l, type, tok, ntok, name);
	e = root(l, e);
	entity *r = &l->ent[e];
	/* prefer "Daniel Okonkwo-Reyes" to a headline's "DANIEL OKONKWO-REYES" */
	if (!has_lower(r->name) && name.n == strlen(r->name) &&
	    strncasecmp(r->name, name.s, name.n) == 0) {
		char *s = keep(l, name.s, name.n);
		if (has_lower(s))
			r->name = s;
	}
	r->used = ++l->clock;
	add_mention(l, e);
	return r->name;
}

size_t
nf_linker_count(const nf_linker *l)
{
	return l->nment;
}

const char *
nf_linker_resolve(const nf_linker *l, size_t i)
{
	return i < l->nment ? l->ent[root(l, l->ment[i])].name : NULL;
}
