#!/usr/bin/env bats
# news-split: the wire-style cases of fixtures/news-split/cases.tsv (id, text,
# expected sentences joined by " || "), one test per group of ids, and the
# stream behaviour of the program (sent and par numbering, options).

load helper

CASES=$FIXTURES/news-split/cases.tsv
JOIN=$BATS_TEST_DIRNAME/../scripts/split-join

# check GROUP: split every case whose id starts with GROUP- and name each one
# whose sentences differ (white space normalised, as the reference scorer does).
check() {
	awk -F'\t' -v g="$1-" 'NR == 1 { print "doc\ttext"; next }
		index($1, g) == 1 { print $1 "\t" $2 }' "$CASES" |
		news-split | "$JOIN" > "$BATS_TEST_TMPDIR/got.tsv" || return 1
	awk -F'\t' -v g="$1-" '
	function norm(s) {
		gsub(/\\n/, " ", s); gsub(/[ \t]+/, " ", s)
		gsub(/ ?\|\| ?/, " || ", s); sub(/^ /, "", s); sub(/ $/, "", s)
		return s
	}
	FNR == NR { if (FNR > 1) got[$1] = $2; next }
	FNR > 1 && index($1, g) == 1 {
		n++
		if (norm(got[$1]) != norm($3)) {
			bad++
			printf "%s\n  want: %s\n  got:  %s\n", $1, norm($3), norm(got[$1])
		}
	}
	END { if (!n) print "no cases for " g; exit !n || bad }' "$BATS_TEST_TMPDIR/got.tsv" "$CASES"
}

@test "cases: titles and ranks" { run check title; assert_success; }
@test "cases: months" { run check month; assert_success; }
@test "cases: states" { run check state; assert_success; }
@test "cases: company suffixes" { run check company; assert_success; }
@test "cases: abbreviations that may end a sentence" { run check final; assert_success; }
@test "cases: abbreviations that never end one" { run check never; assert_success; }
@test "cases: a.m. and p.m." { run check time; assert_success; }
@test "cases: initials" { run check initials; assert_success; }
@test "cases: numbers, money, ordinals" { run check number; assert_success; }
@test "cases: ellipses" { run check ellipsis; assert_success; }
@test "cases: exclamation marks" { run check exclaim; assert_success; }
@test "cases: question marks" { run check question; assert_success; }
@test "cases: quotation marks" { run check quote; assert_success; }
@test "cases: parentheses and brackets" { run check paren; assert_success; }
@test "cases: inline lists" { run check list; assert_success; }
@test "cases: URLs, e-mail addresses, domains" { run check url; assert_success; }
@test "cases: layout lines" { run check layout; assert_success; }
@test "cases: blank lines" { run check blank; assert_success; }
@test "cases: plain sentences" { run check plain; assert_success; }

@test "the case file has at least 150 cases" {
	[ "$(($(wc -l < "$CASES") - 1))" -ge 150 ]
}

@test "sent counts per document across rows; par is added and continues" {
	run --separate-stderr pipe "printf 'doc\tfeed\ttext\nd1\tx\tOne. Two.\\\\n\\\\nThree.\nd1\tx\tFour.\nd2\ty\tFive. Six.\n' | news-split"
	assert_success
	assert_output "$(printf '%s\n' 'doc	feed	par	sent	text' \
		'd1	x	1	1	One.' 'd1	x	1	2	Two.' 'd1	x	2	3	Three.' \
		'd1	x	3	4	Four.' 'd2	y	1	1	Five.' 'd2	y	1	2	Six.')"
}

@test "an existing par column passes through unchanged" {
	run --separate-stderr pipe "printf 'doc\tpar\ttext\nd1\t7\tOne. Two.\n' | news-split"
	assert_success
	assert_output "$(printf '%s\n' 'doc	par	sent	text' 'd1	7	1	One.' 'd1	7	2	Two.')"
}

@test "plain text: paragraphs at blank lines" {
	run --separate-stderr pipe "printf 'Mr. Lee left. He was tired.\n\nThe end.\n' | news-split"
	assert_success
	assert_output "$(printf '%s\n' 'doc	par	sent	text' '-	1	1	Mr. Lee left.' \
		'-	1	2	He was tired.' '-	2	3	The end.')"
}

@test "text that writes one paragraph a line: each line is a paragraph; a hard-wrapped one stays one" {
	run --separate-stderr pipe "printf 'Ferry deal signed\nThe council voted. Holt was pleased.\n\"It is done,\" she said.\nThe vote was\nclose.\n' | news-split"
	assert_success
	assert_output "$(printf '%s\n' 'doc	par	sent	text' '-	1	1	Ferry deal signed' \
		'-	2	2	The council voted.' '-	2	3	Holt was pleased.' \
		'-	3	4	"It is done," she said.' '-	4	5	The vote was\nclose.')"
	run --separate-stderr pipe "printf 'doc\ttext\nd1\tOne.\\\\nTwo.\n' | news-split"
	assert_output "$(printf '%s\n' 'doc	par	sent	text' 'd1	1	1	One.' 'd1	2	2	Two.')"
	wrapped='The harbour council voted on Tuesday to renew the ferry contract for\nten more years. The opposition said the island would lose its leverage\nover the operator, and the leader of the council dismissed the claim as\nscaremongering before a crowded public gallery on the quay that night.\n'
	run --separate-stderr pipe "printf '$wrapped' | news-split | cut -f2"
	assert_output "$(printf '%s\n' par 1 1)"
}

@test "a text with no sentence gives no row" {
	run --separate-stderr pipe "printf 'doc\ttext\nd1\t   \nd2\tYes.\n' | news-split --no-header"
	assert_success
	assert_output "$(printf 'd2\t1\t1\tYes.')"
}

@test "a file argument is read" {
	printf 'doc\ttext\na\tOne. Two.\n' > "$BATS_TEST_TMPDIR/in.tsv"
	run --separate-stderr news-split --no-header "$BATS_TEST_TMPDIR/in.tsv"
	assert_success
	assert_output "$(printf 'a\t1\t1\tOne.\na\t1\t2\tTwo.')"
}

@test "--abbreviations replaces the built-in list" {
	printf '# test list\n[title]\nCmdt.\n[final]\nZq.\n' > "$BATS_TEST_TMPDIR/ab.txt"
	run --separate-stderr pipe "printf 'Cmdt. Ruiz came. Mr. Lee left. They met Zq. Ruiz said so.\n' |
		news-split --abbreviations '$BATS_TEST_TMPDIR/ab.txt' | cut -f4"
	assert_success
	assert_output "$(printf '%s\n' text 'Cmdt. Ruiz came.' 'Mr.' 'Lee left.' 'They met Zq. Ruiz said so.')"
}

@test "--abbreviations: a missing file exits 1 and names it" {
	run --separate-stderr news-split --abbreviations /nonexistent/list < /dev/null
	assert_failure 1
	[[ $stderr == *"/nonexistent/list"* ]]
}

@test "--abbreviations: an unknown section names the line" {
	printf 'Mr.\n[nonsense]\n' > "$BATS_TEST_TMPDIR/ab.txt"
	run --separate-stderr news-split -a "$BATS_TEST_TMPDIR/ab.txt" < /dev/null
	assert_failure 1
	[[ $stderr == *"ab.txt:2: unknown section"* ]]
}

@test "several files: one header; a missing one is named, the others go on, exit 1" {
	printf 'doc\ttext\na\tOne. Two.\n' > "$BATS_TEST_TMPDIR/a.tsv"
	printf 'doc\ttext\nb\tThree.\n' > "$BATS_TEST_TMPDIR/b.tsv"
	run --separate-stderr news-split "$BATS_TEST_TMPDIR/a.tsv" "$BATS_TEST_TMPDIR/none.tsv" "$BATS_TEST_TMPDIR/b.tsv"
	assert_failure 1
	assert_output "$(printf '%s\n' 'doc	par	sent	text' 'a	1	1	One.' 'a	1	2	Two.' 'b	1	1	Three.')"
	[[ $stderr == *"none.tsv"* ]]
}

@test "--help names the abbreviations option" {
	run --separate-stderr news-split --help
	assert_success
	assert_output --partial "--abbreviations"
}

@test "a 4 MB word does not hang" {
	head -c 4000000 /dev/zero | tr '\0' x > "$BATS_TEST_TMPDIR/x.txt"
	run --separate-stderr pipe "timeout 10 news-split < '$BATS_TEST_TMPDIR/x.txt' | wc -l"
	assert_success
	assert_output 2
}

@test "a 2 MB text of dots and abbreviations stays linear" {
	awk 'BEGIN { for (i = 0; i < 80000; i++) printf "U.S. Mr. a.m. ... . . . 1. a) " }' > "$BATS_TEST_TMPDIR/d.txt"
	run --separate-stderr pipe "timeout 10 news-split < '$BATS_TEST_TMPDIR/d.txt' | wc -l"
	assert_success
}
