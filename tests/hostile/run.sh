#!/bin/sh
# run.sh BUILD - hostile inputs for plan-validate (SPEC 2, 4, 6; STYLE 10).
#
# Every input is generated at run time in a temporary directory.  Each case
# runs BUILD/bin/plan-validate under `timeout` with a bounded address space
# and checks that it
#   - finished (no timeout) and was not killed by a signal (status < 128),
#   - left no sanitizer or valgrind report on stderr,
#   - gave the expected result: a finding of the expected rule (status 1),
#     trouble on stderr (status 2), a clean run (status 0) for inputs that
#     are valid however odd, or the same output as the plain UTF-8 plan.
# Any other status, a status of 0 or 1 without the summary line, and a
# missing binary are failures.  One line per case, then "N passed,
# M failed, K skipped".  Exit status 1 on failure.
#
# Cases marked `xfail` are known bugs (see the report beside each): they
# are printed, counted apart, and do not fail the run; when one starts
# passing it is reported as XPASS so that the mark can be removed.
#
# Environment:
#   VALGRIND=1        run the small cases under valgrind (memcheck, leaks)
#   HOSTILE_TIMEOUT   seconds per case (default 20; 120 under valgrind)
#   HOSTILE_MEM       ulimit -v in KiB (default 2 GiB; none for ASan builds
#                     and under valgrind, which need a large address space)
#   HOSTILE_ONLY      run only the cases whose name contains this text
#   VERBOSE=1         show the output of every case
B=${1:-build}
P=$(cd "$B/bin" 2>/dev/null && pwd)/plan-validate
if [ ! -x "$P" ]; then
	echo "FAIL run.sh: $B/bin/plan-validate: not built"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi
export LC_ALL=C NO_COLOR=1
unset GITHUB_ACTIONS CI PLAN_TODAY
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export ASAN_OPTIONS UBSAN_OPTIONS

WRAP=
TIME=${HOSTILE_TIMEOUT:-20}
MEM=${HOSTILE_MEM-2097152}
if [ -n "$VALGRIND" ]; then
	WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
	TIME=${HOSTILE_TIMEOUT:-120}
	MEM=
fi
if nm "$P" 2>/dev/null | grep -q __asan_init; then
	MEM=			# ASan reserves terabytes of shadow address space
fi
GNUTIME=
[ -x /usr/bin/time ] && GNUTIME=/usr/bin/time

T=$(mktemp -d "${TMPDIR:-/tmp}/hostile.XXXXXX") || exit 1
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
R=$T/run		# output of the current case
mkdir "$R" "$T/in"
cd "$T/in" || exit 1

pass=0 fail=0 xfail=0 skip=0

# --- generators -------------------------------------------------------------

# rep STRING N: STRING N times, no newline.
rep() { awk -v s="$1" -v n="$2" 'BEGIN { ORS = ""; for (i = 0; i < n; i++) print s }'; }

# A plan with one budget-sum error, and a budget-format error after
# non-ASCII text on the same line (columns count code points, SPEC 4).
cat >base.yaml <<'EOF'
# Rencana Kerja Dinas Kominfo Kota Padang 2026 — one error, one bad amount.
plan: 1
id: 13.71/renja-diskominfo/2026
kind: renja
level: kota
region: "13.71"
region_name: Kota Padang
unit: {code: "2.16.2.20.2.21.01.0000", name: Dinas Komunikasi dan Informatika}
period: {start: 2026, end: 2026}
status: draft
programs:
  - code: 2.16.03
    name: Program Aplikasi Informatika
    budget: {2026: 4_150_000_000}
    indicators:
      - name: Indeks SPBE
        unit: indeks
        targets: {2026: 3.1}
    kegiatan:
      - code: 2.16.03.2.02
        name: Pengelolaan e-government Di Lingkup Pemerintah Daerah Kabupaten/Kota
        budget: {2026: 4_250_000_000}
        sub_kegiatan:
          - {code: 2.16.03.2.02.0003, name: Pengelolaan Pusat Data Pemerintahan Daerah, budget: {2026: 2_100_000_000}}
          - {code: 2.16.03.2.02.0007, name: Pengembangan Aplikasi — «Sistem Informasi Desa», budget: {2026: 2.150.000.000}}
EOF

# A clean plan (status 0) of the same shape.
sed -e '1s/.*/# A clean renja./' -e '14s/4_150_000_000/4_250_000_000/' \
    -e 's/2\.150\.000\.000/2_150_000_000/' base.yaml >clean.yaml

# UTF-16 of a UTF-8 file: iconv, or a byte-wise fallback for ASCII text.
to_utf16() {	# to_utf16 LE|BE FILE
	if command -v iconv >/dev/null 2>&1; then
		iconv -f UTF-8 -t "UTF-16$1" "$2"
	else
		od -An -v -tx1 "$2" | tr -s ' \n' '\n\n' | grep . |
		while read -r h; do
			if [ "$1" = LE ]; then printf "\\$(printf %o 0x"$h")\\000"
			else printf "\\000\\$(printf %o 0x"$h")"; fi
		done
	fi
}

# --- running a case ----------------------------------------------------------

# pv ARGS...: plan-validate in a subshell with the limits; sets rc, ms, rss.
pv() {
	t0=$(date +%s%N)
	(
		[ -n "$MEM" ] && ulimit -v "$MEM"
		if [ -n "$GNUTIME" ]; then
			exec $GNUTIME -q -f %M -o "$R/rss" timeout -k 5 "${ctime:-$TIME}" $WRAP $AS "$P" --no-config "$@"
		else
			exec timeout -k 5 "${ctime:-$TIME}" $WRAP $AS "$P" --no-config "$@"
		fi
	) >"$R/out" 2>"$R/err" </dev/null
	rc=$?
	t1=$(date +%s%N)
	ms=$(( (t1 - t0) / 1000000 ))
	rss=
	[ -s "$R/rss" ] && rss=$(tail -n 1 "$R/rss") && rss=$((rss / 1024))
	rm -f "$R/rss"
}

# Sanitizer or valgrind reports on stderr.
report_on_stderr() {
	grep -Eq 'AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:|==[0-9]+== (Invalid|Conditional|Use of|Syscall param|Mismatched|Source and destination)|definitely lost|indirectly lost' "$R/err"
}

has_rule() { grep -q "\\[$1\\]\$" "$R/out"; }

# selected NAME SIZE: whether the case runs (HOSTILE_ONLY, VALGRIND).
selected() {
	if [ -n "$HOSTILE_ONLY" ]; then
		case $1 in *"$HOSTILE_ONLY"*) ;; *) return 1 ;; esac
	fi
	[ -z "$VALGRIND" ] || [ "$2" = small ]
}

# case NAME SIZE MARK EXPECT [WHAT] -- ARGS...
#   SIZE    small (also run under valgrind) or big
#   MARK    ok, or xfail with a reason in the case's comment
#   EXPECT  rule:NAME   status 1 and a finding of rule NAME
#           bad         status 1 or 2 (some finding or trouble)
#           trouble:RE  status 2 and stderr matching RE
#           clean       status 0, no error
#           same:FILE   same status and output as FILE (names replaced)
#           status:N    exactly status N
case_() {
	name=$1 size=$2 mark=$3 expect=$4
	shift 4
	[ "$1" = -- ] && shift
	ran=
	selected "$name" "$size" || return 0
	ran=1
	pv "$@"
	why=
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		why="timed out after ${ctime:-$TIME}s"
	elif [ "$rc" -eq 99 ] && [ -n "$VALGRIND" ]; then
		why="valgrind reported errors"
	elif [ "$rc" -ge 128 ]; then
		why="killed by signal $((rc - 128))"
	elif report_on_stderr; then
		why="sanitizer report on stderr"
	elif [ "$rc" -gt 2 ]; then
		why="exit status $rc: not one of 0, 1, 2"
	elif [ "$rc" -ne 2 ] && ! tail -n 1 "$R/out" | grep -Eq '^[0-9]+ files?, [0-9]+ elements?: '; then
		why="status $rc without the summary line"
	else
		case $expect in
		rule:*)
			r=${expect#rule:}
			[ "$rc" -eq 1 ] || why="status $rc, expected 1"
			has_rule "$r" || why="${why:+$why; }no [$r] finding" ;;
		bad)
			[ "$rc" -eq 1 ] || [ "$rc" -eq 2 ] || why="status $rc, expected 1 or 2" ;;
		trouble:*)
			[ "$rc" -eq 2 ] || why="status $rc, expected 2"
			grep -Eq "${expect#trouble:}" "$R/err" ||
				why="${why:+$why; }stderr lacks /${expect#trouble:}/" ;;
		clean)
			[ "$rc" -eq 0 ] || why="status $rc, expected 0" ;;
		status:*)
			[ "$rc" -eq "${expect#status:}" ] || why="status $rc, expected ${expect#status:}" ;;
		same:*)
			ref=${expect#same:}
			cp "$R/out" "$R/got"; crc=$rc
			pv "$ref"
			sed "s|^$ref:|$1:|" "$R/out" >"$R/want"
			[ "$crc" -eq "$rc" ] || why="status $crc, $ref gives $rc"
			cmp -s "$R/got" "$R/want" || why="${why:+$why; }output differs from $ref's"
			cp "$R/got" "$R/out"; rc=$crc ;;
		esac
	fi
	what="status $rc, ${ms} ms${rss:+, ${rss} MiB}"
	if [ -z "$why" ]; then
		if [ "$mark" = xfail ]; then
			echo "XPASS $name ($what): a known bug no longer shows; drop the xfail mark"
		else
			echo "ok    $name ($what)"
		fi
		pass=$((pass + 1))
	elif [ "$mark" = xfail ]; then
		echo "xfail $name: $why (known bug)"
		xfail=$((xfail + 1))
	else
		echo "FAIL  $name: $why ($what)"
		head -n 8 "$R/out" | sed 's/^/      out: /'
		head -n 8 "$R/err" | sed 's/^/      err: /'
		fail=$((fail + 1))
	fi
	if [ -n "$VERBOSE" ]; then
		head -n 12 "$R/out" | sed 's/^/      | /'
		head -n 12 "$R/err" | sed 's/^/      ! /'
	fi
	ctime=
}

# --- the cases ---------------------------------------------------------------
# (the inputs of big cases are made only when the case is selected)

case_ reference-plan small ok rule:budget-sum -- base.yaml
case_ reference-clean small ok clean -- clean.yaml

# Empty and nearly empty files named on the command line are not plans.
: >empty.yaml
case_ empty-file small ok rule:not-a-plan -- empty.yaml
printf '   \n\n      \n' >blank.yaml
case_ whitespace-only small ok rule:not-a-plan -- blank.yaml
printf '# plan: 1\n' >comment.yaml
case_ comment-only small ok rule:not-a-plan -- comment.yaml
printf -- '---\n...\n' >nulldoc.yaml
case_ empty-document small ok rule:not-a-plan -- nulldoc.yaml

# Bytes 0-255, and a plan with a byte that is not UTF-8.
i=0
while [ $i -lt 256 ]; do printf "\\$(printf %o $i)"; i=$((i + 1)); done >binary.yaml
case_ binary-garbage small ok rule:yaml-syntax -- binary.yaml
head -c 65536 /dev/urandom 2>/dev/null >random.yaml || cp binary.yaml random.yaml
case_ random-bytes small ok rule:yaml-syntax -- random.yaml
# name21 BYTES: base.yaml with the kegiatan name of line 21 written as
# BYTES (a printf format, so that octal escapes give raw bytes).
name21() { sed -n "1,20p" base.yaml; printf "        name: $1\n"; sed -n "22,\$p" base.yaml; }
# NAME|BYTES|EXPECT: the kegiatan name written as BYTES.
while IFS='|' read -r name bytes expect; do
	name21 "$bytes" >"$name.yaml"
	case_ "$name" small ok "$expect" -- "$name.yaml"
done <<'NAMES'
invalid-utf8|Peng\377elolaan e-government|rule:yaml-syntax
overlong-utf8|Peng\300\257elolaan|rule:yaml-syntax
utf8-surrogate|Peng\355\240\200elolaan|rule:yaml-syntax
utf8-truncated-sequence|Peng\342\202elolaan|rule:yaml-syntax
nul-byte|Peng\000elolaan|rule:yaml-syntax
terminal-escape|Peng\033[31melolaan|rule:yaml-syntax
unicode-name-clean-utf8|Pengelolaan \303\251\360\237\217\233 Daerah|same:base.yaml
NAMES

# Encodings SPEC 2 accepts: the same findings as the UTF-8 plan.
{ printf '\377\376'; to_utf16 LE base.yaml; } >utf16le.yaml
case_ utf16le-bom small ok same:base.yaml -- utf16le.yaml
{ printf '\376\377'; to_utf16 BE base.yaml; } >utf16be.yaml
case_ utf16be-bom small ok same:base.yaml -- utf16be.yaml
{ printf '\377\376'; to_utf16 LE clean.yaml; } >utf16le-clean.yaml
case_ utf16le-bom-clean small ok clean -- utf16le-clean.yaml
to_utf16 LE base.yaml >utf16-nobom.yaml
case_ utf16le-no-bom small ok rule:yaml-syntax -- utf16-nobom.yaml
to_utf16 BE base.yaml >utf16be-nobom.yaml
case_ utf16be-no-bom small ok rule:yaml-syntax -- utf16be-nobom.yaml
{ printf '\357\273\277'; sed 's/$/\r/' base.yaml; } >bom-crlf.yaml
case_ utf8-bom-crlf small ok same:base.yaml -- bom-crlf.yaml
{ printf '\357\273\277'; sed 's/$/\r/' clean.yaml; } >bom-crlf-clean.yaml
case_ utf8-bom-crlf-clean small ok clean -- bom-crlf-clean.yaml
sed 's/$/\r/' base.yaml | tr -d '\n' >cr-only.yaml
case_ cr-only-line-ends small ok same:base.yaml -- cr-only.yaml

# Tabs where YAML forbids them.
sed 's/^    kegiatan:/\tkegiatan:/' base.yaml >tabs.yaml
case_ tab-indentation small ok rule:yaml-syntax -- tabs.yaml
sed 's/^  - code: 2.16.03$/\t- code: 2.16.03/' base.yaml >tabs2.yaml
case_ tab-before-dash small ok rule:yaml-syntax -- tabs2.yaml

# Anchors and aliases: the billion laughs, and an alias to itself.
{
	echo 'plan: 1'
	echo 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
	prev=a
	for l in b c d e f g h i j; do
		printf 'x-%s: &%s [' $l $l
		rep "*$prev," 9
		echo "*$prev]"
		prev=$l
	done
	echo 'programs: *j'
} >bomb.yaml
case_ alias-bomb small ok rule:yaml-alias -- bomb.yaml
printf 'plan: 1\nx-loop: &a [*a]\n' >selfalias.yaml
case_ alias-to-itself small ok rule:yaml-alias -- selfalias.yaml
printf 'plan: 1\nx-undef: *nope\n' >undefalias.yaml
case_ alias-undefined small ok rule:yaml-alias -- undefalias.yaml
printf 'plan: 1\nx-m: &m {a: 1}\nx-n: {<<: *m, b: 2}\n' >merge.yaml
case_ merge-key small ok rule:yaml-alias -- merge.yaml

# Nesting: 100,000 deep, flow and block; exactly at and just past 64.
{ echo 'plan: 1'; printf 'x-deep: '; rep '[' 100000; echo; } >flow-seq.yaml
case_ flow-seq-100k small ok rule:yaml-depth -- flow-seq.yaml
{ echo 'plan: 1'; printf 'x-deep: '; rep '{a: ' 100000; echo; } >flow-map.yaml
case_ flow-map-100k small ok rule:yaml-depth -- flow-map.yaml
{ echo 'plan: 1'; printf 'x-deep: '; rep '[' 100000; rep ']' 100000; echo; } >flow-closed.yaml
case_ flow-seq-100k-closed small ok rule:yaml-depth -- flow-closed.yaml
{ echo 'plan: 1'; printf 'x-deep:\n  '; rep '- ' 100000; echo x; } >block-seq.yaml
case_ block-seq-100k small ok rule:yaml-depth -- block-seq.yaml
selected block-map-3000 big &&
	awk 'BEGIN { print "plan: 1"; for (i = 1; i <= 3000; i++) { printf "%*sa%d:\n", i - 1, "", i } }' >block-map.yaml
case_ block-map-3000 big ok rule:yaml-depth -- block-map.yaml
{ cat clean.yaml; printf 'x-deep: '; rep '[' 63; rep ']' 63; echo; } >depth64.yaml
case_ depth-64-allowed small ok clean -- depth64.yaml
{ cat clean.yaml; printf 'x-deep: '; rep '[' 64; rep ']' 64; echo; } >depth65.yaml
case_ depth-65-rejected small ok rule:yaml-depth -- depth65.yaml
case_ max-depth-5 small ok rule:yaml-depth -- --max-depth 5 clean.yaml

# Size: a 5 MB line, a 5 MB scalar, 10 MB of keys; limits made small.
selected line-5mb big &&
	{ cat clean.yaml; printf 'x-line: ['; rep 'ab, ' 1250000; echo 'z]'; } >line5m.yaml
case_ line-5mb big ok clean -- line5m.yaml
selected scalar-5mb big &&
	{ cat clean.yaml; printf 'visi: '; rep aaaaaaaaaa 500000; echo; } >scalar5m.yaml
case_ scalar-5mb big ok clean -- scalar5m.yaml
selected escapes-5mb big &&
	{ cat clean.yaml; printf 'visi: "'; rep 'a\\u00e9 ' 700000; echo '"'; } >escapes.yaml
case_ escapes-5mb big ok clean -- escapes.yaml
selected keys-10mb big &&
	{ cat clean.yaml; echo 'x-keys:'; awk 'BEGIN { for (i = 0; i < 700000; i++) printf "  k%07d: 1\n", i }'; } >keys10m.yaml
case_ keys-10mb big ok clean -- keys10m.yaml
{ cat clean.yaml; echo 'x-keys:'; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "  k%07d: 1\n", i; print "  k0000000: 2" }'; } >dupkey.yaml
case_ duplicate-key-after-100k small ok rule:duplicate-key -- dupkey.yaml
line=$(($(wc -l <clean.yaml) + 100002))
if [ -n "$ran" ] && { [ "$rc" -ne 1 ] ||
	! grep -q "^dupkey.yaml:$line:3: error: duplicate key" "$R/out"; }; then
	echo "FAIL  duplicate-key-position: expected dupkey.yaml:$line:3"
	fail=$((fail + 1))
fi
# YAML 1.2 (7.4, 8.2.2) limits an implicit key to 1024 characters.
{ cat clean.yaml; printf 'x-'; rep k 1022; echo ': 1'; } >key1024.yaml
case_ implicit-key-1024 small ok clean -- key1024.yaml
{ cat clean.yaml; printf 'x-'; rep k 1000000; echo ': 1'; } >longkey.yaml
case_ implicit-key-1mb small ok rule:yaml-syntax -- longkey.yaml
selected explicit-key-1mb big &&
	{ cat clean.yaml; printf '? x-'; rep k 1000000; printf '\n: 1\n'; } >explicitkey.yaml
case_ explicit-key-1mb big ok clean -- explicitkey.yaml
selected nodes-2m-not-a-plan big &&
	{ echo 'plan: 1'; echo 'x-many:'; awk 'BEGIN { for (i = 0; i < 500000; i++) print "  - [a, {b: c}]" }'; } >manynodes.yaml
case_ nodes-2m-not-a-plan big ok rule:schema -- manynodes.yaml
{ cat clean.yaml; printf 'x-big: "'; head -c 2048 /dev/zero | tr '\0' y; echo '"'; } >scalar2k.yaml
case_ max-scalar-1k small ok rule:limit -- --max-scalar 1K scalar2k.yaml
{ cat clean.yaml; printf '# '; head -c 2048 /dev/zero | tr '\0' y; echo; } >file3k.yaml
case_ max-file-1k small ok rule:limit -- --max-file 1K file3k.yaml
if [ -n "$ran" ] && ! grep -q '^file3k.yaml:1:1: ' "$R/out"; then
	echo "FAIL  max-file-1k-position: expected file3k.yaml:1:1"
	fail=$((fail + 1))
fi
# Over the default 16 MiB scalar limit (no --max-scalar).
selected scalar-17mb-default-limit big &&
	{ cat clean.yaml; printf 'visi: '; rep aaaaaaaaaaaaaaaa 1100000; echo; } >scalar17m.yaml
case_ scalar-17mb-default-limit big ok rule:limit -- scalar17m.yaml

# Many findings: 20,000 programs, each with an amount written with dots.
selected findings-20k big && {
	sed -n '2,10p' clean.yaml | sed 's/renja/rkpd/; s/^unit:.*//'
	echo 'programs:'
	awk 'BEGIN { for (i = 0; i < 20000; i++) printf "  - {code: 2.16.%02d, name: P%d, unit: \"2.16.2.20.2.21.01.0000\", budget: {2026: 1.000.%03d}}\n", i % 100, i, i % 1000 }'
} | sed 's/^id: .*/id: 13.71\/rkpd\/2026/; s/^kind: .*/kind: rkpd/' >findings.yaml
case_ findings-20k big ok rule:budget-format -- findings.yaml

# Money past 64 bits, at the limit, and sums that would overflow.
sed '14s/4_150_000_000/99999999999999999999/' base.yaml >bigint.yaml
case_ budget-past-64-bits small ok rule:budget-format -- bigint.yaml
sed '14s/4_150_000_000/9223372036854775808/' base.yaml >bigint1.yaml
case_ budget-2-to-63 small ok rule:budget-format -- bigint1.yaml
sed '14s/4_150_000_000/-9223372036854775809/' base.yaml >bigneg.yaml
case_ budget-negative-64-bits small ok rule:budget-format -- bigneg.yaml
sed -e '14s/4_150_000_000/1/' -e '22s/4_250_000_000/1/' \
    -e '24s/2_100_000_000/9223372036854775807/' \
    -e 's/2\.150\.000\.000/9_223_372_036_854_775_807/' base.yaml >overflow.yaml
case_ budget-sum-overflow small ok rule:budget-sum -- overflow.yaml
sed -e '14s/4_150_000_000/9223372036854775807/' -e '22s/4_250_000_000/9223372036854775807/' \
    -e '24s/2_100_000_000/9223372036854775807/' -e 's/2\.150\.000\.000/0/' base.yaml >maxbudget.yaml
case_ budget-int64-max small ok clean -- maxbudget.yaml
sed '14s/4_150_000_000/1e400/' base.yaml >bigfloat.yaml
case_ budget-1e400 small ok rule:budget-format -- bigfloat.yaml
sed '18s/3.1/1'"$(rep 0 400)"'.5/' clean.yaml >bigtarget.yaml
case_ target-400-digits small ok clean -- bigtarget.yaml
sed 's/^period: .*/period: {start: 99999999999999999999, end: 99999999999999999999}/' clean.yaml >bigyear.yaml
case_ period-year-past-64-bits small ok bad -- bigyear.yaml

# Dates that do not exist.  SPEC 4 puts schedule at a bad `adopted`
# date; a date that cannot exist is the value's form, reported by the
# tool as schema (lib/check/check_doc.c), which fits "one bad value, one finding".
sed 's/^status: draft/status: final\nadopted: 2026-02-30/' clean.yaml >feb30.yaml
case_ adopted-2026-02-30 small ok rule:schema -- feb30.yaml
sed 's/^status: draft/status: final\nadopted: 2025-02-29/' clean.yaml >feb29.yaml
case_ adopted-2025-02-29 small ok rule:schema -- feb29.yaml
sed 's/^status: draft/status: final\nadopted: 2024-02-29/' clean.yaml >leap.yaml
case_ adopted-2024-02-29-leap small ok clean -- leap.yaml
# A month 13 is the schema pattern's finding alone: one bad value, one
# finding (check_doc.c only reports days the month does not have).
sed 's/^status: draft/status: final\nadopted: 2025-13-01/' clean.yaml >month13.yaml
n=-1
if selected adopted-2025-13-01 small; then
	pv month13.yaml
	n=$(grep -c '\[schema\]$' "$R/out")
fi
if [ "$n" -lt 0 ]; then
	:
elif [ "$rc" -eq 1 ] && [ "$n" -eq 1 ]; then
	echo "ok    adopted-2025-13-01-one-finding"; pass=$((pass + 1))
else
	echo "FAIL  adopted-2025-13-01-one-finding: status $rc, $n schema findings"; fail=$((fail + 1))
fi

# Multi-document files, non-scalar and odd keys.
{ cat clean.yaml; echo '---'; echo 'plan: 1'; } >twodocs.yaml
case_ second-document small ok rule:schema -- twodocs.yaml
{ cat clean.yaml; echo '? [a, b]'; echo ': 1'; } >complexkey.yaml
case_ complex-key small ok bad -- complexkey.yaml
{ cat clean.yaml; printf '"x-a\\0b": 1\n'; } >nulkey.yaml
case_ nul-in-key small ok bad -- nulkey.yaml
printf 'plan: 1\nid: [' >truncated.yaml
case_ truncated small ok rule:yaml-syntax -- truncated.yaml
printf '%%YAML 2.0\n---\nplan: 1\n' >yaml20.yaml
case_ yaml-2.0-directive small ok rule:yaml-syntax -- yaml20.yaml
printf 'plan: 1\nid: !!binary aGVsbG8=\nx-t: !custom {a: 1}\n' >tags.yaml
case_ tags small ok bad -- tags.yaml
printf -- '- plan: 1\n' >toplist.yaml
case_ top-level-sequence small ok rule:not-a-plan -- toplist.yaml
printf 'just a scalar\n' >topscalar.yaml
case_ top-level-scalar small ok rule:not-a-plan -- topscalar.yaml

# The file system: a directory named x.yaml, a symlink loop, a dangling
# link, an unreadable file, a FIFO, 10,000 files.
mkdir -p dirrepo/x.yaml
cp base.yaml dirrepo/x.yaml/plan.yaml
case_ directory-named-yaml small ok rule:budget-sum -- dirrepo
case_ directory-named-yaml-direct small ok rule:budget-sum -- dirrepo/x.yaml
mkdir -p loop/dir
cp base.yaml loop/dir/p.yaml
ln -s .. loop/dir/up
ln -s . loop/self
case_ symlink-loop small ok rule:budget-sum -- loop
n=$(grep -c '\[budget-sum\]$' "$R/out" 2>/dev/null)
if [ -n "$ran" ] && [ "$n" -ne 1 ]; then
	echo "FAIL  symlink-loop-once: $n budget-sum findings, expected 1"; fail=$((fail + 1))
fi
case_ symlink-loop-named small ok rule:budget-sum -- loop/dir/up
mkdir -p dangling
cp clean.yaml dangling/
ln -s nowhere.yaml dangling/gone.yaml
# A dangling link to a YAML name is a file that cannot be read: trouble
# on stderr, exit 2 (SPEC 6), in a walk as when named.
case_ dangling-symlink-walked small ok trouble:gone.yaml -- dangling
case_ dangling-symlink-named small ok trouble:'nowhere|gone.yaml' -- dangling/gone.yaml
mkdir -p unreadable
cp clean.yaml unreadable/
cp base.yaml unreadable/secret.yaml
chmod 000 unreadable/secret.yaml
# Root reads a mode-000 file: as root, these cases run as nobody
# (setpriv, util-linux), on a copy of the binary that nobody can reach.
AS=
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null 2>&1 &&
	   cp "$P" "$T/plan-validate" && chmod 755 "$T" "$T/in" "$R"; then
		AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
		P0=$P P=$T/plan-validate
	elif selected unreadable-file small; then
		echo "SKIP unreadable-file: running as root, without setpriv to run as nobody"
		skip=$((skip + 1))
	fi
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$AS" ]; then
	case_ unreadable-file-walked small ok trouble:'secret.yaml: Permission denied' -- unreadable
	case_ unreadable-file-named small ok trouble:'secret.yaml: Permission denied' -- unreadable/secret.yaml
	mkdir -p closed/inner
	cp clean.yaml closed/inner/
	chmod 000 closed/inner
	case_ unreadable-directory small ok trouble:'inner: Permission denied' -- closed
	chmod 755 closed/inner
fi
if [ -n "$AS" ]; then
	AS= P=$P0
	chmod 700 "$T"
fi
chmod 644 unreadable/secret.yaml
# A FIFO called *.yaml must not block the run: a walk skips anything that
# is not a regular file, and one named is trouble.  3 s are enough to tell.
if mkfifo fifo.yaml 2>/dev/null; then
	ctime=3
	case_ fifo-named small ok bad -- fifo.yaml
	mkdir -p fifodir
	cp clean.yaml fifodir/
	mv fifo.yaml fifodir/
	ctime=3
	case_ fifo-walked small ok status:0 -- fifodir
fi
case_ dev-null-named small ok bad -- /dev/null

# many DIR SAME: 10,000 copies of clean.yaml in DIR, with ids of their own
# unless SAME is 1.
many() {
	mkdir "$1"
	awk -v dir="$1" -v same="$2" '
	BEGIN {
		while ((getline l < "clean.yaml") > 0) t = t l "\n"
		for (i = 0; i < 10000; i++) {
			f = sprintf("%s/p%05d.yaml", dir, i)
			s = t
			if (!same) sub(/renja-diskominfo/, sprintf("renja-u%05d", i), s)
			printf "%s", s > f
			close(f)
		}
	}'
}
if selected files-10000 big; then
	many many 0
	case_ files-10000 big ok clean -- many
	case_ files-10000-one-job big ok clean -- -j 1 many
	many same 1
	case_ files-10000-same-id big ok rule:duplicate-document -- same
fi
# Directories: 60 levels are walked, 200 are trouble (lib/base/walk.c stops
# at 64 rather than recurse without bound).
mkdir deepdirs deeperdirs
d=deepdirs
i=0
while [ $i -lt 60 ]; do d=$d/d; i=$((i + 1)); done
mkdir -p "$d" && cp clean.yaml "$d/"
case_ directories-60-deep small ok clean -- deepdirs
d=deeperdirs
i=0
while [ $i -lt 200 ]; do d=$d/d; i=$((i + 1)); done
mkdir -p "$d" && cp clean.yaml "$d/"
case_ directories-200-deep small ok trouble:'nested too deeply' -- deeperdirs

more=
[ "$xfail" -gt 0 ] && more=", $xfail known bugs (xfail)"
echo "$pass passed, $fail failed, $skip skipped$more"
[ "$fail" -eq 0 ]
