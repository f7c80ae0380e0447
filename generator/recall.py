"""What reading and checking each data file gave, recalled while the file's bytes are the same.

A daily rebuild of a large archive reads and checks again only what changed.  For each file
of cases/, commitments/, performance/ and notices/ the build keeps, under a digest of its
bytes (and, for tables, of data/mapping.yaml, which changes how they are read):

- what reading it reported: its problems, the columns it ignored, what the mapping changed;
- each record as read (its cells, the internal columns, a notice's text) and what parsing
  it gave: its values, the problems parsing raised, whether it passed;
- what the personal-data gate found in each of its records that reached the model, with the
  digit runs of the record's published texts, under a digest of all the gate is given
  besides the record (public contacts, confirmed names, the units, ``unmasked_names``, the
  names lexicon): with any of these changed the records are scanned again, though not read.

So an unchanged file is neither read, nor parsed, nor scanned: its records come back with
their values and their problems, which are reported again as they were (a file with
problems is recalled with them, never as clean).  A CSV file whose bytes begin with the
whole of the file an earlier build read without a problem (a day's rows added at the end of
the year's export) is read from there on: its earlier records come back as an unchanged
file's, each where it was, and the added rows are read as the whole file would read them
(tables.added_records, which says when that cannot be told).  Another changed file is read; of its rows, one
the file had before cell for cell (under the same headers: a table row's digest), which
parsed without a problem then, is not parsed again, nor scanned if the gate found nothing in
it — where a row is does not change what it parses to, but a problem says where it is, so
a row with one is checked again.  What depends on other files or on the date is checked over
the whole model every time: ids unique across files, unit names, ``duplicate_of`` and related
cases, item codes, the as-of date, and complainants' phone numbers appearing in a record's
text (a recalled record is scanned again when one of its digit runs is such a number).

One store per kind of record (``checked/cases`` …: store.py, stamped with the code), an
entry per file under the path clerks see; each entry keeps its parts as marshal bytes, so a
build encodes only what it read or scanned anew, and copies the rest.  A file's reading is
kept in parts: the file as first read, then the rows each later build found added at its end
(up to ``READING_PARTS``, then one part again), so a day's added rows are all a daily
rebuild encodes of the year's file.  The gate's findings
in the hand-written pages are kept the same way (``checked/content``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

from . import contract as c
from . import store
from .sources import Cell, RowCells, SourceRecord
from .problems import Problem, Report

KINDS = ("cases", "commitments", "performance", "notices")
# An entry: [digest of the file's bytes, what read it (the mapping), reading (a list of parts), gate key,
# gate, its size].
BYTES, READ_BY, READING, GATE_KEY, GATE, SIZE = range(6)
READING_PARTS = 32


class Recall:
    """The files of a build: recalled (unchanged) or read anew, and what the gate found in them."""

    def __init__(self, cache_dir: Path):
        self.stores = {kind: store.named(cache_dir, f"checked/{kind}") for kind in KINDS}
        self.earlier: dict[str, dict[str, list]] = {}
        for kind, kept in self.stores.items():
            entries = kept.read()
            self.earlier[kind] = entries if isinstance(entries, dict) else {}
        # The hand-written pages (content/), as the gate scanned them: (gate key, path -> (digest, problems)).
        self.pages_store = store.named(cache_dir, "checked/content")
        pages = self.pages_store.read()
        self.earlier_pages = pages if isinstance(pages, tuple) and len(pages) == 2 else ("", {})
        self.pages: dict[str, tuple[str, list[Problem]]] | None = None
        self.entries: dict[str, dict[str, list]] = {kind: {} for kind in KINDS}   # this build's files
        self.fresh: dict[str, tuple[list[SourceRecord], Report]] = {}     # read anew: to encode when saved
        # A file read as its earlier records and rows added after them: (its reading's parts, how many records).
        self.kept_parts: dict[str, tuple[list[bytes], int]] = {}
        # A changed file's clean rows, as its earlier entry has them: digest -> (values, row there).
        self.clean_rows: dict[str, tuple[list, dict[str, tuple[dict, int]]]] = {}
        # A changed file whose bytes begin with the whole earlier file: (kind, earlier entry, bytes now).
        self.extensible: dict[str, tuple[str, list, bytes]] = {}
        self.gate_key = ""
        self.scans: dict[tuple[str, int], tuple[list[Problem], list[str]]] = {}
        self.rescanned: set[str] = set()        # files with records the gate scanned now
        self.read_files: list[str] = []         # what this build read (the others it recalled)
        self.recalled_files: list[str] = []

    def recall(self, kind: str, path: Path, file: str, read_by: str, report: Report) -> list[SourceRecord] | None:
        """The records of ``file`` as an earlier build read and parsed them, its reading's problems
        reported again; None when the file is not the same bytes (read it, then :meth:`read`)."""
        data = path.read_bytes()
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        entry = self.earlier[kind].get(file)
        self.entries[kind][file] = [digest, read_by, None, "", None, len(data)]
        if entry is None:
            return None
        try:
            if entry[BYTES] != digest or entry[READ_BY] != read_by:
                size = entry[SIZE]
                if (entry[READ_BY] == read_by and 0 < size < len(data)
                        and hashlib.blake2b(data[:size], digest_size=16).hexdigest() == entry[BYTES]):
                    self.extensible[file] = (kind, entry, data)
                else:
                    self.clean_rows[file] = (entry, _clean_rows(kind, entry[READING]))
                return None
            records, reading = _records(kind, file, entry[READING])
        except (ValueError, EOFError, TypeError, KeyError, IndexError):      # unreadable: read the file
            return None
        for problem in reading.problems:
            report.add(problem)
        report.ignored_columns.update(reading.ignored_columns)
        report.mapped.update(reading.mapped)
        self.entries[kind][file] = list(entry[:SIZE]) + [len(data)]
        self.recalled_files.append(file)
        return records

    def earlier_part(self, kind: str, file: str) -> tuple[list[SourceRecord], Report, bytes, int] | None:
        """When the file's bytes now begin with the whole of the file an earlier build read, and
        read without a problem: the records read then (with their parsing), what reading it said,
        the bytes now and the earlier size (what follows is rows added at its end: tables.added_records)."""
        if file not in self.extensible:
            return None
        _, entry, data = self.extensible[file]
        try:
            records, reading = _records(kind, file, entry[READING])
        except (ValueError, EOFError, TypeError, KeyError, IndexError):
            return None
        if not records or reading.problems:
            return None
        self.kept_parts[file] = (entry[READING], len(records))
        return records, reading, data, entry[SIZE]

    def extended(self, kind: str, file: str, records: list[SourceRecord], reading: Report) -> None:
        """The file was read as its earlier bytes' records and the rows added after them: kept as
        a file read anew, and what the gate found in its earlier records, each where it was,
        remembered as for a file unchanged."""
        _, entry, _ = self.extensible.pop(file)
        self.entries[kind][file][GATE_KEY], self.entries[kind][file][GATE] = entry[GATE_KEY], entry[GATE]
        self.fresh[file] = (records, reading)
        self.read_files.append(file)

    def read(self, file: str, records: list[SourceRecord], reading: Report) -> None:
        """The file was read: its records (parsed later, by validation) and what reading it reported.
        A row the file had before, cell for cell, and which parsed without a problem then, is not
        parsed again (the same row elsewhere in the file: where it is is not in what it parses to)."""
        self.fresh[file] = (records, reading)
        self.read_files.append(file)
        self.kept_parts.pop(file, None)
        if file in self.extensible:         # read whole after all
            kind, entry, _ = self.extensible.pop(file)
            self.clean_rows[file] = (entry, _clean_rows(kind, entry[READING]))
        clean = self.clean_rows.get(file, (None, {}))[1]
        for record in records:
            earlier = clean.get(record.digest) if record.digest else None
            if earlier is not None:
                record.parsed = (earlier[0], (), True)

    def _reading(self, kind: str, file: str) -> list[bytes]:
        """The parts of a file's reading, as kept: a file extended since, its earlier parts and its
        added records' (all in one part again past ``READING_PARTS``); any other, one part."""
        records, reading = self.fresh[file]
        parts, earlier = self.kept_parts.get(file, ([], 0))
        if not parts or len(parts) >= READING_PARTS:
            return [_encode_reading(kind, records, reading)]
        return [*parts, _encode_reading(kind, records[earlier:], Report())]

    def remembered_scans(self, gate_key: str) -> dict[tuple[str, int], tuple[list[Problem], list[str]]]:
        """What the gate found in the records when it was given what it is given now (``gate_key``),
        as gate.scan_model() takes it: (file, row) -> (problems, digit runs).  For a recalled file,
        its records'; for a changed one, its rows it had before in which the gate found nothing."""
        self.gate_key = gate_key
        found = {}
        for entries in self.entries.values():
            for file, entry in entries.items():
                if entry[GATE_KEY] == gate_key and entry[GATE] is not None:
                    for row, (problems, runs) in store.decoded(entry[GATE]).items():
                        found[(file, row)] = ([_problem(p) for p in problems] if problems else [], runs)
        for file, (entry, clean) in self.clean_rows.items():
            if file not in self.fresh or entry[GATE_KEY] != gate_key or entry[GATE] is None:
                continue
            scans = store.decoded(entry[GATE])
            for record in self.fresh[file][0]:
                earlier = clean.get(record.digest) if record.digest else None
                scan = scans.get(earlier[1]) if earlier is not None else None
                if scan is not None and not scan[0]:
                    found[(file, record.row)] = ([], scan[1])
        return found

    def scanned(self, found: dict[tuple[str, int], tuple[list[Problem], list[str]]],
                remembered: dict[tuple[str, int], tuple]) -> None:
        """What gate.scan_model() found in each record (given ``remembered``), to keep with the files."""
        self.scans = found
        self.rescanned = {file for file, row in found.keys() - remembered.keys()}

    def remembered_pages(self) -> dict[str, tuple[str, list[Problem]]]:
        """What the gate found in the hand-written pages, as gate.scan_pages() takes it, when it
        was given what it is given now (call :meth:`remembered_scans` first)."""
        key, pages = self.earlier_pages
        if key != self.gate_key:
            return {}
        return {file: (digest, [_problem(p) for p in problems]) for file, (digest, problems) in pages.items()}

    def pages_scanned(self, found: dict[str, tuple[str, list[Problem]]]) -> None:
        self.pages = found

    def save(self) -> None:
        """Keep this build's files (only these: an entry of a file no longer there is dropped).
        A store is written only when something in it changed, and an entry encoded only when
        its file was read, or its records scanned, anew."""
        by_file: dict[str, dict[int, tuple]] = {}
        for (file, row), (problems, runs) in self.scans.items():
            by_file.setdefault(file, {})[row] = ([_encoded_problem(p) for p in problems], runs)
        for kind, entries in self.entries.items():
            changed = entries.keys() != self.earlier[kind].keys()
            kept = {}
            for file, entry in sorted(entries.items()):
                try:
                    if file in self.fresh:
                        entry[READING] = self._reading(kind, file)
                    if file in self.fresh or file in self.rescanned or entry[GATE_KEY] != self.gate_key:
                        entry[GATE] = store.encoded(dict(sorted(by_file.get(file, {}).items())))
                        entry[GATE_KEY] = self.gate_key
                        changed = True
                except (ValueError, TypeError, KeyError):     # something marshal cannot keep: read it next time
                    changed = True
                    continue
                kept[file] = entry
            if changed:
                self.stores[kind].write(kept)
        if self.pages is not None:
            pages = (self.gate_key, {file: (digest, [_encoded_problem(p) for p in problems])
                                     for file, (digest, problems) in sorted(self.pages.items())})
            if pages != self.earlier_pages:
                self.pages_store.write(pages)


# --- encoding ------------------------------------------------------------------

def _encoded_problem(p: Problem) -> tuple:
    return (p.severity, p.code, p.file, p.row, p.column, p.letter, p.value, store.pack(p.params),
            list(p.suggestions), p.is_line)


def _problem(t) -> Problem:
    severity, code, file, row, column, letter, value, params, suggestions, is_line = t
    return Problem(severity, code, file, row, column, letter, value, store.unpack(params), tuple(suggestions),
                   is_line)


_NAMES = {kind: [f.name for f in c.KINDS[kind].fields] for kind in KINDS}
# Parsed values whose type marshal has not, by their field's type: a date as its day number, an amount as text.
_TYPED = {kind: [(i, f.type) for i, f in enumerate(c.KINDS[kind].fields) if f.type in (c.DATE, c.MONEY)]
          for kind in KINDS}
_ENCODE = {c.DATE: dt.date.toordinal, c.MONEY: str}
_DECODE = {c.DATE: dt.date.fromordinal, c.MONEY: Decimal}


def _encode_reading(kind: str, records: list[SourceRecord], reading: Report) -> bytes:
    """A file's reading and its records' parsing, as bytes: the records' values a column per
    field (decoded a column at a time), a table's cells as read apart (decoded only when a
    message must show one)."""
    file = records[0].file if records else None
    layout, cells, encoded, tagged = None, [], [], False
    for r in records:
        values, problems, ok = r.parsed          # validation parses every record
        encoded.append((r.row, r.internal, r.body, r.body_line, r.is_line, r.digest,
                        [_encoded_problem(p) for p in problems], ok))
        if isinstance(r.cells, RowCells):
            layout = (r.cells.places, r.cells.locations)
            if store.plain(r.cells.values):      # a CSV row: its texts as they are
                cells.append(r.cells.values)
            else:                               # a spreadsheet's dates and numbers: tagged
                cells.append(store.pack(r.cells.values))
                tagged = True
        else:
            cells.append({name: (store.pack(cell.raw), cell.header, cell.row, cell.letter)
                          for name, cell in r.cells.items()})
    columns = [[r.parsed[0][name] for r in records] for name in _NAMES[kind]]
    for i, type_ in _TYPED[kind]:
        columns[i] = [None if v is None else _ENCODE[type_](v) for v in columns[i]]
    return store.encoded(([_encoded_problem(p) for p in reading.problems], reading.ignored_columns.get(file),
                          reading.mapped.get(file), layout, tagged, store.encoded(cells) if layout else cells,
                          encoded, columns))


def _clean_rows(kind: str, parts: list[bytes]) -> dict[str, tuple[dict, int]]:
    """The rows an entry keeps that parsed without a problem: digest -> (values, row)."""
    found = {}
    for part in parts:
        found.update(_clean_rows_of(kind, part))
    return found


def _clean_rows_of(kind: str, encoded_reading: bytes) -> dict[str, tuple[dict, int]]:
    _, _, _, layout, _, _, encoded, columns = store.decoded(encoded_reading)
    if layout is None:
        return {}
    clean = [i for i, (row, _, _, _, _, digest, raised, ok) in enumerate(encoded) if ok and not raised and digest]
    names, found = _NAMES[kind], {}
    typed = [(i, _DECODE[type_]) for i, type_ in _TYPED[kind]]
    for i in clean:
        values = [column[i] for column in columns]
        for j, decode in typed:
            if values[j] is not None:
                values[j] = decode(values[j])
        found[encoded[i][5]] = (dict(zip(names, values)), encoded[i][0])
    return found


def _records(kind: str, file: str, parts: list[bytes]) -> tuple[list[SourceRecord], Report]:
    """The records an entry keeps, with their parsing, and what reading the file reported (all
    in its first part: a part added later holds only records)."""
    records, reading = [], Report()
    for part in parts:
        records += _records_of(kind, file, part, reading)
    return records, reading


def _records_of(kind: str, file: str, encoded_reading: bytes, reading: Report) -> list[SourceRecord]:
    problems, ignored, mapped, layout, tagged, cells, encoded, columns = store.decoded(encoded_reading)
    reading.problems.extend(_problem(p) for p in problems)
    if ignored is not None:
        reading.ignored_columns[file] = ignored
    if mapped is not None:
        reading.mapped[file] = mapped
    for i, type_ in _TYPED[kind]:
        decode = _DECODE[type_]
        columns[i] = [None if v is None else decode(v) for v in columns[i]]
    names = _NAMES[kind]
    rows = zip(*columns) if columns else ()
    records = []
    if layout is not None:
        places, locations = layout
        kept = _KeptRows(cells, tagged)
        for i, ((row, internal, body, body_line, is_line, digest, raised, ok), values) in enumerate(zip(encoded, rows)):
            records.append(SourceRecord(kind, file, row, _KeptCells(kept, i, row, places, locations), internal, body,
                                        body_line, is_line, digest,
                                        (dict(zip(names, values)), [_problem(p) for p in raised] if raised else (), ok)))
        return records
    for (row, internal, body, body_line, is_line, digest, raised, ok), values, fields in zip(encoded, rows, cells):
        found = {name: Cell(store.unpack(raw), header, line, letter) for name, (raw, header, line, letter) in fields.items()}
        records.append(SourceRecord(kind, file, row, found, internal, body, body_line, is_line, digest,
                                    (dict(zip(names, values)), [_problem(p) for p in raised] if raised else (), ok)))
    return records


class _KeptRows:
    """A recalled table's rows as read: decoded the first time a message needs a cell of one."""

    def __init__(self, data: bytes, tagged: bool):
        self.data, self.tagged, self.rows = data, tagged, None

    def __getitem__(self, i: int) -> list:
        if self.rows is None:
            rows = store.decoded(self.data)
            self.rows = [store.unpack(row) for row in rows] if self.tagged else rows
        return self.rows[i]


class _KeptCells(RowCells):
    """The cells of a recalled table row (see :class:`_KeptRows`)."""
    __slots__ = ("kept", "index")

    def __init__(self, kept: _KeptRows, index: int, row: int, places: dict, locations: dict):
        self.kept, self.index, self.row, self.places, self.locations = kept, index, row, places, locations

    @property
    def values(self) -> list:
        return self.kept[self.index]
