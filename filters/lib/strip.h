/* strip.h — news-strip's core: raw article (HTML or plain text) → blocks.
 *
 * A block is one paragraph-like piece of the article with a role. The core
 * knows nothing of the TSV stream; news-strip.c feeds it one document at a
 * time and writes the blocks out. */
#ifndef NF_STRIP_H
#define NF_STRIP_H

#include <stdbool.h>
#include <stddef.h>

enum strip_role { STRIP_TITLE, STRIP_BYLINE, STRIP_DATE, STRIP_BODY, STRIP_BOILER };

typedef struct {
	char *text;		/* UTF-8, NUL-terminated, owned */
	size_t n;
	enum strip_role role;
	char why[48];		/* rule or score that dropped it (STRIP_BOILER) */
} strip_block;

typedef struct {
	strip_block *b;
	size_t n, cap;
} strip_out;

/* Append a block (text copied). why may be NULL. */
strip_block *strip_add(strip_out *o, enum strip_role role, const char *s,
		       size_t n, const char *why);
/* A title, byline or date block, unless o has one already: put after the
 * metadata blocks of earlier roles, before everything else. */
strip_block *strip_add_meta(strip_out *o, enum strip_role role, const char *s, size_t n);
void strip_clear(strip_out *o);		/* drop blocks, keep memory */
void strip_truncate(strip_out *o, size_t n);	/* drop blocks from the n-th on */
void strip_free(strip_out *o);

extern const char *const strip_role_name[];

/* Does s look like HTML (a tag near the start, or <html>/<p> tags)? */
bool strip_is_html(const char *s, size_t n);

/* Extract the article from an HTML page / a plain-text page. Blocks are
 * appended to o in output order: metadata first for HTML, document order
 * for text. Dropped blocks are appended too (role STRIP_BOILER). Returns 0
 * (also for an empty page), or -1 when the page could not be parsed at all. */
int strip_html(const char *s, size_t n, strip_out *o);
int strip_text(const char *s, size_t n, strip_out *o);

/* Either of the two, chosen from the content. */
int strip_article(const char *s, size_t n, strip_out *o);

/* Free the compiled patterns and word lists (for leak checkers). */
void strip_cleanup(void);

#endif
