"""Reading CSV and XLSX files into rows, as Excel numbers them.

CSV in any encoding an office produces, with a bound on one cell; XLSX's first sheet, refusing
what the clerk hid there (hidden rows would be published without anyone seeing them) and
naming the other sheets.  Rows are lists of cell values; what they mean is load.py's business.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from .normalize import clean_text
from .problems import ERROR, WARNING, Problem, Report


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def decode_csv(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK).

    Strict UTF-8 decoding fails on practically all GBK-encoded Chinese text, so
    trying it first is a reliable detector for the encodings offices produce.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


# No published text needs more; a longer cell is a mistake or a hostile file, refused at its row.
CELL_LIMIT = 100_000


def read_csv_rows(path: Path, file: str, report: Report) -> list[list[object]] | None:
    text = decode_csv(path.read_bytes())
    if text is None:
        return None
    rows: list[list[object]] = []
    try:
        csv_rows(text, csv_delimiter(text), rows)
    except csv.Error:
        # The row is the one the reader was in when the cell outgrew the limit (or the quoting broke).
        report.add(Problem(ERROR, "cell_too_long", file, len(rows) + 1, params={"limit": f"{CELL_LIMIT:,}"}))
    return rows


def csv_delimiter(text: str) -> str:
    """Tab when the file's first lines have more tabs than commas (a sheet copied out of Excel)."""
    sample = text[:4096]
    return "\t" if sample.count("\t") > sample.count(",") else ","


def csv_rows(text: str, delimiter: str, rows: list) -> None:
    """The rows of CSV text, appended to ``rows`` as they are read; csv.Error where a cell
    outgrows CELL_LIMIT or the quoting breaks (``rows`` then holds those before it)."""
    limit = csv.field_size_limit(CELL_LIMIT)
    try:
        rows.extend(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    finally:
        csv.field_size_limit(limit)


def _xlsx_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.date()     # the contract has dates, not times
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, (str, dt.date)) else str(value)


def read_xlsx_rows(path: Path, file: str, report: Report) -> list[list[object]]:
    """The first sheet's rows, as Excel numbers them.  What the clerk hid there is refused (hidden
    rows would be published without anyone seeing them); other sheets are named, not read."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        if len(book.worksheets) > 1:
            report.add(Problem(WARNING, "other_sheets", file, params={
                "sheet": sheet.title, "others": "、".join(f"「{s.title}」" for s in book.worksheets[1:])}))
        rows: list[list[object]] = []
        for cells in sheet.iter_rows():
            cells = [cell for cell in cells if getattr(cell, "row", None) is not None]
            if not cells:
                continue
            # read-only sheets skip rows that hold nothing; keep Excel's numbering
            while len(rows) < cells[0].row - 1:
                rows.append([])
            line: list[object] = []
            for cell in cells:
                while len(line) < cell.column - 1:
                    line.append("")
                line.append(_xlsx_value(cell.value))
            rows.append(line)
        _check_hidden(path, getattr(sheet, "_worksheet_path", ""), rows, file, report)
        return rows
    finally:
        book.close()


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_COL_TAG = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
_ATTRIBUTE = re.compile(rb'\b(r|min|max|hidden)="([^"]*)"')


def _check_hidden(path: Path, sheet_path: str, rows: list[list[object]], file: str, report: Report) -> None:
    """Rows and columns hidden in Excel (by hand or by a filter) that hold anything are refused."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(sheet_path.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return
    filtered = b"<autoFilter" in xml or b":autoFilter" in xml
    for tag in _ROW_TAG.finditer(xml):
        attributes = dict(_ATTRIBUTE.findall(tag[0]))
        if attributes.get(b"hidden") in (b"1", b"true") and attributes.get(b"r", b"").isdigit():
            number = int(attributes[b"r"])
            if number <= len(rows) and not is_blank(rows[number - 1]):
                report.add(Problem(ERROR, "hidden_row_filtered" if filtered else "hidden_row", file, number))
    for tag in _COL_TAG.finditer(xml):
        attributes = dict(_ATTRIBUTE.findall(tag[0]))
        if attributes.get(b"hidden") not in (b"1", b"true"):
            continue
        first, last = int(attributes.get(b"min", b"1")), int(attributes.get(b"max", b"1"))
        for number in range(first, min(last, max((len(r) for r in rows), default=0)) + 1):
            if any(number <= len(r) and r[number - 1] not in ("", None) for r in rows):
                report.add(Problem(ERROR, "hidden_column", file, letter=column_letter(number - 1)))


def is_blank(values) -> bool:
    # Nearly every row has a cell of printable text: clean_text() only trims its spaces.
    if any(isinstance(v, str) and v.isprintable() and v.strip() for v in values):
        return False
    return all((v == "" or (isinstance(v, str) and not clean_text(v))) for v in values)
