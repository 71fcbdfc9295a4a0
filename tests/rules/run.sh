#!/bin/sh
# run.sh BUILD - run every rule fixture (see README.md) and compare the
# findings, as "LINE:COL SEVERITY RULE", with its `# expect:` lines.
B=${1:-build}
PV=$(cd "$B/bin" 2>/dev/null && pwd)/plan-validate
export LC_ALL=C NO_COLOR=1
unset GITHUB_ACTIONS
pass=0 fail=0 skip=0
exp=$(mktemp) got=$(mktemp)
trap 'rm -f "$exp" "$got"' EXIT
# verdict NAME: the findings in $got are those of $exp, or say how not.
verdict() {
	if cmp -s "$exp" "$got"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1"
		diff "$exp" "$got" | sed -n 's/^</  missing:/p; s/^>/  unexpected:/p'
	fi
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
		echo "skip $f: $needs is absent"
		continue
	fi
	args=$(sed -n 's/^# args: *//p' "$f" | tr '\n' ' ')
	sed -n 's/^# expect: *//p' "$f" | grep -v '^none$' | LC_ALL=C sort >"$exp"
	# shellcheck disable=SC2086
	"$PV" --format text $args "$f" 2>&1 |
		sed -n "s|^$f:\([0-9]*:[0-9]*\): \([a-z]*\)\( (waived[^)]*)\)\{0,1\}: .* \[\([a-z-]*\)\]\$|\1 \2 \4|p" |
		LC_ALL=C sort >"$got"
	if ! grep -q '^# expect:' "$f"; then
		fail=$((fail + 1)); echo "FAIL $f: no '# expect:' line"
	else
		verdict "$f"
	fi
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
	(cd "$d" && "$PV" --format text $args . 2>&1) |
		sed -n "s|^\./||; s|^\([^ ]*\.ya*ml\):\([0-9]*:[0-9]*\): \([a-z]*\)\( (waived[^)]*)\)\{0,1\}: .* \[\([a-z-]*\)\]\$|\1:\2 \3 \5|p" |
		LC_ALL=C sort >"$got"
	verdict "$d"
done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
