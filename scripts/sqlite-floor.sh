#!/bin/sh
# Each query of the benchmarks through our layers and through the `sqlite3` shell, on the
# same file; prints ours ÷ the shell's (the floor). Target: ≤ 1.5×.
#
#   scripts/sqlite-floor.sh /tmp/dexuat-bench/demo-1m.sqlite [rounds]
set -eu
cd "$(dirname "$0")/../Benchmarks"
DB=${1:-${DEXUAT_BENCH_DB:-/tmp/dexuat-bench/demo-10k.sqlite}}
ROUNDS=${2:-50}
swift build -c release --product FloorCompare >&2
exec .build/release/FloorCompare "$DB" "$ROUNDS"
