#!/usr/bin/env bats
# news-agg: counts, document counts, defaults, top N and merging.

load helper

M=$FIXTURES/news-agg/mentions.tsv

@test "counts rows and distinct documents per type and entity by default" {
	run news-agg "$M"
	assert_success
	assert_output "$(printf '%s\n' \
		'count	docs	type	entity' \
		'4	3	ORG	NATO' \
		'3	3	LOC	Tallinn' \
		'2	1	PER	Ilse Varga-Moe' \
		'2	1	PER	Omar Haddad')"
}

@test "-g chooses the group columns, -n keeps the top N" {
	run news-agg -g type -n 2 "$M"
	assert_success
	# ties on count are ordered by the bytes of the key
	assert_line --index 1 "$(printf '4\t3\tORG')"
	assert_line --index 2 "$(printf '4\t2\tPER')"
	[ "${#lines[@]}" -eq 3 ]
}

@test "speaker is the default group for news-quotes output" {
	run news-agg <<'IN'
doc	quote	speaker	speaker_type	mention	cue	kind	text
q1	1	Ana Ruiz	PER	Ruiz	say	direct	"Yes."
q1	2	Ana Ruiz	PER	she	say	direct	"No."
q2	1	NATO	ORG	NATO	warn	indirect	it would respond
IN
	assert_success
	assert_line --index 1 "$(printf '2\t1\tAna Ruiz')"
	assert_line --index 2 "$(printf '1\t1\tNATO')"
}

@test "without -g on an unknown table it names the columns it saw, exit 2" {
	run --separate-stderr news-agg <<'IN'
doc	a	b
1	x	y
IN
	[ "$status" -eq 2 ]
	[[ $stderr == *"(have: doc, a, b)"* ]]
}

@test "--merge of document-disjoint parts equals the aggregate of the whole, in any order" {
	whole=$(news-agg "$M")
	head -n 5 "$M" > "$BATS_TEST_TMPDIR/p1"
	{ head -n 1 "$M"; sed -n '6,8p' "$M"; } > "$BATS_TEST_TMPDIR/p2"
	{ head -n 1 "$M"; sed -n '9,$p' "$M"; } > "$BATS_TEST_TMPDIR/p3"
	for i in 1 2 3; do news-agg "$BATS_TEST_TMPDIR/p$i" > "$BATS_TEST_TMPDIR/a$i"; done
	a=$(news-agg --merge "$BATS_TEST_TMPDIR/a1" "$BATS_TEST_TMPDIR/a2" "$BATS_TEST_TMPDIR/a3")
	b=$(cat "$BATS_TEST_TMPDIR/a3" "$BATS_TEST_TMPDIR/a1" "$BATS_TEST_TMPDIR/a2" | news-agg --merge)
	c=$(news-agg --merge "$BATS_TEST_TMPDIR/a1" "$BATS_TEST_TMPDIR/a2" | news-agg --merge - "$BATS_TEST_TMPDIR/a3")
	[ "$a" = "$whole" ]
	[ "$b" = "$whole" ]
	[ "$c" = "$whole" ]
}

@test "--merge rejects a row whose count is not a number, and goes on" {
	run --separate-stderr news-agg --merge <<'IN'
count	docs	type
3	2	PER
x	1	ORG
1	1	PER
IN
	[ "$status" -eq 1 ]
	[[ $stderr == *"stdin:3: count and docs must be whole numbers"* ]]
	[ "$output" = "$(printf 'count\tdocs\ttype\n4\t3\tPER')" ]
}

@test "a missing -g column is named, exit 2" {
	run --separate-stderr news-agg -g nope "$M"
	[ "$status" -eq 2 ]
	[[ $stderr == *"no column 'nope' in header (have: doc, sent, start, end, type, mention, entity)"* ]]
}

@test "rows without a doc column each count as a document" {
	run news-agg -g k <<'IN'
k
a
a
b
IN
	assert_line --index 1 "$(printf '2\t2\ta')"
}

@test "a missing file is reported, the others are counted, exit 1" {
	run --separate-stderr news-agg -g type /no/such/file "$M"
	[ "$status" -eq 1 ]
	[[ $stderr == *"/no/such/file: No such file or directory"* ]]
	[[ $output == *"4	2	PER"* ]]
}
