/* strip_defuse.c — blank out end tags that close nothing, before libxml2
 * parses a page.
 *
 * libxml2's HTML parser looks for the name of every end tag down its whole
 * stack of open elements; on a deeply nested page each end tag that matches
 * nothing costs the full depth, so a page of a few MB can take minutes.
 * Such tags are errors the parser ignores anyway: removing them first
 * changes no tree and keeps parsing linear. Open elements are counted per
 * tag name, which is enough to know that a name cannot match.
 *
 * Start tags that would nest deeper than MAXDEPTH are blanked too (real
 * pages nest a few dozen deep), so that every end tag that is left costs
 * little. And as the parser checks each attribute of a tag against all
 * earlier ones, a tag keeps its first MAXATTS attributes only. */
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "strip_defuse.h"

#define NSLOT 512
#define MAXNAME 16
#define MAXATTS 256
#define MAXDEPTH 512

struct slot {
	char name[MAXNAME];
	size_t open;
};

/* The counter for a tag name, or NULL when the table is full (then the
 * name is treated as open: nothing is removed that might match). */
static struct slot *slot_of(struct slot *t, const char *name, size_t k)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < k; i++)
		h = (h ^ (unsigned char)name[i]) * 16777619u;
	for (size_t probe = 0; probe < NSLOT; probe++) {
		struct slot *s = &t[(h + probe) & (NSLOT - 1)];
		if (!s->name[0]) {
			memcpy(s->name, name, k);
			s->name[k] = '\0';
			return s;
		}
		if (strlen(s->name) == k && !memcmp(s->name, name, k))
			return s;
	}
	return NULL;
}

static bool is_void(const char *name)
{
	static const char *const v[] = {
		"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
		"meta", "param", "source", "track", "wbr",
	};
	for (size_t i = 0; i < sizeof v / sizeof *v; i++)
		if (!strcmp(name, v[i]))
			return true;
	return false;
}

static bool is_raw(const char *name)
{
	return !strcmp(name, "script") || !strcmp(name, "style") ||
	       !strcmp(name, "textarea") || !strcmp(name, "xmp") || !strcmp(name, "title");
}

/* End of the construct starting at s[i] == '<' (index after it). */
static size_t skip_to(const char *s, size_t n, size_t i, const char *end)
{
	size_t k = strlen(end);
	for (; i + k <= n; i++)
		if (!memcmp(s + i, end, k))
			return i + k;
	return n;
}

/* End of the tag whose name ends at s[i] (index after its '>', quotes
 * respected). Attributes past MAXATTS are blanked out. */
static size_t tag_end(char *s, size_t n, size_t i)
{
	size_t atts = 0, cut = 0;
	bool space = true;
	while (i < n && s[i] != '>') {
		char c = s[i];
		if (c == '"' || c == '\'') {
			const char *q = memchr(s + i + 1, c, n - i - 1);
			i = q ? (size_t)(q - s) + 1 : n;
			space = false;
			continue;
		}
		bool sp = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
		if (space && !sp && c != '=' && c != '/' && ++atts == MAXATTS + 1)
			cut = i;
		space = sp;
		i++;
	}
	if (cut)
		memset(s + cut, ' ', i - cut);
	return i < n ? i + 1 : n;
}

/* Index of "</name" closing a raw-text element (or n). */
static size_t raw_end(const char *s, size_t n, size_t i, const char *name)
{
	size_t k = strlen(name);
	for (; i + 2 + k <= n; i++)
		if (s[i] == '<' && s[i + 1] == '/' && !strncasecmp(s + i + 2, name, k))
			return i;
	return n;
}

void strip_defuse(char *s, size_t n)
{
	static struct slot table[NSLOT];
	memset(table, 0, sizeof table);
	size_t i = 0, depth = 0;	/* elements open, as far as names tell */
	while (i < n) {
		char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		i = (size_t)(lt - s);
		if (i + 3 < n && !memcmp(s + i, "<!--", 4)) {
			i = skip_to(s, n, i + 4, "-->");
			continue;
		}
		bool end = i + 1 < n && s[i + 1] == '/';
		size_t j = i + 1 + end, k = 0;
		char name[MAXNAME];
		while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == ':')) {
			if (k + 1 < MAXNAME)
				name[k++] = (char)tolower((unsigned char)s[j]);
			j++;
		}
		name[k] = '\0';
		if (k == 0 || !isalpha((unsigned char)name[0])) {
			i++;
			continue;
		}
		size_t close = tag_end(s, n, j);
		struct slot *sl = slot_of(table, name, k);
		if (end) {
			if (sl && sl->open == 0) {
				memset(s + i, ' ', close - i);	/* closes nothing */
			} else if (sl) {
				sl->open--;
				depth--;
			}
		} else if (is_raw(name)) {	/* a leaf: skip its text and end tag */
			close = raw_end(s, n, close, name);
			if (close < n)
				close = tag_end(s, n, close + 2 + k);
		} else if (!is_void(name) && !(close >= 2 && s[close - 2] == '/')) {
			if (depth >= MAXDEPTH) {
				memset(s + i, ' ', close - i);	/* too deep */
			} else if (sl) {
				sl->open++;
				depth++;
			}
		}
		i = close;
	}
}
