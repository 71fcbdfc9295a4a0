#!/bin/sh
# totals.sh BUILD - plan-report's budget figures against totals.py, which
# computes them independently (PyYAML, none of the C code): per year, in
# total and per region, with the values left out, for each repository
# below.  tests/unit/test_report.c takes its figures for examples/sumbar
# and tests/report/small from here.  A plan-report that fails, or a
# totals.py that does, fails the repository.  Ends with "N passed,
# M failed, K skipped".
B=${1:-build}
export LC_ALL=C NO_COLOR=1
unset LANGUAGE LC_MESSAGES LANG
REPOS="examples/sumbar tests/report/small tests/report/leftout
tests/diff/repo-old tests/diff/repo-new docs/sample-repository
tests/report/hostile tests/safety/repo tests/trace/repo"
if ! python3 -c 'import yaml' 2>/dev/null; then
	for d in $REPOS; do echo "SKIP $d: python3-yaml is not installed"; done
	echo "0 passed, 0 failed, $(echo $REPOS | wc -w) skipped"
	exit 0
fi
. tests/verdict.sh
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# report DIR: plan-report's budget-year and budget-region tables as
# totals.py prints its figures.
report() {
	for t in budget-year budget-region; do
		"$B/bin/plan-report" -q --no-config -f csv --table $t "$1" \
			>"$tmp/$t.csv" 2>>"$tmp/err" || return 1
	done
	python3 - "$tmp" <<'PY'
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
}

for d in $REPOS; do
	why=
	: >"$tmp/err"
	if ! python3 tests/report/totals.py "$d" >"$tmp/want" 2>"$tmp/err"; then
		why="totals.py failed: $(tail -n 1 "$tmp/err")"
	elif ! report "$d" >"$tmp/got"; then
		why="plan-report failed: $(head -n 3 "$tmp/err")"
	elif ! cmp -s "$tmp/want" "$tmp/got"; then
		why="figures differ (< totals.py, > plan-report)"
	fi
	verdict "$d" "$why" || diff "$tmp/want" "$tmp/got" | head -n 20
done
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
