/* strip_input.c — whole-article reads, and the first-line sniff that lets
 * news-strip take either an article or a TSV stream of them. */
#include <stdlib.h>
#include <string.h>

#include "strip_input.h"

bool strip_slurp(FILE *f, nf_buf *b)
{
	for (;;) {
		nf_buf_reserve(b, 1 << 16);
		size_t k = fread(b->s + b->n, 1, b->cap - b->n - 1, f);
		b->n += k;
		if (k == 0)
			break;
	}
	b->s[b->n] = '\0';
	return !ferror(f);
}

/* fopencookie stream: the saved first line, then the underlying FILE. */
struct prefixed {
	nf_buf head;
	size_t pos;
	FILE *rest;
};

static ssize_t pf_read(void *c, char *buf, size_t size)
{
	struct prefixed *p = c;
	if (p->pos < p->head.n) {
		size_t k = p->head.n - p->pos;
		if (k > size)
			k = size;
		memcpy(buf, p->head.s + p->pos, k);
		p->pos += k;
		return (ssize_t)k;
	}
	size_t k = fread(buf, 1, size, p->rest);
	return k == 0 && ferror(p->rest) ? -1 : (ssize_t)k;
}

static int pf_close(void *c)
{
	struct prefixed *p = c;
	nf_buf_free(&p->head);
	free(p);
	return 0;
}

static bool header_has_text(const char *s, size_t n)
{
	if (n == 0 || !memchr(s, '\t', n))
		return false;
	for (const char *p = s; p < s + n;) {
		const char *tab = memchr(p, '\t', (size_t)(s + n - p));
		size_t len = tab ? (size_t)(tab - p) : (size_t)(s + n - p);
		if ((len == 4 && (!memcmp(p, "html", 4) || !memcmp(p, "text", 4))))
			return true;
		if (!tab)
			break;
		p = tab + 1;
	}
	return false;
}

FILE *strip_sniff_tsv(FILE *f, nf_buf *b)
{
	nf_buf_clear(b);
	int c;
	while ((c = getc(f)) != EOF) {
		nf_buf_addc(b, (char)c);
		if (c == '\n' || b->n > (1 << 16))
			break;
	}
	size_t n = b->n;
	while (n > 0 && (b->s[n - 1] == '\n' || b->s[n - 1] == '\r'))
		n--;
	if (!header_has_text(b->s, n))
		return NULL;
	struct prefixed *p = nf_xcalloc(1, sizeof *p);
	nf_buf_add(&p->head, b->s, b->n);
	p->rest = f;
	cookie_io_functions_t io = { .read = pf_read, .close = pf_close };
	FILE *s = fopencookie(p, "r", io);
	if (!s)
		pf_close(p);
	return s;
}

/* Text in any charset has almost no control bytes; random or compressed
 * data has one in nine (28 of 256 values). One in twenty tells them apart
 * with a wide margin both ways. */
bool strip_is_binary(const char *s, size_t n)
{
	size_t lim = n < 4096 ? n : 4096, bad = 0;
	for (size_t i = 0; i < lim; i++) {
		unsigned char c = (unsigned char)s[i];
		bad += (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
	}
	return lim > 0 && bad * 20 > lim;
}
