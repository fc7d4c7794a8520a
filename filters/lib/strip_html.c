/* strip_html.c — HTML page → title, byline, date and body blocks. */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "strip.h"
#include "strip_byline.h"
#include "strip_charset.h"
#include "strip_date.h"
#include "strip_defuse.h"
#include "strip_html.h"

/* Whitespace collapsed, trimmed; in place. Returns the length. */
static size_t squeeze(char *s)
{
	size_t k = 0;
	bool sp = false;
	for (char *p = s; *p; p++) {
		if (isspace((unsigned char)*p)) {
			sp = k > 0;
			continue;
		}
		if (sp)
			s[k++] = ' ';
		sp = false;
		s[k++] = *p;
	}
	s[k] = '\0';
	return k;
}

static size_t nwords(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		w += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
	return w;
}

/* "Headline | Site name" → "Headline" when the headline keeps 3+ words. */
static void drop_site_name(char *t)
{
	static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " · " };
	char *cut = NULL;
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
		char *p = t, *q;
		while ((q = strstr(p, seps[i])) != NULL) {
			if (!cut || q > cut)
				cut = q;
			p = q + 1;
		}
	}
	if (cut && nwords(t, (size_t)(cut - t)) >= 3)
		*cut = '\0';
}

static const char *title_of(hmeta *m)
{
	char *t = m->og_title ? m->og_title : m->ld_title ? m->ld_title : m->title;
	if (m->h1)
		squeeze(m->h1);
	if (!t)
		return m->h1 && *m->h1 ? m->h1 : NULL;
	squeeze(t);
	if (m->h1 && *m->h1 && strstr(t, m->h1))
		return m->h1;
	drop_site_name(t);
	/* "Night market returns | Site" names the h1 "Night market returns to the quay" */
	if (*t && m->h1 && !strncmp(m->h1, t, strlen(t)))
		return m->h1;
	return *t ? t : NULL;
}

static const char *byline_of(hmeta *m)
{
	char *a = m->author ? m->author : m->ld_author ? m->ld_author : m->byline;
	if (!a)
		return NULL;
	squeeze(a);
	if (strncasecmp(a, "by ", 3) == 0)
		memmove(a, a + 3, strlen(a + 3) + 1);
	if (a == m->byline) {
		/* page text: "Ana Lind@alind Nov 19, 2019 | Updated" → "Ana Lind" */
		a[strcspn(a, "@|0123456789")] = '\0';
		static const char *const dots[] = { "\xE2\x80\xA2", "\xC2\xB7" };	/* • · */
		for (size_t i = 0; i < 2; i++) {
			char *q = strstr(a, dots[i]);
			if (q)
				*q = '\0';
		}
		squeeze(a);
	}
	return *a && strlen(a) < 120 ? a : NULL;
}

static void add_meta(hmeta *m, strip_out *o, const char *title)
{
	if (title)
		strip_add(o, STRIP_TITLE, title, strlen(title), NULL);
	const char *by = byline_of(m);
	if (by)
		strip_add(o, STRIP_BYLINE, by, strlen(by), NULL);
	const char *d = m->date ? m->date : m->ld_date ? m->ld_date : m->time;
	char iso[32];
	if (d && strip_iso_date(d, strlen(d), iso))
		strip_add(o, STRIP_DATE, iso, strlen(iso), NULL);
}

static void page_free(hpage *pg)
{
	free(pg->e);
	free(pg->b);
	nf_buf_free(&pg->pool);
	strip_meta_free(&pg->meta);
}

/* No byline or date in the metadata: a "By Ana Lind" or "Published 3 May
 * 2026" block before the body stands in. */
static void meta_from_blocks(strip_out *o, size_t from)
{
	for (size_t i = from; i < o->n && o->b[i].role != STRIP_BODY; i++) {
		const strip_block *b = &o->b[i];
		char iso[32];
		size_t k, end;
		strip_block *m = NULL;
		if (strip_is_byline(b->text, b->n)) {
			strip_byline_name(b->text, b->n, &k, &end);
			m = strip_add_meta(o, STRIP_BYLINE, b->text + k, end - k);
		} else if (strip_is_date_line(b->text, b->n) &&
			   strip_iso_date(b->text, b->n, iso)) {
			m = strip_add_meta(o, STRIP_DATE, iso, strlen(iso));
		}
		if (m)
			i++;	/* the blocks moved down by one */
	}
}

static void extract(xmlNode *root, strip_out *o, unsigned keep_share)
{
	hpage pg = { .keep_share = keep_share };
	strip_dom(root, &pg);
	const char *title = title_of(&pg.meta);
	size_t start = o->n;
	add_meta(&pg.meta, o, title);
	strip_select(&pg, o, title);
	meta_from_blocks(o, start);
	page_free(&pg);
}

static size_t body_chars(const strip_out *o, size_t from)
{
	size_t k = 0;
	for (size_t i = from; i < o->n; i++)
		if (o->b[i].role == STRIP_BODY)
			k += o->b[i].n;
	return k;
}

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return false;
	return true;
}

int strip_html(const char *s, size_t n, strip_out *o)
{
	if (blank(s, n))
		return 0;	/* an empty page (a feed item without content) */
	size_t un;
	char *u = strip_utf8(s, n, true, &un);
	strip_defuse(u, un);
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		   HTML_PARSE_NOWARNING | XML_PARSE_HUGE | HTML_PARSE_NOBLANKS |
		   HTML_PARSE_COMPACT;
	htmlDocPtr doc = htmlReadMemory(u, (int)(un < 0x7fffffff ? un : 0x7fffffff),
					NULL, "UTF-8", opts);
	free(u);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {	/* no element at all: a comment, a doctype, "<" */
		int rc = doc ? 0 : -1;
		xmlFreeDoc(doc);
		return rc;
	}
	size_t start = o->n;
	extract(root, o, 40);
	if (body_chars(o, start) < 250) {
		/* Little or nothing found: the article may sit in an element
		 * whose class sounds like boilerplate. Retry trusting class
		 * hints only on small elements; keep whichever found more. */
		strip_out again = {0};
		extract(root, &again, 10);
		if (body_chars(&again, 0) > 2 * body_chars(o, start)) {
			strip_truncate(o, start);
			for (size_t i = 0; i < again.n; i++)
				strip_add(o, again.b[i].role, again.b[i].text, again.b[i].n,
					  again.b[i].why);
		}
		strip_free(&again);
	}
	xmlFreeDoc(doc);
	return 0;
}
