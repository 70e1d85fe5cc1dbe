#!/usr/bin/env python3
"""The table of issue 16 (and the targets it keeps), from one run of run-benchmarks.sh.

    python3 scripts/issue16-table.py LOG DB

LOG is everything run-benchmarks.sh printed in this run; DB the demo file it ran on (its
size is read here; the demo's own time from DB.made, written by make-bench-dbs.sh when it
made the file). A figure the run did not print is said to be missing, never guessed.
"""
import os
import re
import sqlite3
import sys


def figures(log):
    text = open(log, encoding="utf-8", errors="replace").read()
    lines = text.splitlines()
    found = {}

    def grab(key, pattern, group=1, convert=float):
        match = re.search(pattern, text, re.M)
        if match:
            found[key] = convert(match.group(group))

    grab("verify1", r"^verify, 1 worker\(s\): ([0-9.]+) s wall")
    grab("verify2", r"^verify, 2 worker\(s\): ([0-9.]+) s wall")
    grab("verify2user", r"^verify, 2 worker\(s\): [0-9.]+ s wall, ([0-9.]+) s user")
    grab("since", r"^verify --since: ([0-9.]+) s wall")
    grab("bytes", r"^bytes per line move p50 \(ncurses[^)]*\): (\d+) B", convert=int)
    grab("listratio", r"^list --limit 50, whole process.*ratio ([0-9.]+)x CPU")
    grab("listwall", r"^list --limit 50, whole process.*ratio [0-9.]+x CPU, ([0-9.]+)x wall")
    grab("firstframe", r"^first frame \(start to end of first output\): (\d+) ms", convert=int)
    grab("memory", r"^peak resident memory after the keys: ([0-9.]+) MB")
    grab("keyp99", r"^all\s+\d+\s+[0-9.]+\s+([0-9.]+)")
    # package-benchmark: the p50 of the "Time (wall clock)" row under a benchmark's name.
    def p50(name_prefix):
        for i, line in enumerate(lines):
            if line.startswith(name_prefix):
                for follow in lines[i + 1:i + 8]:
                    if "Time (wall clock)" in follow:
                        unit = re.search(r"\((ns|μs|us|ms|s)\)", follow)
                        cells = [c.strip() for c in follow.split("│")]
                        numbers = [c for c in cells if re.fullmatch(r"[0-9.]+[KM]?", c)]
                        if unit and len(numbers) >= 3:
                            value = float(numbers[2].rstrip("KM")) * (1000 if numbers[2].endswith("K") else 1)
                            scale = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}[unit.group(1)]
                            return value * scale
                return None
        return None
    for key, name in [("dashboard", "dashboard, a year: first figures"), ("commit", "commit: progress note")]:
        value = p50(name)
        if value is not None:
            found[key] = value
    # sqlite-floor: the worst p95 of the searches (ours).
    searches = [float(m.group(1)) for m in re.finditer(r"^search[^\n]*?\s+[0-9.]+\s+([0-9.]+)\s+[0-9.]+\s+[0-9.]+x?\s*$", text, re.M)]
    if searches:
        found["searchp95"] = max(searches)
    return found


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    log, db = sys.argv[1], sys.argv[2]
    f = figures(log)
    connection = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    proposals = connection.execute("SELECT COUNT(*) FROM proposal").fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    connection.close()
    on_disk = os.path.getsize(db) + (os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0)
    made = open(db + ".made").read().strip() if os.path.exists(db + ".made") else None
    demo = re.search(r": ([0-9.]+) s wall", made) if made else None

    def row(measure, target, value, ok):
        mark = "—" if value is None else ("✓" if ok else "✗")
        print("| %s | %s | %s | %s |" % (measure, target, value if value is not None else "not measured in this run", mark))

    def get(key, fmt):
        return None if key not in f else fmt % f[key]

    print()
    print("Issue 16, this run on %s (%d proposals):" % (db, proposals))
    print()
    print("| measure | target | this run | |")
    print("|---|---|---|---|")
    row("`verify`, whole chain and replay, 2 workers", "≤ 60 s at 1M", get("verify2", "%.1f s wall"),
        f.get("verify2", 1e9) <= 60)
    row("`verify --since CODE` (a day's share)", "≤ 1 s", get("since", "%.2f s wall"), f.get("since", 1e9) <= 1)
    per = on_disk / proposals / 1024 if proposals else 0
    used = (pages - free) * page_size / proposals / 1024 if proposals else 0
    row("file size per proposal", "≤ 10 KB", "%.1f KB (%.2f GB on disk; %.1f KB in pages in use)" % (per, on_disk / 1e9, used), per <= 10)
    row("bytes per line move at 200×50 (ncurses, p50)", "≤ 2 KB", get("bytes", "%d B"), f.get("bytes", 1e9) <= 2048)
    row("dashboard for a year, first figures", "≤ 1 s", get("dashboard", "%.1f ms (in process, p50)"), f.get("dashboard", 1e9) <= 1000)
    row("`dexuat list --limit 50` ÷ `sqlite3`, whole process", "≤ 2×",
        None if "listratio" not in f else "%.1f× CPU, %.1f× wall" % (f["listratio"], f.get("listwall", 0)), f.get("listratio", 1e9) <= 2)
    row("`dexuat demo --proposals N`", "≤ 300 s wall at 1M", made, demo is not None and float(demo.group(1)) <= 300)
    row("first frame (pty, exec → first output)", "≤ 100 ms", get("firstframe", "%d ms"), f.get("firstframe", 1e9) <= 100)
    row("navigation key p99 (pty)", "≤ 8 ms", get("keyp99", "%.2f ms"), f.get("keyp99", 1e9) <= 8)
    row("search p95, worst query", "≤ 50 ms", get("searchp95", "%.2f ms"), f.get("searchp95", 1e9) <= 50)
    row("commit p50 (synchronous=FULL)", "≤ 5 ms", get("commit", "%.2f ms"), f.get("commit", 1e9) <= 5)
    row("the Desk's peak memory after 1,000 keys", "≤ 80 MB", get("memory", "%.1f MB"), f.get("memory", 1e9) <= 80)
    return 0


if __name__ == "__main__":
    sys.exit(main())
