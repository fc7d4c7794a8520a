/* nerpat.c — DATE, MONEY and PERCENT spans by PCRE2 patterns. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "data.h"
#include "error.h"
#include "nerpat.h"
#include "regex.h"
#include "utf8.h"

NF_DATA(nerpat_txt);

/* Enough for every pattern shipped on any sentence; a pathological input
 * hits the limit, and that pattern just finds nothing more in that text. */
#define MATCH_LIMIT 100000
#define DEPTH_LIMIT 10000

typedef struct {
	char *name;		/* a part: NAME = regex */
	char *regex;
} part;

typedef struct {
	pcre2_code *code;
	enum nf_pattype type;
} pattern;

/* Matching keeps the next match of every pattern (each searched on its
 * own, so PCRE2 can skip ahead by its first characters): the leftmost of
 * them wins, the longest at the same place, the earlier line on a tie;
 * patterns whose next match it overlaps search again after it. */
struct nf_nerpat {
	pattern *pat;
	size_t npat;
	size_t *ms, *me;	/* next match of each pattern; ms SIZE_MAX: none */
	pcre2_match_data *md;
	pcre2_match_context *mc;
};

static const char *const type_names[] = { "DATE", "MONEY", "PERCENT" };

const char *
nf_pattype_name(enum nf_pattype t)
{
	return type_names[t];
}

static int
is_name_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Expand {NAME} references to "(?:regex)" of parts defined so far. Returns
 * NULL (and *bad the unknown name) when a name is not defined. A '{' that
 * does not start {NAME} (as in \d{1,3}) is kept. */
static char *
expand(const char *s, size_t n, const part *parts, size_t nparts, char **bad)
{
	nf_buf out = { 0 };

	for (size_t i = 0; i < n; i++) {
		size_t j = i + 1;
		while (j < n && is_name_char(s[j]))
			j++;
		if (s[i] != '{' || j == i + 1 || j >= n || s[j] != '}' ||
		    (s[i + 1] >= '0' && s[i + 1] <= '9')) {
			nf_buf_addc(&out, s[i]);
			continue;
		}
		size_t k = nparts;
		while (k-- > 0)
			if (strlen(parts[k].name) == j - i - 1 &&
			    memcmp(parts[k].name, s + i + 1, j - i - 1) == 0)
				break;
		if (k == (size_t)-1) {
			*bad = nf_xstrndup(s + i + 1, j - i - 1);
			nf_buf_free(&out);
			return NULL;
		}
		nf_buf_adds(&out, "(?:");
		nf_buf_adds(&out, parts[k].regex);
		nf_buf_addc(&out, ')');
		i = j;
	}
	nf_buf_addc(&out, '\0');
	return out.s;
}

static pcre2_code *
compile(const char *regex, const char *file, size_t lineno)
{
	char msg[256];
	size_t off;
	pcre2_code *code = nf_re_compile(regex, strlen(regex), 0, msg, sizeof msg, &off);
	if (!code)
		nf_error("%s:%zu: bad pattern at offset %zu (after expansion): %s",
			 file, lineno, off, msg);
	return code;
}

static int
add_pattern(nf_nerpat *p, enum nf_pattype type, const char *regex,
	    const char *file, size_t lineno)
{
	pcre2_code *code = compile(regex, file, lineno);
	if (!code)
		return -1;
	p->pat = nf_xrealloc(p->pat, (p->npat + 1) * sizeof *p->pat);
	p->pat[p->npat].code = code;
	p->pat[p->npat].type = type;
	p->npat++;
	return 0;
}

static int
pattern_type(const char *s, size_t n, enum nf_pattype *t)
{
	for (size_t i = 0; i < sizeof type_names / sizeof *type_names; i++)
		if (strlen(type_names[i]) == n && memcmp(type_names[i], s, n) == 0) {
			*t = (enum nf_pattype)i;
			return 1;
		}
	return 0;
}

/* One line: "NAME = regex" or "TYPE regex". */
static int
parse_line(nf_nerpat *p, part **parts, size_t *nparts, const char *s,
	   size_t n, const char *file, size_t lineno)
{
	size_t w = 0;
	while (w < n && s[w] != ' ' && s[w] != '\t')
		w++;
	size_t r = w;
	while (r < n && (s[r] == ' ' || s[r] == '\t'))
		r++;
	int is_part = r < n && s[r] == '=';
	if (is_part) {
		r++;
		while (r < n && (s[r] == ' ' || s[r] == '\t'))
			r++;
	}
	enum nf_pattype type = NF_PAT_DATE;
	if (r >= n || (!is_part && !pattern_type(s, w, &type))) {
		nf_error("%s:%zu: expected 'NAME = regex' or 'DATE|MONEY|PERCENT regex'",
			 file, lineno);
		return -1;
	}
	char *bad = NULL;
	char *regex = expand(s + r, n - r, *parts, *nparts, &bad);
	if (!regex) {
		nf_error("%s:%zu: unknown part {%s}", file, lineno, bad);
		free(bad);
		return -1;
	}
	if (is_part) {
		*parts = nf_xrealloc(*parts, (*nparts + 1) * sizeof **parts);
		(*parts)[*nparts].name = nf_xstrndup(s, w);
		(*parts)[*nparts].regex = regex;
		(*nparts)++;
		return 0;
	}
	int rc = add_pattern(p, type, regex, file, lineno);
	free(regex);
	return rc;
}

static int
parse(nf_nerpat *p, const nf_blob *b, const char *file)
{
	part *parts = NULL;
	size_t nparts = 0, pos = 0, len, lineno = 0, last = 0;
	const char *line;
	int rc = 0;

	while (rc == 0 && nf_blob_line(b, &pos, &line, &len)) {
		/* nf_blob_line skips comments and blanks: count the lines */
		for (; last < (size_t)(line - b->s); last++)
			lineno += b->s[last] == '\n';
		rc = parse_line(p, &parts, &nparts, line, len, file, lineno + 1);
	}
	for (size_t i = 0; i < nparts; i++) {
		free(parts[i].name);
		free(parts[i].regex);
	}
	free(parts);
	return rc;
}

nf_nerpat *
nf_nerpat_new(const char *path)
{
	nf_nerpat *p = nf_xcalloc(1, sizeof *p);
	nf_blob b = path ? nf_blob_file(path) : NF_BLOB(nerpat_txt);
	int rc = parse(p, &b, path ? path : "nerpat.txt (built in)");

	nf_blob_free(&b);
	if (rc != 0) {
		nf_nerpat_free(p);
		return NULL;
	}
	p->md = pcre2_match_data_create(4, NULL);
	if (!p->md)
		nf_die("out of memory");
	p->mc = nf_re_limits(MATCH_LIMIT, DEPTH_LIMIT);
	p->ms = nf_xcalloc(p->npat, sizeof *p->ms);
	p->me = nf_xcalloc(p->npat, sizeof *p->me);
	return p;
}

void
nf_nerpat_free(nf_nerpat *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->npat; i++)
		pcre2_code_free(p->pat[i].code);
	free(p->pat);
	free(p->ms);
	free(p->me);
	pcre2_match_data_free(p->md);
	pcre2_match_context_free(p->mc);
	free(p);
}

/* The next match of pattern i at or after from, into ms[i], me[i]. A
 * failure, the match limit included, is no match. */
static void
next_match(nf_nerpat *p, size_t i, const char *text, size_t n, size_t from)
{
	int rc = from > n ? -1 :
		 pcre2_match(p->pat[i].code, (PCRE2_SPTR)text, n, from,
			     PCRE2_NO_UTF_CHECK, p->md, p->mc);
	if (rc < 0) {
		p->ms[i] = SIZE_MAX;
		return;
	}
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
	p->ms[i] = ov[0];
	p->me[i] = ov[1] > ov[0] ? ov[1] : ov[0];
}

static void
add_span(nf_patspan **out, size_t *cap, size_t *nout, nf_patspan s)
{
	if (*nout == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		*out = nf_xrealloc(*out, *cap * sizeof **out);
	}
	(*out)[(*nout)++] = s;
}

size_t
nf_nerpat_find(nf_nerpat *p, const char *text, size_t n, nf_patspan **out,
	       size_t *cap)
{
	size_t nout = 0;

	n = nf_utf8_valid_prefix(text, n);
	for (size_t i = 0; i < p->npat; i++)
		next_match(p, i, text, n, 0);
	for (;;) {
		size_t best = SIZE_MAX;
		for (size_t i = 0; i < p->npat; i++)
			if (p->ms[i] != SIZE_MAX &&
			    (best == SIZE_MAX || p->ms[i] < p->ms[best] ||
			     (p->ms[i] == p->ms[best] && p->me[i] > p->me[best])))
				best = i;
		if (best == SIZE_MAX)
			break;
		size_t at = p->me[best];
		if (at > p->ms[best]) {
			nf_patspan s = { p->ms[best], at, p->pat[best].type };
			add_span(out, cap, &nout, s);
		} else {	/* an empty match: one character on */
			at++;
			while (at < n && ((unsigned char)text[at] & 0xC0) == 0x80)
				at++;
		}
		for (size_t i = 0; i < p->npat; i++)
			if (p->ms[i] != SIZE_MAX && p->ms[i] < at)
				next_match(p, i, text, n, at);
	}
	return nout;
}
