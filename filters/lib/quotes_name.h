/* quotes_name.h — find the speaker phrase next to a cue: a capitalised name
 * (titles stripped), a pronoun, or a described speaker ("the spokesman").
 * This is the rule-based finder; a tagger's entities refine it. */
#ifndef NF_QUOTES_NAME_H
#define NF_QUOTES_NAME_H

#include "quotes_lex.h"
#include "quotes_tok.h"

/* Word classes of quote-words.txt. */
enum {
	QW_TITLE = 1, QW_PREFIX = 2, QW_DET = 4, QW_STOP = 8, QW_ADV = 16,
	QW_PRON = 32, QW_ORG = 64, QW_DAY = 128, QW_HE = 256, QW_SHE = 512,
	QW_GAZ_HE = 1024, QW_GAZ_SHE = 2048,	/* the first-name gazetteers */
	QW_VERB = 4096, QW_KIN = 8192, QW_MODIFIED = 16384
};

enum qn_kind { QN_NONE, QN_NAME, QN_PRON, QN_NOMINAL };
enum qn_type { QN_UNK, QN_PER, QN_ORG, QN_LOC, QN_MISC };

typedef struct {
	enum qn_kind kind;
	enum qn_type type;
	size_t ms, me;		/* mention as written: tokens [ms, me) */
	size_t ns, ne;		/* the name without titles and determiner */
	int titled;		/* a title was stripped: a person */
	int gender;		/* 0 unknown, 1 he, 2 she */
} qn_np;

ql_lex *qn_words(void);

/* The speaker phrase ending just before token end (exclusive), not
 * reaching below lo. Skips adverbs and "on Tuesday" between phrase and cue,
 * and handles an appositive "Name, the director of X, said". */
int qn_left(const ql_lex *w, const char *doc, const qt_toks *tk, size_t end,
	    size_t lo, qn_np *np);
/* The speaker phrase starting at token start (before hi): "said Name, …",
 * "said the spokesman", "said he". */
int qn_right(const ql_lex *w, const char *doc, const qt_toks *tk, size_t start,
	     size_t hi, qn_np *np);

/* After an inverted cue, a described speaker that runs to the end of its
 * clause: "…," said the Democratic nominee. */
int qn_described(const ql_lex *w, const char *doc, const qt_toks *tk, size_t start,
		 size_t hi, qn_np *np);

/* After an inverted cue, a name after a lower-case role: "said undecided
 * Republican voter Stephanie Hooton". */
int qn_role_right(const ql_lex *w, const char *doc, const qt_toks *tk, size_t start,
		  size_t hi, qn_np *np);

/* "said Dale Okafor, a professor at …": extend the mention of an inverted
 * speaker over its appositive, up to the clause end (before hi). */
void qn_appositive(const ql_lex *w, const char *doc, const qt_toks *tk, size_t hi,
		   qn_np *np);

/* Does a city after a preposition ("in Columbus") end just before the
 * comma at token comma (not below lo), so that a state or country follows? */
int qn_city_comma(const ql_lex *w, const char *doc, const qt_toks *tk, size_t comma,
		  size_t lo);
/* Is token t a preposition that governs a name (in, at, of, for, from,
 * with, on, to)? */
int qn_prep(const char *doc, const qt_tok *t);

/* Is the lower-case word i a person noun: a listed title or role word, or
 * one in -er, -or, -ist, -ant, -ent, -man, -woman, -ian, -ee? */
int qn_role_word(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i);

/* Does token t end in a possessive 's ('s or ’s)? */
int qn_possessive(const char *doc, const qt_tok *t);

/* The gender (0 unknown, 1 he, 2 she) that word classes c give: the
 * project's he and she lists, else the first-name gazetteers. */
int qn_gender(unsigned c);

/* Word class bits of token i (0 when not a listed word). */
unsigned qn_class(const ql_lex *w, const char *doc, const qt_toks *tk, size_t i);

#endif
