#!/bin/sh
# leakcheck.sh BUILD - the binaries under valgrind on the examples: no
# leak, no invalid access (valgrind's exit code 99 marks either), and no
# crash or missing binary (any status but 0, 1 and 2).  Ends with
# "N passed, M failed, 0 skipped".
B=${1:-build}
export LC_ALL=C NO_COLOR=1
fail=0 pass=0
run() {
	valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect "$@" >/dev/null 2>"$B/valgrind.log"
	rc=$?
	if [ $rc -eq 99 ]; then
		fail=$((fail + 1)); echo "FAIL valgrind: $*"; cat "$B/valgrind.log"
	elif [ $rc -gt 2 ]; then
		fail=$((fail + 1)); echo "FAIL status $rc: $*"; tail -n 5 "$B/valgrind.log"
	else
		pass=$((pass + 1))
	fi
}
run "$B/bin/plan-validate" -j1 examples/sumbar
run "$B/bin/plan-validate" -j2 examples/broken
run "$B/bin/plan-validate" --format json examples
run "$B/bin/plan-validate" --format sarif examples/broken
for t in "$B"/bin/plan-*; do
	case $t in */plan-validate) continue ;; esac
	run "$t" --help
done
[ -x "$B/bin/plan-trace" ] && run "$B/bin/plan-trace" --orphans examples/sumbar
[ -x "$B/bin/plan-diff" ] && run "$B/bin/plan-diff" examples/sumbar examples/sumbar
# pairs that differ are read again and kept with their changes
[ -x "$B/bin/plan-diff" ] && run "$B/bin/plan-diff" --format json \
	tests/diff/repo-old tests/diff/repo-new
[ -x "$B/bin/plan-diff" ] && run "$B/bin/plan-diff" --by code \
	examples/sumbar/13/rpjmd-2025-2029.yaml \
	examples/sumbar/13.71/rpjmd-2025-2029.yaml
[ -x "$B/bin/plan-report" ] && run "$B/bin/plan-report" --format md examples/sumbar
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
