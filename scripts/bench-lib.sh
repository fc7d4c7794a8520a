# bench-lib.sh — shared helpers for scripts/bench-*: sourced, not run.
# measure CMD...: runs CMD under /usr/bin/time, sets SECS and PEAK_KB.
measure() {
	_t=$(mktemp)
	/usr/bin/time -f '%e %M' -o "$_t" "$@"
	_rc=$?
	read -r SECS PEAK_KB < "$_t"
	rm -f "$_t"
	return $_rc
}

# rate BYTES_OR_ROWS SECS: per second, one decimal.
rate() {
	awk -v n="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.01; printf "%.1f", n / s }'
}
