/* news-agg — count rows and documents per group of any newsfilters table.
 *
 * Rows of one document are contiguous, so docs is counted with one serial
 * number per group, never a set of documents: memory grows with the number
 * of groups only. --merge adds up earlier outputs; for document-disjoint
 * inputs merging is exact, associative and commutative. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "groups.h"
#include "options.h"
#include "stream.h"

static const char usage[] =
	"Usage: news-agg [-g COL,COL] [-n N] [--merge] [OPTION]... [FILE]...\n"
	"Count rows (count) and distinct documents (docs) per group of a table.\n"
	"\n"
	"  -g, --group COLS   group by these columns (default: type,entity for news-tag\n"
	"                     output, speaker for news-quotes output, and every column but\n"
	"                     count and docs with --merge)\n"
	"  -n, --top N        only the N largest groups\n"
	"  -m, --merge        input is earlier news-agg output: add up count and docs\n"
	"Output: count, docs, the group columns; by count descending, then bytes of the key.\n";

struct agg {
	const struct nf_options *opt;
	const char *group;	/* -g */
	long top;		/* -n, 0 = all */
	bool merge;
	nf_groups *groups;
	char **names;		/* group column names, from the first input */
	size_t ngroup;
	uint64_t docserial;
};

/* Group column names from -g, or the default for this input. */
static void
choose_groups(struct agg *a, nf_reader *r)
{
	if (a->group) {
		char *copy = nf_xstrdup(a->group), *save = NULL;
		a->names = nf_xcalloc(strlen(copy) + 1, sizeof *a->names);
		a->ngroup = 0;
		for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
			a->names[a->ngroup++] = nf_xstrdup(t);
		free(copy);
		if (!a->ngroup)
			nf_usage_error("-g needs column names");
		return;
	}
	a->names = nf_xcalloc(nf_ncols(r) + 2, sizeof *a->names);
	if (a->merge) {
		for (size_t i = 0; i < nf_ncols(r); i++) {
			const char *c = nf_colname(r, i);
			if (strcmp(c, "count") != 0 && strcmp(c, "docs") != 0)
				a->names[a->ngroup++] = nf_xstrdup(c);
		}
	} else if (nf_col(r, "type") >= 0 && nf_col(r, "entity") >= 0) {
		a->names[a->ngroup++] = nf_xstrdup("type");
		a->names[a->ngroup++] = nf_xstrdup("entity");
	} else if (nf_col(r, "speaker") >= 0) {
		a->names[a->ngroup++] = nf_xstrdup("speaker");
	}
	if (a->ngroup)
		return;
	nf_buf have = { 0 };
	for (size_t i = 0; i < nf_ncols(r); i++) {
		nf_buf_adds(&have, i ? ", " : "");
		nf_buf_adds(&have, nf_colname(r, i));
	}
	nf_usage_error("%s: cannot tell what to group by; name columns with -g (have: %s)",
		       nf_name(r), have.n ? have.s : "nothing");
}

static bool
parse_count(const nf_str *f, long long *v)
{
	char *end;
	errno = 0;
	*v = strtoll(f->s, &end, 10);
	return f->n && end == f->s + f->n && errno == 0 && *v >= 0;
}

static void
add_input(FILE *f, const char *name, void *ctx)
{
	struct agg *a = ctx;
	nf_reader *r = nf_open(f, name, a->opt);
	const nf_record *rec;

	if (!a->names && (nf_ncols(r) || a->group))
		choose_groups(a, r);
	if (nf_ncols(r) == 0) {
		nf_close(r);	/* empty input: nothing to count */
		return;
	}
	size_t *idx = nf_xcalloc(a->ngroup, sizeof *idx);
	nf_str *key = nf_xcalloc(a->ngroup, sizeof *key);
	for (size_t i = 0; i < a->ngroup; i++)
		idx[i] = nf_need_col(r, a->names[i]);
	size_t ccount = 0, cdocs = 0;
	if (a->merge) {
		ccount = nf_need_col(r, "count");
		cdocs = nf_need_col(r, "docs");
	}
	while ((rec = nf_next(r))) {
		for (size_t i = 0; i < a->ngroup; i++)
			key[i] = rec->f[idx[i]];
		if (a->merge) {
			long long c, d;
			if (!parse_count(&rec->f[ccount], &c) || !parse_count(&rec->f[cdocs], &d)) {
				nf_error("%s:%ld: count and docs must be whole numbers", nf_name(r), rec->line);
				continue;
			}
			nf_group *g = nf_groups_get(a->groups, key, a->ngroup);
			g->count += c;
			g->docs += d;
			continue;
		}
		if (rec->new_doc)
			a->docserial++;
		nf_group *g = nf_groups_get(a->groups, key, a->ngroup);
		g->count++;
		if (g->lastdoc != a->docserial) {
			g->lastdoc = a->docserial;
			g->docs++;
		}
	}
	free(idx);
	free(key);
	nf_close(r);
}

static void
write_groups(struct agg *a, const struct nf_options *o)
{
	const char **cols = nf_xcalloc(a->ngroup + 2, sizeof *cols);
	cols[0] = "count";
	cols[1] = "docs";
	for (size_t i = 0; i < a->ngroup; i++)
		cols[i + 2] = a->names[i];
	nf_writer *w = nf_writer_fixed(o, cols, a->ngroup + 2);
	nf_group **all = nf_groups_sorted(a->groups);
	size_t n = nf_groups_len(a->groups);
	if (a->top > 0 && (size_t)a->top < n)
		n = (size_t)a->top;
	for (size_t i = 0; i < n; i++) {
		nf_put_long(w, (long)all[i]->count);
		nf_put_long(w, (long)all[i]->docs);
		const char *k = all[i]->key;
		for (size_t j = 0; j < a->ngroup; j++) {
			size_t len = strlen(k);
			nf_put(w, k, len);
			k += len + 1;
		}
		nf_endrow(w);
	}
	free(all);
	free(cols);
	nf_writer_free(w);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		NF_COMMON_LONGOPTS,
		{ "group", required_argument, 0, 'g' },
		{ "top", required_argument, 0, 'n' },
		{ "merge", no_argument, 0, 'm' },
		{ 0, 0, 0, 0 }
	};
	struct nf_options o = { 0 };
	struct agg a = { 0 };
	int c;

	nf_init(argv[0]);
	while ((c = getopt_long(argc, argv, "g:n:m", longopts, NULL)) != -1) {
		if (nf_common_option(c, optarg, &o, usage))
			continue;
		switch (c) {
		case 'g':
			a.group = optarg;
			break;
		case 'n': {
			char *end;
			a.top = strtol(optarg, &end, 10);
			if (*end || a.top <= 0)
				nf_usage_error("-n needs a positive number, not '%s'", optarg);
			break;
		}
		case 'm':
			a.merge = true;
			break;
		}
	}
	if (o.format == NF_RAW)
		nf_usage_error("--raw does not apply: news-agg reads tables");
	a.opt = &o;
	a.groups = nf_groups_new();
	nf_each_input(argc, argv, optind, add_input, &a);
	write_groups(&a, &o);
	for (size_t i = 0; i < a.ngroup; i++)
		free(a.names[i]);
	free(a.names);
	nf_groups_free(a.groups);
	return nf_finish();
}
