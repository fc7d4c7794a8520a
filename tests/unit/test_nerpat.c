/* test_nerpat.c — DATE, MONEY and PERCENT spans of the built-in patterns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "nerpat.h"

static int failed;
static nf_patspan *out;		/* reused by every call, as a program would */
static size_t cap;

/* Spans of text as "TYPE:span|TYPE:span". */
static char *
spans(nf_nerpat *p, const char *text)
{
	nf_buf b = { 0 };
	size_t n = nf_nerpat_find(p, text, strlen(text), &out, &cap);
	for (size_t i = 0; i < n; i++) {
		if (i)
			nf_buf_addc(&b, '|');
		nf_buf_adds(&b, nf_pattype_name(out[i].type));
		nf_buf_addc(&b, ':');
		nf_buf_add(&b, text + out[i].start, out[i].end - out[i].start);
	}
	nf_buf_addc(&b, '\0');
	return b.s;
}

static void
check(nf_nerpat *p, const char *text, const char *want)
{
	char *got = spans(p, text);
	if (strcmp(got, want) != 0) {
		printf("nerpat: \"%s\": got \"%s\", want \"%s\"\n", text, got, want);
		failed++;
	}
	free(got);
}

static const char *const cases[][2] = {
	/* MONEY */
	{ "The deal is worth $16 million.", "MONEY:$16 million" },
	{ "It paid €2.5bn for the unit.", "MONEY:€2.5bn" },
	{ "Shares rose to £1,200.50 on Friday.", "MONEY:£1,200.50|DATE:Friday" },
	{ "a US$300 fine", "MONEY:US$300" },
	{ "profit of 16 million dollars", "MONEY:16 million dollars" },
	{ "sold for 300 yuan", "MONEY:300 yuan" },
	{ "a 5m euros bonus", "MONEY:5m euros" },
	{ "costs of EUR 3bn", "MONEY:EUR 3bn" },
	{ "about 40 billion USD a year", "MONEY:40 billion USD" },
	{ "between $5 and $6 a share", "MONEY:$5|MONEY:$6" },
	{ "ten cents each", "MONEY:ten cents" },
	{ "at 25-45 cents an ounce", "MONEY:25-45 cents" },
	{ "from 500 to 39,200 rupees", "MONEY:500 to 39,200 rupees" },
	{ "HK$1.2 billion", "MONEY:HK$1.2 billion" },
	{ "1.5 million Canadian dollars", "MONEY:1.5 million Canadian dollars" },
	/* PERCENT */
	{ "Inflation hit 3.5% in May.", "PERCENT:3.5%|DATE:May" },
	{ "up 12 percent", "PERCENT:12 percent" },
	{ "down 4 per cent", "PERCENT:4 per cent" },
	{ "rose 0.7 pct", "PERCENT:0.7 pct" },
	{ "from 3-4%", "PERCENT:3-4%" },
	{ "10 to 12 per cent", "PERCENT:10 to 12 per cent" },
	{ "a cut of 2 percentage points", "PERCENT:2 percentage points" },
	{ "five percent of voters", "PERCENT:five percent" },
	{ "fell -1.5%", "PERCENT:-1.5%" },
	/* DATE */
	{ "He was born on March 3, 2015.", "DATE:March 3, 2015" },
	{ "On Tuesday, March 3, 2015 it rained.", "DATE:Tuesday, March 3, 2015" },
	{ "on 3 March 2015", "DATE:3 March 2015" },
	{ "on March 3 at noon", "DATE:March 3" },
	{ "in mid-January", "DATE:mid-January" },
	{ "since last September", "DATE:last September" },
	{ "In 2014 the firm grew.", "DATE:2014" },
	{ "It happened on Tuesday.", "DATE:Tuesday" },
	{ "Tuesday's vote", "DATE:Tuesday" },
	{ "in March 2015", "DATE:March 2015" },
	{ "by early 2016", "DATE:early 2016" },
	{ "the end of 2019", "DATE:the end of 2019" },
	{ "last week", "DATE:last week" },
	{ "over the past five years", "DATE:the past five years" },
	{ "two years ago", "DATE:two years ago" },
	{ "sales fell yesterday", "DATE:yesterday" },
	{ "in fiscal 2014", "DATE:fiscal 2014" },
	{ "in the third quarter", "DATE:the third quarter" },
	{ "on 2015-03-03", "DATE:2015-03-03" },
	{ "on 3/3/2015", "DATE:3/3/2015" },
	{ "in the 1990s", "DATE:the 1990s" },
	{ "the 2014-15 season", "DATE:2014-15" },
	{ "Sept. 11, 2001", "DATE:Sept. 11, 2001" },
	{ "in May", "DATE:May" },
	{ "in early May", "DATE:early May" },
	{ "in the early 1990s", "DATE:the early 1990s" },
	{ "by the end of the 1970s", "DATE:the end of the 1970s" },
	{ "at the end of the 1991 season", "DATE:1991" },
	{ "earlier this year", "DATE:earlier this year" },
	{ "in recent weeks", "DATE:recent weeks" },
	{ "over the coming days", "DATE:the coming days" },
	{ "in the 19th century", "DATE:the 19th century" },
	{ "served from 1998-2004", "DATE:1998-2004" },
	{ "revenue of $3.2 billion for the quarter ended June 30.",
	  "MONEY:$3.2 billion|DATE:June 30" },
	{ "Shares fell 2.3 percent to 45.60 euros on Monday.",
	  "PERCENT:2.3 percent|MONEY:45.60 euros|DATE:Monday" },
	{ "a 1.2 trillion yen ($11 billion) package",
	  "MONEY:1.2 trillion yen|MONEY:$11 billion" },
	{ "inflation of 50pc", "PERCENT:50pc" },
	{ "Rs 500 crore", "MONEY:Rs 500 crore" },
	{ "on Dec. 25", "DATE:Dec. 25" },
	/* what is not a span */
	{ "Theresa May said", "" },
	{ "the Sunday Times reported", "" },
	{ "singer June Okafor", "" },
	{ "On Sunday, Times Square", "DATE:Sunday" },
	{ "May I ask?", "" },
	{ "They march on.", "" },
	{ "2000 people marched", "" },
	{ "at 1500 GMT", "" },
	{ "Call 555-1234 now", "" },
	{ "Call 212-555-1610 now", "" },
	{ "72 Mark Jones", "" },
	{ "a 12-year-old boy", "" },
	{ "$", "" },
	{ "", "" },
	{ "version 3.14159 of the code", "" },
	/* several spans, non-ASCII around */
	{ "Im März 2015 — am 3. — stieg es um 5 % auf €3 Mio.",
	  "DATE:2015|PERCENT:5 %|MONEY:€3" },
	{ "Ça a coûté $4 million à Zürich en 2019.",
	  "MONEY:$4 million|DATE:2019" },
};

static void
test_file(void)
{
	char path[] = "/tmp/test_nerpat_XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		puts("nerpat: cannot make a temp file");
		failed++;
		return;
	}
	fputs("# my patterns\nYR = (?:19|20)\\d\\d\n\nDATE \\bin {YR}\\b\n"
	      "MONEY \\d+ quatloos\n", f);
	fclose(f);
	nf_nerpat *p = nf_nerpat_new(path);
	if (!p) {
		puts("nerpat: own file not loaded");
		failed++;
	} else {
		check(p, "in 1999 it cost 5 quatloos; 2014 $3", "DATE:in 1999|MONEY:5 quatloos");
		nf_nerpat_free(p);
	}
	/* bad lines give NULL with a message */
	const char *bad[] = { "DATE (unclosed\n", "WHEN \\d+\n", "DATE {NOPE}\n", "X =\n" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		f = fopen(path, "w");
		if (!f)
			break;
		fputs(bad[i], f);
		fclose(f);
		p = nf_nerpat_new(path);
		if (p) {
			printf("nerpat: bad file \"%s\" accepted\n", bad[i]);
			failed++;
			nf_nerpat_free(p);
		}
	}
	unlink(path);
}

/* Catastrophic input for a naive pattern stays quick and finds nothing. */
static void
test_limit(void)
{
	char path[] = "/tmp/test_nerpat_XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f)
		return;
	fputs("DATE (a+)+b\n", f);
	fclose(f);
	nf_nerpat *p = nf_nerpat_new(path);
	unlink(path);
	if (!p) {
		puts("nerpat: limit pattern not loaded");
		failed++;
		return;
	}
	char text[64];
	memset(text, 'a', sizeof text - 1);
	text[sizeof text - 1] = '\0';
	check(p, text, "");
	nf_nerpat_free(p);
}

int
main(void)
{
	nf_nerpat *p = nf_nerpat_new(NULL);
	if (!p) {
		puts("nerpat: built-in patterns do not compile");
		return 1;
	}
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		check(p, cases[i][0], cases[i][1]);
	/* invalid UTF-8: text up to the bad byte is searched */
	check(p, "up 5% \xff then 6%", "PERCENT:5%");
	nf_nerpat_free(p);
	test_file();
	test_limit();
	free(out);
	return failed != 0;
}
