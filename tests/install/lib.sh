# lib.sh - what the scripts of tests/install share, sourced after they
# set B: the counts, a temporary directory $T (removed at exit), ok,
# not_ok, skip, check and finish.
pass=0 fail=0 skipped=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ok() { pass=$((pass + 1)); echo "ok - $1"; }
not_ok() { fail=$((fail + 1)); echo "FAIL - $1"; }
# skip WHAT WHY: a test not run, counted apart (tests/run-all.sh lists it).
skip() { skipped=$((skipped + 1)); echo "SKIP $1: $2"; }
# check DESCRIPTION COMMAND...: ok if COMMAND succeeds, else the end of
# what it said.
check() {
	what=$1; shift
	if "$@" >"$T/log" 2>&1; then ok "$what"; else
		not_ok "$what"; sed 's/^/    /' "$T/log" | tail -n 20; fi
}
# The last line the runner reads, and the exit status.
finish() {
	echo "$pass passed, $fail failed, $skipped skipped"
	[ "$fail" -eq 0 ]
}
