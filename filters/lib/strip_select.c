/* strip_select.c — find the article among a page's blocks.
 *
 * Each block is classed jusText-style (link density, length, stopword
 * density, the boilerplate patterns). Good text counts for the elements
 * around it and bad text against them; the element with the best total is
 * the article's container, so the whole article is kept even when it is
 * split over several siblings, and the menus and link lists around it stay
 * out. Inside the container, short blocks and headings are kept only between
 * or before good text. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "strip.h"
#include "strip_html.h"
#include "strip_rules.h"
#include "strip_words.h"

/* Count words and stopwords of every block. Returns false when the page's
 * prose has almost no stopwords: a language the list does not know, where
 * the stopword test must not be used. */
static bool count_words(hpage *pg)
{
	size_t words = 0, stops = 0;
	for (size_t i = 0; i < pg->nb; i++) {
		hblock *b = &pg->b[i];
		strip_words(pg->pool.s + b->off, b->len, &b->words, &b->stops);
		if (b->chars >= 80 && !b->dropped) {
			words += b->words;
			stops += b->stops;
		}
	}
	/* too few words: a script without spaces (Chinese, Japanese) */
	return words >= 30 && stops * 20 >= words;
}

static void classify(hpage *pg, hblock *b, bool known_language)
{
	const char *s = pg->pool.s + b->off;
	const char *rule;
	double ld = b->chars ? (double)b->linkchars / (double)b->chars : 0;
	size_t words = b->words;
	double sd = !known_language ? 0.3 : words ? (double)b->stops / (double)words : 0;
	enum strip_action a = strip_rule(s, b->len, &rule);
	b->end = a == RULE_END;
	if (b->dropped) {
		b->cls = C_DROPPED;
		return;
	}
	if (a != RULE_NONE) {
		b->cls = C_BAD;
		snprintf(b->why, sizeof b->why, "rule:%s", rule);
	} else if (words == 0) {
		b->cls = C_BAD;	/* "___", "* * *", "•" */
		snprintf(b->why, sizeof b->why, "no-words");
	} else if (ld > 0.5) {
		/* a long sentence led by a link may be article; a link list is not */
		b->cls = ld < 0.75 && b->chars >= 100 ? C_SHORT : C_BAD;
		snprintf(b->why, sizeof b->why, "link-density:%.2f", ld);
	} else if (b->kind == K_H1 || b->kind == K_H2) {
		b->cls = C_HEAD;
		snprintf(b->why, sizeof b->why, "heading-outside-text");
	} else if (b->chars < 40 || (words < 6 && b->chars < 100)) {
		b->cls = C_SHORT;
		snprintf(b->why, sizeof b->why, "short:%zu", b->chars);
	} else if (sd >= 0.25 && b->chars >= 80 && ld < 0.3) {
		b->cls = C_GOOD;
	} else if (sd >= 0.15 || b->chars >= 200) {
		b->cls = C_NEAR;
	} else {
		/* few function words: a table row, a list of names, a caption;
		 * kept only between text */
		b->cls = C_SHORT;
		snprintf(b->why, sizeof b->why, "stopwords:%.2f", sd);
	}
}

static double value(const hblock *b)
{
	double text = (double)(b->chars - b->linkchars);
	switch (b->cls) {
	case C_GOOD:
		return text;
	case C_NEAR:
		return text * 0.5;
	case C_DROPPED:
		return 0;
	case C_SHORT:
	case C_HEAD:
		return -0.1 * (double)b->chars;
	default:
		return -1.0 * (double)b->chars;
	}
}

/* The element whose subtree holds the most value (deepest on a tie). */
static int container(hpage *pg)
{
	for (size_t i = 0; i < pg->nb; i++)
		pg->e[pg->b[i].owner].score += value(&pg->b[i]);
	for (size_t i = pg->ne; i-- > 1;)
		if (pg->e[i].parent >= 0)
			pg->e[pg->e[i].parent].score += pg->e[i].score;
	int best = 0;
	for (size_t i = 0; i < pg->ne; i++) {
		double s = pg->e[i].score * (1 + 0.1 * pg->e[i].bonus);
		if (s >= pg->e[best].score * (1 + 0.1 * pg->e[best].bonus))
			best = (int)i;
	}
	return best;
}

static bool inside(const hpage *pg, int c, int i)
{
	return i >= c && i <= pg->e[c].end;
}

/* b continues the list or table that prev (kept) is an item of. */
static bool same_list(const hpage *pg, const hblock *prev, const hblock *b)
{
	return (b->kind == K_LI || b->kind == K_TR) && prev->kind == b->kind &&
	       pg->e[prev->owner].parent == pg->e[b->owner].parent;
}

void strip_select(hpage *pg, strip_out *o, const char *title)
{
	if (pg->ne == 0)
		return;
	bool known = count_words(pg);
	for (size_t i = 0; i < pg->nb; i++)
		classify(pg, &pg->b[i], known);
	int c = container(pg);
	/* content: good or near blocks inside the container */
	long first = -1, last = -1;
	for (size_t i = 0; i < pg->nb; i++) {
		hblock *b = &pg->b[i];
		if (inside(pg, c, b->owner) && (b->cls == C_GOOD || b->cls == C_NEAR)) {
			if (first < 0)
				first = (long)i;
			last = (long)i;
		}
	}
	bool ended = false, kept = false;
	for (size_t i = 0; i < pg->nb; i++) {
		hblock *b = &pg->b[i];
		const char *s = pg->pool.s + b->off;
		const char *why = b->why;
		bool keep = false;
		if (b->cls == C_DROPPED) {
			/* why says which element */
		} else if (!inside(pg, c, b->owner)) {
			why = "outside-article";
		} else if (ended) {
			why = "after-end-rule";
		} else if (title && strcmp(s, title) == 0) {
			why = "title-repeated";
		} else if (b->cls == C_GOOD || b->cls == C_NEAR) {
			keep = true;
		} else if (b->cls == C_HEAD) {
			keep = (long)i < last && b->kind != K_H1;
		} else if (b->cls == C_SHORT) {
			/* between text, or the rest of a list begun there */
			keep = ((long)i > first && (long)i < last) ||
			       (kept && same_list(pg, &pg->b[i - 1], b));
			if (!keep)
				why = "short-at-edge";
		}
		kept = keep;
		ended = ended || (b->end && inside(pg, c, b->owner) && (long)i > first);
		strip_add(o, keep ? STRIP_BODY : STRIP_BOILER, s, b->len, keep ? NULL : why);
	}
}
