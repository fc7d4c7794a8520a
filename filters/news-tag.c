/* news-tag — named entities in the text column: one row per mention.
 *
 * Each row's text is tokenized, cut into sentences (a row may be a whole
 * paragraph), and tagged by the averaged-perceptron model (ner.h); the
 * document memory the model uses is dropped at every new document. */
#include <stdio.h>
#include <string.h>

#include "data.h"
#include "error.h"
#include "mentions.h"
#include "options.h"
#include "stream.h"

NF_DATA(ner_model);

static const char usage[] =
	"Usage: news-tag [--model FILE] [--context] [OPTION]... [FILE]...\n"
	"Find names of people (PER), organisations (ORG), places (LOC) and other\n"
	"names (MISC), dates (DATE), amounts of money (MONEY) and percentages\n"
	"(PERCENT) in the text column: one row per mention with start, end\n"
	"(characters in text), type, mention (as written) and entity (its\n"
	"canonical name in the document).\n"
	"\n"
	"  -m, --model FILE   use this model instead of the compiled-in one\n"
	"  -c, --context      keep the text column\n";

struct prog {
	struct nf_options o;
	const char *model_path;
	bool context;
	ner_model model;
	nf_nerpat *pat;
	nf_mentions *ms;
};

static void load_model(struct prog *p)
{
	char err[200];
	nf_blob b = p->model_path ? nf_blob_file(p->model_path) : NF_BLOB(ner_model);
	if (ner_model_load(&p->model, b, err, sizeof err) != 0)
		nf_die("%s: %s", p->model_path ? p->model_path : "compiled-in model", err);
}

static void tag_stream(FILE *f, const char *name, void *ctx)
{
	struct prog *p = ctx;
	struct nf_options *o = &p->o;
	static const char *const own[] = { "start", "end", "type", "mention",
					   "entity", "text" };
	nf_reader *r = nf_open(f, name, o);
	nf_writer *w = nf_writer_new(r, o, own, p->context ? 6 : 5);
	if (nf_ncols(r) == 0) {
		nf_writer_free(w);
		nf_close(r);
		return;
	}
	size_t tcol = nf_need_col(r, "text");
	const nf_record *rec;
	while ((rec = nf_next(r))) {
		if (rec->new_doc)
			nf_mentions_new_doc(p->ms);
		const nf_str *text = &rec->f[tcol];
		size_t n = nf_mentions_find(p->ms, text->s, text->n);
		for (size_t i = 0; i < n; i++) {
			nf_str v[6];
			nf_mentions_row(p->ms, i, v);
			v[5] = *text;
			nf_emit(w, rec, v);
		}
	}
	nf_writer_free(w);
	nf_close(r);
	o->no_header = true;	/* one header for all the files */
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		NF_COMMON_LONGOPTS,
		{ "model", required_argument, 0, 'm' },
		{ "context", no_argument, 0, 'c' },
		{ 0, 0, 0, 0 }
	};
	struct prog p = { 0 };
	int c;

	nf_init(argv[0]);
	while ((c = getopt_long(argc, argv, "m:c", longopts, NULL)) != -1) {
		if (nf_common_option(c, optarg, &p.o, usage))
			continue;
		if (c == 'm')
			p.model_path = optarg;
		else if (c == 'c')
			p.context = true;
	}
	p.o.need_text = true;
	load_model(&p);
	p.pat = nf_nerpat_new(NULL);
	if (!p.pat)
		nf_die("cannot compile the built-in patterns");
	p.ms = nf_mentions_new(&p.model, p.pat);
	nf_each_input(argc, argv, optind, tag_stream, &p);
	nf_mentions_free(p.ms);
	nf_nerpat_free(p.pat);
	ner_model_free(&p.model);
	return nf_finish();
}
