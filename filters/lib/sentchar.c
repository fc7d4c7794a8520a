/* sentchar.c — character classes for the sentence splitter (sentchar.h). */
#include <stdint.h>

#include "sentchar.h"
#include "utf8.h"

#define U(i) ((unsigned char)t[i])

/* A three-byte character E2 80 xx (U+2000..U+203F) at t[i]? Returns xx. */
static int
punct2000(const char *t, size_t n, size_t i)
{
	if (i + 2 < n && U(i) == 0xE2 && U(i + 1) == 0x80)
		return U(i + 2);
	return -1;
}

size_t
sc_ws_len(const char *t, size_t n, size_t i)
{
	int c = U(i), x;

	if (c == ' ' || (c >= '\t' && c <= '\r'))
		return 1;
	if (c == 0xC2 && i + 1 < n && U(i + 1) == 0xA0)
		return 2;			/* no-break space */
	x = punct2000(t, n, i);
	if ((x >= 0x80 && x <= 0x8A) || x == 0xA8 || x == 0xA9 || x == 0xAF)
		return 3;			/* en/em/thin spaces, line separators */
	if (c == 0xE3 && i + 2 < n && U(i + 1) == 0x80 && U(i + 2) == 0x80)
		return 3;			/* ideographic space */
	return 0;
}

size_t
sc_ws_before(const char *t, size_t i)
{
	for (size_t k = 1; k <= 3 && k <= i; k++)
		if (sc_ws_len(t, i, i - k) == k)
			return k;
	return 0;
}

/* Does white space end just before t[i]? ASCII first: this runs per byte. */
int
sc_ws_ends_at(const char *t, size_t i)
{
	unsigned char c = (unsigned char)t[i - 1];

	if (c == ' ' || (c >= '\t' && c <= '\r'))
		return 1;
	return c >= 0x80 && sc_ws_before(t, i);
}

size_t
sc_closer_len(const char *t, size_t n, size_t i)
{
	int c = U(i), x = punct2000(t, n, i);

	if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}')
		return 1;
	if (c == 0xC2 && i + 1 < n && U(i + 1) == 0xBB)
		return 2;
	return x == 0x99 || x == 0x9D || x == 0xBA ? 3 : 0;
}

size_t
sc_quote_open_len(const char *t, size_t n, size_t i)
{
	int c = U(i), x = punct2000(t, n, i);

	if (c == '"' || c == '\'')
		return 1;
	if (c == 0xC2 && i + 1 < n && U(i + 1) == 0xAB)
		return 2;
	return x == 0x98 || x == 0x9C || x == 0xB9 ? 3 : 0;
}

size_t
sc_bracket_open_len(const char *t, size_t n, size_t i)
{
	(void)n;
	return t[i] == '(' || t[i] == '[' || t[i] == '{';
}

size_t
sc_bullet_len(const char *t, size_t n, size_t i)
{
	int x = punct2000(t, n, i);

	if (x == 0xA2 || x == 0xA3)
		return 3;			/* • ‣ */
	if (i + 2 < n && U(i) == 0xE2 &&
	    ((U(i + 1) == 0x81 && U(i + 2) == 0x83) ||	/* ⁃ */
	     (U(i + 1) == 0x96 && U(i + 2) == 0xAA) ||	/* ▪ */
	     (U(i + 1) == 0x97 && U(i + 2) == 0x8F)))	/* ● */
		return 3;
	return 0;
}

size_t
sc_ellipsis_len(const char *t, size_t n, size_t i)
{
	return punct2000(t, n, i) == 0xA6 ? 3 : 0;
}

static int
cp_kind(uint32_t cp)
{
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return K_UPPER;
	if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
		return K_LOWER;
	if (cp >= 0x100 && cp <= 0x17F)		/* Latin Extended-A pairs */
		return cp & 1 ? K_LOWER : K_UPPER;
	if ((cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F))
		return K_UPPER;
	if ((cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F))
		return K_LOWER;
	return K_OTHER;
}

int
sc_kind(const char *t, size_t n, size_t i)
{
	int c;
	size_t len;

	if (i >= n)
		return K_END;
	c = U(i);
	if (c >= 'a' && c <= 'z')
		return K_LOWER;
	if (c >= 'A' && c <= 'Z')
		return K_UPPER;
	if (c >= '0' && c <= '9')
		return K_DIGIT;
	if (c < 0x80)
		return K_OTHER;
	return cp_kind(nf_utf8_decode(t + i, n - i, &len));
}

size_t
sc_skip_ws(const char *t, size_t n, size_t i, int *newline)
{
	size_t k;

	while (i < n) {
		if (t[i] == ' ') {		/* the common case, without a call */
			i++;
			continue;
		}
		if (!(k = sc_ws_len(t, n, i)))
			break;
		if (t[i] == '\n')
			*newline = 1;
		i += k;
	}
	return i;
}
