#!/usr/bin/env bats
# The contract every program shares (DESIGN.md, "The TSV stream" and "Behaviour
# every program shares"), checked against all five programs.

load helper

TEXT_PROGS="news-strip news-split news-tag news-quotes"
ALL_PROGS="$TEXT_PROGS news-agg"
T=$FIXTURES/contract/table.tsv

# How to call each program on a generic table with a text column.
call() {
	case $1 in
	news-agg) echo "news-agg -g type" ;;
	news-strip) echo "news-strip --tsv" ;;
	*) echo "$1" ;;
	esac
}

fail_with() {
	echo "$*" >&2
	return 1
}

@test "every program is built" {
	for p in $ALL_PROGS; do
		[ -x "$NF_BIN/$p" ] || fail_with "$p missing"
	done
}

@test "empty input still writes the header" {
	for p in $ALL_PROGS; do
		out=$(printf '' | $(call $p)) || fail_with "$p: exit $?"
		[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail_with "$p: '$out'"
		case $p in
		news-agg) [ "$out" = "$(printf 'count\tdocs\ttype')" ] || fail_with "$p: '$out'" ;;
		*) [ "${out%%	*}" = doc ] || fail_with "$p: header '$out'" ;;
		esac
	done
}

@test "unknown columns pass through in order, doc first, text last" {
	for p in $TEXT_PROGS; do
		hdr=$($(call $p) < "$T" | head -n 1)
		case $hdr in
		doc*feed*type*) ;;
		*) fail_with "$p: header '$hdr'" ;;
		esac
		case $hdr in
		*text*) [ "${hdr##*	}" = text ] || fail_with "$p: text not last in '$hdr'" ;;
		esac
	done
}

@test "escapes in pass-through fields round-trip byte for byte" {
	for p in $TEXT_PROGS; do
		out=$(sed '2s/^a1\twire/a1\tw\\tx\\\\y\\nz/' "$T" | $(call $p) | cut -f2 | sed -n 2p)
		[ "$out" = 'w\tx\\y\nz' ] || fail_with "$p: got '$out'"
	done
}

@test "plain text input is read as one document" {
	for p in $TEXT_PROGS; do
		out=$(cut -f4 "$T" | sed -n '2,$p' | sed 'a\\' | $p) || fail_with "$p: exit $?"
		[ "$(printf '%s\n' "$out" | sed -n 2p | cut -f1)" = - ] || fail_with "$p: '$out'"
	done
}

@test "--columns reads headerless input, --no-header writes none" {
	for p in $ALL_PROGS; do
		a=$($(call $p) < "$T" | sed 1d)
		b=$(sed 1d "$T" | $(call $p) --columns doc,feed,type,text --no-header)
		[ "$a" = "$b" ] || fail_with "$p: differs"
	done
}

@test "a repeated header mid-stream is skipped" {
	for p in $ALL_PROGS; do
		a=$($(call $p) < "$T")
		b=$( (sed -n '1,3p' "$T"; sed -n '1p;4p' "$T") | $(call $p))
		[ "$a" = "$b" ] || fail_with "$p: differs"
	done
}

@test "--csv reads quoted fields with tabs, quotes and newlines" {
	for p in $TEXT_PROGS; do
		out=$(printf 'doc,feed,type,text\nc1,"a\tb ""q""\nz",x,"The mayor of Lisbon opened the bridge on Monday, officials said in a statement."\n' |
			$(call $p | sed 's/--tsv//') --csv | sed -n 2p | cut -f2)
		[ "$out" = 'a\tb "q"\nz' ] || fail_with "$p: got '$out'"
	done
	out=$(printf 'type,x\n"a,b",1\n"a,b",2\n' | news-agg --csv -g type | sed -n 2p)
	[ "$out" = "$(printf '2\t2\ta,b')" ]
}

@test "invalid UTF-8 is repaired to U+FFFD with one warning" {
	for p in $ALL_PROGS; do
		run --separate-stderr bash -c "sed '2s/wire/w\xff\xfeire/' '$T' | $(call $p)"
		[ "$status" -eq 0 ] || fail_with "$p: exit $status"
		[[ $stderr == *"2 invalid UTF-8 bytes replaced by U+FFFD"* ]] || fail_with "$p: stderr '$stderr'"
		printf '%s' "$output" | iconv -f UTF-8 -t UTF-8 >/dev/null || fail_with "$p: output not UTF-8"
	done
}

@test "NUL bytes are replaced with a warning" {
	for p in $ALL_PROGS; do
		run --separate-stderr bash -c "sed '2s/wire/w\x00ire/' '$T' | $(call $p)"
		[ "$status" -eq 0 ] || fail_with "$p: exit $status"
		[[ $stderr == *"1 NUL byte replaced"* ]] || fail_with "$p: stderr '$stderr'"
	done
}

@test "a 10 MB single line is processed" {
	big=$BATS_TEST_TMPDIR/big.tsv
	{
		printf 'doc\ttype\ttext\nbig\tx\t'
		yes 'The council of Porto Velho met again on Monday and approved the budget.' |
			head -c 10000000 | tr '\n' ' '
		printf '\n'
	} > "$big"
	for p in $ALL_PROGS; do
		run --separate-stderr bash -c "$(call $p) < '$big' | tail -n 1 | cut -f1"
		[ "$status" -eq 0 ] || fail_with "$p: exit $status: $stderr"
	done
}

@test "a malformed row is named with its line number; the others still come out; exit 1" {
	for p in $ALL_PROGS; do
		run --separate-stderr bash -c "sed '3s/\t/ /g' '$T' | $(call $p)"
		[ "$status" -eq 1 ] || fail_with "$p: exit $status"
		[[ $stderr == *"stdin:3: 1 field, header has 4"* ]] || fail_with "$p: stderr '$stderr'"
		case $p in
		news-agg) [[ $output == *"	y"* ]] || fail_with "$p: '$output'" ;;
		*) [[ $output == *"a2	desk"* ]] || fail_with "$p: '$output'" ;;
		esac
	done
}

@test "an unknown option exits 2 with a hint; --help exits 0; --version" {
	for p in $ALL_PROGS; do
		run --separate-stderr $p --no-such-option
		[ "$status" -eq 2 ] || fail_with "$p: exit $status"
		[[ $stderr == *"--help"* ]] || fail_with "$p: '$stderr'"
		run $p --help
		[ "$status" -eq 0 ] && [[ $output == *Usage:* ]] || fail_with "$p --help"
		run $p --version
		[ "$status" -eq 0 ] && [[ $output == *newsfilters* ]] || fail_with "$p --version"
	done
}

@test "a write error (/dev/full) is reported, exit 1" {
	for p in $ALL_PROGS; do
		run --separate-stderr bash -c "$(call $p) < '$T' > /dev/full"
		[ "$status" -eq 1 ] || fail_with "$p: exit $status"
		[[ $stderr == *"write error"* ]] || fail_with "$p: '$stderr'"
	done
}

@test "a closed pipe (| head -1) stops quietly" {
	big=$BATS_TEST_TMPDIR/many.tsv
	{
		head -n 1 "$T"
		for i in $(seq 2000); do sed -n "2s/^a1/d$i/p" "$T"; done
	} > "$big"
	for p in $ALL_PROGS; do
		run --separate-stderr bash -c "$(call $p) < '$big' | head -n 1"
		[ -z "$stderr" ] || fail_with "$p: stderr '$stderr'"
	done
}

@test "the same input gives the same bytes out" {
	for p in $ALL_PROGS; do
		a=$($(call $p) < "$T" | cksum)
		b=$($(call $p) < "$T" | cksum)
		[ "$a" = "$b" ] || fail_with "$p"
	done
}
