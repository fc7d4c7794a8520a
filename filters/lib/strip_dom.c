/* strip_dom.c — flatten a parsed page into element records and text blocks.
 *
 * Two passes over the tree, both iterative (pages may nest 100k deep):
 * pass 1 numbers the elements in pre-order and measures the text under each;
 * pass 2 drops what is never article (scripts, navigation, hidden and
 * boilerplate-hinted elements unless they hold most of the page) and cuts
 * the rest into blocks at block-level elements. */
#include <stdlib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>

#include "strip_html.h"
#include "strip_words.h"

typedef bool (*enter_fn)(xmlNode *n, void *ctx);
typedef void (*leave_fn)(xmlNode *n, void *ctx);

/* Pre-order walk; leave is called for every node whose enter returned true. */
static void walk(xmlNode *root, enter_fn enter, leave_fn leave, void *ctx)
{
	xmlNode *n = root;
	while (n) {
		bool in = enter(n, ctx);
		if (in && n->children) {
			n = n->children;
			continue;
		}
		if (in)
			leave(n, ctx);
		while (n != root && !n->next) {
			n = n->parent;
			leave(n, ctx);
		}
		if (n == root)
			return;
		n = n->next;
	}
}

static int idx_of(const xmlNode *n)
{
	return (int)(intptr_t)n->_private - 1;
}

/* ---- pass 1: number elements, measure text ---- */

struct p1 {
	hpage *pg;
	int cur;		/* index of the element we are in */
	int nav;		/* inside how many K_NAV elements: their text is not counted */
};

static bool p1_enter(xmlNode *n, void *ctx)
{
	struct p1 *c = ctx;
	hpage *pg = c->pg;
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content && !c->nav)
			pg->total_text += strlen((const char *)n->content);
		return false;
	}
	if (n->type != XML_ELEMENT_NODE)
		return false;
	strip_meta_read(n, &pg->meta);
	enum hkind k = strip_tag_kind((const char *)n->name);
	if (k == K_DROP && strcmp((const char *)n->name, "head") != 0) {
		n->_private = NULL;
		return false;
	}
	if (pg->ne == pg->cape) {
		pg->cape = pg->cape ? pg->cape * 2 : 1024;
		pg->e = nf_xrealloc(pg->e, pg->cape * sizeof *pg->e);
	}
	helem *e = &pg->e[pg->ne];
	e->parent = c->cur;
	e->end = (int)pg->ne;
	e->text = pg->total_text;	/* start; made a difference on leave */
	e->score = e->bonus = 0;
	e->kind = k;
	n->_private = (void *)(intptr_t)(pg->ne + 1);
	c->cur = (int)pg->ne++;
	c->nav += k == K_NAV;
	return true;
}

static void p1_leave(xmlNode *n, void *ctx)
{
	struct p1 *c = ctx;
	int i = idx_of(n);
	if (i < 0)
		return;
	helem *e = &c->pg->e[i];
	e->text = c->pg->total_text - e->text;
	e->end = (int)c->pg->ne - 1;
	c->cur = e->parent;
	c->nav -= e->kind == K_NAV;
}

/* ---- pass 2: blocks ---- */

struct p2 {
	hpage *pg;
	int *stack;		/* open block elements */
	size_t nstack, capstack;
	int adepth;		/* inside how many <a> */
	size_t start;		/* pool offset of the block being built */
	size_t chars, linkchars;
	bool space;		/* whitespace pending */
	int drop_at;		/* element being dropped, or -1 */
	char why[48];		/* and why */
	int brs;		/* <br> in a row */
};

static void flush(struct p2 *c)
{
	hpage *pg = c->pg;
	size_t len = pg->pool.n - c->start;
	if (c->chars > 0) {
		if (pg->nb == pg->capb) {
			pg->capb = pg->capb ? pg->capb * 2 : 256;
			pg->b = nf_xrealloc(pg->b, pg->capb * sizeof *pg->b);
		}
		hblock *b = &pg->b[pg->nb++];
		memset(b, 0, sizeof *b);
		b->off = c->start;
		b->len = len;
		b->chars = c->chars;
		b->linkchars = c->linkchars;
		b->owner = c->nstack ? c->stack[c->nstack - 1] : 0;
		b->kind = pg->e[b->owner].kind;
		if (c->drop_at >= 0) {
			b->dropped = true;
			memcpy(b->why, c->why, sizeof b->why);
		}
		nf_buf_addc(&pg->pool, '\0');
	} else {
		pg->pool.n = c->start;
	}
	c->start = pg->pool.n;
	c->chars = c->linkchars = 0;
	c->space = false;
}

static bool is_space(const unsigned char *p)
{
	return *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
	       (p[0] == 0xC2 && p[1] == 0xA0);
}

static void add_text(struct p2 *c, const unsigned char *p)
{
	nf_buf *pool = &c->pg->pool;
	c->brs = 0;
	while (*p) {
		if (is_space(p)) {
			c->space = true;
			p += *p == 0xC2 ? 2 : 1;
			continue;
		}
		if (c->space && pool->n > c->start) {
			nf_buf_addc(pool, ' ');
			c->chars++;
		}
		c->space = false;
		const unsigned char *q = p;
		size_t k = 0;
		while (*q && !is_space(q)) {
			k += strip_char_weight(*q);
			q++;
		}
		nf_buf_add(pool, p, (size_t)(q - p));
		c->chars += k;
		if (c->adepth > 0)
			c->linkchars += k;
		p = q;
	}
}

/* Is element n (index i) not article? Then it and all it holds are
 * dropped, and c->why says why. Big elements (keep_share percent of the
 * page's text) are never dropped by class hints: some sites wrap everything
 * in them. */
static void why_dropped(struct p2 *c, xmlNode *n, int i, enum hkind k, int hint, bool strong)
{
	bool big = c->pg->e[i].text * 100 >= c->pg->total_text * c->pg->keep_share;
	if (k == K_NAV) {
		snprintf(c->why, sizeof c->why, "tag:%s", (const char *)n->name);
	} else if (strip_hidden(n)) {
		snprintf(c->why, sizeof c->why, "hidden");
	} else if (k == K_SOFTDROP && !big) {
		snprintf(c->why, sizeof c->why, "tag:%s", (const char *)n->name);
	} else if ((strong || hint < 0) && !big) {
		const char *v = strip_attr(n, "class");
		snprintf(c->why, sizeof c->why, "class:%s", v ? v : strip_attr(n, "id"));
	} else {
		return;
	}
	c->drop_at = i;
}

/* A table cell holding paragraphs or line breaks is page layout, not data:
 * it is a block of its own rather than a field of its row. */
static bool layout_cell(xmlNode *n)
{
	for (xmlNode *k = n->children; k; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		enum hkind kind = strip_tag_kind((const char *)k->name);
		if (kind == K_BR || kind >= K_NAV)
			return true;
	}
	return false;
}

static bool p2_enter(xmlNode *n, void *ctx)
{
	struct p2 *c = ctx;
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			add_text(c, n->content);
		return false;
	}
	if (n->type != XML_ELEMENT_NODE || idx_of(n) < 0)
		return false;
	int i = idx_of(n);
	hpage *pg = c->pg;
	enum hkind k = pg->e[i].kind;
	if (k == K_DROP)
		return false;
	if (k == K_CELL && layout_cell(n))
		k = pg->e[i].kind = K_BLOCK;
	bool strong = false;
	int hint = strip_hints(n, &strong);
	pg->e[i].bonus = hint;
	if (c->drop_at < 0) {
		why_dropped(c, n, i, k, hint, strong);
		if (c->drop_at == i && k < K_NAV) {
			c->drop_at = -1;	/* inline: its text just goes */
			return false;
		}
	}
	switch (k) {
	case K_A:
		c->adepth++;
		break;
	case K_BR:
		if (++c->brs >= 2)
			flush(c);
		c->space = true;
		return false;
	case K_CELL:
		c->space = true;
		break;
	case K_INLINE:
		break;
	default:
		flush(c);
		if (c->nstack == c->capstack) {
			c->capstack = c->capstack ? c->capstack * 2 : 64;
			c->stack = nf_xrealloc(c->stack, c->capstack * sizeof *c->stack);
		}
		c->stack[c->nstack++] = i;
	}
	return true;
}

static void p2_leave(xmlNode *n, void *ctx)
{
	struct p2 *c = ctx;
	if (idx_of(n) < 0)
		return;
	enum hkind k = c->pg->e[idx_of(n)].kind;
	if (idx_of(n) == c->drop_at) {
		flush(c);
		c->drop_at = -1;
	}
	switch (k) {
	case K_A:
		c->adepth--;
		break;
	case K_CELL:
		c->space = true;
		break;
	case K_INLINE:
		break;
	default:
		flush(c);
		c->nstack--;
	}
}

void strip_dom(xmlNode *root, hpage *pg)
{
	struct p1 c1 = { .pg = pg, .cur = -1 };
	walk(root, p1_enter, p1_leave, &c1);
	struct p2 c2 = { .pg = pg, .drop_at = -1 };
	walk(root, p2_enter, p2_leave, &c2);
	flush(&c2);
	free(c2.stack);
}
