#!/bin/sh
# Builds the libFuzzer targets (Linux, Swift's -sanitize=fuzzer with AddressSanitizer) and runs
# each for SECONDS (default 60) from its seed corpus. A crash is written as crash-* in
# fuzz/findings/<target>/; turn it into a regression test before fixing it.
#   fuzz/run.sh [SECONDS] [TARGET...]      e.g. fuzz/run.sh 300 FuzzCSV   (CONFIG=debug builds faster)
set -eu
cd "$(dirname "$0")"
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-FuzzCSV FuzzXML FuzzExtract FuzzPipeline FuzzExpression}
config=${CONFIG:-release}
# --sanitize links the runtimes; -Xswiftc instruments the Swift modules for coverage.
swift build -c "$config" --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address
for target in $targets; do
    mkdir -p "findings/$target" "corpus/$target"
    echo "== $target for $seconds s"
    ".build/$config/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="findings/$target/" "corpus/$target" "seeds/$target" || true
done
