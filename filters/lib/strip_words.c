/* strip_words.c — stopword counting with a small open-addressing hash set,
 * built on first use from the embedded list. */
#include <stdlib.h>
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "data.h"
#include "strip_words.h"

NF_DATA(strip_stopwords_txt);

#define NSLOT 1024		/* power of two, > 2 × words in the list */
#define MAXW 24

static char (*slots)[MAXW];

static uint32_t hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static char (*slot_for(const char *w, size_t n))[MAXW]
{
	uint32_t i = hash(w, n) & (NSLOT - 1);
	while (slots[i][0] && !(strlen(slots[i]) == n && memcmp(slots[i], w, n) == 0))
		i = (i + 1) & (NSLOT - 1);
	return &slots[i];
}

static void load(void)
{
	slots = nf_xcalloc(NSLOT, MAXW);
	/* cppcheck-suppress comparePointers ; the blob ends at its end symbol */
	nf_blob b = NF_BLOB(strip_stopwords_txt);
	size_t pos = 0, len;
	const char *line;
	while (nf_blob_line(&b, &pos, &line, &len))
		if (len > 0 && len < MAXW)
			memcpy(*slot_for(line, len), line, len);
}

void strip_words_free(void)
{
	free(slots);
	slots = NULL;
}

static bool word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '\'';
}

void strip_words(const char *s, size_t n, size_t *words, size_t *stops)
{
	if (!slots)
		load();
	*words = *stops = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && !word_byte((unsigned char)s[i]))
			i++;
		size_t j = i;
		char w[MAXW];
		while (j < n && word_byte((unsigned char)s[j])) {
			if (j - i < MAXW)
				w[j - i] = (char)tolower((unsigned char)s[j]);
			j++;
		}
		if (j > i) {
			++*words;
			if (j - i < MAXW && (*slot_for(w, j - i))[0])
				++*stops;
		}
		i = j;
	}
}

size_t strip_char_weight(unsigned char b)
{
	if ((b & 0xC0) == 0x80)
		return 0;
	return (b >= 0xE3 && b <= 0xED) || b == 0xEF ? 3 : 1;
}

size_t strip_weighted_len(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += strip_char_weight((unsigned char)s[i]);
	return k;
}
