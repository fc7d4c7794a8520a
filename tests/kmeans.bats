#!/usr/bin/env bats
# kmeans (filters/tools/kmeans.c), the maintainer tool behind clusters.tsv:
# nested classes, the same bytes every run, clear errors.

load helper

KMEANS=${NF_TOOLS:-$BATS_TEST_DIRNAME/../build/tools}/kmeans
V=$FIXTURES/kmeans/words.vec

setup() {
	[ -x "$KMEANS" ] || skip "no $KMEANS (make builds it)"
}

@test "kmeans groups words by direction, classes nest, ids by first appearance" {
	# -p 0: three dimensions have no principal components to spare
	run --separate-stderr "$KMEANS" -s 7 -p 0 3,2 < "$V"
	assert_success
	# fine classes: the three groups, numbered as they first appear
	[ "$(cut -f1,2 <<< "$output" | tr '\t\n' ': ')" = \
	  "oak:0 elm:0 birch:0 ash:0 red:1 blue:1 green:1 four:2 nine:2 seven:2 " ]
	# coarse classes are unions of fine ones, and there are two
	[ "$(cut -f2,3 <<< "$output" | sort -u | cut -f1 | uniq -d)" = "" ]
	[ "$(cut -f3 <<< "$output" | sort -u | wc -l)" -eq 2 ]
}

@test "kmeans gives the same bytes on every run" {
	a=$("$KMEANS" -s 3 -p 1 4,2 < "$V" 2>/dev/null)
	b=$("$KMEANS" -s 3 -p 1 4,2 < "$V" 2>/dev/null)
	[ -n "$a" ] && [ "$a" = "$b" ]
}

@test "kmeans rejects bad input and bad usage" {
	run --separate-stderr "$KMEANS" 3 <<< "no tab here"
	assert_failure 1
	[ "$stderr" = "kmeans: input line without a tab" ]
	run --separate-stderr "$KMEANS" 2 <<< "$(printf 'a\t1 2\nb\t1 2 3\n')"
	assert_failure 1
	[ "$stderr" = "kmeans: vectors of different dimensions" ]
	run --separate-stderr "$KMEANS" 20 < "$V"
	assert_failure 1
	[ "$stderr" = "kmeans: fewer words than classes" ]
	run --separate-stderr "$KMEANS" 1,x < "$V"
	assert_failure 2
}
