/* buf.h — a growable byte buffer, reused across records. */
#ifndef NF_BUF_H
#define NF_BUF_H

#include <stddef.h>

typedef struct {
	char *s;
	size_t n, cap;
} nf_buf;

void nf_buf_reserve(nf_buf *b, size_t extra);	/* room for extra more bytes (+NUL) */
void nf_buf_add(nf_buf *b, const void *p, size_t n);
void nf_buf_addc(nf_buf *b, char c);
void nf_buf_adds(nf_buf *b, const char *s);
void nf_buf_clear(nf_buf *b);			/* n = 0, keeps memory */
void nf_buf_free(nf_buf *b);
char *nf_xstrdup(const char *s);
char *nf_xstrndup(const char *s, size_t n);
void *nf_xmalloc(size_t n);
void *nf_xcalloc(size_t n, size_t size);
void *nf_xrealloc(void *p, size_t n);

#endif
