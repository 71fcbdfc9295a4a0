#!/bin/sh
# run.sh BUILD - the Indonesian catalogue (po/id.po): well-formed with
# matching printf conversions (msgfmt --check), nothing untranslated or
# fuzzy, the template up to date with the sources, the compiled table
# sorted, and the tools speaking Indonesian through it.  The golden
# outputs are tests/cli/cases/i18n-*.  Needs gettext.
B=${1:-build}
export LC_ALL=C NO_COLOR=1
unset LANGUAGE LC_MESSAGES LANG GITHUB_ACTIONS CI
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -s "$tmp/why" ] && head -n 20 "$tmp/why"; }
check() {
	name=$1; shift
	if "$@" >"$tmp/why" 2>&1; then ok; else bad "$name"; fi
}

if ! command -v msgfmt >/dev/null 2>&1; then
	echo "FAIL gettext is not installed (make setup)"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi

check "msgfmt --check po/id.po" msgfmt --check -o /dev/null po/id.po

none_left() {
	msgattrib "$@" po/id.po >"$tmp/left" || return 1
	if grep -q '^msgid' "$tmp/left"; then cat "$tmp/left"; return 1; fi
}
check "no untranslated entries" none_left --untranslated --no-obsolete
check "no fuzzy entries" none_left --only-fuzzy --no-obsolete
check "no obsolete entries" none_left --only-obsolete

# The msgids of a PO or POT file, one per line, sorted.
msgids() {
	msgcat --no-wrap --sort-output "$1" |
		awk '/^#~/ { next }
		     /^msgid / { s = $0; sub(/^msgid /, "", s); id = s; more = 1; next }
		     /^"/ && more { id = id $0; next }
		     { if (more && id != "\"\"") print id; more = 0 }
		     END { if (more && id != "\"\"") print id }' | sort -u
}

pot_fresh() {
	mkdir -p "$tmp/gen"
	sed -n 's/^ *x-hint: *\("[^"]*"\) *$/N_(\1)/p' schemas/*.yaml \
		>"$tmp/gen/schema_hints.c"
	xgettext --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=W:2 --keyword=plan_trn:1,2 \
		--from-code=UTF-8 -o "$tmp/now.pot" lib/*/*.c cmd/*.c \
		"$tmp/gen/schema_hints.c" || return 1
	msgids "$tmp/now.pot" >"$tmp/now.ids"
	msgids po/plan-toolkit.pot >"$tmp/pot.ids"
	msgids po/id.po >"$tmp/po.ids"
	diff "$tmp/pot.ids" "$tmp/now.ids" || { echo "(run make po)"; return 1; }
	diff "$tmp/po.ids" "$tmp/now.ids" || { echo "(run make po)"; return 1; }
}
check "po/plan-toolkit.pot and po/id.po are up to date with the sources" pot_fresh

# One glossary (po/GLOSSARY.md): no translation uses a word it forbids,
# and the check does catch one.
check "po/id.po keeps to po/GLOSSARY.md" sh tests/i18n/glossary.sh po/id.po po/GLOSSARY.md
glossary_catches() {
	cat >"$tmp/g.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "errors"
msgstr "galat"

# glossary: budget
msgid "--only takes budget"
msgstr "--only menerima budget; anggaran-nya `anggaran`"
PO
	sh tests/i18n/glossary.sh "$tmp/g.po" po/GLOSSARY.md >"$tmp/g.out"
	[ $? -ne 0 ] || return 1
	grep -q '"galat" in the translation of "errors"' "$tmp/g.out" &&
		grep -q '"anggaran" in the translation of "--only' "$tmp/g.out" &&
		! grep -q '"budget"' "$tmp/g.out" || { cat "$tmp/g.out"; return 1; }
}
check "the glossary check catches a forbidden word" glossary_catches

# po2c.awk keeps every translation and sorts by bytes.
table() {
	LC_ALL=C awk -v name=t -f scripts/po2c.awk po/id.po >"$tmp/cat.c" || return 1
	n=$(grep -c '^	{"' "$tmp/cat.c")
	m=$(msgattrib --translated --no-fuzzy --no-obsolete po/id.po |
		grep -c '^msgid ')
	# m counts the header too
	[ "$n" -eq $((m - 1)) ] || { echo "table has $n entries, po $((m - 1))"; return 1; }
}
check "scripts/po2c.awk keeps every entry" table

# po2c.awk keys a msgctxt entry as gettext does (context, byte 4, msgid),
# skips a fuzzy one, and sorts msgids split over lines by their text; the
# build's order check passes on what it writes and fails on a table out
# of order.
CC=${CC:-cc}
ctx_table() {
	cat >"$tmp/t.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgctxt "report"
msgid "errors"
msgstr "galat"

msgid "errors"
msgstr "kesalahan"

#, fuzzy
msgctxt "x"
msgid "half done"
msgstr "setengah"

msgid ""
"abc"
"#"
msgstr "A"

msgid "abc\""
msgstr "B"
PO
	LC_ALL=C awk -v name=plan_catalog_id -f scripts/po2c.awk "$tmp/t.po" \
		>"$tmp/t.c" || return 1
	grep -qF '{"report" "\004" "errors" ,' "$tmp/t.c" || { cat "$tmp/t.c"; return 1; }
	grep -qF '{"errors" ,' "$tmp/t.c" || { cat "$tmp/t.c"; return 1; }
	! grep -q 'setengah' "$tmp/t.c" || { cat "$tmp/t.c"; return 1; }
	[ "$(grep -c '^	{"' "$tmp/t.c")" -eq 4 ] || { cat "$tmp/t.c"; return 1; }
	$CC -Ilib -o "$tmp/check" scripts/catalog-check.c "$tmp/t.c" &&
		"$tmp/check"
}
check "scripts/po2c.awk: msgctxt, split msgids, the order check" ctx_table
unsorted_fails() {
	cat >"$tmp/u.c" <<'C'
#include "base/i18n.h"
const struct plan_tr_entry plan_catalog_id[] = {
	{"b", "B"}, {"a", "A"}, {0, 0}
};
const size_t plan_catalog_id_count = 2;
C
	$CC -Ilib -o "$tmp/check" scripts/catalog-check.c "$tmp/u.c" || return 1
	! "$tmp/check"
}
check "scripts/catalog-check.c fails on a table out of order" unsorted_fails

# The tools: the language switch.
speaks() {
	want=$1; shift
	"$@" >"$tmp/out" 2>&1
	grep -q -- "$want" "$tmp/out" || { cat "$tmp/out"; return 1; }
}
V="$B/bin/plan-validate"
F=examples/broken/budget-sum.yaml
check "English by default" speaks "1 file, 5 elements: 1 error" "$V" "$F"
check "LANGUAGE=id" speaks "1 berkas, 5 elemen: 1 kesalahan" env LANGUAGE=id "$V" "$F"
check "LANGUAGE=id in the C locale" speaks "Rp4.150.000.000" env LC_ALL=C LANGUAGE=id "$V" "$F"
check "LANG=id_ID.UTF-8" speaks "saran: " env -u LC_ALL LANG=id_ID.UTF-8 "$V" "$F"
check "LC_MESSAGES=id_ID" speaks "saran: " env -u LC_ALL LC_MESSAGES=id_ID "$V" "$F"
check "LC_ALL=C over LANG" speaks "hint: " env LC_ALL=C LANG=id_ID.UTF-8 "$V" "$F"
check "LANGUAGE list, first we have" speaks "saran: " env LANGUAGE=fr_FR:id:en "$V" "$F"
check "LANGUAGE list, English first" speaks "hint: " env LANGUAGE=en_US:id "$V" "$F"
check "LANGUAGE without ours falls through" speaks "saran: " env -u LC_ALL LANGUAGE=fr LANG=id_ID "$V" "$F"
check "severity stays English" speaks ": error: pagu " env LANGUAGE=id "$V" "$F"
check "rule name stays English" speaks "\[budget-sum\]" env LANGUAGE=id "$V" "$F"
check "json keeps its keys" speaks '"severity": "error"' env LANGUAGE=id "$V" -f json "$F"
check "plan-trace speaks Indonesian" speaks "elemen tanpa tautan supports" \
	env LANGUAGE=id "$B/bin/plan-trace" --orphans examples/sumbar
check "plan-diff speaks Indonesian" speaks "Tidak ada perbedaan" \
	env LANGUAGE=id "$B/bin/plan-diff" -f markdown "$F" "$F"
check "plan-report follows the language" speaks "Laporan perencanaan" \
	env LANGUAGE=id "$B/bin/plan-report" --table budget-year examples/sumbar
check "plan-report --lang en overrides" speaks "Plan report" \
	env LANGUAGE=id "$B/bin/plan-report" --lang en --table budget-year examples/sumbar

# Figures one way per language (SPEC 6): the report's HTML writes 3,90
# beside 23.700.000.000 in Indonesian, 3.90 beside 23,700,000,000 in
# English; its CSV never localises.
N=tests/cli/fixtures/report-numbers
R="$B/bin/plan-report"
check "plan-report html: a decimal in Indonesian" speaks '<td class="num">3,90</td>' "$R" --lang id -f html "$N"
check "plan-report html: money in Indonesian" speaks '<td class="num">23.700.000.000</td>' "$R" --lang id -f html "$N"
check "plan-report html: a decimal in English" speaks '<td class="num">3.90</td>' "$R" --lang en -f html "$N"
check "plan-report csv: never localised" speaks '"3.90","3.51","90.0"' "$R" --lang id -f csv --table indicators "$N"

echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
