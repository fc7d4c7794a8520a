/* quotes_place.c — place names from the gazetteers. */
#include <ctype.h>
#include <string.h>

#include "data.h"
#include "quotes_place.h"

NF_DATA(gaz_cities_txt);
NF_DATA(gaz_regions_txt);
NF_DATA(gaz_countries_txt);

enum { QP_CITY = 1, QP_AREA = 2 };

/* Lower-case ASCII copy of s[0, n) into low (QL_KEYMAX bytes); 0 if too long. */
static size_t lower(char *low, const char *s, size_t n)
{
	if (n >= QL_KEYMAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	return n;
}

static void add_list(ql_lex *l, nf_blob b, unsigned bit)
{
	size_t pos = 0, len;
	const char *line;
	char low[QL_KEYMAX];
	while (nf_blob_line(&b, &pos, &line, &len))
		if (len && line[0] != '#' && (len = lower(low, line, len)))
			ql_add(l, low, len, bit, NULL, 0);
}

ql_lex *qp_places(void)
{
	ql_lex *l = ql_new(32768);
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	add_list(l, NF_BLOB(gaz_cities_txt), QP_CITY);
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	add_list(l, NF_BLOB(gaz_regions_txt), QP_AREA);
	/* cppcheck-suppress comparePointers ; start and end of one embedded blob */
	add_list(l, NF_BLOB(gaz_countries_txt), QP_AREA);
	return l;
}

int qp_is_place(const ql_lex *l, const char *name, size_t n)
{
	char low[QL_KEYMAX];
	size_t k = lower(low, name, n);
	const ql_val *v = k ? ql_get(l, low, k) : NULL;
	return v && ((v->bits & QP_AREA) || memchr(name, ' ', n));
}
