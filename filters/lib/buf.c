/* buf.c — growable buffers and allocation that cannot fail silently. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"

void *
nf_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		nf_die("out of memory");
	return p;
}

void *
nf_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		nf_die("out of memory");
	return p;
}

void *
nf_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		nf_die("out of memory");
	return p;
}

char *
nf_xstrndup(const char *s, size_t n)
{
	char *d = nf_xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *
nf_xstrdup(const char *s)
{
	return nf_xstrndup(s, strlen(s));
}

void
nf_buf_reserve(nf_buf *b, size_t extra)
{
	size_t need = b->n + extra + 1;

	if (need < b->n)
		nf_die("out of memory");
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	b->s = nf_xrealloc(b->s, cap);
	b->cap = cap;
}

void
nf_buf_add(nf_buf *b, const void *p, size_t n)
{
	nf_buf_reserve(b, n);
	if (n)
		memcpy(b->s + b->n, p, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void
nf_buf_addc(nf_buf *b, char c)
{
	nf_buf_reserve(b, 1);
	b->s[b->n++] = c;
	b->s[b->n] = '\0';
}

void
nf_buf_adds(nf_buf *b, const char *s)
{
	nf_buf_add(b, s, strlen(s));
}

void
nf_buf_clear(nf_buf *b)
{
	b->n = 0;
	if (b->s)
		b->s[0] = '\0';
}

void
nf_buf_free(nf_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->n = b->cap = 0;
}
