/* quotes_link.h — the people and organisations of one document, so that a
 * later surname gets the full name and a pronoun the most recent speaker. */
#ifndef NF_QUOTES_LINK_H
#define NF_QUOTES_LINK_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	char *name;		/* canonical: the longest form seen */
	size_t len;		/* strlen(name) */
	size_t first, last;	/* its first word's length, its last word's start
				 * (0 and 0 for one word) */
	int type;		/* enum qn_type */
	int gender;		/* 0 unknown, 1 he, 2 she */
	size_t seen;		/* position (token) last mentioned */
	size_t spoke;		/* position last quoted + 1, 0 never */
	size_t subj;		/* position last a sentence subject + 1, 0 never */
	int tagged;		/* the tagger has seen it */
	int ttype;		/* the tagger's type (output only), QN_UNK none */
	int place;		/* a gazetteer place: never he or she */
	unsigned named;		/* times named in full or by surname */
} qk_ent;

typedef struct {
	qk_ent *e;
	size_t n, cap;
	/* Narrative (unquoted) sentences begun before each token, so that a
	 * long quotation does not push its speaker out of reach; NULL: all
	 * within reach. Set by the caller. */
	const uint32_t *clock;
} qk_doc;

void qk_reset(qk_doc *k);
void qk_free(qk_doc *k);
/* A name seen at token pos (spoke: as a speaker). A single word that is the
 * last (or first) word of a known multi-word name of the same kind links to
 * it; returns the entity index. */
size_t qk_name(qk_doc *k, const char *name, size_t n, int type, int gender,
	       size_t pos, int spoke);
/* The entity qk_name would link the name to, or -1 (nothing changed). */
long qk_find(const qk_doc *k, const char *name, size_t n, int type);
/* Note that entity f was the subject of a sentence at pos. */
void qk_subject(qk_doc *k, size_t f, size_t pos);
/* Was some entity a subject at a position in [from, to)? */
int qk_subject_since(const qk_doc *k, size_t from, size_t to);
/* A single name seen at pos: mark the known entity it names as seen;
 * returns it or -1. */
long qk_touch(qk_doc *k, const char *name, size_t n, size_t pos);
/* The entity a pronoun at pos refers to, or -1: the most recent speaker or
 * sentence subject of the wanted type and gender (when near), else the most
 * recent mention. A name earlier in the pronoun's own sentence is no better
 * than any mention ("Asked about Trump, he said"). */
long qk_pronoun(const qk_doc *k, int type, int gender, size_t pos);
/* Are narrative positions from and to (from <= to) within a speaker's reach? */
int qk_near(const qk_doc *k, size_t from, size_t to);

#endif
