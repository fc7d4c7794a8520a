/* strip_html.h — what the HTML passes share: the DOM flattened into element
 * records (pre-order) and text blocks, plus the metadata found on the way.
 * strip_dom.c builds it, strip_select.c picks the article, strip_meta.c
 * reads metadata. */
#ifndef NF_STRIP_HTML_H
#define NF_STRIP_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "strip.h"

enum hkind {
	K_INLINE, K_A, K_BR, K_CELL, K_DROP, K_NAV, K_SOFTDROP, K_BLOCK,
	K_P, K_LI, K_TR, K_PRE, K_QUOTE, K_H1, K_H2	/* K_H2: h2..h6 */
};

enum hclass { C_GOOD, C_NEAR, C_SHORT, C_HEAD, C_BAD, C_DROPPED };

typedef struct {
	int parent;		/* element index, -1 for the root */
	int end;		/* last descendant's index */
	size_t text;		/* bytes of text in the subtree (pass 1) */
	double score;		/* content value of the subtree (pass 3) */
	double bonus;		/* class/id hints */
	enum hkind kind;
} helem;

typedef struct {
	size_t off, len;	/* text in the pool */
	size_t chars, linkchars;	/* weighted: strip_char_weight() */
	size_t words, stops;
	int owner;		/* innermost block element */
	enum hkind kind;	/* kind of that element */
	enum hclass cls;
	bool dropped;		/* inside an element dropped by tag, class or style */
	bool end;		/* matched an "end" rule: nothing after it is article */
	char why[48];
} hblock;

/* Metadata candidates, each malloc'd or NULL. */
typedef struct {
	char *og_title, *title, *h1, *author, *date, *ld_title, *ld_author,
	     *ld_date, *byline, *time;
	int byline_tries;	/* byline elements read so far */
} hmeta;

typedef struct {
	helem *e;
	size_t ne, cape;
	hblock *b;
	size_t nb, capb;
	nf_buf pool;		/* block texts, NUL-separated */
	size_t total_text;
	unsigned keep_share;	/* % of the text that protects from class hints */
	hmeta meta;
} hpage;

struct _xmlNode;
/* Flatten the parsed document into page (elements, blocks, metadata). */
void strip_dom(struct _xmlNode *root, hpage *page);
/* Kinds of tags and class/id hints (strip_tags.c). */
enum hkind strip_tag_kind(const char *name);
/* > 0 for article-like class/id/role, < 0 for boilerplate-like, 0 neither;
 * *strong set for hints that drop an element outright. */
int strip_hints(struct _xmlNode *n, bool *strong);
bool strip_hidden(struct _xmlNode *n);
/* An attribute's value without copying it, or NULL. */
const char *strip_attr(struct _xmlNode *n, const char *name);

/* Class the blocks, pick the article's and append every block to o with
 * its role (strip_select.c). title: the page title, left out of the body. */
void strip_select(hpage *pg, strip_out *o, const char *title);
/* Metadata (strip_meta.c): read one element in pass 1; free. */
void strip_meta_read(struct _xmlNode *n, hmeta *m);
void strip_meta_free(hmeta *m);

#endif
