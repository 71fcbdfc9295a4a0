#!/bin/sh
# run.sh BUILD - golden command-line tests.  Each case is a directory
# tests/cli/cases/NAME with
#   cmd      one shell command line, run from the repository root with the
#            binaries of BUILD first on PATH
#   stdout   expected standard output (exact)
#   stderr   expected standard error (exact; absent: not compared)
#   status   expected exit status (absent: 0)
#   needs    commands the case needs besides the tools (`dot`), or paths
#            (with a /); the case is skipped, saying so, when one is absent
# UPDATE=1 rewrites stdout/stderr/status from the actual run, for review.
#
# The tools are run through guards first on PATH, so that a tool killed by
# a signal, exiting with a status other than 0, 1 or 2, or missing from
# BUILD/bin fails the case even inside a pipeline or $(...).  Ends with
# "N passed, M failed, K skipped".
B=${1:-build}
BIN=$(cd "$B/bin" 2>/dev/null && pwd)
BIN=${BIN:-$B/bin}
export LC_ALL=C NO_COLOR=1
# English unless a case asks: LANGUAGE wins even over LC_ALL=C (lib/i18n.h)
unset LANGUAGE LC_MESSAGES LANG
unset GITHUB_ACTIONS CI
. tests/verdict.sh
pass=0 fail=0 skip=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
out=$T/out err=$T/err bad=$T/bad
mkdir "$T/guard"
# every tool the sources make (cmd/plan-*.c), whether BUILD has it or not
for t in $(cd cmd && ls plan-*.c | sed 's/\.c$//'); do
	cat >"$T/guard/$t" <<EOF
#!/bin/sh
if [ ! -x "$BIN/$t" ]; then
	echo "$t is missing from $B/bin" >>"$bad"
	exit 127
fi
# through PATH, so that the tool's argv[0] stays "$t"
PATH="$BIN:\$PATH"
$t "\$@"
rc=\$?
if [ \$rc -gt 128 ]; then
	echo "$t \$*: killed by signal \$((rc - 128))" >>"$bad"
elif [ \$rc -gt 2 ]; then
	echo "$t \$*: exit status \$rc" >>"$bad"
fi
exit \$rc
EOF
	chmod +x "$T/guard/$t"
done
PATH=$T/guard:$PATH
export PATH

# absent NEEDS-FILE: the first thing it names that is absent, as "dot is
# not installed" or "PATH is absent"; nothing when all is there.
absent() {
	for w in $(cat "$1"); do
		case $w in
		*/*) [ -e "$w" ] || { echo "$w is absent"; return; } ;;
		*) command -v "$w" >/dev/null 2>&1 ||
			{ echo "$w is not installed"; return; } ;;
		esac
	done
}

for c in tests/cli/cases/*/; do
	c=${c%/}
	[ -f "$c/cmd" ] || continue
	if [ -f "$c/needs" ] && [ -n "$(absent "$c/needs")" ]; then
		echo "SKIP $(basename "$c"): $(absent "$c/needs")"
		skip=$((skip + 1))
		continue
	fi
	rm -f "$bad"
	sh -c "$(cat "$c/cmd")" >"$out" 2>"$err" </dev/null
	rc=$?
	if [ -n "$UPDATE" ]; then
		cp "$out" "$c/stdout"
		[ -s "$err" ] && cp "$err" "$c/stderr"
		[ "$rc" -ne 0 ] && echo "$rc" >"$c/status"
	fi
	want=0
	[ -f "$c/status" ] && want=$(cat "$c/status")
	why=""
	[ "$rc" -eq "$want" ] || why="exit status $rc, expected $want"
	[ -s "$bad" ] && why="$why${why:+; }$(head -n 3 "$bad" | tr '\n' ';' | sed 's/;$//')"
	cmp -s "$out" "$c/stdout" || why="$why${why:+; }stdout differs"
	if [ -f "$c/stderr" ] && ! cmp -s "$err" "$c/stderr"; then
		why="$why${why:+; }stderr differs"
	fi
	if ! verdict "$(basename "$c")" "$why"; then
		diff "$c/stdout" "$out" | head -n 20
		[ -f "$c/stderr" ] && diff "$c/stderr" "$err" | head -n 10
	fi
done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
