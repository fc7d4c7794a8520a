/* strip_byline.c — recognising "By …" lines and cutting the name out. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "strip_byline.h"

/* Length of the "By " lead of s, 0 when there is none. */
static size_t lead(const char *s, size_t n)
{
	static const char *const leads[] = { "by ", "written by ", "words by " };
	for (size_t i = 0; i < sizeof leads / sizeof *leads; i++) {
		size_t k = strlen(leads[i]);
		if (n > k && !strncasecmp(s, leads[i], k))
			return k;
	}
	return 0;
}

bool strip_is_byline(const char *s, size_t n)
{
	size_t k = lead(s, n), words = 0;
	for (size_t i = 0; i < n; i++)
		words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
	return k && n <= 100 && words <= 12 && isupper((unsigned char)s[k]) &&
	       !strchr(".!?", s[n - 1]);
}

void strip_byline_name(const char *s, size_t n, size_t *start, size_t *end)
{
	static const char *const seps[] = { " | ", " \xE2\x80\xA2 ", " \xC2\xB7 ", " - " };
	*start = lead(s, n);
	*end = n;
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
		const char *q = strstr(s + *start, seps[i]);
		if (q && (size_t)(q - s) < *end)
			*end = (size_t)(q - s);
	}
}
