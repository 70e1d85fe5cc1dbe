#!/usr/bin/env python3
"""End-to-end keystroke benchmark: the real dexuat binary in a pseudo-terminal.

    scripts/keystroke-bench.py --db /tmp/dexuat-bench/demo-1m.sqlite [--keys 1000] [--size 200x50]

Starts the Desk (release build, `DEXUAT_AS` playing the head of the busiest unit), waits
for the first frame, then sends navigation keys one at a time: `j` (line down) mostly,
with `k`, Page Down and Page Up mixed in. For each key it measures the time from writing
the key to output quiescence (the last byte before `--quiet-ms` of silence) and the bytes
the program wrote. It prints p50, p99 and the maximum of both, and the time to the first
frame. The quiet window is not counted in the latency.
"""

import argparse
import fcntl
import os
import select
import signal
import sqlite3
import struct
import sys
import termios
import time


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[index]


def read_until_quiet(fd, quiet, deadline, keep=None):
    """Reads until `quiet` seconds pass with no output; returns (bytes, time of last byte).
    With `keep` (a list), the bytes read are appended to it."""
    total = 0
    last = None
    while True:
        now = time.monotonic()
        if now > deadline:
            break
        wait = quiet if last is not None else max(0.0, deadline - now)
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            if last is not None:
                break
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        total += len(chunk)
        if keep is not None:
            keep.append(chunk)
        last = time.monotonic()
    return total, last


def busiest_head(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        unit = con.execute("SELECT substr(key, 6) FROM proposal_count WHERE key LIKE 'unit:%' ORDER BY n DESC LIMIT 1").fetchone()
        if unit is None:
            unit = con.execute("SELECT reviewing_unit_id FROM proposal GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
        row = con.execute("SELECT login FROM role_grant WHERE role = 'head' AND unit_id = ? ORDER BY login LIMIT 1", (unit[0],)).fetchone()
        return row[0]
    finally:
        con.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("DEXUAT_BENCH_DB", "/tmp/dexuat-bench/demo-10k.sqlite"))
    parser.add_argument("--bin", default=os.environ.get("DEXUAT_BIN", ".build-release/release/dexuat"))
    parser.add_argument("--keys", type=int, default=1000)
    parser.add_argument("--size", default="200x50")
    parser.add_argument("--quiet-ms", type=float, default=30.0)
    parser.add_argument("--as", dest="officer", default=None, help="the officer to play (default: head of the busiest unit)")
    args = parser.parse_args()

    width, height = (int(x) for x in args.size.lower().split("x"))
    officer = args.officer or busiest_head(args.db)
    quiet = args.quiet_ms / 1000.0

    pid, fd = os.forkpty()
    if pid == 0:
        env = dict(os.environ)
        env.update({"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "DEXUAT_AS": officer, "ESCDELAY": "25"})
        os.execve(args.bin, [args.bin, "--db", args.db], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    os.kill(pid, signal.SIGWINCH)

    dump = os.environ.get("DEXUAT_BENCH_DUMP")
    opening = [] if dump else None
    started = time.monotonic()
    # The first frame: the first burst of output (it ends with the status line). The
    # "waiting on me" count follows in a second, smaller frame: settled is after both.
    first_bytes, first_last = read_until_quiet(fd, quiet, started + 120, opening)
    if first_last is None:
        print("no output from %s" % args.bin, file=sys.stderr)
        os.kill(pid, signal.SIGKILL)
        return 1
    first_frame = first_last - started
    more, more_last = read_until_quiet(fd, 1.0, time.monotonic() + 120, opening)
    settled = (more_last or first_last) - started

    # Mostly line moves; a page move every 25 keys, back up every 10.
    plan = []
    for i in range(args.keys):
        if i % 25 == 24:
            plan.append(("page down", b"\x1b[6~") if (i // 25) % 2 == 0 else ("page up", b"\x1b[5~"))
        elif i % 10 == 9:
            plan.append(("line up", b"k"))
        else:
            plan.append(("line down", b"j"))

    # DEXUAT_BENCH_DUMP=dir: the bytes before the first key in dir/opening.bin and those of
    # each key in dir/NNNN-<key>.bin, to classify them (scripts/classify-frame-bytes.py).
    if dump:
        os.makedirs(dump, exist_ok=True)
        with open(os.path.join(dump, "opening.bin"), "wb") as out:
            out.write(b"".join(opening))
    results = {}
    for number, (name, key) in enumerate(plan):
        sent = time.monotonic()
        os.write(fd, key)
        kept = [] if dump else None
        count, last = read_until_quiet(fd, quiet, sent + 10, kept)
        if dump:
            with open(os.path.join(dump, "%04d-%s.bin" % (number, name.replace(" ", "-"))), "wb") as out:
                out.write(b"".join(kept))
        latency = (last - sent) * 1000.0 if last is not None else float("nan")
        results.setdefault(name, []).append((latency, count))

    peak_kb = 0
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak_kb = int(line.split()[1])
    except OSError:
        pass
    os.write(fd, b"Q")
    read_until_quiet(fd, 0.2, time.monotonic() + 2)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)

    print("dexuat keystroke benchmark: %s, %dx%d, playing %s, %d keys" % (args.db, width, height, officer, args.keys))
    print("first frame (start to end of first output): %.0f ms, %d bytes; settled (with the waiting count): %.0f ms, %d bytes more"
          % (first_frame * 1000.0, first_bytes, settled * 1000.0, more))
    print("peak resident memory after the keys: %.1f MB" % (peak_kb / 1024.0))
    print("%-10s %6s  %9s %9s %9s   %8s %8s %8s" % ("key", "count", "p50 ms", "p99 ms", "max ms", "p50 B", "p99 B", "max B"))
    everything = []
    for name in ["line down", "line up", "page down", "page up"]:
        rows = results.get(name, [])
        if not rows:
            continue
        everything += rows
        lat = [r[0] for r in rows]
        size = [r[1] for r in rows]
        print("%-10s %6d  %9.2f %9.2f %9.2f   %8d %8d %8d" % (name, len(rows), percentile(lat, 50), percentile(lat, 99), max(lat),
                                                             percentile(size, 50), percentile(size, 99), max(size)))
    lat = [r[0] for r in everything]
    size = [r[1] for r in everything]
    print("%-10s %6d  %9.2f %9.2f %9.2f   %8d %8d %8d" % ("all", len(everything), percentile(lat, 50), percentile(lat, 99), max(lat),
                                                         percentile(size, 50), percentile(size, 99), max(size)))
    moves = [r[1] for r in results.get("line down", []) + results.get("line up", [])]
    if moves:
        print("bytes per line move p50 (ncurses, %dx%d, j and k): %d B (target <= 2048)" % (width, height, percentile(moves, 50)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
