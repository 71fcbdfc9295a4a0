#!/bin/sh
# man.sh BUILD - the man pages: every page of man/ renders with `man -l`
# without a warning, every tool of BUILD/bin has a page, every option its
# --help names is in the page, and every option the page describes is in
# --help.  Ends with "N passed, M failed, 0 skipped".
B=${1:-build}
export LC_ALL=C MANWIDTH=80
unset MANPAGER PAGER
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); echo "ok - $1"; }
not_ok() { fail=$((fail + 1)); echo "FAIL - $1"; }

if ! command -v man >/dev/null 2>&1; then
	echo "man: not installed"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi

for page in man/*.[1-9]; do
	[ -f "$page" ] || continue
	name=$(basename "$page")
	if man --warnings -l "$page" >"$tmp/out" 2>"$tmp/err" &&
	   [ ! -s "$tmp/err" ] && [ -s "$tmp/out" ]; then
		ok "$name renders without warnings"
	else
		not_ok "$name renders without warnings"
		sed 's/^/    /' "$tmp/err" | head -n 20
	fi
	# the sections the style asks for
	for sec in NAME SYNOPSIS DESCRIPTION "SEE ALSO"; do
		grep -q "^\.Sh $sec\$" "$page" || not_ok "$name has no $sec"
	done
	case $name in
	*.1) for sec in OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
		grep -q "^\.Sh $sec\$" "$page" || not_ok "$name has no $sec"
	     done ;;
	esac
done

# Long options in a text: every --word.
longopts() { grep -o -- '--[a-z][a-z-]*' | sed 's/-$//' | sort -u; }
# Short options in --help: "  -x, --long".
shortopts() { sed -n 's/^  \(-[a-zA-Z]\), --.*/\1/p' | sort -u; }
# all_in WHAT FILE OPTION...: each option stands in FILE as a word.
all_in() {
	what=$1 file=$2; shift 2
	missing=
	for o in "$@"; do
		grep -q -e "$o\([^a-z-]\|\$\)" "$file" || missing="$missing $o"
	done
	if [ -z "$missing" ]; then ok "$what"; else not_ok "$what:$missing"; fi
}

for bin in "$B"/bin/plan-*; do
	[ -x "$bin" ] || continue
	tool=$(basename "$bin")
	page=man/$tool.1
	if [ ! -f "$page" ]; then
		not_ok "$tool has a man page"
		continue
	fi
	ok "$tool has a man page"
	"$bin" --help >"$tmp/help" 2>&1
	MANWIDTH=400 man -l "$page" 2>/dev/null | col -b >"$tmp/man"
	# shellcheck disable=SC2046
	all_in "$tool: every --help option is in $page" "$tmp/man" \
	       $(longopts <"$tmp/help") $(shortopts <"$tmp/help")
	# The options the page describes (.It Fl ... in OPTIONS).
	sed -n '/^\.Sh OPTIONS$/,/^\.Sh /p' "$page" | grep '^\.It Fl' |
		grep -o 'Fl -[a-z][a-z-]*' | sed 's/^Fl -/--/' | sort -u \
		>"$tmp/described"
	# shellcheck disable=SC2046
	all_in "$tool: every option of $page is in --help" "$tmp/help" \
	       $(cat "$tmp/described")
	# The usage line of -h is the page's SYNOPSIS, option by option.
	"$bin" -h 2>&1 | sed -n '1,/^$/p' | longopts >"$tmp/usage"
	sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' "$tmp/man" | longopts >"$tmp/syn"
	extra=$(comm -23 "$tmp/usage" "$tmp/syn" | tr '\n' ' ')
	if [ -z "$extra" ]; then
		ok "$tool: the usage line's options are in the SYNOPSIS"
	else
		not_ok "$tool: usage options missing from the SYNOPSIS: $extra"
	fi
done

# plan-validate(1) lists every rule of --list-rules with its severity.
if [ -x "$B/bin/plan-validate" ]; then
	missing=
	"$B/bin/plan-validate" --list-rules | while read -r rule sev rest; do
		awk -v r="$rule" -v s="$sev" '
			$0 == ".It Ic " r { getline; if ($0 ~ "^\\.Sy " s) f = 1 }
			END { exit !f }' man/plan-validate.1 || echo "$rule($sev)"
	done >"$tmp/rules"
	if [ -s "$tmp/rules" ]; then
		not_ok "plan-validate.1 lists every rule with its severity: $(tr '\n' ' ' <"$tmp/rules")"
	else
		ok "plan-validate.1 lists every rule with its severity"
	fi
	# and so does plan-format(5)
	missing=$("$B/bin/plan-validate" --list-rules | while read -r rule rest; do
		grep -q "^\.It Ic $rule\$" man/plan-format.5 || printf '%s ' "$rule"
	done)
	if [ -z "$missing" ]; then
		ok "plan-format.5 names every rule"
	else
		not_ok "plan-format.5 names every rule: missing $missing"
	fi
fi

echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
