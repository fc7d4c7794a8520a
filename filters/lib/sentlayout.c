/* sentlayout.c — single line breaks inside a text. Either the text is hard
 * wrapped running prose (most lines about equally long, 40 to 120 bytes), where a line break is a space unless a short line without final
 * punctuation (a headline, a dateline) precedes it; or every line is a unit
 * of its own (paragraphs, headline, caption, credit lines, table rows), and
 * a line break ends a sentence unless the next line starts in lowercase. */
#include <string.h>

#include "sentchar.h"
#include "sentrules.h"

#define WRAP_MAX 120
#define WRAP_MIN 40		/* shorter lines are a table or a list, not prose */

/* Length of the line [a, b) without surrounding white space. */
static size_t
trimmed(const char *t, size_t a, size_t b)
{
	size_t k;

	a = sc_skip_ws(t, b, a, &(int){0});
	while (b > a && (k = sc_ws_before(t, b)))
		b -= k;
	return b - a;
}

/* Number of non-blank lines; *max gets the longest, and *longer the number
 * of lines at least 3/4 of min_long (when min_long > 0). */
static size_t
count_lines(const char *t, size_t n, size_t min_long, size_t *max, size_t *longer)
{
	size_t a = 0, lines = 0;

	*max = *longer = 0;
	while (a < n) {
		const char *nl = memchr(t + a, '\n', n - a);
		size_t b = nl ? (size_t)(nl - t) : n, len = trimmed(t, a, b);

		if (len) {
			lines++;
			if (len > *max)
				*max = len;
			if (min_long && 4 * len >= 3 * min_long)
				(*longer)++;
		}
		a = b + 1;
	}
	return lines;
}

void
sr_layout(struct scan *sc)
{
	size_t max, longer, lines;

	sc->linemode = 1;
	if (!memchr(sc->t, '\n', sc->n))
		return;
	lines = count_lines(sc->t, sc->n, 0, &max, &longer);
	if (lines < 3 || max > WRAP_MAX || max < WRAP_MIN)
		return;
	count_lines(sc->t, sc->n, max, &max, &longer);
	if (2 * longer >= lines) {
		sc->linemode = 0;
		sc->wrap = max;
	}
}

/* Does the line [a, b) of wrapped text end as a unit of its own: short, and
 * without punctuation that either ended a sentence already or goes on? */
static int
short_heading(const struct scan *sc, size_t a, size_t b)
{
	const char *t = sc->t;
	size_t len = trimmed(t, a, b), k;

	while (b > a && (k = sc_ws_before(t, b)))
		b -= k;
	if (b == a || (t[b - 1] && strchr(".!?,;:-)\"'", t[b - 1])))
		return 0;
	if (b - a >= 3 && (unsigned char)t[b - 3] == 0xE2)
		return 0;			/* ” ’ … — */
	return 10 * len < 6 * sc->wrap;
}

size_t
sr_line_break(struct scan *sc, size_t i)
{
	size_t ls = sc->line_start, next;
	int kind;

	sc->line_start = i + 1;
	if (sr_content(sc) >= i)
		return i + 1;			/* nothing to end */
	next = sc_skip_ws(sc->t, sc->n, i + 1, &(int){0});
	kind = sc_kind(sc->t, sc->n, next);
	if (kind == K_LOWER || kind == K_END)
		return i + 1;
	if (!sc->linemode && !short_heading(sc, ls, i))
		return i + 1;
	sr_cut(sc, i, i + 1);
	return i + 1;
}
