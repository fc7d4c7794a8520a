/* sentlex.c — word lists for the sentence splitter in an open-addressing
 * hash table keyed by the lowercased word. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "sentlex.h"

struct entry {
	char key[LX_MAXKEY + 1];	/* lowercased, NUL-padded */
	unsigned any, cap;		/* classes for any case / capitalised only */
};

struct nf_lex {
	struct entry *e;
	size_t n, size;			/* used, slots (a power of two) */
};

static const struct {
	const char *name;
	unsigned cls;
} sections[] = {
	{"title", LX_TITLE}, {"final", LX_FINAL}, {"number", LX_NUMBER},
	{"never", LX_NEVER}, {"time", LX_TIME}, {"starter", LX_STARTER},
	{"speech", LX_SPEECH}, {"after-time", LX_AFTERTIME},
	{"preposition", LX_PREP}, {"state", LX_STATE},
	{"continuation", LX_CONT},
};

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* FNV-1a of the lowercased word into key; 0 if it is too long. */
static uint32_t
make_key(const char *w, size_t n, char key[LX_MAXKEY + 1])
{
	uint32_t h = 2166136261u;

	if (n == 0 || n > LX_MAXKEY)
		return 0;
	memset(key, 0, LX_MAXKEY + 1);
	for (size_t i = 0; i < n; i++) {
		key[i] = (char)lower((unsigned char)w[i]);
		h = (h ^ (unsigned char)key[i]) * 16777619u;
	}
	return h | 1;
}

static struct entry *
slot(const nf_lex *x, uint32_t h, const char *key)
{
	size_t i = h & (x->size - 1);

	while (x->e[i].key[0] && memcmp(x->e[i].key, key, LX_MAXKEY + 1) != 0)
		i = (i + 1) & (x->size - 1);
	return &x->e[i];
}

static void
grow(nf_lex *x)
{
	struct entry *old = x->e;
	size_t oldsize = x->size;

	x->size = oldsize ? oldsize * 2 : 512;
	x->e = nf_xcalloc(x->size, sizeof *x->e);
	for (size_t i = 0; i < oldsize; i++) {
		if (old[i].key[0]) {
			char key[LX_MAXKEY + 1];
			uint32_t h = make_key(old[i].key, strlen(old[i].key), key);
			*slot(x, h, key) = old[i];
		}
	}
	free(old);
}

nf_lex *
nf_lex_new(void)
{
	nf_lex *x = nf_xcalloc(1, sizeof *x);

	grow(x);
	return x;
}

void
nf_lex_free(nf_lex *x)
{
	if (!x)
		return;
	free(x->e);
	free(x);
}

static void
add(nf_lex *x, const char *w, size_t n, unsigned cls)
{
	char key[LX_MAXKEY + 1];
	uint32_t h;

	if (n > 1 && w[n - 1] == '.')
		n--;			/* "Gen." is stored as "gen" */
	if (!(h = make_key(w, n, key)))
		return;
	if (2 * (x->n + 1) > x->size)
		grow(x);
	struct entry *e = slot(x, h, key);
	if (!e->key[0]) {
		memcpy(e->key, key, sizeof key);
		x->n++;
	}
	if (w[0] >= 'A' && w[0] <= 'Z')
		e->cap |= cls;
	else
		e->any |= cls;
}

static unsigned
section(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
		if (strlen(sections[i].name) == n && memcmp(sections[i].name, s, n) == 0)
			return sections[i].cls;
	return 0;
}

static long
line_of(const nf_blob *b, const char *p)
{
	long line = 1;

	for (const char *q = b->s; q < p; q++)
		line += *q == '\n';
	return line;
}

void
nf_lex_load(nf_lex *x, const nf_blob *b, const char *name, unsigned dflt)
{
	size_t pos = 0, n;
	const char *s;
	unsigned cls = dflt;

	while (nf_blob_line(b, &pos, &s, &n)) {
		while (n && (*s == ' ' || *s == '\t'))
			s++, n--;
		if (n >= 2 && s[0] == '[' && s[n - 1] == ']') {
			if (!(cls = section(s + 1, n - 2)))
				nf_die("%s:%ld: unknown section %.*s", name,
				       line_of(b, s), (int)n, s);
			continue;
		}
		size_t w = 0;
		while (w < n && s[w] != ' ' && s[w] != '\t')
			w++;
		add(x, s, w, cls);
	}
}

unsigned
nf_lex_get(const nf_lex *x, const char *w, size_t n)
{
	char key[LX_MAXKEY + 1];
	uint32_t h = make_key(w, n, key);

	if (!h)
		return 0;
	const struct entry *e = slot(x, h, key);
	if (!e->key[0])
		return 0;
	return e->any | (w[0] >= 'A' && w[0] <= 'Z' ? e->cap : 0);
}
