#!/usr/bin/env bats
# news-tag: mentions, their offsets, the options and the model's errors.

load helper

F=$FIXTURES/news-tag

# Print "start end type mention" of each row (no header).
spans() {
	tail -n +2 | awk -F'\t' '{ print $(NF-4), $(NF-3), $(NF-2), $(NF-1) }'
}

@test "people, places and organisations in sentence rows" {
	run --separate-stderr pipe "news-tag < '$F/sentences.tsv' | spans"
	assert_success
	assert_line '0 13 PER Angela Merkel'
	assert_line '18 33 PER Emmanuel Macron'
	assert_line '37 43 LOC Berlin'
	assert_line '16 30 ORG European Union'
}

@test "header: input columns in order, then start end type mention entity" {
	run --separate-stderr news-tag < "$F/sentences.tsv"
	assert_success
	assert_line -n 0 "$(printf 'doc\tfeed\tsent\tstart\tend\ttype\tmention\tentity')"
	assert_line -n 1 --regexp '^a1	wire	1	0	13	PER	'
}

@test "--context keeps text, last" {
	run --separate-stderr news-tag --context < "$F/sentences.tsv"
	assert_success
	assert_line -n 0 "$(printf 'doc\tfeed\tsent\tstart\tend\ttype\tmention\tentity\ttext')"
	assert_line -n 1 "$(printf 'a1\twire\t1\t0\t13\tPER\tAngela Merkel\tAngela Merkel\tAngela Merkel met Emmanuel Macron in Berlin on Friday.')"
}

# Every mention must be the characters start..end of its row's text.
check_offsets() {
	python3 -c '
import sys
head = sys.stdin.readline().rstrip("\n").split("\t")
c = {n: i for i, n in enumerate(head)}
rows = 0
for line in sys.stdin:
    f = line.rstrip("\n").split("\t")
    t = f[c["text"]].replace("\\n", "\n")
    s, e = int(f[c["start"]]), int(f[c["end"]])
    if t[s:e] != f[c["mention"]]:
        sys.exit("offsets %d-%d give %r, mention is %r" % (s, e, t[s:e], f[c["mention"]]))
    rows += 1
print(rows)'
}
export -f spans check_offsets

@test "start and end count characters in non-ASCII text" {
	run --separate-stderr pipe "news-tag --context < '$F/sentences.tsv' | check_offsets"
	assert_success
	[ "$output" -ge 6 ]
	run --separate-stderr pipe "news-tag < '$F/sentences.tsv' | spans"
	assert_line '23 32 LOC São Paulo'
	assert_line '37 43 LOC Zürich'
}

@test "plain text: one document, offsets within each paragraph" {
	run --separate-stderr pipe "news-tag --context < '$F/article.txt' | check_offsets"
	assert_success
	run --separate-stderr news-tag "$F/article.txt"
	assert_success
	assert_line --regexp '^-	2	0	20	PER	Daniel Okonkwo-Reyes	'
	assert_line --regexp '^-	3	35	40	LOC	Abuja	'
}

@test "output is the same on every run" {
	a=$(news-tag < "$F/article.txt" | cksum)
	b=$(news-tag < "$F/article.txt" | cksum)
	[ "$a" = "$b" ]
}

@test "a text without names gives only the header" {
	run --separate-stderr pipe "printf 'doc\ttext\nx\tnothing to see here.\n' | news-tag"
	assert_success
	assert_output "$(printf 'doc\tstart\tend\ttype\tmention\tentity')"
}

@test "--model loads a model file; the compiled-in one is the same" {
	[ -r "$BATS_TEST_DIRNAME/../filters/data/ner.model" ] || skip "no model file"
	a=$(news-tag < "$F/article.txt")
	b=$(news-tag --model "$BATS_TEST_DIRNAME/../filters/data/ner.model" < "$F/article.txt")
	[ "$a" = "$b" ]
}

@test "a missing model file: clear message, exit 1" {
	run --separate-stderr news-tag --model "$BATS_TEST_TMPDIR/none.model" < "$F/article.txt"
	assert_failure 1
	[[ $stderr == "news-tag: cannot read $BATS_TEST_TMPDIR/none.model: No such file or directory" ]]
	assert_output ''
}

@test "a truncated, corrupt or foreign model file: clear message, exit 1" {
	m=$BATS_TEST_DIRNAME/../filters/data/ner.model
	[ -r "$m" ] || skip "no model file"
	head -c 100000 "$m" > "$BATS_TEST_TMPDIR/short.model"
	run --separate-stderr news-tag --model "$BATS_TEST_TMPDIR/short.model" < /dev/null
	assert_failure 1
	[[ $stderr == *"short.model: truncated model"* ]]

	cp "$m" "$BATS_TEST_TMPDIR/bad.model"
	printf 'XXXXXXXX' | dd of="$BATS_TEST_TMPDIR/bad.model" bs=1 seek=200000 conv=notrunc 2>/dev/null
	run --separate-stderr news-tag --model "$BATS_TEST_TMPDIR/bad.model" < /dev/null
	assert_failure 1
	[[ $stderr == *"bad.model: corrupt model (checksum mismatch)"* ]]

	run --separate-stderr news-tag --model "$F/article.txt" < /dev/null
	assert_failure 1
	[[ $stderr == *"article.txt: not a news-tag model"* ]]
}

@test "--help on stdout, exit 0; a bad option exits 2" {
	run --separate-stderr news-tag --help
	assert_success
	assert_line --partial 'Usage: news-tag'
	run --separate-stderr news-tag --bogus
	assert_failure 2
}

@test "no text column: named in the error, exit 2" {
	run --separate-stderr pipe "printf 'doc\tbody\nx\tAngela Merkel\n' | news-tag --tsv"
	assert_failure 2
	[[ $stderr == *"no column 'text'"* ]]
}

@test "dates, money and percentages by pattern, in text order" {
	run --separate-stderr pipe "news-tag < '$F/article.txt' | spans"
	assert_success
	assert_line '98 103 DATE March'
	assert_line '142 149 DATE Tuesday'
	assert_line '67 71 PERCENT 3.5%'
	assert_line '82 93 MONEY $16 million'
	starts=$(news-tag < "$F/article.txt" | awk -F'\t' 'NR > 1 { print $2, $3 }')
	[ "$starts" = "$(printf '%s\n' "$starts" | sort -k1,1n -k2,2n -s)" ]
}

@test "entity: a later surname gets the full name, within a document only" {
	run --separate-stderr news-tag < "$F/article.txt"
	assert_success
	assert_line "$(printf -- '-\t3\t0\t13\tPER\tOkonkwo-Reyes\tDaniel Okonkwo-Reyes')"
	run --separate-stderr pipe "printf 'doc\ttext\na\tDaniel Okonkwo-Reyes arrived.\na\tHe said Mr. Okonkwo-Reyes would stay.\nb\tHe said Mr. Okonkwo-Reyes would stay.\n' | news-tag"
	assert_success
	assert_line "$(printf 'a\t12\t25\tPER\tOkonkwo-Reyes\tDaniel Okonkwo-Reyes')"
	assert_line "$(printf 'b\t12\t25\tPER\tOkonkwo-Reyes\tOkonkwo-Reyes')"
}

# The trainer is built beside the programs: build/tools, or B/tools.
trainer() {
	for t in "$NF_BIN/../tools/ner-train" "$NF_BIN/../build/tools/ner-train"; do
		[ -x "$t" ] && { echo "$t"; return; }
	done
	echo "ner-train not built" >&2
	return 1
}

@test "ner-train: same data, same model bytes; news-tag loads it" {
	t=$(trainer)
	run --separate-stderr "$t" -k 2 -e 3 -l "$F/lex" -o "$BATS_TEST_TMPDIR/a.model" "$F/tiny.conll"
	assert_success
	[[ $stderr == *"gazetteers: cities"* ]]
	"$t" -k 2 -e 3 -l "$F/lex" -o "$BATS_TEST_TMPDIR/b.model" "$F/tiny.conll" 2>/dev/null
	cmp "$BATS_TEST_TMPDIR/a.model" "$BATS_TEST_TMPDIR/b.model"
	run --separate-stderr pipe "printf 'doc\ttext\nx\tMaria Lindqvist visited Oslo.\n' | news-tag --model '$BATS_TEST_TMPDIR/a.model'"
	assert_success
	assert_line -n 0 "$(printf 'doc\tstart\tend\ttype\tmention\tentity')"
}

@test "ner-train: usage errors exit 2, an unreadable corpus exits 1" {
	t=$(trainer)
	run --separate-stderr "$t" -o "$BATS_TEST_TMPDIR/a.model"
	assert_failure 2
	run --separate-stderr "$t" -o "$BATS_TEST_TMPDIR/a.model" "$BATS_TEST_TMPDIR/none.conll"
	assert_failure 1
	[[ $stderr == *"cannot read"*"none.conll"* ]]
}

@test "several files: one header; a missing one is named, the others tagged, exit 1" {
	run --separate-stderr news-tag "$F/sentences.tsv" "$BATS_TEST_TMPDIR/none.tsv" "$F/sentences.tsv"
	assert_failure 1
	[ "$(printf '%s\n' "$output" | grep -c '^doc')" -eq 1 ]
	[ "$(printf '%s\n' "$output" | cut -f7 | grep -c '^Angela Merkel$')" -eq 2 ]
	[[ $stderr == *"none.tsv: No such file or directory"* ]]
}
