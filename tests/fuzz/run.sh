#!/bin/sh
# tests/fuzz/run.sh TARGET SECONDS: build the fuzz targets in build-fuzz and run one of them on
# a copy of its seed corpus for SECONDS. Findings are written to build-fuzz/findings/TARGET/.
set -eu
target=${1:?usage: run.sh TARGET SECONDS}
seconds=${2:?usage: run.sh TARGET SECONDS}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
[ -f "$build/build.ninja" ] || CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DBORGTIDE_FUZZ=ON >/dev/null
cmake --build "$build" --target "fuzz_$target"
work="$build/corpus/$target"; findings="$build/findings/$target"
mkdir -p "$work" "$findings"
cp -n "$root/tests/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
dict=""; [ -f "$root/tests/fuzz/$target.dict" ] && dict="-dict=$root/tests/fuzz/$target.dict"
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=0 \
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -artifact_prefix="$findings/" -print_final_stats=1 $dict "$work"
