"""A table's rows into source records: its header found among the first rows, what each column
is, and a record for each row (sources.py).  A CSV, XLSX or YAML file of cases, commitments,
performance or units is such a table; reading the file itself is spreadsheets.py's.

A CSV file that only grew since the last build has its added rows read alone
(:func:`added_records`): a day's new cases are rows added at the end of the year's export."""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
from dataclasses import dataclass
from pathlib import Path

from . import contract as c
from . import mapping as own
from .normalize import clean_text, normalize_header
from .problems import ERROR, Problem, Report
from .sources import RowCells, SourceRecord
from .spreadsheets import column_letter, csv_delimiter, csv_rows, is_blank

HEADER_SEARCH_ROWS = 30


@functools.cache
def header_index(kind: c.Kind) -> dict[str, str]:
    """normalised header -> field name, from English names and Chinese headers (not to be changed:
    one per kind, as each notice file asks for it)."""
    index = {}
    for f in kind.fields:
        index[normalize_header(f.name)] = f.name
        index[normalize_header(f.zh)] = f.name
    return index


@dataclass(frozen=True)
class TableLayout:
    """Where a table's fields are, found from its header row and shared by its rows."""
    header_row: int         # the header's index among the rows
    places: dict            # field name -> (position, header as written, column letter)
    locations: dict         # field name -> (header as written, column letter, None: each row's own)
    extra: list             # (position, header) of the columns outside the contract
    key: bytes              # keys each row's digest: a row under other headers is another row


def records_from_table(kind: c.Kind, file: str, rows: list[list[object]], report: Report,
                       mapping: own.Mapping = own.Mapping()) -> list[SourceRecord]:
    layout = table_layout(kind, file, rows, report, mapping)
    if layout is None:
        return []
    _map_values(kind, file, rows, layout.header_row + 1, {name: pos for name, (pos, _, _) in layout.places.items()},
                mapping, report)
    return table_records(kind, file, rows[layout.header_row + 1:], layout.header_row + 2, layout)


def table_layout(kind: c.Kind, file: str, rows: list[list[object]], report: Report,
                 mapping: own.Mapping = own.Mapping()) -> TableLayout | None:
    """The header among the first rows and what each column is; None (and a problem) when no
    row is a header."""
    index = header_index(kind)

    def field_of(header: str) -> str | None:
        return mapping.field_of(kind, header) or index.get(normalize_header(header))

    best_row, best_hits = None, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = len({name for name in (field_of(v) for v in row if isinstance(v, str)) if name})
        if hits > best_hits:
            best_row, best_hits = i, hits
    if best_row is None or best_hits < min(2, len(kind.fields)):
        # An export with the office's own headers: say which of its columns may be which, and how to map them.
        own_header = next((i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS])
                           if sum(1 for v in row if isinstance(v, str) and v.strip()) >= 3), None)
        if own_header is not None:
            headers = [clean_text(v) for v in rows[own_header] if isinstance(v, str) and clean_text(v)]
            if sum(1 for f in kind.fields if f.required and own.columns_like(f, headers)) >= 2:
                present = {field_of(h) for h in headers} - {None}
                check_required_columns(kind, file, present, own_header + 1, report, headers)
                return None
        report.add(Problem(ERROR, "no_header", file, params={
            "rows": HEADER_SEARCH_ROWS, "headers": "、".join(f.zh for f in kind.fields if f.required)}))
        return None

    header = [clean_text(v) if isinstance(v, str) else str(v) for v in rows[best_row]]
    columns: dict[int, str] = {}        # position -> field name
    seen: dict[str, int] = {}
    ignored: list[str] = []
    for pos, written in enumerate(header):
        if not written:
            continue
        name = field_of(written)
        if name is None:
            ignored.append(written)
        elif name in seen:
            report.add(Problem(ERROR, "duplicate_column", file, best_row + 1, written, column_letter(pos),
                               params={"first": header[seen[name]], "second": written, "zh": kind.field(name).zh}))
        else:
            seen[name] = pos
            columns[pos] = name
            if mapping.field_of(kind, written):
                report.mapped.setdefault(file, []).append(f"{written} → {kind.field(name).zh}")
    if ignored:
        report.ignored_columns[file] = ignored
    check_required_columns(kind, file, set(seen), best_row + 1, report, ignored)
    # Each column's place is worked out once, not once per cell (100,000 rows × 24 columns).
    places = {name: (pos, header[pos], column_letter(pos)) for pos, name in columns.items()}
    locations = {name: (written, letter, None) for name, (_, written, letter) in places.items()}
    extra = [(pos, written) for pos, written in enumerate(header) if written and pos not in columns]
    key = hashlib.blake2b(repr((kind.name, places, extra)).encode("utf-8"), digest_size=32).digest()
    return TableLayout(best_row, places, locations, extra, key)


def table_records(kind: c.Kind, file: str, rows: list[list[object]], first_row: int,
                  layout: TableLayout) -> list[SourceRecord]:
    """The records of data rows, the first of them row ``first_row`` of the file (blank ones skipped)."""
    places, locations, extra = layout.places, layout.locations, layout.extra
    records = []
    for number, row in enumerate(rows, first_row):
        if is_blank(row):
            continue
        n = len(row)
        cells = RowCells(row, number, places, locations)
        internal = {written: row[pos] for pos, written in extra
                    if pos < n and isinstance(row[pos], str) and row[pos].strip()}
        records.append(SourceRecord(kind.name, file, number, cells, internal, digest=_row_digest(row, layout.key)))
    return records


# A CSV file smaller than this is read whole: rows added at its end could be among the first
# rows, where the header is looked for and the delimiter told.
EXTENDED_MIN_BYTES = 16384


def added_records(kind: c.Kind, path: Path, file: str, data: bytes, size: int, earlier: list[SourceRecord],
                  mapping: own.Mapping) -> list[SourceRecord] | None:
    """The records of the rows added at the end of a CSV file whose first ``size`` bytes are the
    whole file an earlier build read without a problem (its records: ``earlier``), as reading the
    whole file would give them; None where that cannot be told without reading it whole."""
    before, after = data[:size], data[size:]
    if (path.suffix.lower() != ".csv" or size < EXTENDED_MIN_BYTES or mapping.value_maps(kind) or not earlier
            or earlier[-1].row < HEADER_SEARCH_ROWS or not isinstance(earlier[0].cells, RowCells)
            or before.startswith((b"\xff\xfe", b"\xfe\xff")) or not before.endswith(b"\n")
            or before.count(b'"') % 2):      # a quoted cell still open: the added bytes may be in it
        return None
    # Decoded as the whole file would be (decode_csv): UTF-8 if both parts are, else GB18030.
    try:
        text, encoding = before.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = None, "gb18030"
    try:
        text = text if text is not None else before.decode(encoding)
        added = after.decode(encoding)
    except UnicodeDecodeError:
        return None
    delimiter = csv_delimiter(text)
    said = Report()
    try:
        head = list(itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter),
                                     HEADER_SEARCH_ROWS))
        layout = table_layout(kind, file, head, said, mapping)
        # The earlier file's last line is its last record whole: the added rows are numbered on from it.
        body = text[:-2] if text.endswith("\r\n") else text[:-1]
        last = list(csv.reader(io.StringIO(body[body.rfind("\n") + 1:], newline=""), delimiter=delimiter))
        rows: list[list[object]] = []
        csv_rows(added, delimiter, rows)
    except csv.Error:
        return None
    if (layout is None or said.problems or layout.places != earlier[0].cells.places or len(last) != 1
            or _row_digest(last[0], layout.key) != earlier[-1].digest):
        return None
    return table_records(kind, file, rows, earlier[-1].row + 1, layout)


def _row_digest(row: list, layout: bytes) -> str:
    try:
        text = "j" + "\x1f".join(row)
        if text.count("\x1f") != len(row) - 1:      # a cell holds the separator: not one-to-one
            raise TypeError
    except TypeError:                               # and XLSX cells may be dates
        text = "r" + repr(row)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16, key=layout).hexdigest()


def check_required_columns(kind: c.Kind, file: str, present: set[str], row: int | None, report: Report,
                            unknown_headers: list[str] = ()) -> None:
    for f in kind.fields:
        if f.required and f.name not in present:
            like = own.columns_like(f, list(unknown_headers))
            if like:
                report.add(Problem(ERROR, "missing_column_like", file, row, params={
                    "zh": f.zh, "name": f.name, "columns": "、".join(f"「{h}」" for h in like),
                    "kind": kind.name, "first": like[0]}))
            else:
                report.add(Problem(ERROR, "missing_column", file, row, params={"zh": f.zh, "name": f.name}))


def _map_values(kind: c.Kind, file: str, rows: list[list[object]], first: int, positions: dict[str, int],
                mapping: own.Mapping, report: Report) -> None:
    """The office's own values replaced by the contract's choices, in place, before anything is checked."""
    counts: dict[tuple[str, str, str], int] = {}
    for name, values in mapping.value_maps(kind).items():
        pos = positions.get(name)
        if pos is None:
            continue
        for row in rows[first:]:
            if pos < len(row) and isinstance(row[pos], str):
                value = values.get(clean_text(row[pos]))
                if value is not None:
                    counts[(kind.field(name).zh, clean_text(row[pos]), value)] = \
                        counts.get((kind.field(name).zh, clean_text(row[pos]), value), 0) + 1
                    row[pos] = value
    for (zh, before, after), count in counts.items():
        report.mapped.setdefault(file, []).append(f"{zh}：{before} → {after}（{count} 处）")
