/* quotes_link.c — per-document entity memory. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "quotes_link.h"
#include "quotes_name.h"

/* Only the newest entities are searched, so that a document naming
 * thousands of people stays linear. */
#define WINDOW 512

static size_t first(const qk_doc *k)
{
	return k->n > WINDOW ? k->n - WINDOW : 0;
}

/* Narrative sentences in which a speaker or subject beats a mere mention. */
#define SPEAKER_REACH 3

void qk_reset(qk_doc *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->e[i].name);
	k->n = 0;
}

void qk_free(qk_doc *k)
{
	qk_reset(k);
	free(k->e);
	k->e = NULL;
	k->cap = 0;
}

/* Does the multi-word name of e end (or begin) with the single word w? */
static int has_word(const qk_ent *e, const char *w, size_t n)
{
	if (!e->first)
		return 0;
	if (e->len - e->last == n && !memcmp(e->name + e->last, w, n))
		return 1;
	return e->first == n && !memcmp(e->name, w, n);
}

/* Position + 1 where e was last a speaker or subject, 0 never. */
static size_t salient(const qk_ent *e)
{
	return e->spoke > e->subj ? e->spoke : e->subj;
}

/* Of two people sharing a surname, is a the likelier for it than b? */
static int more_salient(const qk_ent *a, const qk_ent *b)
{
	if (a->named != b->named)
		return a->named > b->named;
	if (!salient(a) != !salient(b))
		return salient(a) > 0;
	return a->seen > b->seen;
}

static long find(const qk_doc *k, const char *name, size_t n, int type)
{
	long best = -1, same = -1;
	for (size_t i = first(k); i < k->n; i++) {
		const qk_ent *e = &k->e[i];
		if (e->len == n && !memcmp(e->name, name, n)) {
			/* "the Trump campaign" made "Trump" an organisation:
			 * a person ending in the word is still the better guess */
			if (type != QN_PER || e->type == QN_PER || memchr(name, ' ', n))
				return (long)i;
			same = (long)i;
			continue;
		}
		/* a surname shared by two people (Hillary and Bill Clinton): the
		 * one the article names most, then one it made a subject or
		 * speaker, then the more recent */
		if (!memchr(name, ' ', n) && (type == QN_PER || e->type == type) &&
		    has_word(e, name, n) && (best < 0 || more_salient(e, &k->e[best])))
			best = (long)i;
	}
	if (same >= 0 && (best < 0 || k->e[best].type != QN_PER))
		return same;
	return best;
}

long qk_find(const qk_doc *k, const char *name, size_t n, int type)
{
	return find(k, name, n, type);
}

size_t qk_name(qk_doc *k, const char *name, size_t n, int type, int gender,
	       size_t pos, int spoke)
{
	long f = find(k, name, n, type);
	if (f < 0) {
		if (k->n == k->cap) {
			k->cap = k->cap ? 2 * k->cap : 32;
			k->e = nf_xrealloc(k->e, k->cap * sizeof *k->e);
		}
		f = (long)k->n++;
		const char *sp = memchr(name, ' ', n), *rsp = memrchr(name, ' ', n);
		k->e[f] = (qk_ent){.name = nf_xstrndup(name, n), .len = n,
				   .first = sp ? (size_t)(sp - name) : 0,
				   .last = rsp ? (size_t)(rsp + 1 - name) : 0,
				   .type = type, .gender = gender, .seen = pos};
	}
	qk_ent *e = &k->e[f];
	e->seen = pos;
	e->named++;
	if (spoke)
		e->spoke = pos + 1;
	if (gender && !e->gender)
		e->gender = gender;
	if (type == QN_PER && e->type != QN_PER && !memchr(name, ' ', n) && spoke)
		e->type = QN_PER;
	return (size_t)f;
}

long qk_touch(qk_doc *k, const char *name, size_t n, size_t pos)
{
	long f = find(k, name, n, QN_PER);
	if (f < 0 || k->e[f].type != QN_PER)
		return -1;
	k->e[f].seen = pos;
	k->e[f].named++;
	return f;
}

void qk_subject(qk_doc *k, size_t f, size_t pos)
{
	k->e[f].subj = pos + 1;
}

int qk_subject_since(const qk_doc *k, size_t from, size_t to)
{
	for (size_t i = first(k); i < k->n; i++)
		if (k->e[i].subj > from && k->e[i].subj - 1 < to)
			return 1;
	return 0;
}

/* "Moscow said it …": it and they take organisations and places. */
static int fits(const qk_ent *e, int type, int gender)
{
	int t = e->type == QN_LOC && type == QN_ORG ? QN_ORG : e->type;
	if (e->place && t == QN_PER)
		return 0;
	return t == type && (!gender || !e->gender || gender == e->gender);
}

int qk_near(const qk_doc *k, size_t from, size_t to)
{
	return !k->clock || k->clock[to] - k->clock[from] < SPEAKER_REACH;
}

long qk_pronoun(const qk_doc *k, int type, int gender, size_t pos)
{
	long sp = -1, men = -1;
	for (size_t i = first(k); i < k->n; i++) {
		const qk_ent *e = &k->e[i];
		if (!fits(e, type, gender))
			continue;
		size_t s = salient(e);
		if (s && s - 1 <= pos && (sp < 0 || s > salient(&k->e[sp])))
			sp = (long)i;
		if (e->seen <= pos && (men < 0 || e->seen > k->e[men].seen))
			men = (long)i;
	}
	if (sp >= 0 && (men < 0 || qk_near(k, salient(&k->e[sp]) - 1, pos)))
		return sp;
	return men;
}
