#!/usr/bin/env bats
# news-quotes: invented articles (tests/fixtures/news-quotes/*.txt) with the
# expected rows beside them (*.out), then the stream behaviour.

load helper

F=$FIXTURES/news-quotes

# Expected rows but the speaker_type column (6th), which is the tagger's
# call and is checked on its own below.
golden() {
	run --separate-stderr pipe "news-quotes $* < '$F/$CASE.${EXT:-txt}' | cut -f1-5,7-"
	assert_success
	assert_output "$(cut -f1-5,7- "$F/$CASE${SUFFIX:-}.out")"
}

@test "\"A,\" said X, the director. \"B.\" is one quotation, inverted speaker, appositive kept in mention only" {
	CASE=split-attribution golden
}

@test "an inverted speaker's mention keeps a role, an age or a who-clause appositive, not ', referring to …'; U.S. ends no sentence" {
	CASE=appositive golden
}

@test "a partial quotation without a cue: the sentence's subject after 'But', or a described one" {
	CASE=partial-subject golden
}

@test "present-tense cues (notes, jokes), opined; a party-state tag (R-Pa.) between name and cue" {
	CASE=present-cues golden
}

@test "he after a quotation is not the person the quotation talks about" {
	CASE=pronoun-inside golden
}

@test "a quotation without attribution after reported speech in its paragraph takes that speaker" {
	CASE=reported-then-quote golden
}

@test "a later surname and he/she resolve to the full name; told reporters that: indirect" {
	CASE=pronoun golden
}

@test "organisations as speakers (the Kremlin said, NATO said, according to the ministry); a partial quote comes with its reported clause" {
	CASE=org-speakers golden
}

@test "speaker types: PER for people, ORG or LOC for the Kremlin and NATO" {
	run --separate-stderr pipe "news-quotes < '$F/org-speakers.txt' | cut -f5,6"
	assert_success
	assert_line --regexp '^Kremlin	(ORG|LOC)$'
	assert_line --regexp '^NATO	(ORG|LOC)$'
	run --separate-stderr pipe "news-quotes < '$F/pronoun.txt' | cut -f5,6"
	assert_line --index 1 "$(printf 'Ilya Marchenko\tPER')"
}

@test "scare quotes are left out, partial quotes with a cue kept" {
	CASE=scare golden
}

@test "--all reports scare quotes too" {
	CASE=scare SUFFIX=-all golden --all
}

@test "a quotation over two paragraphs (no closing mark, next opens) is one row" {
	CASE=multipar golden
}

@test "low-high, guillemets, single quotes with apostrophes, nested quotes" {
	CASE=marks golden
}

@test "colon and semicolon introducers, the colon closing the paragraph before" {
	CASE=colon golden
}

@test "a quoted document is its own speaker" {
	CASE=document golden
}

@test "sentence rows from news-split: par and sent pass through from the starting row" {
	CASE=sentences EXT=tsv golden
}

@test "paragraph rows without par get par and sent columns" {
	run --separate-stderr pipe "printf 'doc\ttext\nx\tIt rained.\nx\t\"We stay,\" said Ana Lima. She left.\n' | news-quotes"
	assert_success
	assert_line --index 0 "$(printf 'doc\tpar\tsent\tquote\tspeaker\tspeaker_type\tmention\tcue\tkind\ttext')"
	assert_line --index 1 "$(printf 'x\t2\t2\t1\tAna Lima\tPER\tAna Lima\tsay\tdirect\t\"We stay,\"')"
}

@test "--no-indirect keeps only quotations in marks" {
	run --separate-stderr news-quotes --no-indirect < "$F/pronoun.txt"
	assert_success
	refute_output --partial indirect
	assert_output --partial "direct"
}

@test "empty input writes the header only" {
	run --separate-stderr news-quotes < /dev/null
	assert_success
	assert_output "$(printf 'doc\tpar\tsent\tquote\tspeaker\tspeaker_type\tmention\tcue\tkind\ttext')"
}

@test "unterminated quote at end of input, binary junk and a huge line do not crash" {
	run --separate-stderr pipe "{ printf '\"Never closed and '; head -c 300000 /dev/zero | tr '\\\\0' x; printf '\\n\\n\\xff\\xfe said Bo.\\n'; } | news-quotes --raw | wc -l"
	assert_success
}

@test "a usage error exits 2; --help exits 0" {
	run --separate-stderr news-quotes --bogus
	[ "$status" -eq 2 ]
	run --separate-stderr news-quotes a b
	[ "$status" -eq 2 ]
	run --separate-stderr news-quotes --help
	assert_success
	assert_output --partial "Usage: news-quotes"
}

@test "write error exits 1; closed pipe is quiet" {
	run --separate-stderr pipe "news-quotes < '$F/pronoun.txt' > /dev/full"
	[ "$status" -eq 1 ]
	run --separate-stderr pipe "cat '$F'/*.txt '$F'/*.txt | news-quotes | head -n 1"
	assert_success
	[ -z "$stderr" ]
}

@test "same input, same bytes" {
	a=$(cat "$F"/*.txt | news-quotes | md5sum)
	b=$(cat "$F"/*.txt | news-quotes | md5sum)
	[ "$a" = "$b" ]
}

@test "news-split | news-quotes gives the same rows as news-quotes on the text" {
	[ -x "$NF_BIN/news-split" ] || skip "news-split not built"
	for f in "$F"/*.txt; do
		a=$(news-quotes < "$f")
		b=$(news-split < "$f" | news-quotes)
		[ "$a" = "$b" ] || { echo "$f differs" >&2; return 1; }
	done
}

@test "\"She said:\" introduces the next quotation, not the one before" {
	run --separate-stderr pipe "printf 'He said: \"Go now.\" She said: \"No way.\" He said: \"Why?\"\n' | news-quotes | cut -f7,10"
	assert_success
	assert_output "$(printf 'mention\ttext\nHe\t"Go now."\nShe\t"No way."\nHe\t"Why?"')"
}

@test "indirect speech: ', X said.', 'According to X,', 'Moscow warned that', 'DESC, X, said CLAUSE', they and it for organisations" {
	CASE=indirect golden
}

@test "a document naming thousands of speakers stays fast" {
	run --separate-stderr pipe "awk 'BEGIN { printf \"doc\ttext\nx\t\"; for (i = 0; i < 5000; i++) printf \"\\\"Yes,\\\" said John Q%dz. He said it twice. \", i; print \"\" }' | timeout 20 news-quotes | wc -l"
	assert_success
	assert_output 5001
}

@test "a surname that also named an organisation (\"the X of old\") still finds its person for he" {
	CASE=pron-person-word golden
}

@test "a name before a role (\"Ortiz strategist Marta Delgado\") only modifies: she is the person after the role" {
	CASE=pron-role golden
}

@test "a name with an age (\"Zofrana Kweller, 61,\") is a person for she, whatever the first name" {
	CASE=pron-age golden
}

@test "a name run stops at a sentence end (\"on Sea Log. Orlov disagreed\"): the next subject is seen" {
	CASE=pron-sentence-end golden
}

@test "the subject after an opening phrase (\"Growing up near the harbour, Erik Halvorsen watched\") is the next he" {
	CASE=pron-opener golden
}

@test "a name earlier in the pronoun's sentence (\"Asked about … Erik Halvorsen, he said\") does not beat the subject" {
	CASE=pron-asked-about golden
}

@test "a name in apposition to a described subject (\"One farmer, Zofrana Kweller, 61, drove\") is the subject" {
	CASE=pron-appositive-subject golden
}

@test "a long quotation does not push its speaker out of reach of he: recency counts narrative sentences" {
	CASE=pron-long-quote golden
}

@test "he does not take a place that was taken for a speaker (\"People in Santa Cruz said\")" {
	CASE=pron-place golden
}

@test "a person introduced after the last speaker, first name of either gender (\"Angel Moreno came\"), takes the next he" {
	CASE=pron-either-gender golden
}

@test "a cue verb in a clause (\"noting that … Erik Halvorsen had praised\") does not unseat the sentence subject for he" {
	CASE=pron-clause-subject golden
}
