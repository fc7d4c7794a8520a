/* sentrules.h — the state of one nf_split() pass and the decisions taken at
 * each byte that may end a sentence. Internal to sentsplit.c. */
#ifndef NF_SENTRULES_H
#define NF_SENTRULES_H

#include <stddef.h>

#include "sentlex.h"
#include "sentsplit.h"

struct nf_splitter {
	nf_lex *lex;
};

struct scan {
	const nf_splitter *sp;
	const char *t;
	size_t n;
	nf_sent **out;
	size_t *cap, cnt;
	size_t start;		/* where the current sentence begins (or white space before it) */
	int par, par_used;	/* paragraph index; a sentence was stored in it */
	int list_style, list_val;	/* the last inline list marker ("2.)" = style 2, value 2) */
	int linemode;		/* single line breaks are layout, not hard wrapping */
	size_t wrap;		/* the width of hard-wrapped lines */
	size_t line_start;
};

/* End the current sentence at end; the next one begins at next. */
void sr_cut(struct scan *sc, size_t end, size_t next);
/* The same, and the next sentence starts a paragraph. */
void sr_par_cut(struct scan *sc, size_t end, size_t next);
/* First byte of the current sentence that is not white space. */
size_t sr_content(const struct scan *sc);

/* Each looks at the byte at i and returns where scanning goes on. */
size_t sr_period(struct scan *sc, size_t i);	/* '.', '…' */
size_t sr_exclaim(struct scan *sc, size_t i);	/* '!', '?' */
size_t sr_paren(struct scan *sc, size_t i);	/* ')' of "2)" */
size_t sr_bullet(struct scan *sc, size_t i);	/* '•' */
/* An inline list marker ending at i ('.' or ')'): where to go on, or 0. */
size_t sr_list_item(struct scan *sc, size_t i);
size_t sr_line_break(struct scan *sc, size_t i);	/* '\n', not a blank line */

/* Decide how single line breaks of the whole text are read (sentlayout.c). */
void sr_layout(struct scan *sc);

#endif
