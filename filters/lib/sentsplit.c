/* sentsplit.c — first version: a period, '!' or '?' followed by white space
 * and a capital ends a sentence; a blank line always does. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sentsplit.h"

struct nf_splitter {
	int unused;
};

nf_splitter *nf_splitter_new(const char *abbrev_path)
{
	(void)abbrev_path;
	return nf_xcalloc(1, sizeof(nf_splitter));
}

void nf_splitter_free(nf_splitter *s)
{
	free(s);
}

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void push(const char *t, size_t a, size_t b, int par,
		 nf_sent **out, size_t *cap, size_t *cnt)
{
	while (a < b && is_ws(t[a]))
		a++;
	while (b > a && is_ws(t[b - 1]))
		b--;
	if (a == b)
		return;
	if (*cnt == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*out = nf_xrealloc(*out, *cap * sizeof(nf_sent));
	}
	(*out)[(*cnt)++] = (nf_sent){a, b, par};
}

size_t nf_split(const nf_splitter *s, const char *t, size_t n,
		nf_sent **out, size_t *cap)
{
	size_t cnt = 0, start = 0, i;
	int par = 0;

	(void)s;
	for (i = 0; i < n; i++) {
		if (t[i] == '\n' && i + 1 < n && t[i + 1] == '\n') {
			size_t before = cnt;
			push(t, start, i, par, out, cap, &cnt);
			if (cnt > before)
				par++;
			start = i + 1;
		} else if ((t[i] == '.' || t[i] == '!' || t[i] == '?') &&
			   i + 2 < n && t[i + 1] == ' ' &&
			   t[i + 2] >= 'A' && t[i + 2] <= 'Z') {
			push(t, start, i + 1, par, out, cap, &cnt);
			start = i + 1;
		}
	}
	push(t, start, n, par, out, cap, &cnt);
	return cnt;
}
