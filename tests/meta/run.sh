#!/bin/sh
# meta/run.sh BUILD - a test of the test suite: the runners that execute
# the tools (rule fixtures, command line, hostile inputs) are run against
# stand-in build trees whose tools crash (SIGSEGV), exit 0 printing
# nothing, or are missing, and each run must fail: exit nonzero and count
# failures in its closing line.  A runner that passes any of them would
# pass a broken build.  BUILD is not used: the stand-ins replace it.
# Ends with "N passed, M failed, K skipped".
export LC_ALL=C
pass=0 fail=0
T=$(mktemp -d "${TMPDIR:-/tmp}/meta.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT

TOOLS=$(cd cmd && ls plan-*.c | sed 's/\.c$//')
mkdir -p "$T/crash/bin" "$T/silent/bin" "$T/missing/bin"
for t in $TOOLS; do
	printf '#!/bin/sh\nkill -SEGV $$\n' >"$T/crash/bin/$t"
	printf '#!/bin/sh\nexit 0\n' >"$T/silent/bin/$t"
	chmod +x "$T/crash/bin/$t" "$T/silent/bin/$t"
done

# The nine runs go in parallel; hostile inputs runs in full on the
# crashing stand-in only (its inputs take seconds to make), on two cases
# otherwise.
i=0
for runner in tests/rules/run.sh tests/cli/run.sh tests/hostile/run.sh; do
	for kind in crash silent missing; do
		i=$((i + 1))
		only=
		[ "$runner" = tests/hostile/run.sh ] && [ $kind != crash ] &&
			only=reference
		HOSTILE_ONLY=$only sh "$runner" "$T/$kind" >"$T/log.$i" 2>&1 &
		echo "$runner $kind $!" >"$T/job.$i"
	done
done
j=0
while [ $j -lt $i ]; do
	j=$((j + 1))
	read -r runner kind pid <"$T/job.$j"
	wait "$pid"
	rc=$?
	case $kind in
	crash) name="$runner on tools that crash" ;;
	silent) name="$runner on tools that exit 0 silently" ;;
	*) name="$runner on tools that are missing" ;;
	esac
	last=$(tail -n 1 "$T/log.$j")
	f=$(echo "$last" | sed -n 's/^[0-9][0-9]* passed, \([0-9][0-9]*\) failed, [0-9][0-9]* skipped.*/\1/p')
	if [ "$rc" -ne 0 ] && [ -n "$f" ] && [ "$f" -gt 0 ]; then
		pass=$((pass + 1))
		echo "ok - $name: fails ($last)"
	else
		fail=$((fail + 1))
		echo "FAIL $name: status $rc, closing line '$last'"
	fi
done
# The layer check on a copy of lib/ where a lower stage includes a higher
# one: it must fail and name the line.
mkdir -p "$T/layers/scripts"
cp -R lib "$T/layers/lib"
cp scripts/check-layers.sh "$T/layers/scripts/"
printf '#include "report/report.h"\n' >>"$T/layers/lib/base/arena.c"
sh "$T/layers/scripts/check-layers.sh" >"$T/layers.log" 2>&1
rc=$?
if [ "$rc" -ne 0 ] && grep -q 'lib/base/arena.c:[0-9]*: base includes report' "$T/layers.log"; then
	pass=$((pass + 1))
	echo "ok - scripts/check-layers.sh fails on an upward include"
else
	fail=$((fail + 1))
	echo "FAIL scripts/check-layers.sh on an upward include: status $rc"
	cat "$T/layers.log"
fi
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
