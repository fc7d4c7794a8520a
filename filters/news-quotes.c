/* news-quotes — quotations with their speaker and cue verb, one row each.
 *
 * Rows of one document are held (a quotation may run over sentences and
 * paragraphs), then the document is searched as a whole. Pass-through
 * columns come from the row where the quotation starts. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "options.h"
#include "quotes_doc.h"
#include "stream.h"

static const char usage[] =
	"Usage: news-quotes [-aDT] [OPTION]... [FILE]\n"
	"Find quotations (direct, partial and indirect speech) with their speaker\n"
	"and cue verb: one row per quotation, columns quote, speaker, speaker_type,\n"
	"mention, cue, kind, text (and par, sent where the input has none).\n"
	"\n"
	"  -a, --all           also report scare quotes (short quoted terms, no cue)\n"
	"  -D, --no-indirect   only quotations in quote marks\n"
	"  -T, --no-tagger     speaker types by rule, without the statistical tagger\n";


typedef struct {
	nf_record *rec;
	uint32_t start;		/* first byte in the document */
} row;

struct run {
	nf_reader *r;
	nf_writer *w;
	qd_doc *d;
	size_t text;
	int par, sent;		/* input columns or -1 */
	int own_par;		/* the par column is ours */
	row *rows;
	size_t nrows, cap;
	nf_str prevpar;
	char *prevpar_buf;
};

/* The row a byte of the document came from. */
static const row *row_at(const struct run *u, uint32_t pos)
{
	size_t lo = 0, hi = u->nrows;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (u->rows[mid].start <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return &u->rows[lo];
}

static void put_num(nf_str *f, char *buf, size_t n, long v)
{
	f->s = buf;
	f->n = (size_t)snprintf(buf, n, "%ld", v);
}

static const char *const kinds[] = {"direct", "partial", "indirect"};

static void flush(struct run *u)
{
	if (!u->nrows)
		return;
	size_t n = qd_run(u->d);
	char nums[3][24];
	nf_str own[9];
	for (size_t i = 0; i < n; i++) {
		const qd_out *q = qd_get(u->d, i);
		size_t k = 0;
		if (u->own_par)
			put_num(&own[k++], nums[0], sizeof nums[0], qd_par(u->d, q->start));
		if (u->sent < 0)
			put_num(&own[k++], nums[1], sizeof nums[1], qd_sent(u->d, q->start));
		put_num(&own[k++], nums[2], sizeof nums[2], (long)i + 1);
		own[k++] = (nf_str){q->speaker.n ? q->speaker.s : "", q->speaker.n};
		own[k++] = (nf_str){q->type, strlen(q->type)};
		own[k++] = (nf_str){q->mention.n ? q->mention.s : "", q->mention.n};
		own[k++] = (nf_str){q->cue, strlen(q->cue)};
		own[k++] = (nf_str){kinds[q->kind], strlen(kinds[q->kind])};
		own[k++] = (nf_str){q->text.s, q->text.n};
		nf_emit(u->w, row_at(u, q->start)->rec, own);
	}
	for (size_t i = 0; i < u->nrows; i++)
		nf_record_free(u->rows[i].rec);
	u->nrows = 0;
	qd_begin(u->d);
}

/* Does this row start a paragraph? By the par column when there is one, by
 * sentence rows joining within a document otherwise. */
static int starts_par(struct run *u, const nf_record *rec)
{
	if (u->par >= 0) {
		const nf_str *p = &rec->f[u->par];
		int same = !rec->new_doc && u->prevpar_buf && u->prevpar.n == p->n &&
			   !memcmp(u->prevpar_buf, p->s, p->n);
		free(u->prevpar_buf);
		u->prevpar_buf = nf_xstrndup(p->s, p->n);
		u->prevpar.n = p->n;
		return !same;
	}
	return u->sent < 0 || rec->new_doc;
}

static void add_row(struct run *u, const nf_record *rec)
{
	if (rec->new_doc)
		flush(u);
	if (u->nrows == u->cap) {
		u->cap = u->cap ? 2 * u->cap : 64;
		u->rows = nf_xrealloc(u->rows, u->cap * sizeof *u->rows);
	}
	const nf_str *t = &rec->f[u->text];
	int np = starts_par(u, rec);
	u->rows[u->nrows].start = qd_add(u->d, t->s, t->n, np, u->sent >= 0);
	u->rows[u->nrows++].rec = nf_record_copy(rec);
}

static void run(FILE *f, const char *name, const struct nf_options *o,
		const struct qd_opts *qo)
{
	static const char *const all[] = {"par", "sent", "quote", "speaker",
		"speaker_type", "mention", "cue", "kind", "text"};
	struct run u = {0};
	u.r = nf_open(f, name, o);
	u.text = nf_need_col(u.r, "text");
	u.par = nf_col(u.r, "par");
	u.sent = nf_col(u.r, "sent");
	/* raw text's paragraphs are ours to number, as news-split does */
	u.own_par = u.par < 0 || nf_is_raw(u.r);
	struct qd_opts lo = *qo;
	lo.line_pars = u.own_par;
	const char *own[9];
	size_t nown = 0;
	for (size_t i = 0; i < 9; i++) {
		if ((i == 0 && !u.own_par) || (i == 1 && u.sent >= 0))
			continue;
		own[nown++] = all[i];
	}
	u.w = nf_writer_new(u.r, o, own, nown);
	u.d = qd_new(&lo);
	const nf_record *rec;
	while ((rec = nf_next(u.r)))
		add_row(&u, rec);
	flush(&u);
	qd_free(u.d);
	free(u.rows);
	free(u.prevpar_buf);
	nf_writer_free(u.w);
	nf_close(u.r);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		NF_COMMON_LONGOPTS,
		{"all", no_argument, 0, 'a'},
		{"no-indirect", no_argument, 0, 'D'},
		{"no-tagger", no_argument, 0, 'T'},
		{0, 0, 0, 0}
	};
	struct nf_options o = {0};
	struct qd_opts qo = {.all = 0, .indirect = 1, .tagger = 1, .mixed = 1};
	int c;

	nf_init(argv[0]);
	o.need_text = true;
	while ((c = getopt_long(argc, argv, "aDT", longopts, NULL)) != -1) {
		if (nf_common_option(c, optarg, &o, usage))
			continue;
		if (c == 'a')
			qo.all = 1;
		else if (c == 'D')
			qo.indirect = 0;
		else if (c == 'T')
			qo.tagger = 0;
	}
	if (argc - optind > 1)
		nf_usage_error("one input at a time (got %d files); use cat to join them",
			       argc - optind);
	if (optind == argc || strcmp(argv[optind], "-") == 0) {
		run(stdin, "-", &o, &qo);
	} else {
		FILE *f = fopen(argv[optind], "r");
		if (f) {
			run(f, argv[optind], &o, &qo);
			fclose(f);
		} else {
			nf_die("%s: %s", argv[optind], strerror(errno));
		}
	}
	return nf_finish();
}
