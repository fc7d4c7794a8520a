#!/usr/bin/env bats
# news-strip: plain-text articles (golden files), HTML pages, the input
# forms (articles, TSV, CSV, sfeed), --explain, and hostile input.

load helper

F=$FIXTURES/news-strip
SAMPLE_HTML=$BATS_TEST_DIRNAME/../samples/article.html

# The role/text columns of rows with a given role.
rows() {
	awk -F'\t' -v r="$1" 'NR > 1 && $3 == r { print $4 }'
}

@test "plain-text articles: every golden file matches exactly" {
	n=0
	for f in "$F"/[0-9]*.txt; do
		out=$(news-strip < "$f") || { echo "$f: exit $?"; return 1; }
		if [ "$out" != "$(cat "${f%.txt}.out")" ]; then
			echo "$f differs:"
			diff <(printf '%s\n' "$out") "${f%.txt}.out" || true
			return 1
		fi
		n=$((n + 1))
	done
	[ "$n" -ge 20 ]
}

@test "the sample article: title, byline, date, body without the promo, credit, bio or comment form" {
	run news-strip "$BATS_TEST_DIRNAME/../samples/article.txt"
	assert_success
	assert_line --index 0 "$(printf 'doc\tpar\trole\ttext')"
	assert_line --partial "$(printf '\t1\ttitle\tPort authority approves night ferry')"
	assert_line --partial "$(printf '\t2\tbyline\tInes Halvorsen')"
	assert_line --partial "$(printf '\t3\tdate\t2026-03-14')"
	refute_line --partial 'Click here'
	refute_line --partial 'Originally published'
	refute_line --partial 'Kessford-based reporter'
	refute_line --partial 'Leave a Reply'
	refute_line --partial 'email address'
	[ "$(printf '%s\n' "$output" | rows body | wc -l)" -eq 7 ]
}

@test "HTML: metadata from meta tags and JSON-LD, body from the article, navigation and comments dropped" {
	run news-strip "$SAMPLE_HTML"
	assert_success
	assert_line --index 1 "$(printf '%s\t1\ttitle\tPort authority approves night ferry to Vellmar Island after two-year dispute' "$SAMPLE_HTML")"
	assert_line --index 2 --partial "$(printf '\tbyline\tInes Halvorsen')"
	assert_line --index 3 --partial "$(printf '\tdate\t2026-03-14T07:30:00Z')"
	assert_line --partial "$(printf '\tbody\tSafety first')"
	[ "$(printf '%s\n' "$output" | rows body | wc -l)" -eq 8 ]
	refute_line --partial 'Advertisement'
	refute_line --partial 'cookies'
	refute_line --partial 'Dredging'
	refute_line --partial 'Leave a Reply'
	refute_line --partial 'All rights reserved'
}

@test "--explain adds a why column and the dropped blocks" {
	run news-strip --explain "$F/21-sample-article.txt"
	assert_success
	assert_line --index 0 "$(printf 'doc\tpar\trole\twhy\ttext')"
	assert_line --partial "$(printf '\t0\tboilerplate\trule:issn\tThe Harbour Ledger | ISSN 2754-0193')"
	assert_line --partial "$(printf '\t0\tboilerplate\trule:comments\tLeave a Reply')"
	run news-strip --explain "$SAMPLE_HTML"
	assert_line --partial "$(printf '\tboilerplate\tclass:share-tools\t')"
	assert_line --partial "$(printf '\tboilerplate\ttag:footer\t')"
}

@test "a TSV stream with an html column: one article per row, other columns pass through" {
	{
		printf 'doc\tfeed\thtml\n'
		printf 'p1\tharbour\t%s\n' "$(tr '\n' ' ' < "$SAMPLE_HTML")"
		printf 'p2\tharbour\t<p>Short note with a few words.</p>\n'
	} > "$BATS_TEST_TMPDIR/in.tsv"
	run news-strip "$BATS_TEST_TMPDIR/in.tsv"
	assert_success
	assert_line --index 0 "$(printf 'doc\tfeed\tpar\trole\ttext')"
	assert_line --index 1 "$(printf 'p1\tharbour\t1\ttitle\tPort authority approves night ferry to Vellmar Island after two-year dispute')"
	refute_line --partial '<p>'
}

@test "a TSV stream with a text column; --tsv forces it" {
	run pipe "printf 'doc\turl\ttext\nt1\thttp://x.example/1\t%s\n' 'Headline about the harbour ferry\n\nBy Ana Lind\n\nThe ferry will run at night from June, the port authority said on Tuesday after a long vote.' | news-strip --tsv"
	assert_success
	assert_line --index 0 "$(printf 'doc\turl\tpar\trole\ttext')"
	assert_line --index 1 "$(printf 't1\thttp://x.example/1\t1\ttitle\tHeadline about the harbour ferry')"
	assert_line --index 2 "$(printf 't1\thttp://x.example/1\t2\tbyline\tAna Lind')"
	assert_line --index 3 --partial "$(printf '\t3\tbody\tThe ferry will run')"
}

@test "--csv reads a CSV export with quoted HTML" {
	run pipe "printf 'doc,html\nc1,\"<html><body><article><p>The council said on Monday that the bridge, closed since May, would reopen to cars next week.</p></article></body></html>\"\n' | news-strip --csv"
	assert_success
	assert_line --index 1 "$(printf 'c1\t1\tbody\tThe council said on Monday that the bridge, closed since May, would reopen to cars next week.')"
}

@test "--sfeed: doc is the id (else the link), feed title, link, timestamp and author kept" {
	run pipe "printf '1773475200\tFerry vote\thttp://x.example/a\t<p>The port authority voted on Tuesday to run a night ferry to the island from June.</p>\thtml\tid-1\tIna Lind\t\tport\n1773475300\tBridge\thttp://x.example/b\tThe bridge will reopen next week, the council said on Monday after repairs.\tplain\t\t\t\t\n' | news-strip --sfeed"
	assert_success
	assert_line --index 0 "$(printf 'doc\ttimestamp\ttitle\tlink\tauthor\tpar\trole\ttext')"
	assert_line --index 1 "$(printf 'id-1\t1773475200\tFerry vote\thttp://x.example/a\tIna Lind\t1\ttitle\tFerry vote')"
	assert_line --index 2 "$(printf 'id-1\t1773475200\tFerry vote\thttp://x.example/a\tIna Lind\t2\tbyline\tIna Lind')"
	assert_line --index 3 "$(printf 'id-1\t1773475200\tFerry vote\thttp://x.example/a\tIna Lind\t3\tdate\t2026-03-14T08:00:00Z')"
	assert_line --index 4 --partial "$(printf 'id-1\t1773475200\tFerry vote\thttp://x.example/a\tIna Lind\t4\tbody\tThe port authority')"
	assert_line --index 7 --partial "$(printf 'http://x.example/b\t1773475300\tBridge\thttp://x.example/b\t\t3\tbody\tThe bridge will reopen')"
}

@test "several files: doc is each path; a missing one is named, exit 1, the others still come out" {
	run --separate-stderr news-strip "$F/09-crlf.txt" "$F/no-such-file.txt" "$F/19-undated-short-end.txt"
	assert_failure 1
	[[ $stderr == *"no-such-file.txt"* ]]
	assert_line --partial "$F/09-crlf.txt	1	title"
	assert_line --partial "$F/19-undated-short-end.txt	1	title"
}

@test "empty input: the header only" {
	run news-strip < /dev/null
	assert_success
	assert_output "$(printf 'doc\tpar\trole\ttext')"
}

# ---- hostile input: output or a clear error, never a crash or a hang ----

@test "hostile: unclosed tags everywhere" {
	run pipe "printf '<html><body><div><p>The first paragraph of the piece has no end tag and goes on for a while, as they do.<p>The second one, with <b>bold <i>and italic text that the council said was never closed.<div><table><tr><td>cell' | timeout 20 news-strip"
	assert_success
	assert_line --partial 'The first paragraph of the piece'
	assert_line --partial 'The second one, with bold and italic'
}

@test "hostile: 100k-deep nesting" {
	python3 -c "
d = 100000
print('<html><body>' + '<div>' * d + '<p>The text at the bottom of a very deep page is still found by the council.</p>' + '</div>' * d + '</body></html>')
print('<html><body>' + '<span><div>' * d)" > "$BATS_TEST_TMPDIR/deep.html"
	run timeout 60 news-strip "$BATS_TEST_TMPDIR/deep.html"
	assert_success
	assert_line --partial 'The text at the bottom of a very deep page'
}

@test "hostile: 100k-deep nesting closed by end tags that match nothing (quadratic in libxml2)" {
	python3 -c "
d = 100000
print('<html><body><p>The council said on Monday the bridge would reopen to cars next week after repairs.</p>' + '<div>' * d + '</span>' * d + '</body></html>')" > "$BATS_TEST_TMPDIR/mis.html"
	run timeout 20 news-strip "$BATS_TEST_TMPDIR/mis.html"
	assert_success
	assert_line --partial 'The council said on Monday the bridge would reopen'
}

@test "hostile: auto-closed paragraphs under deep nesting, then their end tags" {
	python3 -c "
d = 100000
print('<html><body><p>The council said on Monday the bridge would reopen to cars next week after repairs.' + '<p>' * d + '<div>' * d + '</p>' * d + '</body></html>')" > "$BATS_TEST_TMPDIR/ptrick.html"
	run timeout 20 news-strip "$BATS_TEST_TMPDIR/ptrick.html"
	assert_success
	assert_line --partial 'The council said on Monday the bridge would reopen'
}

@test "hostile: a tag with 100k attributes (quadratic in libxml2)" {
	python3 -c "
print('<html><body><div ' + ' '.join('a%d=1' % i for i in range(100000)) + '><p>The council said on Monday the bridge would reopen to cars next week.</p></div></body></html>')" > "$BATS_TEST_TMPDIR/attrs.html"
	run timeout 20 news-strip "$BATS_TEST_TMPDIR/attrs.html"
	assert_success
	assert_line --partial 'The council said on Monday the bridge would reopen'
}

@test "hostile: a 50 MB page" {
	python3 -c "
import sys
p = '<p>This is one paragraph of a very long article, and the council said it has many words in it.</p>\n'
sys.stdout.write('<html><body><article>' + p * (50 * 1024 * 1024 // len(p)) + '</article></body></html>')" > "$BATS_TEST_TMPDIR/big.html"
	run pipe "timeout 120 news-strip '$BATS_TEST_TMPDIR/big.html' | wc -l"
	assert_success
	[ "$output" -gt 500000 ]
}

@test "hostile: binary garbage is refused with a clear message, exit 1" {
	head -c 100000 /dev/urandom > "$BATS_TEST_TMPDIR/garbage.bin"
	run --separate-stderr timeout 20 news-strip "$BATS_TEST_TMPDIR/garbage.bin"
	assert_failure 1
	[[ $stderr == *"garbage.bin: binary data, not an article"* ]]
	assert_output "$(printf 'doc\tpar\trole\ttext')"
}

@test "hostile: binary garbage inside an HTML page does not crash" {
	{ printf '<html><body><p>'; head -c 50000 /dev/urandom | tr -d '\000'; printf '</p></body></html>'; } > "$BATS_TEST_TMPDIR/mixed.html"
	run timeout 20 news-strip "$BATS_TEST_TMPDIR/mixed.html"
	[ "$status" -le 1 ]
}

@test "hostile: wrong charset declarations" {
	# declares Latin-1, is UTF-8
	printf '<html><head><meta charset="iso-8859-1"></head><body><article><p>The caf\xc3\xa9 on the corner said it would reopen after the \xe2\x80\x9cbig\xe2\x80\x9d renovation in spring.</p></article></body></html>' > "$BATS_TEST_TMPDIR/a.html"
	run news-strip "$BATS_TEST_TMPDIR/a.html"
	assert_success
	assert_line --partial 'The café on the corner said it would reopen after the “big” renovation'
	# declares UTF-8, is Windows-1252
	printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><article><p>The caf\xe9 on the corner said it would reopen after the \x93big\x94 renovation in spring.</p></article></body></html>' > "$BATS_TEST_TMPDIR/b.html"
	run news-strip "$BATS_TEST_TMPDIR/b.html"
	assert_success
	assert_line --partial 'The café on the corner said it would reopen after the “big” renovation'
	# declares a charset nobody has heard of
	printf '<html><head><meta charset="x-no-such-charset"></head><body><article><p>The caf\xc3\xa9 on the corner said it would reopen after the renovation in the spring.</p></article></body></html>' > "$BATS_TEST_TMPDIR/c.html"
	run news-strip "$BATS_TEST_TMPDIR/c.html"
	assert_success
	assert_line --partial 'The café on the corner'
}

@test "hostile: a KOI8-R page is converted through its declaration" {
	printf '<html><head><meta charset="koi8-r"></head><body><article><p>\xf0\xd2\xc9\xd7\xc5\xd4, the mayor said on Monday as the new bridge over the river opened to traffic.</p></article></body></html>' > "$BATS_TEST_TMPDIR/k.html"
	run news-strip "$BATS_TEST_TMPDIR/k.html"
	assert_success
	assert_line --partial 'Привет, the mayor said on Monday'
}

# ---- page layouts ----

body_of() {
	news-strip "$F/html/$1" | awk -F'\t' '$3 == "body" { print $4 }'
}

@test "HTML layout: an article split by an advertisement is kept whole, the ad and link list are not" {
	run body_of split-siblings.html
	assert_success
	[ "${#lines[@]}" -eq 4 ]
	assert_line --index 0 --partial 'The winter timetable for the Skarra ferry'
	assert_line --index 3 --partial 'Freight sailings on Tuesdays'
	refute_output --partial 'Advertisement'
	refute_output --partial 'New pier opens'
}

@test "HTML layout: comments inside the article's wrapper are dropped" {
	run body_of comments-inside.html
	assert_success
	[ "${#lines[@]}" -eq 3 ]
	refute_output --partial 'Well done'
	refute_output --partial '4 comments'
}

@test "HTML layout: a table layout with <br> paragraphs; the side columns stay out" {
	run body_of br-layout.html
	assert_success
	assert_line --partial 'The mill pond at Lower Ashcombe will be drained'
	assert_line 'Walkers are asked to keep to the lower path while the work goes on.'
	refute_output --partial 'Schools'
	refute_output --partial 'Most read'
	refute_output --partial 'Copyright'
}

@test "HTML layout: no class names at all; the title is the h1 the <title> abbreviates, the date a line above the text" {
	run news-strip "$F/html/no-classes.html"
	assert_success
	assert_line --index 1 --partial "$(printf '\t1\ttitle\tNight market returns to the quay')"
	assert_line --index 2 --partial "$(printf '\t2\tdate\t2026-04-04')"
	assert_line --partial 'A band will play on the old fish market steps'
	refute_output --partial 'Lifeboat crew'
	refute_output --partial 'Privacy'
}

@test "HTML layout: an article in an element whose class sounds like boilerplate is still found" {
	run body_of odd-class.html
	assert_success
	[ "${#lines[@]}" -eq 3 ]
	assert_line --index 0 --partial 'The lifeboat station at Kessford'
}

@test "HTML: a byline from the page text loses its handle and time stamp" {
	run pipe "printf '<html><body><article><p class=\"byline\">By Ana O\xe2\x80\x99Lind@alind \xc2\xb7 Nov 19, 2019, 7:53pm EST</p><p>The council said on Monday that the bridge, closed since May, would reopen to cars next week.</p></article></body></html>' | news-strip"
	assert_success
	assert_line --index 1 "$(printf -- '-\t1\tbyline\tAna O’Lind')"
}

@test "HTML layout: Japanese, a language without spaces or listed stopwords" {
	run body_of japanese.html
	assert_success
	[ "${#lines[@]}" -eq 3 ]
	assert_line --index 0 --partial 'ケスフォード港湾局は火曜日'
}

@test "an empty page (a feed item without content) is no error" {
	run pipe "printf '1773475200\tFerry vote\thttp://x.example/a\t\thtml\tid-1\t\t\t\n' | news-strip --sfeed"
	assert_success
	assert_line --index 1 --partial "$(printf '\t1\ttitle\tFerry vote')"
	run pipe "printf 'doc\thtml\nd1\t  \n' | news-strip"
	assert_success
	assert_output "$(printf 'doc\tpar\trole\ttext')"
}
