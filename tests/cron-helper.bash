# Set-up for the news-cron tests: a fixture HTTP server on 127.0.0.1 per
# test, serving a copy of tests/fixtures/news-cron/www (tests may change it).
load helper

CRON=$BATS_TEST_DIRNAME/../scripts/news-cron
export NEWSFILTERS_BIN=$NF_BIN
# Short limits, so that the failure cases stay quick.
export NEWS_CRON_TIMEOUT=2 NEWS_CRON_CONNECT_TIMEOUT=2 NEWS_CRON_RETRIES=0 \
	NEWS_CRON_HOST_DELAY=0

# The runner needs all five filters; until they are built there is nothing to test.
need_filters() {
	local p
	for p in news-strip news-split news-tag news-quotes news-agg; do
		[ -x "$NF_BIN/$p" ] || skip "$p is not built"
	done
}

start_server() {
	W=$BATS_TEST_TMPDIR
	mkdir -p "$W/www"
	cp -R "$FIXTURES/news-cron/www/." "$W/www/"
	local py=python3
	[ ! -x /usr/bin/python3 ] || py=/usr/bin/python3
	"$py" "$BATS_TEST_DIRNAME/fixture-server.py" "$W/www" "$W/port" "$W/http.log" 3>&- &
	SERVER_PID=$!
	local i
	for i in $(seq 100); do
		[ -s "$W/port" ] && break
		sleep 0.05
	done
	PORT=$(cat "$W/port")
	BASE=http://127.0.0.1:$PORT
}

stop_server() {
	[ -z "${SERVER_PID:-}" ] || kill "$SERVER_PID" 2>/dev/null || true
}

# feeds FILE NAME... : a feeds file with the named fixture feeds; a name of
# the form name=PATH serves PATH under that name.
feeds() {
	local f=$1 n
	shift
	echo "# feeds for a test" >"$f"
	for n in "$@"; do
		case $n in
		*=*) echo "${n%%=*} $BASE/${n#*=}" >>"$f" ;;
		*) echo "$n $BASE/$n.xml" >>"$f" ;;
		esac
	done
}

# The DATADIR trees of two runs are the same, byte for byte.
same_tree() {
	diff -r "$1" "$2"
}

# docs of a table column 1, sorted, without the header
docs_of() {
	tail -q -n +2 "$@" | cut -f1 | sort -u
}
