#!/bin/bash
# Every measurement of docs/PERFORMANCE.md on one demo file, in one go:
#
#   scripts/run-benchmarks.sh /tmp/dexuat-bench/demo-100k.sqlite [--no-verify]
#
# 1. package-benchmark (Benchmarks/): opening, inbox, search, show, commit, render,
#    keystrokes (and verify unless --no-verify);
# 2. the same queries against the sqlite3 shell (scripts/sqlite-floor.sh), and
#    `dexuat list --limit 50` against the shell as whole processes (scripts/list-vs-sqlite.py);
# 3. the real binary in a pseudo-terminal, 1,000 navigation keys (scripts/keystroke-bench.py);
# 4. `dexuat verify` from the command line, timed, on one worker and on two, and
#    `dexuat verify --since CODE` for a day's share of the events (unless --no-verify).
# 5. at the end, the table of issue 16 and the targets it keeps, from what this run printed
#    (scripts/issue16-table.py; the file's size read from it, the demo's time from DB.made).
# The machine's load is printed before each part: the figures mean little under load.
# The binary is built as the Debian package builds it (--static-swift-stdlib).
set -eu
cd "$(dirname "$0")/.."
DB=${1:?usage: scripts/run-benchmarks.sh DB [--no-verify]}
VERIFY=1
[ "${2:-}" = "--no-verify" ] && VERIFY=0
load() { echo "== $1; load: $(uptime | sed 's/.*load average: //')"; }
swift build -c release --static-swift-stdlib --scratch-path .build-release >&2
LOG=$(mktemp /tmp/dexuat-bench-log.XXXXXX)
exec > >(tee "$LOG")
load "package-benchmark on $DB"
(cd Benchmarks && DEXUAT_BENCH_DB="$DB" DEXUAT_BENCH_VERIFY=$VERIFY swift package benchmark --no-progress 2>&1 \
    | grep -a -E '^[a-z]+:|^dashboard, |│ (Time \(wall clock\)|Memory \(resident peak\)|bytes written)')
load "against the sqlite3 shell"
scripts/sqlite-floor.sh "$DB" 30
load "dexuat list --limit 50 against the sqlite3 shell, whole processes"
python3 scripts/list-vs-sqlite.py --db "$DB" --runs 50
load "keystrokes in a pseudo-terminal"
python3 scripts/keystroke-bench.py --db "$DB" --keys 1000
if [ "$VERIFY" = 1 ]; then
    # The whole chain and replay, on one worker and on two (issue 16), then the part after a
    # checkpoint: a day's share of a year's events (events / 365 before the head).
    for workers in 1 2; do
        load "dexuat verify, $workers worker(s)"
        # (time's line goes to standard output, so the table below finds it)
        DEXUAT_VERIFY_WORKERS=$workers /usr/bin/time -o /dev/stdout -f "verify, $workers worker(s): %e s wall, %U s user, %M KB peak resident" \
            .build-release/release/dexuat --db "$DB" verify | tail -2 | cut -c1-100
    done
    CODE=$(python3 scripts/checkpoint-at.py "$DB" --day-share)
    load "dexuat verify --since $CODE"
    /usr/bin/time -o "$LOG.since" -f "verify --since: %e s wall, %U s user, %M KB peak resident" \
        .build-release/release/dexuat --db "$DB" verify --since "$CODE" | head -1 | cut -c1-200
    cat "$LOG.since"; rm -f "$LOG.since"
fi
load "the table of issue 16"
sleep 1  # tee has written what came before
python3 scripts/issue16-table.py "$LOG" "$DB"
