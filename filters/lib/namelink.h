/* namelink.h — canonical names of the entities of one document.
 *
 * Feed the mentions of a document in order; each gets the canonical name of
 * its entity: the fullest name seen so far, without titles (the readable
 * list filters/data/titles.txt) and without a possessive 's.
 *   PER: "Daniel Okonkwo-Reyes" ... "Mr. Okonkwo-Reyes" -> "Daniel Okonkwo-Reyes";
 *        a later surname (or first name) links to the latest person with it;
 *        a surname seen before the full name is upgraded when it comes.
 *   ORG: "International Monetary Fund (IMF)" or a later "IMF" -> the full
 *        name (acronym = initials); "Acme" <-> "Acme Holdings Ltd" (the
 *        rest are company suffixes) -> the longer.
 *   any: the same name again, ignoring case (an all-caps headline form is
 *        replaced by a mixed-case one).
 * Only mentions of the same type link. */
#ifndef NF_NAMELINK_H
#define NF_NAMELINK_H

#include <stddef.h>

typedef struct nf_linker nf_linker;

nf_linker *nf_linker_new(void);
void nf_linker_free(nf_linker *l);
/* Forget everything: a new document. */
void nf_linker_reset(nf_linker *l);

/* Canonical name for a mention (type is "PER", "ORG", ...) as known now.
 * The string lives until the next reset. */
const char *nf_linker_add(nf_linker *l, const char *type, const char *mention,
			  size_t n);

/* Mentions added since the reset, and the canonical name of mention i
 * (0-based) in the light of all of them: for a program that holds the
 * document, a headline "Okonkwo-Reyes" before "Daniel Okonkwo-Reyes" gets
 * the full name too. Lives until the next reset. */
size_t nf_linker_count(const nf_linker *l);
const char *nf_linker_resolve(const nf_linker *l, size_t i);

#endif
