/* test_strip.c — news-strip's core pieces: dates, charsets, patterns,
 * stopwords, HTML detection, plain-text roles. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "strip.h"
#include "strip_charset.h"
#include "strip_date.h"
#include "strip_defuse.h"
#include "strip_rules.h"
#include "strip_words.h"

static const char *iso(const char *s)
{
	static char out[32];
	return strip_iso_date(s, strlen(s), out) ? out : "(none)";
}

static void test_dates(void)
{
	CHECK_STR(iso("2026-03-14T07:30:00Z"), "2026-03-14T07:30:00Z");
	CHECK_STR(iso("2019-11-19T19:53:52.123-05:00"), "2019-11-19T19:53:52-05:00");
	CHECK_STR(iso("2026-03-14"), "2026-03-14");
	CHECK_STR(iso("Published March 14, 2026"), "2026-03-14");
	CHECK_STR(iso("14 Mar. 2026, 09:12"), "2026-03-14");
	CHECK_STR(iso("Saturday 12 September 2026"), "2026-09-12");
	CHECK_STR(iso("Sept 3rd, 2025"), "2025-09-03");
	CHECK_STR(iso("the harbour"), "(none)");
	CHECK_STR(iso("March 2026"), "(none)");
	CHECK(strip_is_date_line("Updated: 14 March 2026", 22));
	CHECK(!strip_is_date_line("The vote on March 14, 2026 was close, the council said", 54));
}

static const char *utf8(const char *s, size_t n, bool html)
{
	static char out[256];
	size_t k;
	char *u = strip_utf8(s, n, html, &k);
	snprintf(out, sizeof out, "%s", u);
	free(u);
	return out;
}

static void test_charsets(void)
{
	CHECK_STR(utf8("caf\xc3\xa9", 5, false), "caf\xc3\xa9");
	CHECK_STR(utf8("caf\xe9 \x93q\x94", 8, false), "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d");
	CHECK_STR(utf8("\xef\xbb\xbfok", 5, false), "ok");
	CHECK_STR(utf8("a\0b", 3, false), "a b");
	const char *lat = "<meta charset=iso-8859-1><p>\xe9\x80";
	CHECK_STR(utf8(lat, strlen(lat), true), "<meta charset=iso-8859-1><p>\xc3\xa9\xe2\x82\xac");
	const char *wrong = "<meta charset=iso-8859-1><p>\xc3\xa9";
	CHECK_STR(utf8(wrong, strlen(wrong), true), wrong);
	const char *koi = "<meta charset=\"koi8-r\"><p>\xf0";
	CHECK_STR(utf8(koi, strlen(koi), true), "<meta charset=\"koi8-r\"><p>\xd0\x9f");
	CHECK_STR(utf8("\xff\xfeh\0i\0", 6, false), "hi");
}

static const char *rule(const char *s)
{
	const char *name = "(none)";
	strip_rule(s, strlen(s), &name);
	return name;
}

static void test_rules(void)
{
	CHECK_STR(rule("The Harbour Ledger | ISSN 2754-0193"), "issn");
	CHECK_STR(rule("Advertisement"), "advertisement");
	CHECK_STR(rule("Originally published at example.org on May 1."), "credit");
	CHECK_STR(rule("Click here to have the briefing delivered to your inbox."), "newsletter");
	CHECK_STR(rule("Ana Lind is a Porto-based reporter covering housing."), "bio");
	CHECK_STR(rule("Leave a Reply"), "comments");
	CHECK_STR(rule("Your email address will not be published. Required fields are marked *"), "comments");
	CHECK_STR(rule("© 2026 The Ledger. All rights reserved."), "copyright");
	CHECK_STR(rule("More from the Harbour Ledger"), "more-stories");
	CHECK_STR(rule("The council said on Monday that the bridge would reopen."), "(none)");
	CHECK_STR(rule("Ana Lind is a nurse who lives on the island."), "(none)");
	const char *n;
	CHECK(strip_rule("Leave a Reply", 13, &n) == RULE_END);
	CHECK(strip_rule("Advertisement", 13, &n) == RULE_DROP);
}

static void test_words(void)
{
	size_t w, s;
	strip_words("The ferry will run at night, the authority said.", 48, &w, &s);
	CHECK(w == 9);
	CHECK(s == 5);	/* the will at the said */
	strip_words("", 0, &w, &s);
	CHECK(w == 0 && s == 0);
}

static void test_detect(void)
{
	CHECK(strip_is_html("<!DOCTYPE html><p>x", 19));
	CHECK(strip_is_html("  \n<div>x</div>", 15));
	CHECK(strip_is_html("Some text then <p>a paragraph</p>", 33));
	CHECK(!strip_is_html("Plain text with a < sign and no tags.", 37));
}

static void test_defuse(void)
{
	char a[] = "<div><b>x</i></b></span><!-- </p> --><script>if (a</b) x = '</em>';</script></div>";
	strip_defuse(a, strlen(a));
	CHECK_STR(a, "<div><b>x    </b>       <!-- </p> --><script>if (a</b) x = '</em>';</script></div>");
	char b[] = "<p>a<br></br><img src=x/></img></p>";
	strip_defuse(b, strlen(b));
	CHECK_STR(b, "<p>a<br>     <img src=x/>      </p>");
	char c[3000] = "<p";
	for (int i = 0; i < 300; i++)
		strcat(c, " a=\"1 >\"");
	strcat(c, ">x</p>");
	strip_defuse(c, strlen(c));
	CHECK(strncmp(c + 2 + 256 * 8, "        ", 8) == 0);	/* 257th blanked */
	CHECK(strncmp(c + 2 + 255 * 8, " a=\"1 >\"", 8) == 0);	/* 256th kept */
	CHECK_STR(c + strlen(c) - 6, ">x</p>");
}

static void test_text_roles(void)
{
	const char *a = "Site\n\nHeadline of the story here\n\nBy Ana Lind\n\n"
			"The council said on Monday that the bridge would reopen next week.\n\n"
			"Advertisement\n\nIt was closed in May after a lorry hit it, the council said.\n";
	strip_out o = {0};
	CHECK(strip_text(a, strlen(a), &o) == 0);
	CHECK(o.n == 6);
	if (o.n == 6) {
		CHECK(o.b[0].role == STRIP_BOILER);
		CHECK(o.b[1].role == STRIP_TITLE);
		CHECK_STR(o.b[2].text, "Ana Lind");
		CHECK(o.b[2].role == STRIP_BYLINE);
		CHECK(o.b[3].role == STRIP_BODY);
		CHECK_STR(o.b[4].why, "rule:advertisement");
		CHECK(o.b[5].role == STRIP_BODY);
	}
	strip_free(&o);
}

int main(void)
{
	test_dates();
	test_charsets();
	test_rules();
	test_words();
	test_detect();
	test_defuse();
	test_text_roles();
	strip_cleanup();
	return check_failures != 0;
}
