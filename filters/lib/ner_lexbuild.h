/* ner_lexbuild.h — the lexicon tables a model carries (ner_feat.h), built
 * by the trainer from the readable lists of filters/data. */
#ifndef NF_NER_LEXBUILD_H
#define NF_NER_LEXBUILD_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "ner_feat.h"

/* Slots for n keys: a power of two, at most 70% full. */
uint32_t ner_table_size(size_t n);
/* Slot of hash h in a table of slots of size bytes that start with a
 * uint32_t key: where it is, or the empty slot where it goes. */
size_t ner_slot_of(const void *tab, size_t size, uint32_t mask, uint64_t h);

/* clusters.tsv: word TAB cluster [TAB cluster ...]; a bit-string path
 * gives its prefixes as coarser clusters. Returns the slots (0 when the
 * file does not exist) and the table in *out. */
uint32_t ner_read_clusters(const char *path, ner_cslot **out);
/* gaz-KIND.txt files in name order, then titles.txt: bit k of an entry's
 * mask is the k-th list; their names are appended to kinds. */
uint32_t ner_read_gazetteers(const char *dir, ner_gslot **out, nf_buf *kinds);

#endif
