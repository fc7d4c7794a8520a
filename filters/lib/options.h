/* options.h — the options every filter shares, parsed with getopt_long. */
#ifndef NF_OPTIONS_H
#define NF_OPTIONS_H

#include <getopt.h>
#include "stream.h"

enum {
	NF_OPT_TSV = 0x1000, NF_OPT_RAW, NF_OPT_CSV, NF_OPT_COLUMNS,
	NF_OPT_NO_HEADER, NF_OPT_LINE_BUFFERED, NF_OPT_HELP, NF_OPT_VERSION,
	NF_OPT_FIRST_PROGRAM	/* programs number their own long-only options from here */
};

/* Put first in a program's struct option array. */
#define NF_COMMON_LONGOPTS \
	{"tsv", no_argument, 0, NF_OPT_TSV}, \
	{"raw", no_argument, 0, NF_OPT_RAW}, \
	{"csv", no_argument, 0, NF_OPT_CSV}, \
	{"columns", required_argument, 0, NF_OPT_COLUMNS}, \
	{"no-header", no_argument, 0, NF_OPT_NO_HEADER}, \
	{"line-buffered", no_argument, 0, NF_OPT_LINE_BUFFERED}, \
	{"help", no_argument, 0, NF_OPT_HELP}, \
	{"version", no_argument, 0, NF_OPT_VERSION}

/* Text for the common options, to append to a program's usage. */
extern const char nf_common_usage[];

/* Handle one getopt_long result c. Returns 1 when it was a common option
 * (--help prints usage to stdout and exits 0; --version exits 0), 0 when the
 * program must handle it. '?' prints "Try 'prog --help'" and exits 2. */
int nf_common_option(int c, const char *arg, struct nf_options *o,
		     const char *usage);

#endif
