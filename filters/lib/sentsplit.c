/* sentsplit.c — sentence boundaries for English news text (sentsplit.h).
 *
 * One pass over the text. Only a few bytes can end a sentence or start a
 * list item ('.', '!', '?', ')', line breaks, and the lead byte of '…' and
 * '•'), found through a table; everything else is skipped. At each of them
 * the token before and the word after decide (sentrules.c). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "data.h"
#include "sentchar.h"
#include "sentrules.h"
#include "sentsplit.h"

NF_DATA(sentence_words_txt);
NF_DATA(abbrev_titles_txt);
NF_DATA(abbrev_company_txt);
NF_DATA(abbrev_final_txt);
NF_DATA(abbrev_states_txt);
NF_DATA(abbrev_numbers_txt);

/* The built-in abbreviation lists; cppcheck cannot know that the two
 * symbols of an embedded file bound one object. */
static nf_blob
builtin(int i)
{
	switch (i) {
	case 0:
		return NF_BLOB(abbrev_titles_txt);	/* cppcheck-suppress comparePointers */
	case 1:
		return NF_BLOB(abbrev_company_txt);	/* cppcheck-suppress comparePointers */
	case 2:
		return NF_BLOB(abbrev_final_txt);	/* cppcheck-suppress comparePointers */
	case 3:
		return NF_BLOB(abbrev_states_txt);	/* cppcheck-suppress comparePointers */
	default:
		return NF_BLOB(abbrev_numbers_txt);	/* cppcheck-suppress comparePointers */
	}
}

nf_splitter *
nf_splitter_new(const char *abbrev_path)
{
	nf_splitter *s = nf_xcalloc(1, sizeof *s);
	/* cppcheck-suppress comparePointers */
	nf_blob b = NF_BLOB(sentence_words_txt);

	s->lex = nf_lex_new();
	nf_lex_load(s->lex, &b, "sentence-words.txt", LX_STARTER);
	if (abbrev_path) {
		b = nf_blob_file(abbrev_path);
		nf_lex_load(s->lex, &b, abbrev_path, LX_FINAL);
		nf_blob_free(&b);
		return s;
	}
	for (int i = 0; i < 5; i++) {
		b = builtin(i);
		nf_lex_load(s->lex, &b, "built-in abbreviations", LX_FINAL);
	}
	return s;
}

void
nf_splitter_free(nf_splitter *s)
{
	if (!s)
		return;
	nf_lex_free(s->lex);
	free(s);
}

/* Store [a, b) without its surrounding white space, if anything is left. */
static void
push(struct scan *sc, size_t a, size_t b)
{
	size_t k;

	a = sc_skip_ws(sc->t, b, a, &(int){0});
	while (b > a && (k = sc_ws_before(sc->t, b)))
		b -= k;
	if (a >= b)
		return;
	if (sc->cnt == *sc->cap) {
		*sc->cap = *sc->cap ? *sc->cap * 2 : 64;
		*sc->out = nf_xrealloc(*sc->out, *sc->cap * sizeof **sc->out);
	}
	(*sc->out)[sc->cnt++] = (nf_sent){ a, b, sc->par };
	sc->par_used = 1;
}

void
sr_cut(struct scan *sc, size_t end, size_t next)
{
	push(sc, sc->start, end);
	sc->start = next;
}

/* A blank line at the '\n' at i? Returns where the next paragraph starts. */
static size_t
blank_line(const struct scan *sc, size_t i)
{
	size_t j = i + 1;
	int blank = 0;

	while (j < sc->n && sc_ws_len(sc->t, sc->n, j)) {
		blank |= sc->t[j] == '\n';
		j += sc_ws_len(sc->t, sc->n, j);
	}
	return blank ? j : 0;
}

void
sr_par_cut(struct scan *sc, size_t end, size_t next)
{
	sr_cut(sc, end, next);
	if (sc->par_used)
		sc->par++;
	sc->par_used = 0;
}

static size_t
paragraph(struct scan *sc, size_t i, size_t next)
{
	sr_par_cut(sc, i, next);
	sc->list_style = 0;
	sc->line_start = next;
	return next;
}

/* What the byte at i starts; returns where to go on scanning. */
static size_t
step(struct scan *sc, size_t i)
{
	const char *t = sc->t;
	size_t j;

	switch (t[i]) {
	case '.':
		return sr_period(sc, i);
	case '!':
	case '?':
		return sr_exclaim(sc, i);
	case ')':
		return sr_paren(sc, i);
	case '\n':
		if ((j = blank_line(sc, i)))
			return paragraph(sc, i, j);
		return sr_line_break(sc, i);
	default:
		if (sc_ellipsis_len(t, sc->n, i))
			return sr_period(sc, i);
		if (sc_bullet_len(t, sc->n, i))
			return sr_bullet(sc, i);
		return i + 1;
	}
}

static const unsigned char trigger[256] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1, [')'] = 1, ['\n'] = 1, [0xE2] = 1,
};

size_t
nf_split(const nf_splitter *s, const char *text, size_t n,
	 nf_sent **out, size_t *cap)
{
	struct scan sc = {
		.sp = s, .t = text, .n = n, .out = out, .cap = cap,
	};
	size_t i = 0;

	if (n == 0)
		return 0;		/* text may then be NULL */
	sr_layout(&sc);
	while (i < n) {
		while (i < n && !trigger[(unsigned char)text[i]])
			i++;
		if (i < n)
			i = step(&sc, i);
	}
	push(&sc, sc.start, n);
	return sc.cnt;
}
