#!/bin/sh
# replay.sh BUILD - the fuzz targets without libFuzzer, for make check:
# each fuzz/fuzz_*.c is linked with fuzz/replay.c and BUILD/libplan.a by
# the ordinary compiler (with the sanitizers when BUILD's library has
# them, as under make asan), then run on fuzz/regressions/NAME/ (every
# crash the fuzzers found, kept fixed) and on the seed corpus built from
# the fixtures.  One line per target, then "N passed, M failed, 0 skipped".
B=${1:-build}
export LC_ALL=C
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS
lib=$B/libplan.a
if [ ! -f "$lib" ]; then
	echo "FAIL replay.sh: $lib: not built"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi
cc=${CC:-cc} san=
if nm "$lib" 2>/dev/null | grep -q __asan_; then
	cc=clang
	san="-fsanitize=address,undefined -fno-sanitize-recover=all"
fi
libs="$(pkg-config --libs yaml-0.1 2>/dev/null || echo -lyaml) -lcsv -lpthread"
out=$B/fuzz-replay
mkdir -p "$out"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/replay.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for src in fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	bin=$out/$name
	# shellcheck disable=SC2086
	if ! $cc -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 -g \
	    $san -Ilib -I"$B/gen" -o "$bin" "$src" fuzz/replay.c "$lib" $libs \
	    >"$tmp/log" 2>&1; then
		cat "$tmp/log"
		echo "not ok $name: does not build"
		fail=$((fail + 1))
		continue
	fi
	sh fuzz/corpus-seed "$name" "$tmp/$name" >/dev/null 2>&1
	set -- "$tmp/$name"
	[ -d "fuzz/regressions/$name" ] && set -- "fuzz/regressions/$name" "$@"
	if "$bin" "$@" >"$tmp/log" 2>&1; then
		echo "ok $name: $(tail -n 1 "$tmp/log" | sed 's/^replay: //')"
		pass=$((pass + 1))
	else
		tail -n 30 "$tmp/log"
		echo "not ok $name: crashed (status $?)"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
