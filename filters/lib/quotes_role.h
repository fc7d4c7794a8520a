/* quotes_role.h — the roles people are given in one document ("Sen. Marco
 * Rubio", "Ben Carson, a retired neurosurgeon", "billionaire Donald Trump"),
 * so that a described speaker ("the senator", "the retired neurosurgeon",
 * "the billionaire") is resolved to the person last given that role. */
#ifndef NF_QUOTES_ROLE_H
#define NF_QUOTES_ROLE_H

#include <stddef.h>

#include "quotes_lex.h"
#include "quotes_tok.h"

typedef struct qr_roles qr_roles;

qr_roles *qr_new(void);
void qr_free(qr_roles *r);
/* Forget the document. */
void qr_reset(qr_roles *r);
/* The role noun at token i ("senator", "neurosurgeon"; Sen. counts as
 * senator), with the capitalised words of tokens [s, i) that modify it
 * ("Ohio Gov."), belongs to entity ent, seen at token pos. */
void qr_note(qr_roles *r, const char *doc, const qt_toks *tk, size_t s, size_t i,
	     long ent, size_t pos);
/* A party and state label at token k after entity ent's name, seen at
 * token pos ("(R-Fla.)", ", D-N.H.,", "(R-FL)"): the state modifies the
 * roles just noted for it ("Sen. Ann Roe (R-Fla.)" is the Florida senator). */
void qr_label(qr_roles *r, const char *doc, const qt_toks *tk, size_t k, long ent,
	      size_t pos);
/* The entity the description in tokens [s, e) names: the one most recently
 * given the description's head noun (its last word) before pos, with every
 * capitalised modifier of the description ("the Ohio governor"), or -1;
 * prefer (-1 none) when it was ever given it: the person the text is
 * about is "the senator" even if another senator was named since. */
long qr_find(const qr_roles *r, const char *doc, const qt_toks *tk, size_t s, size_t e,
	     size_t pos, long prefer);

#endif
