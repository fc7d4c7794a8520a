/* test_ner.c — model loading and its errors, BILOU constraints, decoding,
 * document memory. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "data.h"
#include "ner.h"

NF_DATA(ner_model);

/* Load a copy of the first n bytes of the model, changed at byte flip. */
static int load_copy(size_t n, size_t flip, char *err)
{
	nf_blob b = NF_BLOB(ner_model);
	char *p = malloc(n + 1);
	memcpy(p, b.s, n);
	if (flip < n)
		p[flip] ^= 0x40;
	ner_model m;
	int r = ner_model_load(&m, (nf_blob){ p, n, p }, err, 200);
	ner_model_free(&m);
	return r;
}

static void test_load(void)
{
	char err[200];
	nf_blob b = NF_BLOB(ner_model);
	ner_model m;
	CHECK(ner_model_load(&m, b, err, sizeof err) == 0);
	CHECK(strstr(m.trained, "CoNLL-2003") != NULL);
	CHECK(m.scale > 0);
	ner_model_free(&m);

	CHECK(load_copy(b.n, b.n, err) == 0);
	CHECK(load_copy(b.n - 1, b.n, err) == -1);
	CHECK_STR(err, "truncated model (file shorter than its header says)");
	CHECK(load_copy(500, b.n, err) == -1);
	CHECK_STR(err, "truncated model (header cut short)");
	CHECK(load_copy(b.n, b.n / 2, err) == -1);
	CHECK_STR(err, "corrupt model (checksum mismatch)");
	CHECK(load_copy(b.n, 3, err) == -1);
	CHECK(strncmp(err, "not a news-tag model", 20) == 0);
	CHECK(load_copy(0, 1, err) == -1);
	CHECK(strncmp(err, "not a news-tag model", 20) == 0);
}

static void test_constraints(void)
{
	int bper = ner_tag_make(0, NER_B), iper = ner_tag_make(0, NER_I);
	int lper = ner_tag_make(0, NER_L), uloc = ner_tag_make(2, NER_U);
	int iloc = ner_tag_make(2, NER_I);
	CHECK(ner_allowed(NER_NT, bper));
	CHECK(!ner_allowed(NER_NT, iper));
	CHECK(ner_allowed(bper, iper) && ner_allowed(iper, lper));
	CHECK(!ner_allowed(bper, iloc) && !ner_allowed(bper, 0));
	CHECK(ner_allowed(lper, uloc) && ner_allowed(uloc, 0));
	CHECK(!ner_allowed(0, lper));

	/* emissions that prefer I-PER everywhere still decode to a valid path */
	float emit[3 * NER_NT] = {0}, trans[(NER_NT + 1) * NER_NT] = {0};
	for (int i = 0; i < 3; i++)
		emit[i * NER_NT + iper] = 5;
	emit[0 * NER_NT + bper] = 1;
	uint8_t tags[3];
	ner_viterbi(emit, trans, 3, tags);
	CHECK(tags[0] == bper && tags[1] == iper && tags[2] == lper);
}

static void test_memory(void)
{
	ner_mem *m = ner_mem_new();
	CHECK(ner_mem_best(m, 42) == -1);
	ner_mem_add(m, 42, 2);
	ner_mem_add(m, 42, 2);
	ner_mem_add(m, 42, 0);
	CHECK(ner_mem_best(m, 42) == 2);
	for (uint64_t h = 1; h < 5000; h++)	/* grows */
		ner_mem_add(m, h * 7919, 1);
	CHECK(ner_mem_best(m, 42) == 2 && ner_mem_best(m, 7919) == 1);
	ner_mem_reset(m);
	CHECK(ner_mem_best(m, 42) == -1);
	ner_mem_free(m);
}

int main(void)
{
	test_load();
	test_constraints();
	test_memory();
	return check_failures != 0;
}
