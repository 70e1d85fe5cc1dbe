#!/usr/bin/env python3
"""`dexuat list --limit 50`, the whole process, against the `sqlite3` shell running the
query that command issues, on the same file, in the same run (issue 16: ≤ 2×).

    scripts/list-vs-sqlite.py --db /tmp/dexuat-bench/demo-1m.sqlite [--runs 50] [--dexuat PATH]

Each program is started `--runs` times, one after the other (two warm-up runs each
first, not counted); for each run the user+sys CPU of the child (from wait4) and the wall
time are kept. Prints the medians of both, and dexuat's ÷ sqlite3's. The caller is no
officer (as in `dexuat list` run by a service account), so the query is the one
`Ledger.list` issues for a caller who reads no draft (Sources/Ledger/Ledger+Proposals.swift,
`list`; Ledger+Privacy.swift, `readable(by: nil)`); it is printed.
"""

import argparse
import os
import statistics
import subprocess
import time

QUERY = """SELECT p.seq, p.id, p.title, p.state, p.awaiting_receipt, p.field, p.unit_id, p.reviewing_unit_id, p.proposer,
       p.next_due, p.next_step, p.version, p.updated_at,
       u.name AS unit_name, r.name AS reviewing_unit_name, o.name AS proposer_name
FROM proposal p
LEFT JOIN unit u ON u.id = p.unit_id
LEFT JOIN unit r ON r.id = p.reviewing_unit_id
LEFT JOIN officer o ON o.login = p.proposer
WHERE p.state <> 'draft'
ORDER BY p.seq DESC
LIMIT 50"""


def measure(argv, env, runs):
    cpu, wall = [], []
    for i in range(runs + 2):
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{argv[0]} exited {os.waitstatus_to_exitcode(status)}")
        if i >= 2:
            cpu.append(usage.ru_utime + usage.ru_stime)
            wall.append(elapsed)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--dexuat", default=".build-release/release/dexuat")
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("DEXUAT_AS", None)
    print("query (Ledger.list, no filter, a caller who reads no draft):")
    print("    " + QUERY.replace("\n", "\n    "))
    ours = measure([args.dexuat, "--db", args.db, "list", "--limit", "50"], env, args.runs)
    shell = measure(["sqlite3", args.db, QUERY], env, args.runs)
    print(f"list --limit 50, whole process ({args.runs} runs, medians): dexuat {ours[0]:.1f} ms CPU, {ours[1]:.1f} ms wall; "
          f"sqlite3 {shell[0]:.1f} ms CPU, {shell[1]:.1f} ms wall; "
          f"ratio {ours[0] / shell[0]:.1f}x CPU, {ours[1] / shell[1]:.1f}x wall")


if __name__ == "__main__":
    main()
