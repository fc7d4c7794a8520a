/* utf8.c — decoding, encoding, counting and validating UTF-8. */
#include <string.h>

#include "utf8.h"

size_t
nf_utf8_count(const char *s, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

uint32_t
nf_utf8_decode(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t cp, min;
	size_t need;

	*len = 1;
	if (n == 0)
		return 0xFFFD;
	if (u[0] < 0x80)
		return u[0];
	if (u[0] >= 0xC2 && u[0] <= 0xDF)
		need = 1, cp = u[0] & 0x1F, min = 0x80;
	else if (u[0] >= 0xE0 && u[0] <= 0xEF)
		need = 2, cp = u[0] & 0x0F, min = 0x800;
	else if (u[0] >= 0xF0 && u[0] <= 0xF4)
		need = 3, cp = u[0] & 0x07, min = 0x10000;
	else
		return 0xFFFD;
	if (n < need + 1)
		return 0xFFFD;
	for (size_t i = 1; i <= need; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0xFFFD;
		cp = cp << 6 | (u[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0xFFFD;
	*len = need + 1;
	return cp;
}

size_t
nf_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | cp >> 12);
		o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | cp >> 18);
	o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
	o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
nf_utf8_valid_prefix(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		/* Fast path: eight ASCII bytes at a time. */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		size_t len;
		if (nf_utf8_decode(s + i, n - i, &len) == 0xFFFD &&
		    !(len == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0))
			return i;
		i += len;
	}
	return i;
}
