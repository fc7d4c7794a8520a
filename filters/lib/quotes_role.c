/* quotes_role.c — role nouns of the people of one document. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "data.h"
#include "quotes_role.h"

NF_DATA(role_words_txt);
NF_DATA(party_states_txt);

#define WORDMAX 24	/* longer words are no role nouns */
#define KEEP 4096	/* role notes kept per document (the newest) */
#define MODS 3		/* capitalised modifiers kept with a role */

typedef struct {
	char w[WORDMAX];
	char mod[MODS][WORDMAX];	/* "ohio" of "Ohio Gov." */
	long ent;
	size_t pos;
} note;

struct qr_roles {
	ql_lex *abbr;		/* "sen" -> "senator" */
	note *n;
	size_t len, cap;
};

qr_roles *qr_new(void)
{
	qr_roles *r = nf_xcalloc(1, sizeof *r);
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	nf_blob b = NF_BLOB(role_words_txt);
	size_t pos = 0, len;
	const char *line;
	r->abbr = ql_new(64);
	while (nf_blob_line(&b, &pos, &line, &len)) {
		const char *sp = memchr(line, ' ', len);
		if (sp)
			ql_add(r->abbr, line, (size_t)(sp - line), 1, sp + 1,
			       (size_t)(line + len - sp - 1));
	}
	return r;
}

void qr_free(qr_roles *r)
{
	if (!r)
		return;
	ql_free(r->abbr);
	free(r->n);
	free(r);
}

void qr_reset(qr_roles *r)
{
	r->len = 0;
}

/* The lower-case word of token t, its trailing full stop and a possessive
 * dropped; 0 when it is no candidate role noun. */
static size_t lower_word(const char *doc, const qt_tok *t, char *out)
{
	size_t n = 0;
	if (t->kind != QT_WORD || (t->flags & QF_DIGIT) || qt_len(t) >= WORDMAX)
		return 0;
	for (uint32_t b = t->s; b < t->e; b++) {
		unsigned char c = (unsigned char)doc[b];
		if (c == '\'' || c >= 0x80)
			break;	/* "senator's" */
		out[n++] = (char)tolower(c);
	}
	out[n] = '\0';
	return n > 1 ? n : 0;
}

/* Token i's word as a role noun, abbreviations expanded; 0 when none. */
static size_t role_word(const qr_roles *r, const char *doc, const qt_tok *t, char *w)
{
	size_t n = lower_word(doc, t, w);
	const ql_val *v = n ? ql_get(r->abbr, w, n) : NULL;
	if (v && v->str && strlen(v->str) < WORDMAX) {
		strcpy(w, v->str);
		n = strlen(w);
	}
	return n;
}

/* A new note of role w (lower case, shorter than WORDMAX). */
static note *add_note(qr_roles *r, const char *w, long ent, size_t pos)
{
	if (r->len == r->cap) {
		if (r->cap >= KEEP) {	/* drop the older half */
			memmove(r->n, r->n + KEEP / 2, (KEEP / 2) * sizeof *r->n);
			r->len = KEEP / 2;
		} else {
			r->cap = r->cap ? 2 * r->cap : 64;
			r->n = nf_xrealloc(r->n, r->cap * sizeof *r->n);
		}
	}
	note *o = &r->n[r->len++];
	memset(o, 0, sizeof *o);
	memcpy(o->w, w, strlen(w) + 1);
	o->ent = ent;
	o->pos = pos;
	return o;
}

void qr_note(qr_roles *r, const char *doc, const qt_toks *tk, size_t s, size_t i,
	     long ent, size_t pos)
{
	char w[WORDMAX];
	if (ent < 0 || !role_word(r, doc, &tk->t[i], w))
		return;
	note *o = add_note(r, w, ent, pos);
	for (size_t k = s, m = 0; k < i && m < MODS; k++)
		if ((tk->t[k].flags & QF_CAP) && lower_word(doc, &tk->t[k], o->mod[m]))
			m++;
}

#define LABEL_MAX 12	/* bytes of "R-W.Va." */

/* The words of the state name [s, s + len) as modifiers of note o, in its
 * free slots. */
static void add_state(note *o, const char *s, size_t len)
{
	size_t m = 0;
	while (m < MODS && o->mod[m][0])
		m++;
	for (const char *p = s, *e = s + len; p < e && m < MODS;) {
		const char *sp = memchr(p, ' ', (size_t)(e - p));
		size_t n = (size_t)((sp ? sp : e) - p);
		if (n && n < WORDMAX) {
			memcpy(o->mod[m], p, n);
			o->mod[m++][n] = '\0';
		}
		p += n + (sp != NULL);
	}
}

void qr_label(qr_roles *r, const char *doc, const qt_toks *tk, size_t k, long ent,
	      size_t pos)
{
	if (ent < 0 || k >= tk->n)
		return;
	const char *p = doc + tk->t[k].s;
	if ((p[0] != 'R' && p[0] != 'D' && p[0] != 'I') || p[1] != '-')
		return;
	/* the label's tokens, written together up to its ")" or "," */
	uint32_t end = tk->t[k].e;
	for (size_t j = k + 1; j < tk->n && !(tk->t[j].flags & QF_SPACE_BEFORE) &&
	     !qt_punct(doc, &tk->t[j], ')') && !qt_punct(doc, &tk->t[j], ','); j++)
		end = tk->t[j].e;
	size_t n = end - tk->t[k].s;
	if (n > LABEL_MAX || n <= 2)
		return;
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	nf_blob b = NF_BLOB(party_states_txt);
	size_t at = 0, len;
	const char *line;
	while (nf_blob_line(&b, &at, &line, &len)) {
		/* AP <TAB> postal <TAB> name; labels are rare, so no index */
		const char *t1 = memchr(line, '\t', len);
		const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(line + len - t1 - 1)) : NULL;
		if (!t2)
			continue;
		size_t ap = (size_t)(t1 - line), postal = (size_t)(t2 - t1 - 1);
		if ((ap != n - 2 || memcmp(line, p + 2, ap)) &&
		    (postal != n - 2 || memcmp(t1 + 1, p + 2, postal)))
			continue;
		/* "Sen. Ann Roe (R-Fla.)": the Florida senator */
		for (size_t j = r->len; j > 0 && r->n[j - 1].pos == pos; j--)
			if (r->n[j - 1].ent == ent)
				add_state(&r->n[j - 1], t2 + 1, (size_t)(line + len - t2 - 1));
		return;
	}
}

static int has_mod(const note *o, const char *w)
{
	for (size_t m = 0; m < MODS; m++)
		if (!strcmp(o->mod[m], w))
			return 1;
	return 0;
}

/* Modifiers that make another role: a vice president is no president. */
static int other_role(const char *w)
{
	static const char *const m[] = {"vice", "deputy", "assistant", "associate",
					"lieutenant", "under", "acting", "press"};
	for (size_t k = 0; k < sizeof m / sizeof *m; k++)
		if (!strcmp(w, m[k]))
			return 1;
	return 0;
}

/* Does note o have every capitalised modifier of tokens [s, e), and the
 * description every role-changing modifier of o? */
static int fits(const note *o, const char *doc, const qt_toks *tk, size_t s, size_t e)
{
	char w[WORDMAX];
	for (size_t k = s; k < e; k++)
		if ((tk->t[k].flags & QF_CAP) && lower_word(doc, &tk->t[k], w) && !has_mod(o, w))
			return 0;
	for (size_t m = 0; m < MODS; m++) {
		size_t k = s;
		if (!other_role(o->mod[m]))
			continue;
		while (k < e && !(lower_word(doc, &tk->t[k], w) && !strcmp(w, o->mod[m])))
			k++;
		if (k == e)
			return 0;
	}
	return 1;
}

long qr_find(const qr_roles *r, const char *doc, const qt_toks *tk, size_t s, size_t e,
	     size_t pos, long prefer)
{
	char w[WORDMAX];
	long last = -1;
	if (e <= s || !role_word(r, doc, &tk->t[e - 1], w))
		return -1;
	for (size_t i = r->len; i > 0; i--) {
		const note *o = &r->n[i - 1];
		if (o->pos < pos && !strcmp(o->w, w) && fits(o, doc, tk, s, e - 1)) {
			if (o->ent == prefer || prefer < 0)
				return o->ent;
			if (last < 0)
				last = o->ent;
		}
	}
	return last;
}
