# verdict.sh - sourced by the shell runners (from the top of the tree).
#
# verdict NAME WHY: WHY empty, NAME passed; else it failed, said as
# "FAIL NAME: WHY".  Adds to $pass or $fail; returns 1 on a failure so
# that the caller can show the difference:
#	verdict "$name" "$why" || diff "$want" "$got"
verdict() {
	if [ -z "$2" ]; then
		pass=$((pass + 1))
		return 0
	fi
	fail=$((fail + 1))
	echo "FAIL $1: $2"
	return 1
}
