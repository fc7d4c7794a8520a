/* strip_tags.c — what an HTML element is to the extractor: by tag name, by
 * class/id/role hints, and whether it is hidden. */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "strip_html.h"

/* K_DROP: never text (scripts, media, form controls); K_NAV: text that is
 * not article (navigation, asides, footers, captions), kept for --explain. */
struct tagkind {
	const char *name;
	enum hkind kind;
};

/* Sorted by name for bsearch. */
static const struct tagkind tags[] = {
	{"a", K_A}, {"address", K_BLOCK}, {"applet", K_DROP}, {"article", K_BLOCK},
	{"aside", K_NAV}, {"audio", K_DROP}, {"blockquote", K_QUOTE},
	{"body", K_BLOCK}, {"br", K_BR}, {"button", K_DROP}, {"canvas", K_DROP},
	{"caption", K_BLOCK}, {"center", K_BLOCK}, {"dd", K_LI},
	{"details", K_BLOCK}, {"dialog", K_NAV}, {"div", K_BLOCK},
	{"dl", K_BLOCK}, {"dt", K_LI}, {"embed", K_DROP}, {"fieldset", K_BLOCK},
	{"figcaption", K_NAV}, {"figure", K_BLOCK}, {"footer", K_NAV},
	{"form", K_SOFTDROP}, {"h1", K_H1}, {"h2", K_H2}, {"h3", K_H2},
	{"h4", K_H2}, {"h5", K_H2}, {"h6", K_H2}, {"head", K_DROP},
	{"header", K_SOFTDROP}, {"hr", K_BLOCK}, {"html", K_BLOCK},
	{"iframe", K_DROP}, {"input", K_DROP}, {"label", K_DROP},
	{"legend", K_NAV}, {"li", K_LI}, {"link", K_DROP}, {"main", K_BLOCK},
	{"map", K_DROP}, {"math", K_DROP}, {"menu", K_NAV}, {"meta", K_DROP},
	{"nav", K_NAV}, {"noscript", K_DROP}, {"object", K_DROP},
	{"ol", K_BLOCK}, {"optgroup", K_DROP}, {"option", K_DROP}, {"p", K_P},
	{"picture", K_DROP}, {"pre", K_PRE}, {"script", K_DROP},
	{"section", K_BLOCK}, {"select", K_DROP}, {"style", K_DROP},
	{"summary", K_BLOCK}, {"svg", K_DROP}, {"table", K_BLOCK},
	{"tbody", K_BLOCK}, {"td", K_CELL}, {"template", K_DROP},
	{"textarea", K_DROP}, {"tfoot", K_BLOCK}, {"th", K_CELL},
	{"thead", K_BLOCK}, {"title", K_DROP}, {"tr", K_TR}, {"ul", K_BLOCK},
	{"video", K_DROP},
};

static int cmp_tag(const void *key, const void *elem)
{
	return strcmp(key, ((const struct tagkind *)elem)->name);
}

enum hkind strip_tag_kind(const char *name)
{
	const struct tagkind *t = bsearch(name, tags, sizeof tags / sizeof *tags,
					  sizeof *tags, cmp_tag);
	return t ? t->kind : K_INLINE;
}

/* Word-ish substrings of class and id values. A strong hint drops the
 * element (unless it holds most of the page); a weak one only when no
 * positive hint is there too. */
static const char *const strong_neg[] = {
	"comment", "share", "sharing", "social", "related", "newsletter",
	"subscri", "cookie", "consent", "sidebar", "promo", "advert",
	"outbrain", "taboola", "disqus", "recommend", "most-popular",
	"mostpopular", "trending", "more-stories", "signup", "sign-up",
	"paywall", "breadcrumb", "navbar", "masthead", "popup", "modal",
	"footer", "widget", "sponsor", "follow", "toolbar", "jump-link",
	"skip-link", "ad-slot", "ad-container", "adslot", "adunit", "dfp-",
	"newsletter", "read-more", "readmore", "also-read", "further-reading",
};
static const char *const weak_neg[] = {
	"byline", "author", "dateline", "timestamp", "caption", "credit",
	"tags", "menu", "nav", "meta", "login", "rating", "print", "banner",
	"header", "hidden", "bio", "contributor", "teaser",
};
static const char *const positive[] = {
	"article", "body", "content", "entry", "main", "post", "story",
	"text", "prose", "blog",
};

static bool any(const char *v, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strstr(v, words[i]))
			return true;
	return false;
}

/* A word starts at v[i] of the original value: after a non-letter, or a
 * camelCase hump ("mainNav"). */
static bool word_start(const char *orig, size_t i)
{
	unsigned char p = i ? (unsigned char)orig[i - 1] : ' ', c = (unsigned char)orig[i];
	return !isalpha(p) || (islower(p) && isupper(c));
}

/* Like any(), but only where a word of the value starts: the short weak
 * hints must not fire inside other words ("nav" in "unavailable"). */
static bool any_word(const char *v, const char *orig, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (const char *q = v; (q = strstr(q, words[i])) != NULL; q++)
			if (word_start(orig, (size_t)(q - v)))
				return true;
	return false;
}

const char *strip_attr(xmlNode *n, const char *name)
{
	xmlAttr *a = xmlHasProp(n, (const xmlChar *)name);
	return a && a->children && a->children->content ? (const char *)a->children->content : NULL;
}

/* Lowercased copy of an attribute (truncated to fit), "" when absent. */
static const char *lower_attr(xmlNode *n, const char *name, char *buf, size_t cap)
{
	const char *v = strip_attr(n, name);
	size_t k = 0;
	for (; v && v[k] && k + 1 < cap; k++)
		buf[k] = (char)tolower((unsigned char)v[k]);
	buf[k] = '\0';
	return buf;
}

#define ANY(v, a) any(v, a, sizeof a / sizeof *a)

/* Standalone "ad"/"ads" tokens in a class list (not "head", "shadow"). */
static bool ad_token(const char *v)
{
	for (const char *p = v; *p; p++) {
		if (p != v && p[-1] != ' ' && p[-1] != '-' && p[-1] != '_')
			continue;
		if (strncasecmp(p, "ad", 2) != 0)
			continue;
		const char *q = p + 2;
		if (*q == 's')
			q++;
		if (*q == '\0' || *q == ' ' || *q == '-' || *q == '_')
			return true;
	}
	return false;
}

int strip_hints(xmlNode *n, bool *strong)
{
	*strong = false;
	int score = 0;
	static const char *const attrs[] = { "class", "id" };
	char buf[256];
	for (size_t i = 0; i < 2; i++) {
		const char *s = lower_attr(n, attrs[i], buf, sizeof buf);
		if (!*s)
			continue;
		bool pos = ANY(s, positive);
		if ((ANY(s, strong_neg) || ad_token(s)) && !pos) {
			*strong = true;
			score -= 2;
		} else if (pos) {
			score += 1;
		} else if (any_word(s, strip_attr(n, attrs[i]), weak_neg,
				    sizeof weak_neg / sizeof *weak_neg)) {
			score -= 1;
		}
	}
	const char *r = strip_attr(n, "role");
	if (r) {
		if (!strcmp(r, "navigation") || !strcmp(r, "complementary") ||
		    !strcmp(r, "contentinfo") || !strcmp(r, "banner") ||
		    !strcmp(r, "dialog") || !strcmp(r, "alert")) {
			*strong = true;
			score -= 2;
		} else if (!strcmp(r, "main") || !strcmp(r, "article")) {
			score += 2;
		}
	}
	const char *ip = strip_attr(n, "itemprop");
	if (ip && strstr(ip, "articleBody"))
		score += 3;
	return score;
}

bool strip_hidden(xmlNode *n)
{
	if (xmlHasProp(n, (const xmlChar *)"hidden"))
		return true;
	char buf[256];
	const char *st = lower_attr(n, "style", buf, sizeof buf);
	if (!*st)
		return false;
	char *d = buf;
	for (const char *p = st; *p; p++)	/* drop spaces: "display: none" */
		if (*p != ' ')
			*d++ = *p;
	*d = '\0';
	return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}
