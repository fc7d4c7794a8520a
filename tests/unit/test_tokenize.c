/* test_tokenize.c — tokens and their byte and character offsets. */
#include <stdio.h>
#include <string.h>

#include "tokenize.h"

static int fails;

/* Tokens of text joined by '|' must equal want. */
static void check(const char *text, const char *want)
{
	nf_toks t = {0};
	char got[512] = "";
	size_t n = nf_tokenize(text, strlen(text), &t), len = 0;
	for (size_t i = 0; i < n && len + 64 < sizeof got; i++) {
		if (i)
			got[len++] = '|';
		memcpy(got + len, text + t.t[i].b, t.t[i].e - t.t[i].b);
		len += t.t[i].e - t.t[i].b;
		got[len] = 0;
	}
	if (strcmp(got, want) != 0) {
		printf("tokenize(\"%s\"): got \"%s\", want \"%s\"\n", text, got, want);
		fails++;
	}
	nf_toks_free(&t);
}

/* Character offsets of token i. */
static void check_chars(const char *text, size_t i, unsigned cb, unsigned ce)
{
	nf_toks t = {0};
	size_t n = nf_tokenize(text, strlen(text), &t);
	if (i >= n || t.t[i].cb != cb || t.t[i].ce != ce) {
		printf("tokenize(\"%s\") token %zu: got chars %u-%u, want %u-%u\n",
		       text, i, i < n ? t.t[i].cb : 0, i < n ? t.t[i].ce : 0, cb, ce);
		fails++;
	}
	nf_toks_free(&t);
}

int main(void)
{
	check("", "");
	check("   \t ", "");
	check("Hello world.", "Hello|world|.");
	check("The U.S. said, \"no\".", "The|U.S.|said|,|\"|no|\"|.");
	check("Mr. Smith met Dr. J. Doe of Acme Inc.", "Mr.|Smith|met|Dr.|J.|Doe|of|Acme|Inc.");
	check("Clinton's aides don't care.", "Clinton|'s|aides|do|n't|care|.");
	check("( Reuters ) - 1,250.50 in 1996-08-22", "(|Reuters|)|-|1,250.50|in|1996-08-22");
	check("Wait...", "Wait|...");
	check("(Okonkwo-Reyes)", "(|Okonkwo-Reyes|)");
	check("'s 's '90s", "'s|'s|'90s");
	check("yes--no", "yes|--|no");
	check("“Bonjour,” dit-il — à Zürich…", "“|Bonjour|,|”|dit-il|—|à|Zürich|…");
	check("São Paulo’s mayor", "São|Paulo|’s|mayor");
	check("3.5% of $16 million", "3.5%|of|$16|million");
	check("Paris \xf0\x9f\x98\x80 fans", "Paris|\xf0\x9f\x98\x80|fans");
	check_chars("São Paulo", 1, 4, 9);
	check_chars("“Zürich” is", 1, 1, 7);
	check_chars("“Zürich” is", 3, 9, 11);
	check_chars("Ωμέγα Σ", 1, 6, 7);
	check_chars("a\xff" "b c", 1, 4, 5);
	check_chars("\xf0\x9f\x98\x80 Zoë", 1, 2, 5);
	if (nf_cclass(0xC9) != NF_C_UPPER || nf_cclass(0xE9) != NF_C_LOWER ||
	    nf_cclass(0x141) != NF_C_UPPER || nf_cclass(0x142) != NF_C_LOWER ||
	    nf_cclass(0x100) != NF_C_UPPER || nf_cclass(0x416) != NF_C_UPPER ||
	    nf_cclass(0x2014) != NF_C_PUNCT || nf_cclass(0xA0) != NF_C_SPACE) {
		printf("nf_cclass: wrong class\n");
		fails++;
	}
	return fails != 0;
}
