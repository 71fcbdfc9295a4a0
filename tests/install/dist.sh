#!/bin/sh
# dist.sh BUILD - make dist makes plan-toolkit-VERSION.tar.gz of the files
# git tracks at HEAD, under plan-toolkit-VERSION/; unpacked anywhere, it
# builds on its own (make all) and the build runs.  Ends with
# "N passed, M failed, 0 skipped".
B=${1:-build}
export LC_ALL=C
. "$(dirname "$0")/lib.sh"

if ! git rev-parse --verify -q HEAD >/dev/null 2>&1; then
	echo "not a git work tree: make dist needs git"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi
V=$(sed -n 's/^VERSION *= *//p' Makefile)
D=plan-toolkit-$V
# The tarball goes to its own build tree, not the suite's.
check "make dist" make --no-print-directory -s B="$T/b" dist
tgz=$T/b/$D.tar.gz
check "$D.tar.gz made" test -s "$tgz"
tar -tzf "$tgz" >"$T/list" 2>/dev/null
check "everything is under $D/" sh -c "! grep -v '^$D/' '$T/list'"
git ls-tree -r --name-only HEAD | sed "s|^|$D/|" | sort >"$T/tracked"
grep -v '/$' "$T/list" | sort >"$T/files"
check "it holds exactly the tracked files" cmp "$T/tracked" "$T/files"
mkdir "$T/x"
tar -xzf "$tgz" -C "$T/x"
check "unpacked, it builds on its own (make all)" \
	make --no-print-directory -s -C "$T/x/$D" all
check "its plan-validate runs on its examples" \
	sh -c "cd '$T/x/$D' && build/bin/plan-validate -q examples/sumbar"
check "its plan-validate --version is $V" \
	sh -c "'$T/x/$D/build/bin/plan-validate' --version | grep -qx 'plan-validate $V'"

finish
