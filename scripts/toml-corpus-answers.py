#!/usr/bin/env python3
"""Writes the JSON answer of every valid file of Tests/SafeTOMLTests/Corpus, in the
format of toml-test ({"type": "integer", "value": "42"} for each scalar), from Python's
own TOML reader (tomllib), so that the answers come from another parser than ours.
Run after adding or changing a valid file: python3 scripts/toml-corpus-answers.py
Also checks that Python refuses every invalid file (a file both parsers accept would
not test anything)."""
import datetime
import json
import math
import pathlib
import sys
import tomllib

root = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "SafeTOMLTests" / "Corpus"


def tagged(value):
    if isinstance(value, dict):
        return {key: tagged(item) for key, item in value.items()}
    if isinstance(value, list):
        return [tagged(item) for item in value]
    if isinstance(value, bool):
        return {"type": "bool", "value": "true" if value else "false"}
    if isinstance(value, int):
        return {"type": "integer", "value": str(value)}
    if isinstance(value, float):
        if math.isnan(value):
            text = "nan"
        elif math.isinf(value):
            text = "inf" if value > 0 else "-inf"
        else:
            text = repr(value)
        return {"type": "float", "value": text}
    if isinstance(value, str):
        return {"type": "string", "value": value}
    if isinstance(value, datetime.datetime):
        kind = "datetime" if value.tzinfo is not None else "datetime-local"
        return {"type": kind, "value": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"type": "date-local", "value": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"type": "time-local", "value": value.isoformat()}
    raise TypeError(type(value))


# Refused by TOML 1.0 or by its 64-bit rules, read all the same by tomllib: integers past
# 64 bits ("an error must be thrown" when one cannot be kept losslessly; Python's integers
# have no bound), a float past binary64 (tomllib reads it as inf), nesting past our bound
# (tomllib stops with a RecursionError, which is a refusal too).
TOMLLIB_READS = {
    "invalid/integer/overflow.toml",
    "invalid/integer/underflow.toml",
    "invalid/integer/hex-overflow.toml",
    "invalid/float/too-large.toml",
}

failures = 0
for path in sorted((root / "valid").rglob("*.toml")):
    # A byte-order mark at the start is allowed (toml-test's utf8-bom cases); tomllib
    # reads bytes as UTF-8 without it.
    document = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    path.with_suffix(".json").write_text(json.dumps(tagged(document), indent=1, ensure_ascii=False, sort_keys=True) + "\n")
for path in sorted((root / "invalid").rglob("*.toml")):
    try:
        tomllib.loads(path.read_bytes().decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError, RecursionError):
        continue
    if str(path.relative_to(root)) in TOMLLIB_READS:
        continue
    print(f"{path.relative_to(root)}: tomllib accepts it", file=sys.stderr)
    failures += 1
sys.exit(1 if failures else 0)
