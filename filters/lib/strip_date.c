/* strip_date.c — recognising and normalising dates. */
#include <stdlib.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "strip_date.h"

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

/* Month 1..12 for a word (full name or 3+ letter prefix, "Sept" too), else 0. */
static int month_of(const char *w, size_t k)
{
	if (k < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(months[m]);
		if (k <= full && strncasecmp(w, months[m], k) == 0 &&
		    (k == 3 || k == full || (m == 8 && k == 4)))
			return m + 1;
	}
	return 0;
}

/* ISO prefix at s: YYYY-MM-DD, then optional THH:MM[:SS][.fff][zone]. */
static bool iso(const char *s, size_t n, char out[32])
{
	if (n < 10 || !isdigit((unsigned char)s[0]) || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return false;
	size_t k = 10;
	if (n >= 16 && (s[10] == 'T' || s[10] == ' ') && isdigit((unsigned char)s[11]) &&
	    isdigit((unsigned char)s[12]) && s[13] == ':') {
		k = 16;
		if (n >= 19 && s[16] == ':')
			k = 19;
	}
	memcpy(out, s, k);
	if (k > 10)
		out[10] = 'T';
	size_t j = k;
	while (j < n && (s[j] == '.' || isdigit((unsigned char)s[j])) && k > 10)
		j++;		/* fractions of seconds dropped */
	if (k > 10 && j < n && (s[j] == 'Z' || s[j] == '+' || s[j] == '-')) {
		size_t z = 1;
		while (j + z < n && z < 6 && (isdigit((unsigned char)s[j + z]) || s[j + z] == ':'))
			z++;
		memcpy(out + k, s + j, z);
		k += z;
	}
	out[k] = '\0';
	return true;
}

bool strip_iso_date(const char *s, size_t n, char out[32])
{
	for (size_t i = 0; i + 10 <= n; i++)
		if ((i == 0 || !isdigit((unsigned char)s[i - 1])) && iso(s + i, n - i, out))
			return true;
	int month = 0, day = 0, year = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && !isalnum((unsigned char)s[i]))
			i++;
		size_t j = i;
		while (j < n && isalnum((unsigned char)s[j]))
			j++;
		const char *w = s + i;
		size_t k = j - i;
		if (k > 0 && isdigit((unsigned char)w[0])) {
			int v = 0;
			size_t d = 0;
			while (d < k && isdigit((unsigned char)w[d]) && d < 5)
				v = v * 10 + (w[d++] - '0');
			if (d == 4 && v >= 1900 && v <= 2100 && !year)
				year = v;
			else if (d <= 2 && v >= 1 && v <= 31 && !day && (month || d == k || k - d == 2))
				day = v;	/* "14", "14th" */
			else if (d <= 2 && v >= 1 && v <= 31 && !day)
				day = v;
		} else if (k > 0 && !month) {
			month = month_of(w, k);
		}
		i = j;
	}
	if (!month || !day || !year)
		return false;
	snprintf(out, 32, "%04d-%02d-%02d", year, month, day);
	return true;
}

bool strip_is_date_line(const char *s, size_t n)
{
	char tmp[32];
	if (n > 80 || !strip_iso_date(s, n, tmp))
		return false;
	static const char *const lead[] = {
		"published", "posted", "updated", "date", "on ", "last updated",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	};
	size_t words = 0;
	for (size_t i = 0; i < n; i++)
		words += (i == 0 || s[i - 1] == ' ') && s[i] != ' ';
	if (words > 10)
		return false;
	if (isdigit((unsigned char)s[0]))
		return true;
	size_t k = 0;
	while (k < n && isalpha((unsigned char)s[k]))
		k++;
	if (month_of(s, k))
		return true;
	for (size_t i = 0; i < sizeof lead / sizeof *lead; i++)
		if (strncasecmp(s, lead[i], strlen(lead[i])) == 0)
			return true;
	return false;
}
