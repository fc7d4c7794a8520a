/* data.h — files of filters/data/ compiled into the binaries.
 *
 * Every file filters/data/NAME.EXT (but *.md) becomes the symbols
 * nf_data_NAME_EXT and nf_data_NAME_EXT_end (non-alphanumerics as '_'),
 * followed by a NUL byte. Declare with NF_DATA(NAME_EXT) and get a blob with
 * NF_BLOB(NAME_EXT). An option may load a replacement file at run time. */
#ifndef NF_DATA_H
#define NF_DATA_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	const char *s;		/* NUL-terminated */
	size_t n;
	char *owned;		/* non-NULL when loaded from a file */
} nf_blob;

#define NF_DATA(id) extern const char nf_data_##id[], nf_data_##id##_end[]
/* The length goes through uintptr_t: the two symbols are different objects
 * to the C abstract machine (and to cppcheck's comparePointers). */
#define NF_BLOB(id) nf_blob_mem(nf_data_##id, \
	(size_t)((uintptr_t)nf_data_##id##_end - (uintptr_t)nf_data_##id))

nf_blob nf_blob_mem(const char *s, size_t n);
/* Whole file into memory; exits 1 with "cannot read FILE: reason" on failure. */
nf_blob nf_blob_file(const char *path);
void nf_blob_free(nf_blob *b);

/* Iterate over the lines of a blob, skipping blank lines and '#' comments.
 * Trailing whitespace and CR are trimmed. Returns 0 at the end. */
int nf_blob_line(const nf_blob *b, size_t *pos, const char **line, size_t *len);

#endif
