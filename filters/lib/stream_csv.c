/* stream_csv.c — RFC 4180 CSV input through libcsv, behind the same record
 * interface as TSV. Strict mode, fed line by line, so an error names its
 * line and an unterminated quote is reported at the end, not swallowed. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "stream_impl.h"

static void
csv_field(void *s, size_t len, void *data)
{
	struct csv_rec *c = &((nf_reader *)data)->cur;

	if (c->nf == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		c->off = nf_xrealloc(c->off, c->cap * sizeof *c->off);
		c->len = nf_xrealloc(c->len, c->cap * sizeof *c->len);
	}
	c->off[c->nf] = c->data.n;
	c->len[c->nf] = len;
	nf_buf_add(&c->data, s ? s : "", s ? len : 0);
	nf_buf_addc(&c->data, '\0');
	c->nf++;
}

static void
csv_record(int ch, void *data)
{
	nf_reader *r = data;
	(void)ch;
	if (r->qlen == r->qcap) {
		size_t ncap = r->qcap ? r->qcap * 2 : 8;
		struct csv_rec *q = nf_xcalloc(ncap, sizeof *q);
		for (size_t i = 0; i < r->qlen; i++)
			q[i] = r->queue[(r->qhead + i) % r->qcap];
		free(r->queue);
		r->queue = q;
		r->qhead = 0;
		r->qcap = ncap;
	}
	r->cur.line = r->csv_start;
	r->queue[(r->qhead + r->qlen) % r->qcap] = r->cur;
	r->qlen++;
	memset(&r->cur, 0, sizeof r->cur);
	r->csv_start = r->lineno + 1;
}

static void
csv_free_rec(struct csv_rec *c)
{
	nf_buf_free(&c->data);
	free(c->off);
	free(c->len);
	memset(c, 0, sizeof *c);
}

static void
csv_reset(nf_reader *r)
{
	csv_free(&r->csv);
	csv_free_rec(&r->cur);
	if (csv_init(&r->csv, CSV_STRICT | CSV_STRICT_FINI) != 0)
		nf_die("out of memory");
	r->csv_start = r->lineno + 1;
}

/* Feed lines to libcsv until at least one record is queued or input ends. */
static void
csv_fill(nf_reader *r)
{
	size_t n;
	char *line;

	while (r->qlen == 0 && !r->csv_eof) {
		if (!(line = nf_reader_line(r, &n))) {
			r->csv_eof = true;
			if (csv_fini(&r->csv, csv_field, csv_record, r) != 0) {
				nf_error("%s:%ld: unterminated quoted field", nf_reader_shown(r), r->csv_start);
				csv_free_rec(&r->cur);
			}
			break;
		}
		if (csv_parse(&r->csv, line, n, csv_field, csv_record, r) != n ||
		    csv_parse(&r->csv, "\n", 1, csv_field, csv_record, r) != 1) {
			nf_error("%s:%ld: malformed CSV (%s)", nf_reader_shown(r), r->lineno,
				 csv_strerror(csv_error(&r->csv)));
			csv_reset(r);
		}
	}
}

static struct csv_rec *
csv_pop(nf_reader *r)
{
	csv_fill(r);
	if (r->qlen == 0)
		return NULL;
	csv_free_rec(&r->out);
	r->out = r->queue[r->qhead];
	r->qhead = (r->qhead + 1) % r->qcap;
	r->qlen--;
	return &r->out;
}

void
nf_csv_open(nf_reader *r)
{
	if (csv_init(&r->csv, CSV_STRICT | CSV_STRICT_FINI) != 0)
		nf_die("out of memory");
	r->csv_start = 1;
	if (r->opt.columns) {
		nf_reader_set_columns(r, r->opt.columns);
		return;
	}
	struct csv_rec *h = csv_pop(r);
	if (!h) {
		if (r->opt.need_text)
			nf_reader_set_columns_static(r, nf_raw_cols + 1, 2);
		return;
	}
	r->cols = nf_xcalloc(h->nf, sizeof *r->cols);
	for (size_t i = 0; i < h->nf; i++)
		r->cols[i] = nf_xstrdup(h->data.s + h->off[i]);
	r->ncols = h->nf;
}

const nf_record *
nf_csv_next(nf_reader *r)
{
	struct csv_rec *c;

	while ((c = csv_pop(r))) {
		if (c->nf != r->ncols) {
			nf_error("%s:%ld: %zu field%s, header has %zu", nf_reader_shown(r), c->line,
				 c->nf, c->nf == 1 ? "" : "s", r->ncols);
			continue;
		}
		for (size_t i = 0; i < c->nf; i++) {
			r->rec.f[i].s = c->data.s + c->off[i];
			r->rec.f[i].n = c->len[i];
		}
		r->rec.line = c->line;
		nf_reader_mark_doc(r);
		return &r->rec;
	}
	return NULL;
}

void
nf_csv_close(nf_reader *r)
{
	csv_free(&r->csv);
	csv_free_rec(&r->cur);
	csv_free_rec(&r->out);
	for (size_t i = 0; i < r->qlen; i++)
		csv_free_rec(&r->queue[(r->qhead + i) % r->qcap]);
	free(r->queue);
}
