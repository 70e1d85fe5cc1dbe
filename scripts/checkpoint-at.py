#!/usr/bin/env python3
"""The checkpoint code (mã kiểm tra) of an earlier event of a dexuat file, for benchmarks:

    scripts/checkpoint-at.py DB --days-back 1     # the last event more than a day before the head
    scripts/checkpoint-at.py DB --seq 12345
    scripts/checkpoint-at.py DB --day-share        # N events before the head, N = events / 365

Prints the code as `dexuat checkpoint` writes it (Sources/Ledger/Ledger+Checkpoint.swift):
the sequence number, then the first 19 Crockford base32 characters of the event's hash and
one check character, grouped by four. Reads the file with the sqlite3 module, read-only.
"""
import hashlib
import sqlite3
import sys

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def base32(hexadecimal):
    out, buffer, bits = [], 0, 0
    for byte in bytes.fromhex(hexadecimal):
        buffer = (buffer << 8) | byte
        bits += 8
        while bits >= 5:
            out.append(ALPHABET[(buffer >> (bits - 5)) & 31])
            bits -= 5
        buffer &= (1 << bits) - 1
    if bits:
        out.append(ALPHABET[(buffer << (5 - bits)) & 31])
    return "".join(out)


def code(seq, hexadecimal):
    digest = base32(hexadecimal)[:19]
    check = ALPHABET[hashlib.sha256(f"{seq}:{digest}".encode()).digest()[0] & 31]
    characters = digest + check
    return f"{seq}-" + "-".join(characters[i:i + 4] for i in range(0, len(characters), 4))


def main():
    args = sys.argv[1:]
    if not (len(args) == 3 and args[1] in ("--days-back", "--seq")) and not (len(args) == 2 and args[1] == "--day-share"):
        sys.exit("usage: checkpoint-at.py DB (--days-back N | --seq N | --day-share)")
    db = sqlite3.connect(f"file:{args[0]}?mode=ro", uri=True)
    # From v7-event-packing the rows are in event_log (the `event` view needs dexuat's own
    # SQL functions, which this shell does not have), the hash as 32 bytes.
    packed = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_log'").fetchone()
    table = "event_log" if packed else "event"
    hash_sql = "CASE WHEN typeof(hash) = 'blob' THEN lower(hex(hash)) ELSE hash END" if packed else "hash"
    if args[1] == "--day-share":
        # A year's events spread evenly: what one day of the ward adds (the demo's events
        # are written proposal by proposal, not in the order of their days).
        last = db.execute("SELECT MAX(seq) FROM " + table).fetchone()[0]
        seq = max(1, last - last // 365)
    elif args[1] == "--seq":
        seq = int(args[2])
    else:
        last = db.execute(f"SELECT at_utc FROM {table} ORDER BY seq DESC LIMIT 1").fetchone()[0]
        bound = db.execute("SELECT strftime('%Y-%m-%dT%H:%M:%S', ?, ?)", (last[:19], f"-{int(args[2])} days")).fetchone()[0]
        # Events are in time order: the first one at or after the bound, minus one.
        row = db.execute(f"SELECT MIN(seq) FROM {table} WHERE at_utc >= ?", (bound,)).fetchone()
        seq = max(1, (row[0] or 1) - 1)
    row = db.execute(f"SELECT {hash_sql} FROM {table} WHERE seq = ?", (seq,)).fetchone()
    if row is None:
        sys.exit(f"no event {seq}")
    print(code(seq, row[0]))


if __name__ == "__main__":
    main()
