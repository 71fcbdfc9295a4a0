#!/bin/sh
# run.sh BUILD - golden command-line tests.  Each case is a directory
# tests/cli/cases/NAME with
#   cmd      one shell command line, run from the repository root with the
#            binaries of BUILD first on PATH
#   stdout   expected standard output (exact)
#   stderr   expected standard error (exact; absent: not compared)
#   status   expected exit status (absent: 0)
#   needs    paths the case reads from outside the project, one a line
#            (../shared/data/regions.csv); when one is absent the case
#            is skipped and says so
# UPDATE=1 rewrites stdout/stderr/status from the actual run, for review.
B=${1:-build}
PATH=$(cd "$B/bin" && pwd):$PATH
export PATH LC_ALL=C NO_COLOR=1
# English unless a case asks: LANGUAGE wins even over LC_ALL=C (lib/i18n.h)
unset LANGUAGE LC_MESSAGES LANG
unset GITHUB_ACTIONS CI
pass=0 fail=0 skip=0
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
for c in tests/cli/cases/*/; do
	c=${c%/}
	[ -f "$c/cmd" ] || continue
	missing=""
	if [ -f "$c/needs" ]; then
		while IFS= read -r p; do
			[ -n "$p" ] && [ ! -e "$p" ] && missing="$missing $p"
		done <"$c/needs"
	fi
	if [ -n "$missing" ]; then
		echo "SKIP $(basename "$c"): absent:$missing"
		skip=$((skip + 1))
		continue
	fi
	sh -c "$(cat "$c/cmd")" >"$out" 2>"$err" </dev/null
	rc=$?
	if [ -n "$UPDATE" ]; then
		cp "$out" "$c/stdout"
		[ -s "$err" ] && cp "$err" "$c/stderr"
		[ "$rc" -ne 0 ] && echo "$rc" >"$c/status"
	fi
	want=0
	[ -f "$c/status" ] && want=$(cat "$c/status")
	why=""
	[ "$rc" -eq "$want" ] || why="exit status $rc, expected $want"
	cmp -s "$out" "$c/stdout" || why="$why${why:+; }stdout differs"
	if [ -f "$c/stderr" ] && ! cmp -s "$err" "$c/stderr"; then
		why="$why${why:+; }stderr differs"
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $(basename "$c"): $why"
		diff "$c/stdout" "$out" | head -n 20
		[ -f "$c/stderr" ] && diff "$c/stderr" "$err" | head -n 10
	fi
done
[ "$skip" -gt 0 ] && echo "$skip skipped (their inputs are absent)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
