/* strip_charset.c — decoding pages: BOM, declared charset, UTF-8 with a
 * Windows-1252 fallback; other charsets through iconv. */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "strip_charset.h"
#include "utf8.h"

/* Windows-1252 0x80..0x9F; the five holes map to themselves, as browsers do. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static uint32_t cp1252(unsigned char c)
{
	return c >= 0x80 && c < 0xA0 ? cp1252_c1[c - 0x80] : c;
}

static void add_cp(nf_buf *b, uint32_t cp)
{
	char tmp[4];
	nf_buf_add(b, tmp, nf_utf8_encode(cp, tmp));
}

/* UTF-8 where valid, Windows-1252 for each invalid byte. */
static void from_utf8(nf_buf *b, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t ok = nf_utf8_valid_prefix(s + i, n - i);
		const char *nul = memchr(s + i, '\0', ok);
		if (nul)
			ok = (size_t)(nul - (s + i));
		nf_buf_add(b, s + i, ok);
		i += ok;
		if (i < n) {
			unsigned char c = (unsigned char)s[i++];
			add_cp(b, c ? cp1252(c) : ' ');
		}
	}
}

static void from_cp1252(nf_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80)
			nf_buf_addc(b, c ? (char)c : ' ');
		else
			add_cp(b, cp1252(c));
	}
}

/* Through iconv; returns false when the charset is unknown. */
static bool from_iconv(nf_buf *b, const char *s, size_t n, const char *cs)
{
	iconv_t cd = iconv_open("UTF-8", cs);
	if (cd == (iconv_t)-1)
		return false;
	char *in = (char *)s;
	size_t inleft = n;
	while (inleft > 0) {
		nf_buf_reserve(b, inleft * 4 + 16);
		char *out = b->s + b->n;
		size_t outleft = b->cap - b->n - 1, room = outleft;
		size_t r = iconv(cd, &in, &inleft, &out, &outleft);
		b->n += room - outleft;
		if (r == (size_t)-1 && errno != E2BIG) {
			add_cp(b, 0xFFFD);	/* bad or truncated sequence */
			in++;
			inleft--;
		}
	}
	iconv_close(cd);
	for (size_t i = 0; i < b->n; i++)
		if (b->s[i] == '\0')
			b->s[i] = ' ';
	return true;
}

/* The charset named by the first "charset=" in the first 8 KiB, lowercased. */
static bool declared(const char *s, size_t n, char *name, size_t cap)
{
	size_t lim = n < 8192 ? n : 8192;
	for (size_t i = 0; i + 8 < lim; i++) {
		if (strncasecmp(s + i, "charset", 7) != 0)
			continue;
		size_t j = i + 7;
		while (j < lim && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (j >= lim || s[j] != '=')
			continue;
		j++;
		while (j < lim && (s[j] == ' ' || s[j] == '"' || s[j] == '\''))
			j++;
		size_t k = 0;
		while (j < lim && k + 1 < cap && (isalnum((unsigned char)s[j]) ||
		       s[j] == '-' || s[j] == '_' || s[j] == ':' || s[j] == '.'))
			name[k++] = (char)tolower((unsigned char)s[j++]);
		name[k] = '\0';
		if (k > 0)
			return true;
	}
	return false;
}

static bool is_utf8_name(const char *cs)
{
	return !strcmp(cs, "utf-8") || !strcmp(cs, "utf8") ||
	       !strncmp(cs, "utf-16", 6) || !strncmp(cs, "utf-32", 6) ||
	       !strcmp(cs, "unicode");
}

static bool is_latin_name(const char *cs)
{
	static const char *const names[] = {
		"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii",
		"ascii", "windows-1252", "cp1252", "x-cp1252", "iso-8859-15",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcmp(cs, names[i]))
			return true;
	return false;
}

/* Valid UTF-8 with at least one multi-byte character: a single-byte
 * declaration on such bytes is almost surely wrong. */
static bool clearly_utf8(const char *s, size_t n)
{
	if (nf_utf8_valid_prefix(s, n) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return true;
	return false;
}

char *strip_utf8(const char *s, size_t n, bool html, size_t *outn)
{
	nf_buf b = {0};
	nf_buf_reserve(&b, n + n / 8 + 16);
	char cs[40];
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		from_utf8(&b, s + 3, n - 3);
	} else if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		from_iconv(&b, s + 2, n - 2, u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE");
	} else if (!html || !declared(s, n, cs, sizeof cs) || is_utf8_name(cs) ||
		   clearly_utf8(s, n)) {
		from_utf8(&b, s, n);
	} else if (is_latin_name(cs) || !from_iconv(&b, s, n, cs)) {
		nf_buf_clear(&b);
		if (is_latin_name(cs))
			from_cp1252(&b, s, n);
		else
			from_utf8(&b, s, n);
	}
	nf_buf_reserve(&b, 1);
	b.s[b.n] = '\0';
	*outn = b.n;
	return b.s;
}
