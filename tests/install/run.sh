#!/bin/sh
# run.sh BUILD - make install into a temporary DESTDIR (PREFIX=/usr): the
# binaries, man pages (English and Indonesian), schemas, column maps,
# the library, its public headers,
# plan.pc and the bash completion; a tiny program built against the
# installed library with pkg-config runs; make uninstall leaves no file
# behind.  Ends with "N passed, M failed, 0 skipped".
B=${1:-build}
export LC_ALL=C
pass=0 fail=0
D=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$D" "$log"' EXIT

ok() { pass=$((pass + 1)); echo "ok - $1"; }
not_ok() { fail=$((fail + 1)); echo "FAIL - $1"; }
check() {	# check DESCRIPTION COMMAND...
	what=$1; shift
	if "$@" >"$log" 2>&1; then ok "$what"; else
		not_ok "$what"; sed 's/^/    /' "$log" | tail -n 20; fi
}

MAKE=${MAKE:-make}
P=/usr
# The build is the suite's own; install only copies.
if ! $MAKE --no-print-directory -s B="$B" install DESTDIR="$D" PREFIX=$P \
	>"$log" 2>&1; then
	not_ok "make install DESTDIR=... PREFIX=$P"
	sed 's/^/    /' "$log" | tail -n 20
	echo "$pass passed, $fail failed, 0 skipped"
	exit 1
fi
ok "make install DESTDIR=... PREFIX=$P"

for t in plan-validate plan-diff plan-trace plan-report plan-import plan-new; do
	if [ -f "cmd/$t.c" ]; then
		check "bin/$t installed, executable" test -x "$D$P/bin/$t"
		check "bin/$t --version" "$D$P/bin/$t" --version
	fi
	if [ -f "man/$t.1" ]; then
		check "man1/$t.1 installed" test -f "$D$P/share/man/man1/$t.1"
	fi
	if [ -f "cmd/$t.c" ]; then
		check "bash completion for $t" \
			test -f "$D$P/share/bash-completion/completions/$t"
	fi
done
check "man5/plan-format.5 installed" test -f "$D$P/share/man/man5/plan-format.5"
for s in schemas/*.yaml; do
	check "$s installed" cmp "$s" "$D$P/share/plan-toolkit/$s"
done
for m in contrib/maps/*.yaml; do
	check "$m installed" cmp "$m" "$D$P/share/plan-toolkit/maps/${m##*/}"
done
for m in man/id/*.1; do
	[ -f "$m" ] || continue
	check "$m installed" cmp "$m" "$D$P/share/man/id/man1/${m##*/}"
done
check "lib/libplan.a installed" test -f "$D$P/lib/libplan.a"
# The public headers only (the Makefile's HEADERS): what prog.c needs is
# there, *_priv.h and the library's own helpers are not, none defines
# _() or N_(), and each compiles alone against the installed tree (what
# it includes is installed too).
for h in base/finding.h repo/repo.h schema/schema.h base/lang.h; do
	check "$h installed" cmp "lib/$h" "$D$P/include/plan/$h"
done
for h in lib/*/*_priv.h lib/base/i18n.h lib/base/hmap.h lib/base/walk.h; do
	check "$h not installed" test ! -e "$D$P/include/plan/${h#lib/}"
done
check "no installed header defines _() or N_()" \
	sh -c "! grep -rnE '#define +N?_\\(' '$D$P/include/plan'"
for h in $(cd "$D$P/include/plan" && find . -name '*.h' | sort); do
	h=${h#./}
	check "$h is the source's" cmp "lib/$h" "$D$P/include/plan/$h"
	printf '#include <%s>\nint main(void) { return 0; }\n' "$h" >"$D/one.c"
	check "$h compiles alone against the installed headers" \
		${CC:-cc} -std=c11 -Wall -Werror $(pkg-config --cflags yaml-0.1 2>/dev/null) \
		-I"$D$P/include/plan" -c -o "$D/one.o" "$D/one.c"
done
rm -f "$D/one.c" "$D/one.o"
pc=$D$P/lib/pkgconfig/plan.pc
check "plan.pc installed" test -f "$pc"
check "plan.pc: prefix=$P" grep -qx "prefix=$P" "$pc"
check "plan.pc: no DESTDIR in it" sh -c "! grep -F '$D' '$pc'"

# pkg-config with the installed tree moved under DESTDIR.
export PKG_CONFIG_PATH="$D$P/lib/pkgconfig"
PC="pkg-config --define-variable=prefix=$D$P"
check "pkg-config --modversion plan" pkg-config --modversion plan
ver=$(pkg-config --modversion plan 2>/dev/null)
check "pkg-config version is the Makefile's" \
	grep -q "^VERSION *= *$ver\$" Makefile
cflags=$($PC --cflags plan) && libs=$($PC --libs plan)
check "pkg-config --cflags --libs plan" test -n "$libs"
# A sanitized build tree needs its runtime at link time too.
san=
if nm "$D$P/lib/libplan.a" 2>/dev/null | grep -q __asan_; then
	san="-fsanitize=address,undefined"
fi
CC=${CC:-cc}
nm "$D$P/lib/libplan.a" 2>/dev/null | grep -q __asan_ && CC=clang
check "a program builds against the installed library" \
	$CC -std=c11 -Wall -Wextra -Werror $san $cflags -o "$D/prog" \
	tests/install/prog.c $libs
# ... and not against the source tree by accident.
check "its headers come from DESTDIR" \
	sh -c "$CC -std=c11 $cflags -M tests/install/prog.c | grep -q '$D$P/include/plan/repo/repo.h'"
f=examples/sumbar/13/rpjmd-2025-2029.yaml
n=$("$B/bin/plan-validate" "$f" 2>/dev/null | tail -n 1 | \
	sed -n 's/^1 file, \([0-9]*\) elements.*/\1/p')
out=$("$D/prog" "$f" 2>&1)
if [ "$out" = "1 documents, $n elements, 0 errors" ]; then
	ok "the program loads $f: $out"
else
	not_ok "the program loads $f: '$out', expected $n elements"
fi
check "the installed plan-validate checks $f" "$D$P/bin/plan-validate" -q "$f"
check "the installed man page renders" \
	sh -c "MANWIDTH=80 man -l '$D$P/share/man/man1/plan-validate.1' >/dev/null"
rm -f "$D/prog"

# Uninstall: not one of our files is left.
check "make uninstall DESTDIR=... PREFIX=$P" \
	$MAKE --no-print-directory -s B="$B" uninstall DESTDIR="$D" PREFIX=$P
left=$(cd "$D" && find . ! -type d | sort)
if [ -z "$left" ]; then
	ok "nothing left after uninstall"
else
	not_ok "left after uninstall: $(echo $left)"
fi
left=$(cd "$D" && find . -type d \( -name plan -o -name plan-toolkit \))
if [ -z "$left" ]; then
	ok "no directory of ours left after uninstall"
else
	not_ok "directories left after uninstall: $(echo $left)"
fi

echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
