/* stream.c — reading and writing the TSV stream (see stream.h, newsfilters(5)). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "buf.h"
#include "error.h"
#include "stream.h"
#include "utf8.h"

/* A record parsed by libcsv, waiting to be handed out. */
struct csv_rec {
	nf_buf data;		/* fields, each NUL-terminated */
	size_t *off, *len, nf, cap;
	long line;
};

struct nf_reader {
	FILE *f;
	const char *name;
	struct nf_options opt;
	enum nf_format fmt;

	char **cols;
	size_t ncols;
	int doc_col;
	nf_buf header;		/* the header line as read, to skip repeats */

	char *line;		/* getline buffer, reused */
	size_t linecap;
	long lineno;
	nf_buf fix;		/* a repaired copy, only for bad lines */
	size_t bad_utf8, nul_bytes;

	nf_record rec;
	nf_buf prevdoc;
	bool have_prev;
	char docnum[24];

	bool pending;		/* auto mode: the first line is text, not a header */
	nf_buf pend;

	nf_buf para;		/* raw mode */
	long par, para_line;
	char parnum[24];

	struct csv_parser csv;	/* csv mode */
	struct csv_rec cur, out;
	struct csv_rec *queue;
	size_t qhead, qlen, qcap;
	long csv_start;
	bool csv_eof;
};

static const char *
shown(const nf_reader *r)
{
	return strcmp(r->name, "-") == 0 ? "stdin" : r->name;
}

/* ---- lines ---- */

/* Repair invalid UTF-8 and NUL bytes into r->fix; returns the repaired line. */
static char *
repair(nf_reader *r, const char *s, size_t n, size_t *outn)
{
	nf_buf_clear(&r->fix);
	size_t i = 0;
	const char *nul = memchr(s, '\0', n);
	while (i < n) {
		/* the next NUL is found once, not the whole rest per bad byte */
		if (nul && nul < s + i)
			nul = memchr(s + i, '\0', n - i);
		size_t ok = nf_utf8_valid_prefix(s + i, nul ? (size_t)(nul - (s + i)) : n - i);
		nf_buf_add(&r->fix, s + i, ok);
		i += ok;
		if (i >= n)
			break;
		if (s[i] == '\0')
			r->nul_bytes++;
		else
			r->bad_utf8++;
		nf_buf_add(&r->fix, "\xEF\xBF\xBD", 3);
		i++;
	}
	*outn = r->fix.n;
	return r->fix.s;
}

/* Next input line without its LF (and a CR before it), valid UTF-8 without
 * NUL bytes. Returns NULL at end of input. */
static char *
read_line(nf_reader *r, size_t *len)
{
	ssize_t got = getline(&r->line, &r->linecap, r->f);

	if (got < 0) {
		if (ferror(r->f))
			nf_die("%s: read error: %s", shown(r), strerror(errno));
		return NULL;
	}
	r->lineno++;
	size_t n = (size_t)got;
	if (n && r->line[n - 1] == '\n')
		n--;
	if (n && r->line[n - 1] == '\r')
		n--;
	r->line[n] = '\0';
	if (nf_utf8_valid_prefix(r->line, n) != n || memchr(r->line, '\0', n))
		return repair(r, r->line, n, len);
	*len = n;
	return r->line;
}

/* ---- escapes ---- */

size_t
nf_unescape(char *s, size_t n)
{
	char *p = memchr(s, '\\', n);
	if (!p)
		return n;
	size_t o = (size_t)(p - s);
	for (size_t i = o; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			switch (s[i + 1]) {
			case 't': s[o++] = '\t'; i++; continue;
			case 'n': s[o++] = '\n'; i++; continue;
			case 'r': s[o++] = '\r'; i++; continue;
			case '\\': s[o++] = '\\'; i++; continue;
			default: break;
			}
		}
		s[o++] = s[i];
	}
	s[o] = '\0';
	return o;
}

/* Split s at tabs into at most max fields (in place). Returns the number of
 * fields found, which may exceed max (the rest are not stored). */
static size_t
split_tabs(char *s, size_t n, nf_str *f, size_t max)
{
	size_t k = 0;
	char *end = s + n;

	for (;;) {
		char *tab = memchr(s, '\t', (size_t)(end - s));
		char *e = tab ? tab : end;
		if (k < max) {
			*e = '\0';
			f[k].s = s;
			f[k].n = nf_unescape(s, (size_t)(e - s));
		}
		k++;
		if (!tab)
			return k;
		s = tab + 1;
	}
}

/* ---- header ---- */

static void
set_columns_list(nf_reader *r, const char *list)
{
	char *copy = nf_xstrdup(list);
	size_t n = 1;

	for (const char *p = copy; *p; p++)
		n += *p == ',';
	r->cols = nf_xcalloc(n, sizeof *r->cols);
	char *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
		r->cols[r->ncols++] = nf_xstrdup(t);
	free(copy);
	if (r->ncols == 0)
		nf_usage_error("--columns needs a list of names");
}

static void
set_columns_fields(nf_reader *r, const nf_str *f, size_t n)
{
	r->cols = nf_xcalloc(n, sizeof *r->cols);
	for (size_t i = 0; i < n; i++)
		r->cols[i] = nf_xstrndup(f[i].s, f[i].n);
	r->ncols = n;
}

static void
set_columns_static(nf_reader *r, const char *const *names, size_t n)
{
	r->cols = nf_xcalloc(n, sizeof *r->cols);
	for (size_t i = 0; i < n; i++)
		r->cols[i] = nf_xstrdup(names[i]);
	r->ncols = n;
}

static size_t
count_fields(const char *s, size_t n)
{
	size_t k = 1;
	for (const char *p = s; (p = memchr(p, '\t', n - (size_t)(p - s))); p++)
		k++;
	return k;
}

static void
tsv_header_from(nf_reader *r, char *line, size_t n)
{
	nf_buf_add(&r->header, line, n);
	size_t k = count_fields(line, n);
	nf_str *f = nf_xcalloc(k, sizeof *f);
	split_tabs(line, n, f, k);
	set_columns_fields(r, f, k);
	free(f);
}

static void csv_open(nf_reader *r);

static const char *const raw_cols[] = { "doc", "par", "text" };

nf_reader *
nf_open(FILE *f, const char *name, const struct nf_options *o)
{
	nf_reader *r = nf_xcalloc(1, sizeof *r);

	r->f = f;
	r->name = name ? name : "-";
	r->opt = *o;
	r->fmt = o->format;
	if (r->fmt == NF_AUTO && (!o->need_text || o->columns))
		r->fmt = NF_TSV;

	if (r->fmt == NF_CSV) {
		csv_open(r);
	} else if (r->fmt == NF_RAW) {
		set_columns_static(r, raw_cols, 3);
	} else if (o->columns) {
		set_columns_list(r, o->columns);
	} else {
		size_t n;
		char *line = read_line(r, &n);
		bool has_text = false;
		if (line && r->fmt == NF_AUTO) {
			/* Look for a "text" column without disturbing the line. */
			for (const char *p = line; p <= line + n;) {
				const char *tab = memchr(p, '\t', (size_t)(line + n - p));
				size_t len = tab ? (size_t)(tab - p) : (size_t)(line + n - p);
				if (len == 4 && memcmp(p, "text", 4) == 0)
					has_text = true;
				if (!tab)
					break;
				p = tab + 1;
			}
		}
		if (!line) {
			/* Empty input: a stream with no rows, but a schema to write. */
			if (o->need_text)
				set_columns_static(r, raw_cols, 3);
			r->fmt = o->need_text ? NF_RAW : NF_TSV;
		} else if (r->fmt == NF_TSV || has_text) {
			r->fmt = NF_TSV;
			tsv_header_from(r, line, n);
		} else {
			r->fmt = NF_RAW;
			set_columns_static(r, raw_cols, 3);
			nf_buf_add(&r->pend, line, n);
			r->pending = true;
		}
	}
	r->doc_col = nf_col(r, "doc");
	r->rec.f = nf_xcalloc(r->ncols ? r->ncols : 1, sizeof *r->rec.f);
	r->rec.nf = r->ncols;
	return r;
}

/* ---- records ---- */

static void
mark_doc(nf_reader *r)
{
	if (r->doc_col < 0) {
		r->rec.new_doc = true;
		return;
	}
	const nf_str *d = &r->rec.f[r->doc_col];
	r->rec.new_doc = !r->have_prev || d->n != r->prevdoc.n ||
		memcmp(d->s, r->prevdoc.s, d->n) != 0;
	if (r->rec.new_doc) {
		nf_buf_clear(&r->prevdoc);
		nf_buf_add(&r->prevdoc, d->s, d->n);
		r->have_prev = true;
	}
}

static const nf_record *
next_tsv(nf_reader *r)
{
	size_t n;
	char *line;

	while ((line = read_line(r, &n))) {
		if (r->header.n && n == r->header.n && memcmp(line, r->header.s, n) == 0)
			continue;	/* a repeated header: concatenated outputs */
		size_t k = split_tabs(line, n, r->rec.f, r->ncols);
		if (k != r->ncols) {
			nf_error("%s:%ld: %zu field%s, header has %zu", shown(r), r->lineno,
				 k, k == 1 ? "" : "s", r->ncols);
			continue;
		}
		r->rec.line = r->lineno;
		mark_doc(r);
		return &r->rec;
	}
	return NULL;
}

static bool
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v')
			return false;
	return true;
}

static const nf_record *
next_raw(nf_reader *r)
{
	size_t n;
	char *line;

	nf_buf_clear(&r->para);
	for (;;) {
		if (r->pending) {
			line = r->pend.s;
			n = r->pend.n;
			r->pending = false;
		} else if (!(line = read_line(r, &n))) {
			break;
		}
		if (blank(line, n)) {
			if (r->para.n)
				break;
			continue;
		}
		if (r->para.n)
			nf_buf_addc(&r->para, '\n');
		else
			r->para_line = r->lineno;
		nf_buf_add(&r->para, line, n);
	}
	if (!r->para.n)
		return NULL;
	r->par++;
	snprintf(r->parnum, sizeof r->parnum, "%ld", r->par);
	r->rec.f[0].s = "-";
	r->rec.f[0].n = 1;
	r->rec.f[1].s = r->parnum;
	r->rec.f[1].n = strlen(r->parnum);
	r->rec.f[2].s = r->para.s;
	r->rec.f[2].n = r->para.n;
	r->rec.line = r->para_line;
	r->rec.new_doc = r->par == 1;
	return &r->rec;
}

/* ---- CSV through libcsv ---- */

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
		if (!(line = read_line(r, &n))) {
			r->csv_eof = true;
			if (csv_fini(&r->csv, csv_field, csv_record, r) != 0) {
				nf_error("%s:%ld: unterminated quoted field", shown(r), r->csv_start);
				csv_free_rec(&r->cur);
			}
			break;
		}
		if (csv_parse(&r->csv, line, n, csv_field, csv_record, r) != n ||
		    csv_parse(&r->csv, "\n", 1, csv_field, csv_record, r) != 1) {
			nf_error("%s:%ld: malformed CSV (%s)", shown(r), r->lineno,
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

static void
csv_open(nf_reader *r)
{
	if (csv_init(&r->csv, CSV_STRICT | CSV_STRICT_FINI) != 0)
		nf_die("out of memory");
	r->csv_start = 1;
	if (r->opt.columns) {
		set_columns_list(r, r->opt.columns);
		return;
	}
	struct csv_rec *h = csv_pop(r);
	if (!h) {
		if (r->opt.need_text)
			set_columns_static(r, raw_cols + 1, 2);
		return;
	}
	r->cols = nf_xcalloc(h->nf, sizeof *r->cols);
	for (size_t i = 0; i < h->nf; i++)
		r->cols[i] = nf_xstrdup(h->data.s + h->off[i]);
	r->ncols = h->nf;
}

static const nf_record *
next_csv(nf_reader *r)
{
	struct csv_rec *c;

	while ((c = csv_pop(r))) {
		if (c->nf != r->ncols) {
			nf_error("%s:%ld: %zu field%s, header has %zu", shown(r), c->line,
				 c->nf, c->nf == 1 ? "" : "s", r->ncols);
			continue;
		}
		for (size_t i = 0; i < c->nf; i++) {
			r->rec.f[i].s = c->data.s + c->off[i];
			r->rec.f[i].n = c->len[i];
		}
		r->rec.line = c->line;
		mark_doc(r);
		return &r->rec;
	}
	return NULL;
}

const nf_record *
nf_next(nf_reader *r)
{
	switch (r->fmt) {
	case NF_RAW:
		return next_raw(r);
	case NF_CSV:
		return next_csv(r);
	default:
		return next_tsv(r);
	}
}

void
nf_close(nf_reader *r)
{
	if (!r)
		return;
	if (r->bad_utf8)
		nf_warn("%s: %zu invalid UTF-8 byte%s replaced by U+FFFD", shown(r),
			r->bad_utf8, r->bad_utf8 == 1 ? "" : "s");
	if (r->nul_bytes)
		nf_warn("%s: %zu NUL byte%s replaced by U+FFFD", shown(r),
			r->nul_bytes, r->nul_bytes == 1 ? "" : "s");
	for (size_t i = 0; i < r->ncols; i++)
		free(r->cols[i]);
	free(r->cols);
	free(r->rec.f);
	free(r->line);
	nf_buf_free(&r->header);
	nf_buf_free(&r->fix);
	nf_buf_free(&r->prevdoc);
	nf_buf_free(&r->pend);
	nf_buf_free(&r->para);
	if (r->fmt == NF_CSV) {
		csv_free(&r->csv);
		csv_free_rec(&r->cur);
		csv_free_rec(&r->out);
		for (size_t i = 0; i < r->qlen; i++)
			csv_free_rec(&r->queue[(r->qhead + i) % r->qcap]);
		free(r->queue);
	}
	free(r);
}

/* ---- columns ---- */

size_t nf_ncols(const nf_reader *r) { return r->ncols; }
const char *nf_colname(const nf_reader *r, size_t i) { return r->cols[i]; }
int nf_doc_col(const nf_reader *r) { return r->doc_col; }
bool nf_is_raw(const nf_reader *r) { return r->fmt == NF_RAW; }
const char *nf_name(const nf_reader *r) { return shown(r); }

int
nf_col(const nf_reader *r, const char *name)
{
	for (size_t i = 0; i < r->ncols; i++)
		if (strcmp(r->cols[i], name) == 0)
			return (int)i;
	return -1;
}

size_t
nf_need_col(const nf_reader *r, const char *name)
{
	int c = nf_col(r, name);
	if (c >= 0)
		return (size_t)c;
	nf_buf have = { 0 };
	for (size_t i = 0; i < r->ncols; i++) {
		if (i)
			nf_buf_adds(&have, ", ");
		nf_buf_adds(&have, r->cols[i]);
	}
	fprintf(stderr, "%s: %s: no column '%s' in header (have: %s)\n", nf_prog,
		shown(r), name, have.n ? have.s : "nothing");
	nf_buf_free(&have);
	exit(2);
}

nf_str
nf_doc(nf_reader *r, const nf_record *rec)
{
	if (r->doc_col >= 0)
		return rec->f[r->doc_col];
	/* No doc column: every row is its own document, named by its line. */
	snprintf(r->docnum, sizeof r->docnum, "%ld", rec->line);
	nf_str s = { r->docnum, strlen(r->docnum) };
	return s;
}

nf_record *
nf_record_copy(const nf_record *rec)
{
	size_t total = 0;
	for (size_t i = 0; i < rec->nf; i++)
		total += rec->f[i].n + 1;
	/* One allocation: the record, its field array, then the bytes. */
	nf_record *c = nf_xmalloc(sizeof *c + rec->nf * sizeof(nf_str) + total);
	nf_str *f = (nf_str *)(c + 1);
	char *p = (char *)(f + rec->nf);
	for (size_t i = 0; i < rec->nf; i++) {
		memcpy(p, rec->f[i].s, rec->f[i].n);
		p[rec->f[i].n] = '\0';
		f[i].s = p;
		f[i].n = rec->f[i].n;
		p += rec->f[i].n + 1;
	}
	c->f = f;
	c->nf = rec->nf;
	c->line = rec->line;
	c->new_doc = rec->new_doc;
	return c;
}

void
nf_record_free(nf_record *rec)
{
	free(rec);
}

void
nf_each_input(int argc, char **argv, int first,
	      void (*fn)(FILE *f, const char *name, void *ctx), void *ctx)
{
	if (first >= argc) {
		fn(stdin, "-", ctx);
		return;
	}
	for (int i = first; i < argc; i++) {
		bool std = strcmp(argv[i], "-") == 0;
		FILE *f = std ? stdin : fopen(argv[i], "r");
		if (!f) {
			nf_error("%s: %s", argv[i], strerror(errno));
			continue;
		}
		fn(f, argv[i], ctx);
		if (!std)
			fclose(f);
	}
}
