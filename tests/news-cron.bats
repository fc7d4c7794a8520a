#!/usr/bin/env bats
# news-cron against a local HTTP server serving invented feeds and pages:
# RSS 2.0 with full content (harbour), Atom with summaries (valley), RSS
# with summaries and no guid (moor), Atom with plain-text content (ridge).

load cron-helper

setup() {
	[[ $BATS_TEST_DESCRIPTION == *--help* ]] || need_filters
	start_server
	FEEDS=$W/feeds
	D=$W/data
	feeds "$FEEDS" harbour valley moor ridge
}

teardown() {
	stop_server
}

ALL_DOCS='harbour/harbour-0001
harbour/harbour-0002
harbour/harbour-0003
moor/MOOR/pages/moor-fair.html
moor/MOOR/pages/moor-wind.html
ridge/urn:fixture:ridgeway:7
valley/urn:fixture:valley:101
valley/urn:fixture:valley:102'

expected_docs() {
	printf '%s\n' "$ALL_DOCS" | sed "s#MOOR#$BASE#" | sort
}

@test "news-cron: --help and usage errors" {
	run --separate-stderr "$CRON" --help
	assert_success
	assert_output --partial 'Usage: news-cron [-v] FEEDS DATADIR'
	run --separate-stderr "$CRON" "$FEEDS"
	assert_failure 2
	run --separate-stderr "$CRON" -x "$FEEDS" "$D"
	assert_failure 2
	run --separate-stderr "$CRON" "$W/no-such-file" "$D"
	assert_failure 2
}

@test "news-cron: first run writes day files and totals, silently" {
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	assert_output ''
	[ -z "$stderr" ]
	today=$(date -u +%Y-%m-%d)
	for day in 2026-11-18 2026-11-20 2026-11-21 2026-11-22 "$today"; do
		for t in articles entities quotes; do
			[ -f "$D/$day/$t.tsv" ] || fail "$day/$t.tsv missing"
		done
	done
	[ "$(ls "$D" | wc -l)" -eq 7 ]	# five days, state, totals
	# Every article once, each in the day of its date (undated: today).
	diff <(docs_of "$D"/2*/articles.tsv) <(expected_docs)
	run docs_of "$D/$today/articles.tsv"
	assert_output "moor/$BASE/pages/moor-fair.html"
	run docs_of "$D/2026-11-21/articles.tsv"
	assert_output $'harbour/harbour-0002\nharbour/harbour-0003\nvalley/urn:fixture:valley:101'
	head -n 1 "$D/2026-11-21/articles.tsv" | grep -q $'^doc\tfeed\tdate\turl\t'
	# Summary-only items were fetched: the page text is there, not just the summary.
	grep -q 'Rosalind Achterberg' "$D/2026-11-21/articles.tsv"
	grep -q 'Abel Thistlewood' "$D/$today/articles.tsv"
	# Full-content items were not fetched again; the server saw feeds and four pages.
	[ "$(grep -c '^GET /pages/' "$W/http.log")" -eq 4 ]
	grep -q 'Marta Quillfeather' "$D/2026-11-20/articles.tsv"
	grep -q 'Gideon Farrow-Lee' "$D/2026-11-22/articles.tsv"
	# Entities and quotes are the filters' output for exactly those articles.
	diff <(docs_of "$D"/2*/entities.tsv) <(expected_docs)
	news-agg "$D"/2*/entities.tsv | cmp - "$D/totals/entities.tsv"
	news-agg "$D"/2*/quotes.tsv | cmp - "$D/totals/quotes.tsv"
	[ "$(wc -l <"$D/state/harbour/seen")" -eq 3 ]
	# Nothing left behind.
	[ -z "$(find "$D" -name '.*' ! -name .lock)" ]
}

@test "news-cron: a second run changes nothing, prints nothing, asks conditionally" {
	"$CRON" "$FEEDS" "$D"
	cp -R "$D" "$W/first"
	: >"$W/http.log"
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	assert_output ''
	[ -z "$stderr" ]
	same_tree "$W/first" "$D"
	# Four conditional requests answered 304, with our User-Agent.
	[ "$(grep -c '^GET /[a-z]*\.xml 304 UA=newsfilters-cron/' "$W/http.log")" -eq 4 ]
	[ "$(wc -l <"$W/http.log")" -eq 4 ]
	# Without validators (say the server forgot them) nothing is added either.
	rm "$D"/state/*/http
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	diff -r -x http "$W/first" "$D"
}

@test "news-cron: a feed that gains two items adds exactly those two" {
	"$CRON" "$FEEDS" "$D"
	cp -R "$D" "$W/first"
	cp "$W/www/harbour-more.xml" "$W/www/harbour.xml"
	run --separate-stderr "$CRON" -v "$FEEDS" "$D"
	assert_success
	assert_output --partial 'harbour: 2 new, 2 ready'
	diff <(comm -13 <(docs_of "$W/first"/2*/articles.tsv) <(docs_of "$D"/2*/articles.tsv)) \
		<(printf 'harbour/harbour-0004\nharbour/harbour-0005\n')
	[ "$(docs_of "$D"/2*/articles.tsv | wc -l)" -eq 10 ]
	# Old files untouched, new rows only in the new days.
	diff -r "$W/first/2026-11-21" "$D/2026-11-21"
	run docs_of "$D/2026-11-22/articles.tsv"
	assert_output $'harbour/harbour-0004\nridge/urn:fixture:ridgeway:7'
	run docs_of "$D/2026-11-23/entities.tsv"
	assert_output 'harbour/harbour-0005'
	# The 2026-11-22 file kept its rows and got the new ones after them.
	cmp -n "$(wc -c <"$W/first/2026-11-22/articles.tsv")" \
		"$W/first/2026-11-22/articles.tsv" "$D/2026-11-22/articles.tsv"
	news-agg "$D"/2*/entities.tsv | cmp - "$D/totals/entities.tsv"
	news-agg "$D"/2*/quotes.tsv | cmp - "$D/totals/quotes.tsv"
	[ "$(wc -l <"$D/state/harbour/seen")" -eq 5 ]
}

@test "news-cron: 404, timeout and garbage fail by name; the other feeds are done" {
	"$CRON" "$FEEDS" "$W/good"
	feeds "$FEEDS" harbour gone=status/404 valley slow=slow/5/moor.xml junk=garbage moor ridge
	NEWS_CRON_TIMEOUT=1 run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_failure 1
	assert_output ''
	stamp='^20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z news-cron: '
	grep -q "${stamp}gone: $BASE/status/404: .*404" <<<"$stderr"
	grep -q "${stamp}slow: $BASE/slow/5/moor.xml: .*timed out" <<<"$stderr"
	grep -q "${stamp}junk: $BASE/garbage: not an RSS or Atom feed" <<<"$stderr"
	[ "$(wc -l <<<"$stderr")" -eq 3 ]
	same_tree "$W/good" "$D"
}

@test "news-cron: a feed larger than the size cap fails" {
	feeds "$FEEDS" ridge
	NEWS_CRON_MAX_SIZE=500 run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_failure 1
	grep -q "news-cron: ridge: $BASE/ridge.xml: " <<<"$stderr"
	[ ! -d "$D/state/ridge" ]
}

@test "news-cron: a page that cannot be fetched is retried at the next run" {
	mv "$W/www/pages/valley-bridge.html" "$W/bridge.html"
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_failure 1
	grep -q "news-cron: valley: $BASE/pages/valley-bridge.html: .*404" <<<"$stderr"
	[ "$(docs_of "$D"/2*/articles.tsv | wc -l)" -eq 7 ]
	[ ! -f "$D/state/valley/http" ]
	mv "$W/bridge.html" "$W/www/pages/valley-bridge.html"
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	[ -z "$stderr" ]
	diff <(docs_of "$D"/2*/articles.tsv) <(expected_docs)
	news-agg "$D"/2*/entities.tsv | cmp - "$D/totals/entities.tsv"
}

@test "news-cron: pages in other charsets become UTF-8; odd keys and titles are escaped" {
	feeds "$FEEDS" fjord
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	grep -q 'Bjørn Åkesson' "$D/2026-11-21/articles.tsv"
	grep -q 'Sæby' "$D/2026-11-21/articles.tsv"
	# The title is the key: kept raw in the seen set, escaped as doc.
	grep -qxF 'Neither id nor link: <key> & a \ "title"' "$D/state/fjord/seen"
	run docs_of "$D/2026-11-21/articles.tsv"
	assert_output $'fjord/Neither id nor link: <key> & a \\\\ "title"\nfjord/fjord-1'
	diff <(docs_of "$D/2026-11-21/entities.tsv") <(docs_of "$D/2026-11-21/articles.tsv")
	grep -qF $'\ttitle\tNeither id nor link: <key> & a \\\\ "title"' "$D/2026-11-21/articles.tsv"
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	[ "$(wc -l <"$D/state/fjord/seen")" -eq 2 ]
}

@test "news-cron: requests to one host are NEWS_CRON_HOST_DELAY apart" {
	feeds "$FEEDS" valley
	NEWS_CRON_HOST_DELAY=1 run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	[ "$(wc -l <"$W/http.log")" -eq 3 ]
	run awk '{ t = substr($NF, 3) } NR > 1 && t - last < 0.95 { print "too soon:", $0 } { last = t }' "$W/http.log"
	assert_output ''
}

@test "news-cron: runs in cron's bare environment, filters installed beside it" {
	mkdir "$W/inst"
	cp "$CRON" "$NF_BIN"/news-* "$W/inst/"
	run --separate-stderr env -i HOME="$W" PATH=/usr/bin:/bin NEWS_CRON_HOST_DELAY=0 \
		"$W/inst/news-cron" "$FEEDS" "$D"
	assert_success
	[ -z "$stderr" ]
	diff <(docs_of "$D"/2*/articles.tsv) <(expected_docs)
}

@test "news-cron: a filter that fails leaves its feed for the next run" {
	# Failure injection: the real filters, but a news-tag that dies.
	mkdir "$W/broken"
	ln -s "$NF_BIN"/news-* "$W/broken/"
	rm "$W/broken/news-tag"
	printf '#!/bin/sh\necho "news-tag: injected failure" >&2\nexit 70\n' >"$W/broken/news-tag"
	chmod +x "$W/broken/news-tag"
	feeds "$FEEDS" ridge
	NEWSFILTERS_BIN=$W/broken run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_failure 1
	grep -q 'news-cron: ridge: news-tag: injected failure$' <<<"$stderr"
	grep -q 'news-cron: ridge: news-tag exited with status 70$' <<<"$stderr"
	[ ! -d "$D/state/ridge" ] && [ ! -d "$D/2026-11-22" ]
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	run docs_of "$D/2026-11-22/entities.tsv"
	assert_output 'ridge/urn:fixture:ridgeway:7'
}

@test "news-cron: transient errors are retried with back-off" {
	feeds "$FEEDS" ridge=flaky/ridge.xml
	NEWS_CRON_RETRIES=1 run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	[ "$(grep -c '^GET /flaky/ridge.xml 503' "$W/http.log")" -eq 1 ]
	[ "$(grep -c '^GET /flaky/ridge.xml 200' "$W/http.log")" -eq 1 ]
}

@test "news-cron: a feeds file with CRLF line ends works" {
	sed -i 's/$/\r/' "$FEEDS"
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_success
	diff <(docs_of "$D"/2*/articles.tsv) <(expected_docs)
}

@test "news-cron: a bad line in the feeds file is named, the other feeds are done" {
	printf 'bad/name %s/moor.xml\nonly-a-name\n' "$BASE" >>"$FEEDS"
	run --separate-stderr "$CRON" "$FEEDS" "$D"
	assert_failure 1
	grep -q "news-cron: $FEEDS:6: expected" <<<"$stderr"
	grep -q "news-cron: $FEEDS:7: expected" <<<"$stderr"
	diff <(docs_of "$D"/2*/articles.tsv) <(expected_docs)
}

@test "news-cron: two runs started together: one works, the other is already running" {
	feeds "$FEEDS" harbour slow=slow/1/valley.xml
	"$CRON" "$FEEDS" "$D" 2>"$W/err1" &
	p1=$!
	"$CRON" "$FEEDS" "$D" 2>"$W/err2" &
	p2=$!
	s1=0 s2=0
	wait "$p1" || s1=$?
	wait "$p2" || s2=$?
	echo "statuses $s1 $s2"
	cat "$W/err1" "$W/err2"
	[ "$((s1 + s2))" -eq 75 ] && { [ "$s1" -eq 75 ] || [ "$s2" -eq 75 ]; }
	grep -q 'already running' "$W/err1" "$W/err2"
	[ "$(cat "$W/err1" "$W/err2" | wc -l)" -eq 1 ]
}

@test "news-cron: killed at every commit step, a rerun gives the files of an uninterrupted run" {
	feeds "$FEEDS" harbour ridge
	"$CRON" "$FEEDS" "$W/ref"
	for k in $(seq 1 200); do
		rm -rf "$D"
		s=0
		NEWS_CRON_CRASH_AT=$k "$CRON" "$FEEDS" "$D" 2>/dev/null || s=$?
		[ "$s" -ne 0 ] || break		# no step k: every step was tried
		[ "$s" -eq 137 ] || fail "status $s at step $k"
		"$CRON" "$FEEDS" "$D" || fail "rerun after step $k failed"
		same_tree "$W/ref" "$D" || fail "differs after a kill at step $k"
	done
	echo "$k steps"
	[ "$k" -gt 15 ]
}

@test "news-cron: SIGKILL at random times, a rerun gives the files of an uninterrupted run" {
	feeds "$FEEDS" harbour valley ridge
	start=$(date +%s%N)
	"$CRON" "$FEEDS" "$W/ref"
	ms=$((($(date +%s%N) - start) / 1000000))
	cut_short=0
	# at least 10 kills, and on until 3 of them cut a run short (a loaded
	# machine makes the reference slow and later runs finish early)
	for i in $(seq 1 40); do
		[ "$i" -gt 10 ] && [ "$cut_short" -ge 3 ] && break
		rm -rf "$D"
		setsid "$CRON" "$FEEDS" "$D" 2>/dev/null &
		pid=$!
		sleep "$(awk -v ms="$ms" -v r="$RANDOM" 'BEGIN { printf "%.3f", ms * r / 32768 / 2000 }')"
		kill -KILL -- "-$pid" 2>/dev/null || true
		wait "$pid" || true
		# kill returns before the group's other members are gone, and one
		# of them may still hold the lock for a moment
		for _ in $(seq 1 100); do
			kill -0 -- "-$pid" 2>/dev/null || break
			sleep 0.05
		done
		same_tree "$W/ref" "$D" >/dev/null 2>&1 || cut_short=$((cut_short + 1))
		"$CRON" "$FEEDS" "$D" || fail "rerun $i failed"
		same_tree "$W/ref" "$D" || fail "differs after kill $i"
	done
	echo "$cut_short runs were cut short"
	[ "$cut_short" -ge 3 ]
}
