"""Reading the files under data/ into located, still-untyped records.

Readers know file formats (CSV in any encoding an office produces, XLSX, YAML,
Markdown with front matter) and nothing about the meaning of fields: they
return :class:`SourceRecord` objects whose cells remember the header as written,
the Excel row and the column letter, so that validation can point at them.

Why one module of ~530 lines: it finds every file of data/ and its kind, reads each
(the formats themselves are in spreadsheets.py and yamltext.py) or takes it from the
checked-files memory (recall.py), and says in Chinese what is wrong with a file as a
whole; these share the file list and its messages.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import contract as c
from . import mapping as own
from .normalize import clean_text, normalize_header
from .problems import ERROR, WARNING, Problem, Report
from .spreadsheets import column_letter, csv_delimiter, csv_rows, decode_csv, is_blank, read_csv_rows, read_xlsx_rows
from .yamltext import compose, plain

TABLE_SUFFIXES = (".csv", ".xlsx", ".yaml", ".yml")
HEADER_SEARCH_ROWS = 30


@dataclass
class Cell:
    raw: object            # str, list (YAML) or datetime.date (XLSX)
    header: str            # as written in the file
    row: int
    letter: str | None = None


class RowCells(Mapping):
    """A table row's cells by field name, each made when asked for.

    100,000 rows × 24 columns would otherwise be 2.4 million cell objects, nearly all
    read once for their value; the places of the columns are the file's, shared."""
    __slots__ = ("values", "row", "places", "locations")

    def __init__(self, values: list, row: int, places: dict[str, tuple[int, str, str]],
                 locations: dict[str, tuple[str, str, None]]):
        self.values, self.row, self.places = values, row, places   # places: name -> (position, header, letter)
        self.locations = locations      # name -> (header, letter, None: this row), as a Source keeps them

    def raw(self, name: str) -> object:
        place = self.places.get(name)
        return self.values[place[0]] if place is not None and place[0] < len(self.values) else None

    def __getitem__(self, name: str) -> Cell:
        raw = self.raw(name)
        if raw is None:
            raise KeyError(name)
        _, header, letter = self.places[name]
        return Cell(raw, header, self.row, letter)

    def __iter__(self):
        return (name for name, (pos, _, _) in self.places.items() if pos < len(self.values))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass
class SourceRecord:
    kind: str
    file: str                                   # as shown to clerks, e.g. data/cases/2025.csv
    row: int                                    # Excel row, or first line in YAML/Markdown
    cells: Mapping[str, Cell]                   # field name -> cell
    internal: dict[str, str] = field(default_factory=dict)   # columns outside the contract
    body: str = ""                              # notice text
    body_line: int = 0
    is_line: bool = False
    digest: str = ""        # a table row's cells under their headers: the same digest, the same record
    #: What parsing it gave — (values, the problems raised, whether it passed) — once parsed, or
    #: as a build recalled it from an earlier one's (recall.py): RecordChecker.parse() fills it in.
    parsed: tuple | None = None

    def raw(self, name: str) -> object:
        """The cell's value as read, or None when the record has no such cell."""
        if isinstance(self.cells, RowCells):
            return self.cells.raw(name)
        cell = self.cells.get(name)
        return None if cell is None else cell.raw

    def locations(self) -> dict[str, tuple[str, str | None, int | None]]:
        """Field name -> (header as written, column letter, row or line), as a :class:`Source` keeps them."""
        if isinstance(self.cells, RowCells):
            return self.cells.locations          # the file's, shared by its rows
        return {name: (cell.header, cell.letter, cell.row) for name, cell in self.cells.items()}


@dataclass
class Loaded:
    records: dict[str, list[SourceRecord]]
    holidays_file: Path | None
    public_names: list[SourceRecord] = field(default_factory=list)


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
                _check_required_columns(kind, file, present, own_header + 1, report, headers)
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
    _check_required_columns(kind, file, set(seen), best_row + 1, report, ignored)
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


def _check_required_columns(kind: c.Kind, file: str, present: set[str], row: int | None, report: Report,
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


# --- YAML and Markdown ----------------------------------------------------------

def record_from_mapping(kind: c.Kind, file: str, mapping: dict, line: int, report: Report,
                        line_offset: int = 0) -> SourceRecord:
    index = header_index(kind)
    cells, internal = {}, {}
    for written, (value, key_line) in mapping.items():
        name = index.get(normalize_header(written))
        row = key_line + line_offset
        if isinstance(value, dict):
            report.add(Problem(ERROR, "not_a_value", file, row, written, is_line=True))
            continue
        if name is None:
            report.ignored_columns.setdefault(file, [])
            if written not in report.ignored_columns[file]:
                report.ignored_columns[file].append(written)
            if isinstance(value, str):
                internal[written] = value
            continue
        if name in cells:
            report.add(Problem(ERROR, "duplicate_column", file, row, written, params={
                "first": cells[name].header, "second": written, "zh": kind.field(name).zh}, is_line=True))
            continue
        cells[name] = Cell("" if value is None else value, written, row)
    return SourceRecord(kind.name, file, line + line_offset, cells, internal, is_line=True)


def records_from_yaml(kind: c.Kind, file: str, text: str, report: Report) -> list[SourceRecord]:
    node = compose(text, file, report)
    if node is None:
        return []
    data = plain(node, file, report)
    # Accept a bare list, or a mapping with one list under any key (units: [...])
    if isinstance(data, dict) and len(data) == 1:
        (data, _), = data.values()
    if not isinstance(data, list):
        report.add(Problem(ERROR, "yaml_shape", file))
        return []
    records = []
    items = node.value if isinstance(node, yaml.SequenceNode) else node.value[0][1].value
    for item_node, item in zip(items, data):
        if not isinstance(item, dict):
            report.add(Problem(ERROR, "yaml_shape", file, item_node.start_mark.line + 1, is_line=True))
            continue
        record = record_from_mapping(kind, file, item, item_node.start_mark.line + 1, report)
        records.append(record)
    present = set().union(*(r.cells for r in records)) if records else set()
    _check_required_columns(kind, file, present, None, report)
    return records


def record_from_notice(file: str, text: str, report: Report) -> SourceRecord | None:
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        report.add(Problem(ERROR, "no_front_matter", file))
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        report.add(Problem(ERROR, "no_front_matter", file))
        return None
    node = compose("\n".join(lines[1:end]), file, report, line_offset=1)
    if node is None:
        return None
    data = plain(node, file, report, line_offset=1)
    if not isinstance(data, dict):
        report.add(Problem(ERROR, "no_front_matter", file))
        return None
    record = record_from_mapping(c.NOTICES, file, data, 1, report, line_offset=1)
    body = lines[end + 1:]
    leading_blank = next((i for i, line in enumerate(body) if line.strip()), len(body))
    record.body = "\n".join(body[leading_blank:]).rstrip("\n")
    record.body_line = end + 2 + leading_blank
    _check_required_columns(c.NOTICES, file, set(record.cells), None, report)
    return record


# --- the data folder ---------------------------------------------------------

def read_mapping(path: Path, file: str, report: Report) -> own.Mapping:
    text = decode_csv(path.read_bytes())
    if text is None:
        report.add(Problem(ERROR, "encoding", file))
        return own.Mapping()
    node = compose(text, file, report)
    return own.from_data(plain(node, file, report), file, report) if node is not None else own.Mapping()


def display_path(path: Path, data_dir: Path) -> str:
    return (Path(data_dir.name) / path.relative_to(data_dir)).as_posix()


def _is_skipped(path: Path) -> bool:
    # Office lock files, hidden files and editors' backups are not data.
    return path.name.startswith(("~$", ".", "#")) or path.name.endswith("~") or path.name.lower() == "readme.md"


def read_table_file(kind: c.Kind, path: Path, file: str, report: Report,
                    mapping: own.Mapping = own.Mapping()) -> list[SourceRecord]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = read_csv_rows(path, file, report)
        if rows is None:
            report.add(Problem(ERROR, "encoding", file))
            return []
        return records_from_table(kind, file, rows, report, mapping)
    if suffix == ".xlsx":
        try:
            rows = read_xlsx_rows(path, file, report)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            report.add(Problem(ERROR, "unreadable_xlsx", file, params={"error": type(exc).__name__}))
            return []
        return records_from_table(kind, file, rows, report, mapping)
    text = decode_csv(path.read_bytes())
    if text is None:
        report.add(Problem(ERROR, "encoding", file))
        return []
    return records_from_yaml(kind, file, text, report)


def units_files(data_dir: Path) -> list[Path]:
    """The units files of a data folder (exactly one is expected)."""
    return sorted(p for p in data_dir.iterdir() if p.is_file() and p.stem == "units"
                  and p.suffix.lower() in TABLE_SUFFIXES)


def folder_mapping(data_dir: Path, report: Report) -> own.Mapping:
    """The data folder's mapping.yaml, or an empty mapping when it has none."""
    path = data_dir / own.FILE
    return read_mapping(path, display_path(path, data_dir), report) if path.is_file() else own.Mapping()


def public_names_records(data_dir: Path, report: Report) -> list[SourceRecord]:
    """The entries of data/public_names.yaml, when the folder has one."""
    path = data_dir / c.PUBLIC_NAMES_FILE
    return read_table_file(c.PUBLIC_NAMES, path, display_path(path, data_dir), report) if path.is_file() else []


def load(data_dir: Path, report: Report, recall=None) -> Loaded:
    """Read every data file; problems go to ``report``.  ``recall``: what an earlier build read
    and checked in each file (recall.py); a file whose bytes are unchanged is not read again."""
    data_dir = Path(data_dir)
    records: dict[str, list[SourceRecord]] = {name: [] for name in c.KINDS}
    if not data_dir.is_dir():
        report.add(Problem(ERROR, "no_data_dir", str(data_dir)))
        return Loaded(records, None)

    mapping = folder_mapping(data_dir, report)
    known: set[Path] = {data_dir / own.FILE}
    unit_files = units_files(data_dir)
    if not unit_files:
        report.add(Problem(ERROR, "missing_units_file", data_dir.name))
    elif len(unit_files) > 1:
        report.add(Problem(ERROR, "several_units_files", data_dir.name,
                           params={"files": "、".join(p.name for p in unit_files)}))
    for path in unit_files[:1]:
        records["units"] = read_table_file(c.UNITS, path, display_path(path, data_dir), report, mapping)
    known.update(unit_files)
    # How the tables are read depends on data/mapping.yaml: a file is recalled only under the same one.
    mapping_file = data_dir / own.FILE
    tables_read_by = hashlib.blake2b(mapping_file.read_bytes() if mapping_file.is_file() else b"",
                                     digest_size=16).hexdigest()

    for kind in (c.CASES, c.COMMITMENTS, c.PERFORMANCE, c.NOTICES):
        folder = data_dir / kind.folder
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or _is_skipped(path):
                continue
            known.add(path)
            file = display_path(path, data_dir)
            suffix = path.suffix.lower()
            if not (suffix == ".md" if kind is c.NOTICES else suffix in TABLE_SUFFIXES):
                report.add(Problem(WARNING, "unknown_file", file))
                continue
            if recall is None:
                records[kind.name].extend(_read_data_file(kind, path, file, report, mapping))
                continue
            read_by = "" if kind is c.NOTICES else tables_read_by
            found = recall.recall(kind.name, path, file, read_by, report)
            if found is None:
                found, mine = _extended(kind, path, file, mapping, recall)
                if found is None:
                    mine = Report()         # what reading this file said, kept with its records
                    found = _read_data_file(kind, path, file, mine, mapping)
                    recall.read(file, found, mine)
                for problem in mine.problems:
                    report.add(problem)
                report.ignored_columns.update(mine.ignored_columns)
                report.mapped.update(mine.mapped)
            records[kind.name].extend(found)

    names_file = data_dir / c.PUBLIC_NAMES_FILE
    public_names = public_names_records(data_dir, report)
    holidays = data_dir / "holidays.yaml"
    for path in sorted(data_dir.iterdir()):
        if path.is_file() and path not in known | {holidays, names_file} and not _is_skipped(path):
            report.add(Problem(WARNING, "unknown_file", display_path(path, data_dir)))
    return Loaded(records, holidays if holidays.is_file() else None, public_names)


def _extended(kind: c.Kind, path: Path, file: str, mapping: own.Mapping, recall) -> tuple[list | None, Report | None]:
    """A table an earlier build read, with rows added at its end since (a day's new cases in the
    year's file): its earlier rows as recalled, the added ones read (added_records); (None, None)
    when it is not such a file, or cannot be told to be without reading it whole."""
    earlier = recall.earlier_part(kind.name, file)
    if earlier is None:
        return None, None
    records, reading, data, size = earlier
    added = added_records(kind, path, file, data, size, records, mapping)
    if added is None:
        return None, None
    records += added
    recall.extended(kind.name, file, records, reading)
    return records, reading


def _read_data_file(kind: c.Kind, path: Path, file: str, report: Report, mapping: own.Mapping) -> list[SourceRecord]:
    """The records of one file of a kind's folder: a notice (Markdown), or a table of the others."""
    if kind is c.NOTICES:
        text = decode_csv(path.read_bytes())
        if text is None:
            report.add(Problem(ERROR, "encoding", file))
            return []
        record = record_from_notice(file, text, report)
        return [record] if record else []
    found = read_table_file(kind, path, file, report, mapping)
    if not found:
        report.add(Problem(WARNING, "empty_file", file))
    return found
