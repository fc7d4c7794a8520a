/* strip_meta.c — title, author and date candidates from <meta>, <title>,
 * <h1>, <time>, byline elements and JSON-LD, gathered in pass 1. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "buf.h"
#include "strip_html.h"

static void keep(char **slot, const char *v)
{
	if (*slot || !v)
		return;
	while (isspace((unsigned char)*v))
		v++;
	if (*v)
		*slot = nf_xstrdup(v);
}

static char *prop(xmlNode *n, const char *name)
{
	return (char *)xmlGetProp(n, (const xmlChar *)name);
}

static bool eq(const char *a, const char *b)
{
	return a && strcasecmp(a, b) == 0;
}

static void from_meta(xmlNode *n, hmeta *m)
{
	char *key = prop(n, "property"), *name = prop(n, "name");
	char *ip = prop(n, "itemprop"), *content = prop(n, "content");
	const char *k = key ? key : name ? name : ip;
	if (k && content) {
		if (eq(k, "og:title") || eq(k, "twitter:title"))
			keep(&m->og_title, content);
		else if ((eq(k, "author") || eq(k, "article:author") || eq(k, "byl") ||
			  eq(k, "parsely-author") || eq(k, "sailthru.author") ||
			  eq(k, "dc.creator")) && !strstr(content, "://"))
			keep(&m->author, content);
		else if (eq(k, "article:published_time") || eq(k, "datepublished") ||
			 eq(k, "pubdate") || eq(k, "publish-date") || eq(k, "date") ||
			 eq(k, "dc.date.issued") || eq(k, "parsely-pub-date") ||
			 eq(k, "sailthru.date") || eq(k, "og:published_time"))
			keep(&m->date, content);
	}
	xmlFree(key);
	xmlFree(name);
	xmlFree(ip);
	xmlFree(content);
}

/* The JSON string value after "key": in s (first occurrence), unescaped. */
static char *json_str(const char *s, const char *key)
{
	const char *p = strstr(s, key);
	if (!p)
		return NULL;
	p += strlen(key);
	while (*p == ' ' || *p == '\n' || *p == '\t' || *p == ':' || *p == '\r')
		p++;
	if (*p != '"')
		return NULL;
	nf_buf b = {0};
	for (p++; *p && *p != '"'; p++) {
		if (*p == '\\' && p[1]) {
			p++;
			nf_buf_addc(&b, *p == 'n' || *p == 't' ? ' ' : *p == 'u' ? '?' : *p);
			if (*p == 'u')
				for (int i = 0; i < 4 && p[1]; i++)
					p++;
		} else {
			nf_buf_addc(&b, *p);
		}
	}
	nf_buf_addc(&b, '\0');
	return b.s;
}

static void from_jsonld(const char *s, hmeta *m)
{
	if (!m->ld_title)
		m->ld_title = json_str(s, "\"headline\"");
	if (!m->ld_date)
		m->ld_date = json_str(s, "\"datePublished\"");
	const char *a = strstr(s, "\"author\"");
	if (!m->ld_author && a) {
		m->ld_author = json_str(a, "\"name\"");
		if (m->ld_author && strlen(m->ld_author) > 100) {
			free(m->ld_author);
			m->ld_author = NULL;
		}
	}
}

static char *text_of(xmlNode *n)
{
	return (char *)xmlNodeGetContent(n);
}

static bool byline_hint(xmlNode *n)
{
	const char *rel = strip_attr(n, "rel"), *cls = strip_attr(n, "class");
	return (rel && !strcmp(rel, "author")) ||
	       (cls && (strstr(cls, "byline") || strstr(cls, "author-name")));
}

void strip_meta_read(xmlNode *n, hmeta *m)
{
	const char *name = (const char *)n->name;
	if (!strcmp(name, "meta")) {
		from_meta(n, m);
	} else if (!strcmp(name, "title") && !m->title) {
		m->title = text_of(n);
	} else if (!strcmp(name, "h1") && !m->h1) {
		m->h1 = text_of(n);
	} else if (!strcmp(name, "time") && !m->time) {
		m->time = prop(n, "datetime");
	} else if (!strcmp(name, "script")) {
		char *type = prop(n, "type");
		if (type && strstr(type, "ld+json")) {
			char *s = text_of(n);
			if (s)
				from_jsonld(s, m);
			xmlFree(s);
		}
		xmlFree(type);
	} else if (!m->byline && m->byline_tries < 8 && byline_hint(n)) {
		m->byline_tries++;	/* each try reads a subtree: bounded */
		char *t = text_of(n);
		if (t && strlen(t) < 200)
			m->byline = t;
		else
			xmlFree(t);
	}
	/* xmlGetProp/xmlNodeGetContent memory comes from malloc by default */
}

void strip_meta_free(hmeta *m)
{
	char **f[] = { &m->og_title, &m->title, &m->h1, &m->author, &m->date,
		       &m->ld_title, &m->ld_author, &m->ld_date, &m->byline, &m->time };
	for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
		free(*f[i]);
		*f[i] = NULL;
	}
}
