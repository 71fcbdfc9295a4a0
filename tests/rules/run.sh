#!/bin/sh
# run.sh BUILD - run every rule fixture (see README.md) and compare the
# findings, as "LINE:COL SEVERITY RULE", with its `# expect:` lines.
#
# Each run of BUILD/bin/plan-validate must also exit as the expectations
# say (SPEC 6): 1 when an error is expected (or, with --strict, a
# warning), else 0; waived findings do not count.  A status of 2, a
# signal, a missing binary, anything on stderr but the tables' warnings,
# and stdout that is not findings, their indented lines and the summary
# line are failures.  Ends with "N passed, M failed, K skipped".
B=${1:-build}
PV=$(cd "$B/bin" 2>/dev/null && pwd)/plan-validate
export LC_ALL=C NO_COLOR=1
unset GITHUB_ACTIONS
. tests/verdict.sh
pass=0 fail=0 skip=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
exp=$T/exp got=$T/got out=$T/out err=$T/err

if [ ! -x "$PV" ]; then
	echo "FAIL $B/bin/plan-validate is not there: every fixture fails"
fi

# findings PREFIX: the findings of $out as "[PREFIX]LINE:COL SEVERITY
# RULE" (SEVERITY "error(waived)" for a waived error), sorted; with
# PREFIX "dir", as "FILE:LINE:COL SEVERITY RULE" of files under ./.
findings() {
	if [ "$1" = dir ]; then
		sed -n 's|^\./||; s|^\([^ ]*\.ya*ml\):\([0-9]*:[0-9]*\): \([a-z]*\)\( (waived[^)]*)\)\{0,1\}: .* \[\([a-z-]*\)\]$|\1:\2 \3\4 \5|p' "$out"
	else
		sed -n "s|^$1:\([0-9]*:[0-9]*\): \([a-z]*\)\( (waived[^)]*)\)\{0,1\}: .* \[\([a-z-]*\)\]\$|\1 \2\3 \4|p" "$out"
	fi | sed 's/ (waived[^)]*)/(waived)/' | LC_ALL=C sort
}

# check_case NAME ARGS: compare $exp with $got, and the run's status $rc,
# stdout and stderr with what the expectations and SPEC 6 allow.
check_case() {
	name=$1 args=$2
	want=0
	grep -q ' error ' "$exp" && want=1
	case " $args " in
	*" --strict "*) grep -q ' warning ' "$exp" && want=1 ;;
	esac
	why=
	if [ "$rc" -eq 127 ] && [ ! -x "$PV" ]; then
		why="plan-validate is missing"
	elif [ "$rc" -ge 128 ]; then
		why="killed by signal $((rc - 128))"
	elif [ "$rc" -ne "$want" ]; then
		why="exit status $rc, expected $want"
	fi
	# stdout: findings with their indented lines, then the summary
	if ! tail -n 1 "$out" | grep -Eq '^[0-9]+ files?, [0-9]+ elements?: [0-9]+ errors?, [0-9]+ warnings?'; then
		why="${why:+$why; }no summary line"
	fi
	odd=$(sed '$d' "$out" | grep -Ev '^    |^[^ ].*:[0-9]+:[0-9]+: (error|warning|info)( \(waived[^)]*\))?: .* \[[a-z-]+\]$' | head -n 3)
	[ -n "$odd" ] && why="${why:+$why; }unexpected output: $odd"
	odd=$(grep -v '^plan-validate: warning: ' "$err" | head -n 3)
	[ -n "$odd" ] && why="${why:+$why; }unexpected stderr: $odd"
	if ! cmp -s "$exp" "$got"; then
		why="${why:+$why; }findings differ"
	fi
	verdict "$name" "$why" ||
		diff "$exp" "$got" | sed -n 's/^</  missing:/p; s/^>/  unexpected:/p'
}

for f in $(find tests/rules -name '*.yaml' | LC_ALL=C sort); do
	# files of a repository fixture are checked with their directory below
	d=$(dirname "$f") inrepo=""
	while [ "$d" != tests/rules ] && [ "$d" != . ]; do
		[ -f "$d/expect" ] && inrepo=1 && break
		d=$(dirname "$d")
	done
	[ -n "$inrepo" ] && continue
	needs=$(sed -n 's/^# needs: *//p' "$f")
	if [ -n "$needs" ] && [ ! -e "$needs" ]; then
		skip=$((skip + 1))
		echo "SKIP $f: $needs is absent"
		continue
	fi
	if ! grep -q '^# expect:' "$f"; then
		fail=$((fail + 1)); echo "FAIL $f: no '# expect:' line"
		continue
	fi
	args=$(sed -n 's/^# args: *//p' "$f" | tr '\n' ' ')
	sed -n 's/^# expect: *//p' "$f" | grep -v '^none$' | LC_ALL=C sort >"$exp"
	# shellcheck disable=SC2086
	"$PV" --format text $args "$f" >"$out" 2>"$err"
	rc=$?
	findings "$f" >"$got"
	check_case "$f" "$args"
done
# Repository fixtures: a directory with an `expect` file of
# "FILE:LINE:COL SEVERITY RULE" lines (FILE relative to the directory; the
# word `none` for a clean one) and optionally `args` and `needs` (a path,
# relative to the directory, without which the fixture is skipped).
# plan-validate runs inside the directory on `.`.
for d in $(find tests/rules -name expect -type f | LC_ALL=C sort); do
	d=$(dirname "$d")
	if [ -f "$d/needs" ] && ! (cd "$d" && [ -e "$(cat needs)" ]); then
		skip=$((skip + 1))
		echo "skip $d: $(cat "$d/needs") is absent"
		continue
	fi
	args=""
	[ -f "$d/args" ] && args=$(cat "$d/args")
	grep -v '^#' "$d/expect" | grep -v '^none$' | grep . | LC_ALL=C sort >"$exp"
	# shellcheck disable=SC2086
	(cd "$d" && exec "$PV" --format text $args .) >"$out" 2>"$err"
	rc=$?
	findings dir >"$got"
	check_case "$d" "$args"
done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
