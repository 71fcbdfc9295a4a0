#!/bin/sh
# run-all.sh BUILD - every test of the project against the build tree BUILD:
# cmocka unit tests, rule fixtures, command-line golden tests, the public
# conformance sample, schema agreement with python3-jsonschema.  Ends with
# one line "N passed, M failed" over all of them.
B=${1:-build}
export LC_ALL=C NO_COLOR=1
# LANGUAGE wins even over LC_ALL=C (lib/i18n.h): English golden files
unset LANGUAGE LC_MESSAGES LANG
unset GITHUB_ACTIONS
pass=0 fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# A sub-runner prints "N passed, M failed" as its last line.
tally() {
	name=$1; shift
	"$@" >"$log" 2>&1
	rc=$?
	last=$(tail -n 1 "$log")
	p=$(printf '%s\n' "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p')
	f=$(printf '%s\n' "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p')
	if [ -z "$p" ]; then p=0; f=1; fi
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	[ "$f" -ne 0 ] && grep -E "FAIL|fail|Error|error:" "$log" | head -n 40
	echo "$name: $p passed, $f failed"
	pass=$((pass + p)); fail=$((fail + f))
}

# cmocka's per-test lines go to stdout: count them; a crash counts as one.
for t in "$B"/tests/test_*; do
	[ -x "$t" ] || continue
	"$t" >"$log" 2>&1
	rc=$?
	p=$(grep -c '^\[       OK \]' "$log")
	f=$(grep '^\[  FAILED  \] [a-z_]' "$log" | sort -u | wc -l)
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	[ "$f" -ne 0 ] && grep -vE '^\[ *(RUN|OK) *\]' "$log" | head -n 40
	echo "unit $(basename "$t"): $p passed, $f failed"
	pass=$((pass + p)); fail=$((fail + f))
done

tally "rule fixtures" sh tests/rules/run.sh "$B"
tally "command line" sh tests/cli/run.sh "$B"
tally "i18n" sh tests/i18n/run.sh "$B"
if [ -x ../shared/conformance/run ]; then
	tally "conformance" ../shared/conformance/run "$B/bin"
else
	echo "conformance: skipped (../shared/conformance is absent)"
fi
if [ -f tests/schema/agree.sh ]; then
	tally "schema agreement" sh tests/schema/agree.sh "$B"
fi

tally "hostile inputs" sh tests/hostile/run.sh "$B"
tally "fuzz regressions" sh fuzz/replay.sh "$B"
[ -f tests/safety/run.sh ] && tally "output safety" sh tests/safety/run.sh "$B"
tally "progress" sh tests/progress/run.sh "$B"
tally "report render" sh tests/report/render.sh "$B"
tally "report totals" sh tests/report/totals.sh "$B"
tally "install" sh tests/install/run.sh "$B"
tally "man pages" sh tests/install/man.sh "$B"
tally "CI and editors" sh tests/install/ci.sh "$B"
tally "editor (yaml-language-server)" sh tests/install/editor.sh "$B"
if [ -n "$PLAN_TEST_DIST" ]; then
	tally "make dist" sh tests/install/dist.sh "$B"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
