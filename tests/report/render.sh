#!/bin/sh
# render.sh BUILD - render the HTML report of examples/sumbar with headless
# chromium ($CHROMIUM, else chromium on PATH: Debian's package; CI
# installs it) into a PNG and check it: it exists, is larger than 20 KB,
# is a PNG of the window's size and not a single colour.  Without
# chromium (the optional group of scripts/packages) the checks of the
# picture are skipped, saying so.  Ends with "N passed, M failed,
# K skipped".
#   UPDATE=1 also copies the picture to docs/img/report-sumbar.png.
B=${1:-build}
CHROMIUM=${CHROMIUM:-$(command -v chromium)}
export LC_ALL=C NO_COLOR=1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check() {	# check NAME COMMAND...
	name=$1; shift
	if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name"; fi
}
"$B/bin/plan-report" -q --format html -o "$tmp/report.html" examples/sumbar
check "plan-report -f html exits 0 (status $?)" test $? -eq 0
check "html written" test -s "$tmp/report.html"
if [ -z "$CHROMIUM" ] || [ ! -x "$CHROMIUM" ]; then
	for c in "png written" "png larger than 20 KB" "png of 1200x2000, not one colour"; do
		echo "SKIP $c: ${CHROMIUM:-chromium} is not installed"
	done
	echo "$pass passed, $fail failed, 3 skipped"
	[ "$fail" -eq 0 ]
	exit
fi
# chromium prints dbus noise on stderr in containers: keep it for failures
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
	--no-first-run --disable-background-networking \
	--disable-component-update --disable-sync \
	--user-data-dir="$tmp/profile" --screenshot="$tmp/report.png" \
	--window-size=1200,2000 "file://$tmp/report.html" \
	>"$tmp/chromium.log" 2>&1
check "png written" test -f "$tmp/report.png"
size=$(wc -c <"$tmp/report.png" 2>/dev/null || echo 0)
check "png larger than 20 KB ($size bytes)" test "$size" -gt 20480
check "png of 1200x2000, not one colour" python3 - "$tmp/report.png" <<'PY'
import struct, sys, zlib
d = open(sys.argv[1], "rb").read()
assert d[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat = 8, b""
while pos < len(d):
    n, t = struct.unpack(">I4s", d[pos:pos + 8])
    body = d[pos + 8:pos + 8 + n]
    pos += 12 + n
    if t == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif t == b"IDAT":
        idat += body
assert (w, h) == (1200, 2000), (w, h)
raw = zlib.decompress(idat)
# distinct filtered bytes are enough to tell a blank page: a single colour
# compresses to a handful of distinct byte values per row
sample = set(raw[i] for i in range(0, len(raw), 7))
assert len(sample) > 16, "looks blank: %d distinct bytes" % len(sample)
PY
[ "$fail" -ne 0 ] && tail -n 5 "$tmp/chromium.log"
if [ -n "$UPDATE" ] && [ "$fail" -eq 0 ]; then
	mkdir -p docs/img && cp "$tmp/report.png" docs/img/report-sumbar.png
fi
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
