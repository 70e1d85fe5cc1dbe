#!/usr/bin/env python3
"""What the bytes of each key are: plays a keystroke-bench dump on a model of the screen.

    DEXUAT_BENCH_DUMP=/tmp/dump scripts/keystroke-bench.py --db FILE --keys 200
    scripts/classify-frame-bytes.py /tmp/dump [--size 200x50] [--keys line-down]

Plays dir/opening.bin, then every dir/NNNN-<key>.bin in order, on a small model of an
xterm (the sequences ncurses and our virtual writer send), and splits each key's bytes:

- text changed: the bytes of characters that changed a cell (its letter or its look);
- text re-sent: the bytes of characters the cell already showed, with the same look;
- of which UTF-8 overhead: bytes beyond one per character, in both;
- cursor motion (CUP, VPA, CHA, CUF/CUB/CUU/CUD, CR, LF, BS);
- SGR (colours and attributes, and the charset selection ncurses sends with them);
- clears (EL, ECH, ED); scrolling (scroll region, SU/SD, IL/DL, ICH/DCH);
- other (cursor visibility, modes) and unknown sequences.

Prints the p50 of each part over the keys chosen and their share of the total.
"""

import argparse
import glob
import os
import re
import sys
import unicodedata

CSI = re.compile(rb"\x1b\[([\x30-\x3f]*)([\x20-\x2f]*)([\x40-\x7e])")


def width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class Screen:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[(" ", "") for _ in range(w)] for _ in range(h)]
        self.x = self.y = 0
        self.sgr = ""
        self.top, self.bottom = 0, h - 1
        self.last = " "

    def erase(self, y, x0, x1):
        for x in range(max(0, x0), min(self.w, x1)):
            self.cells[y][x] = (" ", self.sgr)

    def scroll(self, n, top, bottom):
        # n > 0: up; n < 0: down
        rows = self.cells[top:bottom + 1]
        blank = lambda: [(" ", self.sgr) for _ in range(self.w)]
        if n > 0:
            rows = rows[n:] + [blank() for _ in range(min(n, len(rows)))]
        else:
            rows = [blank() for _ in range(min(-n, len(rows)))] + rows[:n]
        self.cells[top:bottom + 1] = rows[:bottom - top + 1]

    def play(self, data, parts):
        i = 0
        text = data.decode("utf-8", "replace")
        raw = data
        # Walk the bytes; decode characters as UTF-8 runs.
        while i < len(raw):
            b = raw[i]
            if b == 0x1B:
                m = CSI.match(raw, i)
                if m:
                    n = m.end() - i
                    self.csi(m.group(1).decode(), m.group(3).decode(), n, parts)
                    i = m.end()
                    continue
                if raw[i + 1:i + 2] in (b"(", b")"):
                    parts["sgr"] += 3
                    i += 3
                    continue
                if raw[i + 1:i + 2] in (b"7", b"8", b"=", b">", b"M"):
                    if raw[i + 1:i + 2] == b"M":
                        if self.y == self.top:
                            self.scroll(-1, self.top, self.bottom)
                        else:
                            self.y = max(0, self.y - 1)
                        parts["scroll"] += 2
                    else:
                        parts["other"] += 2
                    i += 2
                    continue
                parts["unknown"] += 1
                i += 1
                continue
            if b in (0x0D, 0x0A, 0x08):
                parts["cursor"] += 1
                if b == 0x0D:
                    self.x = 0
                elif b == 0x0A:
                    if self.y == self.bottom:
                        self.scroll(1, self.top, self.bottom)
                    else:
                        self.y = min(self.h - 1, self.y + 1)
                else:
                    self.x = max(0, self.x - 1)
                i += 1
                continue
            if b < 0x20:
                parts["other"] += 1
                i += 1
                continue
            # One UTF-8 character.
            n = 1 if b < 0x80 else 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            ch = raw[i:i + n].decode("utf-8", "replace")
            self.put(ch, n, parts)
            i += n

    def put(self, ch, n, parts):
        w = width(ch)
        if w == 0:
            # A combining mark joins the cell before.
            parts["text changed"] += n
            parts["utf-8 overhead"] += n
            return
        if self.x >= self.w:
            self.x = 0
            self.y = min(self.h - 1, self.y + 1)
        old = self.cells[self.y][self.x]
        new = (ch, self.sgr)
        key = "text re-sent" if old == new else "text changed"
        parts[key] += n
        parts["utf-8 overhead"] += n - 1
        self.cells[self.y][self.x] = new
        self.last = ch
        self.x += w

    def csi(self, params, final, n, parts):
        nums = [int(p) if p.isdigit() else 0 for p in params.lstrip("?").split(";")] if params else []
        a = nums[0] if nums and nums[0] else 1
        if final == "H" or final == "f":
            self.y = (nums[0] if nums and nums[0] else 1) - 1
            self.x = (nums[1] if len(nums) > 1 and nums[1] else 1) - 1
            parts["cursor"] += n
        elif final in "ABCDdGe`a":
            if final == "A": self.y = max(0, self.y - a)
            elif final == "B" or final == "e": self.y = min(self.h - 1, self.y + a)
            elif final == "C" or final == "a": self.x = min(self.w - 1, self.x + a)
            elif final == "D": self.x = max(0, self.x - a)
            elif final == "d": self.y = a - 1
            else: self.x = a - 1
            parts["cursor"] += n
        elif final == "m":
            self.sgr = params if params not in ("", "0") else ""
            parts["sgr"] += n
        elif final == "X":
            self.erase(self.y, self.x, self.x + a)
            parts["clears"] += n
        elif final == "K":
            mode = nums[0] if nums else 0
            if mode == 0: self.erase(self.y, self.x, self.w)
            elif mode == 1: self.erase(self.y, 0, self.x + 1)
            else: self.erase(self.y, 0, self.w)
            parts["clears"] += n
        elif final == "J":
            mode = nums[0] if nums else 0
            if mode == 2 or mode == 3:
                for y in range(self.h): self.erase(y, 0, self.w)
            elif mode == 0:
                self.erase(self.y, self.x, self.w)
                for y in range(self.y + 1, self.h): self.erase(y, 0, self.w)
            parts["clears"] += n
        elif final == "r":
            self.top = (nums[0] if nums and nums[0] else 1) - 1
            self.bottom = (nums[1] if len(nums) > 1 and nums[1] else self.h) - 1
            self.x = self.y = 0
            parts["scroll"] += n
        elif final in "STLM":
            if final == "S": self.scroll(a, self.top, self.bottom)
            elif final == "T": self.scroll(-a, self.top, self.bottom)
            elif final == "L": self.scroll(-a, self.y, self.bottom)
            else: self.scroll(a, self.y, self.bottom)
            parts["scroll"] += n
        elif final == "@" or final == "P":
            row = self.cells[self.y]
            if final == "@":
                row[self.x:] = ([(" ", self.sgr)] * a + row[self.x:])[:self.w - self.x]
            else:
                row[self.x:] = (row[self.x + a:] + [(" ", self.sgr)] * a)[:self.w - self.x]
            parts["scroll"] += n
        elif final == "b":
            for _ in range(a):
                self.put(self.last, 0, parts)
            parts["text changed"] += n
        elif final in "hl":
            parts["other"] += n
        else:
            parts["unknown"] += n


ORDER = ["text changed", "text re-sent", "utf-8 overhead", "cursor", "sgr", "clears", "scroll", "other", "unknown"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--size", default="200x50")
    parser.add_argument("--keys", default="line-down", help="which keys to summarise (a file name part; 'all' for every key)")
    args = parser.parse_args()
    w, h = (int(v) for v in args.size.lower().split("x"))
    screen = Screen(w, h)
    opening = os.path.join(args.dir, "opening.bin")
    if os.path.exists(opening):
        screen.play(open(opening, "rb").read(), dict.fromkeys(ORDER, 0))
    rows = []
    for path in sorted(glob.glob(os.path.join(args.dir, "[0-9]*.bin"))):
        parts = dict.fromkeys(ORDER, 0)
        data = open(path, "rb").read()
        screen.play(data, parts)
        if args.keys == "all" or args.keys in os.path.basename(path):
            rows.append((len(data), parts))
    if not rows:
        print("no keys in %s" % args.dir, file=sys.stderr)
        return 1
    total = sorted(r[0] for r in rows)
    print("%d keys (%s): bytes p50 %d, mean %.0f" % (len(rows), args.keys, total[len(total) // 2], sum(total) / len(total)))
    grand = sum(r[0] for r in rows)
    for name in ORDER:
        values = sorted(r[1][name] for r in rows)
        share = sum(values) / grand * 100 if grand else 0
        note = " (inside the two text rows)" if name == "utf-8 overhead" else ""
        print("  %-15s p50 %6d B   %5.1f %% of all bytes%s" % (name, values[len(values) // 2], share, note))
    return 0


if __name__ == "__main__":
    sys.exit(main())
