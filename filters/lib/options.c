/* options.c — the options every filter shares. */
#include <stdio.h>
#include <stdlib.h>

#include "error.h"
#include "options.h"

#ifndef NF_VERSION
#define NF_VERSION "0"
#endif

const char nf_common_usage[] =
	"\nInput and output (the TSV stream, see newsfilters(5)):\n"
	"      --tsv             input is TSV with a header line\n"
	"      --raw             input is plain text: one document, paragraphs at blank lines\n"
	"      --csv             input is RFC 4180 CSV with a header line\n"
	"      --columns A,B,C   input has no header; these are its column names\n"
	"      --no-header       leave the header line out of the output\n"
	"      --line-buffered   flush every output row\n"
	"      --help            show this help and exit\n"
	"      --version         show the version and exit\n"
	"Exit status: 0 all good, 1 some input could not be processed, 2 usage error.\n";

int
nf_common_option(int c, const char *arg, struct nf_options *o, const char *usage)
{
	switch (c) {
	case NF_OPT_TSV:
		o->format = NF_TSV;
		return 1;
	case NF_OPT_RAW:
		o->format = NF_RAW;
		return 1;
	case NF_OPT_CSV:
		o->format = NF_CSV;
		return 1;
	case NF_OPT_COLUMNS:
		if (!arg || !*arg)
			nf_usage_error("--columns needs a list of names");
		o->columns = arg;
		return 1;
	case NF_OPT_NO_HEADER:
		o->no_header = true;
		return 1;
	case NF_OPT_LINE_BUFFERED:
		o->line_buffered = true;
		return 1;
	case NF_OPT_HELP:
		fputs(usage, stdout);
		fputs(nf_common_usage, stdout);
		exit(nf_finish());
	case NF_OPT_VERSION:
		printf("%s (newsfilters) %s\n", nf_prog, NF_VERSION);
		exit(nf_finish());
	case '?':
	case ':':
		fprintf(stderr, "Try '%s --help' for more information.\n", nf_prog);
		exit(2);
	default:
		return 0;
	}
}
