#!/bin/sh
# run-all.sh BUILD - every test of the project against the build tree BUILD:
# cmocka unit tests, rule fixtures, command-line golden tests, the public
# conformance sample, schema agreement with python3-jsonschema, and the
# rest below.
#
# Each suite ends with one line "N passed, M failed, K skipped" and says
# "SKIP NAME: WHY" for each test it skipped (cmocka's "[  SKIPPED ]"
# lines, with the message the test printed, count the same way).  A skip
# is neither a pass nor a failure.  This script sums the three counts; its
# last lines are the skipped tests grouped by why, then
#     N passed, M failed, K skipped
# A suite that crashes, exits nonzero while claiming no failure, or ends
# without that line counts as a failure.
B=${1:-build}
export LC_ALL=C NO_COLOR=1
# LANGUAGE wins even over LC_ALL=C (lib/i18n.h): English golden files
unset LANGUAGE LC_MESSAGES LANG
unset GITHUB_ACTIONS
pass=0 fail=0 skip=0
log=$(mktemp) skips=$(mktemp)
trap 'rm -f "$log" "$log.out" "$skips"' EXIT
TAB=$(printf '\t')

# count NAME RC: add up the suite whose output is in $log and which exited
# with RC; its SKIP lines go to $skips as "SUITE<TAB>WHY<TAB>WHAT".
count() {
	name=$1 rc=$2
	set -- $(tail -n 1 "$log" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed, \([0-9][0-9]*\) skipped\(, .*\)\{0,1\}$/\1 \2 \3/p')
	why=
	if [ $# -ne 3 ]; then
		set -- 0 1 0
		why="it ended without 'N passed, M failed, K skipped'"
	elif [ "$rc" -ne 0 ] && [ "$2" -eq 0 ]; then
		set -- "$1" 1 "$3"
		why="exit status $rc with no failure counted"
	fi
	p=$1 f=$2 k=$3
	sed -n "s|^SKIP \([^:]*\): \(.*\)\$|$name$TAB\2$TAB\1|p" "$log" >>"$skips"
	n=$(grep -c '^SKIP [^:]*: ' "$log")
	if [ "$n" -ne "$k" ]; then
		why="${why:+$why; }$k skipped but $n 'SKIP NAME: WHY' lines"
		f=$((f + 1))
	fi
	if [ "$f" -ne 0 ]; then
		grep -E "FAIL|fail|Error|error:|^not ok" "$log" | head -n 40
		[ -n "$why" ] && { tail -n 5 "$log"; echo "$name: $why"; }
	fi
	echo "$name: $p passed, $f failed, $k skipped"
	pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + k))
}

# A sub-runner prints "N passed, M failed, K skipped" as its last line.
tally() {
	name=$1; shift
	"$@" >"$log" 2>&1 </dev/null
	count "$name" $?
}

# cmocka's per-test lines go to stdout: count them; a crash counts as one
# failure.  A skipped test's reason is what it printed before skip().
unit() {
	t=$1
	"$t" >"$log.out" 2>&1
	rc=$?
	# the summary repeats FAILED and SKIPPED lines: only those of the
	# test that ran last count
	awk -v fail_rc="$rc" '
	/^\[ RUN      \] / { cur = $NF; msg = ""; next }
	/^\[       OK \] / { p++; cur = ""; next }
	/^\[  FAILED  \] / { if ($NF == cur) f++; cur = ""; next }
	/^\[  SKIPPED \] / {
		if ($NF == cur) {
			k++
			print "SKIP " cur ": " (msg != "" ? msg : "no reason given")
		}
		cur = ""
		next
	}
	/^\[/ { next }
	cur != "" && msg == "" { msg = $0; sub(/^ +/, "", msg); sub(/ +$/, "", msg) }
	END {
		if (fail_rc != 0 && f == 0) f = 1
		printf "%d passed, %d failed, %d skipped\n", p, f, k
	}' "$log.out" >"$log"
	if [ "$rc" -ne 0 ]; then
		grep -vE '^\[ *(RUN|OK) *\]' "$log.out" | head -n 40
	fi
	rm -f "$log.out"
	count "unit $(basename "$t")" 0
}

for src in tests/unit/test_*.c; do
	t=$B/tests/$(basename "$src" .c)
	if [ -x "$t" ]; then
		unit "$t"
	else
		echo "unit $(basename "$t"): not built"
		fail=$((fail + 1))
	fi
done

# The suites: NAME|SCRIPT, each run as sh SCRIPT BUILD.
while IFS='|' read -r name script; do
	tally "$name" sh "$script" "$B"
done <<'SUITES'
layers (includes run down the flow)|scripts/check-layers.sh
rule fixtures|tests/rules/run.sh
command line|tests/cli/run.sh
i18n|tests/i18n/run.sh
conformance|tests/conformance/run.sh
schema agreement|tests/schema/agree.sh
hostile inputs|tests/hostile/run.sh
fuzz regressions|fuzz/replay.sh
output safety|tests/safety/run.sh
progress|tests/progress/run.sh
report render|tests/report/render.sh
report totals|tests/report/totals.sh
install|tests/install/run.sh
man pages|tests/install/man.sh
CI and editors|tests/install/ci.sh
editor (yaml-language-server)|tests/install/editor.sh
SUITES
if [ -n "$PLAN_TEST_DIST" ]; then
	tally "make dist" sh tests/install/dist.sh "$B"
else
	echo "SKIP make dist: PLAN_TEST_DIST is not set (CI sets it)" >"$log"
	echo "0 passed, 0 failed, 1 skipped" >>"$log"
	count "make dist" 0
fi
tally "the runners themselves" sh tests/meta/run.sh "$B"

# What was skipped, by suite and reason, with the first few names.
if [ "$skip" -gt 0 ]; then
	echo "skipped:"
	awk -F "$TAB" '
	{
		k = $1 ": " $2
		if (!(k in n)) order[++nk] = k
		n[k]++
		if (n[k] <= 3) names[k] = names[k] (n[k] > 1 ? ", " : "") $3
	}
	END {
		for (i = 1; i <= nk; i++) {
			k = order[i]
			more = n[k] > 3 ? ", ..." : ""
			printf "  %s (%d: %s%s)\n", k, n[k], names[k], more
		}
	}' "$skips"
fi
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
