/* strip.c — the block list and the choice between HTML and plain text. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "strip.h"
#include "strip_rules.h"
#include "strip_words.h"

const char *const strip_role_name[] = { "title", "byline", "date", "body", "boilerplate" };

strip_block *strip_add(strip_out *o, enum strip_role role, const char *s,
		       size_t n, const char *why)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 64;
		o->b = nf_xrealloc(o->b, o->cap * sizeof *o->b);
	}
	strip_block *b = &o->b[o->n++];
	b->text = nf_xstrndup(s, n);
	b->n = n;
	b->role = role;
	b->why[0] = '\0';
	if (why) {
		strncpy(b->why, why, sizeof b->why - 1);
		b->why[sizeof b->why - 1] = '\0';
	}
	return b;
}

strip_block *strip_add_meta(strip_out *o, enum strip_role role, const char *s, size_t n)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->b[i].role == role)
			return NULL;
	strip_add(o, role, s, n, NULL);
	strip_block b = o->b[o->n - 1];
	size_t at = 0;	/* before the first block of a later role */
	while (at < o->n - 1 && o->b[at].role <= role)
		at++;
	memmove(&o->b[at + 1], &o->b[at], (o->n - 1 - at) * sizeof *o->b);
	o->b[at] = b;
	return &o->b[at];
}

void strip_truncate(strip_out *o, size_t n)
{
	for (size_t i = n; i < o->n; i++)
		free(o->b[i].text);
	if (n < o->n)
		o->n = n;
}

void strip_clear(strip_out *o)
{
	strip_truncate(o, 0);
}

void strip_free(strip_out *o)
{
	strip_clear(o);
	free(o->b);
	o->b = NULL;
	o->cap = 0;
}

/* Case-insensitive search for needle in the first n bytes of s. */
static bool has_tag(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (s[i] == '<' && strncasecmp(s + i, needle, k) == 0)
			return true;
	return false;
}

bool strip_is_html(const char *s, size_t n)
{
	size_t i = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	if (i < n && s[i] == '<')
		return true;
	size_t head = n < 4096 ? n : 4096;
	static const char *const tags[] = { "<html", "<body", "<p>", "<div", "<br", "<!doctype" };
	for (size_t t = 0; t < sizeof tags / sizeof *tags; t++)
		if (has_tag(s, head, tags[t]))
			return true;
	return false;
}

int strip_article(const char *s, size_t n, strip_out *o)
{
	return strip_is_html(s, n) ? strip_html(s, n, o) : strip_text(s, n, o);
}

void strip_cleanup(void)
{
	strip_rules_free();
	strip_words_free();
}
