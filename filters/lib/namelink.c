/* namelink.c — canonical names of the entities of one document.
 *
 * Every name (entity or mention) is described once: its comparison key
 * (lower case, tokens without a final '.'), first and last token, and the
 * initials an acronym would have. Lookups scan the newest entities with
 * those precomputed fields; entities merge by forwarding (fwd) to the one
 * that absorbed them, and every string handed out stays in the arena until
 * the reset. */
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "data.h"
#include "namelink.h"

NF_DATA(titles_txt);
NF_DATA(gaz_org_suffixes_txt);

#define MAXTOK 64		/* tokens of a name looked at; the rest is kept */
#define MAXTITLE 6
#define MAXACR 8
/* Lookups scan the newest entities only, so a huge document cannot make
 * every mention cost a pass over thousands of names. */
#define WINDOW 256
#define NONE SIZE_MAX

typedef struct {
	const char *s;
	size_t n;
} span;

typedef struct {
	span tok[MAXTITLE];	/* into the embedded blob */
	size_t ntok;
} phrase;

/* What lookups compare. Spans point into the described string. */
typedef struct {
	uint64_t hash;		/* of the key */
	size_t ntok;
	span first, last;	/* last: the surname, before Jr., III ... */
	char ini[2][MAXACR + 1];	/* initials without / with minor words */
	char acr[MAXACR + 1];	/* the letters, when the name is an acronym */
} desc;

typedef struct {
	char type[8];
	char *name;		/* canonical, in the arena */
	char *key;		/* comparison key, in the arena */
	desc d;
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
	nf_buf tmp;		/* the cleaned mention */
	nf_buf mkey, ekey;	/* keys of the mention, of a new entity name */
};

/* ---- words ---- */

/* A token without a final '.' (or ',': "Smith, Jr."). */
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

static bool
word_is(span a, const char *w)
{
	return word_eq(a, (span){ w, strlen(w) });
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
	return word_is(t, "Jr") || word_is(t, "Sr") || word_is(t, "II") ||
	       word_is(t, "III") || word_is(t, "IV");
}

static bool
is_minor_word(span t)
{
	static const char *const w[] = { "of", "the", "and", "for", "&", "de",
		"du", "des", "la", "le", "der", "und", "on", "in", "at", "to" };
	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (word_is(t, w[i]))
			return true;
	return false;
}

static bool
has_lower(const char *s)
{
	for (; *s; s++)
		if (islower((unsigned char)*s))
			return true;
	return false;
}

/* "IMF", "U.N.": 2 to 8 capital letters, maybe with dots. */
static void
acronym(span t, char *letters)
{
	size_t k = 0;
	for (size_t i = 0; i < t.n; i++) {
		if (t.s[i] == '.')
			continue;
		if (!isupper((unsigned char)t.s[i]) || k == MAXACR) {
			k = 0;
			break;
		}
		letters[k++] = t.s[i];
	}
	letters[k >= 2 ? k : 0] = '\0';
}

static void
initials(const span *tok, size_t ntok, bool with_minor, char *out)
{
	size_t k = 0;
	for (size_t i = 0; i < ntok; i++) {
		if (!with_minor && is_minor_word(tok[i]))
			continue;
		if (k == MAXACR) {
			k = 0;
			break;
		}
		out[k++] = (char)toupper((unsigned char)tok[i].s[0]);
	}
	out[k >= 2 ? k : 0] = '\0';
}

/* Describe tok[0..ntok) and write its key into key. */
static void
describe(const span *tok, size_t ntok, nf_buf *key, desc *d)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */
	nf_buf_clear(key);
	for (size_t i = 0; i < ntok; i++) {
		span b = bare(tok[i]);
		if (i)
			nf_buf_addc(key, ' ');
		for (size_t j = 0; j < b.n; j++)
			nf_buf_addc(key, (char)tolower((unsigned char)b.s[j]));
	}
	nf_buf_addc(key, '\0');
	key->n--;
	for (size_t i = 0; i < key->n; i++)
		h = (h ^ (unsigned char)key->s[i]) * 1099511628211ULL;
	d->hash = h;
	d->ntok = ntok;
	d->first = ntok ? tok[0] : (span){ "", 0 };
	size_t last = ntok;
	while (last > 1 && is_generation(tok[last - 1]))
		last--;
	d->last = ntok ? tok[last - 1] : (span){ "", 0 };
	initials(tok, ntok, false, d->ini[0]);
	initials(tok, ntok, true, d->ini[1]);
	d->acr[0] = '\0';
	if (ntok == 1)
		acronym(tok[0], d->acr);
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
	nf_buf_free(&l->mkey);
	nf_buf_free(&l->ekey);
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

/* Give entity e the name s[0..n): its own copy, key and description. */
static void
set_name(nf_linker *l, entity *e, const char *s, size_t n)
{
	span tok[MAXTOK];
	e->name = keep(l, s, n);
	size_t ntok = split(e->name, n, tok, MAXTOK);
	describe(tok, ntok, &l->ekey, &e->d);
	e->key = keep(l, l->ekey.s, l->ekey.n);
}

static size_t
new_entity(nf_linker *l, const char *type, span name)
{
	if (l->nent == l->capent) {
		l->capent = l->capent ? 2 * l->capent : 32;
		l->ent = nf_xrealloc(l->ent, l->capent * sizeof *l->ent);
	}
	entity *e = &l->ent[l->nent];
	snprintf(e->type, sizeof e->type, "%s", type);
	set_name(l, e, name.s, name.n);
	e->fwd = l->nent;
	e->used = 0;
	return l->nent++;
}

/* The mention being linked: its tokens, description and key. */
typedef struct {
	span tok[MAXTOK];
	size_t ntok;
	span name;		/* the whole cleaned name */
	desc d;
	const char *key;
} mention;

typedef bool (*match_fn)(const nf_linker *l, const entity *e, const mention *m);

/* The latest-used root among the entities of type that pred accepts (all
 * of them, or roots only), or NONE. */
static size_t
find(const nf_linker *l, const char *type, bool roots_only, match_fn pred,
     const mention *m)
{
	size_t best = NONE;
	for (size_t i = l->nent > WINDOW ? l->nent - WINDOW : 0; i < l->nent; i++) {
		const entity *e = &l->ent[i];
		if (strncmp(e->type, type, sizeof e->type - 1) != 0 ||
		    (roots_only && e->fwd != i) || !pred(l, e, m))
			continue;
		size_t r = root(l, i);
		if (best == NONE || l->ent[r].used > l->ent[best].used)
			best = r;
	}
	return best;
}

static bool
m_same(const nf_linker *l, const entity *e, const mention *m)
{
	(void)l;
	return e->d.hash == m->d.hash && strcmp(e->key, m->key) == 0;
}

static bool
m_surname(const nf_linker *l, const entity *e, const mention *m)
{
	(void)l;
	return e->d.ntok >= 2 && m->d.ntok == 1 && word_eq(e->d.last, m->d.first);
}

static bool
m_firstname(const nf_linker *l, const entity *e, const mention *m)
{
	(void)l;
	return e->d.ntok >= 2 && m->d.ntok == 1 && word_eq(e->d.first, m->d.first);
}

/* "Barack Obama" and "Barack Hussein Obama": same first and last name. */
static bool
m_first_last(const nf_linker *l, const entity *e, const mention *m)
{
	(void)l;
	return e->d.ntok >= 2 && m->d.ntok >= 2 &&
	       word_eq(e->d.first, m->d.first) && word_eq(e->d.last, m->d.last);
}

static bool
spells(const char *acr, const desc *d)
{
	return acr[0] && d->ntok >= 2 &&
	       (strcmp(acr, d->ini[0]) == 0 || strcmp(acr, d->ini[1]) == 0);
}

/* The mention is the acronym of the entity ("IMF"). */
static bool
m_acronym_of(const nf_linker *l, const entity *e, const mention *m)
{
	(void)l;
	return spells(m->d.acr, &e->d);
}

/* The entity is the acronym of the mention (it came first). */
static bool
m_acronym_for(const nf_linker *l, const entity *e, const mention *m)
{
	(void)l;
	return spells(e->d.acr, &m->d);
}

/* The entity is the mention's surname alone (it came first). */
static bool
m_lone_surname(const nf_linker *l, const entity *e, const mention *m)
{
	(void)l;
	return e->d.ntok == 1 && m->d.ntok >= 2 && word_eq(e->d.first, m->d.last);
}

/* One is the other plus company suffixes: "Acme" / "Acme Holdings Ltd". */
static bool
m_suffixed(const nf_linker *l, const entity *e, const mention *m)
{
	if (e->d.ntok == m->d.ntok || !word_eq(e->d.first, m->d.first))
		return false;
	span etok[MAXTOK];
	size_t en = split(e->name, strlen(e->name), etok, MAXTOK);
	const span *lng = en > m->ntok ? etok : m->tok;
	size_t nl = en > m->ntok ? en : m->ntok, ns = en > m->ntok ? m->ntok : en;
	for (size_t i = 1; i < ns; i++)
		if (!word_eq(etok[i], m->tok[i]))
			return false;
	for (size_t i = ns; i < nl;) {
		size_t k = phrase_at(l->suffixes, l->nsuffixes, lng + i, nl - i);
		if (!k)
			return false;
		i += k;
	}
	return true;
}

/* Make every root of type that pred accepts (but to) forward to to. */
static void
absorb(nf_linker *l, size_t to, const char *type, match_fn pred,
       const mention *m)
{
	for (size_t i = l->nent > WINDOW ? l->nent - WINDOW : 0; i < l->nent; i++) {
		entity *e = &l->ent[i];
		if (i != to && e->fwd == i && strcmp(e->type, type) == 0 &&
		    pred(l, e, m))
			e->fwd = to;
	}
}

/* The mention, cleaned into l->tmp: single spaces, no possessive, for PER
 * no titles; then tokens and description. */
static void
clean(nf_linker *l, const char *type, const char *s, size_t n, mention *m)
{
	nf_buf *b = &l->tmp;
	nf_buf_clear(b);
	for (size_t i = 0; i < n; i++) {
		bool sp = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
		if (!sp)
			nf_buf_addc(b, s[i]);
		else if (b->n && b->s[b->n - 1] != ' ')
			nf_buf_addc(b, ' ');
	}
	while (b->n && b->s[b->n - 1] == ' ')
		b->n--;
	/* possessive: 's, ’s (U+2019), or a bare ' after s */
	bool s_end = b->n > 2 && (b->s[b->n - 1] == 's' || b->s[b->n - 1] == 'S');
	if (s_end && b->s[b->n - 2] == '\'')
		b->n -= 2;
	else if (s_end && b->n > 4 && memcmp(b->s + b->n - 4, "\xE2\x80\x99", 3) == 0)
		b->n -= 4;
	else if (b->n > 2 && b->s[b->n - 1] == '\'' && b->s[b->n - 2] == 's')
		b->n -= 1;
	while (b->n && b->s[b->n - 1] == ' ')	/* tokenised: "Lord 's" */
		b->n--;
	nf_buf_addc(b, '\0');
	b->n--;

	m->ntok = split(b->s, b->n, m->tok, MAXTOK);
	if (strcmp(type, "PER") == 0) {
		size_t start = 0, k;
		while ((k = phrase_at(l->titles, l->ntitles, m->tok + start,
				      m->ntok - start)) && start + k < m->ntok)
			start += k;
		memmove(m->tok, m->tok + start, (m->ntok - start) * sizeof *m->tok);
		m->ntok -= start;
	}
	/* the name runs to the end (past MAXTOK tokens, if it has more) */
	m->name = m->ntok ? (span){ m->tok[0].s, (size_t)(b->s + b->n - m->tok[0].s) }
			  : (span){ "", 0 };
	describe(m->tok, m->ntok, &l->mkey, &m->d);
	m->key = l->mkey.s;
}

static size_t
link_per(nf_linker *l, const mention *m)
{
	size_t e = find(l, "PER", false, m_same, m);
	if (m->d.ntok == 1) {
		/* the latest person with this surname, else with this first name */
		size_t s = find(l, "PER", true, m_surname, m);
		if (s != NONE && (e == NONE || l->ent[s].used > l->ent[e].used))
			e = s;
		if (e == NONE)
			e = find(l, "PER", true, m_firstname, m);
	}
	if (e == NONE && m->d.ntok >= 2)
		e = find(l, "PER", true, m_first_last, m);
	if (e != NONE)
		return e;
	e = new_entity(l, "PER", m->name);
	absorb(l, e, "PER", m_lone_surname, m);
	return e;
}

static size_t
link_plain(nf_linker *l, const char *type, const mention *m)
{
	size_t e = find(l, type, false, m_same, m);
	return e != NONE ? e : new_entity(l, type, m->name);
}

static size_t
link_org(nf_linker *l, mention *m)
{
	size_t n = m->ntok;
	/* "Full Name (ACR)": the full name, and ACR as another name of it */
	if (n >= 3 && m->tok[n - 1].n >= 4 && m->tok[n - 1].s[0] == '(' &&
	    m->tok[n - 1].s[m->tok[n - 1].n - 1] == ')') {
		span acr = { m->tok[n - 1].s + 1, m->tok[n - 1].n - 2 };
		m->ntok--;
		m->name.n = (size_t)(m->tok[n - 2].s + m->tok[n - 2].n - m->name.s);
		describe(m->tok, m->ntok, &l->mkey, &m->d);
		m->key = l->mkey.s;
		size_t e = link_org(l, m);
		mention a = { .ntok = 1, .name = acr };
		a.tok[0] = acr;
		describe(a.tok, 1, &l->mkey, &a.d);
		a.key = l->mkey.s;
		if (find(l, "ORG", false, m_same, &a) == NONE) {
			size_t k = new_entity(l, "ORG", acr);
			l->ent[k].fwd = root(l, e);
		}
		return e;
	}
	size_t e = find(l, "ORG", false, m_same, m);
	if (e == NONE)
		e = find(l, "ORG", true, m_acronym_of, m);
	if (e == NONE)
		e = find(l, "ORG", true, m_suffixed, m);
	if (e != NONE) {
		if (m->d.ntok <= l->ent[e].d.ntok)
			return e;
		/* the longer name becomes the canonical one */
		size_t f = new_entity(l, "ORG", m->name);
		l->ent[e].fwd = f;
		return f;
	}
	e = new_entity(l, "ORG", m->name);
	absorb(l, e, "ORG", m_acronym_for, m);
	return e;
}

static bool
has_lower_span(span s)
{
	for (size_t i = 0; i < s.n; i++)
		if (islower((unsigned char)s.s[i]))
			return true;
	return false;
}

/* A name first seen in an all-caps headline ("DANIEL OKONKWO-REYES") takes
 * the case of a later mixed-case mention ("Okonkwo-Reyes"): its tokens as
 * written there, the others capitalised ("Daniel"). */
static void
recase(nf_linker *l, entity *r, const mention *m)
{
	nf_buf b = { 0 };
	span tok[MAXTOK];
	size_t n = strlen(r->name), ntok = split(r->name, n, tok, MAXTOK);
	for (size_t i = 0; i < ntok; i++) {
		size_t j = 0;
		while (j < m->ntok && !word_eq(tok[i], m->tok[j]))
			j++;
		if (i)
			nf_buf_addc(&b, ' ');
		if (j < m->ntok && m->tok[j].n == tok[i].n) {
			nf_buf_add(&b, m->tok[j].s, m->tok[j].n);
			continue;
		}
		for (size_t k = 0; k < tok[i].n; k++) {
			unsigned char c = (unsigned char)tok[i].s[k];
			bool word_start = k == 0 || !isalpha((unsigned char)tok[i].s[k - 1]);
			nf_buf_addc(&b, (char)(word_start ? c : tolower(c)));
		}
	}
	/* tokens past MAXTOK stay as they were */
	if (ntok)
		nf_buf_add(&b, tok[ntok - 1].s + tok[ntok - 1].n,
			   n - (size_t)(tok[ntok - 1].s + tok[ntok - 1].n - r->name));
	set_name(l, r, b.s ? b.s : "", b.n);
	nf_buf_free(&b);
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
nf_linker_add(nf_linker *l, const char *type, const char *text, size_t n)
{
	mention m;
	clean(l, type, text, n, &m);
	size_t e;
	if (strcmp(type, "PER") == 0)
		e = link_per(l, &m);
	else if (strcmp(type, "ORG") == 0)
		e = link_org(l, &m);
	else
		e = link_plain(l, type, &m);
	entity *r = &l->ent[root(l, e)];
	if (!has_lower(r->name) && has_lower_span(m.name))
		recase(l, r, &m);
	r->used = ++l->clock;
	add_mention(l, root(l, e));
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
