# shared-lib.sh — sourced by scripts/eval-* and bench-*: finds the shared
# folder (corpora/ and eval/) that sits beside the project. Needs $top.
# Sets $shared: $NF_SHARED, else ../shared beside the project, else beside
# the folder holding it (a git worktree of the project).
for _d in "${NF_SHARED:-}" "$top/../shared" "$top/../../shared"; do
	if [ -n "$_d" ] && [ -d "$_d/corpora" ]; then
		shared=$(cd "$_d" && pwd)
		break
	fi
done
if [ -z "${shared:-}" ]; then
	echo "${0##*/}: no shared/ folder with corpora/ beside the project (set NF_SHARED)" >&2
	exit 1
fi
