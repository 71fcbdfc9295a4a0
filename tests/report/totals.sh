#!/bin/sh
# totals.sh BUILD - plan-report's budget figures against totals.py, which
# computes them independently (PyYAML): per year, in total and per
# region, with the values left out, for each repository below.  Ends with
# "N passed, M failed".
B=${1:-build}
export LC_ALL=C
if ! python3 -c 'import yaml' 2>/dev/null; then
	echo "totals: skipped (python3-yaml is not installed)"
	echo "0 passed, 0 failed"
	exit 0
fi
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for d in examples/sumbar tests/report/small tests/report/leftout; do
	python3 tests/report/totals.py "$d" >"$tmp/want"
	for t in budget-year budget-region; do
		"$B/bin/plan-report" -q -f csv --table $t "$d" >"$tmp/$t.csv"
	done
	python3 - "$tmp" >"$tmp/got" <<'PY'
import csv, sys
d = sys.argv[1]
def rows(name):
    return list(csv.reader(open("%s/%s.csv" % (d, name), encoding="utf-8")))
def figure(row, head, col):
    v = row[head.index(col)]
    k = "%s (left out)" % col
    n = row[head.index(k)] if k in head else ""
    return "%s (%s left out)" % (v, n) if n else v
t = rows("budget-year")
head, body = t[0], t[1:]
for r in body[:-1]:
    print(r[0], figure(r, head, head[1]))
print("total", figure(body[-1], head, head[1]))
t = rows("budget-region")
head, body = t[0], t[1:]
for r in body[:-1]:
    print("region", r[0] or "-", figure(r, head, "total"))
PY
	if cmp -s "$tmp/want" "$tmp/got"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $d"
		diff "$tmp/want" "$tmp/got" | head -n 20
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
