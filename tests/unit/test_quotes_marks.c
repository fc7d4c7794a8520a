/* test_quotes_marks.c — quote-mark pairing: which spans are quotations. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "quotes_marks.h"

/* The top-level quotations of one text (paragraphs at "\n\n"), as their
 * text joined by " | ". */
static char *quotes_of(const char *text)
{
	static char out[1024];
	qt_toks tk = {0};
	qm_quotes q = {0};
	size_t n = strlen(text), s = 0;
	int par = 0;
	for (size_t i = 0; i <= n; i++)
		if (i == n || (text[i] == '\n' && text[i + 1] == '\n')) {
			qt_tokenize(text, s, i, par++, &tk);
			s = i + 2;
			i++;
		}
	qm_scan(text, &tk, &q);
	out[0] = '\0';
	for (size_t k = 0; k < q.n; k++) {
		size_t a = tk.t[q.q[k].open].s, b = tk.t[q.q[k].last].e;
		if (k)
			strcat(out, " | ");
		strncat(out, text + a, b - a);
	}
	free(tk.t);
	free(q.q);
	return out;
}

int main(void)
{
	CHECK_STR(quotes_of("\"We won,\" she said. \"Again.\""), "\"We won,\" | \"Again.\"");
	CHECK_STR(quotes_of("He called it \xe2\x80\x9c" "a deal\xe2\x80\x9d today."),
		  "\xe2\x80\x9c" "a deal\xe2\x80\x9d");
	/* apostrophes are no quotes; a plural possessive inside single quotes */
	CHECK_STR(quotes_of("It's the '90s and rock 'n' roll."), "");
	CHECK_STR(quotes_of("\xe2\x80\x98It\xe2\x80\x99s the workers\xe2\x80\x99 money,\xe2\x80\x99 she said."),
		  "\xe2\x80\x98It\xe2\x80\x99s the workers\xe2\x80\x99 money,\xe2\x80\x99");
	/* nesting: the inner quote stays inside the outer one */
	CHECK_STR(quotes_of("\xe2\x80\x9cShe said \xe2\x80\x98no\xe2\x80\x99 twice,\xe2\x80\x9d he said."),
		  "\xe2\x80\x9cShe said \xe2\x80\x98no\xe2\x80\x99 twice,\xe2\x80\x9d");
	/* low-high and guillemets */
	CHECK_STR(quotes_of("\xe2\x80\x9eJa\xe2\x80\x9c, sagte sie."), "\xe2\x80\x9eJa\xe2\x80\x9c");
	CHECK_STR(quotes_of("\xc2\xab" "Non\xc2\xbb, dit-il."), "\xc2\xab" "Non\xc2\xbb");
	/* a paragraph ending inside a quote continues when the next opens one */
	CHECK_STR(quotes_of("\"One.\n\n\"Two,\" she said."), "\"One.\n\n\"Two,\"");
	/* ... and ends with its paragraph when the next does not */
	CHECK_STR(quotes_of("\"One.\n\nThen silence."), "\"One.");
	/* a sloppy closing mark shaped like an opener */
	CHECK_STR(quotes_of("an \xe2\x80\x9c" "expedited review\xe2\x80\x9c of it"),
		  "\xe2\x80\x9c" "expedited review\xe2\x80\x9c");
	/* '' stands for a double mark */
	CHECK_STR(quotes_of("''We won,'' she said."), "''We won,''");
	return check_failures != 0;
}
