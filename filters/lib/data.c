/* data.c — embedded data blobs and their run-time replacements. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "data.h"
#include "error.h"

nf_blob
nf_blob_mem(const char *s, size_t n)
{
	nf_blob b = { s, n, NULL };
	return b;
}

static nf_blob
read_all(FILE *f, const char *path)
{
	nf_buf buf = { 0 };
	char chunk[1 << 16];
	size_t got;

	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		nf_buf_add(&buf, chunk, got);
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		nf_buf_free(&buf);
		nf_die("cannot read %s: %s", path, strerror(e));
	}
	fclose(f);
	nf_buf_reserve(&buf, 0);
	buf.s[buf.n] = '\0';
	nf_blob b = { buf.s, buf.n, buf.s };
	return b;
}

nf_blob
nf_blob_file(const char *path)
{
	FILE *f = fopen(path, "rb");

	if (!f)
		nf_die("cannot read %s: %s", path, strerror(errno));
	return read_all(f, path);
}

void
nf_blob_free(nf_blob *b)
{
	free(b->owned);
	b->owned = NULL;
	b->s = NULL;
	b->n = 0;
}

int
nf_blob_line(const nf_blob *b, size_t *pos, const char **line, size_t *len)
{
	while (*pos < b->n) {
		const char *s = b->s + *pos;
		const char *nl = memchr(s, '\n', b->n - *pos);
		size_t n = nl ? (size_t)(nl - s) : b->n - *pos;

		*pos += n + (nl != NULL);
		while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		if (n == 0 || s[0] == '#')
			continue;
		*line = s;
		*len = n;
		return 1;
	}
	return 0;
}
