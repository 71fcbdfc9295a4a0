#!/bin/sh
# conformance/run.sh BUILD - the public conformance sample of the contract
# (../shared/conformance, its own runner) against BUILD/bin.
#
# A case that expects a finding of a rule plan-validate does not have yet
# (not in --list-rules: a rule of a newer SPEC version than the code) is
# skipped, naming the rule; it runs again as soon as the rule exists.
# When ../shared/conformance is absent the sample is skipped.  A
# plan-validate that cannot list its rules fails every case.  Ends with
# "N passed, M failed, K skipped".
B=${1:-build}
C=../shared/conformance
export LC_ALL=C
if [ ! -x "$C/run" ]; then
	echo "SKIP conformance sample: $C is absent"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

cases=
for e in "$C"/*/expect.txt; do
	cases="$cases $(basename "$(dirname "$e")")"
done
n=$(echo $cases | wc -w)
if ! "$B/bin/plan-validate" --list-rules >"$T/rules" 2>"$T/err" ||
   [ ! -s "$T/rules" ]; then
	echo "FAIL plan-validate --list-rules: $(head -n 3 "$T/err")"
	echo "0 passed, $n failed, 0 skipped"
	exit 1
fi
awk '{ print $1 }' "$T/rules" >"$T/have"

run= skip=0
for c in $cases; do
	missing=
	for r in $(sed -n 's/^[^#][^ ]*:[0-9][0-9]* *\([a-z][a-z0-9-]*\)$/\1/p' "$C/$c/expect.txt" | sort -u); do
		grep -qx "$r" "$T/have" || missing="$missing $r"
	done
	if [ -n "$missing" ]; then
		echo "SKIP $c: plan-validate lacks the rule it expects (a newer SPEC)"
		echo "  ($c expects$missing)"
		skip=$((skip + 1))
	else
		run="$run $c"
	fi
done
if [ -z "$run" ]; then
	echo "0 passed, 0 failed, $skip skipped"
	exit 0
fi
# shellcheck disable=SC2086
"$C/run" "$B/bin" $run >"$T/out" 2>&1
rc=$?
sed '$d' "$T/out"
last=$(tail -n 1 "$T/out")
p=$(echo "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p')
f=$(echo "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p')
if [ -z "$p" ]; then
	echo "FAIL $C/run: status $rc, last line '$last'"
	p=0 f=$(echo $run | wc -w)
elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
	echo "FAIL $C/run: status $rc"
	f=1
fi
echo "$p passed, $f failed, $skip skipped"
[ "$f" -eq 0 ]
