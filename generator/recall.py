"""Case rows an earlier build checked and found clean, so a daily rebuild checks only what is new.

A case row whose cells are exactly as before (the same values under the same
headers) parses to the same values, and if the personal-data gate found nothing
in it then, it finds nothing now.  Only rows that raised no problem at all are
remembered: a row with a warning or an error is checked in full every time, so
its messages are never lost.  What depends on other records or on the date is
checked every time too, remembered row or not: unit names, ids unique across
files, ``duplicate_of``, the as-of date, and complainants' phone numbers of
other cases appearing in a case's text (each remembered row keeps the digit
runs of its texts for that).

The memory is a file in the build cache (``.portal-cache/checked/``), in
Python's ``marshal`` format (read faster than JSON),
stamped with a digest of the generator's code and the gate's configuration:
any change to either, and it is not used.  It is trusted as the search-index
cache beside it is — keep the cache where only the build writes.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import marshal
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from . import contract as c

FORMAT = 1


@functools.cache
def code_digest() -> str:
    """The generator's own code: parsing and checking rules live there (read once: it is the
    code this process runs)."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _encode(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


_DECODERS = {c.DATE: dt.date.fromisoformat, c.MONEY: Decimal}
_NAMES = [f.name for f in c.CASES.fields]
_DECODED = [(f.name, _DECODERS[f.type]) for f in c.CASES.fields if f.type in _DECODERS]


@dataclass
class Recall:
    """Clean case rows by the digest of their cells."""
    stamp: str
    rows: dict[str, list] = field(default_factory=dict)      # row digest -> [encoded values, runs]
    hits: dict[str, list[str]] = field(default_factory=dict)   # row digest -> runs, of the rows remembered
    parsed: dict[str, dict] = field(default_factory=dict)    # row digest -> values, of the rows parsed now

    def get(self, digest: str) -> dict[str, object] | None:
        """The values the row parsed to, as RecordChecker.parse() gives them; None if not remembered."""
        entry = self.rows.get(digest) if digest else None
        if entry is None:
            return None
        encoded, runs = entry
        self.hits[digest] = runs
        values = dict(zip(_NAMES, encoded))
        for name, decode in _DECODED:
            if values[name] is not None:
                values[name] = decode(values[name])
        return values

    @staticmethod
    def entry(values: dict[str, object], runs: list[str]) -> list:
        return [[_encode(values[name]) for name in _NAMES], runs]


def stamp_for(allowed) -> str:
    """``allowed``: what the personal-data gate lets through (public contacts, confirmed names)."""
    return f"{FORMAT}/{code_digest()}/{sorted(allowed)!r}"


def load_recall(path: Path, allowed) -> Recall:
    stamp = stamp_for(allowed)
    try:
        data = marshal.loads(path.read_bytes())
        if data.get("stamp") == stamp and isinstance(data.get("rows"), dict):
            return Recall(stamp, data["rows"])
    except (OSError, ValueError, EOFError, TypeError, AttributeError):
        pass
    return Recall(stamp)


def save_recall(path: Path, recall: Recall, rows: dict[str, list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(marshal.dumps({"stamp": recall.stamp, "rows": rows}))
    os.replace(tmp, path)
