/* sentlayout.c — single line breaks inside a text. Either the text is
 * hard-wrapped running prose (most lines about equally long, 40 to 120
 * bytes, and ending mid-sentence), where a line break is a space unless a
 * short line without final punctuation (a headline, a dateline) precedes
 * it; or every line is a unit of its own (paragraphs, headline, caption,
 * credit lines, table rows), and a line break ends a sentence unless the
 * next line starts in lowercase. Either way a line ending with a comma or
 * a word like "the" goes on, and a line break that ends a sentence ends
 * its paragraph too: a line that stands alone is a paragraph. */
#include <string.h>

#include "sentchar.h"
#include "sentrules.h"

#define WRAP_MAX 120
#define WRAP_MIN 40		/* shorter lines are a table or a list, not prose */

/* The line [a, b) without surrounding white space. */
static void
trim(const char *t, size_t *a, size_t *b)
{
	size_t k;

	*a = sc_skip_ws(t, *b, *a, &(int){0});
	while (*b > *a && (k = sc_ws_before(t, *b)))
		*b -= k;
}

/* Does the trimmed line [a, b) end as a sentence does? */
static int
ends_sentence(const char *t, size_t a, size_t b)
{
	if (b > a && strchr(".!?\")", t[b - 1]) && t[b - 1])
		return 1;
	return b - a >= 3 && (unsigned char)t[b - 3] == 0xE2 &&
	       (unsigned char)t[b - 2] == 0x80 &&
	       ((unsigned char)t[b - 1] == 0x9D || (unsigned char)t[b - 1] == 0xA6);
}

struct lines {
	size_t n, max;		/* non-blank lines, the longest */
	size_t longer;		/* lines at least 3/4 of min_long */
	size_t ended;		/* lines that end as a sentence does */
};

static void
count_lines(const char *t, size_t n, size_t min_long, struct lines *l)
{
	size_t a = 0;

	memset(l, 0, sizeof *l);
	while (a < n) {
		const char *nl = memchr(t + a, '\n', n - a);
		size_t next = nl ? (size_t)(nl - t) + 1 : n, s = a, e = next - (nl != NULL);

		trim(t, &s, &e);
		if (e > s) {
			l->n++;
			if (e - s > l->max)
				l->max = e - s;
			if (min_long && 4 * (e - s) >= 3 * min_long)
				l->longer++;
			l->ended += ends_sentence(t, s, e);
		}
		a = next;
	}
}

/* Hard wrapping: three lines or more, the longest 40 to 120 bytes, at
 * least half of them near that width, and most ending mid-sentence (lines
 * that each end a sentence are paragraphs of their own). */
void
sr_layout(struct scan *sc)
{
	struct lines l;

	sc->linemode = 1;
	if (!memchr(sc->t, '\n', sc->n))
		return;
	count_lines(sc->t, sc->n, 0, &l);
	if (l.n < 3 || l.max > WRAP_MAX || l.max < WRAP_MIN)
		return;
	count_lines(sc->t, sc->n, l.max, &l);
	if (2 * l.longer >= l.n && 2 * l.ended < l.n) {
		sc->linemode = 0;
		sc->wrap = l.max;
	}
}

/* Does the line [a, b) of wrapped text end as a unit of its own: short, and
 * without punctuation that either ended a sentence already or goes on? */
static int
short_heading(const struct scan *sc, size_t a, size_t b)
{
	const char *t = sc->t;

	trim(t, &a, &b);
	if (b == a || (t[b - 1] && strchr(".!?,;:-)\"'", t[b - 1])))
		return 0;
	if (b - a >= 3 && (unsigned char)t[b - 3] == 0xE2)
		return 0;			/* ” ’ … — */
	return 10 * (b - a) < 6 * sc->wrap;
}

/* Does the line [a, b) go on in the next: a comma or a word like "the"
 * ("… said the\nMinister") at its end? */
static int
continues(const struct scan *sc, size_t a, size_t b)
{
	const char *t = sc->t;
	size_t s;

	trim(t, &a, &b);
	if (b == a)
		return 0;
	if (t[b - 1] == ',')
		return 1;
	for (s = b; s > a && b - s <= LX_MAXKEY && t[s - 1] >= 'a' && t[s - 1] <= 'z'; s--)
		;
	return s < b && (s == a || sc_ws_ends_at(t, s)) &&
	       (nf_lex_get(sc->sp->lex, t + s, b - s) & LX_CONT);
}

size_t
sr_line_break(struct scan *sc, size_t i)
{
	size_t ls = sc->line_start, next;
	int kind;

	sc->line_start = i + 1;
	next = sc_skip_ws(sc->t, sc->n, i + 1, &(int){0});
	kind = sc_kind(sc->t, sc->n, next);
	if (kind == K_LOWER || kind == K_END || continues(sc, ls, i))
		return i + 1;
	if (!sc->linemode && !short_heading(sc, ls, i))
		return i + 1;
	/* the line's last sentence may have ended at its period already:
	 * then only the paragraph ends here */
	sr_par_cut(sc, i, i + 1);
	return i + 1;
}
