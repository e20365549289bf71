#!/usr/bin/env bash
# Fuzzes every file reader (fuzz/fuzz_*.cpp) for SECONDS each under libFuzzer with ASan and
# UBSan, and prints one line per reader and a total:
#   scripts/fuzz.sh [SECONDS] [TARGET...]      (make fuzz FUZZ_SECONDS=60)
# Builds in build-fuzz/ with clang++ (-DFACTORDESK_FUZZ=ON). Each run starts from the seed
# corpus (fuzz/corpus/<target>/) and the kept crashes (fuzz/regressions/<target>/), and grows a
# working corpus in build-fuzz/corpus/<target>/, so later runs go on where the last one stopped.
# An input that crashes, hangs (-timeout) or breaks a promise of fuzz/readerchecks.h is written
# to build-fuzz/crashes/<target>/; keep it as a regression test by copying it to
# fuzz/regressions/<target>/ (tst_fuzzregressions runs every file there). Exit 1 on any crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csvreader scheduleimport ordercsv)
build=${FUZZ_BUILD:-build-fuzz}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

if [ ! -f "$build/CMakeCache.txt" ]; then
    # -O1 keeps the fuzzer fast while Q_ASSERT and the sanitizers stay on (a Debug build).
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
        -DCMAKE_CXX_COMPILER=clang++ -DFACTORDESK_FUZZ=ON -DFACTORDESK_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j "$jobs" --target fuzzers

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
total_runs=0
total_crashes=0
for t in "${targets[@]}"; do
    work="$build/corpus/$t"
    crashes="$build/crashes/$t"
    mkdir -p "$work" "$crashes" "fuzz/regressions/$t"
    before=$(find "$crashes" -type f | wc -l)
    log="$build/fuzz-$t.log"
    status=0
    "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -dict=fuzz/csv.dict -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$work" "fuzz/corpus/$t" "fuzz/regressions/$t" \
        >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    runs=${runs:-0}
    found=$(($(find "$crashes" -type f | wc -l) - before))
    if [ "$status" -ne 0 ] && [ "$found" -eq 0 ]; then
        found=1 # stopped by a problem it wrote no input for
    fi
    corpus=$(find "$work" -type f | wc -l)
    echo "fuzz $t: ${seconds} s, $runs runs, corpus $corpus, crashes $found"
    if [ "$found" -gt 0 ]; then
        grep -E '^==[0-9]+==ERROR|broken promise|runtime error|Test unit written|SUMMARY' "$log" |
            head -20 | sed 's/^/    /'
    fi
    total_runs=$((total_runs + runs))
    total_crashes=$((total_crashes + found))
done
echo "fuzz: ${#targets[@]} targets, ${seconds} s each, $total_runs runs, crashes $total_crashes"
[ "$total_crashes" -eq 0 ]
