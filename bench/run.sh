#!/bin/bash
# bench/run.sh [BUILD] - what `make bench` runs: the tools against a bare
# libyaml scan of the same files (the floor), and against a generic peer.
#
#   BUILD                  build tree with bin/ (default build)
#   BENCH_SCOPE=all|PREFIX the "national" repository (default all: ~94,700
#                          documents, 777 MB on disk); e.g. 13 for a quick run
#   BENCH_PEER_SCOPE=P     the province subset for the peers (default 35,
#                          Jawa Timur; with BENCH_SCOPE other than all, the
#                          same scope)
#   BENCH_RUNS=3           runs of each measurement on the national input
#   BENCH_RUNS_SMALL=5     runs on the subset (the C tools)
#   BENCH_RUNS_PEER=3      runs of the peers (one Python run is a minute)
#   BENCH_OUT=FILE         where the results go (default bench/RESULTS.md
#                          for a full run, BUILD/bench/RESULTS-SCOPE.md else)
#   BENCH_PERF=0           1: perf record plan-validate -j1 on the subset and
#                          list the top symbols in the results
#   BENCH_DATA=DIR         the reference tables (default /work/shared/data)
#
# The page cache is warm and nothing is dropped from it: each measurement
# is run N times, taking turns with the others it is compared to (rounds),
# and the best wall time is kept (with that run's user and sys time; peak
# RSS is the largest of the N runs).  Times come
# from /usr/bin/time -f '%e %U %S %M'.  A tool whose binary is missing or
# that fails (exit status other than its "clean" and "findings" ones) is
# skipped with a note.  Not part of `make check`: no timed assertions
# anywhere in the test suite.
set -u
B=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
BB=$B/bench
DATA=${BENCH_DATA:-/work/shared/data}
SCOPE=${BENCH_SCOPE:-all}
if [ "$SCOPE" = all ]; then PSCOPE=${BENCH_PEER_SCOPE:-35}; else PSCOPE=${BENCH_PEER_SCOPE:-$SCOPE}; fi
RUNS=${BENCH_RUNS:-3}
RUNS_SMALL=${BENCH_RUNS_SMALL:-5}
RUNS_PEER=${BENCH_RUNS_PEER:-3}
PERF=${BENCH_PERF:-0}
if [ "$SCOPE" = all ]; then OUT=${BENCH_OUT:-bench/RESULTS.md}; else OUT=${BENCH_OUT:-$BB/RESULTS-$SCOPE.md}; fi
NPROC=$(nproc)
export LC_ALL=C NO_COLOR=1

REGIONS=$DATA/regions.csv
NPROV=$DATA/nomenclature-provinsi-2020.csv
NKAB=$DATA/nomenclature-kabkota-2020.csv
for f in "$REGIONS" "$NPROV" "$NKAB"; do
	[ -r "$f" ] || { echo "bench: $f: not readable (BENCH_DATA=DIR)" >&2; exit 2; }
done

TIME=/usr/bin/time
if ! [ -x $TIME ]; then
	echo "bench: installing GNU time" >&2
	if [ "$(id -u)" = 0 ]; then apt-get install -y time >/dev/null 2>&1; else sudo apt-get install -y time >/dev/null 2>&1; fi
	[ -x $TIME ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
fi

mkdir -p "$BB/out" || exit 2
NOTES=()
note() { NOTES+=("$*"); echo "bench: note: $*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the two helpers --------------------------------------------------------
CC=${CC:-cc}
build_one() {		# build_one NAME LIBS...
	local name=$1; shift
	if ! [ -x "$BB/$name" ] || [ "bench/$name.c" -nt "$BB/$name" ]; then
		echo "  CC      $BB/$name" >&2
		$CC -O2 -g -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
		    -Wall -Wextra -o "$BB/$name" "bench/$name.c" "$@" || exit 2
	fi
}
YAML_CFLAGS=$(pkg-config --cflags yaml-0.1 2>/dev/null)
YAML_LIBS=$(pkg-config --libs yaml-0.1 2>/dev/null || echo -lyaml)
build_one plan-gen -lcsv
build_one scan $YAML_CFLAGS $YAML_LIBS

# --- the repositories, regenerated only when their stamp changes ----------
GEN_SUM=$(cat bench/plan-gen.c "$REGIONS" "$NPROV" "$NKAB" | sha256sum | cut -c1-16)
generate() {		# generate DIR SCOPE CHANGES
	local dir=$1 scope=$2 changes=$3
	local stamp="plan-gen $GEN_SUM scope $scope changes $changes"
	if [ -d "$dir" ] && [ "$(cat "$dir.stamp" 2>/dev/null)" = "$stamp" ]; then
		return
	fi
	echo "bench: generating $dir (scope $scope, changes $changes)" >&2
	rm -rf "$dir" "$dir.stamp"
	"$BB/plan-gen" --regions "$REGIONS" --nomenclature-provinsi "$NPROV" \
	    --nomenclature-kabkota "$NKAB" --out "$dir" --scope "$scope" \
	    --changes "$changes" >&2 || { rm -rf "$dir"; exit 2; }
	echo "$stamp" > "$dir.stamp"
}
if [ "$SCOPE" = all ]; then NAT=$BB/national; else NAT=$BB/scope-$SCOPE; fi
NATB=$NAT-b
generate "$NAT" "$SCOPE" 0
generate "$NATB" "$SCOPE" 300
if [ "$PSCOPE" = "$SCOPE" ]; then SUB=$NAT; else SUB=$BB/subset-$PSCOPE; generate "$SUB" "$PSCOPE" 0; fi

docs_of() { sed -n 's/^documents //p' "$1/MANIFEST"; }
bytes_of() { find "$1" -name '*.yaml' -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}'; }

# --- timing ---------------------------------------------------------------
# register KEY OKCODES LABEL -- CMD...: a measurement, run by rounds.
# rounds N KEY...: N rounds, each running every KEY once in turn, so that
# a slow spell of the machine falls on the floor and on the tools alike
# (runs of one command in a row let a spell decide a ratio).  Each key
# keeps its best wall time over all its runs, in W[KEY] U[KEY] S[KEY]
# and its largest RSS in M[KEY] (MB); the command's stdout goes to
# $BB/out/KEY.out, its stderr to KEY.err.  OKCODES: exit statuses that
# mean the tool worked (e.g. "0 1").
declare -A W U S M LABEL CMD SKIP OKC RUNNO MAXKB
ORDER=()
register() {
	local key=$1 ok=$2 label=$3; shift 4
	ORDER+=("$key"); LABEL[$key]=$label; CMD[$key]=$(printf '%q ' "$@")
	OKC[$key]=$ok; RUNNO[$key]=0; MAXKB[$key]=0
	if ! [ -x "$1" ] && ! command -v "$1" >/dev/null 2>&1; then
		SKIP[$key]="$1 is missing"; note "$label: skipped, $1 is missing"
	fi
}
once() {
	local key=$1 rc w u s m
	[ -n "${SKIP[$key]+x}" ] && return
	RUNNO[$key]=$((RUNNO[$key] + 1))
	eval "\$TIME -f '%e %U %S %M' -o \"\$BB/out/$key.time\" ${CMD[$key]}" \
	    >"$BB/out/$key.out" 2>"$BB/out/$key.err"
	rc=$?
	if ! [[ " ${OKC[$key]} " == *" $rc "* ]]; then
		SKIP[$key]="failed (exit $rc; $BB/out/$key.err)"
		note "${LABEL[$key]}: skipped, exit status $rc: $(tail -n 2 "$BB/out/$key.err" | tr '\n' ' ' | cut -c1-200)"
		return
	fi
	read -r w u s m < <(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$BB/out/$key.time" | tail -n 1)
	echo "  ${LABEL[$key]}: run ${RUNNO[$key]}: ${w}s wall, ${u}s user, ${s}s sys, $((m / 1024)) MB" >&2
	if [ -z "${W[$key]:-}" ] || awk "BEGIN {exit !($w < ${W[$key]})}"; then
		W[$key]=$w U[$key]=$u S[$key]=$s
	fi
	[ "$m" -gt "${MAXKB[$key]}" ] && MAXKB[$key]=$m
	M[$key]=$(awk "BEGIN {printf \"%.1f\", ${MAXKB[$key]} / 1024}")
}
rounds() {
	local n=$1 i k; shift
	for ((i = 1; i <= n; i++)); do
		for k; do once "$k"; done
	done
}

# --- the measurements -----------------------------------------------------
PV=$B/bin/plan-validate
# plan-gen writes the indicators table of its Satu Data codes beside the plans
TABLES=(--no-config --regions "$REGIONS" --nomenclature "$NPROV" --nomenclature "$NKAB"
	--indicators "$NAT/indicators.csv")
echo "bench: national input $NAT ($(docs_of "$NAT") documents), subset $SUB ($(docs_of "$SUB") documents), load $LOAD_BEFORE" >&2

register floor 0 "floor: libyaml event scan, 1 thread" -- "$BB/scan" "$NAT"
register pv1 "0 1" "plan-validate, all rules, -j 1" -- "$PV" -j 1 "${TABLES[@]}" "$NAT"
register pvn "0 1" "plan-validate, all rules, -j $NPROC" -- "$PV" -j "$NPROC" "${TABLES[@]}" "$NAT"
register floor2 0 "floor: scan of both repositories" -- "$BB/scan" "$NAT" "$NATB"
register diff "0 1" "plan-diff of the two repositories" -- "$B/bin/plan-diff" "$NAT" "$NATB"
register trace "0 1" "plan-trace --coverage indonesia/rpjmn/2025-2029" -- \
	"$B/bin/plan-trace" --coverage indonesia/rpjmn/2025-2029 "$NAT"
register report 0 "plan-report (md)" -- "$B/bin/plan-report" -q --no-config \
	--indicators "$NAT/indicators.csv" "$NAT"
rounds "$RUNS" floor pv1 pvn trace report
rounds "$RUNS" floor2 diff

# the subset: the floor, ours and the peers
register sfloor 0 "subset: floor" -- "$BB/scan" "$SUB"
register spv1 "0 1" "subset: plan-validate, all rules, -j 1" -- "$PV" -j 1 "${TABLES[@]}" "$SUB"
register spvn "0 1" "subset: plan-validate, all rules, -j $NPROC (the default)" -- "$PV" -j "$NPROC" "${TABLES[@]}" "$SUB"
rounds "$RUNS_SMALL" sfloor spv1 spvn
PY=python3
/usr/bin/python3 -c 'import yaml, jsonschema' 2>/dev/null && PY=/usr/bin/python3
PYVER=$($PY -c 'import sys, yaml, importlib.metadata as m; print("Python %s, PyYAML %s (C loader: %s), jsonschema %s" % (sys.version.split()[0], yaml.__version__, yaml.__with_libyaml__, m.version("jsonschema")))' 2>/dev/null)
if [ -n "$PYVER" ]; then
	register peer 0 "subset: peer, PyYAML CSafeLoader + jsonschema" -- "$PY" bench/peer.py "$SUB"
	# the peer's runs take turns with plan-validate's, as the floor's do
	rounds "$RUNS_PEER" peer spv1
else
	ORDER+=(peer); LABEL[peer]="subset: peer, PyYAML CSafeLoader + jsonschema"
	SKIP[peer]="python3-yaml or python3-jsonschema missing"; note "peer: skipped, python3-yaml or python3-jsonschema missing"
fi
AJV=$BB/npm/node_modules/.bin/ajv
if ! [ -x "$AJV" ] && ! [ -e "$BB/npm/FAILED" ] && command -v npm >/dev/null; then
	echo "bench: npm install ajv-cli ajv-formats" >&2
	timeout 300 npm install --prefix "$BB/npm" ajv-cli ajv-formats >"$BB/npm-install.log" 2>&1 ||
		{ touch "$BB/npm/FAILED" 2>/dev/null || { mkdir -p "$BB/npm" && touch "$BB/npm/FAILED"; }; }
fi
if [ -x "$AJV" ]; then
	AJVVER="ajv-cli $(sed -n 's/^  "version": "\(.*\)",/\1/p' "$BB/npm/node_modules/ajv-cli/package.json"), ajv $(sed -n 's/^  "version": "\(.*\)",/\1/p' "$BB/npm/node_modules/ajv/package.json"), node $(node --version)"
	export NODE_PATH=$ROOT/$BB/npm/node_modules
	register ajv "0 1" "subset: peer, ajv-cli (draft2020, ajv-formats)" -- "$AJV" validate \
		--spec=draft2020 --strict=false --errors=line -c ./bench/ajv-plan.js \
		-s schemas/plan.schema.yaml -d "$SUB/**/*.yaml"
	rounds "$RUNS_PEER" ajv
else
	AJVVER=
	ORDER+=(ajv); LABEL[ajv]="subset: peer, ajv-cli"
	SKIP[ajv]="npm install ajv-cli failed ($BB/npm-install.log)"; note "ajv-cli: skipped, it did not install (rm $BB/npm/FAILED to retry)"
fi

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- what the runs found (sanity: the tools did the work) -------------------
sanity=()
[ -z "${SKIP[pvn]+x}" ] && sanity+=("plan-validate on the national input: $(tail -n 1 "$BB/out/pvn.out"); MANIFEST plants $(tr '\n' ' ' < "$NAT/MANIFEST")")
[ -z "${SKIP[diff]+x}" ] && sanity+=("plan-diff: $(wc -l < "$BB/out/diff.out") lines of output; MANIFEST of the twin: $(grep changed "$NATB/MANIFEST")")
[ -z "${SKIP[trace]+x}" ] && sanity+=("plan-trace --coverage: $(wc -l < "$BB/out/trace.out") lines; last: $(tail -n 1 "$BB/out/trace.out")")
[ -z "${SKIP[report]+x}" ] && sanity+=("plan-report: $(wc -c < "$BB/out/report.out") bytes of Markdown")
[ -z "${SKIP[spv1]+x}" ] && sanity+=("plan-validate on the subset: $(tail -n 1 "$BB/out/spv1.out")")
[ -z "${SKIP[peer]+x}" ] && sanity+=("Python peer on the subset: $(tail -n 1 "$BB/out/peer.out")")
[ -z "${SKIP[ajv]+x}" ] && sanity+=("ajv-cli on the subset: $(cat "$BB/out/ajv.out" "$BB/out/ajv.err" | grep -c ' valid$') valid, $(grep -c ' invalid$' "$BB/out/ajv.err") invalid")

# --- the table ------------------------------------------------------------
floor_of() { case $1 in diff) echo floor2 ;; s*|peer|ajv) echo sfloor ;; *) echo floor ;; esac; }
ratio() { awk "BEGIN {if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"-\"}"; }
have() { [ -z "${SKIP[$1]+x}" ] && [ -n "${W[$1]:-}" ]; }
cpu() { awk "BEGIN {printf \"%.2f\", ${U[$1]} + ${S[$1]}}"; }

table() {
	echo "| measurement | wall s | user s | sys s | peak RSS MiB | × floor (wall) | × floor (CPU) |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	local k f
	for k in "${ORDER[@]}"; do
		if ! have "$k"; then
			echo "| ${LABEL[$k]} | skipped: ${SKIP[$k]:-not run} | | | | | |"
			continue
		fi
		f=$(floor_of "$k")
		if have "$f"; then
			echo "| ${LABEL[$k]} | ${W[$k]} | ${U[$k]} | ${S[$k]} | ${M[$k]} | $(ratio "${W[$k]}" "${W[$f]}") | $(ratio "$(cpu "$k")" "$(cpu "$f")") |"
		else
			echo "| ${LABEL[$k]} | ${W[$k]} | ${U[$k]} | ${S[$k]} | ${M[$k]} | - | - |"
		fi
	done
}

# target NAME KEY_A KEY_B LIMIT le|ge: A/B against LIMIT, wall (CPU)
target() {
	local name=$1 a=$2 b=$3 lim=$4 dir=$5
	if ! have "$a" || ! have "$b"; then echo "| $name | - | - | not measured |"; return; fi
	local rw rc v
	rw=$(ratio "${W[$a]}" "${W[$b]}"); rc=$(ratio "$(cpu "$a")" "$(cpu "$b")")
	if [ "$dir" = le ]; then v=$(awk "BEGIN {print ($rw <= $lim) ? \"met\" : \"missed\"}")
	else v=$(awk "BEGIN {print ($rw >= $lim) ? \"met\" : \"missed\"}"); fi
	echo "| $name | $rw | $rc | $v |"
}
targets() {
	echo "| target | ratio (wall) | ratio (CPU: user+sys) | verdict (wall) |"
	echo "|---|---:|---:|---|"
	target "plan-validate -j 1 ÷ floor ≤ 2" pv1 floor 2 le
	target "plan-validate -j $NPROC ÷ floor (1 thread) ≤ 1.2 (on 2 cores)" pvn floor 1.2 le
	target "Python peer ÷ plan-validate -j 1, same subset, ≥ 30" peer spv1 30 ge
	target "Python peer ÷ plan-validate -j $NPROC (the default), same subset (no target)" peer spvn 0 ge
	target "ajv-cli ÷ plan-validate -j 1, same subset (no target)" ajv spv1 0 ge
	target "plan-diff ÷ floor (both repositories) ≤ 3" diff floor2 3 le
	target "plan-trace --coverage ÷ floor ≤ 3" trace floor 3 le
	target "plan-report ÷ floor ≤ 3" report floor 3 le
	local k mem=0
	for k in pv1 pvn; do have "$k" && mem=$(awk "BEGIN {print (${M[$k]} > $mem) ? ${M[$k]} : $mem}"); done
	if have pv1 || have pvn; then
		echo "| plan-validate peak RSS on the national input < 1024 MiB | $mem MiB | | $(awk "BEGIN {print ($mem < 1024) ? \"met\" : \"missed\"}") |"
	fi
	# the other tools hold the same index, and more: none may pass it
	local most=0 who=
	for k in pv1 pvn diff trace report; do
		have "$k" || continue
		if awk "BEGIN {exit !(${M[$k]} > $most)}"; then most=${M[$k]}; who=${LABEL[$k]}; fi
	done
	if [ -n "$who" ]; then
		echo "| every tool's peak RSS on the national input < 1024 MiB (largest: $who) | $most MiB | | $(awk "BEGIN {print ($most < 1024) ? \"met\" : \"missed\"}") |"
	fi
}

# memory per element and per byte read: it should follow the elements
elements_of() { sed -n 's/^[0-9]* files, \([0-9]*\) elements.*/\1/p' "$BB/out/$1.out" | tail -n 1; }
memline() {	# KEY DIR LABEL
	local n mb bytes
	have "$1" || return
	n=$(elements_of "$1"); [ -n "$n" ] && [ "$n" -gt 0 ] || return
	mb=${M[$1]}; bytes=$(bytes_of "$2")
	echo "| $3 | $n | $bytes | $mb | $(awk "BEGIN {printf \"%.0f\", $mb * 1048576 / $n}") | $(awk "BEGIN {printf \"%.0f\", $bytes * 1e6 / $n}") |"
}
memory() {
	echo "| input | elements | MB of YAML | peak RSS MiB | RSS bytes per element | YAML bytes per element |"
	echo "|---|---:|---:|---:|---:|---:|"
	memline spv1 "$SUB" "subset, plan-validate -j 1"
	memline pv1 "$NAT" "national, plan-validate -j 1"
	memline pvn "$NAT" "national, plan-validate -j $NPROC"
}

# the load after is mostly the bench's own single-thread runs: only the
# load before says whether other work was running
busy=$(awk -v a="${LOAD_BEFORE%% *}" -v n="$NPROC" 'BEGIN {print (a > n / 2) ? "busy" : "quiet"}')
FLOORLINE=$(cat "$BB/out/floor.out" 2>/dev/null)
MODEL=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)
MEM=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
REV=$(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- lib cmd 2>/dev/null || echo ' (lib/ or cmd/ modified)')

{
	echo "# make bench: results"
	echo
	echo "Generated by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); tree $REV."
	echo
	echo "## Machine"
	echo
	echo "* $NPROC cores (nproc), $MODEL, $MEM memory, Linux $(uname -r)"
	echo "* libyaml $(pkg-config --modversion yaml-0.1 2>/dev/null), $(${CC} --version | head -n 1)"
	[ -n "$PYVER" ] && echo "* $PYVER"
	[ -n "$AJVVER" ] && echo "* $AJVVER"
	echo "* load average before: $LOAD_BEFORE, after: $LOAD_AFTER ($busy$( [ "$busy" = busy ] && echo ': other work was running, the figures are noisy'); the load after is the bench's own)"
	echo
	echo "## Inputs"
	echo
	echo "* national: \`$NAT\`, plan-gen --scope $SCOPE: $(docs_of "$NAT") documents, $(bytes_of "$NAT") MB of YAML; floor scan: $FLOORLINE"
	echo "* twin: \`$NATB\`, the same with --changes 300 ($(grep changed "$NATB/MANIFEST"))"
	echo "* subset for the peers: \`$SUB\`, --scope $PSCOPE: $(docs_of "$SUB") documents, $(bytes_of "$SUB") MB"
	echo
	echo "Warm page cache (nothing dropped); best wall time of $RUNS runs on the national input, $RUNS_SMALL for the C tools and $RUNS_PEER for the peers on the subset (plan-validate -j 1 on the subset runs $RUNS_SMALL + $RUNS_PEER times, taking turns with the Python peer); runs take turns in rounds (floor, plan-validate, …, floor again), so a slow spell of the machine falls on the floor and the tools alike; user and sys are those of the best run, peak RSS the largest of the runs. The floor of plan-diff is the scan of both repositories, of the subset rows the scan of the subset."
	echo
	echo "## Table"
	echo
	table
	echo
	echo "## Targets"
	echo
	targets
	echo
	echo "## Memory"
	echo
	echo "Peak RSS per element stays the same from a province to the nation (the subset's includes the reference tables, about 12 MB): it follows the elements, not the bytes read, since each file's tree is dropped after its local checks."
	echo
	memory
	echo
	if [ "${#sanity[@]}" -gt 0 ]; then
		echo "## What the runs found"
		echo
		printf '* %s\n' "${sanity[@]}"
		echo
	fi
	if [ "${#NOTES[@]}" -gt 0 ]; then
		echo "## Notes"
		echo
		printf '* %s\n' "${NOTES[@]}"
		echo
	fi
	echo "## Commands"
	echo
	echo '```'
	for k in "${ORDER[@]}"; do [ -n "${CMD[$k]:-}" ] && echo "${CMD[$k]% }"; done
	echo '```'
} > "$OUT.tmp" && mv "$OUT.tmp" "$OUT"

# --- optional: where plan-validate's time goes -------------------------------
if [ "$PERF" = 1 ] && command -v perf >/dev/null && have spv1; then
	echo "bench: perf record plan-validate -j 1 on the subset" >&2
	if perf record -q -g -o "$BB/out/perf.data" -- "$PV" -q -j 1 "${TABLES[@]}" "$SUB" >/dev/null 2>&1 ||
	   [ -s "$BB/out/perf.data" ]; then
		{
			echo
			echo "## Where plan-validate -j 1 spends its time (perf, subset)"
			echo
			echo '```'
			echo "by library (self time):"
			perf report -i "$BB/out/perf.data" --no-children --stdio --sort dso \
			    -g none -F overhead,dso 2>/dev/null | grep -v "^#" | grep -v "^$" | sort -rn | head -n 8
			echo "by symbol (self time, >= 1%):"
			perf report -i "$BB/out/perf.data" --no-children --percent-limit 1 --stdio \
			    --sort dso,symbol -g none -F overhead,dso,sym 2>/dev/null | grep -v '^#' | grep -v '^$' |
			    sed 's/[ -]*$//' | sort -rn | head -n 30
			echo '```'
		} >> "$OUT"
	else
		note "perf record failed"
	fi
fi

cat "$OUT"
echo "bench: results in $OUT" >&2
