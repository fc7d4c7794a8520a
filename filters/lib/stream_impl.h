/* stream_impl.h — the reader's insides, shared by stream.c (TSV and plain
 * text) and stream_csv.c (CSV). Not for programs: they use stream.h. */
#ifndef NF_STREAM_IMPL_H
#define NF_STREAM_IMPL_H

#include <csv.h>

#include "buf.h"
#include "stream.h"

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

extern const char *const nf_raw_cols[3];	/* the columns of plain text */

const char *nf_reader_shown(const nf_reader *r);	/* name for messages */
/* Next line: LF and CR dropped, UTF-8 and NUL repaired; NULL at the end. */
char *nf_reader_line(nf_reader *r, size_t *len);
void nf_reader_set_columns(nf_reader *r, const char *list);	/* --columns */
void nf_reader_set_columns_static(nf_reader *r, const char *const *names, size_t n);
void nf_reader_mark_doc(nf_reader *r);	/* set rec.new_doc */

void nf_csv_open(nf_reader *r);		/* reads the header record */
const nf_record *nf_csv_next(nf_reader *r);
void nf_csv_close(nf_reader *r);

#endif
