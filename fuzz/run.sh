#!/bin/sh
# run.sh NAME SECONDS [FUZZDIR] - one fuzz target for a given time (make fuzz).
#
# Seeds FUZZDIR/corpus-NAME from the fixtures (fuzz/corpus-seed), replays
# fuzz/regressions/NAME/ (every crash found so far must stay fixed), then
# runs FUZZDIR/bin/NAME for SECONDS with libFuzzer, crash inputs going to
# FUZZDIR/crash/NAME/.  Prints libFuzzer's final figures (executions,
# cov:, ft:) as one line; the full log is FUZZDIR/log/NAME.txt.  Exit
# status 1 when the target crashed, leaked, timed out or ran out of
# memory.
#
# Environment: FUZZ_ARGS  more libFuzzer options (e.g. -jobs=2, -dict=...)
name=$1 secs=$2 fz=${3:-build/fuzz}
bin=$fz/bin/$name
corpus=$fz/corpus-$name
crash=$fz/crash/$name
log=$fz/log/$name.txt
mkdir -p "$crash" "$fz/log"
case $name in
fuzz_tables)		maxlen=32768 ;;
fuzz_diff|fuzz_report)	maxlen=262144 ;;
*)			maxlen=65536 ;;
esac
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

sh fuzz/corpus-seed "$name" "$corpus" >/dev/null || exit 1
reg=fuzz/regressions/$name
if [ -d "$reg" ] && [ -n "$(ls "$reg" 2>/dev/null)" ]; then
	if ! "$bin" -runs=0 "$reg"/* >"$fz/log/$name-regressions.txt" 2>&1; then
		tail -n 40 "$fz/log/$name-regressions.txt"
		echo "$name: FAIL: a regression input crashes again (see $reg)"
		exit 1
	fi
fi
dict=
[ -f fuzz/plan.dict ] && [ "$name" != fuzz_tables ] && dict=-dict=fuzz/plan.dict
# shellcheck disable=SC2086
"$bin" -max_total_time="$secs" -max_len="$maxlen" -timeout=20 \
	-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crash/" \
	$dict ${FUZZ_ARGS:-} "$corpus" >"$log" 2>&1
rc=$?
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
persec=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
cov=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/cov \1, ft \2, corpus \3/p')
if [ "$rc" -ne 0 ]; then
	grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -n 20
	echo "$name: FAIL (status $rc) after ${execs:-?} runs; log $log, input in $crash/"
	exit 1
fi
echo "$name: ok, ${secs}s, ${execs:-?} runs (${persec:-?}/s), ${cov:-no figures}"
