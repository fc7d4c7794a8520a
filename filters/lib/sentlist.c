/* sentlist.c — inline lists and bullets: "1.) … 2.) …", "a) … b) …",
 * "• … • …". Each item is a sentence of its own, with or without a period
 * before the next marker. */
#include "sentchar.h"
#include "sentrules.h"

/* Can a list start at ts: first in the sentence but bullets, or after a
 * colon ("The demands were: 1. …")? */
static int
item_start(const struct scan *sc, size_t ts)
{
	size_t i = sc->start, k;

	while (i < ts && ((k = sc_ws_len(sc->t, sc->n, i)) ||
			  (k = sc_bullet_len(sc->t, sc->n, i))))
		i += k;
	if (i == ts)
		return 1;
	while (ts > i && (k = sc_ws_before(sc->t, ts)))
		ts -= k;
	return ts > i && sc->t[ts - 1] == ':';
}

/* Does an inline list marker end at p ("2.", "2.)", "2)", "b.", "b)")?
 * At the start of a sentence it opens a list; the next number or letter of
 * the same style later on starts a new item, so a new sentence. Returns
 * where to go on, or 0 when p ends no marker. */
size_t
sr_list_item(struct scan *sc, size_t p)
{
	const char *t = sc->t;
	size_t n = sc->n, ts = p, e;
	int style, val = 0;

	while (ts > 0 && p - ts < 3 && t[ts - 1] >= '0' && t[ts - 1] <= '9')
		ts--;
	if (ts == p && p > 0 && t[p - 1] >= 'a' && t[p - 1] <= 'z')
		ts--;
	if (ts == p || (ts > 0 && !sc_ws_ends_at(t, ts) &&
			!(ts >= 3 && sc_bullet_len(t, n, ts - 3))))
		return 0;		/* not a short number or one letter */
	if (t[ts] >= 'a') {
		style = 3, val = t[ts] - 'a' + 1;
	} else {
		for (size_t i = ts; i < p; i++)
			val = 10 * val + (t[i] - '0');
		style = 0;
	}
	if (t[p] == ')')
		style += 3, e = p + 1;
	else if (p + 1 < n && t[p + 1] == ')')
		style += 2, e = p + 2;
	else
		style += 1, e = p + 1;
	if (e >= n || !sc_ws_len(t, n, e))
		return 0;
	if (item_start(sc, ts)) {
		sc->list_style = style;
		sc->list_val = val;
		return e;
	}
	if (style != sc->list_style || val != sc->list_val + 1)
		return 0;
	sr_cut(sc, ts, ts);
	sc->list_val = val;
	return e;
}

size_t
sr_paren(struct scan *sc, size_t i)
{
	size_t e = sr_list_item(sc, i);

	return e ? e : i + 1;
}

size_t
sr_bullet(struct scan *sc, size_t i)
{
	if (i > 0 && sc_ws_before(sc->t, i) && sr_content(sc) < i)
		sr_cut(sc, i, i);
	return i + sc_bullet_len(sc->t, sc->n, i);
}
