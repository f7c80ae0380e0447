"""Reading the files under data/ into located, still-untyped records (sources.py).

Readers know file formats (CSV in any encoding an office produces, XLSX, YAML,
Markdown with front matter) and nothing about the meaning of fields.  This module finds
every file of data/ and its kind, reads each — a table through tables.py (the formats
themselves are in spreadsheets.py and yamltext.py), a notice's Markdown here — or takes it
from the checked-files memory (recall.py), and says in Chinese what is wrong with a file as
a whole.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import contract as c
from . import mapping as own
from .normalize import normalize_header
from .problems import ERROR, WARNING, Problem, Report
from .sources import Cell, SourceRecord
from .spreadsheets import decode_csv, read_csv_rows, read_xlsx_rows
from .tables import added_records, check_required_columns, header_index, records_from_table
from .yamltext import compose, plain

TABLE_SUFFIXES = (".csv", ".xlsx", ".yaml", ".yml")


@dataclass
class Loaded:
    records: dict[str, list[SourceRecord]]
    holidays_file: Path | None
    public_names: list[SourceRecord] = field(default_factory=list)


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
    check_required_columns(kind, file, present, None, report)
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
    check_required_columns(c.NOTICES, file, set(record.cells), None, report)
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
