"""The search index: Pagefind (extended build, which segments Chinese) over
compact records of what people search for, not over whole pages.

Whole pages carry the theme's header and navigation; indexing them costs
memory in proportion to all that text.  Each record here is a tiny HTML file
with the words worth finding, the facets as filters and the result's title,
date and unit as metadata.  Cases are indexed one quarter per index, other
records in a "main" index; the browser merges them.  An index whose records
did not change is copied from the cache instead of being rebuilt, so a daily
rebuild re-indexes only the quarters whose cases changed.  What Pagefind writes is put
in a canonical form (:func:`canonicalize`): the same records give the same bytes from
an empty cache too.

Why one module of ~600 lines: the records, the plan of indexes, running Pagefind and
making its output canonical all hang on Pagefind's formats and version (pinned); a
Pagefind upgrade is then reviewed in one place.
"""
from __future__ import annotations

import base64
import datetime as dt
import errno
import gzip
import hashlib
import inspect
import json
import marshal
import os
import shutil
import subprocess
from collections import Counter
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import escape

from .derive import case_source
from .disclose import Disclosure
from .parallel import stopping
from .store import code_digest, installed_digest, keep_only
from . import i18n

FACETS = ("kind", "unit", "category", "year", "status", "finding")


@dataclass
class Record:
    url: str                 # "cases/QX-1/"
    title: str
    text: str
    date: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)

    def html(self, lang: str) -> str:
        parts = [f'<!doctype html><html lang="{"zh-cn" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
                 f"<title>{escape(self.title)}</title></head><body><main data-pagefind-body>",
                 f'<h1 data-pagefind-meta="title">{escape(self.title)}</h1>']
        if self.date:
            parts.append(f'<span data-pagefind-meta="date:{escape(self.date)}" '
                         f'data-pagefind-sort="date:{escape(self.date)}"></span>')
        parts.append(f'<span data-pagefind-meta="url:{escape(self.url)}"></span>')
        for key, value in self.meta.items():
            parts.append(f'<span data-pagefind-meta="{key}:{escape(value)}"></span>')
        for key, value in self.filters.items():
            if value:
                parts.append(f'<span data-pagefind-filter="{key}:{escape(value)}"></span>')
        parts.append(f"<p>{escape(self.text)}</p></main></body></html>")
        return "".join(parts)


# Days per index of the as-of date's month: a daily rebuild re-indexes the newest such days'
# cases, not the month's (the last part, from the 26th, runs to the month's end).
MONTH_PART_DAYS = 5


def case_index(received: dt.date, as_of: dt.date) -> str:
    """The index a case is in: one per quarter of receipt ("2026-q3"); in the quarter of the
    as-of date, one per month ("2026-10"); in the as-of date's month, one per five days, named
    by its first day ("2026-11-16").

    New cases fall in the newest part, so a rebuild re-indexes five days' cases, not a month's
    or a quarter's (Pagefind's work grows with the records it is given).  Once the month is
    over, its parts are indexed once more, as the month, and once the quarter is over, its
    months, as the quarter: the indexes the browser merges stay few.
    """
    if (received.year, received.month) == (as_of.year, as_of.month):
        first_day = min((received.day - 1) // MONTH_PART_DAYS, 5) * MONTH_PART_DAYS + 1
        return f"{received.year}-{received.month:02d}-{first_day:02d}"
    if (received.year, (received.month - 1) // 3) == (as_of.year, (as_of.month - 1) // 3):
        return f"{received.year}-{received.month:02d}"
    return f"{received.year}-q{(received.month - 1) // 3 + 1}"


def _newest_first(names) -> list[str]:
    """Index names from the newest cases to the oldest ("2026-11-16", …, "2026-10", "2026-q3", …)."""
    def start(name: str) -> tuple[int, int, int]:
        year, part, *day = name.split("-")
        month = (int(part[1:]) - 1) * 3 + 1 if part.startswith("q") else int(part)
        return int(year), month, int(day[0]) if day else 1
    return sorted(names, key=start, reverse=True)


# The newest cases, searched first while every index is still being searched (search_first_answer).
FIRST = "first"


def _cases_per_index(d: Disclosure) -> Counter:
    counts: Counter = Counter()
    for received, n in Counter(k.received_date for k in d.cases).items():     # a few hundred dates
        counts[case_index(received, d.as_of)] += n
    return counts


def index_names(d: Disclosure) -> list[str]:
    """Every index, newest cases first: what the search page merges."""
    return ["main"] + _newest_first(_cases_per_index(d))


def first_answer(d: Disclosure, first: int) -> str:
    """The index that answers a search first: the newest ``first`` cases' own when the newest
    index of cases holds more (a smaller index answers sooner), else that index ("main" when
    there are no cases)."""
    counts = _cases_per_index(d)
    if not counts:
        return "main"
    newest = _newest_first(counts)[0]
    return FIRST if 0 < first < counts[newest] else newest


def records(d: Disclosure, lang: str, pages: list[tuple[str, str, str]], first: int = 0) -> dict[str, list[Record]]:
    """Records per index: "main", the cases' (case_index), and the newest cases' (first_answer)."""
    return {"main": main_records(d, lang, pages), **case_records(d, lang, first)}


@dataclass(frozen=True)
class Result:
    """What a search result shows of a record besides its excerpt.  A case's and a notice's
    page carry theirs too, so a search naming the record by number answers from its page
    before Pagefind has started (portal-search.js)."""
    title: str
    date: str
    unit: str


def case_result(case, unit_name: str) -> Result:
    return Result(f"{case.case_id} {unit_name}｜{case.category}", case.received_date.isoformat(), unit_name)


def removal_result(removal, lang: str) -> Result:
    """A withdrawn or expired record: its number and that it is gone, never its content."""
    return Result(f"{removal.id} {i18n.label('withdrawn_title', lang)}",
                  removal.date.isoformat() if removal.date else "", "")


def notice_result(notice, unit_names: dict[str, str]) -> Result:
    return Result(notice.title, notice.date.isoformat(), "、".join(unit_names[u] for u in notice.units))


def cases_by_index(d: Disclosure, first: int = 0) -> dict[str, list]:
    """The cases of each index (:func:`case_index`), newest first; and the newest ``first``
    cases' own index when :func:`first_answer` says they answer first (they are in their
    quarter's or month's index too)."""
    out: dict[str, list] = {}
    index_of: dict[dt.date, str] = {}       # a day's cases are many: its index is worked out once
    for case in d.cases:        # newest first
        index = index_of.get(case.received_date)
        if index is None:
            index = index_of[case.received_date] = case_index(case.received_date, d.as_of)
        out.setdefault(index, []).append(case)
    if first_answer(d, first) == FIRST:
        out[FIRST] = d.cases[:first]
    return out


def case_record(case, units: dict[str, str], lang: str) -> Record:
    text = " ".join(filter(None, [case.case_id, units[case.unit_code], case.category, case.channel, case.summary,
                                  case.outcome, "；".join(case.actions), case.correction]))
    shown = case_result(case, units[case.unit_code])
    return Record(f"cases/{case.case_id}/", shown.title, text, shown.date,
                  {"kind": i18n.label("cases_short", lang), "unit": units[case.unit_code], "category": case.category,
                   "year": str(case.received_date.year), "status": case.status, "finding": case.finding},
                  {"unit": shown.unit})


def case_records(d: Disclosure, lang: str, first: int = 0) -> dict[str, list[Record]]:
    """The cases' records by index (:func:`cases_by_index`)."""
    return {name: [case_record(case, d.unit_names, lang) for case in cases]
            for name, cases in cases_by_index(d, first).items()}


def main_records(d: Disclosure, lang: str, pages: list[tuple[str, str, str]]) -> list[Record]:
    """Notices, units, commitments and the hand-written pages: the "main" index."""
    t = lambda key: i18n.label(key, lang)  # noqa: E731
    units = d.unit_names
    out: list[Record] = []
    for notice in d.notices:
        shown = notice_result(notice, units)
        out.append(Record(
            f"notices/{notice.id}/", shown.title,
            " ".join(filter(None, [notice.id, shown.unit, notice.issue, notice.subject, "；".join(notice.sanctions),
                                   notice.body, notice.correction])),
            shown.date,
            {"kind": t("notices"), "unit": units[notice.units[0]] if notice.units else "", "year": str(notice.date.year)},
            {"unit": shown.unit}))
    for unit in d.units:
        out.append(Record(f"units/{unit.code}/", unit.name, " ".join([unit.name, unit.kind, *unit.aliases]),
                          filters={"kind": t("units"), "unit": unit.name},
                          meta={"unit": f"{unit.name}（{unit.kind}）" if unit.kind else unit.name}))
    for item in d.commitments:
        out.append(Record(
            f"commitments/#item-{item.item_code}", f"{item.item_name}（{units[item.unit_code]}）",
            " ".join(filter(None, [item.item_code, item.item_name, units[item.unit_code], item.window,
                                   "；".join(item.materials), item.fee])),
            filters={"kind": t("commitments"), "unit": units[item.unit_code]}, meta={"unit": units[item.unit_code]}))
    return out + page_records(pages, lang)


def page_records(pages: list[tuple[str, str, str]], lang: str) -> list[Record]:
    """Records of the hand-written pages: (url, title, text) each."""
    kind = i18n.label("kind_pages", lang)
    return [Record(url, title, text, filters={"kind": kind}) for url, title, text in pages]


def _pagefind() -> str:
    import pagefind_bin_extended
    return str(pagefind_bin_extended.get_executable())


# Changes whenever what goes into Pagefind is laid out differently, so cached indexes are rebuilt.
CORPUS_LAYOUT = "flat-1"
# Changes whenever what is done to Pagefind's output changes (:func:`canonicalize`), likewise.
OUTPUT_FORM = "canonical-1"


def pagefind_version() -> str:
    """The indexer's version: another one writes other bundles (and its own runtime in them),
    which must not be published beside, or instead of, this one's."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("pagefind_bin_extended")
    except PackageNotFoundError:
        return ""


def _index_key(files: dict[str, Record], lang: str) -> str:
    """The records' fields, the code that writes them out and the indexer's version, not the
    written-out pages: writing every record out to hash it was most of the plan's time."""
    digest = hashlib.blake2b(repr((CORPUS_LAYOUT, OUTPUT_FORM, lang, inspect.getsource(Record.html),
                                   pagefind_version())).encode(), digest_size=16)
    for path in sorted(files):
        # Every field, a field added later too.  Marshal's format 2 writes values alone (no marks of
        # shared or interned strings, which later formats add): the same records, the same bytes.
        digest.update(marshal.dumps((path, vars(files[path])), 2))
    return digest.hexdigest()[:20]


def _cases_key(made_by: bytes, cases: list, unit_names: dict[str, str]) -> str:
    """An index of cases by what its records are made from: each case as its page's fingerprint
    has it (:func:`derive.case_source`: its row under its headers, or the case written out) and
    its unit's name, and ``made_by`` (:func:`_cases_made_by`).  Cheaper than the records
    themselves, which need not be made for an index the cache has."""
    digest = hashlib.blake2b(made_by, digest_size=16)
    digest.update(marshal.dumps([(case_source(k), unit_names[k.unit_code]) for k in cases], 2))
    return digest.hexdigest()[:20]


def _cases_made_by(lang: str) -> bytes:
    """What makes records of cases besides the cases: this package's code (whose digest covers
    the reading of rows too), the installed packages and Pagefind's version, and the language."""
    return repr((CORPUS_LAYOUT, OUTPUT_FORM, lang, code_digest(), installed_digest(), pagefind_version())).encode()


CORPUS_PREFIX = "portal-corpus-"
ENTRY = "pagefind-entry.json"     # what the browser opens a bundle by
STALE_CORPUS_S = 6 * 3600     # no build takes this long


def _scratch_parent(size: int) -> str | None:
    """Where a corpus of about ``size`` bytes is written: memory (tmpfs) when it has room.

    The corpus is read once and deleted.  On a disk, creating and deleting tens of
    thousands of small files costs more kernel time than indexing them (and slows the
    next build's file creation, which must skip recently deleted inodes)."""
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 4 * size + (64 << 20):
            return str(shm)
    except OSError:
        pass
    return None


def clear_stale_corpora() -> None:
    """Corpora a build killed outright left in memory (/dev/shm is not freed by itself): those
    whose lock no process holds any more, and any from before the longest build."""
    try:
        for stale in Path("/dev/shm").glob(f"{CORPUS_PREFIX}*"):
            if _abandoned(stale) or time.time() - stale.stat().st_mtime > STALE_CORPUS_S:
                shutil.rmtree(stale, ignore_errors=True)
    except OSError:
        pass


_indexing: set[subprocess.Popen] = set()     # the Pagefind processes running

CORPUS_LOCK = ".lock"     # held by the process indexing the corpus (Pagefind reads only *.html)


def _lock_corpus(corpus: Path):
    """Hold the corpus's lock while it is used: released by the system when its process ends,
    however it ends.  A lock, not a process id: one is true in every process namespace that
    shares /dev/shm (containers).  Locked before it has its name, so that no other build finds
    it unlocked, or holds it when it is to be locked."""
    handle = open(corpus / f"{CORPUS_LOCK}.new", "w")
    try:
        import fcntl
        fcntl.flock(handle, fcntl.LOCK_EX)
    except ImportError:        # not on Linux or macOS: the age alone tells
        pass
    os.rename(corpus / f"{CORPUS_LOCK}.new", corpus / CORPUS_LOCK)
    return handle


def _abandoned(corpus: Path) -> bool:
    try:
        import fcntl
        with open(corpus / CORPUS_LOCK, "r") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (ImportError, FileNotFoundError, BlockingIOError, PermissionError):
        return False          # in use, being made, or another user's
    return True


@dataclass(frozen=True)
class IndexerRun:
    """What one Pagefind run cost, for the build's report (and the benchmarks' page)."""
    peak_kb: int
    cpu_s: float


def corpus_name(path: str) -> str:
    """The flat file a record is indexed from, named by a digest of its own address: Pagefind
    names each fragment by a digest of its content, which holds this name, so a record unchanged
    keeps its fragment's file when records are added before it (numbered by place, a day's new
    cases renamed nearly every fragment of their month, all of which a host then uploads again).
    Not the address itself: ids that differ only in capitals would be one file where file names
    do not (macOS, Windows).  Results link to the "url" metadata, not to this."""
    return hashlib.blake2b(path.encode("utf-8"), digest_size=10).hexdigest() + ".html"


# An index of fewer records than this is built by a Pagefind process kept for the next ones (its
# service mode); a larger one by a `pagefind` command of its own.  Starting Pagefind, and its
# dictionary for cutting Chinese words, is most of what a small index costs (a day's, a month's
# part, a quarter at 10,000 cases); but the service mode spends more CPU on each record, which a
# quarter at 100,000 cases pays many times over (measured: docs/benchmarks.md).
SHARED_BELOW = 2000


class Indexer:
    """Builds indexes one after another: small ones in one Pagefind process in its service mode
    (the protocol of Pagefind's Python package: base64 of JSON, each message ended by a comma),
    large ones each by the `pagefind` command."""

    def __init__(self):
        self.service: subprocess.Popen | None = None
        self.runs: list[IndexerRun] = []
        self._sent, self._received = 0, b""

    def index(self, corpus: Path, output: Path, lang: str, records: int) -> None:
        """Index the ``records`` pages of the folder ``corpus`` into the bundle ``output``, as
        ``pagefind --site corpus --output-path output --force-language lang`` does."""
        language = "zh" if lang == "zh" else "en"
        if records >= SHARED_BELOW:
            self.runs.append(_finished(_started([_pagefind(), "--site", str(corpus), "--output-path", str(output),
                                                 "--silent", "--force-language", language])))
            return
        if self.service is None:
            self.service = _started([_pagefind(), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        index_id = self._request({"type": "NewIndex", "config": {"force_language": language}})["index_id"]
        self._request({"type": "AddDir", "index_id": index_id, "path": str(corpus)})
        # The bundle's files as an answer, written here: the service answers WriteFiles before its
        # last writes have reached the files (it does not flush them), and a bundle read then was
        # found cut short.
        for file in self._request({"type": "GetFiles", "index_id": index_id})["files"]:
            rel = Path(file["path"])
            if rel.is_absolute() or ".." in rel.parts:
                raise RuntimeError(f"Pagefind: a file outside its bundle: {file['path']}")
            (output / rel).parent.mkdir(parents=True, exist_ok=True)
            (output / rel).write_bytes(base64.b64decode(file["content"]))
        self._request({"type": "DeleteIndex", "index_id": index_id})

    def _request(self, payload: dict) -> dict:
        self._sent += 1
        try:
            self.service.stdin.write(base64.b64encode(json.dumps({"message_id": self._sent, "payload": payload})
                                                      .encode("utf-8")) + b",")
            self.service.stdin.flush()
        except (BrokenPipeError, ValueError):
            raise subprocess.CalledProcessError(self.service.poll() or -1, self.service.args) from None
        while b"," not in self._received:
            chunk = os.read(self.service.stdout.fileno(), 1 << 16)
            if not chunk:
                raise subprocess.CalledProcessError(self.service.wait(), self.service.args)
            self._received += chunk
        message, _, self._received = self._received.partition(b",")
        answer = json.loads(base64.b64decode(message))["payload"]
        if answer.get("type") == "Error":
            raise RuntimeError(f"Pagefind: {answer.get('message')}")
        return answer

    def close(self) -> list[IndexerRun]:
        """End the service; what every Pagefind process cost."""
        if self.service is not None:
            self.service.stdin.close()
            self.runs.append(_finished(self.service))
            self.service = None
        return self.runs


def _started(args: list[str], **streams) -> subprocess.Popen:
    process = subprocess.Popen(args, **streams)
    _indexing.add(process)
    if stopping():      # the build failed meanwhile (parallel.stop_all), after the others were stopped
        process.kill()
    return process


def _finished(process: subprocess.Popen) -> IndexerRun:
    _, status, usage = os.wait4(process.pid, 0)     # wait4: the indexer's own peak memory and CPU
    _indexing.discard(process)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, process.args)
    return IndexerRun(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)


def _build_index(indexer: Indexer, files: dict[str, Record], folder: Path, key: str, lang: str) -> None:
    """Index one corpus into ``folder/key``, keeping one version per index."""
    folder.mkdir(parents=True, exist_ok=True)
    building = folder / f"building-{key}"
    shutil.rmtree(building, ignore_errors=True)
    pages = {corpus_name(path): record.html(lang).encode("utf-8") for path, record in files.items()}
    corpus = Path(tempfile.mkdtemp(prefix=CORPUS_PREFIX, dir=_scratch_parent(sum(map(len, pages.values()))) or folder))
    lock = None
    try:
        lock = _lock_corpus(corpus)
        for name, page in pages.items():
            (corpus / name).write_bytes(page)
        indexer.index(corpus, building, lang, len(pages))
    finally:
        shutil.rmtree(corpus, ignore_errors=True)
        if lock is not None:
            lock.close()
    canonicalize(building)
    keep_only(building, folder / key)


# Pagefind's output in canonical form.  Two runs over the same corpus write the same
# fragments, word indexes and runtime, but not the same filter indexes and metadata
# (Pagefind#638): it keeps filters and sorts in hash maps, whose order changes from run to
# run, and names each file by a hash of its content.  Read in Pagefind's source as of mid-2025
# (pagefind/src/index/mod.rs, output/mod.rs) and checked by decoding 1.5.2's output of many runs
# (1.5.2 adds a 6th item to the metadata): unordered are
#   - the values in each filter index (filter/*.pf_filter: [filter, [[value, [page, ...]], ...]]),
#   - the filters in the metadata (pagefind.*.pf_meta, 4th item: [[filter, file hash], ...]),
#   - the sorts in the metadata (5th item: [[sort, [page, ...]], ...]);
# and so the names of the filter files and of the metadata, and the metadata's name in
# pagefind-entry.json.  Every list of pages is in page order, which follows the corpus, and the
# 6th item of the metadata (the names of the metadata fields) is sorted.  The browser reads
# filters, values and sorts into maps (pagefind_web: filter_index.rs, metadata.rs), so their
# order means nothing to it.  canonicalize sorts them by name (as Rust orders strings: by UTF-8
# bytes, which is code point order), re-encodes only what moved (the CBOR of everything else is
# Pagefind's, byte for byte), names each file as Pagefind names that content, and gzips with no
# time stamp.  A Pagefind whose files are not of this form stops the build (the version is
# pinned; an upgrade must be checked against this).
_SIGNATURE = b"pagefind_dcd"        # before the CBOR, inside the gzip (pagefind/src/output/mod.rs)


class PagefindFormatError(RuntimeError):
    pass


def _head(data: bytes, i: int) -> tuple[int, int, int]:
    """A CBOR item's major type and argument at ``i``, and where what follows its head starts."""
    try:
        first = data[i]
    except IndexError:
        raise PagefindFormatError("truncated CBOR") from None
    major, info = first >> 5, first & 31
    if info < 24:
        return major, info, i + 1
    if info > 27:                   # indefinite lengths: minicbor writes none
        raise PagefindFormatError(f"unexpected CBOR head {first:#x}")
    size = 1 << (info - 24)
    if i + 1 + size > len(data):
        raise PagefindFormatError("truncated CBOR")
    return major, int.from_bytes(data[i + 1:i + 1 + size], "big"), i + 1 + size


def _skip(data: bytes, i: int) -> int:
    """Where the CBOR item at ``i`` ends."""
    major, arg, i = _head(data, i)
    if major in (2, 3):
        i += arg
    elif major in (4, 5):
        for _ in range(arg * (major - 3)):
            i = _skip(data, i)
    elif major == 6:
        i = _skip(data, i)
    if i > len(data):
        raise PagefindFormatError("truncated CBOR")
    return i


def _array(data: bytes, length: int | None = None) -> tuple[bytes, list[bytes]]:
    """A CBOR array that is the whole of ``data``: its head and its items, each as Pagefind wrote it."""
    major, n, start = _head(data, 0)
    if major != 4 or (length is not None and n != length):
        raise PagefindFormatError(f"expected an array of {length or 'some'} items")
    items, i = [], start
    for _ in range(n):
        end = _skip(data, i)
        items.append(data[i:end])
        i = end
    if i != len(data):
        raise PagefindFormatError("trailing bytes after a CBOR array")
    return data[:start], items


def _text(data: bytes) -> str:
    major, n, start = _head(data, 0)
    if major != 3 or start + n != len(data):
        raise PagefindFormatError("expected a text string")
    return data[start:].decode("utf-8")


def _encode_text(text: str) -> bytes:
    raw = text.encode("utf-8")
    n = len(raw)
    head = (bytes([0x60 | n]) if n < 24 else bytes([0x78, n]) if n < 1 << 8 else
            bytes([0x79]) + n.to_bytes(2, "big") if n < 1 << 16 else bytes([0x7a]) + n.to_bytes(4, "big"))
    return head + raw


def _by_name(items: list[bytes]) -> list[bytes]:
    """Items [name, …] in the order of their names."""
    return sorted(items, key=lambda item: (_text(_array(item)[1][0]), item))


def _content_hash(cbor: bytes) -> str:
    """Pagefind's hash of a file's content (utils.rs full_hash: SHA-1 in hex, each byte unpadded)."""
    return "".join(f"{byte:x}" for byte in hashlib.sha1(cbor).digest())


def _read_cbor(path: Path) -> bytes:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_SIGNATURE):
        raise PagefindFormatError(f"{path.name} lacks Pagefind's signature")
    return data[len(_SIGNATURE):]


def _gzipped(cbor: bytes) -> bytes:
    return gzip.compress(_SIGNATURE + cbor, compresslevel=9, mtime=0)


def canonicalize(bundle: Path) -> None:
    """Rewrite the filter indexes, metadata and entry file of the Pagefind bundle ``bundle``
    in canonical form (see above): two runs over the same corpus then give the same bytes."""
    try:
        _canonicalize(bundle)
    except (PagefindFormatError, ValueError, KeyError, TypeError, EOFError, gzip.BadGzipFile, zlib.error,
            FileNotFoundError) as exc:       # not other OSErrors: a full disk is told as such
        raise PagefindFormatError(f"Pagefind's output in {bundle} is not of the form this portal canonicalizes "
                                  f"(written for pagefind 1.5.2): {exc}") from exc


def _canonicalize(bundle: Path) -> None:
    entry_path = bundle / ENTRY
    entry = json.loads(entry_path.read_bytes())
    filter_dir = bundle / "filter"
    filters_left = {path.name for path in filter_dir.iterdir()} if filter_dir.is_dir() else set()
    writes: dict[Path, bytes] = {}
    removes: list[Path] = []
    for lang in sorted(entry["languages"]):
        language = entry["languages"][lang]
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta_head, fields = _array(_read_cbor(meta_path))
        if len(fields) < 5:
            raise PagefindFormatError(f"{meta_path.name} has {len(fields)} items, not 5 or more")
        removes.append(meta_path)
        short = len(lang) + 8          # Pagefind's names: "zh_" and 7 hex digits, longer only on a collision
        filters_head, filters = _array(fields[3])
        named = []
        for item in _by_name(filters):
            item_head, (name, file_hash) = _array(item, 2)
            old = f"{_text(file_hash)}.pf_filter"
            if old not in filters_left:
                raise PagefindFormatError(f"filter/{old} is named in {meta_path.name} but missing (or named twice)")
            filters_left.discard(old)
            removes.append(filter_dir / old)
            filter_head, (filter_name, values) = _array(_read_cbor(filter_dir / old), 2)
            values_head, value_items = _array(values)
            cbor = filter_head + filter_name + values_head + b"".join(_by_name(value_items))
            full = f"{lang}_{_content_hash(cbor)}"
            new = full[:short]
            while filter_dir / f"{new}.pf_filter" in writes and len(new) < len(full):
                new = full[:len(new) + 1]
            writes[filter_dir / f"{new}.pf_filter"] = _gzipped(cbor)
            named.append(item_head + name + _encode_text(new))
        sorts_head, sorts = _array(fields[4])
        fields[3] = filters_head + b"".join(named)
        fields[4] = sorts_head + b"".join(_by_name(sorts))
        meta = meta_head + b"".join(fields)
        language["hash"] = f"{lang}_{_content_hash(meta)[:short]}"
        writes[bundle / f"pagefind.{language['hash']}.pf_meta"] = _gzipped(meta)
    if filters_left:
        raise PagefindFormatError(f"filter files no metadata names: {sorted(filters_left)}")
    entry["languages"] = dict(sorted(entry["languages"].items()))
    writes[entry_path] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    for path in removes:
        path.unlink()
    for path, data in writes.items():
        path.write_bytes(data)


@dataclass
class IndexPlan:
    """Which indexes there are, by the key of their records, and which the cache lacks."""
    cache_dir: Path
    lang: str
    indexes: dict[str, tuple[dict[str, Record], str]]    # name -> (corpus path -> record, key)
    missing: list[str]

    def status(self) -> dict[str, str]:
        return {name: "built" if name in self.missing else "cached" for name in self.indexes}


def plan(records_by_index: dict[str, list[Record]], cache_dir: Path, lang: str) -> IndexPlan:
    """The plan of indexes of these records, keyed by the records themselves (the "main" index)."""
    corpora = {name: _corpus(items) for name, items in sorted(records_by_index.items())}
    indexes = {name: (files, _index_key(files, lang)) for name, files in corpora.items()}
    return IndexPlan(cache_dir, lang, indexes, _missing({name: key for name, (_, key) in indexes.items()}, cache_dir))


def plan_cases(d: Disclosure, lang: str, first: int, cache_dir: Path) -> IndexPlan:
    """The plan of the cases' indexes, keyed by what their records are made from
    (:func:`_cases_key`): only the records of indexes the cache lacks are made (a daily
    rebuild makes a month's, not 100,000)."""
    groups = cases_by_index(d, first)
    made_by = _cases_made_by(lang)
    keys = {name: _cases_key(made_by, cases, d.unit_names) for name, cases in sorted(groups.items())}
    missing = _missing(keys, cache_dir)
    indexes = {name: (_corpus([case_record(case, d.unit_names, lang) for case in groups[name]])
                      if name in missing else {}, key) for name, key in keys.items()}
    return IndexPlan(cache_dir, lang, indexes, missing)


def _corpus(items: list[Record]) -> dict[str, Record]:
    # The corpus path only has to be unique: results link to the "url" metadata.
    return {r.url.replace("#", ""): r for r in items}


def _missing(keys: dict[str, str], cache_dir: Path) -> list[str]:
    # By its entry file, which a bundle has only when whole: one cut short is built again.
    return [name for name, key in keys.items() if not (cache_dir / name / key / ENTRY).is_file()]


def build_and_publish(index_plan: IndexPlan, writer) -> tuple[dict[str, str], list[IndexerRun]]:
    """Build what the cache lacks and publish every index of the plan through ``writer``; returns
    each index's status ("built" or "cached") and what each Pagefind run cost.  Each index built
    is published at once, while the other indexer still runs: a build from nothing has tens of
    thousands of bundle files, which published all at the end kept it waiting after its pages."""
    publishing = threading.Lock()       # the writer is shared by the indexers' threads

    def built(name: str) -> None:
        with publishing:
            publish(index_plan, writer, [name])
    runs = build_missing(index_plan, built=built)
    publish(index_plan, writer, [name for name in index_plan.indexes if name not in index_plan.missing])
    return index_plan.status(), runs


def build_missing(index_plan: IndexPlan, workers: int = 2, built=lambda name: None) -> list[IndexerRun]:
    """Build the indexes the cache lacks: ``workers`` indexers side by side, each taking the next
    index to build until none is left, and calling ``built`` with its name once it is in the cache.

    Returns what each process cost.  Touches only the cache, so it may run
    in a process of its own while the pages are written.
    """
    from concurrent.futures import ThreadPoolExecutor

    p = index_plan
    if not p.missing:
        return []
    clear_stale_corpora()
    to_build = list(p.missing)

    def work() -> list[IndexerRun]:
        indexer = Indexer()     # if it fails, its processes are ended below, with the others
        while True:
            try:
                name = to_build.pop(0)      # atomic: no index is taken twice
            except IndexError:
                return indexer.close()
            _build_index(indexer, p.indexes[name][0], p.cache_dir / name, p.indexes[name][1], p.lang)
            built(name)

    processes = max(1, min(workers, len(to_build)))
    with ThreadPoolExecutor(max_workers=processes) as pool:
        futures = [pool.submit(work) for _ in range(processes)]
        try:
            return [run for future in futures for run in future.result()]
        except BaseException:       # stopped, or one failed: start no other index, end those running
            to_build.clear()
            for process in list(_indexing):
                process.kill()
            raise


def publish(index_plan: IndexPlan, writer, names: list[str]) -> None:
    """The Pagefind bundle of each index of ``names`` under pagefind/<name>/, from the cache."""
    kept = []
    for name in names:
        key = index_plan.indexes[name][1]
        if writer.previous.indexes.get(name) == key and (writer.root / "pagefind" / name).is_dir():
            kept.append(f"pagefind/{name}/")      # the published bundle is this very index
        else:
            if not (index_plan.cache_dir / name / key / ENTRY).is_file():     # deleted since plan()
                raise FileNotFoundError(errno.ENOENT, "search index missing from the cache",
                                        str(index_plan.cache_dir / name / key))
            # An index the site before had too is read: a file the same as there stays as it is
            # (most of a month's index, rebuilt for the day's new cases: a host need not upload it
            # again).  A new one is not: the cache key stands in for its files' digests.
            writer.write_tree(index_plan.cache_dir / name / key, prefix=f"pagefind/{name}/", link=True,
                              version=None if name in writer.previous.indexes else key)
        writer.current.indexes[name] = key
    writer.keep_tree(*kept)
