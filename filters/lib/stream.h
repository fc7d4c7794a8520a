/* stream.h — the TSV stream every filter reads and writes (see newsfilters(5)).
 *
 * Reading: one reused line buffer, fields split in place, escapes undone in
 * place, UTF-8 repaired in place (a second buffer only when a line is bad).
 * The same record interface serves TSV, headerless TSV (--columns), CSV
 * (--csv, through libcsv) and plain text (one document "-", one record per
 * blank-line paragraph, with synthetic columns doc, par, text).
 *
 * Writing: the output schema is doc first, then every input column the
 * program does not own (in input order), then the program's own columns; a
 * program that emits text names "text" last among its own columns. */
#ifndef NF_STREAM_H
#define NF_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum nf_format {
	NF_AUTO,	/* TSV if the first line has a "text" column, else plain text */
	NF_TSV,		/* --tsv: first line is a header */
	NF_RAW,		/* --raw: plain text, paragraphs at blank lines */
	NF_CSV		/* --csv: RFC 4180 with a header line */
};

struct nf_options {
	enum nf_format format;
	const char *columns;	/* --columns a,b,c: names for headerless input */
	bool no_header;		/* --no-header: leave the header out of the output */
	bool line_buffered;	/* --line-buffered: flush after every row */
	bool need_text;		/* set by programs that read a text column */
};

/* A field: pointer into the reader's buffer (NUL-terminated) and length. */
typedef struct {
	const char *s;
	size_t n;
} nf_str;

typedef struct {
	nf_str *f;		/* one per input column, in header order */
	size_t nf;
	long line;		/* input line where the record starts (1-based) */
	bool new_doc;		/* first record of a document (doc differs from before) */
} nf_record;

typedef struct nf_reader nf_reader;

/* Open a stream on f; name is used in messages ("-" prints as "stdin").
 * Reads the header (or the first line, in auto mode). Never returns NULL:
 * on a usage problem (no "text" column where one is needed and --tsv given)
 * it reports and exits 2. */
nf_reader *nf_open(FILE *f, const char *name, const struct nf_options *o);

/* Next record, or NULL at end of input. Malformed rows are reported
 * ("FILE:LINE: 3 fields, header has 4"), counted as errors and skipped. The
 * record and its fields stay valid until the next call. */
const nf_record *nf_next(nf_reader *r);

/* Close: prints the one summary warning for repaired bytes, frees. Does not
 * close the FILE. */
void nf_close(nf_reader *r);

size_t nf_ncols(const nf_reader *r);
const char *nf_colname(const nf_reader *r, size_t i);
/* Index of the column named name, or -1. */
int nf_col(const nf_reader *r, const char *name);
/* Index of a required column; reports "no column 'text' in header (have:
 * doc, par, body)" and exits 2 when it is missing. */
size_t nf_need_col(const nf_reader *r, const char *name);
/* Column of the document id, or -1 (then every record is its own document
 * and nf_doc() gives its record number). */
int nf_doc_col(const nf_reader *r);
/* The document id of a record ("-" for plain text). */
nf_str nf_doc(nf_reader *r, const nf_record *rec);
/* True when the stream is plain text (synthetic doc/par/text columns). */
bool nf_is_raw(const nf_reader *r);
const char *nf_name(const nf_reader *r);

/* Deep copy of a record, for programs that hold a document's rows. */
nf_record *nf_record_copy(const nf_record *rec);
void nf_record_free(nf_record *rec);

/* Call fn(f, name, ctx) for each file argument argv[first..argc), "-" being
 * standard input, or for standard input alone when there are none. A file
 * that cannot be opened is reported ("FILE: reason"), counted as an error,
 * and the others go on. */
void nf_each_input(int argc, char **argv, int first,
		   void (*fn)(FILE *f, const char *name, void *ctx), void *ctx);

/* ---- writing ---- */

typedef struct nf_writer nf_writer;

/* Output schema: "doc", the input's other columns except "text" and except
 * any named in own[], then own[0..nown-1]. Writes the header unless
 * --no-header. own may include "doc" only to override; "text", if output,
 * must be the last of own. */
nf_writer *nf_writer_new(nf_reader *r, const struct nf_options *o,
			 const char *const *own, size_t nown);
/* A writer for a fixed schema with no input (news-agg, news-strip). */
nf_writer *nf_writer_fixed(const struct nf_options *o,
			   const char *const *cols, size_t ncols);
void nf_writer_free(nf_writer *w);

/* Emit one row: the pass-through columns come from src (may be NULL for a
 * fixed writer), own values from own[0..nown-1]. Values are escaped. */
void nf_emit(nf_writer *w, const nf_record *src, const nf_str *own);

/* Lower-level: write one field (escaped), a separator is added before every
 * field but the first of a row; end the row. */
void nf_put(nf_writer *w, const char *s, size_t n);
void nf_put_cstr(nf_writer *w, const char *s);
void nf_put_long(nf_writer *w, long v);
void nf_endrow(nf_writer *w);

/* Escape / unescape the four stream escapes. unescape works in place and
 * returns the new length; escape appends to out (see buf.h). */
size_t nf_unescape(char *s, size_t n);

#endif
