/* news-split — one row per sentence of the text column.
 *
 * The splitting itself is filters/lib/sentsplit.c (news-quotes uses it
 * too); this is the stream around it: sent numbers the sentences of each
 * document, par its paragraphs when no earlier stage did: blank-line ones,
 * and each line of text that writes one paragraph a line. */
#include <stdio.h>
#include <stdlib.h>

#include "error.h"
#include "options.h"
#include "sentsplit.h"
#include "stream.h"

static const char usage[] =
	"Usage: news-split [-a FILE] [OPTION]... [FILE]...\n"
	"Split the text column into sentences: one row per sentence, numbered\n"
	"1.. per document in the column sent; par numbers each document's\n"
	"paragraphs when the input has no par column (or is plain text): they\n"
	"end at blank lines, and at line ends in text that writes one\n"
	"paragraph a line.\n"
	"\n"
	"  -a, --abbreviations FILE  abbreviation list replacing the built-in one\n"
	"                            (format: filters/data/abbrev-titles.txt)\n";

struct split {
	nf_splitter *sp;
	struct nf_options *o;
	nf_writer *w;
	size_t text;		/* column of the text */
	int add_par;		/* par is ours: none in the input, or raw text */
	long sent, par;		/* last sentence and paragraph of the document */
	nf_sent *s;		/* sentences of the current record, reused */
	size_t cap;
};

struct digits {
	char s[24];
};

/* Decimal digits of v (>= 0) into d; returns them as a field. */
static nf_str
number(struct digits *d, long v)
{
	size_t i = sizeof d->s;

	do
		d->s[--i] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	return (nf_str){ d->s + i, sizeof d->s - i };
}

static void
split_record(struct split *x, const nf_record *rec)
{
	const nf_str text = rec->f[x->text];
	struct digits sentbuf, parbuf;
	nf_str own[3];
	int lastpar = -1;

	if (rec->new_doc)
		x->sent = x->par = 0;
	size_t n = nf_split(x->sp, text.s, text.n, &x->s, &x->cap);
	for (size_t i = 0; i < n; i++) {
		size_t k = 0;

		if (x->add_par)
			own[k++] = number(&parbuf, x->par + 1 + x->s[i].par);
		own[k++] = number(&sentbuf, ++x->sent);
		own[k++] = (nf_str){ text.s + x->s[i].start, x->s[i].end - x->s[i].start };
		nf_emit(x->w, rec, own);
		lastpar = x->s[i].par;
	}
	x->par += lastpar + 1;
}

/* One input; the header is written for the first only. */
static void
split_stream(FILE *f, const char *name, void *ctx)
{
	static const char *const with_par[] = { "par", "sent", "text" };
	struct split *x = ctx;
	nf_reader *r;
	const nf_record *rec;

	x->o->need_text = true;
	r = nf_open(f, name, x->o);
	x->text = nf_need_col(r, "text");
	/* raw text's paragraphs are our own to number: its blank-line ones
	 * and the lines of text that writes a paragraph a line */
	x->add_par = nf_col(r, "par") < 0 || nf_is_raw(r);
	x->w = nf_writer_new(r, x->o, with_par + !x->add_par, 3 - !x->add_par);
	while ((rec = nf_next(r)))
		split_record(x, rec);
	nf_writer_free(x->w);
	nf_close(r);
	x->o->no_header = true;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		NF_COMMON_LONGOPTS,
		{ "abbreviations", required_argument, 0, 'a' },
		{ 0, 0, 0, 0 }
	};
	struct nf_options o = { 0 };
	struct split x = { .o = &o };
	const char *abbrev = NULL;
	int c;

	nf_init(argv[0]);
	while ((c = getopt_long(argc, argv, "a:", longopts, NULL)) != -1) {
		if (nf_common_option(c, optarg, &o, usage))
			continue;
		if (c == 'a')
			abbrev = optarg;
	}
	x.sp = nf_splitter_new(abbrev);
	nf_each_input(argc, argv, optind, split_stream, &x);
	nf_splitter_free(x.sp);
	free(x.s);
	return nf_finish();
}
