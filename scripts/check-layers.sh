#!/bin/sh
# check-layers.sh - the library's stages include only stages below them.
# Each lib/STAGE/ has a rank; a file of STAGE may include "OTHER/x.h" only
# when OTHER ranks lower (or is STAGE itself).  Stages of one rank are
# siblings and do not see each other.  Prints each upward include as
# FILE:LINE and ends with "N passed, M failed, 0 skipped" like the other runners.
cd "$(dirname "$0")/.." || exit 2
rank() {
	case $1 in
	base) echo 0 ;;
	yaml | tables | out) echo 1 ;;
	schema) echo 2 ;;
	model) echo 3 ;;
	check) echo 4 ;;
	repo) echo 5 ;;
	trace | diff | import) echo 6 ;;
	report) echo 7 ;;
	*) echo "" ;;
	esac
}
pass=0 fail=0
for d in lib/*/; do
	s=$(basename "$d")
	rs=$(rank "$s")
	if [ -z "$rs" ]; then
		echo "FAIL lib/$s/: a stage with no rank (add it to $0)"
		fail=$((fail + 1))
		continue
	fi
	bad=0
	for f in "$d"*.c "$d"*.h; do
		[ -f "$f" ] || continue
		grep -n '^#include "[a-z_]*/' "$f" | while IFS= read -r l; do
			o=$(printf '%s\n' "$l" | sed 's/^[0-9]*:#include "\([a-z_]*\)\/.*/\1/')
			[ "$o" = "$s" ] && continue
			ro=$(rank "$o")
			if [ -z "$ro" ] || [ "$ro" -ge "$rs" ]; then
				echo "FAIL $f:${l%%:*}: $s includes $o, which is not below it"
			fi
		done >>"${TMPDIR:-/tmp}/layers.$$"
	done
	if [ -s "${TMPDIR:-/tmp}/layers.$$" ]; then
		cat "${TMPDIR:-/tmp}/layers.$$"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
	rm -f "${TMPDIR:-/tmp}/layers.$$"
done
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
