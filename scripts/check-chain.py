#!/usr/bin/env python3
"""The external check of docs/CHAIN.md: reads event_log (schema v7-event-packing) with
Python's sqlite3, zlib and hashlib only, unpacks each row with dictionary v1
(docs/packing-v1.json), recomputes every hash; then unpacks each proposal's state
(schema v8-body-packing) with the proposal skeleton (docs/packing-v1-proposal.json) and its
created event's payload, and reads it as the JSON of that proposal. Exit 0 and 'intact' or
exit 1 and the first bad event or proposal."""
import datetime, hashlib, json, os, re, sqlite3, sys, zlib

path = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
skeletons = json.load(open(os.path.join(here, "..", "docs", "packing-v1.json"), encoding="utf-8"))
proposal_skeleton = json.load(open(os.path.join(here, "..", "docs", "packing-v1-proposal.json"), encoding="utf-8"))["proposal"]
db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
db.text_factory = bytes

def inflate(packing, data, size, skeleton, created):
    if packing == 0:
        out = bytes(data)
    elif packing == 1:
        zdict = (skeleton.encode() + (created or b""))[-32768:]
        d = zlib.decompressobj(-15, zdict=zdict) if zdict else zlib.decompressobj(-15)
        out = d.decompress(bytes(data), size + 1)
        if not d.eof or d.unused_data or d.unconsumed_tail:
            raise ValueError("not one whole deflate stream")
    else:
        raise ValueError("unknown packing")
    if len(out) != size:
        raise ValueError("size")
    return out

def unpack(packing, data, size, kind, created):
    out = inflate(packing, data, size, skeletons.get(kind, ""), created)
    n, colon, rest = out.partition(b":")
    # As dexuat reads it: 1 to 11 ASCII digits, no leading zero, then a colon (Python's int()
    # alone would also take "+5", " 5" or "5_0").
    if not colon or not re.fullmatch(rb"(0|[1-9][0-9]{0,10})", n) or int(n) > len(rest):
        raise ValueError("reason length")
    n = int(n)
    return rest[:n], rest[n:]

def vietnam(utc):
    t = datetime.datetime.strptime(utc.decode(), "%Y-%m-%dT%H:%M:%S.%fZ") + datetime.timedelta(hours=7)
    return (t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}+07:00").encode()

prev, prev_seq = b"0" * 64, 0
rows = db.execute("""SELECT seq, proposal_id, kind, actor, on_behalf_of, played, at_utc, at_local, packing, data,
                            data_size, dict_seq, prev_hash_odd, typeof(hash), hash, acting FROM event_log ORDER BY seq""")
for (seq, pid, kind, actor, behalf, played, utc, local, packing, data, size, dict_seq, odd, htype, h, acting) in rows:
    h = h.hex().encode() if htype == b"blob" else h
    link = odd if odd is not None else (prev if prev_seq == seq - 1 and prev_seq > 0 else (b"0" * 64 if seq == 1 else b""))
    try:
        payload_of_dict = None
        if dict_seq is not None:
            d = db.execute("SELECT packing, data, data_size FROM event_log WHERE seq = ?", (dict_seq,)).fetchone()
            payload_of_dict = unpack(d[0], d[1], d[2], "created", None)[1]
        reason, payload = unpack(packing, data, size, kind.decode(), payload_of_dict)
    except Exception:
        raise SystemExit(f"first bad event: #{seq} (cannot be unpacked)")
    fields = [link, str(seq).encode(), pid or b"", kind, actor, behalf or b"", str(played).encode(), utc,
              local if local is not None else vietnam(utc), reason, payload] + ([acting] if acting is not None else [])
    canonical = b"".join(str(len(f)).encode() + b":" + f + b"\n" for f in fields)
    if seq != prev_seq + 1 or link != prev or hashlib.sha256(canonical).hexdigest().encode() != h:
        raise SystemExit(f"first bad event: #{seq}")
    prev, prev_seq = h, seq

# Each proposal's state: JSON of that proposal, packed against its created event.
states = 0
if any(c[1] == b"body_data" for c in db.execute("PRAGMA table_info(proposal)")):
    for (pid, packing, size, dict_seq, data) in db.execute(
            "SELECT id, body_packing, body_size, body_dict, body_data FROM proposal ORDER BY seq"):
        try:
            created = None
            if dict_seq is not None:
                d = db.execute("SELECT packing, data, data_size, kind, proposal_id FROM event_log WHERE seq = ?", (dict_seq,)).fetchone()
                if d is None or d[3] != b"created" or d[4] != pid:
                    raise ValueError("dictionary")
                created = unpack(d[0], d[1], d[2], "created", None)[1]
            state = json.loads(inflate(packing, data, size, proposal_skeleton, created))
            if state.get("id") != pid.decode():
                raise ValueError("id")
        except Exception:
            # ascii(): a hostile id's control bytes are printed escaped, never sent to the terminal.
            raise SystemExit(f"first bad proposal state: {ascii(pid.decode(errors='replace'))[1:-1]}")
        states += 1
print("intact; last hash", prev.decode() + f"; {states} proposal states read")
