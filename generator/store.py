"""The build's caches: one format, one stamp, one atomic write.

A cache is a file of Python's ``marshal`` format (read and written several times faster than
JSON) holding ``(stamp, value)``.  The stamp names the store's format, the cache (its name
and its owner's own version of what it holds) and, for a cache of what the generator made,
a digest of the generator's code, the Python version and the installed packages' versions:
an upgrade of any never reads what an older version made.  A file with another stamp, a
damaged file or none at all is read as empty, and its owner makes what it held afresh.  A
cache is replaced, never written over: a new file beside it is renamed onto it (so a reader,
or a site folder hard-linked to another, never sees half a file).

Version 2 of marshal keeps no references between objects and does not mark interned
strings, so the same value is the same bytes whichever process made it (the forked and the
serial builds leave the same cache, byte for byte).  marshal trusts what it reads: keep the
cache where only the build writes, as the output folder is.

The folders of files — the search indexes of unchanged periods (``search.py``) and the
compiled templates (``render.py``, ``shell.py``) — are not stores: they are kept under
``.portal-cache`` by their owners, the templates under a folder named by :func:`code_digest`.
"""
from __future__ import annotations

import functools
import hashlib
import marshal
import os
import re
import shutil
import sys
from pathlib import Path

FORMAT = 1
MARSHAL_VERSION = 2
SUFFIX = ".marshal"


@functools.cache
def code_digest() -> str:
    """The generator's own code: parsing and checking rules live there (read once: it is the
    code this process runs)."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def installed() -> list[tuple[str, str]]:
    """Every installed package and its version: an upgrade of any the build runs on — directly
    or through another (the Pagefind program beside its wrapper, Markdown's extensions) — may
    change the site, what the personal-data gate finds in the same data, or a deadline (the
    holiday calendar).  Read as importlib.metadata finds packages, from the names of their
    metadata folders on the import path (``name-version.dist-info``, as wheels are installed),
    without parsing each package's metadata: a tenth of a second, every build, for 150 packages."""
    found = set()      # a folder on the path twice ('' and the same folder by name) lists its packages once
    for folder in dict.fromkeys(sys.path):
        try:
            names = os.listdir(folder or ".")
        except OSError:             # a zip archive, or a folder no longer there
            continue
        for name in names:
            stem, _, kind = name.rpartition(".")
            if kind in ("dist-info", "egg-info"):
                package, _, version = stem.partition("-")
                found.add((re.sub(r"[-_.]+", "-", package).lower(),
                           version.partition("-")[0] or _version_inside(Path(folder or ".") / name)))
    return sorted(found)


def _version_inside(metadata: Path) -> str:
    """The Version: line of a metadata folder (or egg-info file) whose name has no version."""
    for path in (metadata / "METADATA", metadata / "PKG-INFO", metadata):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = re.search(r"^Version:\s*(\S+)", text, re.M)
        return found[1] if found else ""
    return ""


@functools.cache
def installed_digest() -> str:
    """The packages this process runs on, as they were when it first asked (it runs those it imported)."""
    return hashlib.blake2b(repr(installed()).encode("utf-8"), digest_size=16).hexdigest()


class Store:
    """One cache file.  ``what``: the cache and its owner's version of it; ``made_by_code``:
    whether what it holds was made by the generator (and is stale after any change to it).
    The site's manifest is not: it says what each published file holds, whichever version
    wrote it (its pages' fingerprints carry the code digest themselves)."""

    def __init__(self, path: Path, what: str, made_by_code: bool = True):
        self.path = Path(path)
        # A store not made by the code keeps the stamp's two empty fields: earlier versions' manifests read.
        self.stamp = (FORMAT, what, *((code_digest(), sys.version, installed_digest()) if made_by_code else ("", "")))

    def read(self):
        """What the file holds, or None when it holds nothing this build may use."""
        try:
            stamp, value = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        return value if stamp == self.stamp else None

    def write(self, value) -> None:
        """Replace the file by one holding ``value`` (a ValueError, and no file, if ``value``
        holds what marshal cannot write)."""
        data = marshal.dumps((self.stamp, value), MARSHAL_VERSION)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, self.path)
        finally:
            tmp.unlink(missing_ok=True)


def encoded(value) -> bytes:
    """A part of a store's value kept as bytes, decoded only when used (and copied as it is when not)."""
    return marshal.dumps(value, MARSHAL_VERSION)


def decoded(data: bytes):
    return marshal.loads(data)


def named(cache_dir: Path, name: str, version: int = 1) -> Store:
    """The cache ``name`` of the cache folder (``checked/cases`` is ``checked/cases.marshal``)."""
    return Store(Path(cache_dir) / f"{name}{SUFFIX}", f"{name}/{version}")


_PLAIN = frozenset((str, int, float, bool, type(None)))


def plain(values: list) -> bool:
    """Whether a list's every value is one marshal keeps as it is: nothing in it to tag (a row
    of a CSV file is its cells' texts; checked for the whole row at once, not cell by cell)."""
    return type(values) is list and _PLAIN.issuperset(map(type, values))


def pack(value):
    """A value as marshal keeps it: dates (and times), amounts and tuples as tagged tuples (a
    ValueError for any other type)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, list):
        return list(value) if plain(value) else [pack(v) for v in value]
    if isinstance(value, dict):
        return {k: pack(v) for k, v in value.items()}
    tag = _TAGS.get(type(value))
    if tag is None:
        raise ValueError(f"a cache does not keep a {type(value).__name__}")
    return (tag, _ENCODE[type(value)](value))


def unpack(value):
    if isinstance(value, tuple):
        return _DECODE[value[0]](value[1])
    if isinstance(value, list):
        return [unpack(v) for v in value]
    if isinstance(value, dict):
        return {k: unpack(v) for k, v in value.items()}
    return value


def _tagged():
    import datetime as dt
    from decimal import Decimal
    kinds = [("date", dt.date, dt.date.toordinal, dt.date.fromordinal),
             ("datetime", dt.datetime, dt.datetime.isoformat, dt.datetime.fromisoformat),
             ("time", dt.time, dt.time.isoformat, dt.time.fromisoformat),
             ("decimal", Decimal, str, Decimal),
             ("tuple", tuple, lambda t: [pack(v) for v in t], lambda items: tuple(unpack(v) for v in items))]
    return ({t: tag for tag, t, _, _ in kinds}, {t: enc for _, t, enc, _ in kinds},
            {tag: dec for tag, _, _, dec in kinds})


_TAGS, _ENCODE, _DECODE = _tagged()


def keep_only(building: Path, kept: Path) -> None:
    """A cache folder made whole beside ``kept`` (``building``, in the same folder) becomes ``kept``,
    the only version left there: every other one is removed first."""
    for old in kept.parent.iterdir():
        if old != building:
            shutil.rmtree(old, ignore_errors=True)
    building.rename(kept)
