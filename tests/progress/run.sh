#!/bin/sh
# progress/run.sh BUILD - each tool shows progress ("N of M files (R/s)")
# on a terminal and only there: not in a pipe, not in CI, not with -q.
# script(1) gives the tools a terminal; PLAN_PROGRESS_DELAY=0 shows the
# first line at once, so no test waits for a second to pass.
B=${1:-build}
pass=0 fail=0
if ! command -v script >/dev/null 2>&1; then
	echo "SKIP progress on a terminal: script(1) is not installed"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# on_tty CMD: CMD's stderr as a terminal would show it
on_tty() {
	env -u CI PLAN_PROGRESS_DELAY=0 script -qec "$1 2>&1 >/dev/null" /dev/null \
		>"$out" </dev/null
}

check() {	# check NAME WANT(yes|no)
	if grep -q ' of [0-9][0-9]* files ([0-9]*/s)' "$out"; then got=yes; else got=no; fi
	if [ "$got" = "$2" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1: progress shown: $got, wanted $2"
		sed -n 1,5p "$out" | cat -v
	fi
}

V="$B/bin/plan-validate --no-config"
R="$B/bin/plan-report --no-config"
T="$B/bin/plan-trace --orphans"
D="$B/bin/plan-diff"
for cmd in "$V examples" "$R examples" "$T examples" \
	   "$D tests/diff/repo-old tests/diff/repo-new"; do
	name=${cmd%% *}; name=${name##*/}
	on_tty "$cmd"
	check "$name on a terminal" yes
	# the line is wiped at the end: the last thing written clears it
	if grep -q "$(printf '\033\\[K')" "$out"; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "FAIL $name: no line clearing"; fi
	on_tty "$(echo "$cmd" | sed 's| | -q |')"
	check "$name -q" no
	env -u CI PLAN_PROGRESS_DELAY=0 sh -c "$cmd" >/dev/null 2>"$out"
	check "$name into a pipe" no
	CI=true PLAN_PROGRESS_DELAY=0 script -qec "$cmd 2>&1 >/dev/null" \
		/dev/null >"$out" </dev/null
	check "$name in CI" no
done
# the default delay: a run this short shows nothing
env -u CI PLAN_PROGRESS_DELAY= script -qec "$V examples 2>&1 >/dev/null" \
	/dev/null >"$out" </dev/null
check "validate, default delay, short run" no
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
