#!/usr/bin/env bats
# news-parallel: GNU parallel over a stream cut between documents, or over files.

load helper

NP=$BATS_TEST_DIRNAME/../scripts/news-parallel
GEN=$BATS_TEST_DIRNAME/../scripts/gen-news

setup() {
	S=$BATS_TEST_TMPDIR/stream.tsv
	"$GEN" 200000 >"$S"
}

need() {
	[ -x "$NF_BIN/$1" ] || skip "$1 is not built"
}

# Serial and parallel (small blocks, so many jobs) give the same bytes.
same_as_serial() {
	local out=$BATS_TEST_TMPDIR/out
	"$@" <"$S" >"$out.serial"
	"$NP" -j 2 --block 20k "$@" <"$S" >"$out.parallel"
	cmp "$out.serial" "$out.parallel"
	[ "$(wc -l <"$out.serial")" -gt 1 ]
}

@test "news-parallel: --help and usage errors" {
	run --separate-stderr "$NP" --help
	assert_success
	assert_output --partial 'Usage: news-parallel'
	run --separate-stderr "$NP"
	assert_failure 2
	run --separate-stderr "$NP" --frobnicate cat
	assert_failure 2
	run --separate-stderr "$NP" cat :::
	assert_failure 2
	# A stream must have a doc column to be cut between documents.
	run --separate-stderr "$NP" cat <<<$'a\tb\n1\t2'
	assert_failure 2
	grep -q 'no doc column' <<<"$stderr"
}

@test "news-parallel: documents are never split between jobs, order and header kept" {
	run --separate-stderr "$NP" -j 2 --block 5k \
		awk -F '\t' 'NR == 1 { print "job\tdoc"; next } { print ENVIRON["PARALLEL_SEQ"] "\t" $1 }' <"$S"
	assert_success
	[ "${lines[0]}" = $'job\tdoc' ]
	printf '%s\n' "$output" | tail -n +2 | sort -u >"$BATS_TEST_TMPDIR/jobdoc"
	# many jobs ran, and each document went to exactly one of them
	[ "$(cut -f1 "$BATS_TEST_TMPDIR/jobdoc" | sort -u | wc -l)" -gt 10 ]
	[ -z "$(cut -f2 "$BATS_TEST_TMPDIR/jobdoc" | sort | uniq -d)" ]
	# rows in input order
	diff <(printf '%s\n' "$output" | tail -n +2 | cut -f2) <(tail -n +2 "$S" | cut -f1)
	# the stream itself comes through unchanged
	"$NP" --block 5k cat <"$S" | cmp - "$S"
}

@test "news-parallel: a header alone gives the header; a failing job gives status 1" {
	run --separate-stderr "$NP" cat < <(head -n 1 "$S")
	assert_success
	assert_output "$(head -n 1 "$S")"
	run --separate-stderr "$NP" --block 20k sh -c 'cat >/dev/null; exit 3' <"$S"
	assert_failure 1
}

@test "news-parallel: -S is passed to parallel (':' is this machine)" {
	run --separate-stderr "$NP" -S : --block 20k cat <"$S"
	assert_success
	cmp <(printf '%s\n' "$output") "$S"
	run --separate-stderr "$NP" -S nosuchhost.invalid cat <"$S"
	assert_failure 1
	[ -n "$stderr" ]
}

@test "news-parallel: news-agg per block, then news-agg --merge, equals news-agg" {
	need news-agg
	news-agg -g role <"$S" >"$BATS_TEST_TMPDIR/serial"
	"$NP" -j 2 --block 20k news-agg -g role <"$S" | news-agg --merge >"$BATS_TEST_TMPDIR/parallel"
	cmp "$BATS_TEST_TMPDIR/serial" "$BATS_TEST_TMPDIR/parallel"
}

@test "news-parallel: news-split over blocks equals news-split" {
	need news-split
	same_as_serial news-split
}

@test "news-parallel: news-tag over blocks equals news-tag" {
	need news-split
	need news-tag
	news-split <"$S" >"$BATS_TEST_TMPDIR/sent"
	S=$BATS_TEST_TMPDIR/sent
	same_as_serial news-tag
}

@test "news-parallel: news-quotes over blocks equals news-quotes" {
	need news-split
	need news-quotes
	news-split <"$S" >"$BATS_TEST_TMPDIR/sent"
	S=$BATS_TEST_TMPDIR/sent
	same_as_serial news-quotes
}

@test "news-parallel: files mode runs the command per file, one header" {
	local f=$FIXTURES/news-cron/www/pages
	run --separate-stderr "$NP" -j 2 awk 'FNR == 1 { print "file\tlines" } END { print FILENAME "\t" NR }' \
		::: "$f/valley-bridge.html" "$f/valley-choir.html" "$f/moor-wind.html"
	assert_success
	assert_output "$(printf 'file\tlines\n%s\t%s\n%s\t%s\n%s\t%s' \
		"$f/valley-bridge.html" "$(wc -l <"$f/valley-bridge.html")" \
		"$f/valley-choir.html" "$(wc -l <"$f/valley-choir.html")" \
		"$f/moor-wind.html" "$(wc -l <"$f/moor-wind.html")")"
}

@test "news-parallel: news-strip over many files equals news-strip file by file" {
	need news-strip
	local f=$FIXTURES/news-cron/www/pages p
	set -- "$f"/*.html
	{
		news-strip "$1"
		for p in "${@:2}"; do news-strip "$p" | tail -n +2; done
	} >"$BATS_TEST_TMPDIR/serial"
	"$NP" -j 2 news-strip ::: "$@" >"$BATS_TEST_TMPDIR/parallel"
	cmp "$BATS_TEST_TMPDIR/serial" "$BATS_TEST_TMPDIR/parallel"
}
