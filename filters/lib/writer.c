/* writer.c — writing the TSV stream: schema, escapes, rows. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "stream.h"

struct nf_writer {
	nf_reader *r;		/* NULL for a fixed schema */
	int *pass;		/* input columns passed through, doc first */
	size_t npass;
	bool doc_synth;		/* input has no doc column: doc from nf_doc() */
	size_t nown;
	bool line_buffered;
	bool midrow;
};

/* The escape letter for each byte that needs one, else 0. */
static const char esc[256] = { ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\' };

static void
check_stdout(void)
{
	if (!ferror(stdout))
		return;
	if (errno == EPIPE)
		_exit(nf_status);
	fprintf(stderr, "%s: write error: %s\n", nf_prog, strerror(errno));
	_exit(1);
}

void
nf_put(nf_writer *w, const char *s, size_t n)
{
	size_t run = 0;

	if (w->midrow)
		putc_unlocked('\t', stdout);
	w->midrow = true;
	for (size_t i = 0; i < n; i++) {
		char e = esc[(unsigned char)s[i]];
		if (!e)
			continue;
		fwrite_unlocked(s + run, 1, i - run, stdout);
		putc_unlocked('\\', stdout);
		putc_unlocked(e, stdout);
		run = i + 1;
	}
	fwrite_unlocked(s + run, 1, n - run, stdout);
}

void
nf_put_cstr(nf_writer *w, const char *s)
{
	nf_put(w, s, strlen(s));
}

void
nf_put_long(nf_writer *w, long v)
{
	char b[24];
	int n = snprintf(b, sizeof b, "%ld", v);
	nf_put(w, b, (size_t)n);
}

void
nf_endrow(nf_writer *w)
{
	putc_unlocked('\n', stdout);
	w->midrow = false;
	if (w->line_buffered)
		fflush(stdout);
	check_stdout();
}

static bool
owned(const char *name, const char *const *own, size_t nown)
{
	for (size_t i = 0; i < nown; i++)
		if (strcmp(name, own[i]) == 0)
			return true;
	return false;
}

nf_writer *
nf_writer_new(nf_reader *r, const struct nf_options *o,
	      const char *const *own, size_t nown)
{
	nf_writer *w = nf_xcalloc(1, sizeof *w);
	size_t nc = nf_ncols(r);
	int doc = nf_doc_col(r);

	w->r = r;
	w->nown = nown;
	w->line_buffered = o->line_buffered;
	w->pass = nf_xcalloc(nc + 1, sizeof *w->pass);
	w->doc_synth = doc < 0 && !owned("doc", own, nown);
	if (doc >= 0 && !owned("doc", own, nown))
		w->pass[w->npass++] = doc;
	for (size_t i = 0; i < nc; i++) {
		const char *name = nf_colname(r, i);
		if ((int)i == doc || strcmp(name, "text") == 0 || owned(name, own, nown))
			continue;
		w->pass[w->npass++] = (int)i;
	}
	if (!o->no_header) {
		if (w->doc_synth)
			nf_put_cstr(w, "doc");
		for (size_t i = 0; i < w->npass; i++)
			nf_put_cstr(w, nf_colname(r, (size_t)w->pass[i]));
		for (size_t i = 0; i < nown; i++)
			nf_put_cstr(w, own[i]);
		nf_endrow(w);
	}
	return w;
}

nf_writer *
nf_writer_fixed(const struct nf_options *o, const char *const *cols, size_t ncols)
{
	nf_writer *w = nf_xcalloc(1, sizeof *w);

	w->nown = ncols;
	w->line_buffered = o->line_buffered;
	if (!o->no_header) {
		for (size_t i = 0; i < ncols; i++)
			nf_put_cstr(w, cols[i]);
		nf_endrow(w);
	}
	return w;
}

void
nf_emit(nf_writer *w, const nf_record *src, const nf_str *own)
{
	if (src && w->r) {
		if (w->doc_synth) {
			nf_str d = nf_doc(w->r, src);
			nf_put(w, d.s, d.n);
		}
		for (size_t i = 0; i < w->npass; i++) {
			const nf_str *f = &src->f[w->pass[i]];
			nf_put(w, f->s, f->n);
		}
	}
	for (size_t i = 0; i < w->nown; i++)
		nf_put(w, own[i].s, own[i].n);
	nf_endrow(w);
}

void
nf_writer_free(nf_writer *w)
{
	if (!w)
		return;
	free(w->pass);
	free(w);
}
