/* quotes_place.h — place names from the gazetteers, so that he and she do
 * not take a place that a rule took for a speaker ("People in Fort Pierce
 * said" gives the speaker "Fort Pierce"). */
#ifndef NF_QUOTES_PLACE_H
#define NF_QUOTES_PLACE_H

#include "quotes_lex.h"

ql_lex *qp_places(void);
/* Is name (n bytes, as written) a country or region, or a city of more
 * than one word? A one-word city is as often a surname (Obama, Perez). */
int qp_is_place(const ql_lex *l, const char *name, size_t n);

#endif
