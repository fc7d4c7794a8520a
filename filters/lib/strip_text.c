/* strip_text.c — a page saved as plain text → title, byline, date, body.
 *
 * Paragraphs are split at blank lines (at line ends when the text has no
 * blank line). Each is classed: boilerplate pattern, byline, date line,
 * prose (ends like a sentence, has function words) or short. The article
 * runs from the first prose paragraph to the last one before an "end" rule
 * (a comment form); short paragraphs inside it are kept (subheadings), the
 * title is the last headline-like paragraph before it. */
#include <stdlib.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "strip.h"
#include "strip_byline.h"
#include "strip_charset.h"
#include "strip_date.h"
#include "strip_rules.h"
#include "strip_words.h"

enum tclass { T_PROSE, T_SHORT, T_BYLINE, T_DATE, T_RULE, T_END };

typedef struct {
	size_t off, len;
	enum tclass cls;
	const char *rule;
} tpar;

struct tdoc {
	nf_buf text;		/* paragraphs, whitespace squeezed, NUL-separated */
	tpar *p;
	size_t n, cap;
};

static void add_par(struct tdoc *d, size_t off)
{
	size_t len = d->text.n - off;
	while (len > 0 && d->text.s[off + len - 1] == ' ')
		len--;
	d->text.n = off + len;
	if (len == 0)
		return;
	nf_buf_addc(&d->text, '\0');
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->p = nf_xrealloc(d->p, d->cap * sizeof *d->p);
	}
	d->p[d->n++] = (tpar){ off, len, T_SHORT, NULL };
}

static bool has_blank_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\n')
			continue;
		size_t j = i + 1;
		while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
			j++;
		if (j < n && s[j] == '\n')
			return true;
	}
	return false;
}

/* "- item", "* item", "• item", "1. item", "2) item" */
static bool list_item(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i + 1 < n && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ')
		return true;
	if (i + 3 < n && !memcmp(s + i, "\xE2\x80\xA2 ", 4))
		return true;
	size_t j = i;
	while (j < n && j - i < 3 && isdigit((unsigned char)s[j]))
		j++;
	return j > i && j + 1 < n && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ';
}

static void split(struct tdoc *d, const char *s, size_t n)
{
	bool by_line = !has_blank_line(s, n);
	size_t off = d->text.n;
	bool space = false, blank = true;	/* blank: line so far is empty */
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\n') {
			if (blank || by_line || list_item(s + i + 1, n - i - 1)) {
				add_par(d, off);
				off = d->text.n;
				space = false;
			} else {
				space = true;
			}
			blank = true;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			space = true;
		} else {
			if (space && d->text.n > off)
				nf_buf_addc(&d->text, ' ');
			space = false;
			blank = false;
			nf_buf_addc(&d->text, c);
		}
	}
	add_par(d, off);
}

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		w += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
	return w;
}

/* The mark a paragraph ends with, past closing quotes and brackets, as
 * ASCII ('.', '!', '?', ':', ';'), or 0. CJK marks count: 。！？ */
static char end_mark(const char *s, size_t n)
{
	static const char *const closers[] = {
		"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99", "\xE3\x80\x8D",
		"\xE3\x80\x8F", "\xEF\xBC\x89",	/* ” ’ 」 』 ） */
	};
	static const struct { const char *utf8; char ascii; } marks[] = {
		{"\xE3\x80\x82", '.'}, {"\xEF\xBC\x81", '!'}, {"\xEF\xBC\x9F", '?'},
	};
	for (size_t i = 0; i < sizeof closers / sizeof *closers; i++) {
		size_t k = strlen(closers[i]);
		if (n >= k && !memcmp(s + n - k, closers[i], k)) {
			n -= k;
			i = (size_t)-1;	/* start over: ”) */
		}
	}
	for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
		if (n >= 3 && !memcmp(s + n - 3, marks[i].utf8, 3))
			return marks[i].ascii;
	return n > 0 && strchr(".!?:;", s[n - 1]) ? s[n - 1] : 0;
}

/* Does the prose of the document use the stopword list's languages? */
static bool known_language(const struct tdoc *d)
{
	size_t words = 0, stops = 0;
	for (size_t i = 0; i < d->n; i++) {
		const char *s = d->text.s + d->p[i].off;
		size_t w, st;
		if (strip_weighted_len(s, d->p[i].len) < 80)
			continue;
		strip_words(s, d->p[i].len, &w, &st);
		words += w;
		stops += st;
	}
	return words >= 30 && stops * 20 >= words;
}

static enum tclass classify(const char *s, size_t n, bool known, const char **rule)
{
	enum strip_action a = strip_rule(s, n, rule);
	if (a == RULE_END)
		return T_END;
	if (a == RULE_DROP)
		return T_RULE;
	if (strip_is_byline(s, n))
		return T_BYLINE;
	if (strip_is_date_line(s, n))
		return T_DATE;
	size_t words, stops;
	strip_words(s, n, &words, &stops);
	if (words == 0) {
		*rule = "no-words";	/* "___", "* * *" */
		return T_RULE;
	}
	/* prose: ends like a sentence, has function words (when the
	 * language is one the list knows), is more than a word or two, and
	 * is not a short question (a headline) */
	size_t wl = strip_weighted_len(s, n);
	char mark = end_mark(s, n);
	bool question = mark == '?' && words <= 15 && wl < 100;
	if ((!known || stops > 0) && (words >= 3 || wl >= 15) && mark && mark != ':' && !question)
		return T_PROSE;
	if (known ? words >= 20 && stops * 5 >= words : wl >= 150)
		return T_PROSE;
	return T_SHORT;
}

/* A headline: 3..25 words (or, without spaces between words, 15..150
 * weighted characters), not ending in a full stop or colon. */
static bool headline_like(const char *s, size_t n)
{
	size_t w = count_words(s, n), wl = strip_weighted_len(s, n);
	char mark = end_mark(s, n);
	return ((w >= 3 && w <= 25) || (w < 3 && wl >= 15 && wl <= 150)) &&
	       mark != '.' && mark != ':';
}

/* "By Ana Lind | March 3, 2026": the name, and the date when there is one
 * and no date was seen yet. Returns whether a date has now been seen. */
static bool add_byline(strip_out *o, const char *s, size_t n, bool date)
{
	size_t k, end;
	strip_byline_name(s, n, &k, &end);
	strip_add(o, STRIP_BYLINE, s + k, end - k, NULL);
	char iso[32];
	if (!date && end < n && strip_iso_date(s + end, n - end, iso)) {
		strip_add(o, STRIP_DATE, iso, strlen(iso), NULL);
		return true;
	}
	return date;
}

static void emit(struct tdoc *d, strip_out *o)
{
	size_t first = 0;	/* the first prose; d->n when there is none */
	while (first < d->n && d->p[first].cls != T_PROSE)
		first++;
	size_t end = first;	/* an end rule after it, else d->n */
	while (end < d->n && d->p[end].cls != T_END)
		end++;
	size_t last = 0;
	for (size_t i = first; i < end; i++)
		if (d->p[i].cls == T_PROSE)
			last = i;
	size_t title = d->n;
	for (size_t i = 0; i < first && i < end; i++)
		if (d->p[i].cls == T_SHORT &&
		    headline_like(d->text.s + d->p[i].off, d->p[i].len))
			title = i;
	bool by = false, date = false;
	for (size_t i = 0; i < d->n; i++) {
		tpar *p = &d->p[i];
		const char *s = d->text.s + p->off;
		char why[48] = "";
		enum strip_role role = STRIP_BOILER;
		if (i >= end) {
			snprintf(why, sizeof why, i == end ? "rule:%s" : "after-end-rule", p->rule);
		} else if (p->cls == T_RULE || p->cls == T_END) {
			snprintf(why, sizeof why, "rule:%s", p->rule);
		} else if (i == title) {
			role = STRIP_TITLE;
		} else if (p->cls == T_BYLINE && !by && i < first + 3) {
			by = true;
			date = add_byline(o, s, p->len, date);
			continue;
		} else if (p->cls == T_DATE && !date && i < first + 3) {
			char iso[32];
			strip_iso_date(s, p->len, iso);
			strip_add(o, STRIP_DATE, iso, strlen(iso), NULL);
			date = true;
			const char *b = strstr(s, " by ");
			if (!by && b && isupper((unsigned char)b[4])) {
				strip_add(o, STRIP_BYLINE, b + 4, strlen(b + 4), NULL);
				by = true;
			}
			continue;
		} else if (i < first) {
			snprintf(why, sizeof why, "before-article");
		} else if (i > last) {
			snprintf(why, sizeof why, "after-article");
		} else {
			role = STRIP_BODY;
		}
		strip_add(o, role, s, p->len, role == STRIP_BOILER ? why : NULL);
	}
}

int strip_text(const char *s, size_t n, strip_out *o)
{
	size_t un;
	char *u = strip_utf8(s, n, false, &un);
	struct tdoc d = {0};
	split(&d, u, un);
	free(u);
	bool known = known_language(&d);
	for (size_t i = 0; i < d.n; i++)
		d.p[i].cls = classify(d.text.s + d.p[i].off, d.p[i].len, known, &d.p[i].rule);
	emit(&d, o);
	free(d.p);
	nf_buf_free(&d.text);
	return 0;
}
