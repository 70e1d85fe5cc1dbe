#!/bin/sh
# Makes the demo databases the benchmarks run on: 10k, 100k and 1M proposals (about 16
# events each), with `dexuat demo` from a release build.
#
#   scripts/make-bench-dbs.sh              # all three, in $DEXUAT_BENCH_DIR (default /tmp/dexuat-bench)
#   scripts/make-bench-dbs.sh 10k 100k     # only these
#
# The time each took is written to FILE.made. An existing file is kept (delete it to
# make it again). DEXUAT_BIN=path uses that binary instead of building one.
set -eu
cd "$(dirname "$0")/.."
DIR=${DEXUAT_BENCH_DIR:-/tmp/dexuat-bench}
SEED=${DEXUAT_BENCH_SEED:-432}
if [ $# -eq 0 ]; then set -- 10k 100k 1m; fi
BIN=${DEXUAT_BIN:-}
if [ -z "$BIN" ]; then
    swift build -c release --static-swift-stdlib --scratch-path .build-release >&2
    BIN=.build-release/release/dexuat
fi
mkdir -p "$DIR"
for size in "$@"; do
    case "$size" in
        10k) n=10000 ;;
        100k) n=100000 ;;
        1m|1M) n=1000000; size=1m ;;
        *) echo "unknown size $size (10k, 100k or 1m)" >&2; exit 2 ;;
    esac
    file="$DIR/demo-$size.sqlite"
    if [ -f "$file" ]; then
        echo "$file exists; delete it to make it again"
        continue
    fi
    # The time it took is kept beside the file ($file.made), so that run-benchmarks.sh
    # prints the demo's row with the rest.
    started="$(date -u '+%Y-%m-%d %H:%M UTC'), load $(uptime | sed 's/.*load average: //')"
    echo "making $file ($n proposals); $started"
    /usr/bin/time -o "$file.time" -f "%e s wall, %U s user, %S s sys, %M KB peak resident" \
        "$BIN" --db "$file" demo --proposals "$n" --seed "$SEED" --quiet
    echo "demo --proposals $n: $(cat "$file.time") (started $started)" | tee "$file.made"
    rm -f "$file.time"
    ls -l "$file"
done
