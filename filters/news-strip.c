/* news-strip — raw articles (HTML or plain text, alone or as a TSV, CSV or
 * sfeed stream) → one row per kept paragraph: par, role, text. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "error.h"
#include "options.h"
#include "stream.h"
#include "strip.h"
#include "strip_input.h"

static const char usage[] =
	"Usage: news-strip [OPTION]... [FILE]...\n"
	"Keep the article of each page: title, byline, date and body paragraphs.\n"
	"A FILE (or stdin) is one article, HTML or plain text, or a TSV stream with\n"
	"an html or text column (detected from its first line, or --tsv/--csv).\n"
	"\n"
	"  -e, --explain         also write the dropped blocks (role boilerplate)\n"
	"                        with a why column naming the rule or score\n"
	"      --sfeed           input is sfeed(5) TSV: timestamp, title, link,\n"
	"                        content, content-type, id, author, enclosure, category\n"
	"Output: doc, the input's other columns, par, role, [why,] text;\n"
	"role is title, byline, date or body.\n";

enum { OPT_SFEED = NF_OPT_FIRST_PROGRAM };

static const char sfeed_columns[] =
	"timestamp,title,link,content,content_type,id,author,enclosure,category";
static const char *const sfeed_pass[] = { "timestamp", "title", "link", "author" };
/* Input columns never passed through: the page itself and our own. */
static const char *const not_passed[] = { "doc", "html", "text", "par", "role", "why" };

struct ctx {
	struct nf_options o;
	bool explain, sfeed;
	nf_writer *w;
	const char **pass;	/* pass-through column names, fixed by the first input */
	size_t npass;
	long par;
	strip_out out;
	nf_buf raw;
};

static bool owned_column(const char *name)
{
	for (size_t i = 0; i < sizeof not_passed / sizeof *not_passed; i++)
		if (!strcmp(name, not_passed[i]))
			return true;
	return false;
}

/* The output schema: doc, pass-through columns, par, role, [why,] text. */
static void open_writer(struct ctx *c, nf_reader *r)
{
	size_t n = r ? nf_ncols(r) : 0;
	c->pass = nf_xcalloc(n + 4, sizeof *c->pass);
	if (c->sfeed) {
		for (size_t i = 0; i < 4; i++)
			c->pass[c->npass++] = sfeed_pass[i];
	} else {
		for (size_t i = 0; i < n; i++)
			if (!owned_column(nf_colname(r, i)))
				c->pass[c->npass++] = nf_colname(r, i);
	}
	const char **cols = nf_xcalloc(c->npass + 5, sizeof *cols);
	size_t k = 0;
	cols[k++] = "doc";
	for (size_t i = 0; i < c->npass; i++)
		cols[k++] = c->pass[i];
	cols[k++] = "par";
	cols[k++] = "role";
	if (c->explain)
		cols[k++] = "why";
	cols[k++] = "text";
	c->w = nf_writer_fixed(&c->o, cols, k);
	/* names must outlive r: copy them */
	for (size_t i = 0; i < c->npass; i++)
		c->pass[i] = nf_xstrdup(c->pass[i]);
	free(cols);
}

static void emit(struct ctx *c, nf_str doc, const nf_str *pass, bool new_doc)
{
	if (new_doc)
		c->par = 0;
	for (size_t i = 0; i < c->out.n; i++) {
		const strip_block *b = &c->out.b[i];
		bool kept = b->role != STRIP_BOILER;
		if (!kept && !c->explain)
			continue;
		nf_put(c->w, doc.s, doc.n);
		for (size_t j = 0; j < c->npass; j++)
			nf_put(c->w, pass ? pass[j].s : "", pass ? pass[j].n : 0);
		nf_put_long(c->w, kept ? ++c->par : 0);
		nf_put_cstr(c->w, strip_role_name[b->role]);
		if (c->explain)
			nf_put_cstr(c->w, b->why);
		nf_put(c->w, b->text, b->n);
		nf_endrow(c->w);
	}
}

/* sfeed: the feed's title, author and timestamp stand in for what the page
 * lacks (pass holds timestamp, title, link, author). */
static void sfeed_meta(struct ctx *c, const nf_str *pass)
{
	if (pass[1].n)
		strip_add_meta(&c->out, STRIP_TITLE, pass[1].s, pass[1].n);
	if (pass[3].n)
		strip_add_meta(&c->out, STRIP_BYLINE, pass[3].s, pass[3].n);
	char *end;
	errno = 0;
	long long t = strtoll(pass[0].s, &end, 10);
	struct tm tm;
	time_t tt = (time_t)t;
	char iso[32];
	if (pass[0].n && *end == '\0' && !errno && gmtime_r(&tt, &tm) &&
	    strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm))
		strip_add_meta(&c->out, STRIP_DATE, iso, strlen(iso));
}

static int content_col(nf_reader *r, bool sfeed, bool *html)
{
	*html = !sfeed && nf_col(r, "html") >= 0;
	if (sfeed)
		return (int)nf_need_col(r, "content");
	return (int)nf_need_col(r, *html ? "html" : "text");
}

static void run_stream(struct ctx *c, FILE *f, const char *name, enum nf_format fmt)
{
	struct nf_options o = c->o;
	o.format = fmt;
	if (c->sfeed)
		o.columns = sfeed_columns;
	nf_reader *r = nf_open(f, name, &o);
	if (!c->w)
		open_writer(c, r);
	if (nf_ncols(r) == 0) {
		nf_close(r);
		return;
	}
	bool html;
	int col = content_col(r, c->sfeed, &html);
	int *idx = nf_xcalloc(c->npass + 1, sizeof *idx);
	for (size_t i = 0; i < c->npass; i++)
		idx[i] = nf_col(r, c->pass[i]);
	nf_str *pass = nf_xcalloc(c->npass + 1, sizeof *pass);
	int ctype = c->sfeed ? nf_col(r, "content_type") : -1;
	int id = c->sfeed ? nf_col(r, "id") : -1, link = c->sfeed ? nf_col(r, "link") : -1;
	const nf_record *rec;
	while ((rec = nf_next(r))) {
		for (size_t i = 0; i < c->npass; i++)
			pass[i] = idx[i] >= 0 ? rec->f[idx[i]] : (nf_str){ "", 0 };
		const nf_str *page = &rec->f[col];
		nf_str doc = c->sfeed ? rec->f[rec->f[id].n ? id : link] : nf_doc(r, rec);
		bool is_html = c->sfeed ? !strcmp(rec->f[ctype].s, "html") : html;
		strip_clear(&c->out);
		int rc = is_html ? strip_html(page->s, page->n, &c->out)
				 : strip_article(page->s, page->n, &c->out);
		if (rc < 0)
			nf_error("%s:%ld: cannot parse the HTML of %.*s", nf_name(r),
				 rec->line, (int)doc.n, doc.s);
		if (c->sfeed)
			sfeed_meta(c, pass);
		emit(c, doc, pass, c->sfeed || rec->new_doc);
	}
	free(idx);
	free(pass);
	nf_close(r);
}

static void run_article(struct ctx *c, const char *name)
{
	if (!c->w)
		open_writer(c, NULL);
	nf_str doc = { name, strlen(name) };
	const unsigned char *u = (const unsigned char *)c->raw.s;
	bool bom16 = c->raw.n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
	if (!bom16 && strip_is_binary(c->raw.s, c->raw.n)) {
		nf_error("%s: binary data, not an article", name);
		return;
	}
	strip_clear(&c->out);
	if (strip_article(c->raw.s, c->raw.n, &c->out) < 0)
		nf_error("%s: cannot parse the HTML", name);
	emit(c, doc, NULL, true);
}

static void process(FILE *f, const char *name, void *ctx)
{
	struct ctx *c = ctx;
	if (c->sfeed || c->o.columns || c->o.format == NF_TSV) {
		run_stream(c, f, name, NF_TSV);
	} else if (c->o.format == NF_CSV) {
		run_stream(c, f, name, NF_CSV);
	} else {
		nf_buf_clear(&c->raw);
		FILE *s = c->o.format == NF_AUTO ? strip_sniff_tsv(f, &c->raw) : NULL;
		if (s) {
			run_stream(c, s, name, NF_TSV);
			fclose(s);
			return;
		}
		if (!strip_slurp(f, &c->raw))
			nf_error("%s: read error: %s", name, strerror(errno));
		else
			run_article(c, name);
	}
}

static void parse_options(int argc, char **argv, struct ctx *c)
{
	static const struct option longopts[] = {
		NF_COMMON_LONGOPTS,
		{"explain", no_argument, 0, 'e'},
		{"sfeed", no_argument, 0, OPT_SFEED},
		{0, 0, 0, 0},
	};
	int ch;
	while ((ch = getopt_long(argc, argv, "e", longopts, NULL)) != -1) {
		if (nf_common_option(ch, optarg, &c->o, usage))
			continue;
		if (ch == 'e')
			c->explain = true;
		else if (ch == OPT_SFEED)
			c->sfeed = true;
	}
}

int main(int argc, char **argv)
{
	nf_init(argv[0]);
	struct ctx c = {0};
	parse_options(argc, argv, &c);
	nf_each_input(argc, argv, optind, process, &c);
	if (!c.w)
		open_writer(&c, NULL);
	nf_writer_free(c.w);
	for (size_t i = 0; i < c.npass; i++)
		free((char *)c.pass[i]);
	free(c.pass);
	strip_free(&c.out);
	nf_buf_free(&c.raw);
	strip_cleanup();
	return nf_finish();
}
