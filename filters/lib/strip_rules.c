/* strip_rules.c — compile the pattern file once (pcre2 with JIT and a match
 * limit) and test paragraphs against it. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "data.h"
#include "error.h"
#include "regex.h"
#include "strip_rules.h"

NF_DATA(strip_boilerplate_txt);

#define MAXLEN 400

struct rule {
	char name[32];
	enum strip_action action;
	pcre2_code *re;
};

static struct rule *rules;
static size_t nrules;
static pcre2_match_data *md;
static pcre2_match_context *mc;
static bool loaded;

static size_t field(const char *s, size_t n, size_t *start)
{
	size_t i = *start;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	*start = i;
	while (i < n && s[i] != ' ' && s[i] != '\t')
		i++;
	return i - *start;
}

/* Line number of line in the file that starts at file, for messages. */
static size_t line_no(const char *file, const char *line)
{
	size_t k = 1;
	for (const char *q = file; q < line; q++)
		k += *q == '\n';
	return k;
}

static void add_rule(const char *line, size_t len, const char *file)
{
	size_t p = 0, k = field(line, len, &p);
	const char *name = line + p;
	size_t nk = k < 31 ? k : 31;
	p += k;
	k = field(line, len, &p);
	enum strip_action a = k == 4 && !memcmp(line + p, "drop", 4) ? RULE_DROP :
			      k == 3 && !memcmp(line + p, "end", 3) ? RULE_END : RULE_NONE;
	p += k;
	while (p < len && (line[p] == ' ' || line[p] == '\t'))
		p++;
	if (a == RULE_NONE || p == len)
		nf_die("strip-boilerplate.txt:%zu: want NAME drop|end PATTERN", line_no(file, line));
	char msg[160];
	size_t off;
	pcre2_code *re = nf_re_compile(line + p, len - p,
				       PCRE2_CASELESS | PCRE2_UCP | PCRE2_NO_UTF_CHECK,
				       msg, sizeof msg, &off);
	if (!re)
		nf_die("strip-boilerplate.txt:%zu: %s", line_no(file, line), msg);
	rules = nf_xrealloc(rules, (nrules + 1) * sizeof *rules);
	struct rule *r = &rules[nrules++];
	memcpy(r->name, name, nk);
	r->name[nk] = '\0';
	r->action = a;
	r->re = re;
}

static void load(void)
{
	/* cppcheck-suppress comparePointers ; the blob ends at its end symbol */
	nf_blob b = NF_BLOB(strip_boilerplate_txt);
	size_t pos = 0, len;
	const char *line;
	while (nf_blob_line(&b, &pos, &line, &len))
		add_rule(line, len, b.s);
	md = pcre2_match_data_create(4, NULL);
	mc = nf_re_limits(100000, 1000);
	loaded = true;
}

enum strip_action strip_rule(const char *s, size_t n, const char **name)
{
	if (!loaded)
		load();
	if (n > MAXLEN)
		return RULE_NONE;
	for (size_t i = 0; i < nrules; i++) {
		int rc = pcre2_match(rules[i].re, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md, mc);
		if (rc >= 0) {
			*name = rules[i].name;
			return rules[i].action;
		}
	}
	return RULE_NONE;
}

void strip_rules_free(void)
{
	for (size_t i = 0; i < nrules; i++)
		pcre2_code_free(rules[i].re);
	free(rules);
	rules = NULL;
	nrules = 0;
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);
	md = NULL;
	mc = NULL;
	loaded = false;
}
