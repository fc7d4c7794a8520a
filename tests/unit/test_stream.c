/* Unit tests for the stream library: escapes, UTF-8, reader modes, groups. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "error.h"
#include "groups.h"
#include "stream.h"
#include "utf8.h"

static void
test_unescape(void)
{
	char s[] = "a\\tb\\nc\\\\d\\re\\x\\";
	size_t n = nf_unescape(s, strlen(s));
	CHECK(n == strlen("a\tb\nc\\d\re\\x\\"));
	CHECK_STR(s, "a\tb\nc\\d\re\\x\\");
	char plain[] = "no escapes";
	CHECK(nf_unescape(plain, strlen(plain)) == 10);
}

static void
test_utf8(void)
{
	size_t len;
	CHECK(nf_utf8_count("h\xC3\xA9llo \xE2\x80\x9C", 10) == 7);
	CHECK(nf_utf8_decode("\xE2\x80\x9C", 3, &len) == 0x201C && len == 3);
	CHECK(nf_utf8_decode("\xC0\xAF", 2, &len) == 0xFFFD && len == 1);	/* overlong */
	CHECK(nf_utf8_decode("\xED\xA0\x80", 3, &len) == 0xFFFD);		/* surrogate */
	char out[4];
	CHECK(nf_utf8_encode(0x1F600, out) == 4 && memcmp(out, "\xF0\x9F\x98\x80", 4) == 0);
	CHECK(nf_utf8_valid_prefix("abcdefghij\xC3\xA9k\xFFz", 14) == 13);
	CHECK(nf_utf8_valid_prefix("abc\xE2\x80", 5) == 3);	/* truncated */
}

static nf_reader *
open_str(const char *s, FILE **f, enum nf_format fmt)
{
	struct nf_options o = { .format = fmt, .need_text = true };
	*f = fmemopen((void *)s, strlen(s), "r");
	return nf_open(*f, "t", &o);
}

static void
test_tsv(void)
{
	FILE *f;
	nf_reader *r = open_str("doc\tx\ttext\r\nd1\ta\\tb\tone\nd1\t\ttwo\n"
				"doc\tx\ttext\nd2\tz\tthree\\nlines\n", &f, NF_AUTO);
	const nf_record *rec;

	CHECK(!nf_is_raw(r));
	CHECK(nf_ncols(r) == 3 && nf_col(r, "text") == 2 && nf_col(r, "x") == 1);
	CHECK_STR(nf_colname(r, 2), "text");	/* CR before LF dropped */
	rec = nf_next(r);
	CHECK(rec && rec->new_doc && rec->line == 2);
	CHECK(rec && strcmp(rec->f[1].s, "a\tb") == 0 && rec->f[1].n == 3);
	nf_record *copy = nf_record_copy(rec);
	rec = nf_next(r);
	CHECK(rec && !rec->new_doc && rec->f[1].n == 0);
	CHECK_STR(copy->f[2].s, "one");
	nf_record_free(copy);
	rec = nf_next(r);	/* the repeated header is skipped */
	CHECK(rec && rec->new_doc && rec->line == 5);
	CHECK(rec && strcmp(rec->f[2].s, "three\nlines") == 0);
	CHECK(nf_next(r) == NULL);
	nf_close(r);
	fclose(f);
}

static void
test_raw(void)
{
	FILE *f;
	nf_reader *r = open_str("Headline here\n\nFirst line\nsecond line\n  \n\n\nLast.\n", &f, NF_AUTO);
	const nf_record *rec;

	CHECK(nf_is_raw(r));
	rec = nf_next(r);
	CHECK(rec && rec->new_doc && strcmp(rec->f[0].s, "-") == 0 && strcmp(rec->f[1].s, "1") == 0);
	CHECK(rec && strcmp(rec->f[2].s, "Headline here") == 0);
	rec = nf_next(r);
	CHECK(rec && !rec->new_doc && strcmp(rec->f[2].s, "First line\nsecond line") == 0 && rec->line == 3);
	rec = nf_next(r);
	CHECK(rec && strcmp(rec->f[1].s, "3") == 0 && strcmp(rec->f[2].s, "Last.") == 0);
	CHECK(nf_next(r) == NULL);
	nf_close(r);
	fclose(f);
}

static void
test_csv(void)
{
	FILE *f;
	nf_reader *r = open_str("doc,text\nc1,\"a \"\"b\"\"\nc\"\nc2,plain\n", &f, NF_CSV);
	const nf_record *rec = nf_next(r);

	CHECK(rec && strcmp(rec->f[1].s, "a \"b\"\nc") == 0 && rec->line == 2);
	rec = nf_next(r);
	CHECK(rec && strcmp(rec->f[0].s, "c2") == 0 && rec->line == 4);
	CHECK(nf_next(r) == NULL);
	nf_close(r);
	fclose(f);
}

static void
test_groups(void)
{
	nf_groups *g = nf_groups_new();
	char name[32];
	for (int i = 0; i < 5000; i++) {
		snprintf(name, sizeof name, "k%d", i % 1000);
		nf_str f[2] = { { "T", 1 }, { name, strlen(name) } };
		nf_groups_get(g, f, 2)->count += i % 1000 == 7 ? 2 : 1;
	}
	nf_str a[2] = { { "a", 1 }, { "bc", 2 } }, b[2] = { { "ab", 2 }, { "c", 1 } };
	CHECK(nf_groups_get(g, a, 2) != nf_groups_get(g, b, 2));	/* field borders count */
	CHECK(nf_groups_len(g) == 1002);
	nf_group **all = nf_groups_sorted(g);
	CHECK(all[0]->count == 10 && strcmp(all[0]->key + 2, "k7") == 0);
	CHECK(strcmp(all[1]->key + 2, "k0") == 0 && strcmp(all[2]->key + 2, "k1") == 0);
	free(all);
	nf_groups_free(g);
}

int
main(void)
{
	test_unescape();
	test_utf8();
	test_tsv();
	test_raw();
	test_csv();
	test_groups();
	return check_failures != 0;
}
