/* test_sentsplit.c — the nf_split() contract news-quotes relies on: byte
 * offsets without surrounding white space, paragraph numbers, the output
 * array grown and reused, texts that are not NUL-terminated; and the word
 * lists behind it. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "sentlex.h"
#include "sentsplit.h"

static nf_sent *out;
static size_t cap;

/* Sentences of s joined by " | ", each as written in s. */
static const char *
split(const nf_splitter *sp, const char *s)
{
	static char buf[4096];
	size_t n = nf_split(sp, s, strlen(s), &out, &cap), len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%.*s",
					i ? " | " : "", (int)(out[i].end - out[i].start),
					s + out[i].start);
	return buf;
}

static void
test_offsets(const nf_splitter *sp)
{
	const char *s = "  One here.  Two there!\n\n\n Three. ";
	size_t n = nf_split(sp, s, strlen(s), &out, &cap);

	CHECK(n == 3);
	CHECK(out[0].start == 2 && out[0].end == 11 && out[0].par == 0);
	CHECK(out[1].start == 13 && out[1].end == 23 && out[1].par == 0);
	CHECK(out[2].start == 27 && out[2].end == 33 && out[2].par == 1);
	CHECK(nf_split(sp, "", 0, &out, &cap) == 0);
	CHECK(nf_split(sp, NULL, 0, &out, &cap) == 0);
	CHECK(nf_split(sp, " \n\n \t", 5, &out, &cap) == 0);
	/* leading blank lines do not count as a paragraph */
	CHECK(nf_split(sp, "\n\nA.\n\nB.", 8, &out, &cap) == 2);
	CHECK(out[0].par == 0 && out[1].par == 1);
}

static void
test_not_terminated(const nf_splitter *sp)
{
	char *s = malloc(12);

	memcpy(s, "He left. Mr", 11);	/* no NUL: ASan checks the bounds */
	CHECK(nf_split(sp, s, 11, &out, &cap) == 2);
	CHECK(out[1].start == 9 && out[1].end == 11);
	memcpy(s, "Go U.S.", 7);
	CHECK(nf_split(sp, s, 7, &out, &cap) == 1);
	free(s);
}

static void
test_growth(const nf_splitter *sp)
{
	size_t n = 5000, len = 0;
	char *s = malloc(n * 4 + 1);

	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(s + len, "Ok. ");
	CHECK(nf_split(sp, s, len, &out, &cap) == n);
	CHECK(cap >= n);
	CHECK(out[n - 1].start == len - 4 && out[n - 1].end == len - 1);
	free(s);
}

static void
test_rules(const nf_splitter *sp)
{
	CHECK_STR(split(sp, "Mr. Lee met Dr. Ruiz. They talked."),
		  "Mr. Lee met Dr. Ruiz. | They talked.");
	CHECK_STR(split(sp, "It went to the U.S. The end."), "It went to the U.S. | The end.");
	CHECK_STR(split(sp, "The U.S. Army left."), "The U.S. Army left.");
	CHECK_STR(split(sp, "\"Go.\" She went."), "\"Go.\" | She went.");
	CHECK_STR(split(sp, "\"Go,\" she said."), "\"Go,\" she said.");
	CHECK_STR(split(sp, "1. One 2. Two"), "1. One | 2. Two");
	CHECK_STR(split(sp, "Wait... I see."), "Wait... I see.");
	CHECK_STR(split(sp, "Headline here\nBody text follows. More."),
		  "Headline here | Body text follows. | More.");
}

static void
test_lex(void)
{
	nf_lex *x = nf_lex_new();
	const char list[] = "# comment\nfoo.\n[title]\nGen.\n[after-time]\nest\n";
	nf_blob b = nf_blob_mem(list, sizeof list - 1);

	nf_lex_load(x, &b, "test", LX_FINAL);
	CHECK(nf_lex_get(x, "foo", 3) == LX_FINAL);
	CHECK(nf_lex_get(x, "FOO", 3) == LX_FINAL);
	CHECK(nf_lex_get(x, "Gen", 3) == LX_TITLE);
	CHECK(nf_lex_get(x, "gen", 3) == 0);	/* capitalised entries need a capital */
	CHECK(nf_lex_get(x, "EST", 3) == LX_AFTERTIME);
	CHECK(nf_lex_get(x, "bar", 3) == 0);
	CHECK(nf_lex_get(x, "averyveryverylongwordbeyondthekeylimit", 38) == 0);
	/* the table grows past its first size */
	char w[8];
	for (int i = 0; i < 2000; i++) {
		int len = snprintf(w, sizeof w, "w%d", i);
		nf_blob one = nf_blob_mem(w, (size_t)len);
		nf_lex_load(x, &one, "test", LX_NEVER);
	}
	CHECK(nf_lex_get(x, "w1999", 5) == LX_NEVER);
	CHECK(nf_lex_get(x, "foo", 3) == LX_FINAL);
	nf_lex_free(x);
}

int
main(void)
{
	nf_splitter *sp = nf_splitter_new(NULL);

	test_offsets(sp);
	test_not_terminated(sp);
	test_growth(sp);
	test_rules(sp);
	test_lex();
	nf_splitter_free(sp);
	free(out);
	return check_failures != 0;
}
